import { num } from '../params';
import { defineKind } from './kind';

export const objectStoreKind = defineKind({
  kind: 'objectStore',
  label: 'Object store',
  category: 'data',
  summary: 'Origin for static files (S3-like): images, scripts, video.',
  params: {
    workers: num({ label: 'Workers', min: 1, max: 100_000, integer: true, default: 64, help: 'Files it serves at once.' }),
    serviceMs: num({ label: 'Fetch time', unit: 'ms', min: 0.1, max: 60_000, default: 30, help: 'Mean time to serve one file.' }),
  },
});
