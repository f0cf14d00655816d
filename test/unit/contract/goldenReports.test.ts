/**
 * Same design + same seed = same numbers, across refactors: the reports of a few gallery designs
 * (each with a kill and a restore, so failover paths run too) must match, byte for byte, the ones
 * recorded in test/fixtures/golden-reports.json. A change that is meant to move the numbers
 * re-records them with GOLDEN_UPDATE=1 and says why in its commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDesign } from '../../../src/engine';
import { GALLERY } from '../../../src/gallery';

const FIXTURE = new URL('../../fixtures/golden-reports.json', import.meta.url);

/** Gallery entry, the node killed at 8 s (restored at 14 s), and the run's length. */
const CASES = [
  { id: 'social-feed', kill: 'shard-2', durationS: 20 },
  { id: 'global-site', kill: 'dc-us', durationS: 20 },
  { id: 'event-ingestion', kill: 'events', durationS: 20 },
  { id: 'stage-9', kill: 'web-1', durationS: 20 },
  { id: 'stage-12', kill: 'sessions', durationS: 10 },
];

function reportOf(id: string, kill: string, durationS: number): string {
  const entry = GALLERY.find((e) => e.id === id);
  if (!entry) throw new Error(`no gallery entry ${id}`);
  const target = entry.design.nodes.find((n) => n.id === kill);
  if (!target) throw new Error(`${id} has no node ${kill}`);
  return JSON.stringify(runDesign(entry.design, {
    seed: 7, durationS, series: false,
    scenario: [{ tS: 8, action: 'kill', target: target.id }, { tS: 14, action: 'restore', target: target.id }],
  }));
}

describe('golden reports: same design and seed give the recorded numbers', () => {
  const actual = Object.fromEntries(CASES.map((c) => [c.id, reportOf(c.id, c.kill, c.durationS)]));
  if (process.env.GOLDEN_UPDATE === '1') writeFileSync(FIXTURE, `${JSON.stringify(actual, null, 1)}\n`);
  const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, string>;
  for (const c of CASES) {
    it(`${c.id} (kill ${c.kill})`, () => {
      expect(recorded[c.id], `no recorded report for ${c.id}`).toBeDefined();
      expect(actual[c.id]).toBe(recorded[c.id]);
    });
  }
});
