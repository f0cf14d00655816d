import { LIMITS, serializeDesign, type Design } from '../../model';
import { store } from '../../store';

/** Reads a design file the user picked or dropped and opens it (or shows why it cannot be opened). */
export async function importDesignFile(file: File): Promise<void> {
  const name = `“${file.name}”`;
  // Refuse huge files before reading them into memory; the decoder would refuse them anyway.
  if (file.size > LIMITS.maxJsonChars * 4) {
    store.getState().showBanner({ tone: 'error', title: `${name} could not be opened. Your design is unchanged.`, details: [`It is ${Math.round(file.size / 1_000_000)} MB; a design file is at most a few MB.`] });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    store.getState().showBanner({ tone: 'error', title: `${name} could not be read.`, details: ['The browser could not read the file.'] });
    return;
  }
  store.getState().openDesignText(text, name);
}

/** A file name from the design's name: "Stage 3: load balancer" → "stage-3-load-balancer.json". */
export const fileNameFor = (design: Design): string =>
  `${design.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design'}.json`;

/** Downloads the design as pretty JSON. */
export function exportDesign(design: Design): void {
  const blob = new Blob([serializeDesign(design)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFor(design);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium may still be reading it when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
