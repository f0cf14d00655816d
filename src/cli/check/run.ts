/**
 * `npm run sim -- check …`: grades designs against a stage's Check, on worker threads. Exit codes:
 * 0 every design passed; 1 at least one did not (or could not be read); 2 the arguments or the
 * stage were refused; 3 an internal error. With --json, stdout holds one JSON object.
 */
import { loadDesign } from '../load';
import { CHECK_USAGE, parseCheckArgs } from './args';
import { formatGrades } from './format';
import { loadStage } from './loadStage';
import { gradeInParallel, type GradeTask } from './pool';
import { unreadable, type DesignVerdict } from './verdict';

export const CHECK_EXIT = { allPassed: 0, someFailed: 1, refused: 2, internalError: 3 } as const;

interface CheckIo { out(text: string): void; err(text: string): void }

/** `script`: the file a worker thread runs (the CLI bundle); without it the designs are graded here. */
export async function runCheckCli(argv: readonly string[], io: CheckIo, script?: string): Promise<number> {
  try {
    const parsed = parseCheckArgs(argv);
    if (!parsed.ok) { io.err(`sim check: ${parsed.error}\n${CHECK_USAGE}\n`); return CHECK_EXIT.refused; }
    const args = parsed.args;
    if (args.help) { io.out(`${CHECK_USAGE}\n`); return CHECK_EXIT.allPassed; }
    const stage = loadStage(args);
    if (!stage.ok) { io.err(`sim check: ${stage.errors.join('\n')}\n`); return CHECK_EXIT.refused; }
    for (const w of stage.warnings) io.err(`sim check: warning: ${w}\n`);

    const tasks: GradeTask[] = [];
    const slots: (DesignVerdict | number)[] = args.designs.map((source) => {
      const loaded = loadDesign(source);
      if (!loaded.ok) return unreadable(source, loaded.errors);
      tasks.push({ design: loaded.value, source });
      return tasks.length - 1;
    });
    const graded = await gradeInParallel(stage.value, tasks, { script, jobs: args.jobs });
    const verdicts = slots.map((s) => (typeof s === 'number' ? graded[s] : s));
    const passed = verdicts.every((v) => v.passed);
    io.out(args.json
      ? `${JSON.stringify({ stage: { id: stage.value.id, title: stage.value.title }, passed, designs: verdicts })}\n`
      : `${formatGrades(stage.value, verdicts)}\n`);
    return passed ? CHECK_EXIT.allPassed : CHECK_EXIT.someFailed;
  } catch (err) {
    io.err(`sim check: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return CHECK_EXIT.internalError;
  }
}
