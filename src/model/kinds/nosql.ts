import { num } from '../params';
import { oneDecimal, defineKind } from './kind';

export const nosqlKind = defineKind({
  kind: 'nosql',
  label: 'NoSQL store',
  category: 'data',
  idPrefix: 'nosql',
  nouns: { a: 'a NoSQL store', one: 'NoSQL store', many: 'NoSQL stores' },
  connectsTo: [],
  accepts: ['read', 'write'],
  summary: 'Key-value store for non-relational data; scales out easily.',
  params: {
    workers: num({ applies: 'live', label: 'Workers', min: 1, max: 100_000, integer: true, default: 32, help: 'Operations it serves at once.' }),
    serviceMs: num({ applies: 'live', label: 'Operation time', unit: 'ms', min: 0.01, max: 60_000, default: 3, help: 'Mean time of one read or write.' }),
  },
  face: (p) => `${p.workers} workers · ${oneDecimal(p.serviceMs)} ms`,
  routes: null,
  reachedAs: 'key',
  spofHint: () => 'One NoSQL node: add a second one.',
  servesLocally: (type) => type === 'read' || type === 'write',
  dataTier: true,
});
