import { num } from '../params';
import { defineKind } from './kind';

export const sessionStoreKind = defineKind({
  kind: 'sessionStore',
  label: 'Session store',
  category: 'data',
  summary: 'Shared session data (Redis-like), so any web server can serve any user.',
  params: {
    workers: num({ label: 'Workers', min: 1, max: 10_000, integer: true, default: 8, help: 'Lookups it serves at once.' }),
    serviceMs: num({ label: 'Lookup time', unit: 'ms', min: 0.01, max: 10_000, default: 1, help: 'Mean time of one session lookup.' }),
  },
});
