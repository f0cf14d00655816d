/**
 * Runs the engine refuses before starting, with a message saying what to change: ones that could
 * never finish inside the event budget, and ones whose tables would not fit in memory. Everything
 * else a valid design asks for runs; a backlog that grows without end during a run is stopped by
 * the loop (loop.ts) before it exhausts memory.
 */
import type { Design } from '../model';
import { HEAD_RANKS } from './lib/zipf';
import { peakOfferedRps, scaledUsers } from './sampling';
import { FLAT_USERS_MAX } from './components/dns';

/** What the engine may allocate up front for key and user tables, in bytes. */
const TABLE_BUDGET_BYTES = 1024 * 1024 * 1024;

/** Thrown by createSimulation for a run the engine will not start; `reasons` are whole sentences. */
export class RunRefusedError extends Error {
  readonly reasons: string[];
  constructor(reasons: string[]) {
    super(`This run cannot start: ${reasons.join(' ')}`);
    this.name = 'RunRefusedError';
    this.reasons = reasons;
  }
}

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

/** Why the engine would refuse this run (empty: it runs). */
export function refusals(design: Design, sampleK: number, durationS: number, maxEvents: number): string[] {
  const reasons: string[] = [];
  // Every simulated request costs at least one event, so more of them than the budget cannot finish.
  const peakRps = peakOfferedRps(design);
  const simulatedRequests = (peakRps / sampleK) * durationS;
  if (simulatedRequests > maxEvents) {
    const fitS = Math.max(1, Math.floor((maxEvents / simulatedRequests) * durationS));
    reasons.push(
      `${fmt(durationS)} s at ${fmt(peakRps)} req/s is about ${fmt(simulatedRequests)} simulated requests, more than the event budget of ${fmt(maxEvents)} can finish; ` +
        `run at most ${fmt(fitS)} s, or lower the rate.`,
    );
  }
  let tableBytes = 0;
  let users = 0;
  let dnsNodes = 0;
  for (const n of design.nodes) {
    if (n.kind === 'client') {
      tableBytes += Math.min(n.params.keys.count, HEAD_RANKS) * 8;
      users += scaledUsers(n.params.users, sampleK);
    }
    if (n.kind === 'dns') dnsNodes++;
  }
  // DNS nodes keep a flat 8-byte expiry per user up to FLAT_USERS_MAX users (dns.ts).
  if (users <= FLAT_USERS_MAX) tableBytes += dnsNodes * users * 8;
  if (tableBytes > TABLE_BUDGET_BYTES) {
    reasons.push(
      `Its key and user tables would take ${fmt(tableBytes / 1e6)} MB (8 bytes per distinct key of each client, up to a million, and per user at each DNS), ` +
        `over the ${fmt(TABLE_BUDGET_BYTES / 1e6)} MB the engine allows; use fewer clients, fewer distinct keys or fewer DNS nodes.`,
    );
  }
  return reasons;
}
