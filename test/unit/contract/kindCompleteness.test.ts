/**
 * Adding a kind means one model file, one engine file and an icon (docs/adding-a-kind.md). This
 * holds the rule: every kind in the registry has an engine behaviour and an icon, and its kind
 * file carries every fact the derived tables need; a forgotten piece fails here, naming the kind
 * and the piece.
 */
import { describe, expect, it } from 'vitest';
import { canConnect, KIND_SPECS, KINDS, makeNode, REQUEST_TYPES, type DesignNode, type Kind, type RouteContext } from '../../../src/model';
import { COMPONENT_BEHAVIOURS } from '../../../src/engine/components';
import type { ComponentBehaviour } from '../../../src/engine/componentBehaviour';
import { KIND_BEHAVIOUR } from '../../../src/engine/dispatch';
import { K } from '../../../src/engine/nodeState';
import { KIND_ICONS } from '../../../src/ui/icons';

/** The facts of a kind file this test reads (KindSpec in src/model/kinds/kind.ts, minus its param types). */
interface SpecFacts {
  connectsTo: readonly string[];
  accepts: readonly string[];
  category: string;
  params: object;
  spofHint?: unknown;
  dataTier?: unknown;
  refusals?: Readonly<Record<string, string>>;
  routes?: ((ctx: RouteContext<never, string>) => string[][]) | null;
}

interface Registry {
  kinds: readonly string[];
  specs: Readonly<Record<string, SpecFacts | undefined>>;
  behaviours: Readonly<Record<string, ComponentBehaviour | undefined>>;
  icons: Readonly<Record<string, unknown>>;
}

/**
 * The kinds a node of `kind` sends requests to: its `connectsTo` targets that the edge rules wire
 * as a request or async edge between default nodes (a database's edges to databases are
 * replication, so a database forwards nothing).
 */
function requestTargets(kind: string, spec: SpecFacts): string[] {
  if (!(KINDS as readonly string[]).includes(kind)) return [...spec.connectsTo];
  return spec.connectsTo.filter((target) => {
    if (!(KINDS as readonly string[]).includes(target)) return true;
    const verdict = canConnect(makeNode(kind as Kind, 'from', { x: 0, y: 0 }) as DesignNode, makeNode(target as Kind, 'to', { x: 0, y: 0 }) as DesignNode);
    return verdict.ok && verdict.kind !== 'replication';
  });
}

/** Every kind name a kind's `routes` hands to `ofKinds`, for each request type. */
function kindsRouted(kind: string, routes: NonNullable<SpecFacts['routes']>): Set<string> {
  const named = new Set<string>();
  // The kind's default params, so a routes that reads them sees real values.
  const params = ((KINDS as readonly string[]).includes(kind) ? makeNode(kind as Kind, 'probe', { x: 0, y: 0 }).params : {}) as never;
  for (const type of REQUEST_TYPES) {
    routes({
      type, route: undefined, params,
      ofKinds: (...kinds) => { kinds.forEach((k) => named.add(k)); return [...kinds]; },
      readDatabases: (dbs) => dbs, writeDatabases: (dbs) => dbs, servicePool: () => [],
    });
  }
  return named;
}

