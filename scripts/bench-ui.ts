/**
 * `npm run bench:ui`: how light the first load is, and how smooth the page stays and how busy the
 * worker is while a big design runs at max speed.
 * Builds the site and serves it. First load: the initial JavaScript (gzipped, what index.html loads
 * before the first paint) and the first contentful paint of the empty editor in headless Chromium
 * with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), five loads, median.
 * Then it opens a 60-node and a 200-node design by share link, presses Run at max speed, and for
 * 10 s counts requestAnimationFrame callbacks (frames per second on the page), records the longest
 * main-thread task (PerformanceObserver 'longtask') and, from the frames the worker posts, the share
 * of wall time the worker spent in the engine and the simulated seconds per wall second; then for
 * 5 s more while the mouse zooms, pans and drags a node. Five runs per design; prints the medians,
 * each target figure with its target and met / not met. A benchmark, not a test: figures depend on
 * the machine (headless, software rendering, shared cores).
 */
import { chromium } from '@playwright/test';
import { spawn, execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import LZString from 'lz-string';
import { chromiumPath } from './chromium-path.mjs';
import { initialJsSizes } from './initialJsSize.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
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

/**
 * BENCH_PROFILE=<ms>: a JS CPU profile from Run until <ms> later (page-side), printed as the
 * functions with the most self and total time. Build with BENCH_NO_MINIFY=1 for readable names.
 */
async function startProfile(page: import('@playwright/test').Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stopAndPrint(ms: number) {
      await page.waitForTimeout(Math.max(0, ms - 1000));
      const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      const name = (id: number) => { const f = byId.get(id)!.callFrame; return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`; };
      // BENCH_PROFILE_FROM=<ms>: only samples from that long after the profile started.
      const from = Number(process.env.BENCH_PROFILE_FROM ?? 0) * 1000;
      let clock = 0;
      const inWindow = profile.samples.map((_, i) => (clock += profile.timeDeltas[i] ?? 0) >= from);
      profile.samples.forEach((id, i) => {
        if (!inWindow[i]) return;
        const dt = (profile.timeDeltas[i] ?? 0) / 1000;
        self.set(name(id), (self.get(name(id)) ?? 0) + dt);
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const k = name(at);
          if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + dt); }
        }
      });
      const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
      console.log(`self time, first ${ms} ms after Run:\n${top(self, 25)}\ntotal time:\n${top(total, 40)}`);
      // BENCH_FOCUS=<function name>: where the time under that function goes (total time of the frames it calls).
      const focus = process.env.BENCH_FOCUS;
      if (focus) {
        const under = new Map<string, number>();
        profile.samples.forEach((id, i) => {
          if (!inWindow[i]) return;
          const dt = (profile.timeDeltas[i] ?? 0) / 1000;
          const chain: number[] = [];
          for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) chain.push(at);
          const hit = chain.findIndex((at) => byId.get(at)!.callFrame.functionName === focus);
          if (hit <= 0) return;
          const child = name(chain[hit - 1]);
          under.set(child, (under.get(child) ?? 0) + dt);
        });
        console.log(`called from ${focus}:\n${top(under, 20)}`);
      }
    },
  };
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number; type?: string } } }

/**
 * BENCH_TRACE=<ms>: a Chrome trace from Run until <ms> later; prints each main-thread task over
 * 50 ms with the time its direct children took by kind (script, style, layout, paint, GC…).
 */
function printTrace({ traceEvents }: { traceEvents: TraceEvent[] }): void {
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return;
  const onMain = traceEvents.filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
  const t0 = onMain[0]?.ts ?? 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const kinds = new Map<string, number>();
    // Leaf-ish accounting: every event inside the task, minus its children, by name.
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    for (const e of inside) {
      const childTime = inside.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur! <= e.ts + e.dur! && c.ts > e.ts - 1).reduce((sum, c) => sum + (isDirectChild(inside, e, c) ? c.dur! : 0), 0);
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + Math.max(0, e.dur! - childTime));
    }
    const parts = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(', ');
    console.log(`task at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(0)} ms — ${parts}`);
    const calls = inside.filter((e) => (e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame') && e.dur! > 5000);
    for (const c of calls.slice(0, 6)) {
      const d = c.args?.data;
      console.log(`    ${c.name} ${(c.dur! / 1000).toFixed(0)} ms ${d?.functionName ?? ''} ${d?.type ?? ''} ${(d?.url ?? '').split('/').pop()}:${d?.lineNumber ?? ''}`);
    }
  }
}

function isDirectChild(all: TraceEvent[], parent: TraceEvent, child: TraceEvent): boolean {
  return !all.some((m) => m !== parent && m !== child && m.ts >= parent.ts && m.ts + m.dur! <= parent.ts + parent.dur! && child.ts >= m.ts && child.ts + child.dur! <= m.ts + m.dur! && m.dur! > child.dur!);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Frames per second for 5 s while a person zooms (mouse wheel), pans (drags the background) and
 * drags a node on the canvas, the run still going at max speed.
 */
async function panAndZoom(page: import('@playwright/test').Page): Promise<number> {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) return 0;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const counting = page.evaluate<number>(`new Promise((resolve) => {
    let count = 0;
    const start = performance.now();
    const tick = () => { count++; if (performance.now() - start < ${INTERACT_MS}) requestAnimationFrame(tick); else resolve(count); };
    requestAnimationFrame(tick);
  })`);
  const until = Date.now() + INTERACT_MS - 300;
  for (let i = 0; Date.now() < until; i++) {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, i % 2 === 0 ? -150 : 150);
    await page.mouse.down();
    await page.mouse.move(cx + 90, cy + 50, { steps: 10 });
    await page.mouse.move(cx, cy, { steps: 10 });
    await page.mouse.up();
    // Drag a node there and back (it stays under the pointer whatever the zoom).
    const node = await page.locator('.react-flow__node[data-id="web-3"]').boundingBox();
    if (node) {
      await page.mouse.move(node.x + node.width / 2, node.y + node.height / 2);
      await page.mouse.down();
      await page.mouse.move(node.x + node.width / 2 + 60, node.y + node.height / 2 + 30, { steps: 10 });
      await page.mouse.move(node.x + node.width / 2, node.y + node.height / 2, { steps: 10 });
      await page.mouse.up();
    }
  }
  return (await counting) / (INTERACT_MS / 1000);
}

const INTERACT_MS = 5000;

const launch = () => chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-timer-throttling'] });

/**
 * Page script, before the app's own: every frame a worker posts is noted as [page time, simulated
 * ms, busy share], so the worker's pacing is measured from the outside, as the page sees it.
 */
const WATCH_WORKER_FRAMES = `window.__simFrames = [];
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const m = e.data;
        if (m && m.type === 'frame' && typeof m.busyShare === 'number') window.__simFrames.push([performance.now(), m.frame.tMs, m.busyShare]);
      });
    }
  };`;

/** Busy share (wall-time weighted) and simulated s per wall s over the frames in [fromMs, toMs] page time. */
function workerPace(frames: [number, number, number][], fromMs: number, toMs: number): { busyShare: number; simSPerS: number } {
  const inWindow = frames.filter(([at]) => at >= fromMs && at <= toMs);
  if (inWindow.length < 2) return { busyShare: 0, simSPerS: 0 };
  let busyMs = 0;
  for (let i = 1; i < inWindow.length; i++) busyMs += inWindow[i][2] * (inWindow[i][0] - inWindow[i - 1][0]);
  const [first, last] = [inWindow[0], inWindow[inWindow.length - 1]];
  const wallMs = last[0] - first[0];
  return { busyShare: busyMs / wallMs, simSPerS: (last[1] - first[1]) / wallMs };
}

/**
 * First contentful paint of the empty editor, and when React's editor is drawn (its design-name
 * field is in the page), both in ms from navigation, with the CPU slowed `slowdown` times.
 */
async function firstLoad(baseUrl: string, slowdown: number, path = ''): Promise<{ fcpMs: number; editorMs: number }> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.addInitScript(`new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="design-name"]')) { window.__editorAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });`);
    await page.goto(`${baseUrl}/${path}`);
    if (!path) await page.getByTestId('design-name').waitFor({ state: 'attached', timeout: 60_000 });
    const fcpMs = await page.evaluate<number>(`new Promise((resolve) => new PerformanceObserver((list) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (fcp) resolve(fcp.startTime);
    }).observe({ type: 'paint', buffered: true }))`);
    return { fcpMs, editorMs: path ? 0 : await page.evaluate<number>('window.__editorAt') };
  } finally {
    await browser.close();
  }
}

