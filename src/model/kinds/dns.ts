import { num, toggle } from '../params';
import { compact, defineKind, type RouteContext } from './kind';

/**
 * Where a name sends users, and so where users wired without a DNS go too: every static file to
 * the CDN when there is one (else through a DNS), then an object store, then the site; the rest
 * through a DNS or straight to the site's balancers or servers.
 */
export function addressRoutes<N>({ type, ofKinds }: RouteContext<unknown, N>): N[][] {
  if (type === 'static') {
    const cdns = ofKinds('cdn');
    return [cdns.length > 0 ? cdns : ofKinds('dns'), ofKinds('objectStore'), ofKinds('loadBalancer', 'web')];
  }
  return [ofKinds('dns', 'loadBalancer', 'web')];
}

export const dnsKind = defineKind({
  kind: 'dns',
  label: 'DNS',
  category: 'edge',
  idPrefix: 'dns',
  nouns: { a: 'DNS', one: 'DNS service', many: 'DNS services' },
  connectsTo: ['cdn', 'loadBalancer', 'web'],
  accepts: ['static', 'read', 'write', 'job'],
  summary: 'Turns a domain name into an address; GeoDNS picks the nearest data center.',
  params: {
    geo: toggle({ applies: 'live', label: 'GeoDNS', default: false, help: 'Send each user to the nearest healthy data center.' }),
    ttlS: num({ applies: 'live', label: 'Record TTL', unit: 's', min: 0, max: 86_400, default: 300, help: 'How long a user keeps an answer before asking again.' }),
    latencyMs: num({ applies: 'live', label: 'Lookup time', unit: 'ms', min: 0, max: 1000, default: 10, help: 'Time for a lookup that is not cached by the user.' }),
  },
  face: (p) => (p.geo ? 'GeoDNS' : `TTL ${compact(p.ttlS)} s`),
  routes: addressRoutes,
  // A browser keeps the address it was given (until the TTL ends); GeoDNS picks by region.
  pinsUsers: true,
  reachedAs: 'address',
  picksByRegion: (p) => p.geo,
  carriesRoute: true,
  spofHint: (p) => `Users fail once their cached answer expires (TTL ${p.ttlS} s): use a second DNS provider (wire the users to two DNS nodes; resolvers retry the other).`,
});
