import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { designLink, SHOTS } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** React Flow's zoom and pan, read from the viewport's transform. */
async function view(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const [, x, y, zoom] = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(transform)!.map(Number);
  return { x, y, zoom };
}

/** The view once it rests: two readings a poll apart that agree (a fit, were one coming, has landed). */
async function settledView(page: Page) {
  let last = '';
  await expect.poll(async () => {
    const now = JSON.stringify(await view(page));
    const settled = now === last;
    last = now;
    return settled;
  }, { intervals: [400] }).toBe(true);
  return JSON.parse(last) as { x: number; y: number; zoom: number };
}

/** A gesture of real touch events (Chromium's input pipeline): each finger from `from` to `to`. */
async function touchGesture(page: Page, fingers: { from: [number, number]; to: [number, number] }[], steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) => fingers.map(({ from, to }, id) => ({ id, x: from[0] + (to[0] - from[0]) * t, y: from[1] + (to[1] - from[1]) * t }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Nodes drawn (partly) outside the canvas: none once the design is fitted. */
function nodesOutsideCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const c = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((n) => {
      const r = n.getBoundingClientRect();
      return r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.bottom > c.bottom + 1;
    }).map((n) => n.dataset.id ?? '?');
  });
}

/** An empty spot of the canvas (no node under it) near its top left. */
async function emptySpot(page: Page): Promise<[number, number]> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height - 40];
}

test('a phone: the canvas takes the screen; tap to add and select, pinch to zoom, drag to pan', async ({ page }) => {
  await page.goto('/');
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  expect(canvas.width).toBe(390);
  expect(canvas.height).toBeGreaterThan(844 * 0.75);
  await expect(page.getByTestId('palette')).toHaveCount(0);
  // There is no palette on the left here: the first hint points at the Components tab.
  await expect(page.getByTestId('empty-hint')).toContainText('Open Components below and tap Users and a Web server');

  // Tap a palette item to add it: the Components sheet opens under the canvas.
  await page.getByTestId('sheet-tab-palette').tap();
  await expect(page.getByTestId('sheet-palette')).toBeVisible();
  await page.getByTestId('palette-client').tap();
  await page.getByTestId('palette-web').tap();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.getByTestId('sheet-close').tap();
  await expect(page.getByTestId('sheet-palette')).toHaveCount(0);

  // Tap a node to select it; the Inspector sheet edits it.
  const web = page.locator('.react-flow__node[data-id^="web"]');
  await web.tap();
  await expect(web).toHaveClass(/selected/);
  await page.getByTestId('sheet-tab-inspector').tap();
  await expect(page.getByTestId('sheet-inspector')).toContainText('Web server');
  await page.getByTestId('sheet-close').tap();

  // Pinch out: two fingers apart zoom in.
  const [cx, cy] = await emptySpot(page);
  const before = await view(page);
  await touchGesture(page, [{ from: [cx - 30, cy - 60], to: [cx - 110, cy - 60] }, { from: [cx + 30, cy - 60], to: [cx + 110, cy - 60] }]);
  await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(before.zoom * 1.3);

  // One finger on the empty canvas pans it.
  const zoomed = await view(page);
  await touchGesture(page, [{ from: [cx, cy], to: [cx - 120, cy - 80] }]);
  await expect.poll(async () => (await view(page)).x).toBeLessThan(zoomed.x - 60);
  const panned = await view(page);

  // The user moved the view: opening a sheet (the canvas shrinks) keeps their zoom instead of re-fitting.
  await page.getByTestId('sheet-tab-palette').tap();
  await expect(page.getByTestId('sheet-palette')).toBeVisible();
  expect((await settledView(page)).zoom).toBeCloseTo(panned.zoom, 5);
  await page.screenshot({ path: `${SHOTS}/layout-phone-touch.png` });
});

test('a shared link on a phone: the design fitted, a run, its summary and charts', async ({ page }) => {
  const design = JSON.parse(readFileSync(new URL('../fixtures/engine-final-chapter.json', import.meta.url), 'utf8')) as object;
  await page.goto(`/${designLink(design)}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect.poll(() => nodesOutsideCanvas(page)).toEqual([]);
  await page.getByTestId('run-start').tap();
  await expect(page.getByTestId('sheet-dashboard')).toBeVisible();
  await expect(page.getByTestId('figure-throughput')).toBeVisible();
  await expect(page.locator('.sp-chart-panel').first().locator('path.sp-line').first()).toHaveAttribute('d', /^M.*L/, { timeout: 20_000 });
  await page.screenshot({ path: `${SHOTS}/layout-phone-link.png` });
});

test('an embed on a phone: fitted, runs, shows the summary and charts', async ({ page }) => {
  const design = JSON.parse(readFileSync(new URL('../fixtures/engine-final-chapter.json', import.meta.url), 'utf8')) as object;
  await page.goto(`/?embed=1${designLink(design)}`);
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  expect(canvas.height).toBeGreaterThan(200);
  await page.getByTestId('run-start').tap();
  await expect(page.getByTestId('figure-throughput')).toBeVisible();
  // The dashboard took room: the canvas re-fits the design into what is left.
  await expect.poll(() => nodesOutsideCanvas(page)).toEqual([]);
  await expect(page.locator('.sp-chart-panel').first()).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await page.screenshot({ path: `${SHOTS}/layout-phone-embed.png` });
});
