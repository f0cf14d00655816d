/**
 * What the first load is made of: `node scripts/initialJsParts.mjs [depth]` builds the site as
 * `npm run build` does (into a temporary folder), then lists the parts of the chunk index.html
 * loads, largest first: each npm package, and each src folder (`depth` path segments, 2 by default:
 * `src/model`; 3 names its sub-folders and files). A part's figure is its code minified and gzipped
 * on its own, so the parts add up to a little more than the first load (`node scripts/initialJsSize.mjs dist`
 * measures the files as served).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { build } from 'vite';

const depth = Number(process.argv[2] ?? 2);
const partOf = (id) => {
  const inPackages = id.lastIndexOf('node_modules/');
  if (inPackages >= 0) {
    const path = id.slice(inPackages + 'node_modules/'.length).split('/');
    return path[0].startsWith('@') ? `${path[0]}/${path[1]}` : path[0];
  }
  const inSrc = id.indexOf('/src/');
  return inSrc >= 0 ? id.slice(inSrc + 1).split('/').slice(0, depth).join('/') : id.replace(/^\0/, '');
};
const minifiedGzip = (code) => gzipSync(transformSync(code, { minify: true, loader: 'js' }).code, { level: 9 }).length;

const parts = new Map();
const collect = {
  name: 'initial-js-parts',
  generateBundle(_options, bundle) {
    for (const out of Object.values(bundle)) {
      if (out.type !== 'chunk' || !out.isEntry) continue;
      for (const [id, mod] of Object.entries(out.modules)) parts.set(partOf(id), (parts.get(partOf(id)) ?? '') + (mod.code ?? ''));
    }
  },
};

const outDir = mkdtempSync(join(tmpdir(), 'sp-parts-'));
process.env.NODE_ENV = 'production'; // React's production build, as `npm run build` bundles it
try {
  await build({ logLevel: 'error', mode: 'production', plugins: [collect], build: { outDir, emptyOutDir: true } });
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
const sized = [...parts].map(([name, code]) => [name, minifiedGzip(code)]).sort((a, b) => b[1] - a[1]);
for (const [name, bytes] of sized) if (bytes >= 256) console.log(`${(bytes / 1024).toFixed(1).padStart(6)} KB  ${name}`);
const small = sized.filter(([, bytes]) => bytes < 256);
if (small.length) console.log(`${(small.reduce((sum, [, b]) => sum + b, 0) / 1024).toFixed(1).padStart(6)} KB  ${small.length} parts under 0.25 KB each`);
