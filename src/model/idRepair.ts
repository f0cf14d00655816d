import { LIMITS } from './limits';
import { ID_RULE, isValidId, sanitizeId, visibleId } from './ids';

/**
 * Older links and files may hold ids that are no longer allowed (spaces, accents, zero-width or
 * bidirectional characters). Rather than refuse them, each such id is renamed to a valid one and
 * every reference follows: edges, parents (groups) and scenario targets and peers. Runs on the raw lists,
 * before the schemas, so those then see only valid ids.
 */
export interface RawLists { nodes: unknown[]; edges: unknown[]; scenario: unknown[] }

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An id that can be renamed: text of a sensible length (an empty or huge one is refused by the schema). */
const renamable = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= LIMITS.maxIdChars && !isValidId(id);

/** Valid ids for every renamable one in `ids`, avoiding the valid ids already there. */
function renames(ids: unknown[], fallback: string): Map<string, string> {
  const taken = new Set(ids.filter((id): id is string => typeof id === 'string' && isValidId(id)));
  const out = new Map<string, string>();
  for (const id of ids) {
    if (!renamable(id) || out.has(id)) continue;
    const fresh = sanitizeId(id, taken, fallback);
    taken.add(fresh);
    out.set(id, fresh);
  }
  return out;
}

const renameWarning = (what: string, from: string, to: string) =>
  `${what} "${visibleId(from)}": the id has characters ids may not hold, so it was renamed "${to}" (${ID_RULE}).`;

/** The lists with bad ids renamed (same arrays when nothing needed it); a warning per rename. */
export function repairIds(lists: RawLists, warnings: string[]): RawLists {
  const idOf = (v: unknown) => (isRecord(v) ? v.id : undefined);
  const nodeIds = renames(lists.nodes.map(idOf), 'node');
  const edgeIds = renames(lists.edges.map(idOf), 'edge');
  if (nodeIds.size === 0 && edgeIds.size === 0) return lists;
  const node = (id: unknown) => (typeof id === 'string' ? nodeIds.get(id) : undefined);
  for (const [from, to] of nodeIds) warnings.push(renameWarning('node', from, to));
  for (const [from, to] of edgeIds) warnings.push(renameWarning('edge', from, to));
  // Spread copies own fields as data, so a "__proto__" field stays a field (and the schemas drop it).
  const nodes = lists.nodes.map((raw) => {
    if (!isRecord(raw)) return raw;
    const id = node(raw.id);
    const parent = node(raw.parent);
    return id || parent ? { ...raw, ...(id ? { id } : {}), ...(parent ? { parent } : {}) } : raw;
  });
  const edges = lists.edges.map((raw) => {
    if (!isRecord(raw)) return raw;
    const id = typeof raw.id === 'string' ? edgeIds.get(raw.id) : undefined;
    const source = node(raw.source);
    const target = node(raw.target);
    return id || source || target ? { ...raw, ...(id ? { id } : {}), ...(source ? { source } : {}), ...(target ? { target } : {}) } : raw;
  });
  const scenario = lists.scenario.map((raw) => {
    const target = isRecord(raw) ? node(raw.target) : undefined;
    const peer = isRecord(raw) ? node(raw.peer) : undefined;
    return target || peer ? { ...(raw as Raw), ...(target ? { target } : {}), ...(peer ? { peer } : {}) } : raw;
  });
  return { nodes, edges, scenario };
}
