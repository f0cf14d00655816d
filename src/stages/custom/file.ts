/**
 * A custom stage or course as text: the JSON file a teacher downloads and the `#stage-def=` link
 * (lz-string, like `#d=` design links; parameters at their defaults are left out of the designs).
 * Reading either never throws and refuses anything the decoder refuses.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { compactDesign, LIMITS, type Design, type Result } from '../../model';
import { readJsonText } from '../../model/inputGuards';
import { unpackLinkPayload } from '../../model/linkPayload';
import { decodeCourse } from './decode';
import { CUSTOM_STAGE_VERSION, type Course, type StageDefinition } from './types';

/** Nesting of a course file: course › stages › stage › design › nodes › node › params › group › value. */
const MAX_DEPTH = LIMITS.maxJsonDepth + 3;

const fileShape = (course: Course, design: (d: Design) => unknown): unknown => {
  const stage = (s: StageDefinition) => ({ ...s, start: design(s.start), ...(s.solution ? { solution: design(s.solution) } : {}) });
  if (course.stages.length === 1 && course.title === undefined) return { version: CUSTOM_STAGE_VERSION, ...stage(course.stages[0]) };
  return { version: CUSTOM_STAGE_VERSION, ...(course.title !== undefined ? { title: course.title } : {}), stages: course.stages.map(stage) };
};

/** The stage file: pretty JSON, every parameter spelled out. A course of one untitled stage is written as that stage. */
export const serializeCourse = (course: Course): string => JSON.stringify(fileShape(course, (d) => d), null, 2);

/** The `stage-def=` payload. */
export const encodeCoursePayload = (course: Course): string => compressToEncodedURIComponent(JSON.stringify(fileShape(course, compactDesign)));

/** A full `#stage-def=` link on the page at `pageUrl`. */
export const courseUrl = (pageUrl: string, course: Course): string => `${pageUrl.split('#')[0]}#stage-def=${encodeCoursePayload(course)}`;

/** Parses a stage file's text; `source` starts the messages about the text itself. */
export function parseCourseJson(text: string, source = 'The stage file'): Result<Course> {
  const data = readJsonText(text, source, 'a stage file', MAX_DEPTH);
  return data.ok ? decodeCourse(data.value) : data;
}

/** Reads a `stage-def=` payload back, or says what is wrong with the link. Never throws. */
export function decodeCoursePayload(payload: string): Result<Course> {
  const text = unpackLinkPayload(payload, { noun: 'stage', anchor: '#stage-def=', source: 'The stage link' });
  return text.ok ? parseCourseJson(text.value, 'The stage link') : text;
}
