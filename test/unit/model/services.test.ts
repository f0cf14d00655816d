import { describe, expect, it } from 'vitest';
import { compactDesign, DESIGN_VERSION, type Design, type DesignNode } from '../../../src/model';
import { clientFlows, routeTiers, serviceTargets } from '../../../src/model/routing';
import { findSpofs } from '../../../src/model/spof';
import { decodeDesign } from '../../../src/model/decoding';
import { build } from './helpers';

/** Users → one balancer → two page servers and one upload server; rules give reads to pages and the upload route to uploads. */
function split(): Design {
  const d = build([
    ['users', 'client', { mix: { static: 0, read: 0.8, write: 0.2, job: 0 } }],
    ['lb', 'loadBalancer'],
    ['page-1', 'web', { service: 'pages' }],
    ['page-2', 'web', { service: 'pages' }],
    ['upload-1', 'web', { service: 'uploads' }],
    ['shared', 'web'],
  ], [['users', 'lb'], ['lb', 'page-1'], ['lb', 'page-2'], ['lb', 'upload-1'], ['lb', 'shared']]);
  const users = d.nodes[0] as Extract<DesignNode, { kind: 'client' }>;
  users.routes = [{ name: 'upload', type: 'write', share: 0.5, cost: 20 }];
  const lb = d.nodes[1] as Extract<DesignNode, { kind: 'loadBalancer' }>;
  lb.rules = [{ service: 'pages', types: ['read'], routes: [] }, { service: 'uploads', types: [], routes: ['upload'] }];
  return d;
}

const node = (d: Design, id: string) => d.nodes.find((n) => n.id === id)!;
const ids = (nodes: DesignNode[]) => nodes.map((n) => n.id);
const targetsOf = (d: Design, id: string) => d.edges.filter((e) => e.source === id).map((e) => node(d, e.target));

describe('routing by service', () => {
  it('a balancer sends each type only to the servers of the service that owns it', () => {
    const d = split();
    const lb = node(d, 'lb');
    expect(ids(routeTiers(lb, 'read', targetsOf(d, 'lb'))[0])).toEqual(['page-1', 'page-2']);
    // Writes off the route belong to no service: the shared pool takes them.
    expect(ids(routeTiers(lb, 'write', targetsOf(d, 'lb'))[0])).toEqual(['shared']);
  });

  it('a declared route goes to the service its rule names, ahead of its type', () => {
    const d = split();
    const lb = node(d, 'lb');
    expect(ids(routeTiers(lb, 'write', targetsOf(d, 'lb'), 'upload')[0])).toEqual(['upload-1']);
    (lb as Extract<DesignNode, { kind: 'loadBalancer' }>).rules!.push({ service: 'api', types: ['write'], routes: [] });
    expect(ids(routeTiers(lb, 'write', targetsOf(d, 'lb'), 'upload')[0])).toEqual(['upload-1']);
  });

  it('a service with no server behind the balancer leaves its requests to the shared pool, or to every server', () => {
    const d = split();
    const lb = node(d, 'lb');
    const pool = targetsOf(d, 'lb').filter((t) => t.id !== 'upload-1');
    expect(ids(serviceTargets(lb, 'write', 'upload', pool))).toEqual(['shared']);
    const noShared = pool.filter((t) => t.id !== 'shared');
    expect(ids(serviceTargets(lb, 'static', undefined, noShared))).toEqual(['page-1', 'page-2']);
  });

  it('a design without services or rules spreads over every server, as before', () => {
    const d = build([['users', 'client'], ['lb', 'loadBalancer'], ['w1', 'web'], ['w2', 'web']], [['users', 'lb'], ['lb', 'w1'], ['lb', 'w2']]);
    for (const type of ['static', 'read', 'write', 'job'] as const) expect(ids(routeTiers(node(d, 'lb'), type, targetsOf(d, 'lb'))[0])).toEqual(['w1', 'w2']);
  });

  it('a client\'s flows split each type by its routes; the rest stays the plain type', () => {
    const flows = clientFlows(node(split(), 'users'));
    expect(flows.map((f) => [f.type, f.route ?? '-', Number(f.share.toFixed(3))])).toEqual([['read', '-', 0.8], ['write', 'upload', 0.1], ['write', '-', 0.1]]);
  });
});

