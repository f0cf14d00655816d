/**
 * The text rules of a custom stage: a teacher's words are shown as text only, never as HTML, and
 * a stage file that tries to smuggle markup or a script link in is refused rather than cleaned,
 * so the teacher sees exactly what was wrong.
 */
import * as z from 'zod/mini';

/** Markup of any kind: `<b>`, `</p>`, `<!--`, `<?xml`. A lone "a < b" stays allowed. */
const HTML_TAG = /<\s*[/!?]?\s*[A-Za-z]/;
const SCRIPT_LINK = /\b(?:javascript|vbscript|data)\s*:/i;
// Control characters other than tab and newline have no business in a lesson.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** Why `text` may not be shown, or undefined when it is fine. */
export function textProblem(text: string): string | undefined {
  const tag = HTML_TAG.exec(text);
  if (tag) return `holds HTML (“${text.slice(tag.index, tag.index + 12)}…”); write plain text, **bold** and \`code\` instead`;
  if (SCRIPT_LINK.test(text)) return 'holds a script link (javascript:, data:); links are not allowed';
  if (CONTROL.test(text)) return 'holds control characters';
  return undefined;
}

/**
 * A text field of at most `max` characters (and, unless `allowEmpty`, at least one). Only the
 * zod features the design decoder already uses, so the first bundle carries nothing new; what
 * the text holds is judged by textProblem (checkTexts) once the shape is known.
 */
export const safeText = (max: number, { allowEmpty = false } = {}) => {
  const tooLong = z.maxLength(max, { error: (iss) => `is too long (${typeof iss.input === 'string' ? iss.input.length.toLocaleString('en-US') : 'too many'} characters; at most ${max.toLocaleString('en-US')})` });
  return allowEmpty ? z.string({ error: 'must be text' }).check(tooLong) : z.string({ error: 'must be text' }).check(tooLong, z.trim(), z.minLength(1, { error: 'must not be empty' }));
};

/** One message per text that may not be shown: `<where> › <field> holds HTML …`. */
export function checkTexts(where: string, texts: Record<string, string | undefined>, errors: string[]): void {
  for (const [field, text] of Object.entries(texts)) {
    const problem = text === undefined ? undefined : textProblem(text);
    if (problem) errors.push(`${where}: ${field} ${problem}`);
  }
}

/** How long each text may be. */
export const TEXT_LIMITS = { title: 120, summary: 300, explanation: 8000, label: 120, hint: 300 } as const;
