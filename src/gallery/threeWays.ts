/**
 * "Same load, three ways": one offered load met by one huge box (scaled up), by many small boxes
 * (scaled out), and by small boxes with a cache and a CDN in front. The three share the users, the
 * web servers' work per request and the seed, so what differs in their cost and p99 is the shape.
 * test/unit/model/costThreeWays.test.ts runs them and holds the order the cards claim.
 */
import { makeNode, type Design, type DesignNode } from '../model';
import { at, design, type Link } from '../stages/build';

/**
 * How long the gallery runs each of the three for its card's figures (and the test for its
 * claims): the designs' own length, which Compare also runs them for, so cards and Compare agree.
 */
export const THREE_WAYS_RUN_S = 60;

/** The users all three serve: the same rate, mix and keys. */
const users = (): DesignNode => makeNode('client', 'users', at(0, 1), {
  rps: 1000, mix: { static: 0.3, read: 0.6, write: 0.1, job: 0 }, keys: { count: 20_000, zipfAlpha: 1, hotKeys: 0 }, users: 50_000,
});

/** A heavy page: 60 ms of CPU each, so a thousand a second needs about 60 vCPUs' worth of work. */
const WEB = { serviceMs: 60, queueLimit: 2000 } as const;

const database = (size: string, column: number): DesignNode => makeNode('database', 'db', at(column, 1), { size });

/** (a) Scaled up: the largest web server there is (192 vCPUs), doing all the work. */
export function oneHugeBox(): Design {
  return design('Same load: one huge box', [
    users(),
    makeNode('dns', 'dns', at(1, 1)),
    makeNode('web', 'web-1', at(2, 1), { ...WEB, size: 'm7i.48xlarge' }),
    database('r7i.8xlarge', 3),
  ], [['users', 'dns'], ['dns', 'web-1'], ['web-1', 'db']]);
}

function smallWebs(count: number, column: number): { nodes: DesignNode[]; ids: string[] } {
  const ids = Array.from({ length: count }, (_, i) => `web-${i + 1}`);
  return { ids, nodes: ids.map((id, i) => makeNode('web', id, at(column, i - (count - 3) / 2), { ...WEB, size: 'm7i.4xlarge' })) };
}

/** (b) Scaled out: eight 16-vCPU boxes (128 vCPUs in all) behind a load balancer. */
export function manySmallBoxes(): Design {
  const webs = smallWebs(8, 3);
  return design('Same load: many small boxes', [
    users(),
    makeNode('dns', 'dns', at(1, 1)),
    makeNode('loadBalancer', 'lb', at(2, 1)),
    ...webs.nodes,
    database('r7i.8xlarge', 4),
  ], [['users', 'dns'], ['dns', 'lb'], ...webs.ids.flatMap((w): Link[] => [['lb', w], [w, 'db']])]);
}

/**
 * (c) Scaled out with a cache and a CDN: the CDN answers the static files, so five small boxes
 * do; the cache answers most reads, so a database half the size does.
 */
export function smallBoxesCacheCdn(): Design {
  const webs = smallWebs(5, 3);
  return design('Same load: small boxes, a cache and a CDN', [
    users(),
    makeNode('dns', 'dns', at(1, 1)),
    makeNode('cdn', 'cdn', at(2, -1)),
    makeNode('objectStore', 'assets', at(3, -2)),
    makeNode('loadBalancer', 'lb', at(2, 1)),
    ...webs.nodes,
    makeNode('cache', 'cache', at(4, 0), { capacityKeys: 10_000 }),
    database('r7i.4xlarge', 5),
  ], [
    ['users', 'dns'], ['dns', 'cdn'], ['cdn', 'assets'], ['dns', 'lb'],
    ...webs.ids.flatMap((w): Link[] => [['lb', w], [w, 'cache'], [w, 'db']]),
    ['cache', 'db'],
  ]);
}
