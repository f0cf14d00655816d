import { expect, test } from '@playwright/test';
import { flowNode, SHOTS } from './helpers';
import { expectNoCspViolations, watchCsp } from './csp';

test.beforeEach(async ({ page }) => { await watchCsp(page); });
test.afterEach(async ({ page }) => { await expectNoCspViolations(page); });

test('stage "Partial failure": two regions in the start; the solution plays the sick store and the cut, and its breakers open on media-db only', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#stage=partial-failure');
  await expect(page.getByTestId('stage-title')).toHaveText('Partial failure');
  await expect(flowNode(page, 'dc-us')).toBeVisible();
  await expect(flowNode(page, 'dc-eu')).toBeVisible();
  await expect(flowNode(page, 'web-6')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/partial-failure-01-start-1366.png` });

  await page.getByTestId('stage-solution').click();
  await expect(flowNode(page, 'media-db')).toBeVisible();
  await expect(flowNode(page, 'db-eu')).toBeVisible();
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  // The uploads store's loss opens the uploads servers' breakers on it, and only on it.
  await expect(flowNode(page, 'web-3').getByTestId('live-badge')).toContainText('breaker open: media-db', { timeout: 30_000 });
  await expect(page.locator('.react-flow__edge[data-id="e-web-3-media-db"]')).toHaveClass(/breaker-open/);
  // No other edge is drawn with a breaker: the same servers' other calls, and every page server's, flow.
  const withBreaker = await page.locator('.react-flow__edge.breaker-open, .react-flow__edge.breaker-half-open').evaluateAll((edges) => edges.map((e) => e.getAttribute('data-id')));
  expect(withBreaker.length).toBeGreaterThan(0);
  expect(withBreaker.filter((id) => !id?.endsWith('-media-db'))).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/partial-failure-02-solution-breakers-1366.png` });
});

test('stage "Partial failure" fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#stage=partial-failure');
  await expect(page.getByTestId('stage-title')).toHaveText('Partial failure');
  await page.screenshot({ path: `${SHOTS}/partial-failure-03-stage-390.png` });
});
