import { num, toggle } from '../params';
import { defineKind } from './kind';

export const dnsKind = defineKind({
  kind: 'dns',
  label: 'DNS',
  category: 'edge',
  summary: 'Turns a domain name into an address; GeoDNS picks the nearest data center.',
  params: {
    geo: toggle({ label: 'GeoDNS', default: false, help: 'Send each user to the nearest healthy data center.' }),
    ttlS: num({ label: 'Record TTL', unit: 's', min: 0, max: 86_400, default: 300, help: 'How long a user keeps an answer before asking again.' }),
    latencyMs: num({ label: 'Lookup time', unit: 'ms', min: 0, max: 1000, default: 10, help: 'Time for a lookup that is not cached by the user.' }),
  },
});
