import { expect, test, type Page } from '@playwright/test';
import { designLink, SHOTS } from './helpers';

const design = {
  version: 1,
  name: 'Dead worker',
  nodes: [
    { id: 'users', kind: 'client', position: { x: 0, y: 0 }, params: { rps: 50 } },
    { id: 'web-1', kind: 'web', position: { x: 300, y: 0 }, params: {} },
  ],
  edges: [{ id: 'e1', source: 'users', target: 'web-1' }],
  sim: { seed: 1, durationS: 600, hopLatencyMs: 1 },
  scenario: [],
};

/** Simulated seconds on the run clock ("t = 12.4 s"). */
async function clock(page: Page): Promise<number> {
  const text = (await page.getByTestId('run-clock').textContent()) ?? '';
  return Number(/t = ([\d.]+) s/.exec(text)?.[1] ?? -1);
}

/** Every simulation Worker the page makes is kept where the test can kill it, as a crash would. */
async function recordSimWorkers(page: Page) {
  await page.addInitScript(() => {
    const Real = window.Worker;
    const made: Worker[] = [];
    (window as unknown as { __simWorkers: Worker[] }).__simWorkers = made;
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (String(url).includes('simWorker')) made.push(this);
      }
    };
  });
}

/** Terminates the live simulation worker from outside: it stops without a word, like a killed process. */
const killSimWorkers = (page: Page) =>
  page.evaluate(() => { for (const w of (window as unknown as { __simWorkers: Worker[] }).__simWorkers) w.terminate(); });

test('a simulation worker killed mid-run is noticed, and Restart brings the run back', async ({ page }) => {
  await recordSimWorkers(page);
  await page.goto(`/${designLink(design)}`);
  await page.getByTestId('run-start').click();
  await expect.poll(() => clock(page), { timeout: 15_000 }).toBeGreaterThan(1);

  await killSimWorkers(page);
  // No beat for about 3 s: the page says the worker stopped and offers Restart.
  await expect(page.getByTestId('run-error')).toContainText(/stopped answering/, { timeout: 15_000 });
  await expect(page.getByTestId('run-clock')).toHaveAttribute('data-status', 'error');
  await page.screenshot({ path: `${SHOTS}/worker-01-dead.png` });

  await page.getByTestId('run-restart').click();
  await expect(page.getByTestId('run-error')).toHaveCount(0);
  await expect.poll(() => clock(page), { timeout: 15_000 }).toBeGreaterThan(1);
  expect(await page.evaluate(() => (window as unknown as { __simWorkers: Worker[] }).__simWorkers.length)).toBe(2);

  // Killed again: Reset then Run works too, from a fresh worker.
  await killSimWorkers(page);
  await expect(page.getByTestId('run-error')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('run-reset').click();
  await expect(page.getByTestId('run-clock')).toContainText('Not running');
  await page.getByTestId('run-start').click();
  await expect.poll(() => clock(page), { timeout: 15_000 }).toBeGreaterThan(1);
  await expect(page.getByTestId('run-error')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/worker-02-back.png` });
});

test('at Max the clock shows how many times real time the run goes; at other speeds, and paused, it does not', async ({ page }) => {
  // Six hours at 2,000 req/s: at Max long enough to be watched, paused and resumed even on a fast
  // machine (this one runs it at about 200× real time: some two minutes).
  const busy = { ...design, nodes: design.nodes.map((n) => (n.kind === 'client' ? { ...n, params: { rps: 2000 } } : n)), sim: { ...design.sim, durationS: 6 * 3600 } };
  await page.goto(`/${designLink(busy)}`);
  await page.getByTestId('run-speed').selectOption('max');
  await page.getByTestId('run-start').click();
  const pace = page.getByTestId('run-pace');
  // Read out as "115× real time"; the words are for screen readers, the figure is what shows.
  await expect(pace).toHaveText(/^\d+(\.\d)?× real time$/);
  // A two-node design goes far faster than the clock on any machine.
  await expect.poll(async () => Number(/^[\d.]+/.exec((await pace.textContent()) ?? '')?.[0])).toBeGreaterThan(10);
  await expect(pace).toHaveAttribute('title', /real time/);
  await page.screenshot({ path: `${SHOTS}/worker-max-pace.png`, clip: { x: 0, y: 0, width: 1440, height: 64 } });
  await page.getByTestId('run-pause').click();
  await expect(pace).toHaveCount(0);
  await page.getByTestId('run-speed').selectOption('1');
  await page.getByTestId('run-resume').click();
  await expect.poll(() => clock(page)).toBeGreaterThan(0);
  const at = await clock(page);
  await expect.poll(() => clock(page)).toBeGreaterThan(at);
  await expect(pace).toHaveCount(0);
});
