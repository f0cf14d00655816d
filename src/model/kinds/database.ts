import { choice, num } from '../params';
import { facePool, sizeParam } from '../sizeParam';
import { defineKind } from './kind';

export const databaseKind = defineKind({
  kind: 'database',
  label: 'Database',
  category: 'data',
  idPrefix: 'db',
  nouns: { a: 'a database', one: 'database', many: 'databases' },
  connectsTo: ['database'],
  accepts: ['read', 'write'],
  summary: 'Relational database: a primary for writes, replicas for reads, or one shard.',
  params: {
    size: sizeParam('r7i', 'connections'),
    role: choice(['primary', 'replica', 'shard'], { applies: 'restart', label: 'Role', default: 'primary', help: 'Primary takes writes; a replica copies it and serves reads; a shard holds part of the keys.' }),
    workers: num({ applies: 'live', label: 'Connections', min: 1, max: 10_000, integer: true, default: 16, help: 'Queries it works on at once.' }),
    readMs: num({ applies: 'live', label: 'Read time', unit: 'ms', min: 0.1, max: 60_000, default: 5, help: 'Mean time of one read query.' }),
    writeMs: num({ applies: 'live', label: 'Write time', unit: 'ms', min: 0.1, max: 60_000, default: 10, help: 'Mean time of one write query.' }),
    replicationLagMs: num({ applies: 'live', label: 'Replication delay', unit: 'ms', min: 0, max: 600_000, default: 100, help: 'Network delay before a write reaches a replica (plus any apply backlog).' }),
    failoverS: num({ applies: 'live', label: 'Failover time', unit: 's', min: 0, max: 3600, default: 10, help: 'How long after the primary dies a replica is promoted.' }),
  },
  // Locks, the write-ahead log and buffer-pool latches: contention and coherency grow fast, so a bigger box soon stops paying.
  scaling: { family: 'r7i', usl: { sigma: 0.03, kappa: 0.0002 } },
  face: (p) => `${p.role} · ${facePool(p.size, p.workers)} conns`,
  // It answers; its edges to other databases are replication, not requests.
  routes: null,
  acceptsWith: (type, p) => p.role !== 'replica' || type === 'read',
  reachedAs: 'cluster',
  // A dead primary (or shard) with a live replica is replaced by the promoted replica.
  whenDead: (p, hasLiveReplica) => (p.role !== 'replica' && hasLiveReplica ? 'promoted' : 'skipped'),
  spofHint: (p, facts) => {
    if (p.role === 'replica') return 'The only database these reads can reach: also connect the web servers (or cache) to the primary, or add a second replica.';
    if (p.role === 'shard') return 'This shard has no replica: add a replica (a database with role replica, wired from the shard) so its keys survive.';
    return facts.replicas > 0
      ? 'Its replicas cannot take over for these requests: connect the web servers to a replica too.'
      : 'No replica: add a database with role replica and connect the primary to it, so a replica can be promoted.';
  },
  // A replica answers reads only; writes must reach a primary (or a shard).
  servesLocally: (type, p) => (p.role === 'replica' ? type === 'read' : type === 'read' || type === 'write'),
  dataTier: true,
});
