import { describe, expect, it } from 'vitest';
import { stageById } from '../../../../src/stages';
import {
  compileStage, courseUrl, CUSTOM_STAGE_VERSION, decodeCourse, decodeCoursePayload, encodeCoursePayload, parseCourseJson, serializeCourse,
} from '../../../../src/stages/custom';
import { errorsOf, stageFile } from './fixture';

const decodeOne = (input: unknown) => decodeCourse(input);

describe('a valid custom stage', () => {
  it('decodes to its definition, with the designs run at the Check’s seed and length', () => {
    const result = decodeOne(stageFile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [def] = result.value.stages;
    expect(def.id).toBe('two-web');
    expect(def.goals).toEqual(stageById('3')!.goals);
    expect(def.scenario).toEqual([{ tS: 21, action: 'kill', target: 'web-1' }]);
    expect(def.start.sim.durationS).toBe(40);
    expect(def.demo).toHaveLength(4);
  });

  it('fills in the optional parts: no solution, no faults, no script', () => {
    const { solution: _s, scenario: _f, demo: _d, summary: _m, explanation: _e, ...bare } = stageFile();
    const result = decodeOne(bare);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;
    const stage = compileStage(result.value.stages[0]);
    expect(stage.id).toBe('custom:two-web');
    expect(stage.solution).toBe(stage.start);
    expect(stage.demoOn).toBe('start');
    expect(stage.scenario).toEqual([]);
  });

  it('survives the file and the link unchanged, as a single stage and as a course', () => {
    const one = decodeOne(stageFile());
    if (!one.ok) throw new Error(one.errors.join('\n'));
    const fromFile = parseCourseJson(serializeCourse(one.value));
    expect(fromFile.ok && fromFile.value).toEqual(one.value);
    const fromLink = decodeCoursePayload(encodeCoursePayload(one.value));
    expect(fromLink.ok && fromLink.value).toEqual(one.value);

    const course = { title: 'Week 3', stages: [one.value.stages[0], { ...one.value.stages[0], id: 'again' }] };
    const back = decodeCoursePayload(courseUrl('https://x.test/app/#d=old', course).split('#stage-def=')[1]);
    expect(back.ok && back.value).toEqual(course);
  });
});

describe('hostile or broken stage files are refused, naming the field', () => {
  it('a newer version says so instead of listing fields it cannot know', () => {
    expect(errorsOf(decodeOne(stageFile({ version: CUSTOM_STAGE_VERSION + 1, teleport: true })))).toEqual([
      expect.stringMatching(/newer Scale Playground \(stage format version 2; this one reads up to 1\)/),
    ]);
    expect(errorsOf(decodeOne(stageFile({ version: undefined })))[0]).toMatch(/no "version" field/);
    expect(errorsOf(decodeOne(stageFile({ version: '1' })))[0]).toMatch(/"version" must be a whole number/);
  });

  it('huge strings', () => {
    const errors = errorsOf(decodeOne(stageFile({ title: 'x'.repeat(1_000_000) })));
    expect(errors).toEqual([expect.stringMatching(/^The stage: title is too long \(1,000,000 characters; at most 120\)/)]);
    expect(errors[0].length).toBeLessThan(200);
  });

  it('HTML and script links in any text', () => {
    expect(errorsOf(decodeOne(stageFile({ explanation: 'Hi <img src=x onerror=alert(1)>' })))[0]).toMatch(/^The stage: explanation holds HTML/);
    expect(errorsOf(decodeOne(stageFile({ summary: 'see javascript:alert(1)' })))[0]).toMatch(/^The stage: summary holds a script link/);
    const goals = [{ ...stageById('3')!.goals[0], label: '<script>x</script>' }];
    expect(errorsOf(decodeOne(stageFile({ goals })))[0]).toMatch(/goals › goal 1 › label holds HTML/);
    const demo = [{ tS: 1, say: 'look <b>here</b>' }];
    expect(errorsOf(decodeOne(stageFile({ demo })))[0]).toMatch(/demo › step 1 › say holds HTML/);
  });

  it('prototype keys, at the top and inside a goal', () => {
    const text = JSON.stringify(stageFile()).replace(/^\{/, '{"__proto__": {"polluted": true},');
    expect(errorsOf(parseCourseJson(text))[0]).toMatch(/unknown field "__proto__"/);
    const goal = JSON.parse('{"type": "p99", "maxMs": 100, "label": "fast", "__proto__": {"x": 1}}');
    expect(errorsOf(decodeOne(stageFile({ goals: [goal] }))).join('\n')).toMatch(/goal 1 › "__proto__": a p99 goal has no such field/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an unknown goal type, a missing number, a number of the wrong type', () => {
    expect(errorsOf(decodeOne(stageFile({ goals: [{ type: 'teleport', label: 'x' }] })))[0])
      .toMatch(/goals › goal 1 › type: "teleport" is not a goal type; the types are throughput, p99/);
    expect(errorsOf(decodeOne(stageFile({ goals: [{ type: 'p99', label: 'fast' }] })))[0]).toMatch(/goal 1 › maxMs is missing/);
    expect(errorsOf(decodeOne(stageFile({ goals: [{ type: 'p99', label: 'fast', maxMs: -5 }] })))[0]).toMatch(/goal 1 › maxMs must be 0 or more/);
    expect(errorsOf(decodeOne(stageFile({ goals: [{ type: 'hasKind', label: 'x', kind: 'teapot', min: 1 }] })))[0]).toMatch(/goal 1 › kind must be a component kind/);
    expect(errorsOf(decodeOne(stageFile({ goals: [] })))[0]).toMatch(/goals needs at least one goal/);
  });

  it('a broken design, a fault on a node neither design has, a script step on a missing node', () => {
    const start = { ...stageById('3')!.start, nodes: [{ id: 'users', kind: 'client', position: { x: 0, y: 0 }, params: { rps: -1 } }], edges: [] };
    expect(errorsOf(decodeOne(stageFile({ start }))).join('\n')).toMatch(/^The stage › start: node "users" \(client\): params.rps/m);
    expect(errorsOf(decodeOne(stageFile({ scenario: [{ tS: 5, action: 'kill', target: 'ghost' }] })))[0])
      .toMatch(/scenario › fault 1: target "ghost" is neither in the starting design nor in the solution/);
    expect(errorsOf(decodeOne(stageFile({ scenario: [{ tS: 5, action: 'explode', target: 'web-1' }] })))[0]).toMatch(/scenario › fault 1: action is "explode"; it must be one of kill, restore/);
    expect(errorsOf(decodeOne(stageFile({ demo: [{ tS: 5, say: 'boom', action: { kill: 'ghost' } }] })))[0]).toMatch(/demo › step 1 \(t=5 s\): there is no node “ghost”/);
  });

  it('a check too long to run, a course with two stages of one id, a damaged link, junk', () => {
    expect(errorsOf(decodeOne(stageFile({ check: { durationS: 86_400, seed: 1 } })))[0]).toMatch(/check.durationS must be at most 600 s/);
    const { version: _v, ...one } = stageFile();
    expect(errorsOf(decodeOne({ version: 1, stages: [one, one] }))[0]).toMatch(/stage 2 \(“Two web servers”\) › id "two-web" is used by an earlier stage/);
    expect(errorsOf(decodeOne({ version: 1, stages: [] }))[0]).toMatch(/stages needs at least one stage/);
    expect(errorsOf(decodeCoursePayload('<<notalink>>'))[0]).toMatch(/damaged/);
    expect(errorsOf(decodeCoursePayload('N4Ig'))[0]).toMatch(/damaged|not valid JSON|stage file/);
    expect(errorsOf(parseCourseJson('[1,2]'))[0]).toMatch(/must be a JSON object/);
    expect(errorsOf(parseCourseJson('{"version":1,'))[0]).toMatch(/not valid JSON/);
    expect(errorsOf(parseCourseJson(`${'['.repeat(50_000)}`))[0]).toMatch(/nested too deeply/);
  });
});
