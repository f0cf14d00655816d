import { expect, test, type Locator, type Page } from '@playwright/test';
import { designLink, SHOTS, twoServersDesign } from './helpers';

// What a person does with a phone in their hand: taps, a small screen, a finger-sized target.
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const design = twoServersDesign('Two servers', { rps: 100 }, 120, []);

type Box = { x: number; y: number; width: number; height: number };
const box = async (l: Locator): Promise<Box> => (await l.boundingBox())!;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;

/** The visible controls matching `selector` that are smaller than a finger's 32 px, by test id or label. */
function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && (r.width < 32 || r.height < 32);
  }).map((el) => `${el.dataset.testid ?? el.getAttribute('aria-label') ?? el.textContent?.trim()} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`), selector);
}

async function runOnPhone(page: Page) {
  await page.goto(`/${designLink(design)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await page.getByTestId('run-start').tap();
  await expect(page.getByTestId('sheet-dashboard')).toBeVisible();
  await expect(page.locator('.sp-chart-panel').first().locator('path.sp-line').first()).toHaveAttribute('d', /^M.*L/, { timeout: 20_000 });
}

test.describe('a phone', () => {
  test.use(PHONE);

  test('the results sheet shows a whole chart once scrolled to, clear of the close button', async ({ page }) => {
    await runOnPhone(page);
    const sheet = await box(page.getByTestId('sheet-dashboard'));
    const close = await box(page.getByTestId('sheet-close'));
    for (const panel of await page.locator('.sp-chart-panel').all().then((all) => all.slice(0, 2))) {
      await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const drawn = await box(panel);
      expect(inside(drawn, sheet), `a chart ${JSON.stringify(drawn)} within the sheet ${JSON.stringify(sheet)}`).toBe(true);
      expect(overlaps(await box(panel.locator('.sp-chart-hint')), close)).toBe(false);
    }
    await page.screenshot({ path: `${SHOTS}/phone-results-chart.png` });
  });

  test('with the results open a tall design is fitted clear of the legend and the SPOF panel', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('toolbar-more').tap();
    await page.getByTestId('toolbar-gallery').locator('visible=true').tap();
    await page.getByTestId('gallery-global-site').tap();
    await expect(page.locator('.react-flow__node')).toHaveCount(18);
    await page.getByTestId('run-start').tap();
    await expect(page.getByTestId('sheet-dashboard')).toBeVisible();
    await expect(page.getByTestId('spof-panel')).toBeVisible();
    // The canvas shrank above the sheet and the design was fitted again into what is left.
    const canvas = await box(page.getByTestId('canvas'));
    const overlays = [await box(page.getByTestId('spof-panel')), await box(page.locator('.edge-legend').locator('visible=true'))];
    await expect.poll(async () => {
      const hidden: string[] = [];
      for (const node of await page.locator('.react-flow__node-component').all()) {
        const b = await box(node);
        if (!inside(b, canvas) || overlays.some((o) => overlaps(b, o))) hidden.push((await node.getAttribute('data-id')) ?? '?');
      }
      return hidden;
    }, { message: 'nodes under an overlay or off the canvas' }).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/phone-results-tall-design.png` });
  });

  test('every control a finger needs is 32 px or more: canvas, inspector, stage, toast, charts', async ({ page }) => {
    await page.goto(`/${designLink(design)}`);
    await expect(page.locator('.react-flow__node')).toHaveCount(5);
    expect(await smallTargets(page, '.react-flow__controls-button')).toEqual([]);
    await page.locator('.react-flow__node[data-id="web-1"]').tap();
    await page.getByTestId('sheet-tab-inspector').tap();
    await expect(page.getByTestId('inspector-duplicate')).toBeVisible();
    expect(await smallTargets(page, '.sheet .button, .spof-panel__toggle')).toEqual([]);

    await page.getByTestId('sheet-tab-stages').tap();
    await page.getByTestId('stage-open-1').tap();
    await expect(page.getByTestId('stage-title')).toBeVisible();
    // One close button for the stages sheet (the panel's own would do the same, beside it).
    await expect(page.getByTestId('sheet-stages').getByRole('button', { name: /^Close/ }).locator('visible=true')).toHaveCount(1);
    await expect(page.locator('.toast__close').first()).toBeVisible();
    expect(await smallTargets(page, '.toast__close, .sheet .button, .stage-view__prediction select, .stage-view__prediction input')).toEqual([]);
    // The toast ("Loaded the starting design…") leaves the zoom controls in reach while it shows.
    expect(overlaps(await box(page.getByTestId('toast').first()), await box(page.locator('.react-flow__controls')))).toBe(false);
    await page.screenshot({ path: `${SHOTS}/phone-targets-stage.png` });

    await page.getByTestId('run-start').tap();
    await expect(page.locator('.sp-chart-hint').first()).toBeVisible();
    expect(await smallTargets(page, '.sp-chart-hint')).toEqual([]);
  });

  test("a node's handle keeps a finger-sized target on screen whatever the zoom", async ({ page }) => {
    await page.goto(`/${designLink(design)}`);
    await expect(page.locator('.react-flow__node')).toHaveCount(5);
    const handle = page.locator('.react-flow__node[data-id="web-1"] .react-flow__handle.source');
    // The target is drawn inside the zoomed viewport: what a finger meets is its width times the zoom.
    const onScreen = () => handle.evaluate((el) => {
      const zoom = new DOMMatrix(getComputedStyle(el.closest('.react-flow__viewport')!).transform).a;
      return { zoom, px: parseFloat(getComputedStyle(el, '::before').width) * zoom };
    });
    // One tap of a zoom button at a time, each waited for until the zoom has changed and settled.
    const zoomTo = async (button: 'in' | 'out', done: (zoom: number) => boolean) => {
      for (let taps = 0; taps < 12 && !done((await onScreen()).zoom); taps++) {
        const before = (await onScreen()).zoom;
        await page.locator(`.react-flow__controls-zoom${button}`).tap();
        let last = NaN;
        await expect.poll(async () => {
          const { zoom } = await onScreen();
          const settled = zoom !== before && zoom === last;
          last = zoom;
          return settled;
        }).toBe(true);
      }
      expect(done((await onScreen()).zoom)).toBe(true);
    };
    const fitted = await onScreen();
    // The fitted phone view draws the nodes small; the dot's target is still 32 px or more.
    expect(fitted.px).toBeGreaterThanOrEqual(32);
    // A finger that lands 14 px off the dot (below it, off the node's edge) lands on the handle...
    const dot = await box(handle);
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.react-flow__handle.source') !== null,
      [dot.x + dot.width / 2 + 4, dot.y + dot.height / 2 + 14])).toBe(true);
    // ...and leaves the node's middle to a tap that selects or drags it.
    const node = await box(page.locator('.react-flow__node[data-id="web-1"]'));
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.react-flow__handle') === null,
      [node.x + node.width / 2, node.y + node.height / 2])).toBe(true);

    await zoomTo('in', (z) => z >= 1.5);
    const close = await onScreen();
    expect(close.px).toBeGreaterThan(38);
    expect(close.px).toBeLessThan(42);

    await zoomTo('out', (z) => z < 0.6);
    const far = await onScreen();
    expect(far.zoom).toBeGreaterThanOrEqual(0.48);
    expect(far.px).toBeGreaterThanOrEqual(32);
    await page.screenshot({ path: `${SHOTS}/phone-handle-zoomed-out.png` });
  });

  test('My designs: the title, the search and the close button each whole, on their own room', async ({ page }) => {
    await page.goto(`/${designLink(design)}`);
    await page.getByTestId('toolbar-more').tap();
    await page.getByTestId('toolbar-library').locator('visible=true').tap();
    const title = page.getByRole('heading', { name: 'My designs' });
    await expect(title).toBeVisible();
    // One line of title: it is not squeezed into two beside the search.
    expect(await title.evaluate((el) => el.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(el).fontSize))).toBe(true);
    // Wide enough for its placeholder, "Search by name or date".
    const search = page.getByTestId('library-search');
    expect((await box(search)).width).toBeGreaterThanOrEqual(240);
    const close = await box(page.getByRole('button', { name: 'Close My designs' }));
    expect(overlaps(close, await box(search)) || overlaps(close, await box(title))).toBe(false);
    await page.screenshot({ path: `${SHOTS}/phone-library.png` });
  });

  test("Compare's design picker stays inside its dialog", async ({ page }) => {
    await page.goto(`/${designLink(design)}`);
    await page.getByTestId('toolbar-more').tap();
    await page.getByTestId('toolbar-compare').locator('visible=true').tap();
    const dialog = await box(page.getByTestId('compare'));
    expect(inside(await box(page.getByTestId('compare-choice')), dialog)).toBe(true);
    expect(inside(await box(page.getByTestId('compare-run')), dialog)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/phone-compare.png` });
  });

  test("Find the limit draws its whole curves inside the dialog; Export's items take a finger", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${designLink(design)}`);
    await page.getByTestId('toolbar-more').tap();
    await page.getByTestId('toolbar-export').locator('visible=true').tap();
    await expect(page.getByTestId('export-design')).toBeVisible();
    expect(await smallTargets(page, '.export-menu__list button')).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByTestId('toolbar-more').tap();
    await page.getByTestId('toolbar-limit').locator('visible=true').tap();
    await page.getByTestId('limit-run').tap();
    await expect(page.getByTestId('limit-knee-rps')).toHaveText(/req\/s$/, { timeout: 90_000 });
    const dialog = await box(page.getByTestId('limit'));
    const charts = page.getByTestId('limit-chart').locator('.recharts-wrapper');
    await expect(charts).toHaveCount(3);
    for (const chart of await charts.all()) {
      const drawn = await box(chart);
      expect(drawn.x >= dialog.x && drawn.x + drawn.width <= dialog.x + dialog.width, `a chart ${JSON.stringify(drawn)} across the dialog ${JSON.stringify(dialog)}`).toBe(true);
    }
    await page.screenshot({ path: `${SHOTS}/phone-limit.png` });
  });

  test('the presenter view fits the phone: every button on screen, nothing wider than the screen', async ({ page }) => {
    await page.goto(`/${designLink(design)}`);
    await page.getByTestId('toolbar-more').tap();
    await page.getByTestId('toolbar-present').locator('visible=true').tap();
    await expect(page.getByTestId('presenter')).toBeVisible();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const screen = { x: 0, y: 0, width: 390, height: 844 };
    for (const id of ['presenter-demo', 'presenter-play', 'presenter-next', 'presenter-replay', 'presenter-exit', 'presenter-caption', 'presenter-steps']) {
      expect(inside(await box(page.getByTestId(id)), { ...screen, height: Infinity }), id).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    // A phone has no Space bar: the caption names the buttons.
    await expect(page.getByTestId('presenter-caption').getByText('Tap ▶ to start the demo')).toBeVisible();
    await expect(page.getByTestId('presenter-caption').getByText('Press Space')).toBeHidden();
    await page.screenshot({ path: `${SHOTS}/phone-presenter.png` });
    await page.getByTestId('presenter-play').tap();
    await expect(page.getByTestId('presenter-pause')).toBeVisible();
    await page.getByTestId('presenter-exit').tap();
    await expect(page.getByTestId('presenter')).toHaveCount(0);
  });
});

