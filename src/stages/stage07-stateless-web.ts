import { makeNode } from '../model';
import { at, defineStage, evolve } from './build';
import { stage06 } from './stage06-cdn';
import type { Stage } from './types';

const start = evolve(stage06.solution, {
  name: 'Stage 7: sessions kept on each web server',
  params: { users: { users: 2000 } },
});

const shared = { sessions: 'shared' };

const solution = evolve(start, {
  name: 'Stage 7: stateless web tier with a session store',
  params: { 'web-1': shared, 'web-2': shared, 'web-3': shared },
  add: [
    makeNode('web', 'web-3', at(3, 2)),
    makeNode('sessionStore', 'sessions', at(4, 2)),
  ],
  link: [
    ['lb', 'web-3'], ['web-3', 'cache'], ['web-3', 'db-primary'], ['web-3', 'db-replica-1'], ['web-3', 'db-replica-2'],
    ['web-1', 'sessions'], ['web-2', 'sessions'], ['web-3', 'sessions'],
  ],
});

export const stage07: Stage = defineStage({
  id: '7',
  title: 'A stateless web tier',
  summary: 'Move login sessions out of the web servers into a shared store, so any server can serve any user.',
  explanation: `When a user logs in, the site remembers them in a session. So far each web server keeps its sessions in its own memory. That works with one server; with a load balancer taking turns, a user's next request often lands on a server that has never seen them, and they are asked to log in again. That is a session miss.

There are two ways out.

- Sticky sessions: the balancer always sends a user to the same server. Misses stop, but the servers are no longer interchangeable: if one dies, all its users lose their sessions, and new servers get no traffic from existing users.
- Stateless servers: sessions live in a shared store (a fast key-value database), and every web server looks them up there. Any server can serve any request, a crash loses nothing, and servers can be added or removed at will.

Stateless is what lets the web tier grow and shrink with the traffic. Adding servers when load rises and removing them when it falls is called autoscaling; stage 10 lets monitoring do it for you.

Add a session store, connect every web server to it, and set each server's Sessions to shared. The Check kills web-1 21 seconds in.`,
  newKinds: ['sessionStore'],
  start,
  solution,
  scenario: [{ tS: 21, action: 'kill', target: 'web-1' }],
  check: { durationS: 40, seed: 7 },
  goals: [
    { type: 'sessionMisses', max: 0, label: 'No user is logged out', hint: 'Add a session store, connect the web servers to it and set their Sessions to shared.' },
    { type: 'noSpof', kinds: ['web'], label: 'No web server is a single point of failure', hint: 'Keep at least two web servers behind the load balancer.' },
    { type: 'errorRate', max: 0.02, label: 'Fail at most 2% of requests when web-1 dies', hint: 'The servers left after a failure must carry the whole load: add a third one.' },
    { type: 'p99', maxMs: 300, label: 'Keep p99 latency under 300 ms', hint: 'Look at the busiest box; if it is a web server, add another.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'Every web server looks sessions up in the shared store, so the balancer can send any request anywhere. Session misses: zero.' },
    { tS: 10, say: 'Kill web-1. With sessions in its memory, its users would all be logged out now.', action: { kill: 'web-1' } },
    { tS: 15, say: 'Here nothing is lost: the other servers find the same sessions in the store. Session misses are still zero.' },
    { tS: 25, say: 'Bring web-1 back. In a stateless tier, a server is useful the moment it starts.', action: { restore: 'web-1' } },
  ],
});
