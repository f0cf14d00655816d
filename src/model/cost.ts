/**
 * The cost model: dollars from what a run used. Pure: it knows the price table and nothing of
 * the engine; the engine meters each node (instance dollars accrued while it ran, usage by unit)
 * and the report turns the meters into rates with costOf.
 */
import type { Design } from './design';
import type { Kind } from './kinds';
import { HOURS_PER_MONTH, USAGE_PRICES, type UsageUnit } from './pricing';
import { RESPONSE_BYTES } from './requestTypes';

/** Every unit sold by use, in a fixed order (the engine's meters are indexed by it). */
export const USAGE_UNITS: readonly UsageUnit[] = [
  'cdnEgressGb', 'cdnRequests', 'internetEgressGb', 'crossRegionGb',
  'nosqlReads', 'nosqlWrites', 'queueRequests', 'objectGets', 'objectStorageGbMonth',
];

/** What nodes of each kind are billed for by use (the engine's meters, metering.ts, put them there). */
export const USAGE_OF_KIND: Readonly<Partial<Record<Kind, readonly UsageUnit[]>>> = {
  web: ['internetEgressGb'],
  cdn: ['cdnEgressGb', 'cdnRequests'],
  nosql: ['nosqlReads', 'nosqlWrites'],
  queue: ['queueRequests'],
  objectStore: ['objectGets', 'objectStorageGbMonth'],
  dataCenter: ['crossRegionGb'],
};

/** Data-transfer gigabytes as the provider bills them (2^30 bytes). */
export const BYTES_PER_GB = 2 ** 30;

/** What one node used over a span of simulated time. */
export interface NodeUsage {
  id: string;
  /** Dollars of instance time accrued (price per hour × hours it ran, sizes changing as they did). */
  instanceUsd: number;
  /** Amount of each unit sold by use. */
  units: Partial<Record<UsageUnit, number>>;
}

/** The cost part of the run report (the CLI's JSON): rates at the load the run saw. */
export interface CostReport {
  hourlyUsd: number;
  /** hourlyUsd × 730. */
  monthlyUsd: number;
  /** Dollars per million requests sent (0 when none were). */
  perMillionRequestsUsd: number;
  /** Per node, dollars per hour; they add up to hourlyUsd. */
  byNode: Record<string, number>;
  /**
   * Per service, when the design names services (docs/services.md): dollars per hour of the web
   * servers that belong to it (spares autoscaling added to it too). Shared parts (balancers,
   * databases) and the servers of no service stay in byNode only.
   */
  byService?: Record<string, number>;
}

/** Dollars for `amount` of `unit`. */
export const usageUsd = (unit: UsageUnit, amount: number): number => (amount * USAGE_PRICES[unit].usd) / USAGE_PRICES[unit].per;

/** A node's dollars over the span: instance time plus everything sold by use. */
export function nodeUsd(u: NodeUsage): number {
  let usd = u.instanceUsd;
  for (const unit of USAGE_UNITS) usd += usageUsd(unit, u.units[unit] ?? 0);
  return usd;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * Rates from what the nodes used over `hours` of simulated time with `requests` sent. Each
 * node's rate is rounded first and the total is their sum, so byNode adds up to hourlyUsd.
 */
export function costOf(usage: readonly NodeUsage[], hours: number, requests: number): CostReport {
  const byNode: Record<string, number> = Object.create(null) as Record<string, number>;
  let totalUsd = 0;
  let hourly = 0;
  for (const u of usage) {
    const usd = nodeUsd(u);
    totalUsd += usd;
    const rate = hours > 0 ? round6(usd / hours) : 0;
    byNode[u.id] = rate;
    hourly += rate;
  }
  hourly = round6(hourly);
  return {
    hourlyUsd: hourly,
    monthlyUsd: round6(hourly * HOURS_PER_MONTH),
    perMillionRequestsUsd: requests > 0 ? round6((totalUsd / requests) * 1e6) : 0,
    byNode,
  };
}

/**
 * Gigabytes an object store holds: every static asset users may ask for (each client's distinct
 * keys, at a static asset's size), shared between the design's object stores.
 */
export function storedGbPerObjectStore(design: Design): number {
  const stores = design.nodes.filter((n) => n.kind === 'objectStore').length;
  if (stores === 0) return 0;
  let objects = 0;
  for (const n of design.nodes) if (n.kind === 'client') objects += n.params.keys.count;
  return (objects * RESPONSE_BYTES.static) / BYTES_PER_GB / stores;
}

/** GB-months of storage for `gb` held over `hours`. */
export const gbMonths = (gb: number, hours: number): number => (gb * hours) / HOURS_PER_MONTH;
