import { makeNode } from '../model';
import { at, defineStage, design, evolve } from './build';
import type { Stage } from './types';

const start = design('Stage 1: one server', [
  makeNode('client', 'users', at(0), { rps: 150 }),
  makeNode('dns', 'dns', at(1)),
  makeNode('web', 'web-1', at(2), { workers: 2 }),
], [['users', 'dns'], ['dns', 'web-1']]);

const solution = evolve(start, {
  name: 'Stage 1: one bigger server',
  params: { 'web-1': { workers: 8 } },
});

export const stage01: Stage = defineStage({
  id: '1',
  title: 'One server does everything',
  summary: 'Users, DNS and a single box that runs the app, serves the files and keeps the data.',
  explanation: `Every big site started as one machine. A user types your domain name, DNS turns it into the address of your server, and that one server does all the work: it runs the code, sends the images and keeps the data.

On the canvas, users send requests to DNS, and DNS points them at web-1. The server has a few workers; each request keeps one worker busy for about 20 ms. That gives it a ceiling: two workers can finish about 100 requests a second, and your users are sending 150.

When requests arrive faster than the workers can finish them, they wait in a queue. The queue grows, latency climbs, and once the queue is full new requests are refused. Press Run and watch web-1 turn red.

- The quick fix is a bigger box: more workers (more CPU cores, more memory). This is scaling up, or vertical scaling. In the inspector, give web-1 an instance size: m7i.2xlarge has 8 vCPUs, so 8 workers.
- It works, up to a point: there is always a biggest machine (m7i.48xlarge, 192 vCPUs), and it is still only one. Watch the inspector's curve as you pick bigger sizes: each doubling buys less than double the work, while the price per hour doubles every time.
- The summary strip shows what the design costs a month at this load. The Check asks for a budget: the biggest box would blow it.
- The Check also restarts the server for 5 seconds in the middle of the run. Everyone gets errors while it is gone; with one server there is nothing else to send them to. Later stages remove that.`,
  newKinds: ['client', 'dns', 'web'],
  start,
  solution,
  scenario: [
    { tS: 40, action: 'kill', target: 'web-1' },
    { tS: 45, action: 'restore', target: 'web-1' },
  ],
  check: { durationS: 60, seed: 1 },
  goals: [
    { type: 'throughput', minRps: 125, label: 'Serve at least 125 requests/s', hint: 'Give web-1 more workers (a bigger machine): 2 workers cannot keep up with 150 requests a second.' },
    { type: 'p99', maxMs: 250, label: 'Keep p99 latency under 250 ms', hint: 'Requests wait in web-1’s queue. More workers shorten the wait.' },
    { type: 'budget', maxMonthlyUsd: 2000, label: 'Stay within $2,000 a month at this load', hint: 'A bigger box is not always better: m7i.2xlarge (8 vCPUs) carries this load; m7i.48xlarge costs over $7,000 a month on its own.' },
    { type: 'errorRate', max: 0.12, label: 'Fail at most 12% of requests (the restart is allowed for)', hint: 'Errors beyond the 5-second restart come from a full queue: scale web-1 up.' },
  ],
  demoOn: 'start',
  demo: [
    { tS: 0, say: 'One server, two workers, 150 requests a second. Watch the queue in front of web-1.' },
    { tS: 10, say: 'The queue keeps growing: each second brings 150 requests and the workers finish about 100. Latency climbs, then requests are refused.' },
    { tS: 20, say: 'Now imagine the server crashes.', action: { kill: 'web-1' } },
    { tS: 23, say: 'Every request fails. There is no second machine to take over.' },
    { tS: 28, say: 'It comes back: from the next second requests are answered again, until the queue fills up once more. To survive the load, give it more workers: that is scaling up.', action: { restore: 'web-1' } },
    { tS: 34, say: 'Open web-1 in the inspector and pick an instance size. The curve shows what each size really does: the biggest box does about 90 vCPUs’ worth of work for the price of 192, and there is none bigger. After that, the only way is out: more servers, which is stage 3.' },
  ],
});
