import { serializeDesign, type Design } from '../../model';

/** Saves `data` as a file named `name` through the browser's download. */
export function downloadFile(name: string, data: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium may still be reading it when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Stage 3: load balancer" → "stage-3-load-balancer". */
export const fileStem = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design';

/** Downloads the design as `<name>.json`, the file Import reads back. */
export function downloadDesign(design: Design): void {
  downloadFile(`${fileStem(design.name)}.json`, serializeDesign(design), 'application/json');
}
