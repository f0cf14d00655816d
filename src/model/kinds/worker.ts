import { num } from '../params';
import { compact, defineKind } from './kind';
import { facePool, sizeParam } from '../sizeParam';

export const workerKind = defineKind({
  kind: 'worker',
  label: 'Workers',
  category: 'async',
  idPrefix: 'workers',
  nouns: { a: 'a worker pool', one: 'worker pool', many: 'worker pools' },
  connectsTo: ['database', 'cache', 'shardRouter', 'nosql', 'objectStore'],
  accepts: ['job'],
  summary: 'Consumers that take jobs from a queue and do the slow work.',
  params: {
    size: sizeParam('m7i', 'consumers'),
    workers: num({ applies: 'live', label: 'Consumers', min: 1, max: 10_000, integer: true, default: 4, help: 'Jobs processed at once.' }),
    serviceMs: num({ applies: 'live', label: 'Job time', unit: 'ms', min: 0.1, max: 600_000, default: 100, help: 'Mean time one job takes.' }),
  },
  // Jobs are independent but share the box’s memory bandwidth and disks.
  scaling: { family: 'm7i', usl: { sigma: 0.01, kappa: 0.00002 } },
  face: (p) => `${facePool(p.size, p.workers)} workers · ${compact(p.serviceMs)} ms`,
  // It does the job and writes the result to whatever data store it has: past it a job is a write.
  routes: ({ ofKinds, writeDatabases }) => [ofKinds('shardRouter', 'nosql'), writeDatabases(ofKinds('database'))],
  onward: (type) => (type === 'job' ? 'write' : type),
  spofHint: () => 'One worker pool: add a second one on the same queue.',
  // With no store behind it a worker finishes its job on its own.
  servesLocally: (type) => type === 'job',
});
