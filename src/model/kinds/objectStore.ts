import { num } from '../params';
import { oneDecimal, defineKind } from './kind';

export const objectStoreKind = defineKind({
  kind: 'objectStore',
  label: 'Object store',
  category: 'data',
  idPrefix: 'objects',
  nouns: { a: 'an object store', one: 'object store', many: 'object stores' },
  connectsTo: [],
  accepts: ['static'],
  summary: 'Origin for static files (S3-like): images, scripts, video.',
  params: {
    workers: num({ applies: 'live', label: 'Workers', min: 1, max: 100_000, integer: true, default: 64, help: 'Files it serves at once.' }),
    serviceMs: num({ applies: 'live', label: 'Fetch time', unit: 'ms', min: 0.1, max: 60_000, default: 30, help: 'Mean time to serve one file.' }),
  },
  face: (p) => `${oneDecimal(p.serviceMs)} ms per file`,
  routes: null,
  spofHint: () => 'One object store: put a CDN in front of it, or add a second one.',
  // Users reach it through a CDN, not a web server: the generic refusal lists the CDN.
  dataTier: false,
  servesLocally: (type) => type === 'static',
});
