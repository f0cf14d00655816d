/**
 * What an instance size means for a node: which box it is, the worker pool it gives, how that
 * pool scales (the Universal Scalability Law) and what the node costs per hour. Pure; the engine,
 * the cost model and the inspector's curve all ask here.
 */
import { KIND_SPECS, type Kind } from './kinds';
import type { DesignNode } from './design';
import { FLAT_HOURLY, INSTANCE_FAMILIES, type InstanceSize } from './pricing';
import { CUSTOM_SIZE, type KindScaling, type UslCoefficients } from './sizeParam';
import { RESPONSE_BYTES } from './requestTypes';

/** Bytes a cache spends on one key: the value (a read's answer) and the store's own overhead per entry. */
export const CACHE_ENTRY_BYTES = RESPONSE_BYTES.read + 100;

/** Relative throughput of N workers on one box, in units of one worker's: X(N) = N / (1 + σ(N − 1) + κN(N − 1)). */
export function uslThroughput(n: number, usl: UslCoefficients): number {
  if (n <= 0) return 0;
  return n / (1 + usl.sigma * (n - 1) + usl.kappa * n * (n - 1));
}

/** How a kind is sold by size, or undefined for kinds that have no size. */
export function scalingOf(kind: Kind): KindScaling | undefined {
  return (KIND_SPECS[kind] as { scaling?: KindScaling }).scaling;
}

/** The sizes a kind may take, smallest first (empty for kinds without a size). */
export function sizesOf(kind: Kind): readonly InstanceSize[] {
  const scaling = scalingOf(kind);
  return scaling ? INSTANCE_FAMILIES[scaling.family].sizes : [];
}

const paramsOf = (node: DesignNode): Record<string, unknown> => node.params as unknown as Record<string, unknown>;

/** The size the node has chosen, or undefined when it is custom (or its kind has no size). */
export function chosenSize(node: DesignNode): InstanceSize | undefined {
  const name = paramsOf(node).size;
  if (typeof name !== 'string' || name === CUSTOM_SIZE) return undefined;
  return sizesOf(node.kind).find((s) => s.name === name);
}

/**
 * The worker pool a sized node runs with: one worker per vCPU, scaling by the kind's USL
 * coefficients. Null when the node is custom (its own `workers`, ideal linear scaling, exactly
 * as before sizes existed) or its kind has no pool.
 */
export function sizedPool(node: DesignNode): { workers: number; usl: UslCoefficients } | null {
  const usl = scalingOf(node.kind)?.usl;
  const chosen = chosenSize(node);
  if (!usl || !chosen) return null;
  return { workers: chosen.vcpu, usl };
}

/** What a custom node is priced as: the smallest size with enough vCPUs (or memory, for a cache). */
function customPrice(node: DesignNode, sizes: readonly InstanceSize[]): number {
  const p = paramsOf(node);
  const largest = sizes[sizes.length - 1];
  if (node.kind === 'cache') {
    const needGiB = (Number(p.capacityKeys) * CACHE_ENTRY_BYTES) / 2 ** 30;
    const fit = sizes.find((s) => s.memoryGiB >= needGiB);
    return fit ? fit.usdPerHour : largest.usdPerHour * (needGiB / largest.memoryGiB);
  }
  const workers = Number(p.workers);
  const fit = sizes.find((s) => s.vcpu >= workers);
  // More workers than the largest box has vCPUs: priced as that many vCPUs' worth of largest boxes.
  return fit ? fit.usdPerHour : largest.usdPerHour * (workers / largest.vcpu);
}

/** The node's price per hour while it runs, before anything sold by use. */
export function hourlyPriceOf(node: DesignNode): number {
  const sizes = sizesOf(node.kind);
  if (sizes.length > 0) return chosenSize(node)?.usdPerHour ?? customPrice(node, sizes);
  return FLAT_HOURLY[node.kind]?.usdPerHour ?? 0;
}

/** The instance a node is priced as (its chosen size, else the nearest), for the inspector. */
export function pricedSize(node: DesignNode): InstanceSize | undefined {
  const chosen = chosenSize(node);
  if (chosen) return chosen;
  const sizes = sizesOf(node.kind);
  const price = hourlyPriceOf(node);
  return sizes.find((s) => s.usdPerHour >= price - 1e-12);
}
