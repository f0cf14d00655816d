/**
 * The dashboard's panels as data: title, unit, a one-line hint, the empty message and the transform.
 * The per-service panels come last: most designs have no services, and their empty panels should
 * not push the cache, replica and queue charts down.
 */
import { causeSeriesData } from './causeSeries';
import type { PanelSpec } from './panelTypes';
import { deployData, hitRatioData, latencyData, queueData, replicaData, retryData, serviceLatencyData, serviceThroughputData, shardData, throughputData, utilizationData } from './transforms';

const NO_DATA = 'No data yet: start a run.';

export const PANELS: readonly PanelSpec[] = [
  {
    id: 'throughput', title: 'Throughput & errors', unit: 'rps', rightUnit: '%',
    hint: 'Requests completed per simulated second, and the share that failed.',
    emptyText: NO_DATA, build: throughputData,
  },
  {
    id: 'latency', title: 'Latency', unit: 'ms',
    hint: 'Response time: half of requests are faster than p50, 99 in 100 faster than p99. Click a point to see the requests traced in that second.',
    emptyText: NO_DATA, build: latencyData,
  },
  {
    id: 'cause-series', title: 'Failures by cause', unit: '% of requests',
    hint: 'Each second, the share of requests that failed for each cause; together the lines make the error rate of the throughput chart.',
    emptyText: 'No request has failed in this run.', build: causeSeriesData,
  },
  {
    id: 'hits', title: 'Cache & CDN hit ratio', unit: '%', leftDomain: [0, 100],
    hint: 'Share of lookups answered from the cache or the CDN edge without going further.',
    emptyText: 'No cache or CDN in this design.', build: hitRatioData,
  },
  {
    id: 'replicas', title: 'Replica lag & stale reads', unit: 'ms', rightUnit: 'reads',
    hint: 'How far replicas trail the primary, and reads that returned an old value.',
    emptyText: 'No database replicas in this design.', build: replicaData,
  },
  {
    id: 'shards', title: 'Shard load', unit: '% of requests',
    hint: 'Share of requests each shard receives; one line far above the others is a hot shard.',
    emptyText: 'No shard router in this design.', build: shardData,
  },
  {
    id: 'queues', title: 'Queue depth', unit: 'items',
    hint: 'Messages waiting in queues, and requests waiting for a worker at the busiest nodes.',
    emptyText: 'Nothing is waiting: no queue has built up.', build: queueData,
  },
  {
    id: 'retries', title: 'Retries, refusals & breakers', unit: 'per s', rightUnit: 'breakers',
    hint: 'Attempts users make again after a failure, requests a load balancer’s rate limit refuses, and web servers whose circuit breaker is open.',
    emptyText: 'No retries, refusals or open breakers yet.', build: retryData,
  },
  {
    id: 'utilization', title: 'Busiest nodes', unit: '% busy', leftDomain: [0, 100],
    hint: 'Share of time each node’s workers are busy; near 100% means requests start to queue.',
    emptyText: 'No node has done any work yet.', build: utilizationData,
  },
  {
    id: 'service-latency', title: 'Latency per service', unit: 'ms',
    hint: 'p99 of each service on its own: a slow service no longer drags the others with it once the pool is split.',
    emptyText: 'No services in this design: give web servers a service and the balancer rules.', build: serviceLatencyData,
  },
  {
    id: 'service-throughput', title: 'Throughput per service', unit: 'rps', rightUnit: '%',
    hint: 'Requests each service answered per simulated second, and the share that failed for each service with errors.',
    emptyText: 'No services in this design: give web servers a service and the balancer rules.', build: serviceThroughputData,
  },
  {
    id: 'deploys', title: 'Deploys: servers in service', unit: 'servers',
    hint: 'While a deploy runs: servers taking traffic (a rolling deploy dips while a batch boots) and, dashed, those on the new version.',
    emptyText: 'No deploy yet: deploy a service from a web server’s or balancer’s inspector during a run.', build: deployData,
  },
];
