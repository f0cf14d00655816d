import { num } from '../params';
import { compact, defineKind } from './kind';

export const queueKind = defineKind({
  kind: 'queue',
  label: 'Message queue',
  category: 'async',
  idPrefix: 'queue',
  nouns: { a: 'a message queue', one: 'message queue', many: 'message queues' },
  connectsTo: ['worker'],
  accepts: ['job'],
  summary: 'Durable buffer: producers drop jobs in, workers take them out at their own pace.',
  params: {
    capacity: num({ applies: 'live', label: 'Capacity', unit: 'messages', min: 1, max: 100_000_000, integer: true, default: 10_000, help: 'Messages it holds; beyond it new jobs are refused.' }),
  },
  face: (p) => `capacity ${compact(p.capacity)}`,
  routes: ({ ofKinds }) => [ofKinds('worker')],
  spofHint: () => 'One queue: run a second queue (or a replicated broker) and connect the web servers to both.',
});