/** Every missing piece, as "<kind>: <what is missing and where>". */
function missingPieces({ kinds, specs, behaviours, icons }: Registry): string[] {
  const problems: string[] = [];
  const feeders = (kind: string) => kinds.filter((k) => (specs[k]?.connectsTo ?? []).includes(kind));
  for (const kind of kinds) {
    const spec = specs[kind];
    if (!spec) { problems.push(`${kind}: no kind file in src/model/kinds/index.ts`); continue; }
    const behaviour = behaviours[kind];
    if (!behaviour) problems.push(`${kind}: no engine behaviour in src/engine/components/index.ts`);
    else if (behaviour.kind !== kind) problems.push(`${kind}: its engine behaviour says it is "${behaviour.kind}"`);
    if (!icons[kind]) problems.push(`${kind}: no icon in src/ui/icons.ts`);
    if (spec.spofHint === undefined) problems.push(`${kind}: its kind file has no spofHint (a fix, or null when it is never a SPOF)`);
    if (spec.category === 'data' && typeof spec.dataTier !== 'boolean') problems.push(`${kind}: a data kind must say whether it is dataTier (reached only through a web server)`);
    if (spec.routes === undefined) problems.push(`${kind}: its kind file has no routes (the tiers it sends requests to, or null when it passes nothing on)`);
    const forwardsTo = requestTargets(kind, spec);
    if (spec.routes === null && forwardsTo.length > 0) problems.push(`${kind}: it sends requests on (to ${forwardsTo.join(', ')}), but its kind file's routes is null: routeTiers would never send it anywhere`);
    if (spec.routes) for (const name of kindsRouted(kind, spec.routes)) if (!kinds.includes(name)) problems.push(`${kind}: routes names "${name}", which is no kind`);
    for (const target of Object.keys(spec.refusals ?? {})) {
      if (!kinds.includes(target)) problems.push(`${kind}: refusals names "${target}", which is no kind`);
    }
    // Edges out of a queue are async: a node fed only by queues pulls its work (worker.ts pullJobs).
    const fedBy = feeders(kind);
    const takesRequests = (spec.accepts.length > 0 || fedBy.length > 0) && !(fedBy.length > 0 && fedBy.every((k) => k === 'queue'));
    if (takesRequests && !behaviour?.arrive) problems.push(`${kind}: it takes requests, but its engine behaviour has no arrive`);
    if ('workers' in spec.params) {
      if (!behaviour?.served) problems.push(`${kind}: it has workers, but its engine behaviour has no served`);
      if (!behaviour?.applyParams) problems.push(`${kind}: it has workers, but its engine behaviour has no applyParams`);
    }
  }
  return problems;
}

const REAL: Registry = { kinds: KINDS, specs: KIND_SPECS, behaviours: COMPONENT_BEHAVIOURS, icons: KIND_ICONS };

describe('every kind is complete: model file, engine file, icon', () => {
  it('finds nothing missing in the registry', () => {
    expect(missingPieces(REAL)).toEqual([]);
  });

  it('names the kind and the piece when one is forgotten', () => {
    const { web: _web, ...behaviours } = COMPONENT_BEHAVIOURS;
    const { cache: _cache, ...icons } = KIND_ICONS;
    const specs = {
      ...KIND_SPECS,
      dns: { ...KIND_SPECS.dns, spofHint: undefined },
      loadBalancer: { ...KIND_SPECS.loadBalancer, routes: null },
      cdn: { ...KIND_SPECS.cdn, routes: undefined },
      queue: { ...KIND_SPECS.queue, routes: (ctx: RouteContext<never, string>) => [ctx.ofKinds('wroker')] },
    };
    expect(missingPieces({ kinds: KINDS, specs, behaviours, icons })).toEqual([
      'dns: its kind file has no spofHint (a fix, or null when it is never a SPOF)',
      'cdn: its kind file has no routes (the tiers it sends requests to, or null when it passes nothing on)',
      'loadBalancer: it sends requests on (to web, loadBalancer), but its kind file\'s routes is null: routeTiers would never send it anywhere',
      'web: no engine behaviour in src/engine/components/index.ts',
      'web: it takes requests, but its engine behaviour has no arrive',
      'web: it has workers, but its engine behaviour has no served',
      'web: it has workers, but its engine behaviour has no applyParams',
      'cache: no icon in src/ui/icons.ts',
      'queue: routes names "wroker", which is no kind',
    ]);
  });

  it('gives each kind its own code, and the dispatch tables one slot per kind filled from its behaviour', () => {
    const codes = KINDS.map((k) => K[k]);
    expect(new Set(codes).size).toBe(KINDS.length);
    expect(Math.max(...codes)).toBe(KINDS.length - 1);
    for (const kind of KINDS) {
      const own: ComponentBehaviour = COMPONENT_BEHAVIOURS[kind as Kind];
      expect(KIND_BEHAVIOUR.arrive[K[kind]], `${kind} arrive`).toBe(own.arrive);
      expect(KIND_BEHAVIOUR.served[K[kind]], `${kind} served`).toBe(own.served);
      expect(KIND_BEHAVIOUR.applyParams[K[kind]], `${kind} applyParams`).toBe(own.applyParams);
    }
  });
});
