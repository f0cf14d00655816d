/** Where teachers' stages are kept in this browser: one key holding them as a course file. */
import { CUSTOM_STAGE_VERSION, type StageDefinition } from '../stages/custom/types';
import type { KeyValueStorage } from './types';

/** The definitions, as a course file (`v1` is the layout of this key, not the stage format). */
export const CUSTOM_STAGES_KEY = 'scale-playground:custom-stages:v1';

/** The kept stages' text, or null when there is none or the browser refuses to read it. */
export function readCustomDefs(storage: KeyValueStorage | undefined): string | null {
  try {
    return storage?.getItem(CUSTOM_STAGES_KEY) ?? null;
  } catch {
    return null;
  }
}

export function saveCustomDefs(storage: KeyValueStorage | undefined, defs: readonly StageDefinition[]): void {
  if (!storage) return;
  try {
    if (defs.length) storage.setItem(CUSTOM_STAGES_KEY, JSON.stringify({ version: CUSTOM_STAGE_VERSION, stages: defs }));
    else storage.removeItem(CUSTOM_STAGES_KEY);
  } catch {
    // Storage full or blocked: the stages stay open in this tab; the file or link still holds them.
  }
}
