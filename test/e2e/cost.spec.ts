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
