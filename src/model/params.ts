/**
 * Parameter specs: one description per parameter (default, unit, range, help) that drives the
 * schema, the defaults and the inspector's widgets, so the three can never disagree.
 */

/**
 * When an edit of a parameter reaches a running simulation: `live` at the current simulated
 * time (the engine re-reads it), or `restart` from t = 0 (the engine uses it only to build the run).
 */
export type Applies = 'live' | 'restart';

export interface NumberParam {
  readonly type: 'number';
  readonly label: string;
  readonly unit?: string;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly integer?: boolean;
  readonly default: number;
  readonly help: string;
  readonly applies: Applies;
}

export interface ChoiceParam<T extends string = string> {
  readonly type: 'choice';
  readonly label: string;
  readonly options: readonly T[];
  readonly default: T;
  readonly help: string;
  readonly applies: Applies;
}

export interface ToggleParam {
  readonly type: 'toggle';
  readonly label: string;
  readonly default: boolean;
  readonly help: string;
  readonly applies: Applies;
}

export type LeafParam = NumberParam | ChoiceParam | ToggleParam;

/** A nested object of leaf parameters, e.g. a client's request `mix`. */
export interface GroupParam<F extends Record<string, LeafParam> = Record<string, LeafParam>> {
  readonly type: 'group';
  readonly label: string;
  readonly help: string;
  readonly fields: F;
}

export type ParamSpec = LeafParam | GroupParam;
export type ParamSpecs = Record<string, ParamSpec>;

type LeafValue<P> = P extends NumberParam ? number
  : P extends ChoiceParam<infer T> ? T
  : P extends ToggleParam ? boolean
  : never;

/** The value type a spec describes. */
export type ParamValue<P> = P extends GroupParam<infer F> ? { [K in keyof F]: LeafValue<F[K]> } : LeafValue<P>;

/** The full (defaults-filled) params object for a set of specs. */
export type ParamValues<S extends ParamSpecs> = { -readonly [K in keyof S]: ParamValue<S[K]> };

export const num = (spec: Omit<NumberParam, 'type'>): NumberParam => ({ type: 'number', ...spec });

export const choice = <const T extends string>(
  options: readonly T[],
  spec: { label: string; default: NoInfer<T>; help: string; applies: Applies },
): ChoiceParam<T> => ({ type: 'choice', options, ...spec });

export const toggle = (spec: Omit<ToggleParam, 'type'>): ToggleParam => ({ type: 'toggle', ...spec });

export const group = <const F extends Record<string, LeafParam>>(
  spec: { label: string; help: string; fields: F },
): GroupParam<F> => ({ type: 'group', ...spec });

/** The default value of every parameter in `specs`. */
export function defaultsOf<S extends ParamSpecs>(specs: S): ParamValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.type === 'group') {
      const inner: Record<string, unknown> = {};
      for (const [k, f] of Object.entries(spec.fields)) inner[k] = f.default;
      out[key] = inner;
    } else {
      out[key] = spec.default;
    }
  }
  return out as ParamValues<S>;
}

/** Every leaf parameter of `specs` with its path (`workers`, `mix.read`). */
export function leafParams(specs: ParamSpecs): { path: string; spec: LeafParam }[] {
  return Object.entries(specs).flatMap(([key, spec]) =>
    spec.type === 'group'
      ? Object.entries(spec.fields).map(([k, field]) => ({ path: `${key}.${k}`, spec: field }))
      : [{ path: key, spec }]);
}

/** Formats a number with its unit for messages: `5000 ms`, `0.9`. */
export const withUnit = (value: number, unit?: string): string => (unit ? `${value} ${unit}` : String(value));
