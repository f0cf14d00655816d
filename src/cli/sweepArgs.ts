/** Arguments of `npm run sim -- sweep <design> …` (docs/explain.md), parsed without throwing. */
import { MAX_SWEEP_STEPS } from '../analysis/sweep';
import type { ServiceTargets } from '../analysis/sweepPlan';
import { NAMED_SERVICES } from '../model';

export interface SweepArgs {
  source: string;
  fromRps?: number;
  toRps?: number;
  steps?: number;
  seconds?: number;
  /** Worker threads (default: one per core). 1 runs every load in this thread. */
  threads?: number;
  /** `--target uploads:p99=2000,errors=5`: one service's own targets for its knee (docs/services.md). */
  serviceTargets?: Record<string, ServiceTargets>;
  json: boolean;
  help: boolean;
}

export const SWEEP_USAGE = 'usage: npm run sim -- sweep <design.json | share-URL> [--from R] [--to R] [--steps N] [--seconds S] [--threads N] [--target SERVICE:p99=MS,errors=PCT]... [--json]';

const RATE_MAX = 2_000_000;

/** Parses the arguments after `sweep`; returns them or a message naming what is wrong. */
export function parseSweepArgs(argv: readonly string[]): { ok: true; args: SweepArgs } | { ok: false; error: string } {
  const args: SweepArgs = { source: '', json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => Number(argv[++i]);
    switch (a) {
      case '--json': args.json = true; break;
      case '-h':
      case '--help': args.help = true; break;
      case '--from':
      case '--to': {
        const v = num();
        if (!Number.isFinite(v) || v <= 0 || v > RATE_MAX) return { ok: false, error: `${a} needs a rate in requests per second above 0 and at most ${RATE_MAX}` };
        if (a === '--from') args.fromRps = v; else args.toRps = v;
        break;
      }
      case '--steps': {
        const v = num();
        if (!Number.isInteger(v) || v < 2 || v > MAX_SWEEP_STEPS) return { ok: false, error: `--steps needs a whole number from 2 to ${MAX_SWEEP_STEPS}` };
        args.steps = v;
        break;
      }
      case '--seconds': {
        const v = num();
        if (!Number.isFinite(v) || v < 1 || v > 3600) return { ok: false, error: '--seconds needs simulated seconds per load, from 1 to 3600' };
        args.seconds = v;
        break;
      }
      case '--threads': {
        const v = num();
        if (!Number.isInteger(v) || v < 1 || v > 256) return { ok: false, error: '--threads needs a whole number from 1 to 256' };
        args.threads = v;
        break;
      }
      case '--target': {
        const parsed = parseServiceTarget(argv[++i]);
        if ('error' in parsed) return { ok: false, error: parsed.error };
        args.serviceTargets = { ...args.serviceTargets, [parsed.service]: parsed.targets };
        break;
      }
      default:
        if (a.startsWith('-')) return { ok: false, error: `unknown option ${a} for sweep` };
        if (args.source) return { ok: false, error: `one design at a time (got "${args.source}" and "${a}")` };
        args.source = a;
    }
  }
  if (args.fromRps !== undefined && args.toRps !== undefined && args.toRps <= args.fromRps) return { ok: false, error: `--to (${args.toRps}) must be above --from (${args.fromRps})` };
  if (!args.source && !args.help) return { ok: false, error: 'no design given' };
  return { ok: true, args };
}

const TARGET_HELP = '--target needs SERVICE:p99=MS,errors=PCT (either or both), such as uploads:p99=2000,errors=5';

/** `uploads:p99=2000,errors=5` → the service and its targets (errors in percent, as the dialog shows them). */
export function parseServiceTarget(text: string | undefined): { service: string; targets: ServiceTargets } | { error: string } {
  const [service, spec, ...rest] = (text ?? '').split(':');
  if (!service || !spec || rest.length > 0) return { error: TARGET_HELP };
  if (!(NAMED_SERVICES as readonly string[]).includes(service)) return { error: `--target: no service "${service}"; the services are ${NAMED_SERVICES.join(', ')}` };
  const targets: ServiceTargets = {};
  for (const part of spec.split(',')) {
    const [key, value, ...more] = part.split('=');
    const v = Number(value);
    if (more.length > 0 || value === undefined || value.trim() === '' || !Number.isFinite(v)) return { error: TARGET_HELP };
    if (key === 'p99') {
      if (v <= 0 || v > 600_000) return { error: `--target ${service}: p99 needs milliseconds above 0 and at most 600000` };
      targets.p99Ms = v;
    } else if (key === 'errors') {
      if (v <= 0 || v > 100) return { error: `--target ${service}: errors needs a percentage above 0 and at most 100` };
      targets.errorRate = v / 100;
    } else return { error: `--target ${service}: unknown target "${key}" (p99 or errors)` };
  }
  return { service, targets };
}
