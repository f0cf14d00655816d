import { makeNode } from '../model';
import { at, defineStage, evolve } from './build';
import { stage07 } from './stage07-stateless-web';
import type { Stage } from './types';

// Back to one data center, so the canvas stays readable: in a real site every data center gets
// the same queue and workers.
const start = evolve(stage07.solution, {
  name: 'Stage 9: photo processing on the web servers',
  params: { users: { rps: 600, profile: 'spike', peakFactor: 2, mix: { static: 0.4, read: 0.35, write: 0.1, job: 0.15 } } },
});

const solution = evolve(start, {
  name: 'Stage 9: a message queue and workers',
  add: [
    makeNode('queue', 'jobs', at(4, 3), { capacity: 5000 }),
    makeNode('worker', 'workers', at(5, 3), { workers: 16, serviceMs: 100 }),
  ],
  link: [['web-1', 'jobs'], ['web-2', 'jobs'], ['web-3', 'jobs'], ['jobs', 'workers'], ['workers', 'assets']],
});

export const stage09: Stage = defineStage({
  id: '9',
  title: 'A message queue and workers',
  summary: 'Hand slow work to a queue, answer the user at once, and let workers catch up at their own pace.',
  explanation: `Users now upload photos, and each one has to be resized and filtered. That takes about ten times longer than showing a page. While a web server does it, the user waits and a worker thread is stuck, and a burst of uploads fills every web server at once.

A message queue breaks that link. The web server writes a small message ("resize photo 123") into the queue and answers the user right away. Separate workers take messages out of the queue and do the slow work at their own pace.

- Decoupling: the web tier and the workers no longer wait for each other. Either can be restarted, or scaled, without the other noticing.
- Bursts: when uploads arrive faster than the workers can handle them, the queue simply grows, and drains again when the burst is over. Watch the queue depth.
- Scale each side on its own: more web servers for more visitors, more workers when the queue stays long.
- A queue has a size too. If it fills up, new jobs are refused.

To keep the canvas readable we are back in one data center. Add a message queue, connect the web servers to it, and put workers behind it that store the finished photos in the object store. The traffic doubles for a while in the middle of the run, and a web server fails at 25 s.`,
  newKinds: ['queue', 'worker'],
  start,
  solution,
  scenario: [{ tS: 25, action: 'kill', target: 'web-2' }],
  check: { durationS: 60, seed: 9 },
  goals: [
    { type: 'served', kind: 'worker', min: 1000, label: 'Workers process the photo jobs', hint: 'Add a message queue, connect the web servers to it, and connect the queue to a pool of workers.' },
    { type: 'queueFull', max: 0, label: 'No request is refused by a full queue', hint: 'Slow jobs fill the web servers’ queues: hand them to a message queue and workers. If that queue fills up, give it more capacity, or add workers so it drains faster.' },
    { type: 'p99', maxMs: 400, label: 'Keep p99 latency under 400 ms through the burst', hint: 'Jobs done on the web servers keep users waiting: hand them to a queue.' },
    { type: 'errorRate', max: 0.02, label: 'Fail at most 2% of requests', hint: 'The web servers are flooded by slow jobs: move the jobs to a queue and workers.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'Uploads go into the queue; the user gets an answer at once. Workers take jobs out one by one.' },
    { tS: 25, say: 'Here comes the burst. The queue grows: the workers keep their pace and nobody waits at the web tier.' },
    { tS: 26, say: 'A web server dies; the others keep taking uploads, and the queued jobs are safe.', action: { kill: 'web-2' } },
    { tS: 37, say: 'The burst is over, and the queue drains in a few seconds. Add workers if you want it to drain faster.' },
    { tS: 40, say: 'The queue is empty again. web-2 comes back and takes its share of the uploads.', action: { restore: 'web-2' } },
  ],
});