describe('the SPOF panel, route by route', () => {
  it('the only upload server takes down the upload route only; two page servers are no SPOF', () => {
    const findings = findSpofs(split());
    const upload = findings.find((f) => f.id === 'upload-1');
    expect(upload?.reason).toContain('users lose the upload route');
    expect(upload?.reason).not.toContain('reads');
    expect(findings.find((f) => f.id === 'page-1')).toBeUndefined();
    // The shared server alone takes the writes off the route.
    expect(findings.find((f) => f.id === 'shared')?.reason).toContain('users lose writes');
  });

  it('once the writes route is fully declared, the shared pool is no longer needed for writes', () => {
    const d = split();
    (node(d, 'users') as Extract<DesignNode, { kind: 'client' }>).routes![0].share = 1;
    expect(findSpofs(d).find((f) => f.id === 'shared')).toBeUndefined();
  });
});

describe('the design file keeps version 1 and only gains optional fields', () => {
  it('routes, rules and services survive a round trip through the share-link form', () => {
    const d = split();
    expect(d.version).toBe(DESIGN_VERSION);
    const back = decodeDesign(JSON.parse(JSON.stringify(compactDesign(d))));
    expect(back.ok && back.value).toEqual(d);
  });

  it('a missing cost defaults to 1', () => {
    const raw = JSON.parse(JSON.stringify(split()));
    delete raw.nodes[0].routes[0].cost;
    const back = decodeDesign(raw);
    expect(back.ok && (back.value.nodes[0] as Extract<DesignNode, { kind: 'client' }>).routes![0].cost).toBe(1);
  });

  const refused = (edit: (raw: { nodes: Record<string, unknown>[] }) => void): string[] => {
    const raw = JSON.parse(JSON.stringify(split()));
    edit(raw);
    const result = decodeDesign(raw);
    return result.ok ? [] : result.errors;
  };

  it('refuses bad routes and rules with messages naming the node and field', () => {
    expect(refused((r) => { r.nodes[0].routes = [{ name: 'Upload!', type: 'write', share: 0.5 }]; })).toEqual([expect.stringMatching(/node "users" \(client\): routes\.0\.name is not a route name/)]);
    expect(refused((r) => { r.nodes[0].routes = [{ name: 'a', type: 'write', share: 0.7 }, { name: 'b', type: 'write', share: 0.6 }]; })).toEqual([expect.stringContaining('the write routes take 130% of the write requests')]);
    expect(refused((r) => { r.nodes[0].routes = [{ name: 'a', type: 'post', share: 0.5 }]; })).toEqual([expect.stringContaining('routes.0.type must be one of static, read, write, job')]);
    expect(refused((r) => { r.nodes[2].routes = []; })).toEqual([expect.stringContaining('node "page-1" (web): routes: only users declare routes')]);
    expect(refused((r) => { r.nodes[1].rules = [{ service: 'pages', types: ['read'] }, { service: 'uploads', types: ['read'] }]; })).toEqual([expect.stringContaining('type read is given to both pages and uploads')]);
    expect(refused((r) => { r.nodes[1].rules = [{ service: 'billing' }]; })).toEqual([expect.stringMatching(/rules\.0\.service must be one of pages, api/)]);
    expect(refused((r) => { r.nodes[0].rules = []; })).toEqual([expect.stringContaining('only a load balancer holds routing rules')]);
    expect(refused((r) => { (r.nodes[2].params as Record<string, unknown>).service = 'billing'; })).toEqual([expect.stringContaining('params.service must be one of')]);
  });
});
