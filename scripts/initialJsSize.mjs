/**
 * The JavaScript a visitor downloads before the playground can paint: the scripts index.html loads
 * and the chunks it preloads, gzipped. Lazy chunks (charts, export, layout, the worker) are not
 * counted: they load on demand. Used by `npm run build` (prints it) and the budget unit test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Initial-JS budget, gzipped: what is measured and 1 KB of room. Issue 17's target is 180 KB;
 * docs/performance.md says what is in the first load and what stands in the way (the guided stages'
 * data, the design decoder, React and React Flow). 219.4 KB before the decoders moved to zod/mini
 * (204.1) and the inline worker's host became a lazy chunk: 203.4 KB measured (with the kind files
 * carrying their facts), 204.5 allowed. Issue 14's faults (the version-2 scenario's checks in the
 * decoder, retries, rate limits, breakers and cold starts in the kind files, the live fault command)
 * add about 1.9 KB, services (issue 20: the new stage's data, the routes and rules decoder) about 2 KB,
 * cost (issue 16: size params, the budget goal) about 1 KB: 210.8 KB measured, 212 allowed. The two
 * fault stages' data (issue 14: "Retry storm", "Partial failure") and the scenario edits add about
 * 2.9 KB (the fault timeline itself is a lazy chunk). Deploys (issue 20: the scenario's deploy schema,
 * classroom deploy steps, the deploys panel; the deploy menu and route editor load lazily) add about
 * 1 KB, the routing work about 0.6 KB, and teachers (issue 18: the audience window's store actions
 * and page switch, the presenter's reload check, teachers' scripts in the demo list) about 1.5 KB.
 * Predicting the hit ratio and the highest load (issue 15: the menu, the words, the sweep's progress
 * in the stage panel; the sweep itself loads lazily) about 1.1 KB: 218.3 KB measured. Then the
 * stages' data and the classroom demos became one lazy chunk (stageContent, about 20 KB), the
 * module-preload polyfill went (0.2), the share-link compressor (lz-string, 1.3) and Tidy's layout
 * code (0.6) moved out of the first load: 196.1 KB measured. The editor's Record button (issue 18,
 * its dialog and recorder lazy) and this round's fault and service work add about 1.1 KB: 197.2 KB
 * measured. Then the design decoder with zod became a chunk of its own (src/model/decoding.ts,
 * fetched by src/store/decoder.ts: 14.3 KB), and the SPOF panel, the narrow layout, My designs'
 * dialog actions and what only lazy panels use of the shared modules (the migrations, a
 * prediction's words, the fault targets' checks, the deploy facts, the Compare runner, the money
 * formats and the rate slider) left the first load: 179.4 KB. The SPOF analysis became a chunk
 * (src/store/spofAnalysis.ts, 1.5 KB): 177.9 KB measured, 180 allowed (the target).
 */
export const INITIAL_JS_BUDGET_BYTES = 180 * 1024;

/** The gzipped size of each script index.html in `distDir` loads up front. */
export function initialJsSizes(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
  return refs.map((ref) => {
    const file = join(distDir, ref.replace(/^\.?\//, ''));
    return { file: ref, gzipBytes: gzipSync(readFileSync(file), { level: 9 }).length };
  });
}

// `node scripts/initialJsSize.mjs [dist]`: print the sizes and the total against the budget.
if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = initialJsSizes(process.argv[2] ?? 'dist');
  const total = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
  for (const s of sizes) console.log(`  ${s.file}  ${(s.gzipBytes / 1024).toFixed(1)} KB gzip`);
  console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${INITIAL_JS_BUDGET_BYTES / 1024} KB)`);
  if (total > INITIAL_JS_BUDGET_BYTES) process.exitCode = 1;
}
