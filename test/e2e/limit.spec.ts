import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { designLink, flowNode, SHOTS } from './helpers';

test.use({ viewport: { width: 1600, height: 1000 } });

const kneeRps = async (page: Page, testId: string): Promise<number> => Number((await page.getByTestId(testId).textContent())!.replace(/[^\d.]/g, ''));

async function sweepNow(page: Page) {
  await page.getByTestId('toolbar-limit').click();
  await expect(page.getByTestId('limit')).toBeVisible();
  await page.getByTestId('limit-run').click();
}

test('Find the limit on stage 3: the solution moves the knee, both sweeps on one chart', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/#stage=3');
  await expect(page.getByTestId('stage-title')).toBeVisible();
  await sweepNow(page);
  await expect(page.getByTestId('limit-knee-rps')).toHaveText(/req\/s$/, { timeout: 120_000 });
  await expect(page.getByTestId('limit-chart').locator('.recharts-wrapper')).toHaveCount(3);
  await expect(page.getByTestId('limit-table').locator('tbody tr')).toHaveCount(12);
  await expect(page.getByTestId('limit-table')).toContainText('web-1');
  const before = await kneeRps(page, 'limit-knee-rps');
  expect(before).toBeGreaterThan(0);
  await page.screenshot({ path: `${SHOTS}/limit-01-start.png` });

  await page.getByTestId('limit').getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('stage-solution').click();
  await sweepNow(page);
  await expect(page.getByTestId('limit-knee-previous-rps')).toHaveText(/req\/s$/, { timeout: 120_000 });
  await expect(page.getByTestId('limit-knee')).toContainText('Sweep 2');
  const after = await kneeRps(page, 'limit-knee-rps');
  expect(await kneeRps(page, 'limit-knee-previous-rps')).toBe(before);
  expect(after).toBeGreaterThan(before);
  // Both sweeps are drawn: a knee line per sweep on each of three charts (and the p99 target), six lines a sweep.
  await expect(page.getByTestId('limit-chart').locator('.recharts-reference-line')).toHaveCount(7);
  await expect(page.getByTestId('limit-chart').locator('.recharts-line')).toHaveCount(12);
  await expectNoSeriousA11yViolations(page, 'the Find the limit dialog');
  await page.screenshot({ path: `${SHOTS}/limit-02-before-after.png`, fullPage: true });
});

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('Find the limit on a services design: pick a service and read its own curve, knee and bottleneck', async ({ page }) => {
    test.setTimeout(240_000);
    // Page views to pages (web-1, web-2), uploads (5× a page's work) to uploads (web-3, web-4): uploads give out first.
    const webs = ['web-1', 'web-2', 'web-3', 'web-4'];
    const split = {
      version: 3, name: 'pages and uploads',
      nodes: [
        { id: 'readers', kind: 'client', position: { x: 0, y: 0 }, params: { rps: 300, mix: { static: 0, read: 1, write: 0, job: 0 } } },
        { id: 'uploaders', kind: 'client', position: { x: 0, y: 240 }, params: { rps: 100, mix: { static: 0, read: 0, write: 1, job: 0 } }, routes: [{ name: 'upload', type: 'write', share: 1, cost: 5 }] },
        { id: 'lb', kind: 'loadBalancer', position: { x: 260, y: 120 }, params: {}, rules: [{ service: 'pages', types: ['read'], routes: [] }, { service: 'uploads', types: [], routes: ['upload'] }] },
        ...webs.map((id, i) => ({ id, kind: 'web', position: { x: 520, y: i * 110 }, params: { service: i < 2 ? 'pages' : 'uploads', workers: 8, serviceMs: 10 } })),
      ],
      edges: [
        { id: 'r', source: 'readers', target: 'lb', kind: 'request' }, { id: 'u', source: 'uploaders', target: 'lb', kind: 'request' },
        ...webs.map((w) => ({ id: `lb-${w}`, source: 'lb', target: w, kind: 'request' })),
      ],
      sim: { seed: 3, durationS: 60, hopLatencyMs: 0 }, scenario: [],
    };
    await page.goto(`/${designLink(split)}`);
    await expect(flowNode(page, 'web-4')).toBeVisible();
    await sweepNow(page);
    await expect(page.getByTestId('limit-knee-rps')).toHaveText(/req\/s$/, { timeout: 180_000 });
    const picker = page.getByTestId('limit-service');
    await expect(picker.locator('option')).toHaveText(['All services', 'pages', 'uploads']);
    const all = await kneeRps(page, 'limit-knee-rps');
    // The dialog is narrow here: a number and its unit stay on one line ("1,415 req/s", "623 ms").
    const wrapped = await page.getByTestId('limit-table').locator('tbody td:not(.limit__bottleneck)').evaluateAll((cells) => cells.filter((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
    }).map((cell) => cell.textContent));
    expect(wrapped).toEqual([]);

    await picker.selectOption('uploads');
    await expect(page.getByTestId('limit-chart')).toHaveAttribute('data-service', 'uploads');
    await expect(page.getByTestId('limit-knee')).toContainText('knee of uploads');
    await expect(page.getByTestId('limit-table').locator('caption')).toContainText('uploads');
    // Past the uploads knee the uploads servers are what limits uploads, not the page servers.
    await expect(page.getByTestId('limit-table').locator('tbody tr').last()).toContainText(/web-[34]/);
    await expect(page.getByTestId('limit-chart').locator('.recharts-line')).toHaveCount(6);
    const uploads = await kneeRps(page, 'limit-knee-rps');
    await page.screenshot({ path: `${SHOTS}/limit-04-service-uploads.png`, fullPage: true });

    await picker.selectOption('pages');
    await expect(page.getByTestId('limit-knee')).toContainText('knee of pages');
    await expect(page.getByTestId('limit-table').locator('tbody tr').last()).toContainText(/web-[12]/);
    // Uploads give out first: their knee is below pages', and the design's is the lower of the two.
    expect(uploads).toBeLessThan(await kneeRps(page, 'limit-knee-rps'));
    expect(all).toBeLessThanOrEqual(uploads);
    await picker.selectOption('');
    await expect(page.getByTestId('limit-chart')).toHaveAttribute('data-service', 'all');
    await expectNoSeriousA11yViolations(page, 'the Find the limit dialog read by service');
    // On a phone (the dialog opened again from the More menu; the sweep stays in the store).
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('limit')).toBeHidden();
    await page.setViewportSize({ width: 390, height: 844 });
    // The wide editor stays until the narrow layout's chunk has arrived, then gives way to it: a
    // menu opened in the wide one just before the switch goes with it (seen once in CI). Open it
    // once the narrow layout is here.
    await expect(page.locator('.app--narrow')).toBeVisible();
    await page.getByTestId('toolbar-more').click();
    await page.getByRole('menu', { name: 'More actions' }).getByTestId('toolbar-limit').click();
    await expect(page.getByTestId('limit')).toBeVisible();
    await picker.selectOption('uploads');
    await expect(page.getByTestId('limit-knee')).toContainText('knee of uploads');
    await page.screenshot({ path: `${SHOTS}/limit-05-service-phone.png` });
  });
});

