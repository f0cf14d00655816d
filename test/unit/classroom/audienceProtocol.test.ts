import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AUDIENCE_PROTOCOL_VERSION, commandForKey, parseAudienceMessage, stamp } from '../../../src/classroom/audienceProtocol';
import { stageById } from '../../../src/stages';
import { decodeCourse } from '../../../src/stages/custom';
import { createAppStore, memoryStorage } from '../../../src/store';
import { audienceFrame } from '../../../src/ui/classroom/presenterLink';
import { stageFile } from '../stages/custom/fixture';

const frame = (overrides: Record<string, unknown> = {}) => ({
  v: AUDIENCE_PROTOCOL_VERSION,
  type: 'frame',
  status: 'running',
  killedIds: ['web-1'],
  live: {
    tMs: 15_000,
    done: false,
    nodes: { 'web-1': { down: true, utilization: 0, queueLength: 0, rps: 0 }, constructor: { down: false, utilization: 0.5, queueLength: 2, rps: 40, breaker: 'open' } },
    edgeRps: { e1: 12 },
    summary: null,
  },
  figures: [{ label: 'Throughput', value: '40 rps' }, { label: 'Errors', value: '3.1%', tone: 'bad' }],
  title: 'Stage 3: Two web servers',
  caption: { tS: 15, say: 'web-1 crashes' },
  stepIndex: 1,
  stepCount: 3,
  ...overrides,
});

describe('the audience window’s protocol', () => {
  it('reads each message this version sends, without its version stamp', () => {
    expect(parseAudienceMessage(frame())).toMatchObject({ type: 'frame', caption: { say: 'web-1 crashes' }, stepIndex: 1 });
    // A web server's breakers by dependency, so the audience's edges are drawn from their own breaker.
    const breakers = { 'web-2': { down: false, utilization: 0.2, queueLength: 0, rps: 40, breaker: 'open', breakers: { 'media-db': 'open', db: 'half-open' } } };
    expect(parseAudienceMessage(frame({ live: { ...frame().live, nodes: breakers } }))).toMatchObject({ live: { nodes: breakers } });
    expect(parseAudienceMessage({ v: 1, type: 'hello', role: 'audience' })).toEqual({ type: 'hello', role: 'audience' });
    expect(parseAudienceMessage({ v: 1, type: 'command', command: 'next' })).toEqual({ type: 'command', command: 'next' });
    expect(parseAudienceMessage({ v: 1, type: 'bye' })).toEqual({ type: 'bye' });
    expect(parseAudienceMessage(stamp({ type: 'design', design: stageById('3')!.start }))).toMatchObject({ type: 'design', design: { nodes: stageById('3')!.start.nodes } });
  });

  it('ignores another version, an unknown type, extra fields, wrong values and non-objects', () => {
    const hostile: unknown[] = [
      null, 'frame', 42, [], {},
      frame({ v: 2 }), frame({ v: undefined }),
      { ...frame(), type: '__proto__' }, { ...frame(), type: 'toString' },
      frame({ script: '<img src=x onerror=alert(1)>' }),
      frame({ status: 'exploded' }),
      frame({ caption: { tS: 0, say: 'x'.repeat(5000) } }),
      frame({ figures: [{ label: 'Throughput', value: { toString: 'boom' } }] }),
      frame({ stepIndex: 1.5 }),
      frame({ live: { ...frame().live, tMs: -1 } }),
      frame({ live: { ...frame().live, nodes: { a: { down: 'yes', utilization: 0, queueLength: 0, rps: 0 } } } }),
      frame({ live: { ...frame().live, edgeRps: { e1: 'fast' } } }),
      frame({ live: { ...frame().live, nodes: { a: { down: false, utilization: 0, queueLength: 0, rps: 0, breakers: { db: 'exploded' } } } } }),
      { v: 1, type: 'command', command: 'eval' },
      { v: 1, type: 'hello', role: 'admin' },
      { v: 1, type: 'design', design: { nodes: 'none' } },
      { v: 1, type: 'design' },
    ];
    for (const message of hostile) expect(parseAudienceMessage(message), JSON.stringify(message)?.slice(0, 120)).toBeNull();
  });

  it('drops a prototype key from an id table rather than letting it reach the page', () => {
    const nodes = JSON.parse('{"__proto__": {"down": true, "utilization": 0, "queueLength": 0, "rps": 0}, "web-1": {"down": false, "utilization": 0, "queueLength": 0, "rps": 1}}') as Record<string, unknown>;
    const parsed = parseAudienceMessage(frame({ live: { ...frame().live, nodes } }));
    expect(parsed?.type).toBe('frame');
    if (parsed?.type !== 'frame') return;
    expect(Object.keys(parsed.live.nodes)).toEqual(['web-1']);
    expect(({} as Record<string, unknown>).down).toBeUndefined();
  });

  it('maps the same keys to the same commands in both windows', () => {
    expect([' ', 'ArrowRight', 'ArrowLeft', 'Home', 'Escape', 'constructor'].map(commandForKey)).toEqual(['toggle', 'next', 'prev', 'replay', null, null]);
  });
});

