/**
 * Reads a custom stage or course from untrusted JSON (a file, a `#stage-def=` link). Never throws;
 * a refusal lists every problem, each naming the stage and the field (`stage 2 “Caching” ›
 * goals › goal 1 › maxMs must be 0 or more`). Designs inside go through the design decoder, so
 * their own versions and migrations apply; the stage's faults through it too, so the fault
 * actions are whatever the design format knows.
 */
import '../../model/zodSetup';
import * as z from 'zod/mini';
import { parseDemoScript } from '../../classroom/parseScript';
import { demoStepSchema } from '../../classroom/script';
import { failure, ID_CHARS, ID_RULE, LIMITS, success, type Design, type FaultEvent, type Result } from '../../model';
import { decodeDesign } from '../../model/decoding';
import { describeValue, shapeProblem } from '../../model/inputGuards';
import { describeIssues } from '../../model/paramSchema';
import type { DemoStep } from '../../classroom/script';
import type { Goal } from '../types';
import { decodeGoal } from './goalSchema';
import { checkTexts, safeText, textProblem, TEXT_LIMITS } from './text';
import { CUSTOM_STAGE_VERSION, type Course, type StageDefinition } from './types';

export const CUSTOM_LIMITS = { maxStages: 30, maxGoals: 20, maxFaults: 50, maxDemoSteps: 100, minCheckS: 5, maxCheckS: 600 } as const;

const stageShell = z.strictObject({
  id: z.string({ error: 'must be a text id' }).check(z.minLength(1, { error: 'must not be empty' }), z.maxLength(LIMITS.maxIdChars, { error: `must be at most ${LIMITS.maxIdChars} characters` }), z.regex(ID_CHARS, { error: ID_RULE })),
  title: safeText(TEXT_LIMITS.title),
  summary: z._default(safeText(TEXT_LIMITS.summary, { allowEmpty: true }), ''),
  explanation: z._default(safeText(TEXT_LIMITS.explanation, { allowEmpty: true }), ''),
  start: z.unknown(),
  solution: z.optional(z.unknown()),
  goals: z.array(z.unknown(), { error: 'must be a list of goals' }).check(z.minLength(1, { error: 'needs at least one goal' }), z.maxLength(CUSTOM_LIMITS.maxGoals, { error: `may hold at most ${CUSTOM_LIMITS.maxGoals} goals` })),
  scenario: z._default(z.array(z.unknown(), { error: 'must be a list of faults' }).check(z.maxLength(CUSTOM_LIMITS.maxFaults, { error: `may hold at most ${CUSTOM_LIMITS.maxFaults} faults` })), []),
  check: z.strictObject({
    durationS: z.number({ error: 'must be a number of seconds' }).check(z.minimum(CUSTOM_LIMITS.minCheckS, { error: `must be at least ${CUSTOM_LIMITS.minCheckS} s` }), z.maximum(CUSTOM_LIMITS.maxCheckS, { error: `must be at most ${CUSTOM_LIMITS.maxCheckS} s` })),
    seed: z.int({ error: 'must be a whole number' }).check(z.minimum(0, { error: 'must be 0 or more' }), z.maximum(2 ** 32 - 1, { error: 'must be below 2^32' })),
  }, { error: 'must be {"durationS": 40, "seed": 1}' }),
  demo: z._default(z.array(z.unknown(), { error: 'must be a list of steps' }).check(z.maxLength(CUSTOM_LIMITS.maxDemoSteps, { error: `may hold at most ${CUSTOM_LIMITS.maxDemoSteps} steps` })), []),
}, { error: (iss) => `must be an object (got ${describeValue(iss.input)})` });

const courseShell = z.strictObject({
  version: z.number(),
  title: z.optional(safeText(TEXT_LIMITS.title)),
  stages: z.array(z.unknown(), { error: 'must be a list of stages' }).check(z.minLength(1, { error: 'needs at least one stage' }), z.maxLength(CUSTOM_LIMITS.maxStages, { error: `may hold at most ${CUSTOM_LIMITS.maxStages} stages` })),
});

/** Checks the version first, so a newer file says "newer" rather than listing fields it cannot know. */
function versionProblem(version: unknown): string | undefined {
  if (version === undefined) return `The stage file has no "version" field (a stage file starts with "version": ${CUSTOM_STAGE_VERSION}).`;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return `The stage file's "version" must be a whole number from 1 (got ${describeValue(version)}).`;
  if (version > CUSTOM_STAGE_VERSION) return `This stage file was made by a newer Scale Playground (stage format version ${version}; this one reads up to ${CUSTOM_STAGE_VERSION}). Reload the page to get the latest version.`;
  return undefined;
}

