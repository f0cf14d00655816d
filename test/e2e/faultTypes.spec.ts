/**
 * Every fault type, by scenario and by click, seen in the charts: one page per type. Each page
 * steps the run a second at a time (paused, so every figure is the second just played and the
 * machine's load does not matter), lands the fault from the design's scenario (share link, or the
 * timeline's add form during the run), then injects it again from the inspector's fault menu, and
 * heals it by click. The timeline draws the clicked faults as rings where they were applied, and
 * an edit of its future marks during the run applies without restarting it.
 */
import { expect, test, type Page } from '@playwright/test';
import { designLink, flowNode, SHOTS, twoServersDesign } from './helpers';
import { expectNoCspViolations, watchCsp } from './csp';

// Each page steps its run a second a click and reads charts: generous on a busy machine.
test.describe.configure({ timeout: 150_000 });
test.beforeEach(async ({ page }) => { await watchCsp(page); await page.setViewportSize({ width: 1366, height: 768 }); });
test.afterEach(async ({ page }) => { await expectNoCspViolations(page); });

const MIX = { static: 0, read: 0.8, write: 0.2, job: 0 };

/** Users → a balancer → two web servers → a database, on a 120 s run. */
function twoServers(scenario: object[] = []) {
  return twoServersDesign('Fault types', { rps: 200, mix: MIX }, 120, scenario);
}

/** Two data centers: the site and its primary in the east, a replica of it in the west. */
function twoRegions(scenario: object[] = []) {
  return {
    version: 2,
    name: 'Two regions',
    nodes: [
      { id: 'users', kind: 'client', position: { x: 0, y: 50 }, params: { rps: 200, mix: MIX } },
      { id: 'dc-east', kind: 'dataCenter', label: 'East', position: { x: 250, y: 0 }, size: { width: 720, height: 160 }, params: { region: 'us-east' } },
      { id: 'dc-west', kind: 'dataCenter', label: 'West', position: { x: 250, y: 220 }, size: { width: 720, height: 160 }, params: { region: 'eu-west' } },
      { id: 'lb', kind: 'loadBalancer', parent: 'dc-east', position: { x: 30, y: 50 }, params: {} },
      { id: 'web', kind: 'web', parent: 'dc-east', position: { x: 270, y: 50 }, params: { workers: 8, serviceMs: 10 } },
      { id: 'db', kind: 'database', parent: 'dc-east', position: { x: 510, y: 50 }, params: { role: 'primary' } },
      { id: 'db-west', kind: 'database', parent: 'dc-west', position: { x: 510, y: 50 }, params: { role: 'replica' } },
    ],
    edges: [
      { id: 'e1', source: 'users', target: 'lb' },
      { id: 'e2', source: 'lb', target: 'web' },
      { id: 'e3', source: 'web', target: 'db' },
      { id: 'e4', source: 'db', target: 'db-west', kind: 'replication' },
    ],
    sim: { seed: 7, durationS: 120, hopLatencyMs: 1 },
    scenario,
  };
}

async function clock(page: Page): Promise<number> {
  const text = (await page.getByTestId('run-clock').textContent()) ?? '';
  return Number(/t = ([\d.]+) s/.exec(text)?.[1] ?? Number.NaN);
}

