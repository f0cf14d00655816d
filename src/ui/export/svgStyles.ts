/**
 * html-to-image copies each element's computed style into its picture, but an `<svg>` it copies
 * whole, without its children's: React Flow's edges, drawn by the stylesheet's stroke, came out
 * invisible, so exported pictures and recordings showed boxes with no connections. This writes the
 * computed paint of every element inside an `<svg>` under `root` onto the element for the length
 * of one picture, and the function it returns puts each element's own style back.
 */
const PAINT = [
  'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  'fill', 'fill-opacity', 'opacity', 'visibility', 'filter',
] as const;

export function inlineSvgPaint(root: Element): () => void {
  const elements = [...root.querySelectorAll('svg *')].filter((el): el is SVGElement => el instanceof SVGElement);
  // Read every value before writing any: a written style must not change what the next one reads.
  const computed = elements.map((el) => {
    const style = getComputedStyle(el);
    return PAINT.map((name) => [name, style.getPropertyValue(name)] as const);
  });
  // Through the CSSOM only: the site's Content-Security-Policy refuses a written style attribute.
  const own = elements.map((el) => ({ bare: !el.hasAttribute('style'), values: PAINT.map((name) => [name, el.style.getPropertyValue(name), el.style.getPropertyPriority(name)] as const) }));
  elements.forEach((el, i) => { for (const [name, value] of computed[i]) if (value) el.style.setProperty(name, value); });
  return () => elements.forEach((el, i) => {
    for (const [name, value, priority] of own[i].values) {
      if (value) el.style.setProperty(name, value, priority);
      else el.style.removeProperty(name);
    }
    if (own[i].bare && el.style.length === 0) el.removeAttribute('style');
  });
}

/** Runs `take` (one picture of `root`) with the paint inlined, and puts the styles back after. */
export async function withSvgPaint<T>(root: Element, take: () => Promise<T>): Promise<T> {
  const restore = inlineSvgPaint(root);
  try {
    return await take();
  } finally {
    restore();
  }
}
