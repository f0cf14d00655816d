/**
 * What the Make a stage form holds while a teacher types: every field as typed (text), turned
 * into the stage file's shape for the decoder, which alone decides what is valid. Pure.
 */
import type { Design } from '../../model';
import { CUSTOM_STAGE_VERSION } from '../../stages/custom/types';

export interface GoalDraft {
  type: string;
  label: string;
  hint: string;
  /** The goal's own fields (minRps, kind, …) as typed. */
  fields: Record<string, string>;
}

export interface FaultDraft { tS: string; action: string; target: string }

export interface StageDraft {
  id: string;
  title: string;
  summary: string;
  explanation: string;
  start: Design;
  solution: Design | null;
  goals: GoalDraft[];
  faults: FaultDraft[];
  durationS: string;
  seed: string;
  /** One classroom step a line: `15 kill web-1: Now web-1 crashes.` (the action is optional). */
  script: string;
}

/** "Stage 3: load balancer" → "stage-3-load-balancer". */
export const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'my-stage';

export function newDraft(design: Design): StageDraft {
  const title = design.name.trim() || 'My stage';
  return {
    id: slug(title), title, summary: '', explanation: '', start: design, solution: null,
    goals: [{ type: 'errorRate', label: 'Fail at most 1% of requests', hint: '', fields: { max: '0.01' } }],
    faults: [], durationS: '40', seed: '1', script: '',
  };
}

/** A number when the text is one, else the text itself (so the decoder names the field). */
const value = (text: string): string | number => {
  const t = text.trim();
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : t;
};

const SCRIPT_LINE = /^\s*(\d+(?:\.\d+)?)\s*s?\s*(?:\b(kill|restore)\s+([^\s:]+))?\s*:\s*(.*)$/;

/** The script lines as classroom steps; a line that does not fit is kept whole so the decoder names it. */
export function scriptSteps(script: string): unknown[] {
  return script.split('\n').filter((l) => l.trim()).map((line) => {
    const m = SCRIPT_LINE.exec(line);
    if (!m) return { tS: NaN, say: line.trim() };
    // "…: Now web-1 crashes. // ask who has seen this": after ` // ` comes the teacher's own note.
    const [say, ...note] = m[4].split(' // ');
    const step: Record<string, unknown> = { tS: Number(m[1]), say: say.trim() };
    if (note.join(' // ').trim()) step.note = note.join(' // ').trim();
    if (m[2]) step.action = { [m[2]]: m[3] };
    return step;
  });
}

function goalOf(g: GoalDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { type: g.type, label: g.label };
  if (g.hint.trim()) out.hint = g.hint;
  for (const [name, text] of Object.entries(g.fields)) {
    if (!text.trim()) continue;
    out[name] = name === 'kinds' ? text.split(',').map((k) => k.trim()).filter(Boolean) : value(text);
  }
  return out;
}

/** The draft as a stage file, for decodeCourse. */
export function draftToFile(d: StageDraft): Record<string, unknown> {
  const file: Record<string, unknown> = {
    version: CUSTOM_STAGE_VERSION,
    id: d.id, title: d.title, summary: d.summary, explanation: d.explanation,
    start: d.start,
    goals: d.goals.map(goalOf),
    scenario: d.faults.map((f) => ({ tS: value(f.tS), action: f.action.trim(), target: f.target.trim() })),
    check: { durationS: value(d.durationS), seed: value(d.seed) },
    demo: scriptSteps(d.script),
  };
  if (d.solution) file.solution = d.solution;
  return file;
}
