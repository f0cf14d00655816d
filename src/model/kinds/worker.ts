import { num } from '../params';
import { defineKind } from './kind';

export const workerKind = defineKind({
  kind: 'worker',
  label: 'Workers',
  category: 'async',
  summary: 'Consumers that take jobs from a queue and do the slow work.',
  params: {
    workers: num({ label: 'Consumers', min: 1, max: 10_000, integer: true, default: 4, help: 'Jobs processed at once.' }),
    serviceMs: num({ label: 'Job time', unit: 'ms', min: 0.1, max: 600_000, default: 100, help: 'Mean time one job takes.' }),
  },
});
