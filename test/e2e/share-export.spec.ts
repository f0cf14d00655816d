import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { designInLink, designLink, flowNode, shareLink, SHOTS, waitForAutosave } from './helpers';
import { expectNoCspViolations, watchCsp } from './csp';

// The built site's Content-Security-Policy (index.html) must not block anything these flows use.
test.beforeEach(async ({ page }) => { await watchCsp(page); });
test.afterEach(async ({ page }) => { await expectNoCspViolations(page); });

/** A short run with a fault, so the numbers have something to agree on. */
const design = {
  version: 1,
  name: 'Shared run',
  nodes: [
    { id: 'users', kind: 'client', position: { x: 0, y: 0 }, params: { rps: 150 } },
    { id: 'lb', kind: 'loadBalancer', position: { x: 260, y: 0 }, params: {} },
    { id: 'web-1', kind: 'web', position: { x: 520, y: -80 }, params: {} },
    { id: 'web-2', kind: 'web', position: { x: 520, y: 80 }, params: {} },
    { id: 'db', kind: 'database', position: { x: 780, y: 0 }, params: {} },
  ],
  edges: [
    { id: 'e1', source: 'users', target: 'lb' },
    { id: 'e2', source: 'lb', target: 'web-1' },
    { id: 'e3', source: 'lb', target: 'web-2' },
    { id: 'e4', source: 'web-1', target: 'db' },
    { id: 'e5', source: 'web-2', target: 'db' },
  ],
  sim: { seed: 42, durationS: 20, hopLatencyMs: 1 },
  scenario: [{ tS: 8, action: 'kill', target: 'web-2' }],
};

test('a share link with a seed replays the run the CLI computes, to the request', async ({ page }) => {
  await page.goto(`/${designLink(design)}&speed=max`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.getByTestId('run-speed')).toHaveValue('max');
  await expect(page.getByTestId('run-seed')).toHaveValue('42');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-clock')).toContainText('done', { timeout: 30_000 });

  const download = page.waitForEvent('download');
  await page.getByTestId('toolbar-export').click();
  await page.getByTestId('export-metrics-json').click();
  const metrics = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));

  const dir = mkdtempSync(join(tmpdir(), 'sp-e2e-'));
  writeFileSync(join(dir, 'design.json'), JSON.stringify(design));
  const cli = JSON.parse(execFileSync('npx', ['tsx', 'src/cli/main.ts', join(dir, 'design.json'), '--json'], { encoding: 'utf8' }));
  for (const key of ['requests', 'completed', 'errors', 'sessionMisses', 'throughputRps'] as const) {
    expect(metrics.summary[key], key).toBe(cli.summary[key]);
  }
  expect(metrics.summary.latencyMs).toEqual(cli.summary.latencyMs);
  expect(metrics.summary.errors).toBeGreaterThan(0); // the kill at 8 s cost something before the health check

  // The share link carries the design, the seed, the faults and the speed.
  const link = await shareLink(page);
  expect(link).toMatch(/#d=.+&speed=max$/);
  expect(designInLink(link).scenario).toEqual(design.scenario);
  await expect(page.getByTestId('share-embed')).toHaveValue(/<iframe src="[^"]*\?embed=1#d=/);
});

test('an exported picture shows the connections, not only the boxes', async ({ page }) => {
  // Two nodes far apart on one row: the picture's middle column crosses the edge between them and nothing else.
  const apart = {
    version: 1, name: 'Two apart',
    nodes: [
      { id: 'users', kind: 'client', position: { x: 0, y: 0 }, params: { rps: 50 } },
      { id: 'web-1', kind: 'web', position: { x: 700, y: 0 }, params: {} },
    ],
    edges: [{ id: 'e1', source: 'users', target: 'web-1', kind: 'request' }],
    sim: { seed: 1, durationS: 30, hopLatencyMs: 1 }, scenario: [],
  };
  await page.goto(`/${designLink(apart)}`);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByTestId('toolbar-export').click();
  await page.getByTestId('export-png').click();
  const png = readFileSync((await (await download).path())!).toString('base64');
  // The darkest pixel of the middle column: the edge's grey (#64748b) where it is drawn, white where it is not.
  const darkest = await page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const column = context.getImageData(Math.floor(bitmap.width / 2), 0, 1, bitmap.height).data;
    let min = 255;
    for (let i = 0; i < column.length; i += 4) min = Math.min(min, Math.max(column[i], column[i + 1], column[i + 2]));
    return min;
  }, png);
  expect(darkest).toBeLessThan(180);
});

