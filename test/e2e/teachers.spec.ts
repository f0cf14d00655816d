import { expect, test } from '@playwright/test';
import { flowNode, SHOTS } from './helpers';

test('a teacher makes a stage from the canvas, shares its link; a learner opens it fresh, fails it, then passes it', async ({ page, browser }) => {
  // The teacher starts from stage 3's start, with its solution one Redo away.
  await page.goto('/#stage=3');
  await expect(flowNode(page, 'web-1')).toBeVisible();
  await page.getByTestId('stage-solution').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);

  await page.getByTestId('stage-all').click();
  await page.getByTestId('stage-make').click();
  const form = page.getByTestId('stage-form');
  await expect(form).toBeVisible();
  await page.getByTestId('form-title').fill('Survive a crash');
  await page.getByTestId('form-id').fill('survive-a-crash');
  // Live validation names the field, and clears once it is fixed.
  await page.getByTestId('form-explanation').fill('Try <b>this</b>');
  await expect(page.getByTestId('form-validation')).toContainText('explanation holds HTML');
  await page.getByTestId('form-explanation').fill('Add a **second** web server behind a `loadBalancer`.\n\n- web-1 dies at 21 s');
  await page.getByTestId('form-goal-max').fill('0.03');
  await page.getByTestId('form-goal-label').fill('Fail at most 3% of requests when web-1 dies');
  await page.getByTestId('form-fault-add').click();
  await page.getByTestId('form-fault-time').fill('21');
  await page.getByTestId('form-fault-target').fill('web-1');
  await page.getByTestId('form-seed').fill('3');
  await expect(page.getByTestId('form-validation')).toHaveText('Ready: the stage is valid.');

  // The solution: the canvas after Redo.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await page.getByTestId('form-use-solution').click();
  await expect(page.getByTestId('form-solution-state')).toContainText('6 components');

  // The preview runs the Check: the start fails, the solution passes.
  await page.getByTestId('form-preview').click();
  await expect(page.getByTestId('form-preview-start')).toHaveAttribute('data-passed', 'false', { timeout: 30_000 });
  await expect(page.getByTestId('form-preview-solution')).toHaveAttribute('data-passed', 'true');
  await page.getByTestId('form-share').click();
  const link = await page.getByTestId('form-share-url').inputValue();
  expect(link).toMatch(/#stage-def=[A-Za-z0-9+\-$]+$/);
  await page.screenshot({ path: `${SHOTS}/teachers-01-form.png` });

  // A learner, in a browser that has never seen the app.
  const learner = await browser.newContext();
  const other = await learner.newPage();
  await other.goto(link);
  await expect(other.getByTestId('stage-title')).toHaveText('Survive a crash');
  await expect(other.getByTestId('stage-where')).toContainText('Teacher’s stage 1 of 1');
  await expect(other.locator('.stage-text strong')).toHaveText('second');
  await expect(other.locator('.react-flow__node')).toHaveCount(4);
  expect(new URL(other.url()).hash).toBe('');

  await other.getByTestId('stage-check').click();
  await expect(other.getByTestId('stage-verdict')).toContainText('1 of 1 goals not met yet', { timeout: 30_000 });
  await other.getByTestId('stage-solution').click();
  await expect(other.locator('.react-flow__node')).toHaveCount(6);
  await other.getByTestId('stage-check').click();
  await expect(other.getByTestId('stage-verdict')).toContainText('Passed', { timeout: 30_000 });
  await other.screenshot({ path: `${SHOTS}/teachers-02-learner-passed.png` });

  // The stage and its progress stay in the learner's browser.
  await other.reload();
  await expect(other.getByTestId('stage-title')).toHaveText('Survive a crash');
  await other.getByTestId('stage-all').click();
  await expect(other.getByTestId('custom-stage-open').locator('[aria-label="passed"]')).toBeVisible();
  await learner.close();
});

test('a hostile stage link is refused with the field named, and the canvas is left alone', async ({ page }) => {
  await page.goto('/#stage=1');
  await expect(flowNode(page, 'web-1')).toBeVisible();
  const count = await page.locator('.react-flow__node').count();
  await page.goto('/#stage-def=N4IgLgpgtgzgBAZQ');
  await expect(page.getByTestId('banner')).toContainText('This stage link could not be opened. Your design is unchanged.');
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
});
