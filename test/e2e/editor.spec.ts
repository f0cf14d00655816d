import { expect, test } from '@playwright/test';
import { connect, dragFromPalette, flowNode, SHOTS, waitForAutosave } from './helpers';

test('build, edit, undo, autosave, share, and survive a broken link', async ({ page, browser }) => {
  await page.goto('/');
  await expect(page.getByTestId('empty-hint')).toContainText('Drag Users and a Web server from the left to begin');
  await page.screenshot({ path: `${SHOTS}/01-empty.png` });

  // Drag three components from the palette onto the canvas.
  await dragFromPalette(page, 'client', 140, 260);
  await dragFromPalette(page, 'web', 420, 260);
  await dragFromPalette(page, 'database', 700, 260);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.getByTestId('empty-hint')).toHaveCount(0);
  await expect(flowNode(page, 'users-1')).toContainText('Users 1');

  // Wire them with the mouse: handle to handle.
  await connect(page, 'users-1', 'web-1');
  await connect(page, 'web-1', 'db-1');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  // With one web server and one database, both are single points of failure.
  await expect(flowNode(page, 'web-1').getByTestId('spof-marker')).toBeVisible();
  await expect(flowNode(page, 'web-1').getByTestId('spof-marker')).toHaveAttribute('title', /If Web server 1 fails/);

  // A connection that makes no sense is refused with the reason.
  await connect(page, 'db-1', 'users-1', { refused: true });
  await expect(page.getByTestId('toast')).toContainText('nothing connects into them');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/02-wired-and-refused.png` });

  // Edit a parameter: an invalid value is refused beside the field, a valid one is committed.
  await flowNode(page, 'web-1').click();
  const workers = page.getByTestId('param-workers');
  await expect(workers).toHaveValue('8');
  await workers.fill('5000');
  await expect(page.getByTestId('error-workers')).toContainText('Must be from 1 to 1,000');
  await page.screenshot({ path: `${SHOTS}/03-invalid-param.png` });
  await workers.fill('24');
  await expect(page.getByTestId('error-workers')).toHaveCount(0);
  await expect(flowNode(page, 'web-1')).toContainText('24 workers');

  // Undo / redo from the keyboard (focus on the canvas, not in a field).
  await page.locator('.react-flow__pane').click({ position: { x: 60, y: 500 } });
  await page.keyboard.press('Control+z');
  await expect(flowNode(page, 'web-1')).toContainText('8 workers');
  await page.keyboard.press('Control+Shift+z');
  await expect(flowNode(page, 'web-1')).toContainText('24 workers');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(flowNode(page, 'web-1')).toContainText('24 workers');

  // Autosave brings the work back after a reload.
  await waitForAutosave(page, 3);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(flowNode(page, 'web-1')).toContainText('24 workers');

  // Share: the link is copied and shown in a popover.
  await page.getByTestId('toolbar-share').click();
  const popover = page.getByTestId('share-popover');
  await expect(popover).toBeVisible();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#d=[A-Za-z0-9+\-$]+$/);
  // Opened after a reload, before Export: its own styles are here (the embed snippet in a code font, set apart).
  await expect(page.getByTestId('share-embed')).toHaveCSS('font-family', /monospace/);
  await expect(popover.locator('.share-popover__embed')).toHaveCSS('margin-top', '14px');
  await page.screenshot({ path: `${SHOTS}/04-share.png` });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // A fresh browser opening the link sees the same design.
  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto(link);
  await expect(visitor.locator('.react-flow__node')).toHaveCount(3);
  await expect(visitor.locator('.react-flow__edge')).toHaveCount(2);
  await expect(flowNode(visitor, 'web-1')).toContainText('24 workers');
  await expect(visitor.getByTestId('banner')).toContainText('Opened a shared design');
  // The link is forgotten from the address bar, so a reload shows the (now autosaved) design.
  expect(new URL(visitor.url()).hash).toBe('');
  await visitor.screenshot({ path: `${SHOTS}/05-shared-opened.png` });
  await other.close();

  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);

  // A corrupted link: a clear message, and the autosaved design is still there and untouched.
  const savedBefore = await page.evaluate(() => localStorage.getItem('scale-playground:autosave:v1'));
  // A fake clock, so "nothing was saved" is checked after every debounced save could have fired,
  // without sleeping on the wall clock.
  await page.clock.install();
  await page.goto('/#d=garbage');
  const banner = page.getByTestId('banner');
  await expect(banner).toContainText('This link could not be opened');
  await expect(banner.locator('li')).not.toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}/06-broken-link.png` });
  await page.clock.runFor(5_000);
  expect(await page.evaluate(() => localStorage.getItem('scale-playground:autosave:v1'))).toBe(savedBefore);
  await page.getByTestId('banner-dismiss').click();
  await expect(banner).toHaveCount(0);
});

test('a shared link keeps your previous work as a backup you can restore', async ({ page, browser }) => {
  // Someone else's design, made in another browser.
  const author = await browser.newContext();
  const authorPage = await author.newPage();
  await authorPage.goto('/');
  await authorPage.getByTestId('palette-cache').click();
  await authorPage.getByTestId('toolbar-share').click();
  const link = await authorPage.getByTestId('share-link').inputValue();
  await author.close();

  // My own work.
  await page.goto('/');
  await page.getByTestId('palette-client').click();
  await page.getByTestId('palette-web').click();
  await waitForAutosave(page, 2);

  await page.goto(link);
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  const banner = page.getByTestId('banner');
  await expect(banner).toContainText('The design you had open is saved');
  await page.getByTestId('banner-action').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(flowNode(page, 'web-1')).toBeVisible();
});
