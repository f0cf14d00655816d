import { defaultParams, type Design } from './design';

/**
 * The design without the parameters that equal their defaults, so share links stay short;
 * decoding fills them back in, so `decode(compact(d))` equals `d`.
 */
export function compactDesign(design: Design): unknown {
  return {
    ...design,
    nodes: design.nodes.map((node) => {
      const defaults = defaultParams(node.kind) as Record<string, unknown>;
      const params: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node.params)) {
        if (typeof value === 'object' && value !== null) {
          const d = defaults[key] as Record<string, unknown>;
          const diff = Object.fromEntries(Object.entries(value).filter(([k, v]) => v !== d[k]));
          if (Object.keys(diff).length) params[key] = diff;
        } else if (value !== defaults[key]) {
          params[key] = value;
        }
      }
      return { ...node, params };
    }),
  };
}

/** The design as pretty JSON, for export; every parameter spelled out. */
export const serializeDesign = (design: Design): string => JSON.stringify(design, null, 2);

/** Where a page address points: a design, a stage, or nothing of ours. */
export type HashTarget = { type: 'design'; payload: string } | { type: 'stage'; id: string } | { type: 'none' };

/** Reads the fragment of the page address (`#d=…` or `#stage=…`, other `&key=value` pairs kept aside). */
export function parseHash(hash: string): HashTarget & { extras: Record<string, string> } {
  const body = hash.replace(/^#/, '');
  const pairs: [string, string][] = [];
  let target: HashTarget = { type: 'none' };
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key === 'd') target = { type: 'design', payload: value };
    else if (key === 'stage') target = { type: 'stage', id: safeDecode(value) };
    else pairs.push([key, safeDecode(value)]);
  }
  // fromEntries defines own properties, so a "__proto__=" pair cannot reach any prototype.
  return { ...target, extras: Object.fromEntries(pairs) };
}

const safeDecode = (s: string): string => {
  try { return decodeURIComponent(s); } catch { return s; }
};
