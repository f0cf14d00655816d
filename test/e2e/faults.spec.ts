import { expect, test, type Page } from '@playwright/test';
import { designInLink, designLink, flowNode, shareLink, SHOTS, twoServersDesign } from './helpers';
import { expectNoCspViolations, watchCsp } from './csp';

test.beforeEach(async ({ page }) => { await watchCsp(page); });
test.afterEach(async ({ page }) => { await expectNoCspViolations(page); });

/** Users who retry → a balancer → two web servers → a database. */
function twoServers(scenario: object[] = [], retries = 2) {
  return twoServersDesign('Faults', { rps: 200, retries, retryBackoffMs: 50, mix: { static: 0, read: 0.9, write: 0.1, job: 0 } }, 600, scenario);
}

async function clock(page: Page): Promise<number> {
  const text = (await page.getByTestId('run-clock').textContent()) ?? '';
  return Number(/t = ([\d.]+) s/.exec(text)?.[1] ?? Number.NaN);
}

/** The number in a summary-strip figure ("1.2k" → 1200). */
async function figure(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).locator('dd').textContent()) ?? '';
  const match = /([\d.]+)\s*(k|M)?/.exec(text);
  if (!match) return Number.NaN;
  return Number(match[1]) * (match[2] === 'k' ? 1e3 : match[2] === 'M' ? 1e6 : 1);
}

const panel = (page: Page, id: string) => page.locator(`section[data-panel="${id}"]`);
const eventLog = (page: Page) => page.getByRole('log');

test('a loss injected by click shows on the node, in the log, and as retries in the summary and the chart', async ({ page }) => {
  await page.goto(`/${designLink(twoServers())}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  await expect.poll(() => clock(page)).toBeGreaterThan(2);

  await flowNode(page, 'db').click();
  await page.getByTestId('fault-menu').locator('summary').click();
  await page.getByTestId('fault-action').selectOption('loss');
  await page.getByTestId('fault-value').fill('150');
  await page.getByTestId('fault-apply').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Requests lost must be above 0 to 100' })).toBeVisible();
  await page.getByTestId('fault-value').fill('40');
  await page.getByTestId('fault-apply').click();

  await expect(flowNode(page, 'db').getByTestId('live-badge')).toContainText('loss 40%', { timeout: 15_000 });
  await expect(page.getByTestId('fault-now')).toHaveText('Now: loss 40%');
  await expect(eventLog(page)).toContainText('db lossy: 40% of the requests sent to it fail');
  await expect.poll(() => figure(page, 'figure-attempts'), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(panel(page, 'retries').locator('.sp-chart-empty')).toHaveCount(0, { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/faults-01-loss-by-click.png` });

  await page.getByTestId('fault-heal').click();
  await expect(eventLog(page)).toContainText('db healed');
  await expect(flowNode(page, 'db').getByTestId('live-badge')).not.toContainText('loss', { timeout: 15_000 });
});

