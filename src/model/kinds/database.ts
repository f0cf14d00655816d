import { choice, num } from '../params';
import { defineKind } from './kind';

export const databaseKind = defineKind({
  kind: 'database',
  label: 'Database',
  category: 'data',
  summary: 'Relational database: a primary for writes, replicas for reads, or one shard.',
  params: {
    role: choice(['primary', 'replica', 'shard'], { label: 'Role', default: 'primary', help: 'Primary takes writes; a replica copies it and serves reads; a shard holds part of the keys.' }),
    workers: num({ label: 'Connections', min: 1, max: 10_000, integer: true, default: 16, help: 'Queries it works on at once.' }),
    readMs: num({ label: 'Read time', unit: 'ms', min: 0.1, max: 60_000, default: 5, help: 'Mean time of one read query.' }),
    writeMs: num({ label: 'Write time', unit: 'ms', min: 0.1, max: 60_000, default: 10, help: 'Mean time of one write query.' }),
    replicationLagMs: num({ label: 'Replication delay', unit: 'ms', min: 0, max: 600_000, default: 100, help: 'Network delay before a write reaches a replica (plus any apply backlog).' }),
    failoverS: num({ label: 'Failover time', unit: 's', min: 0, max: 3600, default: 10, help: 'How long after the primary dies a replica is promoted.' }),
  },
});
