import { KIND_SPECS, type Design, type Kind } from '../model';

/** The highest `<prefix>-<n>` number in use, so new ids never reuse one that undo could bring back. */
function highestNumber(ids: Iterable<string>, prefix: string, separator = '-'): number {
  let highest = 0;
  const pattern = new RegExp(`^${prefix}${separator}(\\d+)$`);
  for (const id of ids) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/** A fresh node id and default label for `kind`: `web-3` and "Web server 3" (the prefix is the kind file's). */
export function nextNodeIdentity(design: Design, kind: Kind, taken: ReadonlySet<string> = new Set()): { id: string; label: string } {
  const prefix = KIND_SPECS[kind].idPrefix;
  const n = highestNumber([...design.nodes.map((node) => node.id), ...taken], prefix) + 1;
  return { id: `${prefix}-${n}`, label: `${KIND_SPECS[kind].label} ${n}` };
}

/** A fresh edge id: `e1`, `e2`, … */
export function nextEdgeId(design: Design, taken: ReadonlySet<string> = new Set()): string {
  return `e${highestNumber([...design.edges.map((e) => e.id), ...taken], 'e', '') + 1}`;
}
