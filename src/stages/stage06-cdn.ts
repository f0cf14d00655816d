import { makeNode } from '../model';
import { at, defineStage, evolve } from './build';
import { stage05 } from './stage05-cache';
import type { Stage } from './types';

const start = evolve(stage05.solution, {
  name: 'Stage 6: images from the web servers',
  params: { users: { rps: 700, mix: { static: 0.45, read: 0.45, write: 0.1 } } },
});

const solution = evolve(start, {
  name: 'Stage 6: a CDN for static files',
  add: [
    makeNode('cdn', 'cdn', at(2, -1)),
    makeNode('objectStore', 'assets', at(3, -1)),
  ],
  link: [['dns', 'cdn'], ['cdn', 'assets']],
});

export const stage06: Stage = defineStage({
  id: '6',
  title: 'A CDN for static files',
  summary: 'Serve images, scripts and styles from edge servers near the users instead of from the web servers.',
  explanation: `Almost half of the requests are for static files: images, scripts, style sheets. They are the same for every user, yet each one still takes a web server worker. A content delivery network (CDN) is a set of edge servers spread around the world that keep copies of those files close to the users.

When a user asks for an image, DNS sends the request to the CDN. If the edge has the file, it answers straight away (a hit). If not, it fetches it once from the origin, an object store holding the originals, keeps a copy and answers (a miss).

- TTL: how long a copy stays fresh at the edge. Long TTLs mean fewer trips to the origin.
- Changing a file: instead of waiting for every edge to expire it, publish it under a new name (logo.v2.png, app.3f9c.js). The new URL is a new object, so every user gets it at once; the old copy simply ages out.
- Cost: the CDN is paid per transfer, so files nobody asks for do not belong there.
- If the CDN fails, users fetch files from the origin directly: slower, but the site keeps working.

Add a CDN, connect DNS to it, and give it an object store as its origin. The Check takes the CDN down for 10 seconds.`,
  newKinds: ['cdn', 'objectStore'],
  start,
  solution,
  scenario: [
    { tS: 30, action: 'kill', target: 'cdn' },
    { tS: 40, action: 'restore', target: 'cdn' },
  ],
  check: { durationS: 60, seed: 6 },
  goals: [
    { type: 'hitRatio', of: 'cdn', min: 0.65, label: 'While it is up, the CDN answers at least 65% of the files asked of it', hint: 'Connect DNS to a CDN whose origin is an object store. Each file’s first request is always a miss; a TTL that is too short adds more.' },
    { type: 'utilization', kind: 'web', max: 0.6, label: 'Keep every web server under 60% busy', hint: 'Static files take web server workers: serve them from a CDN instead.' },
    { type: 'meanLatency', maxMs: 38, label: 'Answer in under 38 ms on average', hint: 'A file from the edge takes a few milliseconds; from a busy web server, far longer. Serve static files from a CDN.' },
    { type: 'errorRate', max: 0.01, label: 'Fail at most 1% of requests, even while the CDN is down', hint: 'Give the CDN an origin (an object store) so users can fall back to it.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'Static files now go to the CDN. At first it has nothing, so it fetches each file from the object store once.' },
    { tS: 10, say: 'Popular files are at the edge now: the hit ratio climbs and the web servers only do dynamic pages.' },
    { tS: 20, say: 'The CDN has an outage: from the next second CDN hits drop to 0%.', action: { kill: 'cdn' } },
    { tS: 25, say: 'Users fetch every file from the origin, the object store, directly. It takes the CDN’s load, and nothing breaks: Errors stay at 0%.' },
    { tS: 30, say: 'The CDN is back, cold: from the next second its hit ratio climbs again.', action: { restore: 'cdn' } },
  ],
});
