import { makeNode } from '../model';
import { at, defineStage, evolve } from './build';
import { stage09 } from './stage09-queue';
import type { Stage } from './types';

const start = evolve(stage09.solution, {
  name: 'Stage 10: nobody watching',
  params: { users: { rps: 700, profile: 'ramp', peakFactor: 3.5 }, workers: { workers: 40 } },
});

const solution = evolve(start, {
  name: 'Stage 10: monitoring that alerts and acts',
  add: [makeNode('monitoring', 'monitoring', at(1, 3), { autoFailover: true, autoscale: true, autoscaleMax: 4 })],
});

export const stage10: Stage = defineStage({
  id: '10',
  title: 'Logs, metrics and automation',
  summary: 'Watch the system, raise alerts, and let automation fail over and add servers before a human wakes up.',
  explanation: `With this many moving parts, something is always a little broken. The question is whether you find out from a graph or from your users. And once you can see a problem, the next step is letting the system fix the common ones by itself.

- Logs: each server writes down what it did and what went wrong. Collected in one place, they let you follow one failing request across many machines.
- Metrics: numbers over time. Host level (CPU, memory, disk), tier level (database latency, cache hit ratio) and business level (sign-ups, uploads per minute).
- Alerts: rules on those metrics ("error rate above 5% for a minute") that wake someone up.
- Automation: when the fix is always the same, let a machine do it. Promote a replica the moment the primary dies instead of waiting for a person to do it by hand. Add web servers when they run hot and remove them when traffic falls (autoscaling; possible because the web tier is stateless since stage 7).

Without monitoring, a failed primary waits for a human, and the engine makes that five times slower than automatic failover. Add a monitoring component, with auto-failover and autoscaling on. The Check lets the traffic climb to three and a half times its starting rate and kills the primary database at 15 s.`,
  newKinds: ['monitoring'],
  start,
  solution,
  scenario: [{ tS: 15, action: 'kill', target: 'db-primary' }],
  check: { durationS: 40, seed: 10 },
  goals: [
    { type: 'hasKind', kind: 'monitoring', min: 1, params: { autoFailover: true }, label: 'Monitoring with auto-failover', hint: 'Drag a monitoring component onto the canvas and leave Auto-failover on; it watches every node without wires.' },
    { type: 'outage', maxS: 8, errorRateAbove: 0.05, label: 'Writes are back within 8 seconds of losing the primary', hint: 'Automatic failover promotes a replica in seconds; a human takes minutes. Add monitoring with auto-failover.' },
    { type: 'p99', maxMs: 400, label: 'Keep p99 latency under 400 ms as traffic climbs', hint: 'Turn on autoscaling in monitoring, so web servers are added as the load rises.' },
    { type: 'errorRate', max: 0.02, label: 'Fail at most 2% of requests', hint: 'Most errors here are writes waiting for a new primary: fail over automatically.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'Monitoring watches every node. Open the event log: alerts will appear there.' },
    { tS: 15, say: 'The primary database dies.', action: { kill: 'db-primary' } },
    { tS: 18, say: 'An alert fires, and auto-failover promotes a replica a few seconds later. Without monitoring this waits for a person.' },
    { tS: 35, say: 'Traffic keeps climbing. The web servers run hot, so monitoring starts extra ones behind the balancer.' },
  ],
});
