/** Command-line arguments of `npm run sim` (docs/design-format.md), parsed without throwing. */
import { FAULT_ACTIONS, type FaultEvent } from '../model';
import { parseFault } from '../model/decoding';

export interface CliArgs {
  source: string;
  seconds?: number;
  seed?: number;
  /** Real requests per simulated one (1: exact); unset lets the engine choose. */
  sampleK?: number;
  /** Trace 1 in this many requests (`--traces N`); unset: no traces in the report. */
  traceEvery?: number;
  faults: FaultEvent[];
  json: boolean;
  /** Refuse a design the decoder had to correct (unknown fields left out, ids renamed) instead of warning. */
  strict: boolean;
  help: boolean;
}

export const USAGE = 'usage: npm run sim -- <design.json | share-URL> [--seconds N] [--seed N] [--sample K] [--kill id@t] [--restore id@t] [--fault action:id@t[:value]] [--traces N] [--json] [--strict]\n'
  + '       npm run sim -- check <stage.json | stage link | --stage ID> <design.json | share-URL>… [--json] (grades designs; see check --help)'
  + '\n       npm run sim -- sweep <design.json | share-URL> [--from R] [--to R] [--steps N] [--seconds S] [--threads N] [--target SERVICE:p99=MS,errors=PCT]... [--json]';

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
      case '--traces': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 1 || v > 1_000_000) return { ok: false, error: '--traces needs N, to trace 1 in N requests: a whole number from 1 (every request) to 1000000' };
        args.traceEvery = v;
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
      case '--fault': {
        const parsed = parseFaultFlag(value() ?? '');
        if (!parsed.ok) return parsed;
        args.faults.push(parsed.fault);
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

/** Which field the value after the last colon fills, per action (kill, restore and heal take none). */
const VALUE_FIELD: Partial<Record<FaultEvent['action'], 'factor' | 'pct' | 'periodS' | 'peer'>> = { slow: 'factor', loss: 'pct', flap: 'periodS', partition: 'peer' };

const FAULT_EXAMPLES = '--fault slow:web-1@10:5, --fault loss:db@10:20, --fault partition:dc-east@10:dc-west, --fault flap:web-1@10:3, --fault heal:web-1@30, --fault deploy:api@20:canary,batch=1,boot=10,bad';

/** `action:target@t[:value]`, checked by the same rules as a design's scenario (src/model/faultSchema.ts). */
export function parseFaultFlag(raw: string): { ok: true; fault: FaultEvent } | { ok: false; error: string } {
  const m = /^([a-z]+):(.+)@(\d+(?:\.\d+)?)s?(?::(.+))?$/.exec(raw);
  if (!m) return { ok: false, error: `--fault needs action:id@seconds[:value], e.g. ${FAULT_EXAMPLES} (got "${raw}")` };
  const [, action, target, t, value] = m;
  if (!(FAULT_ACTIONS as readonly string[]).includes(action)) return { ok: false, error: `--fault ${raw}: the action must be one of ${FAULT_ACTIONS.join(', ')}` };
  if (action === 'deploy') return parseDeployFlag(raw, target, Number(t), value);
  const field = VALUE_FIELD[action as FaultEvent['action']];
  if (field && value === undefined) return { ok: false, error: `--fault ${raw}: ${action} needs a value after a last colon (its ${field}), e.g. ${FAULT_EXAMPLES}` };
  if (!field && value !== undefined) return { ok: false, error: `--fault ${raw}: ${action} takes no value` };
  const candidate: Record<string, unknown> = { tS: Number(t), action, target };
  if (field) candidate[field] = field === 'peer' ? value : Number(value);
  const parsed = parseFault(candidate, `--fault ${raw}`);
  return parsed.ok ? parsed : { ok: false, error: parsed.errors.join('; ') };
}

/**
 * `deploy:target@t[:options]`, the options comma separated: a strategy (rolling, blue-green,
 * canary), `batch=N`, `boot=S` (seconds to boot) and `bad`; left out, each takes its default.
 */
function parseDeployFlag(raw: string, target: string, tS: number, value: string | undefined): { ok: true; fault: FaultEvent } | { ok: false; error: string } {
  const candidate: Record<string, unknown> = { tS, action: 'deploy', target };
  for (const part of (value ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, v] = part.split('=', 2);
    if (v === undefined && key === 'bad') candidate.bad = true;
    else if (v === undefined) candidate.strategy = key;
    else if (key === 'batch') candidate.batch = Number(v);
    else if (key === 'boot') candidate.bootS = Number(v);
    else return { ok: false, error: `--fault ${raw}: a deploy's options are a strategy (rolling, blue-green, canary), batch=N, boot=S and bad; "${part}" is none of them` };
  }
  const parsed = parseFault(candidate, `--fault ${raw}`);
  return parsed.ok ? parsed : { ok: false, error: parsed.errors.join('; ') };
}

/** How a fault is written on the command line, for messages about it. */
export function faultFlag(f: FaultEvent): string {
  if (f.action === 'kill' || f.action === 'restore') return `--${f.action} ${f.target}@${f.tS}`;
  if (f.action === 'deploy') return `--fault deploy:${f.target}@${f.tS}:${f.strategy},batch=${f.batch},boot=${f.bootS}${f.bad ? ',bad' : ''}`;
  const field = VALUE_FIELD[f.action];
  const value = field ? `:${String((f as unknown as Record<string, unknown>)[field])}` : '';
  return `--fault ${f.action}:${f.target}@${f.tS}${value}`;
}
