import { makeNode, type FaultEvent } from '../model';
import { at, defineStage, design, evolve, withScenario } from './build';
import type { Stage } from './types';

const webs = ['web-1', 'web-2'];

/** Five seconds of a slow disk. The designs carry it too, so Run shows the storm the Check measures. */
const SLOWDOWN: FaultEvent[] = [{ tS: 20, action: 'slow', target: 'db', factor: 3 }, { tS: 25, action: 'heal', target: 'db' }];

// The database has room for 800 queries a second and gets 600: fine, until it is slowed 3× for five seconds.
const start = withScenario(SLOWDOWN, design('Retry storm: eager retries, no backoff', [
  makeNode('client', 'users', at(0, 0.5), { rps: 600, retries: 3, retryBackoffMs: 0, giveUpS: 10, mix: { static: 0, read: 0.9, write: 0.1, job: 0 } }),
  makeNode('loadBalancer', 'lb', at(1, 0.5), { healthCheckS: 1 }),
  ...webs.map((id, i) => makeNode('web', id, at(2, i), { workers: 64, serviceMs: 2, timeoutMs: 1000, queueLimit: 2000 })),
  makeNode('database', 'db', at(3, 0.5), { workers: 8, readMs: 10, writeMs: 10 }),
], [['users', 'lb'], ...webs.map((w) => ['lb', w] as const), ...webs.map((w) => [w, 'db'] as const)]));

const breaker = { breakerFailures: 50, breakerWindowS: 5, breakerOpenS: 2 };
const solution = evolve(start, {
  name: 'Retry storm: backoff with jitter, a breaker and a rate limit',
  params: { users: { retryBackoffMs: 200 }, lb: { rateLimitRps: 700, burst: 100 }, 'web-1': breaker, 'web-2': breaker },
});

export const stageRetryStorm: Stage = defineStage({
  id: 'retry-storm',
  title: 'Retry storm',
  summary: 'A five-second slowdown becomes an outage that does not end: retries without backoff keep the database drowning.',
  explanation: `Retrying a failed request sounds harmless: if the first attempt failed, try again, and the user never notices. It is harmless while failures are rare and random. It is dangerous when failures come from overload, because every retry is one more request sent to the part that is already too busy.

In this design the database can answer about 800 queries a second and gets 600. At 20 s its disk slows it to a third of its speed for five seconds. Queries pile up, the web servers give up on them after a second, and each user tries again at once, three times. The database now gets up to four times the traffic, and it spends its time on queries whose callers have already given up. When the slowdown ends at 25 s nothing gets better: the retries alone keep it overloaded. The trigger is gone and the outage stays. This is a metastable failure, and it is how many real outages last for hours after a short blip.

- Backoff with jitter: wait before retrying, twice as long each time, a random part of it (full jitter), so retries spread out instead of arriving together.
- A retry budget: few retries, so a failing system gets a little more traffic, not four times as much.
- A circuit breaker on the web servers: after enough failures in a window it stops calling the database for a while and fails at once, which gives the database the quiet it needs to drain its queue.
- A rate limit on the load balancer: past what the system can serve, refuse at once (HTTP 429) instead of queueing work that will time out.

Run the design and watch "Errors" and "Retries, refusals & breakers" after 25 s. Then give the users a retry backoff, and the web servers a breaker or the load balancer a rate limit (backoff alone is not enough here), and run again: the errors should stop within a few seconds of the slowdown's end.`,
  newKinds: [],
  beyondChapter: true,
  start,
  solution,
  scenario: SLOWDOWN,
  check: { durationS: 60, seed: 3 },
  goals: [
    { type: 'outage', maxS: 10, errorRateAbove: 0.5, label: 'Recover within seconds of the slowdown: at most 10 s with more than half the requests failing', hint: 'Retries with no backoff keep the database overloaded after it is healed: give the users a retry backoff (with jitter), and the web servers a circuit breaker.' },
    { type: 'errorRate', max: 0.1, label: 'Fail at most 10% of requests over the run', hint: 'Stop the retries from piling on: back off between attempts, open a breaker on the web servers, or rate-limit at the load balancer.' },
    { type: 'throughput', minRps: 500, label: 'Serve at least 500 requests/s', hint: 'A storm that never ends serves almost nothing: break the retry loop so the database can catch up.' },
  ],
  demoOn: 'start',
  demo: [
    { tS: 0, say: 'The database is three quarters busy: 600 queries a second with room for 800. Users retry a failed request three times, at once.' },
    { tS: 20, say: 'The database’s disk slows it to a third of its speed. Watch p99 climb as queries pile up: in a few seconds they time out, and each timeout brings three retries.' },
    { tS: 25, say: 'The disk is fine again. Watch the errors: they do not come down. The retries alone keep the database overloaded.' },
    { tS: 40, say: 'Fifteen seconds after the cause is gone, still an outage. Backoff with jitter and a circuit breaker would have let it drain.' },
  ],
});
