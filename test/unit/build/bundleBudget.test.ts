import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET_BYTES, initialJsSizes } from '../../../scripts/initialJsSize.mjs';
import { STAGES } from '../../../src/stages';

const outDir = mkdtempSync(join(tmpdir(), 'sp-budget-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('initial JavaScript budget', () => {
  it(`keeps what loads before the first paint under ${INITIAL_JS_BUDGET_BYTES / 1024} KB gzipped, the parts an empty editor does not show loading later`, async () => {
    // As `npm run build` makes it: Vitest sets NODE_ENV=test, which would bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ logLevel: 'silent', mode: 'production', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const sizes = initialJsSizes(outDir);
    expect(sizes.length).toBeGreaterThan(0);
    const total = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
    expect(total, `initial JS is ${(total / 1024).toFixed(1)} KB gzip: ${sizes.map((s) => `${s.file} ${(s.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}`)
      .toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    // Charts wait for the first run; the inspector, the run dashboard, the stage panel, classroom
    // mode, the embed view, the Record dialog with its recorder, the stages' data (with the
    // classroom demos), the design decoder, the SPOF panel, the narrow layout and the nodes' live badge are chunks of
    // their own, loaded after the first paint (the decoder before it when there is a design to read).
    const chunks = readdirSync(join(outDir, 'assets'));
    for (const lazy of ['Dashboard', 'DashboardPanel', 'Inspector', 'StagePanel', 'PresenterView', 'EmbedView', 'RecordDialog', 'recordRun', 'stageContent', 'decoding', 'SpofPanel', 'NarrowLayout', 'LiveBadge']) {
      expect(chunks.some((f) => f.startsWith(`${lazy}-`) && f.endsWith('.js')), `a ${lazy} chunk`).toBe(true);
      expect(sizes.some((s) => s.file.includes(`/${lazy}-`)), `${lazy} loads up front`).toBe(false);
    }
    // No stage's text is in the first load (the stages' chunk may be shared with the stage panel's).
    const initialText = sizes.map((s) => readFileSync(join(outDir, s.file), 'utf8')).join('\n');
    for (const stage of STAGES) expect(initialText.includes(stage.explanation.slice(0, 60)), `stage ${stage.id}'s explanation loads up front`).toBe(false);
    // No zod at all: every zod schema keeps its internals under `_zod`. Nor the decoder's own words.
    expect(initialText.includes('_zod'), 'zod loads up front').toBe(false);
    expect(initialText.includes('must be a text id'), 'the design decoder loads up front').toBe(false);
  }, 120_000);
});
