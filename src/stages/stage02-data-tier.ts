import { makeNode } from '../model';
import { at, defineStage, evolve } from './build';
import { stage01 } from './stage01-single-server';
import type { Stage } from './types';

const start = evolve(stage01.solution, {
  name: 'Stage 2: one server, more users',
  params: { users: { rps: 250 } },
});

const solution = evolve(start, {
  name: 'Stage 2: web tier and data tier',
  add: [makeNode('database', 'db-primary', at(3), { failoverS: 3 })],
  link: [['web-1', 'db-primary']],
});

export const stage02: Stage = defineStage({
  id: '2',
  title: 'Split the web tier from the data tier',
  summary: 'Move the data to its own database server, so the app and the data can grow separately.',
  explanation: `Our one server now mixes two very different jobs. Running the app wants CPU; keeping the data wants memory, disks and care. When they share a machine they fight over it, and you cannot grow one without the other.

So we split them. The web server handles the request and asks a separate database for the data. A request that reads or writes data now makes two hops: web-1 does its part, then the database does its part.

- The web tier is the code that answers requests. It can be copied freely, because it keeps nothing that matters.
- The data tier is the database. It holds the truth, so it needs different care: backups, replicas (stage 4), careful scaling.
- Either can now get a bigger machine, or more machines, without touching the other.

Add a database, connect web-1 to it, and run. Reads and writes now reach the database; static files (images, scripts) are still answered by web-1 until stage 6.`,
  newKinds: ['database'],
  start,
  solution,
  scenario: [
    { tS: 40, action: 'kill', target: 'web-1' },
    { tS: 45, action: 'restore', target: 'web-1' },
  ],
  check: { durationS: 60, seed: 2 },
  goals: [
    { type: 'hasKind', kind: 'database', min: 1, label: 'Keep the data in its own database', hint: 'Drag a database onto the canvas and connect web-1 to it.' },
    { type: 'served', kind: 'database', min: 5000, label: 'The database answers the reads and writes', hint: 'Connect web-1 to the database: requests follow the wires.' },
    { type: 'p99', maxMs: 250, label: 'Keep p99 latency under 250 ms', hint: 'Look at which box is busiest; give it more workers.' },
    { type: 'errorRate', max: 0.12, label: 'Fail at most 12% of requests (the restart is allowed for)', hint: 'Errors beyond the 5-second restart come from a full queue: give the busy box more workers.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'Same users, but now web-1 asks a separate database for data.' },
    { tS: 10, say: 'Look at the two boxes: each has its own load. We can now size them separately.' },
    { tS: 20, say: 'Restart the web server: the data is safe in the database while it is gone.', action: { kill: 'web-1' } },
    { tS: 25, say: 'It comes back: from the next second every request is answered again, and no data was lost. Still one web server, though: the next stage fixes that.', action: { restore: 'web-1' } },
  ],
});
