import LZString from 'lz-string';
import { expect, type Page } from '@playwright/test';

/** Screenshots land here; look at them (E2E_OUT moves them with the rest of a run's results). */
export const SHOTS = `${process.env.E2E_OUT ?? 'test-results'}/screens`;

/** A node on the canvas, as React Flow renders it. */
export const flowNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Drags a component from the palette onto the canvas at (x, y) relative to the canvas: real HTML5 drag and drop. */
export async function dragFromPalette(page: Page, kind: string, x: number, y: number) {
  await page.getByTestId(`palette-${kind}`).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x, y } });
}

/** Drags with the mouse from a node's source handle (right) to another node's target handle (left). */
/**
 * Drags from `sourceId`'s handle to `targetId`'s. With `refused`, one drag that the edge rules are
 * expected to turn down (the caller checks the toast), so no edge is waited for.
 */
export async function connect(page: Page, sourceId: string, targetId: string, { refused = false } = {}) {
  const edges = page.locator('.react-flow__edge');
  const before = await edges.count();
  // Selecting a node opens the inspector, which resizes the canvas; the view is kept when the
  // design still shows, but re-fitted when it would be cut off, and a drag aimed at handles that
  // have just moved lands nowhere. Aim once the view rests, and aim again if the edge did not appear.
  for (let attempt = 1; ; attempt++) {
    await viewAtRest(page);
    const source = flowNode(page, sourceId).locator('.react-flow__handle.source');
    const target = flowNode(page, targetId).locator('.react-flow__handle.target');
    const from = (await source.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2 + 20, { steps: 8 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    if (refused) return;
    try {
      await expect(edges).toHaveCount(before + 1, { timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Waits until the canvas's pan and zoom have stayed the same for several polls (a re-fit has landed). */
export async function viewAtRest(page: Page) {
  const viewport = page.locator('.react-flow__viewport');
  let last = '';
  let steady = 0;
  await expect.poll(async () => {
    const transform = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
    steady = transform === last ? steady + 1 : 0;
    last = transform;
    return steady;
  }, { intervals: [60] }).toBeGreaterThanOrEqual(4);
}

/** Waits until the autosave holds a design with `count` nodes (the save is debounced). */
export async function waitForAutosave(page: Page, count: number) {
  await expect.poll(async () => page.evaluate(() => {
    const raw = localStorage.getItem('scale-playground:autosave:v1');
    return raw ? (JSON.parse(raw) as { design: { nodes: unknown[] } }).design.nodes.length : -1;
  })).toBe(count);
}

/**
 * A share link's fragment for a design, as docs/design-format.md defines it. Built here rather than with
 * src/model's codec: Playwright's loader cannot take lz-string's named exports.
 */
export function designLink(design: object): string {
  return `#d=${LZString.compressToEncodedURIComponent(JSON.stringify(design))}`;
}

/** Opens Share and returns the link it offers for the current design. */
export async function shareLink(page: Page): Promise<string> {
  await page.getByTestId('toolbar-share').click();
  const field = page.getByTestId('share-link');
  await expect(field).toHaveValue(/#d=/);
  return field.inputValue();
}

/** The design a share link carries, read back from its `#d=` fragment (the inverse of designLink). */
export function designInLink(link: string): { scenario: object[]; [key: string]: unknown } {
  const payload = /#d=([^&]+)/.exec(link)?.[1];
  if (!payload) throw new Error(`no #d= in ${link}`);
  return JSON.parse(LZString.decompressFromEncodedURIComponent(payload)) as { scenario: object[] };
}

/**
 * Users → a balancer → two web servers (web-1, web-2) → a database: the fault specs' small design.
 * `users` are the client's params; `durationS` the run's length.
 */
export function twoServersDesign(name: string, users: object, durationS: number, scenario: object[]) {
  return {
    version: 2,
    name,
    nodes: [
      { id: 'users', kind: 'client', position: { x: 0, y: 120 }, params: users },
      { id: 'lb', kind: 'loadBalancer', position: { x: 250, y: 120 }, params: {} },
      { id: 'web-1', kind: 'web', position: { x: 500, y: 40 }, params: { workers: 8, serviceMs: 10 } },
      { id: 'web-2', kind: 'web', position: { x: 500, y: 220 }, params: { workers: 8, serviceMs: 10 } },
      { id: 'db', kind: 'database', position: { x: 750, y: 120 }, params: {} },
    ],
    edges: [
      { id: 'e1', source: 'users', target: 'lb' },
      { id: 'e2', source: 'lb', target: 'web-1' },
      { id: 'e3', source: 'lb', target: 'web-2' },
      { id: 'e4', source: 'web-1', target: 'db' },
      { id: 'e5', source: 'web-2', target: 'db' },
    ],
    sim: { seed: 7, durationS, hopLatencyMs: 1 },
    scenario,
  };
}

/** Users → one web server → one database: the chapter's starting point, on a 600 s run. */
export const oneServer = {
  version: 1,
  name: 'One server',
  nodes: [
    { id: 'users', kind: 'client', position: { x: 0, y: 120 }, params: { rps: 200, mix: { static: 0, read: 0.8, write: 0.2, job: 0 } } },
    { id: 'web-1', kind: 'web', position: { x: 300, y: 120 }, params: { workers: 8, serviceMs: 10 } },
    { id: 'db', kind: 'database', position: { x: 600, y: 120 }, params: {} },
  ],
  edges: [{ id: 'e1', source: 'users', target: 'web-1' }, { id: 'e2', source: 'web-1', target: 'db' }],
  sim: { seed: 7, durationS: 600, hopLatencyMs: 1 },
  scenario: [],
};
