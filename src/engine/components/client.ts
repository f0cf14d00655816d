/**
 * Users: arrivals (Poisson or evenly spaced) at a rate shaped by the profile over the run, each
 * request with a type from the normalised mix, a key (Zipf popularity, plus a celebrity share on
 * key 0) and a user (for sessions and read-your-writes).
 */
import { REGIONS, type NodeOfKind } from '../../model';
import { arrivalStream, C_NO_ROUTE, EV_CLIENT, requestStream, retryStream, type ClientRt, type SimState } from '../state';
import { forward, fail, NO_ROUTE } from '../flow';
import { createZipfSampler } from '../lib/zipf';
import { scaledUsers } from '../sampling';
import { clientRouteDraw } from '../services';
import { defineBehaviour } from '../componentBehaviour';
import { F_TRACED } from '../requests';

/** With the rate at zero, look again this often. */
const IDLE_POLL_MS = 100;

const PROFILES: Record<string, number> = { steady: 0, ramp: 1, spike: 2, diurnal: 3 };

/** Runtime state of one client node. */
export function buildClient(sim: SimState, node: NodeOfKind<'client'>, nodeIdx: number, userBase: number): ClientRt {
  const p = node.params;
  const client: ClientRt = {
    // Own substreams, named by the client's id: the same client in another design (same seed)
    // draws the same arrivals and requests, whatever else that design holds.
    arrivals: sim.stream(arrivalStream(node.id)), requests: sim.stream(requestStream(node.id)),
    node: nodeIdx, rateRps: 0, constant: false, profile: 0, peakFactor: 1, mixCum: new Float64Array(4),
    // Sampled mode keeps each user's own request rate: 1/k of the users, 1/k of the requests.
    hotFraction: 0, sampleKey: () => 0, users: scaledUsers(p.users, sim.sampleK), userBase, regionIdx: REGIONS.indexOf(p.region), keyCount: p.keys.count, giveUpMs: 0,
    retries: 0, retryBackoffMs: 0, retryRng: null,
    routeCum: null, routeRef: null,
  };
  const draw = clientRouteDraw(node, sim.routeTable);
  if (draw) { client.routeCum = draw.cum; client.routeRef = draw.ref; }
  applyClientParams(sim, client, node);
  return client;
}

/** (Re)reads a client's live params: rate, arrivals, profile, mix, keys, region, give-up time. */
export function applyClientParams(sim: SimState, c: ClientRt, node: NodeOfKind<'client'>): void {
  const p = node.params;
  c.rateRps = p.rps / sim.sampleK;
  c.constant = p.arrival === 'constant';
  c.profile = PROFILES[p.profile] ?? 0;
  c.peakFactor = p.peakFactor;
  const weights = [p.mix.static, p.mix.read, p.mix.write, p.mix.job];
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let i = 0; i < 4; i++) { acc += total > 0 ? weights[i] / total : i === 1 ? 1 : 0; c.mixCum[i] = acc; }
  c.mixCum[3] = 1;
  c.hotFraction = p.keys.hotKeys / 100;
  // One closure per client (not per request): the sampler's table is O(keys) to build.
  const rng = c.requests;
  c.sampleKey = createZipfSampler(p.keys.count, p.keys.zipfAlpha, () => rng.uniform());
  c.keyCount = p.keys.count;
  c.regionIdx = REGIONS.indexOf(p.region);
  c.giveUpMs = p.giveUpS * 1000;
  c.retries = p.retries;
  c.retryBackoffMs = p.retryBackoffMs;
  if (c.retries > 0) {
    c.retryRng ??= sim.stream(retryStream(node.id));
    sim.anyRetries = true;
  }
}

/** The offered rate now, in requests per second: base rate × the profile's factor. */
export function currentRateRps(sim: SimState, c: ClientRt): number {
  const x = sim.nowMs / sim.durationMs;
  let factor = 1;
  switch (c.profile) {
    case 1: factor = 1 + (c.peakFactor - 1) * Math.min(1, x); break;
    case 2: factor = x >= 0.4 && x < 0.6 ? c.peakFactor : 1; break;
    case 3: factor = 1 + ((c.peakFactor - 1) * (1 - Math.cos(2 * Math.PI * x))) / 2; break;
  }
  return c.rateRps * factor;
}

