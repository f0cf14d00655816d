import { num } from '../params';
import { defineKind } from './kind';

export const queueKind = defineKind({
  kind: 'queue',
  label: 'Message queue',
  category: 'async',
  summary: 'Durable buffer: producers drop jobs in, workers take them out at their own pace.',
  params: {
    capacity: num({ label: 'Capacity', unit: 'messages', min: 1, max: 100_000_000, integer: true, default: 10_000, help: 'Messages it holds; beyond it new jobs are refused.' }),
  },
});
