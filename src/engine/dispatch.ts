/**
 * Which component handles what, by kind code: the one table that ties the core (flow.ts,
 * station.ts, params.ts) to the components. Built from each kind's behaviour object
 * (components/index.ts), indexed by kind code (nodeState.ts's K, derived from the model's kind
 * list), so the hot path makes one array lookup per event. Only build.ts imports it, and hands it
 * to the simulation state, so the components can import the core while the core imports no component.
 */
import { KINDS } from '../model';
import { K } from './nodeState';
import type { KindBehaviour } from './state';
import type { ComponentBehaviour } from './componentBehaviour';
import { COMPONENT_BEHAVIOURS } from './components';
import { dnsAnswerFresh } from './components/dns';
import { pickDatabase } from './components/database';
import { pullJobs } from './components/worker';

/** One table slot per kind code, filled from each kind's behaviour. */
const byCode = <T>(field: (b: ComponentBehaviour) => T | undefined): (T | undefined)[] => {
  const table: (T | undefined)[] = new Array<T | undefined>(KINDS.length).fill(undefined);
  for (const kind of KINDS) table[K[kind]] = field(COMPONENT_BEHAVIOURS[kind] as ComponentBehaviour);
  return table;
};

export const KIND_BEHAVIOUR: KindBehaviour = {
  arrive: byCode((b) => b.arrive),
  served: byCode((b) => b.served),
  applyParams: byCode((b) => b.applyParams),
  pullJobs,
  dnsAnswerFresh,
  pickDatabase,
};
