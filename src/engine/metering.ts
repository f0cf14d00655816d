/**
 * The engine's meters for the cost model (src/model/cost.ts): what each node sold by use was used
 * for. Requests a service bills are counted as they arrive; a reply's bytes are counted when the
 * user gets it, on the node it leaves through (a CDN at the CDN's rate, else the web server that
 * handled it, at the internet rate); a hop into another region bills the reply's way back to the
 * data center it entered. Instance time is accrued in nodeTime.ts.
 */
import { REQUEST_TYPES, RESPONSE_BYTES } from '../model';
import { BYTES_PER_GB, USAGE_UNITS } from '../model/cost';
import type { UsageUnit } from '../model/pricing';
import { K, type NodeRt } from './nodeState';
import { WRITE } from './requests';
import type { SimState } from './state';

const unit = (u: UsageUnit): number => USAGE_UNITS.indexOf(u);
const U_CDN_EGRESS = unit('cdnEgressGb'), U_CDN_REQUESTS = unit('cdnRequests'), U_INTERNET_EGRESS = unit('internetEgressGb');
const U_CROSS_REGION = unit('crossRegionGb'), U_NOSQL_READS = unit('nosqlReads'), U_NOSQL_WRITES = unit('nosqlWrites');
const U_QUEUE = unit('queueRequests'), U_OBJECT_GETS = unit('objectGets');

/** Gigabytes of one reply, by request type code. */
const REPLY_GB = new Float64Array(REQUEST_TYPES.map((t) => RESPONSE_BYTES[t] / BYTES_PER_GB));

/** A queue bills every message three requests: the send, the receive, the delete. */
const QUEUE_REQUESTS_PER_MESSAGE = 3;

/** Whether arrivals at a node of this kind code are metered. */
export const isMetered = (code: number): boolean =>
  code === K.cdn || code === K.web || code === K.nosql || code === K.queue || code === K.objectStore;

/** A request reaches a metered node. */
export function meterArrival(sim: SimState, n: NodeRt, req: number): void {
  const rp = sim.req;
  switch (n.code) {
    case K.cdn:
      if (!n.alive) return;
      n.usage[U_CDN_REQUESTS]++;
      if (rp.exit[req] < 0) rp.exit[req] = n.idx;
      return;
    case K.web:
      if (rp.exit[req] < 0) rp.exit[req] = n.idx;
      return;
    case K.nosql:
      if (n.alive) n.usage[rp.type[req] === WRITE ? U_NOSQL_WRITES : U_NOSQL_READS]++;
      return;
    case K.queue:
      if (n.alive) n.usage[U_QUEUE] += QUEUE_REQUESTS_PER_MESSAGE;
      return;
    case K.objectStore:
      if (n.alive) n.usage[U_OBJECT_GETS]++;
      return;
    default:
      return;
  }
}

/** The user got the reply to `req`: its bytes leave through the node it came in by. */
export function meterReply(sim: SimState, req: number): void {
  const exit = sim.req.exit[req];
  if (exit < 0) return;
  const x = sim.nodes[exit];
  x.usage[x.code === K.cdn ? U_CDN_EGRESS : U_INTERNET_EGRESS] += REPLY_GB[sim.req.type[req]];
}

/** `req` hops into the region of `target`: its reply comes back across, billed to that data center. */
export function meterCrossRegion(sim: SimState, target: NodeRt, req: number): void {
  const dc = target.dc >= 0 ? sim.nodes[target.dc] : target;
  dc.usage[U_CROSS_REGION] += REPLY_GB[sim.req.type[req]];
}
