import { expect, test, type Page } from '@playwright/test';
import { designLink, SHOTS, waitForAutosave } from './helpers';

/** A small design named `name` with `count` web servers in a row. */
const linkDesign = (name: string, count: number) => ({
  version: 1,
  name,
  nodes: Array.from({ length: count }, (_, i) => ({ id: `web-${i + 1}`, kind: 'web', position: { x: i * 260, y: 0 }, params: {} })),
  edges: [],
});

const cards = (page: Page) => page.getByTestId('library-entry');
const card = (page: Page, title: RegExp) => cards(page).filter({ has: page.getByTestId('library-title').filter({ hasText: title }) });

async function openLibrary(page: Page) {
  await page.getByTestId('toolbar-library').click();
  await expect(page.getByTestId('library')).toBeVisible();
}

test('three links in a row keep every design they replaced; restore the first and my own from My designs', async ({ page }) => {
  // My own work, named.
  await page.goto('/');
  await page.getByTestId('design-name').fill('My shop');
  await page.getByTestId('design-name').press('Enter');
  await page.getByTestId('palette-client').click();
  await page.getByTestId('palette-web').click();
  await waitForAutosave(page, 2);

  // Three links pasted one after another into this tab's address bar (fragment changes, no reload).
  for (const [name, count] of [['Link A', 1], ['Link B', 3], ['Link C', 4]] as const) {
    await page.goto(`/${designLink(linkDesign(name, count))}`);
    await expect(page.locator('.react-flow__node')).toHaveCount(count);
    await expect(page.getByTestId('banner')).toContainText(`Opened a shared design, “${name}”. The design you had open is saved in My designs.`);
  }
  await expect(page.getByTestId('banner')).toContainText('It is kept as “Link B — kept before opening a link, ');

  await openLibrary(page);
  await expect(cards(page)).toHaveCount(4);
  await expect(card(page, /^My shop — kept before opening a link, \d+ \w{3} \d\d:\d\d$/)).toHaveCount(1);
  await expect(card(page, /^Link A — kept before opening a link, /)).toHaveCount(1);
  await expect(card(page, /^Link B — kept before opening a link, /)).toHaveCount(1);
  await expect(card(page, /^Link C$/)).toHaveAttribute('aria-current', 'true');
  // Each card draws its design: one box per component.
  await expect(card(page, /^Link B/).locator('svg.design-thumbnail rect')).toHaveCount(3);
  await expect(page.locator('.library svg.design-thumbnail')).toHaveCount(4);
  await page.screenshot({ path: `${SHOTS}/library-01-after-three-links.png` });

  // The first link's design comes back.
  await card(page, /^Link A/).getByTestId('library-open').click();
  await expect(page.getByTestId('library')).not.toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.getByTestId('design-name')).toHaveValue('Link A');

  // And my own original, with its name.
  await openLibrary(page);
  await card(page, /^My shop/).getByTestId('library-open').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.getByTestId('design-name')).toHaveValue('My shop');

  // It survives a reload, and so does the list.
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await openLibrary(page);
  await expect(cards(page)).toHaveCount(4);
  await expect(card(page, /^My shop$/)).toHaveAttribute('aria-current', 'true');
});

test('rename, duplicate, delete and search in My designs', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('palette-web').click();
  await waitForAutosave(page, 1);
  await page.goto(`/${designLink(linkDesign('Checkout flow', 2))}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.getByTestId('banner')).toContainText('The design you had open is saved in My designs.');

  await openLibrary(page);
  await expect(cards(page)).toHaveCount(2);

  // Rename the kept one.
  await card(page, /^Untitled design/).getByTestId('library-rename').click();
  await page.getByTestId('library-rename-input').fill('Payments');
  await page.getByTestId('library-rename-input').press('Enter');
  await expect(card(page, /^Payments — kept before opening a link, /)).toHaveCount(1);

  // Duplicate it: a copy with the same picture.
  await card(page, /^Payments/).getByTestId('library-duplicate').click();
  await expect(card(page, /^Payments \(copy\)$/)).toHaveCount(1);
  await expect(card(page, /^Payments \(copy\)$/).locator('svg.design-thumbnail rect')).toHaveCount(1);
  await expect(cards(page)).toHaveCount(3);

  // Search.
  await page.getByTestId('library-search').fill('payments');
  await expect(cards(page)).toHaveCount(2);
  await page.getByTestId('library-search').fill('checkout');
  await expect(cards(page)).toHaveCount(1);
  await page.getByTestId('library-search').fill('no such design');
  await expect(page.getByTestId('library-empty')).toContainText('No design matches');
  await page.getByTestId('library-search').fill('');

  // Delete asks once more; the design on the canvas cannot be deleted.
  await expect(card(page, /^Checkout flow$/).getByTestId('library-delete')).toBeDisabled();
  await card(page, /^Payments \(copy\)$/).getByTestId('library-delete').click();
  await card(page, /^Payments \(copy\)$/).getByTestId('library-delete-confirm').click();
  await expect(cards(page)).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/library-02-edited.png` });

  // The renamed design opens under its new name.
  await card(page, /^Payments/).getByTestId('library-open').click();
  await expect(page.getByTestId('design-name')).toHaveValue('Payments');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
});

test('an unreadable autosave: its warning stays beside a link’s banner, and the copy is kept aside', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('scale-playground:autosave:v1', '{"savedAt":"x","design":{"version":1,"nodes":[{"id":"a"'));
  await page.reload();
  const notice = page.getByTestId('notice-unreadable-autosave');
  await expect(notice).toContainText('Your autosaved design could not be read');
  await expect(notice).toContainText('scale-playground:broken:v1:');

  await page.goto(`/${designLink(linkDesign('Shared after', 2))}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.getByTestId('banner')).toContainText('Opened a shared design, “Shared after”.');
  await expect(notice).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/library-03-unreadable-beside-link.png` });
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('scale-playground:broken:v1:')).map((k) => localStorage.getItem(k)));
  expect(aside).toEqual(['{"savedAt":"x","design":{"version":1,"nodes":[{"id":"a"']);
});