test('export the canvas as PNG and SVG, and the metrics as CSV', async ({ page }) => {
  await page.goto(`/${designLink(design)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  let download = page.waitForEvent('download');
  await page.getByTestId('toolbar-export').click();
  await page.getByTestId('export-png').click();
  const png = readFileSync((await (await download).path())!);
  expect((await download).suggestedFilename()).toBe('shared-run.png');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(5000);
  // The IHDR chunk: a picture of a sensible size.
  expect(png.readUInt32BE(16)).toBeGreaterThan(300);
  expect(png.readUInt32BE(20)).toBeGreaterThan(150);

  download = page.waitForEvent('download');
  await page.getByTestId('toolbar-export').click();
  await page.getByTestId('export-svg').click();
  const svg = readFileSync((await (await download).path())!, 'utf8');
  expect(svg).toMatch(/^<svg/);
  expect(svg).toContain('web-1');

  // Metrics need a run first, and say so.
  await page.getByTestId('toolbar-export').click();
  await page.getByTestId('export-csv').click();
  await expect(page.getByTestId('toast').last()).toContainText('run the design first');
  await page.getByTestId('run-speed').selectOption('max');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-clock')).toContainText('done', { timeout: 30_000 });
  download = page.waitForEvent('download');
  await page.getByTestId('toolbar-export').click();
  await page.getByTestId('export-csv').click();
  const csv = readFileSync((await (await download).path())!, 'utf8').trim().split('\r\n');
  expect(csv[0]).toBe('tS,throughputRps,errorRate,errors,p50Ms,p95Ms,p99Ms,cacheHitRatio,cdnHitRatio,replicaLagMs,staleReads,queueDepth');
  expect(csv.length).toBe(21);
});

test('the embed view shows and runs the design, with no way to edit it or touch saved work', async ({ page }) => {
  await page.goto(`/?embed=1${designLink(design)}`);
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  for (const id of ['palette-web', 'node-inspector', 'toolbar-share', 'toolbar-export', 'toolbar-import', 'toolbar-undo', 'run-seed']) {
    await expect(page.getByTestId(id)).toHaveCount(0);
  }
  await expect(flowNode(page, 'web-1')).not.toHaveClass(/draggable/);
  // Dragging a node pans the view at most: it keeps its place relative to the others.
  const offset = async () => {
    const [a, b] = [await flowNode(page, 'web-1').boundingBox(), await flowNode(page, 'users').boundingBox()];
    return { dx: Math.round(a!.x - b!.x), dy: Math.round(a!.y - b!.y) };
  };
  const before = await offset();
  await flowNode(page, 'web-1').dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 100, y: 100 }, force: true });
  expect(await offset()).toEqual(before);
  await page.getByTestId('run-speed').selectOption('10');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('figure-throughput')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/embed-01.png` });
  expect(await page.evaluate(() => localStorage.getItem('scale-playground:autosave:v1'))).toBeNull();

  await page.goto('about:blank');
  await page.goto('/?embed=1#d=not-a-design');
  await expect(page.getByRole('alert')).toContainText('could not be shown');
});

test('the gallery opens a ready design, and Compare runs it against another in one table', async ({ page }) => {
  await page.goto(`/${designLink(design)}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await page.getByTestId('toolbar-gallery').click();
  const gallery = page.getByTestId('gallery');
  await expect(gallery).toBeVisible();
  // Three ways, three classic shapes, four surviving faults and one card per stage (15), each with a drawn thumbnail.
  await expect(gallery.locator('.gallery__card')).toHaveCount(25);
  await expect(gallery.locator('.gallery__card svg').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'gallery dialog');
  await page.screenshot({ path: `${SHOTS}/gallery-01.png` });
  await page.getByTestId('gallery-stage-3').click();
  await expect(gallery).toBeHidden();
  await expect(page.getByText('Opened a shared design')).toHaveCount(0);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const loadedCount = await page.locator('.react-flow__node').count();
  expect(loadedCount).toBeGreaterThan(1);

  await page.getByTestId('toolbar-compare').click();
  await page.getByTestId('compare-choice').selectOption('stage-1');
  await page.getByTestId('compare-run').click();
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
  await expectNoSeriousA11yViolations(page, 'compare dialog');
  await page.screenshot({ path: `${SHOTS}/compare-01.png` });
});

test('a share link waits behind the static shell for the design decoder; offline, the saved work is left untouched', async ({ page }) => {
  // Hold the decoder's chunk until the shell has been seen: no empty editor paints first.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/assets/decoding-*.js', async (route) => { await held; await route.continue(); });
  await page.goto(`/${designLink(design)}`);
  await expect(page.locator('.boot-shell__note')).toHaveText('Loading the editor…');
  await expect(page.getByTestId('canvas')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/link-waits-for-decoder.png` });
  release();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.getByTestId('banner')).toContainText('Opened a shared design, “Shared run”.');
  await waitForAutosave(page, 5);

  // Offline with an autosave to read: the shell says so, and nothing reads or writes the slot.
  const offline = await page.context().newPage();
  await offline.route('**/assets/decoding-*.js', (route) => route.abort('internetdisconnected'));
  await offline.goto('/');
  await expect(offline.locator('.boot-shell__note')).toContainText('Your saved work is untouched: reload the page to try again.');
  const saved = await offline.evaluate(() => localStorage.getItem('scale-playground:autosave:v1'));
  expect(JSON.parse(saved!).design.name).toBe('Shared run');
  await offline.screenshot({ path: `${SHOTS}/decoder-offline.png` });
});
