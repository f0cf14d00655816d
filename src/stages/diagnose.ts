import type { ErrorCause, RunReport } from '../engine/api';
import { nounsOf, type Kind } from '../model';
import { causeWords } from '../analysis/causeWords';
import { count, pct } from './format';

/** Kinds that never do work of their own, so they are never "the bottleneck". */
const NOT_WORKERS = new Set(['client', 'dns', 'monitoring', 'dataCenter']);

/** "web server", "NoSQL store" (the kind file's nouns). */
export const kindName = (kind: Kind): string => nounsOf(kind).one;

/** "web servers", "NoSQL stores". */
export const kindNames = (kind: Kind): string => nounsOf(kind).many;

/** Ids of the nodes in the report, busiest first (only those doing work). */
export function busiest(report: RunReport, kind?: string): { id: string; utilization: number }[] {
  return Object.entries(report.nodes)
    .filter(([, n]) => !NOT_WORKERS.has(n.kind) && (kind === undefined || n.kind === kind))
    .map(([id, n]) => ({ id, utilization: n.utilization }))
    .sort((a, b) => b.utilization - a.utilization || a.id.localeCompare(b.id));
}

/** " — web-1 is 100% busy" when some node runs hot, else "". */
export function bottleneckClause(report: RunReport): string {
  const hot = busiest(report).filter((n) => n.utilization >= 0.85).slice(0, 2);
  if (!hot.length) return '';
  return ` — ${hot.map((n) => `${n.id} is ${pct(Math.min(1, n.utilization))} busy`).join(', ')}`;
}

/**
 * "most of them (1,204) reached a component that was down; web-1 failed the most (1,204)" or "".
 * A node counts failed attempts, so when users retried its count can pass the failed requests':
 * then the clause says it counts attempts.
 */
export function errorsClause(report: RunReport): string {
  const causes = Object.entries(report.summary.errorsByCause)
    .filter((e): e is [ErrorCause, number] => typeof e[1] === 'number' && e[1] > 0)
    .sort((a, b) => b[1] - a[1]);
  if (!causes.length) return '';
  const [cause, n] = causes[0];
  const share = causes.length === 1 ? 'all of them' : `most of them (${count(n)})`;
  const worst = Object.entries(report.nodes)
    .filter(([, node]) => node.errors > 0)
    .sort((a, b) => b[1].errors - a[1].errors)[0];
  const retried = (report.summary.retries ?? 0) > 0;
  const where = !worst ? ''
    : retried ? `; ${worst[0]} failed the most attempts (${count(worst[1].errors)}, retries included)`
    : `; ${worst[0]} failed the most (${count(worst[1].errors)})`;
  return ` — ${share} ${causeWords(cause).clause}${where}${worst && cause === 'nodeDown' ? downClause(report, worst[0]) : ''}`;
}

/**
 * ", while db-primary was down" when the node that failed the most is up itself: a balancer fails
 * what its servers cannot serve, so the clause names what was actually down.
 */
function downClause(report: RunReport, worst: string): string {
  if (report.nodes[worst].down) return '';
  const down = Object.entries(report.nodes).filter(([, n]) => n.down).map(([id]) => id);
  if (!down.length) return '';
  const named = down.length > 3 ? `${down.slice(0, 3).join(', ')} and ${count(down.length - 3)} more` : down.join(', ');
  return `, while ${named} ${down.length === 1 ? 'was' : 'were'} down`;
}

