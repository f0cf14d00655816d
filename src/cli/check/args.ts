/** Arguments of `npm run sim -- check …` (docs/teachers.md), parsed without throwing. */

export interface CheckArgs {
  /** A stage file, or a `#stage-def=` link; absent with `--stage`. */
  stageSource?: string;
  /** A built-in stage id (`--stage 5`). */
  stageId?: string;
  /** With a course file of several stages, the one to check (`--stage-id caching`). */
  pick?: string;
  designs: string[];
  json: boolean;
  /** Worker threads; unset: one per core, at most one per design. */
  jobs?: number;
  help: boolean;
}

export const CHECK_USAGE = 'usage: npm run sim -- check <stage.json | stage link> <design.json | share-URL>… [--stage-id ID] [--json] [--jobs N]\n'
  + '       npm run sim -- check --stage <id> <design.json | share-URL>… [--json] [--jobs N]';

export function parseCheckArgs(argv: readonly string[]): { ok: true; args: CheckArgs } | { ok: false; error: string } {
  const args: CheckArgs = { designs: [], json: false, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--json': args.json = true; break;
      case '-h':
      case '--help': args.help = true; break;
      case '--stage': {
        const v = argv[++i];
        if (!v || v.startsWith('-')) return { ok: false, error: '--stage needs a stage id, e.g. --stage 5' };
        args.stageId = v;
        break;
      }
      case '--stage-id': {
        const v = argv[++i];
        if (!v || v.startsWith('-')) return { ok: false, error: '--stage-id needs the id of a stage in the course file' };
        args.pick = v;
        break;
      }
      case '--jobs': {
        const v = Number(argv[++i]);
        if (!Number.isInteger(v) || v < 1 || v > 64) return { ok: false, error: '--jobs needs a whole number of worker threads from 1 to 64' };
        args.jobs = v;
        break;
      }
      default:
        if (a.startsWith('-')) return { ok: false, error: `unknown option ${a}` };
        positional.push(a);
    }
  }
  if (args.help) return { ok: true, args };
  // Without --stage the first argument is the stage file or link.
  if (args.stageId === undefined) args.stageSource = positional.shift();
  else if (args.pick !== undefined) return { ok: false, error: '--stage names a built-in stage; --stage-id picks a stage in a stage file: use one of them' };
  args.designs = positional;
  if (!args.stageSource && args.stageId === undefined) return { ok: false, error: 'no stage given' };
  if (!args.designs.length) return { ok: false, error: 'no design to check' };
  return { ok: true, args };
}
