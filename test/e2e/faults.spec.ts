import { expect, test, type Page } from '@playwright/test';
import { designLink, flowNode, SHOTS } from './helpers';
import { expectNoCspViolations, watchCsp } from './csp';

test.beforeEach(async ({ page }) => { await watchCsp(page); });
test.afterEach(async ({ page }) => { await expectNoCspViolations(page); });

/** Users who retry → a balancer → two web servers → a database. */
function twoServers(scenario: object[] = [], retries = 2) {
  return {
    version: 2,
    name: 'Faults',
    nodes: [
      { id: 'users', kind: 'client', position: { x: 0, y: 120 }, params: { rps: 200, retries, retryBackoffMs: 50, mix: { static: 0, read: 0.9, write: 0.1, job: 0 } } },
      { id: 'lb', kind: 'loadBalancer', position: { x: 250, y: 120 }, params: {} },
      { id: 'web-1', kind: 'web', position: { x: 500, y: 40 }, params: { workers: 8, serviceMs: 10 } },
      { id: 'web-2', kind: 'web', position: { x: 500, y: 220 }, params: { workers: 8, serviceMs: 10 } },
      { id: 'db', kind: 'database', position: { x: 750, y: 120 }, params: {} },
    ],
    edges: [
      { id: 'e1', source: 'users', target: 'lb' },
      { id: 'e2', source: 'lb', target: 'web-1' },
      { id: 'e3', source: 'lb', target: 'web-2' },
      { id: 'e4', source: 'web-1', target: 'db' },
      { id: 'e5', source: 'web-2', target: 'db' },
    ],
    sim: { seed: 7, durationS: 600, hopLatencyMs: 1 },
    scenario,
  };
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
