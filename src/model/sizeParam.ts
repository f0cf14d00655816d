/**
 * The instance-size parameter the sized kinds share (web, database, cache, session store,
 * workers), built from the price table so the choices are exactly the sizes that have a price.
 * Its own file so kind files can use it without importing the kind registry.
 */
import { choice, type ChoiceParam } from './params';
import { INSTANCE_FAMILIES, type FamilyName } from './pricing';

/** The size of a node that predates sizes, or keeps its own pool: today's `workers`, priced at the nearest size. */
export const CUSTOM_SIZE = 'custom';

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

/** The `size` parameter for a kind on `family`; `sets` is the sentence saying what a size changes. */
export function sizeParam(family: FamilyName, sets: string): ChoiceParam {
  const names = INSTANCE_FAMILIES[family].sizes.map((s) => s.name);
  return choice([CUSTOM_SIZE, ...names], {
    applies: 'live',
    label: 'Instance size',
    default: CUSTOM_SIZE,
    help: `The machine it runs on, and so its price per hour. ${sets} ${names[names.length - 1]} is the largest there is: past it the only way is out.`,
  });
}