describe('presenter to audience', () => {
  it('the frame the presenter sends is one the audience reads, and the audience store shows it', async () => {
    const presenter = createAppStore({ storage: memoryStorage() });
    await presenter.getState().enterClassroom('3');
    presenter.setState((s) => ({ classroom: { ...s.classroom, stepIndex: 1 } }));
    const sent = structuredClone(stamp(audienceFrame(presenter.getState())));
    const received = parseAudienceMessage(sent);
    const design = parseAudienceMessage(structuredClone(stamp({ type: 'design', design: presenter.getState().design })));
    expect(received?.type).toBe('frame');
    expect(design?.type).toBe('design');
    if (received?.type !== 'frame' || design?.type !== 'design') return;

    const audience = createAppStore({});
    audience.getState().showAudienceDesign(design.design);
    audience.getState().showAudienceFrame(received);
    const steps = stageById('3')!.demo;
    expect(audience.getState().design.nodes.map((n) => n.id)).toEqual(presenter.getState().design.nodes.map((n) => n.id));
    expect(audience.getState().classroom.audience).toMatchObject({ connected: true, caption: { tS: steps[1].tS, say: steps[1].say }, stepIndex: 1, stepCount: steps.length });
    audience.getState().audienceLost();
    expect(audience.getState().classroom.audience?.connected).toBe(false);
  });
});

describe('a teacher’s stage in presenter mode', () => {
  it('plays its own classroom script, with its kills scheduled, and is listed among the demos', async () => {
    const store = createAppStore({ storage: memoryStorage() });
    const course = decodeCourse(stageFile({ title: 'Two web servers', demo: [{ tS: 0, say: 'Our own start.' }, { tS: 4, say: 'Ours dies.', action: { kill: 'web-2' } }] }));
    if (!course.ok) throw new Error(course.errors.join('\n'));
    await store.getState().addCourse(course.value, 'a test');
    expect(store.getState().classroomDemos()).toEqual([]); // the demos come with the stages' chunk
    expect(await store.getState().loadStageContent()).not.toBeNull();
    expect(store.getState().classroomDemos().map((d) => d.stageId)).toContain('custom:two-web');
    expect(await store.getState().enterClassroom('custom:two-web')).toBe(true);
    const s = store.getState();
    expect(s.classroom).toMatchObject({ active: true, stageId: 'custom:two-web', stepIndex: -1 });
    expect(s.classroomDemo()?.script).toMatchObject({ title: 'Your stage: Two web servers', steps: [{ say: 'Our own start.' }, { say: 'Ours dies.' }] });
    expect(s.run.scheduledFaults).toEqual([{ tS: 4, action: 'kill', target: 'web-2' }]);
    expect(s.design.nodes.map((n) => n.id).sort()).toEqual(stageById('3')!.solution.nodes.map((n) => n.id).sort());
  });

  it('a teacher’s stage without a script has no demo, and opening presenter mode from it plays the last demo instead', async () => {
    const store = createAppStore({ storage: memoryStorage() });
    const course = decodeCourse(stageFile({ demo: [] }));
    if (!course.ok) throw new Error(course.errors.join('\n'));
    await store.getState().addCourse(course.value, 'a test');
    expect(store.getState().stages.activeStageId).toBe('custom:two-web');
    expect(await store.getState().enterClassroom()).toBe(true);
    expect(store.getState().classroomDemo('custom:two-web')).toBeUndefined();
    expect(store.getState().classroom).toMatchObject({ active: true, stageId: '1' });
  });
});