/** Steps the paused run to `toS` simulated seconds, a second a click, and waits for the clock to get there. */
async function stepTo(page: Page, toS: number): Promise<void> {
  const from = page.getByTestId('run-clock').getAttribute('data-status').then(async (s) => (s === 'paused' ? clock(page) : 0));
  for (let t = Math.round(await from); t < toS; t++) await page.getByTestId('run-step').click();
  await expect.poll(() => clock(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(toS);
}

const panel = (page: Page, id: string) => page.locator(`section[data-panel="${id}"]`);
const eventLog = (page: Page) => page.getByRole('log');
const badge = (page: Page, id: string) => flowNode(page, id).getByTestId('live-badge');
/** The Failure causes panel's row headers (the causes in words), most failures first. */
const causes = (page: Page) => panel(page, 'causes').getByRole('rowheader');

/**
 * A chart's value for one series at the last second it has: the pointer over the right end of its
 * plot shows the tooltip of the nearest second. Returns [second, value].
 */
async function chartValue(page: Page, panelId: string, series: string): Promise<[number, number]> {
  const svg = panel(page, panelId).locator('svg.sp-chart-svg');
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  const rightAxis = (await svg.getAttribute('aria-label'))?.includes(' and ') ?? false;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width - (rightAxis ? 46 : 18), box.y + box.height / 2);
  const tip = panel(page, panelId).locator('.sp-chart-tooltip');
  if ((await tip.count()) === 0) return [Number.NaN, Number.NaN];
  const text = (await tip.textContent()) ?? '';
  const second = Number(/t = ([\d.]+) s/.exec(text)?.[1] ?? Number.NaN);
  const line = (await tip.locator('div').filter({ hasText: `${series}:` }).first().textContent()) ?? '';
  const value = /:\s*([\d.,]+)\s*(k)?/.exec(line);
  return [second, value ? Number(value[1].replace(/,/g, '')) * (value[2] === 'k' ? 1000 : 1) : Number.NaN];
}

/** Polls a chart's latest value (at `fromS` or later) until it passes `check`. */
async function expectChart(page: Page, panelId: string, series: string, fromS: number, check: (v: number) => boolean) {
  await expect.poll(async () => {
    const [second, value] = await chartValue(page, panelId, series);
    return second >= fromS && check(value) ? 'ok' : `${series} at ${second} s: ${value}`;
  }, { timeout: 20_000, message: `${panelId} chart, ${series}` }).toBe('ok');
}

/** Selects a node; a data center by its title bar, since its middle holds its members. */
async function select(page: Page, node: string) {
  await flowNode(page, node).click(node.startsWith('dc-') ? { position: { x: 40, y: 12 } } : {});
  await expect(page.getByTestId('fault-menu')).toBeVisible();
}

/** Picks a fault from the node's fault menu and applies it (the run must be going). */
async function clickFault(page: Page, node: string, action: string, value?: string, peer?: string) {
  await select(page, node);
  const menu = page.getByTestId('fault-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  await page.getByTestId('fault-action').selectOption(action);
  if (value !== undefined) await page.getByTestId('fault-value').fill(value);
  if (peer !== undefined) await page.getByTestId('fault-peer').selectOption(peer);
  await page.getByTestId('fault-apply').click();
}

async function clickHeal(page: Page, node: string) {
  await select(page, node);
  const menu = page.getByTestId('fault-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  await page.getByTestId('fault-heal').click();
}

const rings = (page: Page) => page.getByTestId('fault-live');

async function open(page: Page, design: object, nodes: number) {
  await page.goto(`/${designLink(design)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
}

test('slow: from the scenario and by click, each in the latency chart; heal from the scenario and by click', async ({ page }) => {
  await open(page, twoServers([{ tS: 2, action: 'slow', target: 'web-1', factor: 30 }, { tS: 8, action: 'heal', target: 'web-1' }]), 5);
  await stepTo(page, 5);
  await expect(badge(page, 'web-1')).toContainText('slow ×30');
  await expectChart(page, 'latency', 'p99', 4, (ms) => ms > 150);
  await stepTo(page, 10);
  await expect(eventLog(page)).toContainText('web-1 healed: its faults are over');
  await expect(badge(page, 'web-1')).not.toContainText('slow');

  await clickFault(page, 'web-2', 'slow', '30');
  await stepTo(page, 14);
  await expect(badge(page, 'web-2')).toContainText('slow ×30');
  await expectChart(page, 'latency', 'p99', 13, (ms) => ms > 150);
  await expect(rings(page)).toHaveCount(1);
  await expect(rings(page).first()).toHaveAttribute('data-action', 'slow');
  await expect(rings(page).first()).toHaveAccessibleName('slow web-2 ×30, applied from the inspector at 10 s');
  await page.screenshot({ path: `${SHOTS}/fault-types-01-slow.png` });
  await clickHeal(page, 'web-2');
  await stepTo(page, 20);
  await expect(badge(page, 'web-2')).not.toContainText('slow');
  await expectChart(page, 'latency', 'p99', 19, (ms) => ms < 100);
  await expect(rings(page)).toHaveCount(2);
});

test('loss: from the scenario and by click, each in the error rate', async ({ page }) => {
  await open(page, twoServers([{ tS: 2, action: 'loss', target: 'db', pct: 30 }]), 5);
  await stepTo(page, 5);
  await expect(badge(page, 'db')).toContainText('loss 30%');
  await expect(eventLog(page)).toContainText('db lossy: 30% of the requests sent to it fail');
  await expectChart(page, 'throughput', 'errors (%)', 4, (pct) => pct > 15 && pct < 45);
  // The Failure causes panel names the loss, with every failure so far.
  await expect(causes(page).first()).toHaveText('lost (loss fault)');
  await expect(panel(page, 'causes').getByRole('row').filter({ hasText: 'lost (loss fault)' })).toContainText('100%');
  // And the chart beside it, second by second: the loss's share of the requests.
  await expectChart(page, 'cause-series', 'lost (loss fault)', 4, (pct) => pct > 15 && pct < 45);
  await clickHeal(page, 'db');
  await stepTo(page, 8);
  await expectChart(page, 'throughput', 'errors (%)', 7, (pct) => pct < 1);

  await clickFault(page, 'db', 'loss', '70');
  await stepTo(page, 11);
  await expect(badge(page, 'db')).toContainText('loss 70%');
  await expectChart(page, 'throughput', 'errors (%)', 10, (pct) => pct > 55);
  await expect(rings(page)).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/fault-types-02-loss.png` });
  await panel(page, 'causes').getByRole('table').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(causes(page).first()).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/fault-types-02-loss-causes-1366.png` });
  // On a phone the panel's table fits the screen's width.
  await page.setViewportSize({ width: 390, height: 844 });
  const sheetTab = page.getByTestId('sheet-tab-dashboard');
  if ((await sheetTab.getAttribute('aria-pressed')) !== 'true') await sheetTab.click();
  await expect(page.getByTestId('sheet-dashboard')).toBeVisible();
  await panel(page, 'causes').scrollIntoViewIfNeeded();
  await expect(causes(page).first()).toBeVisible();
  const table = (await panel(page, 'causes').getByRole('table').boundingBox())!;
  expect(table.x).toBeGreaterThanOrEqual(0);
  expect(table.x + table.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/fault-types-02-loss-causes-390.png` });
});

