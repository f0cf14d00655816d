import { DESIGN_VERSION } from './design';
import { describeValue } from './inputGuards';
import { failure, success, type Result } from './result';

type Doc = Record<string, unknown>;

/** A named step that lifts a design file from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  name: string;
  up(doc: Doc): Doc;
  /** A step that only widens the format (every old file means the same): no "upgraded" note for the user. */
  silent?: boolean;
}

/**
 * The design format's migrations, in order; each version's file is kept as a fixture in
 * test/fixtures so old links keep opening (test/unit/model/migrate.test.ts).
 * - 1 → 2: scenario faults gain slow, loss, partition, flap and heal. A version-1 scenario holds
 *   only kill and restore, which mean the same in version 2, so the step changes nothing; the
 *   number moves so that an older Scale Playground shown a version-2 file says it is newer
 *   instead of refusing its faults one by one.
 * - 2 → 3: the scenario gains `deploy` (docs/services.md). A version-2 file means the same in
 *   version 3, so the step is silent too; the number moves for the same reason as before.
 */
export const MIGRATIONS: readonly Migration[] = [
  { from: 1, name: 'faults beyond kill and restore', silent: true, up: (doc) => doc },
  { from: 2, name: 'deploys in the scenario', silent: true, up: (doc) => doc },
];

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
    if (!step.silent) applied.push(step.name);
  }
  return success(out, applied.length ? [`Upgraded the design from version ${version} to ${current} (${applied.join(', ')}).`] : []);
}
