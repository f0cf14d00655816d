/** The stage the grader checks against: a built-in one by id, or a teacher's from a file or link. */
import { readFileSync } from 'node:fs';
import { failure, success, type Result } from '../../model';
import { STAGE_IDS, stageById, type Stage } from '../../stages';
import { compileStage, decodeCoursePayload, parseCourseJson, type Course } from '../../stages/custom';
import type { CheckArgs } from './args';

function readCourse(source: string): Result<Course> {
  const at = source.indexOf('#stage-def=');
  if (at >= 0) return decodeCoursePayload(source.slice(at + '#stage-def='.length).split('&')[0]);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return failure(`Cannot read the stage file "${source}"${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}.`);
  }
  return parseCourseJson(text, `The stage file ${source}`);
}

export function loadStage(args: CheckArgs): Result<Stage> {
  if (args.stageId !== undefined) {
    const stage = stageById(args.stageId);
    return stage ? success(stage) : failure(`There is no built-in stage "${args.stageId}"; the stages are ${STAGE_IDS.join(', ')}.`);
  }
  const course = readCourse(args.stageSource ?? '');
  if (!course.ok) return course;
  const { stages } = course.value;
  if (args.pick !== undefined) {
    const def = stages.find((s) => s.id === args.pick);
    return def ? success(compileStage(def), course.warnings) : failure(`The stage file has no stage "${args.pick}"; its stages are ${stages.map((s) => s.id).join(', ')}.`);
  }
  if (stages.length > 1) return failure(`The course holds ${stages.length} stages (${stages.map((s) => s.id).join(', ')}): pick one with --stage-id.`);
  return success(compileStage(stages[0]), course.warnings);
}
