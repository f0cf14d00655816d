import { expect, test } from '@playwright/test';
import { flowNode, SHOTS } from './helpers';

const budgetGoal = (page: import('@playwright/test').Page) =>
  page.locator('[data-testid="goal"]').filter({ hasText: 'Stay within $2,000 a month' });

test('a size picked in the inspector moves the price, the curve and the run’s cost; stage 1’s budget passes and fails', async ({ page }) => {
  await page.goto('/#stage=1');
  await expect(page.getByTestId('stage-title')).toHaveText('One server does everything');
  await page.getByTestId('stage-solution').click();
  await expect(flowNode(page, 'web-1')).toBeVisible();

  // The solution's web-1 is a custom pool of 8 workers, priced as the 8-vCPU box.
  await flowNode(page, 'web-1').click();
  await expect(page.getByTestId('node-price')).toContainText('Custom, priced as m7i.2xlarge');
  await expect(page.getByTestId('usl-marker')).toHaveAttribute('data-size', 'm7i.2xlarge');

  // A run shows what it costs; the inspector shows web-1's share of it.
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('figure-cost')).toContainText('/mo');
  await expect(page.getByTestId('figure-cost-per-million')).toContainText('$');
  await expect(page.getByTestId('node-cost-share')).toContainText('an hour');
  const before = await page.getByTestId('figure-cost').locator('dd').textContent();

  // The largest box: the price, the marker and the caption move at once; the run's cost climbs.
  await page.getByTestId('param-size').selectOption('m7i.48xlarge');
  await expect(page.getByTestId('node-price')).toContainText('m7i.48xlarge (192 vCPU, 768 GiB): $9.68 an hour');
  await expect(page.getByTestId('usl-marker')).toHaveAttribute('data-size', 'm7i.48xlarge');
  await expect(page.getByTestId('usl-caption')).toContainText('m7i.48xlarge does 89.8 vCPUs’ worth');
  await expect.poll(async () => page.getByTestId('figure-cost').locator('dd').textContent(), { timeout: 20_000 }).not.toBe(before);
  await page.screenshot({ path: `${SHOTS}/cost-01-largest-box.png` });
  await page.getByTestId('run-reset').click();

  // The Check: the largest box blows the budget, and the goal says which node costs most.
  await page.getByTestId('stage-check').click();
  await expect(page.getByTestId('stage-verdict')).toContainText('goals not met yet', { timeout: 30_000 });
  await expect(budgetGoal(page)).toHaveAttribute('data-state', 'failed');
  await expect(budgetGoal(page)).toContainText('web-1 is');
  await page.screenshot({ path: `${SHOTS}/cost-02-over-budget.png` });

  // The 8-vCPU box carries the load within budget.
  await flowNode(page, 'web-1').click();
  await page.getByTestId('param-size').selectOption('m7i.2xlarge');
  await expect(page.getByTestId('usl-marker')).toHaveAttribute('data-size', 'm7i.2xlarge');
  await page.getByTestId('stage-check').click();
  await expect(page.getByTestId('stage-verdict')).toContainText('Passed', { timeout: 30_000 });
  await expect(budgetGoal(page)).toHaveAttribute('data-state', 'passed');
});

const dollars = async (page: import('@playwright/test').Page, testId: string): Promise<number> =>
  Number((await page.getByTestId(testId).textContent())!.replace(/[^\d.]/g, ''));

test('the gallery’s three ways read off their cards; Compare puts two side by side in dollars; the sweep prices each load', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.getByTestId('toolbar-gallery').click();
  const figures = (id: string) => `gallery-figures-three-ways-${id}`;
  // The engine runs the three in the Compare worker; the cards fill in when it answers.
  for (const id of ['up', 'out', 'cached']) {
    await expect(page.getByTestId(`${figures(id)}-monthly`)).toHaveText(/^\$[\d,]+\/mo$/, { timeout: 90_000 });
    await expect(page.getByTestId(`${figures(id)}-p99`)).toHaveText(/ms$/);
  }
  const [up, out, cached] = await Promise.all(['up', 'out', 'cached'].map((id) => dollars(page, `${figures(id)}-monthly`)));
  expect(up).toBeGreaterThan(out);
  expect(out).toBeGreaterThan(cached);
  const [p99Up, p99Out] = await Promise.all(['up', 'out'].map((id) => dollars(page, `${figures(id)}-p99`)));
  expect(p99Up).toBeGreaterThan(p99Out);
  await page.getByTestId('gallery').locator('section').first().screenshot({ path: `${SHOTS}/cost-03-three-ways.png` });

  // Open the huge box and Compare it with the cached shape: B is cheaper, a month and per request.
  await page.getByTestId('gallery-three-ways-up').click();
  await expect(flowNode(page, 'web-1')).toBeVisible();
  await page.getByTestId('toolbar-compare').click();
  await page.getByTestId('compare-choice').selectOption('three-ways-cached');
  await page.getByTestId('compare-run').click();
  const table = page.getByTestId('compare-table');
  for (const label of ['Monthly cost', 'Cost per 1M requests', 'p99 latency']) {
    await expect(table.locator('tr').filter({ hasText: label }).locator('td.compare__b')).toHaveClass(/compare__b--better/, { timeout: 60_000 });
  }
  await expect(table.locator('tr').filter({ hasText: 'Monthly cost' }).locator('td').first()).toHaveText(`$${up.toLocaleString('en-US')}/mo`);
  await page.getByTestId('compare').screenshot({ path: `${SHOTS}/cost-04-compare.png` });
  await page.getByTestId('compare').getByRole('button', { name: 'Close' }).click();

  // The sweep of stage 1's one server: every load priced, and the knee's price named.
  await page.goto('/#stage=1');
  await page.getByTestId('stage-solution').click();
  await page.getByTestId('toolbar-limit').click();
  await page.getByTestId('limit-run').click();
  await expect(page.getByTestId('limit-knee-cost')).toContainText('per 1M requests', { timeout: 120_000 });
  const rows = page.getByTestId('limit-table').locator('tbody tr');
  await expect(rows).toHaveCount(12);
  await expect(rows.first().locator('td').nth(4)).toHaveText(/^\$[\d,.]+\/mo$/);
  // One box paid for whatever the load: the lightest load pays the most per request.
  const perMillion = async (i: number) => Number((await rows.nth(i).locator('td').nth(5).textContent())!.replace(/[^\d.]/g, ''));
  expect(await perMillion(0)).toBeGreaterThan(await perMillion(3));
  await expect(page.getByTestId('limit-chart').locator('.recharts-wrapper')).toHaveCount(3);
  await page.getByTestId('limit').screenshot({ path: `${SHOTS}/cost-05-sweep.png` });
});
