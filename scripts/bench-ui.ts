/**
 * `npm run bench:ui`: how smooth the page stays while a big design runs at max speed.
 * Builds the site, serves it, opens a 60-node and a 200-node design by share link in headless
 * Chromium, presses Run at max speed, and for 10 s counts requestAnimationFrame callbacks (frames
 * per second on the page) and records the longest main-thread task (PerformanceObserver
 * 'longtask'). Five runs per design; prints the medians. A benchmark, not a test: figures depend
 * on the machine (headless, software rendering, shared cores).
 */
import { chromium } from '@playwright/test';
import { spawn, execSync } from 'node:child_process';
import LZString from 'lz-string';
import { chromiumPath } from './chromium-path.mjs';

const PORT = 4399;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MEASURE_MS = 10_000;

interface N { id: string; kind: string; position: { x: number; y: number }; params: Record<string, unknown> }

/** A read-heavy web tier: users → DNS → balancers → web servers → caches → primary → replicas. */
function bigDesign(total: number) {
  const nodes: N[] = [];
  const edges: { id: string; source: string; target: string; kind?: string }[] = [];
  const add = (id: string, kind: string, col: number, row: number, params: Record<string, unknown> = {}) =>
    nodes.push({ id, kind, position: { x: col * 240, y: row * 110 }, params });
  const link = (source: string, target: string, kind?: string) => edges.push({ id: `e${edges.length}`, source, target, ...(kind ? { kind } : {}) });
  const caches = Math.max(2, Math.round(total / 8));
  const replicas = Math.max(2, Math.round(total / 10));
  const lbs = 2;
  const webs = total - 3 - lbs - caches - replicas;
  add('users', 'client', 0, 0, { rps: 20_000 });
  add('dns', 'dns', 1, 0);
  link('users', 'dns');
  for (let i = 0; i < lbs; i++) { add(`lb-${i}`, 'loadBalancer', 2, i); link('dns', `lb-${i}`); }
  add('db', 'database', 5, 0, { workers: 64 });
  for (let i = 0; i < caches; i++) { add(`cache-${i}`, 'cache', 4, i); link(`cache-${i}`, 'db'); }
  for (let i = 0; i < webs; i++) {
    add(`web-${i}`, 'web', 3, i, { workers: 16 });
    link(`lb-${i % lbs}`, `web-${i}`);
    link(`web-${i}`, `cache-${i % caches}`);
  }
  for (let i = 0; i < replicas; i++) { add(`replica-${i}`, 'database', 6, i, { role: 'replica' }); link('db', `replica-${i}`, 'replication'); }
  return { version: 1, name: `Bench: ${total} nodes`, nodes, edges, sim: { seed: 1, durationS: 3600, hopLatencyMs: 1 }, scenario: [] };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(baseUrl: string, total: number): Promise<{ fps: number; longestTaskMs: number; steadyLongestMs: number; simS: number }> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-timer-throttling'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const design = bigDesign(total);
    await page.goto(`${baseUrl}/#d=${LZString.compressToEncodedURIComponent(JSON.stringify(design))}`);
    await page.locator('.react-flow__node').nth(total - 1).waitFor({ state: 'attached', timeout: 30_000 });
    await page.getByTestId('run-speed').selectOption('max');
    // Page scripts go in as strings: tsx would wrap functions in a helper the page does not have.
    await page.evaluate(`window.__longest = 0;
      window.__tasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) { window.__longest = Math.max(window.__longest, e.duration); window.__tasks.push(Math.round(e.startTime) + ':' + Math.round(e.duration)); } })
        .observe({ type: 'longtask', buffered: false });`);
    await page.waitForTimeout(Number(process.env.BENCH_SETTLE_MS ?? 3000)); // a person looks before pressing Run; the charts preload meanwhile
    const runAt = await page.evaluate<number>('performance.now()');
    if (!process.env.BENCH_IDLE) await page.getByTestId('run-start').click();
    await page.waitForTimeout(1000); // the first frames and the lazy charts chunk
    if (process.env.BENCH_NO_CHARTS) await page.getByRole('button', { name: 'Hide charts' }).click();
    const frames = await page.evaluate<number>(`new Promise((resolve) => {
      let count = 0;
      const start = performance.now();
      const tick = () => { count++; if (performance.now() - start < ${MEASURE_MS}) requestAnimationFrame(tick); else resolve(count); };
      requestAnimationFrame(tick);
    })`);
    const longest = await page.evaluate<number>('window.__longest');
    // After the first 2 s: the dashboard's one-time layout and first chart mount are behind us.
    const steadyLongest = await page.evaluate<number>(`Math.max(0, ...window.__tasks.map((t) => t.split(':').map(Number)).filter(([s]) => s > ${runAt} + 2000).map(([, d]) => d))`);
    if (process.env.BENCH_DEBUG) console.log('long tasks (start:ms)', await page.evaluate<string>('window.__tasks.join(" ")'));
    const clock = (await page.getByTestId('run-clock').textContent()) ?? '';
    return { fps: frames / (MEASURE_MS / 1000), longestTaskMs: longest, steadyLongestMs: steadyLongest, simS: Number(/([\d.]+) s/.exec(clock)?.[1] ?? /(\d+) min/.exec(clock)?.[1] ?? 0) };
  } finally {
    await browser.close();
  }
}

async function main() {
  execSync('npx vite build --outDir dist-bench --emptyOutDir --logLevel warn', { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--outDir', 'dist-bench', '--host', '127.0.0.1', '--strictPort', '--port', String(PORT)], { stdio: 'ignore', detached: true });
  const baseUrl = `http://127.0.0.1:${PORT}`;
  try {
    for (let i = 0; i < 60; i++) {
      try { if ((await fetch(baseUrl)).ok) break; } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 500));
    }
    for (const total of [60, 200]) {
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await measure(baseUrl, total));
      const fps = median(runs.map((x) => x.fps));
      const longest = median(runs.map((x) => x.longestTaskMs));
      const steady = median(runs.map((x) => x.steadyLongestMs));
      const simS = median(runs.map((x) => x.simS));
      console.log(`${total} nodes, max speed, ${MEASURE_MS / 1000} s × ${RUNS} runs: median ${fps.toFixed(1)} fps (runs ${runs.map((x) => x.fps.toFixed(0)).join(', ')}); `
        + `longest main-thread task: median ${longest.toFixed(0)} ms over the whole run (runs ${runs.map((x) => x.longestTaskMs.toFixed(0)).join(', ')}), `
        + `${steady.toFixed(0)} ms after the first 2 s (runs ${runs.map((x) => x.steadyLongestMs.toFixed(0)).join(', ')}); simulated ${simS} s on the clock`);
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

void main();
