import { expect, test, type Page } from '@playwright/test';
import { designLink, flowNode, SHOTS } from './helpers';

/** Users at 20,000 req/s (an exact run) → a large web server. */
const busy = {
  version: 1,
  name: 'Busy',
  nodes: [
    { id: 'users', kind: 'client', position: { x: 0, y: 120 }, params: { rps: 20_000, mix: { static: 0, read: 1, write: 0, job: 0 } } },
    { id: 'web-1', kind: 'web', position: { x: 300, y: 120 }, params: { workers: 1000, serviceMs: 1 } },
  ],
  edges: [{ id: 'e1', source: 'users', target: 'web-1' }],
  sim: { seed: 7, durationS: 600, hopLatencyMs: 1 },
  scenario: [],
};

/** The served rate in the summary strip ("1.0M rps" → 1,000,000). */
async function throughput(page: Page): Promise<number> {
  const text = (await page.getByTestId('figure-throughput').locator('dd').textContent()) ?? '';
  const match = /([\d.]+)\s*(k|M)?/.exec(text);
  if (!match) return Number.NaN;
  return Number(match[1]) * (match[2] === 'k' ? 1e3 : match[2] === 'M' ? 1e6 : 1);
}

test('the inspector says live or restarts run; a rate pushed past the sampling threshold restarts the run sampled', async ({ page }) => {
  await page.goto(`/${designLink(busy)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await flowNode(page, 'users').click();
  await expect(page.getByTestId('applies-rps')).toHaveText('live');
  await expect(page.getByTestId('applies-users')).toHaveText('restarts run');
  await expect(page.getByTestId('param-giveUpS')).toHaveValue('30');
  await page.screenshot({ path: `${SHOTS}/live-edits-01-inspector.png` });

  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('figure-sampled')).toHaveCount(0);
  const slider = page.getByTestId('rate-users');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('rate-value-users')).toHaveText('1.0M rps');
  await expect(page.getByTestId('toast').last()).toContainText('restarted sampled');
  await expect(page.getByTestId('figure-sampled').locator('dd')).toHaveText('1 : 50');
  await expect.poll(() => throughput(page), { timeout: 20_000 }).toBeGreaterThan(500_000);
  await page.screenshot({ path: `${SHOTS}/live-edits-02-resampled.png` });
});
