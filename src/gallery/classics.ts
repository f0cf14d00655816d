/**
 * Classic shapes from the chapter, ready to open: each one a design people meet in interviews,
 * with the parameters set so a run shows what the shape is for.
 */
import { makeNode, type Design, type DesignNode } from '../model';
import { at, design, type Link } from '../stages/build';

/** Read-heavy social feed: most reads answered by the cache; a celebrity key heats one shard. */
export function socialFeed(): Design {
  const webs = ['web-1', 'web-2', 'web-3'];
  const shards = ['shard-1', 'shard-2', 'shard-3', 'shard-4'];
  const d = design('Social feed: read-heavy, celebrity keys', [
    makeNode('client', 'users', at(0, 1), { rps: 3000, mix: { static: 0.2, read: 0.75, write: 0.05, job: 0 }, keys: { count: 200_000, zipfAlpha: 1, hotKeys: 8 }, users: 50_000 }),
    makeNode('dns', 'dns', at(1, 1)),
    makeNode('cdn', 'cdn', at(2, 0)),
    makeNode('objectStore', 'media', at(3, 0)),
    makeNode('loadBalancer', 'lb', at(2, 2)),
    ...webs.map((id, i) => makeNode('web', id, at(3, i + 1), { workers: 32, serviceMs: 8, sessions: 'shared' })),
    makeNode('sessionStore', 'sessions', at(4, 4)),
    makeNode('cache', 'feed-cache', at(4, 1), { capacityKeys: 50_000, eviction: 'lfu', ttlS: 120 }),
    makeNode('shardRouter', 'router', at(5, 2), { strategy: 'consistentHash', virtualNodes: 100 }),
    ...shards.map((id, i) => makeNode('database', id, at(6, i), { role: 'shard', workers: 32 })),
    makeNode('monitoring', 'monitoring', at(0, 3)),
  ], [
    ['users', 'dns'], ['dns', 'cdn'], ['dns', 'lb'], ['cdn', 'media'],
    ...webs.flatMap((w): Link[] => [['lb', w], [w, 'feed-cache'], [w, 'router'], [w, 'sessions']]),
    ['feed-cache', 'router'],
    ...shards.map((s): Link => ['router', s]),
  ]);
  return d;
}

/** Write-heavy event ingestion: accept fast, queue, and let workers write at their own pace. */
export function eventIngestion(): Design {
  const webs = ['ingest-1', 'ingest-2'];
  return design('Event ingestion: write-heavy, with a queue', [
    makeNode('client', 'devices', at(0, 1), { rps: 4000, arrival: 'poisson', profile: 'spike', peakFactor: 3, mix: { static: 0, read: 0.05, write: 0.15, job: 0.8 }, users: 100_000 }),
    makeNode('loadBalancer', 'lb', at(1, 1)),
    ...webs.map((id, i) => makeNode('web', id, at(2, i * 2), { workers: 64, serviceMs: 3 })),
    makeNode('queue', 'events', at(3, 1), { capacity: 200_000 }),
    makeNode('worker', 'consumers', at(4, 1), { workers: 48, serviceMs: 12 }),
    makeNode('nosql', 'event-store', at(5, 1), { workers: 64, serviceMs: 2 }),
    makeNode('database', 'db', at(3, 3), { workers: 32 }),
    makeNode('monitoring', 'monitoring', at(0, 3)),
  ], [
    ['devices', 'lb'],
    ...webs.flatMap((w): Link[] => [['lb', w], [w, 'events'], [w, 'db']]),
    ['events', 'consumers'], ['consumers', 'event-store'],
  ]);
}

/** Workers per web server of the global site (the default 8 × 20 ms is 400 req/s a server). */
const WEB_WORKERS = 32;

/** Global multi-region site: GeoDNS, two data centers, each able to carry the world alone. */
export function globalSite(): Design {
  const regions = [
    { dc: 'dc-us', region: 'us-east', row: 0, users: 'users-us' },
    { dc: 'dc-eu', region: 'eu-west', row: 4, users: 'users-eu' },
  ] as const;
  const nodes: DesignNode[] = [
    makeNode('dns', 'geo-dns', at(1, 2), { geo: true }),
    makeNode('monitoring', 'monitoring', at(0, 2)),
  ];
  const links: Link[] = [];
  for (const { dc, region, row, users } of regions) {
    nodes.push(makeNode('client', users, at(0, row), { rps: 800, region }));
    const group = makeNode('dataCenter', dc, at(2, row), { region });
    group.size = { width: 820, height: 400 };
    nodes.push(group);
    const member = (kind: Parameters<typeof makeNode>[0], id: string, x: number, y: number, params: Record<string, unknown> = {}) => {
      const n = makeNode(kind, `${id}-${region}`, { x, y }, params as never);
      n.parent = dc;
      nodes.push(n);
      return n.id;
    };
    const lb = member('loadBalancer', 'lb', 30, 160);
    // Sized so one data center carries the world alone: two servers take 1,600 req/s at about
    // half their workers, and a replica's applier keeps up with every region's writes.
    const web1 = member('web', 'web-1', 240, 60, { sessions: 'shared', workers: WEB_WORKERS });
    const web2 = member('web', 'web-2', 240, 260, { sessions: 'shared', workers: WEB_WORKERS });
    const cache = member('cache', 'cache', 450, 60, { capacityKeys: 5000 });
    const sessions = member('sessionStore', 'sessions', 450, 260);
    const dbId = member('database', 'db', 640, 160, { role: region === 'us-east' ? 'primary' : 'replica', writeMs: 4 });
    links.push([users, 'geo-dns'], ['geo-dns', lb], [lb, web1], [lb, web2]);
    for (const w of [web1, web2]) links.push([w, cache], [w, sessions], [w, dbId]);
    links.push([cache, dbId]);
  }
  links.push(['db-us-east', 'db-eu-west']);
  // Writes must reach the one primary: the EU web servers write across the ocean (a replica
  // cannot take them, and a cache with no writable store behind it refuses them).
  for (const w of ['web-1-eu-west', 'web-2-eu-west']) links.push([w, 'db-us-east']);
  return design('Global site: GeoDNS and two data centers', nodes, links);
}
