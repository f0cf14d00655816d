import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { connect, designLink, dragFromPalette, flowNode, oneServer, SHOTS } from './helpers';
import { expectNoCspViolations, watchCsp } from './csp';

// The built site's Content-Security-Policy (index.html) must not block anything these flows use.
test.beforeEach(async ({ page }) => { await watchCsp(page); });
test.afterEach(async ({ page }) => { await expectNoCspViolations(page); });

/** The numeric value of a figure in the summary strip ("1.2k rps" → 1200, "3.4%" → 3.4). */
async function figure(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).locator('dd').textContent()) ?? '';
  const match = /([\d.]+)\s*(k|M)?/.exec(text);
  if (!match) return Number.NaN;
  const scale = match[2] === 'k' ? 1e3 : match[2] === 'M' ? 1e6 : 1;
  return Number(match[1]) * scale;
}

/** Simulated seconds on the run clock ("t = 12.4 s"). */
async function clock(page: Page): Promise<number> {
  const text = (await page.getByTestId('run-clock').textContent()) ?? '';
  return Number(/t = ([\d.]+) s/.exec(text)?.[1] ?? Number.NaN);
}

/** The clock once it has stopped moving: two readings a poll apart that agree. */
async function settledClock(page: Page): Promise<number> {
  let last = Number.NaN;
  await expect.poll(async () => {
    const now = await clock(page);
    const settled = now === last;
    last = now;
    return settled;
  }, { intervals: [250] }).toBe(true);
  return last;
}

test('run a design: clock, charts, speed, pause, step, a live rate and a live parameter', async ({ page }) => {
  await page.goto(`/${designLink(oneServer)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.getByTestId('run-clock')).toContainText('Not running');

  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect.poll(() => clock(page)).toBeGreaterThan(5);
  // The charts draw: the throughput panel has a line, and the strip reads the served rate.
  await expect(page.locator('.sp-chart-panel').first().locator('path.sp-line').first()).toHaveAttribute('d', /^M.*L/);
  await expect.poll(() => figure(page, 'figure-throughput')).toBeGreaterThan(150);
  await expect(flowNode(page, 'web-1').getByTestId('live-badge')).toContainText('busy');
  await expect(page.locator('.react-flow__edge.animated')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/live-01-running.png` });

  // Pause holds the clock (a frame already on its way may still land: wait until two readings agree);
  // Step then moves it exactly one second, and it stays paused.
  await page.getByTestId('run-pause').click();
  await expect(page.getByTestId('run-resume')).toBeVisible();
  const paused = await settledClock(page);
  await page.getByTestId('run-step').click();
  await expect.poll(() => clock(page)).toBeGreaterThanOrEqual(paused + 0.9);
  expect(await settledClock(page)).toBeCloseTo(paused + 1, 0);
  await expect(page.getByTestId('run-resume')).toBeVisible();
  await page.getByTestId('run-resume').click();

  // The rate slider: ten times the users, and the served rate follows.
  const slider = page.getByTestId('rate-users');
  await slider.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('PageUp');
  const rate = Number(((await page.getByTestId('rate-value-users').textContent()) ?? '').replace(/[^\d.k]/g, '').replace('k', 'e3'));
  expect(rate).toBeGreaterThan(1000);
  await expect.poll(() => figure(page, 'figure-throughput'), { timeout: 15_000 }).toBeGreaterThan(600);

  // What-if: a much slower server, changed live: it overloads and turns red, without a restart.
  await flowNode(page, 'web-1').click();
  const before = await clock(page);
  await page.getByTestId('param-serviceMs').fill('200');
  await page.getByTestId('param-serviceMs').press('Enter');
  await expect(page.getByTestId('node-web-1')).toHaveAttribute('data-health', 'overloaded', { timeout: 15_000 });
  expect(await clock(page)).toBeGreaterThanOrEqual(before); // not restarted from zero
  await expect.poll(() => clock(page)).toBeGreaterThan(before); // and still running
  await page.screenshot({ path: `${SHOTS}/live-02-overloaded.png` });

  // Reset goes back to the editor.
  await page.getByTestId('run-reset').click();
  await expect(page.getByTestId('run-clock')).toContainText('Not running');
  await expect(flowNode(page, 'web-1').getByTestId('live-badge')).toHaveCount(0);
});

