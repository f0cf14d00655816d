import { expect, test } from '@playwright/test';
import { designLink, flowNode, SHOTS } from './helpers';
import { expectNoCspViolations, watchCsp } from './csp';

test.beforeEach(async ({ page }) => { await watchCsp(page); });
test.afterEach(async ({ page }) => { await expectNoCspViolations(page); });

/** One pool of three servers behind a balancer; the users' writes are uploads that cost 20× a page. */
const onePool = {
  version: 1,
  name: 'One pool',
  nodes: [
    { id: 'users', kind: 'client', position: { x: 0, y: 160 }, params: { rps: 150, mix: { static: 0, read: 0.8, write: 0.2, job: 0 } },
      routes: [{ name: 'upload', type: 'write', share: 1, cost: 20 }] },
    { id: 'lb', kind: 'loadBalancer', position: { x: 280, y: 160 }, params: { healthCheckS: 1 } },
    { id: 'web-1', kind: 'web', position: { x: 560, y: 0 }, params: { workers: 8, serviceMs: 10 } },
    { id: 'web-2', kind: 'web', position: { x: 560, y: 160 }, params: { workers: 8, serviceMs: 10 } },
    { id: 'web-3', kind: 'web', position: { x: 560, y: 320 }, params: { workers: 16, serviceMs: 10 } },
  ],
  edges: [
    { id: 'e1', source: 'users', target: 'lb' },
    { id: 'e2', source: 'lb', target: 'web-1' },
    { id: 'e3', source: 'lb', target: 'web-2' },
    { id: 'e4', source: 'lb', target: 'web-3' },
  ],
  sim: { seed: 7, durationS: 600, hopLatencyMs: 1 },
  scenario: [],
};

test('split a pool in the editor: set services and a balancer rule, and see charts per service', async ({ page }) => {
  await page.goto(`/${designLink(onePool)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);

  // Before the split the balancer has no service behind it, and the dashboard says so.
  await flowNode(page, 'lb').click();
  await expect(page.getByTestId('service-rules')).toBeVisible();
  await expect(page.getByTestId('rule-uploads')).toHaveCount(0);

  // web-3 joins the uploads service; web-1 and web-2 join pages.
  for (const [id, service] of [['web-3', 'uploads'], ['web-1', 'pages'], ['web-2', 'pages']]) {
    await flowNode(page, id).click();
    await page.getByTestId('param-service').selectOption(service);
    await expect(flowNode(page, id)).toContainText(service);
  }

  // The balancer's rules: pages own reads, uploads own the upload route.
  await flowNode(page, 'lb').click();
  await page.getByTestId('rule-pages-read').check();
  await page.getByTestId('rule-uploads-routes').fill('upload');
  await page.getByTestId('rule-uploads-routes').press('Enter');
  await expect(page.getByTestId('rule-uploads-routes')).toHaveValue('upload');
  // Giving reads to a second service is refused, with the reason beside the rules.
  await page.getByTestId('rule-uploads-read').click();
  await expect(page.getByTestId('rule-error')).toContainText('type read is given to both pages and uploads');
  await expect(page.getByTestId('rule-uploads-read')).not.toBeChecked();
  await page.screenshot({ path: `${SHOTS}/services-01-rules.png` });

  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  const latency = page.locator('.sp-chart-panel[data-panel="service-latency"]');
  const throughput = page.locator('.sp-chart-panel[data-panel="service-throughput"]');
  await latency.scrollIntoViewIfNeeded();
  // One line per service, named in the legend, drawn once a few seconds have run.
  await expect(latency.locator('path.sp-line')).toHaveCount(2);
  await expect(latency).toContainText('pages p99');
  await expect(latency).toContainText('uploads p99');
  await expect(latency.locator('path.sp-line').first()).toHaveAttribute('d', /^M.*L/);
  await expect(throughput).toContainText('pages');
  await expect(throughput).toContainText('uploads');
  await latency.screenshot({ path: `${SHOTS}/services-02-latency.png` });
  await page.screenshot({ path: `${SHOTS}/services-03-dashboard.png` });
});