test.describe('a phone on its side', () => {
  test.use({ ...PHONE, viewport: { width: 844, height: 390 } });

  test("with the results open the canvas's controls stay inside it, clear of its other overlays", async ({ page }) => {
    await runOnPhone(page);
    // A one-line message keeps to a line's height on a screen this short, its close button a finger's size.
    const banner = await box(page.getByTestId('banner'));
    expect(banner.height).toBeLessThanOrEqual(40);
    expect(await smallTargets(page, '.banner__close')).toEqual([]);
    await expect(page.getByTestId('spof-panel')).toBeVisible();
    const canvas = await box(page.getByTestId('canvas'));
    const controls = await box(page.locator('.react-flow__controls'));
    expect(inside(controls, canvas), `controls ${JSON.stringify(controls)} in the canvas ${JSON.stringify(canvas)}`).toBe(true);
    expect(overlaps(controls, await box(page.getByTestId('spof-panel')))).toBe(false);
    for (const legend of await page.locator('.edge-legend').all()) {
      if (await legend.isVisible()) expect(overlaps(controls, await box(legend))).toBe(false);
    }
    // Every item of the More menu can be reached: the menu keeps within the screen and scrolls itself.
    await page.getByTestId('toolbar-more').tap();
    const list = page.locator('.more-menu__list');
    expect(inside(await box(list), { x: 0, y: 0, width: 844, height: 390 }), 'the More menu on screen').toBe(true);
    await list.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    const last = list.locator('[data-testid^="toolbar-"]').last();
    expect(inside(await box(last), await box(list)), "the menu's last item in view").toBe(true);
    await last.tap();
    // The tabs, shorter on their side, are all on screen.
    for (const tab of await page.locator('.sheet-tabs__tab').all()) expect(inside(await box(tab), { x: 0, y: 0, width: 844, height: 390 })).toBe(true);
    await page.screenshot({ path: `${SHOTS}/phone-landscape-results.png` });
  });

  test('the presenter view on its side: the script beside the canvas, every button on screen', async ({ page }) => {
    await page.goto(`/${designLink(design)}`);
    await page.getByTestId('toolbar-more').tap();
    await page.getByTestId('toolbar-present').locator('visible=true').tap();
    await expect(page.locator('.presenter .react-flow__node').first()).toBeVisible();
    const screen = { x: 0, y: 0, width: 844, height: 390 };
    for (const id of ['presenter-demo', 'presenter-play', 'presenter-next', 'presenter-exit', 'presenter-caption']) {
      expect(inside(await box(page.getByTestId(id)), screen), id).toBe(true);
    }
    const canvas = await box(page.locator('.presenter__canvas'));
    const script = await box(page.locator('.presenter__side'));
    expect(overlaps(canvas, script)).toBe(false);
    expect(script.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 0.5);
    expect(inside(await box(page.locator('.presenter .react-flow__controls')), canvas)).toBe(true);
    // The bar is one row (it had wrapped its buttons under the title), so the canvas keeps the height.
    const bar = await box(page.locator('.presenter__bar'));
    expect(bar.height).toBeLessThan(70);
    for (const id of ['presenter-demo', 'presenter-play', 'presenter-exit']) {
      const b = await box(page.getByTestId(id));
      expect(b.y >= bar.y && b.y + b.height <= bar.y + bar.height, `${id} in the bar's one row`).toBe(true);
    }
    await page.screenshot({ path: `${SHOTS}/phone-landscape-presenter.png` });
  });
});