test('kill the only web server, then survive it with a balancer and a second server', async ({ page }) => {
  await page.goto(`/${designLink(oneServer)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  // The analysis flags the lone server before anything runs, with the chapter's fix.
  await expect(flowNode(page, 'web-1').getByTestId('spof-marker')).toBeVisible();
  await page.getByRole('button', { name: /2 single points of failure/ }).click();
  await expect(page.getByTestId('spof-item-web-1')).toContainText('Fix:');

  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  await expect.poll(() => clock(page)).toBeGreaterThan(3);
  await flowNode(page, 'web-1').click();
  await page.getByTestId('inspector-kill').click();
  await expect(page.getByTestId('node-web-1')).toHaveAttribute('data-health', 'down');
  await expect.poll(() => figure(page, 'figure-errors'), { timeout: 15_000 }).toBeGreaterThan(50);
  await page.screenshot({ path: `${SHOTS}/live-03-killed-single.png` });
  await page.getByTestId('run-reset').click();

  // The chapter's fix: a balancer in front of two web servers.
  await dragFromPalette(page, 'loadBalancer', 220, 380);
  await dragFromPalette(page, 'web', 520, 380);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  const lb = await page.locator('.react-flow__node[data-id^="lb"]').getAttribute('data-id');
  const web2 = await page.locator('.react-flow__node[data-id^="web-"]:not([data-id="web-1"])').getAttribute('data-id');
  // Replace users → web-1 with users → balancer → both servers.
  await page.locator('.react-flow__edge[data-id="e1"]').click({ force: true });
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await connect(page, 'users', lb!);
  await connect(page, lb!, 'web-1');
  await connect(page, lb!, web2!);
  await connect(page, web2!, 'db');
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
  await expect(flowNode(page, 'web-1').getByTestId('spof-marker')).toHaveCount(0);

  await page.getByTestId('run-start').click();
  await expect.poll(() => clock(page)).toBeGreaterThan(3);
  await flowNode(page, 'web-1').click();
  await page.getByTestId('inspector-kill').click();
  const killedAt = await clock(page);
  // Once the health check notices (2 s), the other server takes everything: errors back near zero.
  await expect.poll(() => clock(page), { timeout: 20_000 }).toBeGreaterThan(killedAt + 8);
  expect(await figure(page, 'figure-errors')).toBeLessThan(1);
  await expect.poll(() => figure(page, 'figure-throughput')).toBeGreaterThan(150);
  await expect(page.getByRole('log', { name: /Events/ })).toContainText('web-1');
  await page.screenshot({ path: `${SHOTS}/live-04-survived.png` });

  // Restore brings it back.
  await page.getByTestId('inspector-restore').click();
  await expect(page.getByTestId('node-web-1')).not.toHaveAttribute('data-health', 'down');
});

test('a million requests a second runs sampled in real time, and the page says so', async ({ page }) => {
  const million = JSON.parse(readFileSync(new URL('../fixtures/engine-million.json', import.meta.url), 'utf8')) as object;
  await page.goto(`/${designLink(million)}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByTestId('run-start').click();
  // The sampled run keeps going at 1× (how fast against the wall depends on the machine: not asserted).
  await expect.poll(() => clock(page), { timeout: 30_000 }).toBeGreaterThan(5);
  await expect(page.getByTestId('figure-sampled').locator('dd')).toHaveText('1 : 50');
  await expect.poll(() => figure(page, 'figure-throughput')).toBeGreaterThan(900_000);
  expect(await figure(page, 'figure-errors')).toBeLessThan(1);
  await expect(page.locator('.sp-event-log')).toContainText('each simulated request stands for 50 real ones');
  await page.screenshot({ path: `${SHOTS}/live-03-million.png` });
});
