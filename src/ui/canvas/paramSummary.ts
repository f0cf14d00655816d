import type { DesignNode } from '../../model';

/** Compact numbers for a node's face: 12000 → "12k", 2500000 → "2.5M". */
export function compact(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1_000_000) return `${trim(value / 1_000_000)}M`;
  if (abs >= 10_000) return `${trim(value / 1000)}k`;
  return trim(value);
}

const trim = (v: number): string => String(Math.round(v * 10) / 10);

/** The one line of key parameters a node shows under its name, so a design reads at a glance. */
export function paramSummary(node: DesignNode): string {
  switch (node.kind) {
    case 'client': return `${compact(node.params.rps)} req/s · ${node.params.profile}`;
    case 'dns': return node.params.geo ? 'GeoDNS' : `TTL ${compact(node.params.ttlS)} s`;
    case 'cdn': return `${compact(node.params.capacityObjects)} objects · TTL ${compact(node.params.ttlS)} s`;
    case 'loadBalancer': return node.params.algorithm;
    case 'web': return `${node.params.workers} workers · ${trim(node.params.serviceMs)} ms`;
    case 'cache': return `${compact(node.params.capacityKeys)} keys · ${node.params.eviction.toUpperCase()}`;
    case 'database': return `${node.params.role} · ${node.params.workers} conns`;
    case 'sessionStore': return `${node.params.workers} workers · ${trim(node.params.serviceMs)} ms`;
    case 'queue': return `capacity ${compact(node.params.capacity)}`;
    case 'worker': return `${node.params.workers} workers · ${compact(node.params.serviceMs)} ms`;
    case 'shardRouter': return node.params.strategy === 'consistentHash' ? 'consistent hash' : 'hash % N';
    case 'nosql': return `${node.params.workers} workers · ${trim(node.params.serviceMs)} ms`;
    case 'objectStore': return `${trim(node.params.serviceMs)} ms per file`;
    case 'dataCenter': return node.params.region;
    case 'monitoring': return [node.params.autoFailover && 'auto-failover', node.params.autoscale && 'autoscale'].filter(Boolean).join(' · ') || 'alerts only';
  }
}
