import type { DesignNode } from './design';
import { KIND_SPECS, type Kind } from './kinds';
import type { RequestType } from './requestTypes';

export { REQUEST_TYPES, type RequestType } from './requestTypes';

/**
 * Which request types a node takes in: its kind's `accepts` (src/model/kinds). The engine routes
 * by it and the SPOF analysis walks it, so both agree on what "a path to a capability" means.
 */
export const accepts = (node: DesignNode, type: RequestType): boolean => {
  if (node.kind === 'database' && node.params.role === 'replica') return type === 'read';
  return KIND_SPECS[node.kind].accepts.includes(type);
};

/**
 * Where a request of `type` goes from `node`, in order of preference, among `targets` (its
 * request/async successors). The first non-empty tier wins; the engine balances inside a tier.
 * - static prefers the CDN, then an object store, then the application.
 * - a web server reads through a cache when it has one, writes past it straight to data (a
 *   write still invalidates the cache: the engine does that), and sends jobs to a queue.
 * - a worker does its job and writes the result to whatever data store it has.
 */
export function routeTiers(node: DesignNode, type: RequestType, targets: readonly DesignNode[]): DesignNode[][] {
  const ofKinds = (...kinds: Kind[]) => targets.filter((t) => kinds.includes(t.kind) && acceptsOrWorks(t, type));
  const acceptsOrWorks = (t: DesignNode, ty: RequestType) => accepts(t, ty) || (node.kind === 'worker' && accepts(t, 'write'));
  switch (node.kind) {
    case 'client':
    case 'dns':
      if (type === 'static') return [ofKinds('dns', 'cdn'), ofKinds('objectStore'), ofKinds('loadBalancer', 'web')];
      return [ofKinds('dns', 'loadBalancer', 'web')];
    case 'loadBalancer':
      return [ofKinds('web', 'loadBalancer')];
    case 'cdn':
      return [ofKinds('objectStore'), ofKinds('loadBalancer', 'web')];
    case 'web':
      if (type === 'static') return [ofKinds('objectStore')];
      if (type === 'read') return [ofKinds('cache'), ofKinds('shardRouter', 'nosql'), readDatabases(ofKinds('database'))];
      if (type === 'write') return [ofKinds('shardRouter', 'nosql'), writeDatabases(ofKinds('database')), ofKinds('cache')];
      return [ofKinds('queue'), ofKinds('shardRouter', 'nosql'), writeDatabases(ofKinds('database'))];
    case 'cache':
      return [ofKinds('shardRouter', 'nosql'), type === 'read' ? readDatabases(ofKinds('database')) : writeDatabases(ofKinds('database'))];
    case 'queue':
      return [ofKinds('worker')];
    case 'worker':
      return [ofKinds('shardRouter', 'nosql'), writeDatabases(ofKinds('database'))];
    case 'shardRouter':
      return [ofKinds('database', 'nosql')];
    default:
      return [];
  }
}

const readDatabases = (dbs: DesignNode[]) => {
  const replicas = dbs.filter((d) => d.kind === 'database' && d.params.role === 'replica');
  return replicas.length > 0 ? replicas.concat(dbs.filter((d) => !replicas.includes(d))) : dbs;
};
const writeDatabases = (dbs: DesignNode[]) => dbs.filter((d) => d.kind === 'database' && d.params.role !== 'replica');

/**
 * Whether a node answers a request of `type` itself when it has no route onward. A web server
 * with no data tier is the chapter's first stage: one box doing everything. A worker with no
 * store finishes its job on its own.
 */
export function servesLocally(node: DesignNode, type: RequestType): boolean {
  switch (node.kind) {
    case 'web': return true;
    case 'worker': return type === 'job';
    // A replica answers reads only; writes must reach a primary (or a shard).
    case 'database': return accepts(node, type);
    case 'nosql': return type === 'read' || type === 'write';
    case 'objectStore': return type === 'static';
    default: return false;
  }
}