test('Cancel stops a sweep and says so', async ({ page }) => {
  // Stage 12's design, whose sweep takes seconds: stage 3's could end in the moment between
  // Playwright finding Cancel and clicking where it was, and the click then started a second
  // sweep on the Run again that took its place (seen under load in CI).
  await page.goto('/#stage=12');
  await expect(page.getByTestId('stage-title')).toBeVisible();
  await sweepNow(page);
  await expect(page.getByTestId('limit-progress')).toBeVisible();
  await page.getByTestId('limit-cancel').click();
  await expect(page.getByTestId('limit-message')).toHaveText('Cancelled: the sweep was stopped.');
  await expect(page.getByTestId('limit-run')).toHaveText('Find the limit');
  // Nothing was kept of the stopped sweep.
  await expect(page.getByTestId('limit-knee')).toHaveCount(0);
});

test('theory beside the measurement: a web server during a run next to Erlang C, a line on why they differ', async ({ page }) => {
  const design = {
    version: 1, name: 'one queue',
    nodes: [
      { id: 'users', kind: 'client', position: { x: 0, y: 0 }, params: { rps: 300, mix: { static: 0, read: 1, write: 0, job: 0 } } },
      { id: 'web-1', kind: 'web', position: { x: 300, y: 0 }, params: { workers: 4, serviceMs: 10, queueLimit: 100000 } },
    ],
    edges: [{ id: 'e1', source: 'users', target: 'web-1', kind: 'request' }],
    sim: { seed: 2, durationS: 600, hopLatencyMs: 0 }, scenario: [],
  };
  await page.goto(`/${designLink(design)}`);
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  // The run's dashboard takes its room and the canvas re-fits: wait for it, so the click lands on the node.
  await expect(page.getByTestId('dashboard')).toBeVisible();
  const theory = page.getByTestId('theory');
  // On a busy machine the re-fit can still move the node under the pointer: click again until it is selected.
  await expect(async () => {
    await flowNode(page, 'web-1').click();
    await expect(theory).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  // ρ = 300 × 10 ms / 4 = 75%: the prediction follows from the measured rate, near 75%.
  await expect.poll(async () => Number((await page.getByTestId('theory-predicted-util').textContent())!.replace('%', '')), { timeout: 30_000 }).toBeGreaterThan(60);
  await expect.poll(async () => Number((await page.getByTestId('theory-measured-util').textContent())!.replace('%', '')), { timeout: 30_000 }).toBeGreaterThan(65);
  await expect(page.getByTestId('theory-note')).not.toBeEmpty();
  await page.screenshot({ path: `${SHOTS}/limit-03-theory.png` });

  // Killed, it has nothing to compare (not its old utilisation beside a rate of zero); restored, it
  // is measured from its return, every row over the same seconds.
  await page.keyboard.press('k');
  await expect(page.getByTestId('theory-note')).toContainText('web-1 is down');
  await expect(page.getByTestId('theory-measured-util')).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(theory).toContainText('measured since it came back', { timeout: 30_000 });
  await expect.poll(async () => Number((await page.getByTestId('theory-measured-util').textContent())!.replace('%', '')), { timeout: 30_000 }).toBeGreaterThan(60);
  await page.screenshot({ path: `${SHOTS}/limit-04-theory-restored.png` });
});
