import { expect, test, type Page } from '@playwright/test';
import { designLink, flowNode, oneServer, SHOTS, viewAtRest } from './helpers';
import { measure } from './layoutGeometry';

/** The screens people have: laptops, a large monitor, a tablet and a phone. */
const SCREENS = [
  { name: 'laptop-1280', width: 1280, height: 720 },
  { name: 'laptop-1366', width: 1366, height: 768 },
  { name: 'laptop-1440', width: 1440, height: 900 },
  { name: 'desktop-1920', width: 1920, height: 1080 },
  { name: 'tablet-820', width: 820, height: 1180, touch: true },
  { name: 'phone-390', width: 390, height: 844, touch: true },
];

/** Every toolbar action, by the test id the bar and the More menu share. */
const ACTIONS = ['stages', 'gallery', 'compare', 'limit', 'present', 'undo', 'redo', 'import', 'export', 'share', 'palette', 'inspector', 'charts'];

/** Each action is a visible button in the bar, or an entry of the More menu. */
async function unreachableActions(page: Page): Promise<string[]> {
  const inBar = await page.locator('.toolbar__actions [data-testid^="toolbar-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(8)));
  await page.getByTestId('toolbar-more').click();
  const menu = page.getByRole('menu', { name: 'More actions' });
  await expect(menu).toBeVisible();
  const inMenu = await menu.locator('[data-testid^="toolbar-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(8)));
  // Every entry of the menu is inside the viewport.
  const box = (await menu.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  return ACTIONS.filter((id) => !inBar.includes(id) && !inMenu.includes(id));
}

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch ?? false, isMobile: screen.touch ?? false });

    test(`stage 12 with its panel open and a run going fits ${screen.width}×${screen.height}`, async ({ page }) => {
      await page.goto('/#stage=12');
      await expect(page.getByTestId('stage-title')).toHaveText('Millions of users and beyond');
      await expect(page.locator('.react-flow__node')).toHaveCount(18);
      await page.getByTestId('run-start').click();
      await expect(page.getByTestId('dashboard')).toBeVisible();
      await expect(page.getByTestId('figure-throughput')).toBeVisible();
      // A chart has drawn its first line (the screenshot shows a run, not empty panels).
      await expect(page.locator('.sp-chart-panel path.sp-line').first()).toHaveAttribute('d', /^M.*L/, { timeout: 20_000 });

      // The canvas re-fits once the dashboard has taken its room: wait for the labels to settle.
      let last = 0;
      await expect.poll(async () => {
        const { labelPx } = await measure(page);
        const settled = Math.abs(labelPx - last) < 0.01;
        last = labelPx;
        return settled;
      }, { intervals: [300] }).toBe(true);
      const g = await measure(page);
      console.log(`${screen.name}: canvas ${(g.canvasShare * 100).toFixed(1)}% of the screen, names drawn at ${g.labelPx.toFixed(1)} px, minimap ${g.minimapShown ? 'shown' : 'hidden'}`);
      await page.screenshot({ path: `${SHOTS}/layout-${screen.name}.png` });

      expect(g.canvasShare).toBeGreaterThanOrEqual(0.4);
      if (screen.width >= 1366) expect(g.labelPx).toBeGreaterThanOrEqual(9);
      expect(g.minimapOverNodes).toEqual([]);
      // The fitted design sits clear of the canvas's overlays: the legend, the SPOF panel and the zoom controls.
      expect(g.overlaysOverNodes).toEqual([]);
      expect(g.overflowing).toEqual([]);
      expect(g.scroll).toEqual(g.viewport);
      expect(await unreachableActions(page)).toEqual([]);
    });
  });
}

