/** Command-line arguments of `npm run sim` (docs/design-format.md), parsed without throwing. */
import type { FaultEvent } from '../model';

export interface CliArgs {
  source: string;
  seconds?: number;
  seed?: number;
  /** Real requests per simulated one (1: exact); unset lets the engine choose. */
  sampleK?: number;
  faults: FaultEvent[];
  json: boolean;
  /** Refuse a design the decoder had to correct (unknown fields left out, ids renamed) instead of warning. */
  strict: boolean;
  help: boolean;
}

export const USAGE = 'usage: npm run sim -- <design.json | share-URL> [--seconds N] [--seed N] [--sample K] [--kill id@t] [--restore id@t] [--json] [--strict]\n'
  + '       npm run sim -- check <stage.json | stage link | --stage ID> <design.json | share-URL>… [--json] (grades designs; see check --help)';

/** Parses argv (without node and script); returns the arguments or a message naming what is wrong. */
export function parseArgs(argv: readonly string[]): { ok: true; args: CliArgs } | { ok: false; error: string } {
  const args: CliArgs = { source: '', faults: [], json: false, strict: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string | undefined => argv[++i];
    switch (a) {
      case '--json': args.json = true; break;
      case '--strict': args.strict = true; break;
      case '-h':
      case '--help': args.help = true; break;
      case '--seconds': {
        const v = Number(value());
        if (!Number.isFinite(v) || v < 1 || v > 86_400) return { ok: false, error: '--seconds needs a number of simulated seconds between 1 and 86400' };
        args.seconds = v;
        break;
      }
      case '--seed': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 0 || v >= 2 ** 32) return { ok: false, error: '--seed needs a whole number between 0 and 2^32 − 1' };
        args.seed = v;
        break;
      }
      case '--sample': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 1 || v > 1_000_000) return { ok: false, error: '--sample needs how many real requests one simulated request stands for: a whole number from 1 (exact) to 1000000' };
        args.sampleK = v;
        break;
      }
      case '--kill':
      case '--restore': {
        const raw = value() ?? '';
        const m = /^(.+)@(\d+(?:\.\d+)?)s?$/.exec(raw);
        if (!m) return { ok: false, error: `${a} needs id@seconds, e.g. ${a} web-1@10 (got "${raw}")` };
        args.faults.push({ target: m[1], tS: Number(m[2]), action: a === '--kill' ? 'kill' : 'restore' });
        break;
      }
      default:
        if (a.startsWith('-')) return { ok: false, error: `unknown option ${a}` };
        if (args.source) return { ok: false, error: `one design at a time (got "${args.source}" and "${a}")` };
        args.source = a;
    }
  }
  if (!args.source && !args.help) return { ok: false, error: 'no design given' };
  return { ok: true, args };
}
