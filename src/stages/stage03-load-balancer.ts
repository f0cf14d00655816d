import { makeNode } from '../model';
import { at, defineStage, evolve } from './build';
import { stage02 } from './stage02-data-tier';
import type { Stage } from './types';

const start = evolve(stage02.solution, {
  name: 'Stage 3: one web server',
  params: { users: { rps: 300 } },
});

const solution = evolve(start, {
  name: 'Stage 3: load balancer and two web servers',
  add: [
    makeNode('loadBalancer', 'lb', at(2)),
    makeNode('web', 'web-2', at(3, 1)),
  ],
  move: { 'web-1': at(3), 'db-primary': at(4) },
  unlink: [['dns', 'web-1']],
  link: [['dns', 'lb'], ['lb', 'web-1'], ['lb', 'web-2'], ['web-2', 'db-primary']],
});

export const stage03: Stage = defineStage({
  id: '3',
  title: 'A load balancer and a second web server',
  summary: 'Put several web servers behind a load balancer, so one can fail without taking the site down.',
  explanation: `There are two ways to give a site more room. Scaling up (vertical) means a bigger machine: simple, but there is always a largest one, and when it fails everything fails. Scaling out (horizontal) means more machines of the same size side by side. That needs one more piece: something to share the requests between them.

A load balancer sits in front of the web servers. DNS now points users at the balancer, and the balancer sends each request to one of the healthy servers behind it. It checks them every few seconds; when one stops answering, it stops sending it work.

- Users never talk to a web server directly any more, so servers can come and go.
- With two servers, one can crash and the other carries on. With one, a crash is an outage.
- Leave room: if one server dies, the other must carry the whole load alone.
- It is cheaper for the work done, too: a box twice the size costs twice as much and does less than twice the work (stage 1's curve), while two small boxes do nearly twice one's. The gallery's "Same load, three ways" shows it in dollars and milliseconds: open "One huge box" and Compare it with "Many small boxes".

The Check kills web-1 21 seconds in. Add a load balancer, put web-1 and a second web server behind it, and connect both to the database. (You may see session misses in the results: users bouncing between servers that do not know them. Stage 7 deals with that.)`,
  newKinds: ['loadBalancer'],
  start,
  solution,
  scenario: [{ tS: 21, action: 'kill', target: 'web-1' }],
  check: { durationS: 40, seed: 3 },
  goals: [
    { type: 'hasKind', kind: 'web', min: 2, label: 'Run at least two web servers', hint: 'Add a second web server and connect it to the database.' },
    { type: 'noSpof', kinds: ['web'], label: 'No web server is a single point of failure', hint: 'Put a load balancer in front of the web servers, and point DNS at the balancer.' },
    { type: 'errorRate', max: 0.03, label: 'Fail at most 3% of requests when web-1 dies', hint: 'Send traffic through a load balancer to at least two web servers, so one can take over.' },
    { type: 'throughput', minRps: 280, label: 'Serve at least 280 requests/s', hint: 'The servers left after a failure must carry the whole load: give them enough workers.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'The load balancer shares requests between web-1 and web-2. Each carries about half.' },
    { tS: 15, say: 'Now web-1 crashes.', action: { kill: 'web-1' } },
    { tS: 16, say: 'For a moment the balancer still sends it work, and those requests fail: look at Errors. Its health check notices, and from the next second it sends all to web-2.' },
    { tS: 30, say: 'web-1 comes back and the balancer adds it again. The users barely noticed.', action: { restore: 'web-1' } },
  ],
});
