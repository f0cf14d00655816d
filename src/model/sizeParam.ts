/**
 * The instance-size parameter the sized kinds share (web, database, cache, session store,
 * workers). Its own file so kind files can use it without importing the kind registry, and
 * without the price table: the first bundle needs the size names (to read a design), not the
 * prices, which load with the inspector and the engine. test/unit/model/cost.test.ts holds the
 * names here and the rows of the price table (pricing.ts) to the same list.
 */
import { choice, type ChoiceParam } from './params';

/** The sizes each instance family comes in, smallest first; the last is the largest there is. */
export const FAMILY_SIZES = {
  m7i: ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge', '48xlarge'],
  r7i: ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge', '48xlarge'],
} as const;

export type FamilyName = keyof typeof FAMILY_SIZES;

/** `m7i.2xlarge`: every size name of a family, smallest first. */
export const sizeNamesOf = (family: FamilyName): string[] => FAMILY_SIZES[family].map((size) => `${family}.${size}`);

/** The size of a node that predates sizes, or keeps its own pool: today's `workers`, priced at the nearest size. */
export const CUSTOM_SIZE = 'custom';

/**
 * vCPUs of a size, read off its name the way the families name them: large 2, xlarge 4,
 * Nxlarge 4N (test/unit/model/cost.test.ts holds this to the price table's rows). Null for custom.
 */
export function vcpusOfSize(name: string): number | null {
  const m = /\.(\d*)(x?)large$/.exec(name);
  if (!m) return null;
  return m[2] === '' ? 2 : 4 * (m[1] === '' ? 1 : Number(m[1]));
}

/** The pool a node's face shows: a chosen size's vCPUs (the engine gives it one worker each), else its own count. */
export const facePool = (size: string, own: number): number => vcpusOfSize(size) ?? own;

/** Universal Scalability Law coefficients: X(N) = N / (1 + σ(N − 1) + κN(N − 1)). */
export interface UslCoefficients {
  /** Contention (σ): the share of work that queues for something only one can hold (a lock, a log). */
  readonly sigma: number;
  /** Coherency (κ): the cost of keeping every pair of workers in step (caches, latches), growing as N². */
  readonly kappa: number;
}

/** How a kind is sold by size: its instance family, and how its worker pool scales (null: no pool). */
export interface KindScaling {
  readonly family: FamilyName;
  readonly usl: UslCoefficients | null;
}

/**
 * The `size` parameter for a kind on `family`. `pool` names what a size sets to its vCPUs
 * (`workers`, `connections`); without one the size is only the memory the node rents (a cache).
 */
export function sizeParam(family: FamilyName, pool?: string): ChoiceParam {
  const names = sizeNamesOf(family);
  const sets = pool
    ? `A size sets ${pool} to its vCPUs, and a bigger box does not scale linearly (see the curve). Custom keeps your ${pool}.`
    : 'A size is the memory it rents; capacity stays below.';
  return choice([CUSTOM_SIZE, ...names], {
    applies: 'live',
    label: 'Instance size',
    default: CUSTOM_SIZE,
    help: `The machine it runs on, and so its price per hour. ${sets} ${names[names.length - 1]} is the largest: past it, scale out.`,
  });
}
