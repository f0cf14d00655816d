import { makeNode } from '../model';
import { at, defineStage, evolve } from './build';
import { stage03 } from './stage03-load-balancer';
import type { Stage } from './types';

const start = evolve(stage03.solution, { name: 'Stage 4: one database' });

const solution = evolve(start, {
  name: 'Stage 4: primary and two read replicas',
  add: [
    makeNode('database', 'db-replica-1', at(5, 0), { role: 'replica' }),
    makeNode('database', 'db-replica-2', at(5, 1), { role: 'replica' }),
  ],
  link: [
    ['db-primary', 'db-replica-1'], ['db-primary', 'db-replica-2'],
    ['web-1', 'db-replica-1'], ['web-1', 'db-replica-2'],
    ['web-2', 'db-replica-1'], ['web-2', 'db-replica-2'],
  ],
});

export const stage04: Stage = defineStage({
  id: '4',
  title: 'Database replication',
  summary: 'A primary takes the writes, replicas copy it and serve the reads; a replica takes over when the primary dies.',
  explanation: `The web tier can now survive a crash, but the database cannot: it is the one box every request needs. Replication fixes that by keeping copies.

One database is the primary: every write goes there. It sends each change to one or more replicas, which apply it a moment later. Most sites read far more than they write, so the replicas take the reads and the primary is left with the writes.

- If a replica dies, reads go to the other replicas (or to the primary if none is left).
- If the primary dies, writes fail until a replica is promoted to be the new primary. The database's failover time says how long that takes when a machine does it (3 s here); with nobody watching yet, a person has to do it, and the simulation makes that five times slower. Stage 10 automates it.
- Copying takes time, so a replica is always slightly behind. Writes the primary accepted but had not yet sent when it died are lost: the promoted replica never saw them. Reading a replica that has not caught up gives a stale answer.

Add two replicas, draw a replication wire from the primary to each, and connect the web servers to them for reads. The Check kills one replica at 15 s and the primary at 30 s.`,
  newKinds: [],
  start,
  solution,
  scenario: [
    { tS: 15, action: 'kill', target: 'db-replica-1' },
    { tS: 30, action: 'kill', target: 'db-primary' },
  ],
  check: { durationS: 60, seed: 4 },
  goals: [
    { type: 'hasKind', kind: 'database', params: { role: 'replica' }, min: 2, label: 'Run at least two read replicas', hint: 'Add databases with role "replica" and draw a wire from db-primary to each.' },
    { type: 'noSpof', kinds: ['database'], label: 'No database is a single point of failure', hint: 'A primary with no replica loses everything when it dies: add replicas.' },
    { type: 'errorRate', max: 0.1, label: 'Fail at most 10% of requests through both failures', hint: 'With replicas, reads survive a replica failure and a replica is promoted when the primary dies.' },
    { type: 'lostWrites', max: 50, label: 'Lose at most 50 writes in the failover', hint: 'Lost writes are the ones a replica had not received yet: keep the replication delay short.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'Writes go to db-primary; reads are shared by the two replicas. Watch the replica lag.' },
    { tS: 12, say: 'A replica fails. Reads move to the other one.', action: { kill: 'db-replica-1' } },
    { tS: 25, say: 'Now the primary fails. From the next second writes fail, until a replica is promoted: watch Errors.', action: { kill: 'db-primary' } },
    { tS: 45, say: 'A replica has been promoted. Look at the lost writes: the changes it had not received before the crash.' },
  ],
});
