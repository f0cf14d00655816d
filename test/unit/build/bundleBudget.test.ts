import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET_BYTES, initialJsSizes } from '../../../scripts/initialJsSize.mjs';

const outDir = mkdtempSync(join(tmpdir(), 'sp-budget-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('initial JavaScript budget', () => {
  it('keeps what loads before the first paint under 300 KB gzipped', async () => {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const sizes = initialJsSizes(outDir);
    expect(sizes.length).toBeGreaterThan(0);
    const total = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
    expect(total, `initial JS is ${(total / 1024).toFixed(1)} KB gzip: ${sizes.map((s) => `${s.file} ${(s.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}`)
      .toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    // Charts wait for the first run: the dashboard chunk must not be in the first bundle.
    expect(sizes.some((s) => /Dashboard/.test(s.file))).toBe(false);
  }, 120_000);
});
