import { expect, test } from '@playwright/test';
import { SHOTS } from './helpers';

test.use({ viewport: { width: 1600, height: 1000 } });

test('a prediction before Check: refused when it is not a number, then scored against the result and kept after a reload', async ({ page }) => {
  await page.goto('/#stage=3');
  await expect(page.getByTestId('stage-title')).toBeVisible();
  const value = page.getByTestId('stage-prediction-value');
  await value.fill('soon');
  await expect(page.getByTestId('stage-prediction').getByRole('alert')).toHaveText('A prediction of p99 latency is a number of ms from 0 to 600,000.');
  await value.fill('200');
  await expect(page.getByTestId('stage-prediction').getByRole('alert')).toHaveCount(0);
  await page.getByTestId('stage-check').click();
  const result = page.getByTestId('stage-prediction-result');
  await expect(result).toHaveText(/^You predicted p99 latency 200 ms; the Check measured [\d,.]+ ms: /, { timeout: 120_000 });
  await page.screenshot({ path: `${SHOTS}/prediction-01-result.png` });
  const text = await result.textContent();
  await page.reload();
  await expect(page.getByTestId('stage-prediction-result')).toHaveText(text!);
});