/** Schedules the client's next arrival from now; `rate` is currentRateRps now, when the caller has it. */
export function scheduleNextArrival(sim: SimState, c: ClientRt, clientIndex: number, rate = currentRateRps(sim, c)): void {
  let gapMs: number;
  if (rate <= 0) gapMs = IDLE_POLL_MS;
  else if (c.constant) gapMs = 1000 / rate;
  else gapMs = c.arrivals.exponential(1000 / rate);
  sim.queue.push(sim.nowMs + gapMs, EV_CLIENT, c.node, -1, clientIndex);
}

/** An arrival event: one new request enters the design, and the next arrival is scheduled. */
export function clientArrival(sim: SimState, clientIndex: number): void {
  const c = sim.clients[clientIndex];
  // One rate per arrival: the clock does not move between scheduling the next and this one.
  const rate = c.profile === 0 ? c.rateRps : currentRateRps(sim, c);
  scheduleNextArrival(sim, c, clientIndex, rate);
  if (rate <= 0) return;
  const rng = c.requests;
  const rp = sim.req;
  const req = rp.alloc();
  const u = rng.uniform();
  const mix = c.mixCum;
  const type = u < mix[0] ? 0 : u < mix[1] ? 1 : u < mix[2] ? 2 : 3;
  rp.type[req] = type;
  rp.route[req] = c.routeCum === null ? -1 : drawRoute(c, type);
  rp.service[req] = -1;
  rp.key[req] = c.hotFraction > 0 && rng.uniform() < c.hotFraction ? 0 : c.sampleKey();
  rp.user[req] = c.userBase + (c.users > 1 ? rng.below(c.users) : 0);
  rp.flags[req] = 0;
  rp.hops[req] = 0;
  rp.attempt[req] = 0;
  rp.region[req] = c.regionIdx;
  rp.client[req] = clientIndex;
  rp.cache[req] = -1;
  rp.cdn[req] = -1;
  rp.web[req] = -1;
  rp.dep[req] = -1;
  rp.exit[req] = -1;
  rp.startMs[req] = sim.nowMs;
  if (sim.tracer !== null) sim.tracer.start(sim, req);
  // A web server on the way may bring this forward (web.ts): whichever deadline comes first ends it.
  rp.deadlineMs[req] = sim.nowMs + c.giveUpMs;
  sim.totals.requests++;
  if (sim.onArrival !== null) sim.onArrival(sim.nodes[c.node].id, sim.nowMs, rp.type[req], rp.key[req], rp.user[req]);
  const o = sim.outcomes;
  if (o !== null && o.counts(sim.nowMs)) o.arrived[clientIndex * 4 + rp.type[req]]++;
  if (forward(sim, req, sim.nodes[c.node]) === NO_ROUTE) fail(sim, req, C_NO_ROUTE, c.node);
}

/** A failed request's next attempt (flow.ts scheduled it): sent again from the user, as new, with its first start time. */
export function clientRetry(sim: SimState, req: number): void {
  const rp = sim.req;
  const c = sim.clients[rp.client[req]];
  rp.attempt[req]++;
  rp.flags[req] &= F_TRACED;
  rp.hops[req] = 0;
  rp.region[req] = c.regionIdx;
  rp.cache[req] = -1;
  rp.cdn[req] = -1;
  rp.web[req] = -1;
  rp.dep[req] = -1;
  rp.exit[req] = -1;
  rp.deadlineMs[req] = rp.startMs[req] + c.giveUpMs;
  sim.totals.retries++;
  sim.bucket.retries++;
  if (forward(sim, req, sim.nodes[c.node]) === NO_ROUTE) fail(sim, req, C_NO_ROUTE, c.node);
}

/** The declared route a request of `type` takes (-1: none), by the routes' shares; one draw only when the type has routes. */
function drawRoute(c: ClientRt, type: number): number {
  const cum = c.routeCum![type];
  if (cum.length === 0) return -1;
  const u = c.requests.uniform();
  for (let i = 0; i < cum.length; i++) if (u < cum[i]) return c.routeRef![type][i];
  return -1;
}

/** Users send requests and take none; their params are applyClientParams's, kept per client. */
export const clientBehaviour = defineBehaviour({ kind: 'client' });