/** A course, or a single stage (a stage object with "version"), from parsed JSON. */
export function decodeCourse(input: unknown): Result<Course> {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return failure(`A stage file must be a JSON object (got ${describeValue(input)}).`);
    const shape = shapeProblem(input);
    if (shape) return failure(`This is not a stage file: ${shape}`);
    const record = input as Record<string, unknown>;
    const version = versionProblem(record.version);
    if (version) return failure(version);
    if (!Object.hasOwn(record, 'stages')) {
      const { version: _v, ...stage } = record;
      const one = decodeStage(stage, 'The stage');
      return one.ok ? success({ stages: [one.value] }, one.warnings) : one;
    }
    const shell = courseShell.safeParse(record);
    if (!shell.success) return { ok: false, errors: describeIssues(shell.error, 'The course') };
    const errors: string[] = [];
    checkTexts('The course', { title: shell.data.title }, errors);
    const warnings: string[] = [];
    const stages: StageDefinition[] = [];
    const seen = new Set<string>();
    shell.data.stages.forEach((raw, i) => {
      const result = decodeStage(raw, `stage ${i + 1}${titleOf(raw)}`);
      if (!result.ok) { errors.push(...result.errors); return; }
      warnings.push(...result.warnings);
      if (seen.has(result.value.id)) { errors.push(`stage ${i + 1}${titleOf(raw)} › id "${result.value.id}" is used by an earlier stage; ids must be unique in a course`); return; }
      seen.add(result.value.id);
      stages.push(result.value);
    });
    if (errors.length) return { ok: false, errors: errors.slice(0, LIMITS.maxErrors) };
    return success(shell.data.title === undefined ? { stages } : { title: shell.data.title, stages }, warnings);
  } catch (err) {
    return failure(`The stage file could not be read: ${err instanceof Error ? err.message.slice(0, 120) : describeValue(err)}`);
  }
}

const titleOf = (raw: unknown): string => {
  const t = (raw as { title?: unknown } | null)?.title;
  return typeof t === 'string' && t.length <= TEXT_LIMITS.title && !/[<>]/.test(t) ? ` (“${t}”)` : '';
};

/** One stage (without "version"); `where` starts every message. */
export function decodeStage(raw: unknown, where: string): Result<StageDefinition> {
  const shell = stageShell.safeParse(raw);
  if (!shell.success) return { ok: false, errors: describeIssues(shell.error, where) };
  const s = shell.data;
  const errors: string[] = [];
  const warnings: string[] = [];
  checkTexts(where, { title: s.title, summary: s.summary, explanation: s.explanation }, errors);
  if (s.start === undefined) errors.push(`${where}: start is missing: a stage needs a starting design`);
  const design = (value: unknown, field: string): Design | undefined => {
    const result = decodeDesign(value);
    if (!result.ok) { errors.push(...result.errors.map((e) => `${where} › ${field}: ${e}`)); return undefined; }
    warnings.push(...result.warnings.map((w) => `${where} › ${field}: ${w}`));
    return result.value;
  };
  const start = s.start === undefined ? undefined : design(s.start, 'start');
  const solution = s.solution === undefined ? undefined : design(s.solution, 'solution');
  const goals: Goal[] = [];
  s.goals.forEach((g, i) => {
    const result = decodeGoal(g, `${where} › goals › goal ${i + 1}`);
    if (result.goal) goals.push(result.goal); else errors.push(...result.errors);
  });
  if (!start || (s.solution !== undefined && !solution)) return { ok: false, errors };
  // The stage's designs run with the Check's seed and length, so Run shows what Check measures.
  const sim = (d: Design): Design => ({ ...d, sim: { ...d.sim, seed: s.check.seed, durationS: s.check.durationS } });
  const scenario = decodeScenario(s.scenario, start, solution, `${where} › scenario`, errors);
  const demo = decodeDemo(s.demo, sim(solution ?? start), s.title, `${where} › demo`, errors);
  if (errors.length) return { ok: false, errors };
  const value: StageDefinition = {
    id: s.id, title: s.title, summary: s.summary, explanation: s.explanation,
    start: sim(start), goals, scenario, check: s.check, demo,
  };
  if (solution) value.solution = sim(solution);
  return success(value, warnings);
}

/**
 * The faults, each checked by the design decoder against the design that holds its target (the
 * start, else the solution), so the stage file accepts exactly the fault actions a design does.
 */
function decodeScenario(raw: unknown[], start: Design, solution: Design | undefined, where: string, errors: string[]): FaultEvent[] {
  const out: FaultEvent[] = [];
  raw.forEach((fault, i) => {
    const target = (fault as { target?: unknown } | null)?.target;
    const home = solution && !start.nodes.some((n) => n.id === target) ? solution : start;
    const result = decodeDesign({ ...home, scenario: [fault] });
    if (!result.ok) {
      const notInDesign = result.errors.some((e) => e.includes('is not a node in this design'));
      errors.push(notInDesign
        ? `${where} › fault ${i + 1}: target ${describeValue(target)} is neither in the starting design nor in the solution`
        : `${where} › fault ${i + 1}: ${result.errors.map((e) => e.replace(/^.*?scenario event #1:?\s*/, '')).join('; ')}`);
      return;
    }
    out.push(...result.value.scenario);
  });
  return out;
}

function decodeDemo(raw: unknown[], design: Design, title: string, where: string, errors: string[]): DemoStep[] {
  if (!raw.length) return [];
  const steps: DemoStep[] = [];
  raw.forEach((step, i) => {
    const parsed = demoStepSchema.safeParse(step);
    if (!parsed.success) { errors.push(...describeIssues(parsed.error, `${where} › step ${i + 1}`)); return; }
    const problem = textProblem(parsed.data.say);
    if (problem) { errors.push(`${where} › step ${i + 1} › say ${problem}`); return; }
    const noteProblem = parsed.data.note === undefined ? null : textProblem(parsed.data.note);
    if (noteProblem) { errors.push(`${where} › step ${i + 1} › note ${noteProblem}`); return; }
    steps.push(parsed.data);
  });
  if (steps.length !== raw.length) return [];
  const script = parseDemoScript({ title: title.slice(0, 120), steps }, design);
  if (!script.ok) { errors.push(...script.errors.map((e) => `${where} › ${e}`)); return []; }
  return script.value.steps;
}
