import { expect, test } from '@playwright/test';
import { flowNode, SHOTS } from './helpers';

test('open a ready design from the gallery, tidy it, and compare it with another', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('toolbar-gallery').click();
  await expect(page.getByTestId('gallery')).toBeVisible();
  // Every card has a picture and its line of description.
  await expect(page.locator('.gallery__card')).toHaveCount(19);
  await expect(page.locator('.gallery__card svg.design-thumbnail')).toHaveCount(19);
  await page.screenshot({ path: `${SHOTS}/gallery-01.png` });
  await page.getByTestId('gallery-global-site').click();
  await expect(page.getByTestId('gallery')).not.toBeVisible();
  await expect(flowNode(page, 'dc-eu')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(18);

  // Tidy: nodes move, data-center members stay inside their data center; Undo puts them back.
  const memberBox = async () => {
    const [m, g] = [await flowNode(page, 'web-1-eu-west').boundingBox(), await flowNode(page, 'dc-eu').boundingBox()];
    return { inside: m!.x >= g!.x && m!.y >= g!.y && m!.x + m!.width <= g!.x + g!.width + 1 && m!.y + m!.height <= g!.y + g!.height + 1 };
  };
  const saved = await page.evaluate(() => localStorage.getItem('scale-playground:autosave:v1'));
  await page.getByTestId('canvas-tidy').click();
  await expect(page.getByTestId('toast').last()).toContainText('Tidied');
  expect(await memberBox()).toEqual({ inside: true });
  await page.screenshot({ path: `${SHOTS}/gallery-02-tidied.png` });
  // The autosave is debounced: wait for the tidied design to land rather than reading it at once.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('scale-playground:autosave:v1'))).not.toBe(saved);

  // Compare with a ready design: one table, both columns.
  await page.getByTestId('toolbar-compare').click();
  await page.getByTestId('compare-choice').selectOption('social-feed');
  await page.getByTestId('compare-run').click();
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.locator('tbody tr').first()).toContainText('Throughput');
  await expect(table.locator('thead')).toContainText('B: Social feed');
  await page.screenshot({ path: `${SHOTS}/gallery-03-compare.png` });
});