async function measure(baseUrl: string, total: number): Promise<{ fps: number; interactFps: number; interactLongestMs: number; longestTaskMs: number; steadyLongestMs: number; simS: number; busyShare: number; simSPerS: number }> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(WATCH_WORKER_FRAMES);
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
    const profiler = process.env.BENCH_PROFILE ? await startProfile(page) : null;
    if (process.env.BENCH_TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    if (!process.env.BENCH_IDLE) await page.getByTestId('run-start').click();
    await page.waitForTimeout(1000); // the first frames and the lazy charts chunk
    if (profiler) await profiler.stopAndPrint(Number(process.env.BENCH_PROFILE));
    if (process.env.BENCH_TRACE) {
      await page.waitForTimeout(Math.max(0, Number(process.env.BENCH_TRACE) - 1000));
      printTrace(JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] });
    }
    if (process.env.BENCH_NO_CHARTS) await page.getByRole('button', { name: 'Hide charts' }).click();
    const measureFrom = await page.evaluate<number>('performance.now()');
    const frames = await page.evaluate<number>(`new Promise((resolve) => {
      let count = 0;
      const start = performance.now();
      const tick = () => { count++; if (performance.now() - start < ${MEASURE_MS}) requestAnimationFrame(tick); else resolve(count); };
      requestAnimationFrame(tick);
    })`);
    const longest = await page.evaluate<number>('window.__longest');
    const pace = workerPace(await page.evaluate<[number, number, number][]>('window.__simFrames'), measureFrom, measureFrom + MEASURE_MS);
    await page.evaluate('window.__longest = 0');
    const interactFps = process.env.BENCH_NO_INTERACT ? 0 : await panAndZoom(page);
    const interactLongest = await page.evaluate<number>('window.__longest');
    // After the first 2 s: the dashboard's one-time layout and first chart mount are behind us.
    const steadyLongest = await page.evaluate<number>(`Math.max(0, ...window.__tasks.map((t) => t.split(':').map(Number)).filter(([s]) => s > ${runAt} + 2000 && s < ${runAt} + 1000 + ${MEASURE_MS}).map(([, d]) => d))`);
    if (process.env.BENCH_DEBUG) console.log('long tasks (ms after Run:ms)', await page.evaluate<string>(`window.__tasks.map((t) => { const [s, d] = t.split(':').map(Number); return Math.round(s - ${runAt}) + ':' + d; }).join(' ')`));
    const clock = (await page.getByTestId('run-clock').textContent()) ?? '';
    return { ...pace, fps: frames / (MEASURE_MS / 1000), interactFps, interactLongestMs: interactLongest, longestTaskMs: longest, steadyLongestMs: steadyLongest, simS: Number(/([\d.]+) s/.exec(clock)?.[1] ?? /(\d+) min/.exec(clock)?.[1] ?? 0) };
  } finally {
    await browser.close();
  }
}

