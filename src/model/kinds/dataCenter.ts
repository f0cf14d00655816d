import { choice, num } from '../params';
import { defineKind, REGIONS } from './kind';

export const dataCenterKind = defineKind({
  kind: 'dataCenter',
  label: 'Data center',
  category: 'infra',
  summary: 'A group of nodes in one region; drop components inside it.',
  isGroup: true,
  params: {
    region: choice(REGIONS, { label: 'Region', default: 'us-east', help: 'Where it is; GeoDNS sends users to the nearest healthy one.' }),
    interRegionLatencyMs: num({ label: 'Inter-region latency', unit: 'ms', min: 0, max: 1000, default: 80, help: 'Extra time for a request that crosses regions to reach it.' }),
  },
});
