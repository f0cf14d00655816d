import { num } from '../params';
import { defineKind } from './kind';

export const nosqlKind = defineKind({
  kind: 'nosql',
  label: 'NoSQL store',
  category: 'data',
  summary: 'Key-value store for non-relational data; scales out easily.',
  params: {
    workers: num({ label: 'Workers', min: 1, max: 100_000, integer: true, default: 32, help: 'Operations it serves at once.' }),
    serviceMs: num({ label: 'Operation time', unit: 'ms', min: 0.01, max: 60_000, default: 3, help: 'Mean time of one read or write.' }),
  },
});