test.describe('phone-390, a finished run', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a ten-minute run has ended: the clock, Run again, Reset, the settings and the More menu are all on screen', async ({ page }) => {
    await page.goto(`/${designLink(oneServer)}&speed=max`);
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await page.getByTestId('run-start').click();
    await expect(page.getByTestId('run-clock')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('run-clock')).toContainText('10 min');
    await page.screenshot({ path: `${SHOTS}/layout-phone-done.png` });
    for (const id of ['run-clock', 'run-start', 'run-reset', 'toolbar-run-settings', 'toolbar-more']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box, id).not.toBeNull();
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${id} ends at ${box.x + box.width}`).toBeLessThanOrEqual(390);
    }
  });
});

test('a component added from the palette stays where it appeared while the inspector and the fault timeline open beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByTestId('palette-web').click();
  const node = flowNode(page, 'web-1');
  await expect(node).toBeVisible();
  const first = (await node.boundingBox())!;
  // The node's selection opens the inspector (the canvas narrows), and the first node brings the
  // fault timeline above the canvas and the SPOF panel: none of them may move it on the screen.
  await expect(page.getByTestId('inspector-duplicate')).toBeVisible();
  await expect(page.getByTestId('fault-timeline')).toBeVisible();
  await expect(page.getByTestId('spof-panel')).toBeVisible();
  await viewAtRest(page);
  const settled = (await node.boundingBox())!;
  expect(Math.abs(settled.x - first.x), 'moved sideways').toBeLessThanOrEqual(1);
  expect(Math.abs(settled.y - first.y), 'moved up or down').toBeLessThanOrEqual(1);

  // With no users on the canvas there is nothing a failure could take from anyone: the panel says
  // what to add, not that a lone server is safe.
  await expect(page.getByTestId('spof-panel')).toHaveText('Add Users to find single points of failure');

  // A drag from a handle right after the click that added its node lands where the handle was seen.
  await page.getByTestId('palette-client').click();
  const users = flowNode(page, 'users-1');
  await expect(users).toBeVisible();
  await expect(page.getByTestId('spof-panel')).toHaveText('No server answers Users yet: nothing to check for single points of failure');
  const from = (await users.locator('.react-flow__handle.source').boundingBox())!;
  const to = (await node.locator('.react-flow__handle.target').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.getByTestId('spof-count')).toHaveText('1 single point of failure');
  await page.screenshot({ path: `${SHOTS}/layout-first-nodes.png` });

  // The fit button fits as the canvas does: two small nodes are drawn at life size, not doubled.
  await page.locator('.react-flow__controls-fitview').click();
  await viewAtRest(page);
  const scale = await page.locator('.react-flow__viewport').evaluate((el) => Number(/scale\(([^)]+)\)/.exec((el as HTMLElement).style.transform)?.[1]));
  expect(scale).toBe(1);
});

test('stage 8 at 1366×768 with a run going: the fitted design keeps its West users clear of the zoom controls', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#stage=8');
  await expect(page.getByTestId('stage-title')).toHaveText('More than one data center');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('figure-throughput')).toBeVisible();
  await viewAtRest(page);
  // The West users sit at the design's bottom left, where a plain fit put them under the buttons.
  await expect.poll(async () => (await measure(page)).overlaysOverNodes).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/layout-stage8-controls.png` });
});

test('a window narrowed past the breakpoint keeps the editor on screen while the narrow layout loads', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/assets/NarrowLayout-*.js', async (route) => { await held; await route.continue(); });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/${designLink(oneServer)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  const asked = page.waitForRequest('**/assets/NarrowLayout-*.js');
  await page.setViewportSize({ width: 390, height: 844 });
  // The narrow layout's chunk is asked for and held: the wide editor stays, not the loading shell.
  await asked;
  await expect(page.locator('.boot-shell')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  release();
  await expect(page.locator('.app--narrow')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.boot-shell')).toHaveCount(0);
});

test('a wide screen shows every toolbar action in the bar: labelled where all of them fit so, as icons where only that fits', async ({ page }) => {
  const barActions = ['stages', 'library', 'gallery', 'compare', 'limit', 'present', 'undo', 'redo', 'import', 'export', 'share'];
  const inBar = () => page.locator('.toolbar__actions [data-testid^="toolbar-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(8)));
  const labelShown = (id: string) => page.getByTestId(`toolbar-${id}`).locator('.action__label').evaluate((el) => el.getBoundingClientRect().width > 1);
  // At 1920 the labels would push Compare, Find the limit and Present into More (they did): icons, all in the bar.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect.poll(inBar).toEqual(barActions);
  await expect.poll(() => labelShown('present')).toBe(false);
  await expect(page.getByTestId('toolbar-present')).toHaveAccessibleName('Present');
  // Wider, every action fits with its label.
  await page.setViewportSize({ width: 2560, height: 1200 });
  await expect.poll(() => labelShown('present')).toBe(true);
  await expect.poll(inBar).toEqual(barActions);
  await page.screenshot({ path: `${SHOTS}/layout-toolbar-2560.png`, clip: { x: 0, y: 0, width: 2560, height: 56 } });
  await page.getByTestId('toolbar-present').click();
  await expect(page.getByTestId('presenter-demo')).toBeVisible();
});
