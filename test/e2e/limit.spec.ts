import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { SHOTS } from './helpers';

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
  await expect(page.getByTestId('limit-chart').locator('.recharts-wrapper')).toHaveCount(2);
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
  // Both sweeps are drawn: a knee line per sweep on each chart (and the p99 target), five lines a sweep.
  await expect(page.getByTestId('limit-chart').locator('.recharts-reference-line')).toHaveCount(5);
  await expect(page.getByTestId('limit-chart').locator('.recharts-line')).toHaveCount(10);
  await expectNoSeriousA11yViolations(page, 'the Find the limit dialog');
  await page.screenshot({ path: `${SHOTS}/limit-02-before-after.png`, fullPage: true });
});

test('Cancel stops a sweep and says so', async ({ page }) => {
  await page.goto('/#stage=3');
  await expect(page.getByTestId('stage-title')).toBeVisible();
  await sweepNow(page);
  await page.getByTestId('limit-cancel').click();
  await expect(page.getByTestId('limit-message')).toHaveText('Cancelled: the sweep was stopped.');
  await expect(page.getByTestId('limit-run')).toBeVisible();
});
