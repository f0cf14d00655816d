import { makeNode, type FaultEvent } from '../model';
import { at, defineStage, evolve } from './build';
import { stage09 } from './stage09-queue';
import type { Stage } from './types';

const start = evolve(stage09.solution, {
  name: 'Stage 10: nobody watching',
  params: { users: { rps: 700, profile: 'ramp', peakFactor: 3.5 }, workers: { workers: 40 } },
});

const solution = evolve(start, {
  name: 'Stage 10: monitoring that alerts and acts',
  add: [makeNode('monitoring', 'monitoring', at(1, 3), { autoFailover: true, autoRollback: true, autoscale: true, autoscaleMax: 4 })],
});

/** The Check's second fault: a bad version goes out as a canary on one of the three web servers, early, while traffic is low. */
const badCanary: FaultEvent = { tS: 5, action: 'deploy', target: 'lb', strategy: 'canary', batch: 1, bootS: 3, bad: true };

export const stage10: Stage = defineStage({
  id: '10',
  title: 'Logs, metrics and automation',
  summary: 'Watch the system, raise alerts, and let automation fail over, roll back a bad deploy and add servers before a human wakes up.',
  explanation: `With this many moving parts, something is always a little broken. The question is whether you find out from a graph or from your users. And once you can see a problem, the next step is letting the system fix the common ones by itself.

- Logs: each server writes down what it did and what went wrong. Collected in one place, they let you follow one failing request across many machines.
- Metrics: numbers over time. Host level (CPU, memory, disk), tier level (database latency, cache hit ratio) and business level (sign-ups, uploads per minute).
- Alerts: rules on those metrics ("error rate above 5% for a minute") that wake someone up.
- Automation: when the fix is always the same, let a machine do it. Promote a replica the moment the primary dies instead of waiting for a person to do it by hand. Add web servers when they run hot and remove them when traffic falls (autoscaling; possible because the web tier is stateless since stage 7).

Without monitoring, a failed primary waits for a human, and the engine makes that five times slower than automatic failover.

Part two: deploying without an outage. New code reaches the servers many times a day, and automated deployment tools keep every server on the same version. A server being updated leaves the load balancer, boots the new version and comes back, so there are three ways to do it:

- Rolling: a few servers at a time. Cheap, but capacity dips while each batch boots, so deploy when traffic is low.
- Blue/green: a full second set of servers boots beside the running one, then all traffic switches at once. No dip, but it costs a second set for a while, and a bad version gets every user at once.
- Canary: one server gets the new version and its share of traffic first; the rest follow only if it behaves.

A bad version is the reason for the canary. Monitoring compares the new version's own error rate with its alert rule and, with Auto-rollback on, puts the old version back within a second or two. Without it, a person notices and rolls back about a minute later, and every request sent to the bad server until then can fail.

Add a monitoring component, with auto-failover, auto-rollback and autoscaling on. The Check lets the traffic climb to three and a half times its starting rate, deploys a bad version as a canary on one of the three web servers at 5 s, and kills the primary database at 15 s.`,
  newKinds: ['monitoring'],
  start,
  solution,
  scenario: [badCanary, { tS: 15, action: 'kill', target: 'db-primary' }],
  check: { durationS: 40, seed: 10 },
  goals: [
    { type: 'hasKind', kind: 'monitoring', min: 1, params: { autoFailover: true }, label: 'Monitoring with auto-failover', hint: 'Drag a monitoring component onto the canvas and leave Auto-failover on; it watches every node without wires.' },
    { type: 'outage', maxS: 8, errorRateAbove: 0.05, label: 'At most 8 seconds with more than 5% of requests failing, through a bad deploy and the loss of the primary', hint: 'Automatic failover promotes a replica in seconds; a human takes minutes. Automatic rollback takes a bad canary out in a second or two. Add monitoring with both on.' },
    { type: 'rollback', maxS: 10, label: 'The bad version is rolled back within 10 seconds of its deploy', hint: 'Without monitoring nobody notices the bad canary for a minute. Add monitoring and leave Auto-rollback on: it watches the new version’s own error rate.' },
    { type: 'p99', maxMs: 400, label: 'Keep p99 latency under 400 ms as traffic climbs', hint: 'Turn on autoscaling in monitoring, so web servers are added as the load rises; a bad version left in service is three times slower too.' },
    { type: 'errorRate', max: 0.02, label: 'Fail at most 2% of requests', hint: 'The errors here are requests the bad version fails, writes waiting for a new primary, and requests refused by full web server queues as the traffic climbs: roll back, fail over and add web servers automatically.' },
  ],
  demoOn: 'solution',
  demo: [
    { tS: 0, say: 'Monitoring watches every node. Open the event log: alerts will appear there.' },
    { tS: 5, say: 'A new version goes out as a canary on one web server. It is a bad one: once it takes traffic, it fails some of its requests.', action: { deploy: 'lb', strategy: 'canary', batch: 1, bootS: 3, bad: true } },
    { tS: 10, say: 'The canary took traffic at 8 s, and its own error rate passed the alert rule: monitoring rolled it back a second later. That server is out while it boots the old version. Without monitoring, this waits a minute for a person.' },
    { tS: 15, say: 'The primary database dies.', action: { kill: 'db-primary' } },
    { tS: 18, say: 'An alert fired at 16 s, and auto-failover has just promoted a replica: from the next second writes work again. Without monitoring this waits for a person.' },
    { tS: 35, say: 'Traffic keeps climbing. Monitoring added a fourth web server at 16 s, when the tier ran hot after the rollback; now the servers run hot again, and at the end of the run it starts a fifth.' },
  ],
});
