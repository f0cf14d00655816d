import type { Page } from '@playwright/test';

/** What the layout specs measure on the page, all in CSS pixels of the viewport. */
export interface Geometry {
  viewport: { width: number; height: number };
  /** The canvas's visible area over the viewport's. */
  canvasShare: number;
  /** The drawn size of the smallest node name: its font size times the canvas zoom. */
  labelPx: number;
  /** Node boxes the minimap covers (none when it is hidden). */
  minimapOverNodes: string[];
  minimapShown: boolean;
  /** Node boxes under the canvas's own overlays (the edge legend, the SPOF panel, the zoom controls), as "overlay: node". */
  overlaysOverNodes: string[];
  /** Elements whose box pokes out of the viewport (the page must not scroll sideways or down). */
  overflowing: string[];
  scroll: { width: number; height: number };
}

/** Measures the page as it is drawn now. */
export function measure(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const vw = window.innerWidth, vh = window.innerHeight;
    const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    const visible = Math.max(0, Math.min(canvas.right, vw) - Math.max(canvas.left, 0)) * Math.max(0, Math.min(canvas.bottom, vh) - Math.max(canvas.top, 0));
    const labels = [...document.querySelectorAll<HTMLElement>('.component-node__name')];
    const labelPx = Math.min(...labels.map((l) => parseFloat(getComputedStyle(l).fontSize) * (l.getBoundingClientRect().height / l.offsetHeight)));
    const map = document.querySelector('.react-flow__minimap')?.getBoundingClientRect();
    const minimapOverNodes = map ? [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((n) => {
      const r = n.getBoundingClientRect();
      return r.left < map.right && map.left < r.right && r.top < map.bottom && map.top < r.bottom;
    }).map((n) => n.dataset.id ?? '?') : [];
    const overlays = [...document.querySelectorAll<HTMLElement>('.edge-legend, [data-testid="spof-panel"], .react-flow__controls')];
    const overlaysOverNodes = overlays.flatMap((o) => {
      const b = o.getBoundingClientRect();
      if (b.width === 0) return [];
      return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((n) => {
        const r = n.getBoundingClientRect();
        return r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom;
      }).map((n) => `${o.dataset.testid ?? o.className.split(' ')[0]}: ${n.dataset.id ?? '?'}`);
    });
    // Everything of the app's frame: toolbar entries, panels, tabs (not nodes, which may leave the view).
    const frame = document.querySelectorAll<HTMLElement>('.toolbar > *, .toolbar__actions > *, .app__body > *, .sheet-tabs > *, .split > *, .dashboard');
    const overflowing = [...frame].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5);
    }).map((el) => el.className || el.tagName);
    return {
      viewport: { width: vw, height: vh },
      canvasShare: visible / (vw * vh),
      labelPx,
      minimapOverNodes,
      minimapShown: Boolean(map),
      overlaysOverNodes,
      overflowing,
      scroll: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
    };
  });
}
