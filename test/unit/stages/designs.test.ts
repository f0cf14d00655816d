import { describe, expect, it } from 'vitest';
import { canConnect, KINDS, type Design } from '../../../src/model';
import { decodeDesign } from '../../../src/model/decoding';
import { STAGES, STAGE_IDS, stageBadge, stageById } from '../../../src/stages';

const designsOf = (s: (typeof STAGES)[number]): [string, Design][] => [['start', s.start], ['solution', s.solution]];

describe('stage list', () => {
  it('has the numbered stages "1".."12" in order (a later stage has a word for an id), found by id', () => {
    expect(STAGE_IDS.filter((id) => /^\d+$/.test(id))).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(STAGE_IDS.filter((id) => !/^\d+$/.test(id))).toEqual(['services', 'retry-storm', 'partial-failure']);
    expect(stageById('3')?.id).toBe('3');
    expect(stageById('99')).toBeUndefined();
  });

  it('lists the fault stages after the chapter, under their own heading, lettered after stage 12', () => {
    const beyond = STAGES.filter((s) => s.beyondChapter).map((s) => s.id);
    expect(beyond).toEqual(['retry-storm', 'partial-failure']);
    expect(STAGE_IDS.slice(-2)).toEqual(beyond);
    expect(beyond.map(stageBadge)).toEqual(['12b', '12c']);
    expect(stageBadge('services')).toBe('11b');
  });
});

describe.each(STAGES.map((s) => [s.id, s] as const))('stage %s', (_id, stage) => {
  it.each(designsOf(stage))('%s decodes cleanly and round-trips', (_which, d) => {
    const decoded = decodeDesign(JSON.parse(JSON.stringify(d)));
    if (!decoded.ok) throw new Error(decoded.errors.join('\n'));
    expect(decoded.warnings).toEqual([]);
    expect(decoded.value).toEqual(d);
  });

  it.each(designsOf(stage))('%s uses only allowed edges of the right kind', (_which, d) => {
    const byId = new Map(d.nodes.map((n) => [n.id, n]));
    for (const e of d.edges) {
      const verdict = canConnect(byId.get(e.source)!, byId.get(e.target)!, d.edges.filter((x) => x !== e));
      expect(verdict, `${e.source} → ${e.target}`).toEqual({ ok: true, kind: e.kind });
    }
  });

  it.each(designsOf(stage))('%s runs with the Check’s seed and duration', (_which, d) => {
    expect(d.sim).toMatchObject(stage.check);
    // A fault stage's designs may carry its faults, so Run plays them; no design has faults of its own.
    expect([[], stage.scenario]).toContainEqual(d.scenario);
  });

  it.each(designsOf(stage))('%s lays nodes out on distinct spots', (_which, d) => {
    const spots = d.nodes.map((n) => `${n.parent ?? ''}:${n.position.x},${n.position.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('has text, goals with labels and hints, and a demo', () => {
    expect(stage.title.length).toBeGreaterThan(3);
    expect(stage.summary).not.toContain('\n');
    expect(stage.explanation.split('\n\n').length).toBeGreaterThanOrEqual(2);
    // markdown-lite: paragraphs and "- " bullets only.
    expect(stage.explanation).not.toMatch(/^\s*(#|\*|\d+\.)\s/m);
    expect(stage.goals.length).toBeGreaterThan(0);
    for (const g of stage.goals) {
      expect(g.label.length).toBeGreaterThan(3);
      expect(g.hint.length).toBeGreaterThan(3);
    }
    expect(stage.demo.length).toBeGreaterThan(0);
    for (const k of stage.newKinds) expect(KINDS).toContain(k);
    expect(stage.check.durationS).toBeLessThanOrEqual(60);
  });

  it('targets only nodes of its solution in the scenario and the demo', () => {
    const ids = new Set(stage.solution.nodes.map((n) => n.id));
    for (const f of stage.scenario) expect(ids, f.target).toContain(f.target);
    for (const step of stage.demo) {
      if (!step.action) continue;
      const target = 'kill' in step.action ? step.action.kill : 'restore' in step.action ? step.action.restore : step.action.deploy;
      expect(ids, target).toContain(target);
    }
    const times = stage.demo.map((s) => s.tS);
    for (const t of times) expect(t).toBeLessThan(stage.check.durationS);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const f of stage.scenario) expect(f.tS).toBeLessThan(stage.check.durationS);
  });
});
