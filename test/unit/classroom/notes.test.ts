import { describe, expect, it } from 'vitest';
import { parseAudienceMessage, stamp } from '../../../src/classroom/audienceProtocol';
import { decodeCourse } from '../../../src/stages/custom';
import { createAppStore, memoryStorage } from '../../../src/store';
import { audienceFrame } from '../../../src/ui/classroom/presenterLink';
import { scriptSteps } from '../../../src/ui/stages/stageDraft';
import { errorsOf, stageFile } from '../stages/custom/fixture';

describe('a teacher’s notes on classroom steps', () => {
  it('are written after “ // ” in the form’s script and kept with the step', () => {
    expect(scriptSteps('15 kill web-1: Now web-1 crashes. // ask who has seen this\n30: Back.')).toEqual([
      { tS: 15, say: 'Now web-1 crashes.', action: { kill: 'web-1' }, note: 'ask who has seen this' },
      { tS: 30, say: 'Back.' },
    ]);
  });

  it('are checked like the narration: markup is refused with the field named', () => {
    const errors = errorsOf(decodeCourse(stageFile({ demo: [{ tS: 0, say: 'Hello.', note: '<script>alert(1)</script>' }] })));
    expect(errors.join('\n')).toMatch(/step 1 › note holds/);
  });

  it('show in the presenter’s demo but never reach the audience window', async () => {
    const store = createAppStore({ storage: memoryStorage() });
    const course = decodeCourse(stageFile({ demo: [{ tS: 0, say: 'Hello, class.', note: 'Mention last week’s outage.' }] }));
    if (!course.ok) throw new Error(course.errors.join('\n'));
    await store.getState().addCourse(course.value, 'a test');
    await store.getState().enterClassroom('custom:two-web');
    expect(store.getState().classroomDemo()?.script.steps[0].note).toBe('Mention last week’s outage.');
    store.setState((s) => ({ classroom: { ...s.classroom, stepIndex: 0 } }));
    const sent = stamp(audienceFrame(store.getState()));
    expect(JSON.stringify(sent)).not.toContain('outage');
    expect(parseAudienceMessage(structuredClone(sent))).toMatchObject({ caption: { tS: 0, say: 'Hello, class.' } });
  });
});
