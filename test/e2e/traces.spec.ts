import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { designLink, SHOTS } from './helpers';

test.use({ viewport: { width: 1600, height: 1000 } });

/** Users → web → db, the database killed at 4 s: the later traces fail there. */
const design = {
  version: 1, name: 'traced',
  nodes: [
    { id: 'users', kind: 'client', position: { x: 0, y: 0 }, params: { rps: 100, mix: { static: 0, read: 1, write: 0, job: 0 } } },
    { id: 'web-1', kind: 'web', position: { x: 300, y: 0 } },
    { id: 'db', kind: 'database', position: { x: 600, y: 0 } },
  ],
  edges: [{ id: 'e1', source: 'users', target: 'web-1', kind: 'request' }, { id: 'e2', source: 'web-1', target: 'db', kind: 'request' }],
  sim: { seed: 3, durationS: 60, hopLatencyMs: 1 }, scenario: [{ tS: 4, action: 'kill', target: 'db' }],
};

test('a click on the latency chart opens the traces of that second, slowest first, as a waterfall', async ({ page }) => {
  await page.goto(`/${designLink(design)}`);
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  const chart = page.locator('[data-panel="latency"] svg.sp-chart-svg');
  await expect(chart).toBeVisible({ timeout: 30_000 });
  // Wait until the chart spans a few seconds, then click near its left edge (the first seconds, before the kill).
  await expect.poll(async () => page.locator('[data-panel="latency"] path.sp-line').first().getAttribute('d').then((d) => (d ?? '').split('L').length), { timeout: 30_000 }).toBeGreaterThan(6);
  await page.getByTestId('run-pause').click();
  const box = (await chart.boundingBox())!;
  await chart.click({ position: { x: 60, y: box.height / 2 } });

  const dialog = page.getByTestId('traces');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText(/^Requests answered at t = \d+ s$/);
  const items = page.getByTestId('trace-item');
  await expect(items.first()).toBeVisible();
  const totals = (await items.allTextContents()).map((t) => Number(t.split(' ms')[0]));
  expect(totals.length).toBeGreaterThan(0);
  expect(totals).toEqual([...totals].sort((a, b) => b - a));
  await expect(page.getByTestId('trace-waterfall').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByTestId('trace-outcome')).toContainText(/Answered in [\d.]+ ms/);
  await expectNoSeriousA11yViolations(page, 'the Traces panel');
  await page.screenshot({ path: `${SHOTS}/traces-01-second.png` });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The last second, long after the kill: its requests failed at the database, and the panel says where and why.
  await chart.click({ position: { x: box.width - 20, y: box.height / 2 } });
  await expect(dialog.getByRole('heading')).toHaveText(/^Requests answered at t = \d+ s$/);
  await expect(dialog.locator('.traces__item--failed').first()).toBeVisible();
  await expect(page.getByTestId('trace-outcome')).toContainText('Failed at db');
  await expect(page.getByTestId('trace-outcome')).toContainText('the node was down');
  await page.screenshot({ path: `${SHOTS}/traces-02-failed.png` });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The dashboard's button opens the whole run's slowest.
  await page.getByTestId('dashboard-traces').click();
  await expect(dialog.getByRole('heading')).toHaveText('Request traces');
  await expect(items.first()).toBeVisible();
});
