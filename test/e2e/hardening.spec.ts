import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { designLink, flowNode, SHOTS } from './helpers';
import { expectNoCspViolations, watchCsp } from './csp';

// The built site's Content-Security-Policy (index.html) must not block anything these flows use.
test.beforeEach(async ({ page }) => { await watchCsp(page); });
test.afterEach(async ({ page }) => { await expectNoCspViolations(page); });

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const hostileDesign = {
  version: 1,
  name: HOSTILE,
  nodes: [
    { id: 'users', kind: 'client', label: `<script>window.__pwned=2</script>`, position: { x: 0, y: 0 }, params: { rps: 50 } },
    { id: 'web-1', kind: 'web', label: HOSTILE, position: { x: 300, y: 0 }, params: {} },
  ],
  edges: [{ id: 'e1', source: 'users', target: 'web-1' }],
  sim: { seed: 1, durationS: 30, hopLatencyMs: 1 },
  scenario: [],
};

test('names and labels from a design are text, never markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
  await page.goto(`/${designLink(hostileDesign)}`);
  await expect(flowNode(page, 'web-1')).toContainText(HOSTILE);
  await expect(page.getByTestId('banner')).toContainText(HOSTILE);
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('figure-throughput')).toBeVisible();
  await flowNode(page, 'web-1').click();
  await page.getByTestId('toolbar-share').click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
  await page.screenshot({ path: `${SHOTS}/hardening-01-text-only.png` });
});

test('a link with a typo opens with a warning naming it; a node called __proto__ runs with a real badge', async ({ page }) => {
  const typo = {
    ...hostileDesign,
    name: 'Typos',
    nodes: [hostileDesign.nodes[0], { id: '__proto__', kind: 'web', position: { x: 300, y: 0 }, prams: { workers: 2 } }],
    edges: [{ id: 'e1', source: 'users', target: '__proto__' }],
    edgse: [],
  };
  await page.goto(`/${designLink(typo)}`);
  const banner = page.getByTestId('banner');
  await expect(banner).toContainText('node "__proto__": unknown field "prams", did you mean "params"? It was left out.');
  await expect(banner).toContainText('design: unknown field "edgse", did you mean "edges"? It was left out.');
  await page.getByTestId('run-start').click();
  const badge = flowNode(page, '__proto__').getByTestId('live-badge');
  await expect(badge).toContainText(/busy \d+(\.\d+)?%/);
  await expect(badge).not.toContainText('NaN');
  await page.screenshot({ path: `${SHOTS}/hardening-typo-warnings.png` });
});

test('the editor, running, has no serious accessibility violations', async ({ page }) => {
  await page.goto(`/${designLink({ ...hostileDesign, name: 'Accessible', nodes: hostileDesign.nodes.map((n) => ({ ...n, label: undefined })) })}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page, 'the editor');
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('figure-throughput')).toBeVisible();
  await expect(page.locator('.sp-chart-panel').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the editor during a run');
});

test('the palette, inspector and run controls work from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('palette-client').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('palette-web').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  // The last added component is selected: its inspector fields take typed values.
  const workers = page.getByTestId('param-workers');
  await workers.focus();
  await workers.fill('12');
  await page.keyboard.press('Tab');
  await expect(page.locator('.react-flow__node').last()).toContainText('12 workers');
  await page.getByTestId('run-start').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('run-pause')).toBeVisible();
  await page.getByTestId('run-pause').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('run-resume')).toBeVisible();
});

/** Serves the built site under a sub-path, as GitHub Pages would serve a project site. */
function serveUnder(prefix: string, root: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (!path.startsWith(prefix)) { res.writeHead(404).end('not under the sub-path'); return; }
    const rel = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    let file = join(root, rel);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${prefix}` });
  }));
}

test('the built site works from a sub-path, worker and charts included', async ({ page }) => {
  const { server, url } = await serveUnder('/some/project/', process.env.E2E_DIST ?? 'dist');
  try {
    await page.goto(`${url}${designLink(hostileDesign)}`);
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
    await page.getByTestId('run-start').click();
    await expect.poll(async () => Number(/([\d.]+)/.exec((await page.getByTestId('figure-throughput').textContent()) ?? '')?.[1] ?? 0), { timeout: 15_000 }).toBeGreaterThan(10);
    await expect(page.locator('.sp-chart-panel').first()).toBeVisible();
  } finally {
    server.close();
  }
});

test('a crashed simulation worker shows the error and a Restart that works', async ({ page }) => {
  // The first worker the page starts dies at once; the next one is the real thing.
  let crashes = 0;
  await page.route(/simWorker-[^/]*\.js$/, async (route) => {
    if (crashes++ === 0) await route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("simulated crash");' });
    else await route.continue();
  });
  await page.goto(`/${designLink({ ...hostileDesign, name: 'Crash', nodes: hostileDesign.nodes.map((n) => ({ ...n, label: undefined })) })}`);
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-error')).toBeVisible();
  await expect(page.getByTestId('run-error')).toContainText(/crash|worker/i);
  // The page is alive: the editor still works.
  await flowNode(page, 'web-1').click();
  await expect(page.getByTestId('node-inspector')).toBeVisible();
  await page.getByTestId('run-restart').click();
  await expect(page.getByTestId('run-error')).toHaveCount(0);
  await expect.poll(async () => Number(/([\d.]+)/.exec((await page.getByTestId('figure-throughput').textContent()) ?? '')?.[1] ?? 0), { timeout: 15_000 }).toBeGreaterThan(10);
});

test('a full storage: the edit stays, a warning offers an export, and the export is the design', async ({ page }) => {
  await page.addInitScript(() => {
    // As a browser whose quota fills up: the start-up probe still fits, the design does not.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key !== 'scale-playground:probe') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/');
  await page.getByTestId('palette-web').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  const banner = page.getByTestId('banner');
  await expect(banner).toContainText('Your changes are not being saved');
  await page.screenshot({ path: `${SHOTS}/hardening-quota.png` });
  const download = page.waitForEvent('download');
  await banner.getByTestId('banner-action').click();
  const file = await download;
  const path = await file.path();
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { nodes: { kind: string }[] };
  expect(saved.nodes.map((n) => n.kind)).toEqual(['web']);
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
});

test('a part whose code cannot be fetched says so in its place, and Try again brings it; the page never goes blank', async ({ page }) => {
  // The connection drops after the page has loaded: the inspector's and the live badge's chunks fail.
  let offline = true;
  await page.route('**/assets/Inspector-*.js', (route) => (offline ? route.abort() : route.continue()));
  await page.route('**/assets/LiveBadge-*.js', (route) => (offline ? route.abort() : route.continue()));
  await page.goto('/');
  await page.getByTestId('palette-web').click();
  const failed = page.getByTestId('lazy-part-failed');
  await expect(failed).toHaveText(/The inspector could not be loaded\. Check the connection, then\s*Try again/);
  // The rest of the page works: the node is on the canvas, and a run starts (its badges stay away quietly).
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await page.getByTestId('palette-client').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/hardening-chunk-failed.png` });
  // Back online: Try again loads the inspector in place.
  offline = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('inspector-duplicate')).toBeVisible();
  await expect(failed).toHaveCount(0);
});
