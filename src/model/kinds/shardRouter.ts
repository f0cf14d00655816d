import { choice, num } from '../params';
import { defineKind } from './kind';

export const shardRouterKind = defineKind({
  kind: 'shardRouter',
  label: 'Shard router',
  category: 'data',
  idPrefix: 'router',
  nouns: { a: 'a shard router', one: 'shard router', many: 'shard routers' },
  connectsTo: ['database', 'nosql'],
  accepts: ['read', 'write'],
  summary: 'Maps each key to one shard database.',
  params: {
    strategy: choice(['modulo', 'consistentHash'], { applies: 'restart', label: 'Strategy', default: 'modulo', help: 'hash(key) % N moves most keys when N changes; a consistent-hash ring moves about 1/N.' }),
    virtualNodes: num({ applies: 'restart', label: 'Virtual nodes', min: 1, max: 1000, integer: true, default: 100, help: 'Points per shard on the ring: more points, more even load.' }),
  },
  face: (p) => (p.strategy === 'consistentHash' ? 'consistent hash' : 'hash % N'),
  routes: ({ ofKinds }) => [ofKinds('database', 'nosql')],
  spofHint: () => 'One shard router: add a second one in front of the same shards.',
  dataTier: true,
});