test('a slow fault from the design scenario lands at its time and shows in the badge and the latency', async ({ page }) => {
  await page.goto(`/${designLink(twoServers([{ tS: 3, action: 'slow', target: 'web-1', factor: 20 }, { tS: 5, action: 'flap', target: 'web-2', periodS: 2 }], 0))}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  await expect(flowNode(page, 'web-1').getByTestId('live-badge')).toContainText('slow ×20', { timeout: 20_000 });
  await expect(eventLog(page)).toContainText('web-1 slowed: service takes 20× as long');
  await expect(eventLog(page)).toContainText('web-2 flapping: down, then up, every 2 s');
  await expect.poll(() => figure(page, 'figure-p99'), { timeout: 15_000 }).toBeGreaterThan(150);
  await page.screenshot({ path: `${SHOTS}/faults-02-slow-by-scenario.png` });
});

test('a circuit breaker opens on a lossy database: drawn on its edges, on the badge and in the chart', async ({ page }) => {
  const d = twoServers([{ tS: 3, action: 'loss', target: 'db', pct: 100 }], 0);
  for (const n of d.nodes) if (n.kind === 'web') Object.assign(n.params, { breakerFailures: 5, breakerWindowS: 10, breakerOpenS: 30 });
  await page.goto(`/${designLink(d)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  await expect(page.locator('.react-flow__edge[data-id="e4"]')).toHaveClass(/breaker-open/, { timeout: 20_000 });
  await expect(flowNode(page, 'web-1').getByTestId('live-badge')).toContainText('breaker open');
  await expect(eventLog(page)).toContainText('breaker on web-1 open');
  await expect(panel(page, 'retries').locator('.sp-chart-empty')).toHaveCount(0, { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/faults-03-breaker-open.png` });
});

const marks = (page: Page) => page.getByTestId('fault-mark');
const markTime = async (page: Page, index: number) => Number(await marks(page).nth(index).getAttribute('data-t'));

test('the fault timeline: add a mark, drag it, move and delete one by keys, undo; the link carries it; a run draws what has happened', async ({ page }) => {
  const d = twoServers([{ tS: 20, action: 'kill', target: 'web-2' }], 0);
  d.sim.durationS = 60;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/${designLink(d)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(marks(page)).toHaveCount(1);
  await expect(marks(page).first()).toHaveAccessibleName('kill web-2 at 20 s');

  // Add: a refused value says why and adds nothing; a good one adds a mark.
  await page.getByTestId('fault-add').click();
  await page.getByTestId('fault-add-action').selectOption('slow');
  await page.getByTestId('fault-add-target').selectOption('web-1');
  await page.getByTestId('fault-add-value').fill('0.5');
  await page.getByTestId('fault-add-time').fill('30');
  await page.getByTestId('fault-add-submit').click();
  await expect(page.getByTestId('fault-add-form').getByRole('alert')).toContainText('factor must be from 1 to 1000 (got 0.5)');
  await expect(marks(page)).toHaveCount(1);
  await page.getByTestId('fault-add-value').fill('4');
  await page.getByTestId('fault-add-submit').click();
  await expect(page.getByTestId('fault-add-form')).toHaveCount(0);
  await expect(marks(page)).toHaveCount(2);
  await expect(marks(page).nth(1)).toHaveAccessibleName('slow web-1 ×4 at 30 s');

  // Drag the new mark to three quarters of the run (45 s).
  const track = (await page.getByTestId('fault-timeline-track').boundingBox())!;
  const mark = (await marks(page).nth(1).boundingBox())!;
  await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width * 0.6, mark.y + mark.height / 2, { steps: 5 });
  await page.mouse.move(track.x + track.width * 0.75, mark.y + mark.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => markTime(page, 1)).toBeGreaterThan(44);
  expect(await markTime(page, 1)).toBeLessThan(46);
  const dragged = await markTime(page, 1);

  // Keys: the first mark 2 s later, then deleted; one undo brings it back, another undoes the keys.
  await marks(page).first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(marks(page).first()).toHaveAccessibleName('kill web-2 at 22 s');
  await expect(page.getByTestId('fault-detail')).toContainText('kill web-2 at 22 s');
  await page.keyboard.press('Delete');
  await expect(marks(page)).toHaveCount(1);
  await expect(page.locator('.react-flow__node')).toHaveCount(5); // the editor's Delete did not fire too
  await page.keyboard.press('Control+z');
  await expect(marks(page)).toHaveCount(2);
  await expect(marks(page).first()).toHaveAccessibleName('kill web-2 at 22 s');

  // The delete button removes the selected mark, and the link carries what is left.
  await marks(page).nth(1).click();
  await page.getByTestId('fault-mark-delete').click();
  await expect(marks(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(marks(page)).toHaveCount(2);
  expect(designInLink(await shareLink(page)).scenario).toEqual([
    { tS: 22, action: 'kill', target: 'web-2' },
    { tS: dragged, action: 'slow', target: 'web-1', factor: 4 },
  ]);
  await page.keyboard.press('Escape');

  // A run: the kill at 22 s is drawn as past once the clock passes it, the slow still ahead.
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('fault-timeline-now')).toBeVisible();
  await expect(marks(page).first()).toHaveAttribute('data-past', 'true', { timeout: 30_000 });
  await expect(eventLog(page)).toContainText('web-2');
  const now = await clock(page);
  if (now < dragged) await expect(marks(page).nth(1)).toHaveAttribute('data-past', 'false');
  await page.screenshot({ path: `${SHOTS}/faults-04-timeline-1366.png` });
  await expect(marks(page).nth(1)).toHaveAttribute('data-past', 'true', { timeout: 30_000 });
});

test('undo of a kill that has just landed, paused at its very second: the run restarts without it and the server is up', async ({ page }) => {
  const d = twoServers([], 0);
  d.sim.durationS = 60;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/${designLink(d)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await page.getByTestId('fault-add').click();
  await page.getByTestId('fault-add-action').selectOption('kill');
  await page.getByTestId('fault-add-target').selectOption('web-2');
  await page.getByTestId('fault-add-time').fill('2');
  await page.getByTestId('fault-add-submit').click();
  await expect(marks(page)).toHaveCount(1);

  // Two steps of a second: paused at 2.0 s, the kill has landed.
  await page.getByTestId('run-step').click();
  await expect.poll(() => clock(page)).toBe(1);
  await page.getByTestId('run-step').click();
  await expect.poll(() => clock(page)).toBe(2);
  await expect(page.getByTestId('node-web-2')).toHaveAttribute('data-health', 'down');

  await page.getByTestId('toolbar-undo').click();
  await expect(marks(page)).toHaveCount(0);
  await expect(page.getByTestId('toast').last()).toContainText('the run restarted (a fault that already happened changed)');
  await expect(page.getByTestId('node-web-2')).not.toHaveAttribute('data-health', 'down');
  await page.getByTestId('run-step').click();
  await page.getByTestId('run-step').click();
  await page.getByTestId('run-step').click();
  await expect.poll(() => clock(page)).toBe(3);
  await expect(page.getByTestId('node-web-2')).not.toHaveAttribute('data-health', 'down');
  // The old run's kill has left the event log (the charts redraw once a second).
  await expect(page.locator('section.sp-event-log')).toContainText('No events yet');
  await page.screenshot({ path: `${SHOTS}/faults-05-undo-landed-kill.png` });
});

test('the fault timeline and its add form fit a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${designLink(twoServers([{ tS: 100, action: 'kill', target: 'web-2' }, { tS: 300, action: 'loss', target: 'db', pct: 20 }]))}&speed=max`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(marks(page)).toHaveCount(2);
  const strip = (await page.getByTestId('fault-timeline').boundingBox())!;
  expect(strip.x).toBeGreaterThanOrEqual(0);
  expect(strip.x + strip.width).toBeLessThanOrEqual(390);
  await page.getByTestId('fault-add').click();
  const form = (await page.getByTestId('fault-add-form').boundingBox())!;
  expect(form.x).toBeGreaterThanOrEqual(0);
  expect(form.x + form.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/faults-05-timeline-add-390.png` });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('fault-add-form')).toHaveCount(0);
  await page.getByTestId('run-start').click();
  await expect(marks(page).first()).toHaveAttribute('data-past', 'true', { timeout: 30_000 });
  await page.screenshot({ path: `${SHOTS}/faults-06-timeline-run-390.png` });
});

test('stage "Retry storm": in the start the errors stay high long after the slowdown ends; in the solution they are gone', async ({ page }) => {
  await page.goto('/#stage=retry-storm');
  await expect(page.getByTestId('stage-title')).toHaveText('Retry storm');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  // The timeline shows the stage's slowdown and its end.
  await expect(marks(page)).toHaveCount(2);
  await expect(marks(page).nth(1)).toHaveAccessibleName('heal db at 25 s');
  await page.getByTestId('run-speed').selectOption('max');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-clock')).toContainText('done', { timeout: 60_000 });
  // The last second of the run, 35 s after the heal: most requests still fail, and retries are most of the load.
  expect(await figure(page, 'figure-errors')).toBeGreaterThan(50);
  expect(await figure(page, 'figure-attempts')).toBeGreaterThan(2 * await figure(page, 'figure-requests'));
  await page.screenshot({ path: `${SHOTS}/faults-07-retry-storm-start.png` });

  await page.getByTestId('stage-solution').click();
  await expect(page.getByTestId('run-start')).toBeVisible();
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-clock')).toContainText('done', { timeout: 60_000 });
  expect(await figure(page, 'figure-errors')).toBeLessThan(1);
  await page.screenshot({ path: `${SHOTS}/faults-08-retry-storm-solution.png` });
});
