import { choice, num } from '../params';
import { defineKind, REGIONS } from './kind';

export const dataCenterKind = defineKind({
  kind: 'dataCenter',
  label: 'Data center',
  category: 'infra',
  idPrefix: 'dc',
  nouns: { a: 'a data center', one: 'data center', many: 'data centers' },
  connectsTo: [],
  accepts: [],
  wiring: 'A data center is a group: drop components inside it instead of wiring it.',
  summary: 'A group of nodes in one region; drop components inside it.',
  isGroup: true,
  params: {
    region: choice(REGIONS, { applies: 'restart', label: 'Region', default: 'us-east', help: 'Where it is; GeoDNS sends users to the nearest healthy one.' }),
    interRegionLatencyMs: num({ applies: 'live', label: 'Inter-region latency', unit: 'ms', min: 0, max: 1000, default: 80, help: 'Extra time for a request that crosses regions to reach it.' }),
  },
  face: (p) => p.region,
  routes: null,
  spofHint: () => 'Everything runs in this one data center: add a second one in another region and turn on GeoDNS.',
});
