/**
 * The guided stages' ids in course order, and the numbers the list shows for them. This much loads
 * with the page (saved progress, `#stage=` links, the menu); the stages themselves (designs,
 * explanations, goals, classroom scripts) are data in index.ts, which the app loads on first use.
 */

/** Every built-in stage's id, in the order the list shows them (index.ts holds a stage for each). */
export const STAGE_ID_LIST = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', 'services', '12', 'retry-storm', 'partial-failure'] as const;

export type BuiltInStageId = (typeof STAGE_ID_LIST)[number];

export const STAGE_IDS: readonly string[] = STAGE_ID_LIST;

/** True for the id of a built-in stage ("1".."12" or a word like "services", as in `#stage=3`). */
export const isStageId = (id: string): boolean => STAGE_IDS.includes(id);

/**
 * How the stage list numbers a stage: its id when it is a number; a stage with a word for an id
 * ("services") is numbered after the number before it, with a letter ("11b", then "12b", "12c"),
 * so the chapter's numbers stay as the links use them.
 */
export function stageBadge(id: string): string {
  if (/^\d+$/.test(id)) return id;
  const before = STAGE_IDS.slice(0, Math.max(0, STAGE_IDS.indexOf(id)));
  const number = before.filter((x) => /^\d+$/.test(x)).pop();
  if (!number) return id;
  const words = before.length - 1 - before.lastIndexOf(number);
  return `${number}${String.fromCharCode('b'.charCodeAt(0) + words)}`;
}
