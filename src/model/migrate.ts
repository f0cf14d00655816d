import { DESIGN_VERSION } from './design';
import { describeValue } from './inputGuards';
import { failure, success, type Result } from './result';

type Doc = Record<string, unknown>;

/** A named step that lifts a design file from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  name: string;
  up(doc: Doc): Doc;
}

/**
 * The design format's migrations, in order. Version 1 is the first published format, so the list
 * is empty today; the next format change adds `{ from: 1, name, up }` here and keeps a version-1
 * fixture in test/fixtures, so old links keep opening.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** Lifts `doc` to `current`, one numbered step at a time; refuses versions from the future. */
export function migrate(doc: Doc, migrations: readonly Migration[] = MIGRATIONS, current = DESIGN_VERSION): Result<Doc> {
  const version = doc.version;
  if (version === undefined) return failure('The design has no "version" field, so it cannot be read safely (a Scale Playground design starts with "version": 1).');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure(`The design's "version" must be a whole number from 1 (got ${describeValue(version)}).`);
  }
  if (version > current) {
    return failure(`This design was made by a newer Scale Playground (format version ${version}; this one reads up to ${current}). Reload the page to get the latest version.`);
  }
  let out = doc;
  const applied: string[] = [];
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return failure(`This design is in format version ${version}, which this Scale Playground cannot upgrade (no step from version ${v} to ${v + 1}).`);
    try {
      out = { ...step.up(out), version: v + 1 };
    } catch (err) {
      return failure(`The design could not be upgraded from version ${v} to ${v + 1} (${step.name}): ${err instanceof Error ? err.message : describeValue(err)}`);
    }
    applied.push(step.name);
  }
  return success(out, applied.length ? [`Upgraded the design from version ${version} to ${current} (${applied.join(', ')}).`] : []);
}
