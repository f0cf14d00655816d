import type { ParamSpecs } from '../params';

/** Where a kind sits in the palette. */
export type KindCategory = 'traffic' | 'edge' | 'compute' | 'data' | 'async' | 'infra';

/** Everything the app knows about one component kind, except how it looks (that is the UI's). */
export interface KindSpec<K extends string = string, S extends ParamSpecs = ParamSpecs> {
  readonly kind: K;
  readonly label: string;
  readonly category: KindCategory;
  /** One line for the palette tooltip. */
  readonly summary: string;
  readonly params: S;
  /** Groups hold other nodes instead of being wired. */
  readonly isGroup?: boolean;
}

export const defineKind = <const K extends string, const S extends ParamSpecs>(spec: KindSpec<K, S>): KindSpec<K, S> => spec;

/** Regions a client or data center can be in; GeoDNS sends users to the nearest. */
export const REGIONS = ['us-east', 'us-west', 'eu-west', 'ap-south'] as const;
export type Region = (typeof REGIONS)[number];