async function main() {
  execSync(`npx vite build --outDir dist-bench --emptyOutDir --logLevel warn${process.env.BENCH_NO_MINIFY ? ' --minify false' : ''}`, { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--outDir', 'dist-bench', '--host', '127.0.0.1', '--strictPort', '--port', String(PORT)], { stdio: 'ignore', detached: true });
  const baseUrl = `http://127.0.0.1:${PORT}`;
  try {
    for (let i = 0; i < 60; i++) {
      try { if ((await fetch(baseUrl)).ok) break; } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 500));
    }
    const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');
    const initialKb = initialJsSizes('dist-bench').reduce((sum, x) => sum + x.gzipBytes, 0) / 1024;
    console.log(`initial JavaScript: ${initialKb.toFixed(1)} KB gzipped   (target ≤ 180 KB: ${verdict(initialKb <= 180)})`);
    // The floor on this machine: the same page with no script and no stylesheet, loaded alternately.
    writeFileSync('dist-bench/html-only.html', readFileSync('dist-bench/index.html', 'utf8').replace(/<script[^>]*><\/script>|<link rel="(?:modulepreload|stylesheet)"[^>]*>/g, ''));
    const loads = [];
    const floor: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      loads.push(await firstLoad(baseUrl, 4));
      floor.push((await firstLoad(baseUrl, 4, 'html-only.html')).fcpMs);
    }
    const fcp = median(loads.map((x) => x.fcpMs));
    console.log(`first contentful paint, empty editor, CPU slowed 4×: median ${fcp.toFixed(0)} ms (runs ${loads.map((x) => x.fcpMs.toFixed(0)).join(', ')})   (target ≤ 1000 ms: ${verdict(fcp <= 1000)}); `
      + `the editor itself drawn at ${median(loads.map((x) => x.editorMs)).toFixed(0)} ms (runs ${loads.map((x) => x.editorMs.toFixed(0)).join(', ')}); `
      + `the same HTML without scripts or styles paints at ${median(floor).toFixed(0)} ms (runs ${floor.map((x) => x.toFixed(0)).join(', ')})`);
    for (const total of (process.env.BENCH_SIZES ?? '60,200').split(',').filter(Boolean).map(Number)) {
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await measure(baseUrl, total));
      const fps = median(runs.map((x) => x.fps));
      const longest = median(runs.map((x) => x.longestTaskMs));
      const steady = median(runs.map((x) => x.steadyLongestMs));
      const simS = median(runs.map((x) => x.simS));
      const interact = median(runs.map((x) => x.interactFps));
      console.log(`${total} nodes, max speed, ${MEASURE_MS / 1000} s × ${RUNS} runs: median ${fps.toFixed(1)} fps (runs ${runs.map((x) => x.fps.toFixed(0)).join(', ')}); `
        + `while zooming, panning and dragging a node ${interact.toFixed(1)} fps (runs ${runs.map((x) => x.interactFps.toFixed(0)).join(', ')}), longest task then ${median(runs.map((x) => x.interactLongestMs)).toFixed(0)} ms; `
        + `longest main-thread task: median ${longest.toFixed(0)} ms over the whole run (runs ${runs.map((x) => x.longestTaskMs.toFixed(0)).join(', ')}), `
        + `${steady.toFixed(0)} ms after the first 2 s (runs ${runs.map((x) => x.steadyLongestMs.toFixed(0)).join(', ')}); simulated ${simS} s on the clock`);
      const busy = median(runs.map((x) => x.busyShare));
      console.log(`${total} nodes, max speed: worker busy ${(busy * 100).toFixed(0)}% of the wall time (runs ${runs.map((x) => (x.busyShare * 100).toFixed(0)).join(', ')})   (target ≥ 90%: ${verdict(busy >= 0.9)}); `
        + `${median(runs.map((x) => x.simSPerS)).toFixed(1)} simulated s per wall s (runs ${runs.map((x) => x.simSPerS.toFixed(1)).join(', ')})`);
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

void main();