test('partition: from the scenario and by click, each in the replica lag as it grows and once it heals', async ({ page }) => {
  // While the partition holds the replica's writes, the lag series is the age of its oldest write
  // not applied; the held ones land late when it heals (docs/faults.md, "Partitions").
  await open(page, twoRegions([{ tS: 2, action: 'partition', target: 'dc-east', peer: 'dc-west' }, { tS: 8, action: 'heal', target: 'dc-east' }]), 7);
  await stepTo(page, 5);
  const cut = eventLog(page).getByText('partition between dc-east and dc-west: calls between them time out');
  await expect(cut).toHaveCount(1);
  await expectChart(page, 'replicas', 'replica lag (ms)', 5, (ms) => ms > 2000);
  await stepTo(page, 9);
  // The reads sent to the cut-off replica fail when their caller gives up: the Failure causes panel says so.
  await expect(causes(page).first()).toHaveText('timed out in a partition');
  await expectChart(page, 'cause-series', 'timed out in a partition', 9, (pct) => pct > 5);
  await expect(eventLog(page)).toContainText('partition between dc-east and dc-west healed: replication catches up');
  await expectChart(page, 'replicas', 'replica lag (ms)', 9, (ms) => ms > 2000);
  await stepTo(page, 12);
  await expectChart(page, 'replicas', 'replica lag (ms)', 12, (ms) => ms < 500);

  await clickFault(page, 'dc-east', 'partition', undefined, 'dc-west');
  await expect(page.getByTestId('fault-now')).toHaveText('Now: partitioned from dc-west', { timeout: 15_000 });
  await stepTo(page, 17);
  await expect(cut).toHaveCount(2);
  await expect(rings(page).first()).toHaveAttribute('data-action', 'partition');
  await clickHeal(page, 'dc-east');
  await stepTo(page, 18);
  await expectChart(page, 'replicas', 'replica lag (ms)', 18, (ms) => ms > 1500);
  await expect(rings(page)).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/fault-types-03-partition.png` });
});

test('flap: from the scenario and by click, each in the error rate and the log', async ({ page }) => {
  await open(page, twoServers([{ tS: 2, action: 'flap', target: 'web-2', periodS: 4 }]), 5);
  await stepTo(page, 3);
  await expect(badge(page, 'web-2')).toHaveText('down · flapping every 4 s');
  await expect(eventLog(page)).toContainText('web-2 flapping: down, then up, every 4 s');
  await expectChart(page, 'throughput', 'errors (%)', 2, (pct) => pct > 1);
  await stepTo(page, 7);
  await expect(eventLog(page)).toContainText('web-2 back up');
  await expect(badge(page, 'web-2')).toContainText('flapping every 4 s');
  await clickHeal(page, 'web-2');

  // The second just after the click: web-1 is down and its balancer has not seen it yet.
  await clickFault(page, 'web-1', 'flap', '6');
  await stepTo(page, 8);
  await expect(badge(page, 'web-1')).toHaveText('down · flapping every 6 s');
  await expect(page.getByTestId('fault-now')).toContainText('flapping every 6 s');
  await expect(eventLog(page)).toContainText('web-1 flapping: down, then up, every 6 s');
  await expectChart(page, 'throughput', 'errors (%)', 8, (pct) => pct > 1);
  await expect(rings(page).nth(1)).toHaveAttribute('data-action', 'flap');
  await page.screenshot({ path: `${SHOTS}/fault-types-04-flap.png` });
});

const marks = (page: Page) => page.getByTestId('fault-mark');

test('the timeline during a run: a fault added with the form lands without a restart; history is locked; a mark moved into the past goes to now', async ({ page }) => {
  await open(page, twoServers([{ tS: 3, action: 'kill', target: 'web-2' }, { tS: 40, action: 'restore', target: 'web-2' }]), 5);
  await stepTo(page, 5);
  await expect(marks(page).first()).toHaveAttribute('data-past', 'true');

  // Add a loss at 8 s with the form: the run goes on (no restart), and the loss lands at 8 s.
  await page.getByTestId('fault-add').click();
  await page.getByTestId('fault-add-action').selectOption('loss');
  await page.getByTestId('fault-add-target').selectOption('db');
  await page.getByTestId('fault-add-value').fill('50');
  await page.getByTestId('fault-add-time').fill('8');
  await page.getByTestId('fault-add-submit').click();
  await expect(marks(page)).toHaveCount(3);
  expect(await clock(page)).toBeGreaterThanOrEqual(5);
  await stepTo(page, 10);
  await expect(eventLog(page)).toContainText('db lossy: 50% of the requests sent to it fail');
  await expectChart(page, 'throughput', 'errors (%)', 9, (pct) => pct > 35);
  await expect(page.getByText('the run restarted')).toHaveCount(0);

  // The kill at 3 s has happened: it cannot be deleted while the run goes on.
  const kill = marks(page).first();
  await expect(kill).toHaveAttribute('aria-disabled', 'true');
  await kill.focus();
  await page.keyboard.press('Delete');
  await expect(page.getByText('That fault already happened in this run: reset the run to change it.')).toBeVisible();
  await expect(page.getByTestId('fault-mark-delete')).toBeDisabled();
  await expect(marks(page)).toHaveCount(3);

  // The restore at 40 s, moved with Home to 0 s, goes to now and lands at once.
  await marks(page).nth(1).focus();
  await page.keyboard.press('Home');
  await expect(page.getByText(/the fault was placed at 10 s, now, and lands at once/)).toBeVisible();
  await stepTo(page, 12);
  await expect(eventLog(page)).toContainText('web-2 back up');
  await expect(badge(page, 'web-2')).not.toContainText('down');
  await expect(page.getByText('the run restarted')).toHaveCount(0);
  expect(await clock(page)).toBeGreaterThanOrEqual(12);
  await page.screenshot({ path: `${SHOTS}/fault-types-05-timeline-live-edit-1366.png` });

  // A reset makes every mark editable again.
  await page.getByTestId('run-reset').click();
  await expect(marks(page).first()).not.toHaveAttribute('aria-disabled', 'true');
  await expect(rings(page)).toHaveCount(0);
});

test('the timeline on a phone: the clicked fault\'s ring and the locked past mark fit', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, twoServers([{ tS: 2, action: 'slow', target: 'web-1', factor: 5 }]), 5);
  await stepTo(page, 4);
  // K kills the selected node during a run, like the inspector's Kill: a ring on the timeline.
  await flowNode(page, 'web-2').click();
  await page.keyboard.press('k');
  await expect(rings(page)).toHaveCount(1);
  await expect(rings(page).first()).toHaveAttribute('data-action', 'kill');
  const strip = (await page.getByTestId('fault-timeline').boundingBox())!;
  expect(strip.x + strip.width).toBeLessThanOrEqual(390);
  await expect(marks(page).first()).toHaveAttribute('aria-disabled', 'true');
  await page.screenshot({ path: `${SHOTS}/fault-types-06-timeline-390.png` });
});
