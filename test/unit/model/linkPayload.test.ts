/**
 * One unpacking for both kinds of link (src/model/linkPayload.ts): a design's `#d=` and a
 * stage's `#stage-def=` are cleaned, bounded and decompressed by the same steps, and each still
 * words its refusals with its own noun.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { LIMITS, type Result } from '../../../src/model';
import { decodeDesignPayload } from '../../../src/model/decoding';
import { encodeDesignPayload } from '../../../src/model/shareLink';
import { unpackLinkPayload } from '../../../src/model/linkPayload';
import { decodeCourse, decodeCoursePayload, encodeCoursePayload } from '../../../src/stages/custom';
import { stageFile } from '../stages/custom/fixture';
import { build, lzBombPayload } from './helpers';

const errors = <T>(r: Result<T>): string[] => (r.ok ? [] : r.errors);
const course = (() => {
  const r = decodeCourse(stageFile());
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();

describe('the same refusal, in each link’s words', () => {
  const cases: [string, unknown, RegExp, RegExp][] = [
    ['an empty link', '', /^The link holds no design \(nothing after "#d="\)\.$/, /^The link holds no stage \(nothing after "#stage-def="\)\.$/],
    ['a blank link', ' \n\t ', /holds no design/, /holds no stage/],
    ['no text at all', undefined, /holds no design/, /holds no stage/],
    ['a link past the limit', 'A'.repeat(LIMITS.maxLinkChars + 1), /^The link is too long to be a design \(400001 characters/, /^The link is too long to be a stage \(400001 characters/],
    ['foreign characters', 'abc<def>', /^The link is damaged: it has characters a design link never contains/, /^The stage link is damaged: it has characters a stage link never contains/],
    ['a decompression bomb', lzBombPayload(50_000), /^The link unpacks to more than 2 MB, far more than any design/, /^The stage link unpacks to more than 2 MB, far more than any stage/],
    ['a link cut short', encodeCoursePayload(course).slice(0, 40),
      /^The link is damaged: its data does not unpack|^The link is not valid JSON|^The link is damaged: its data is not a design/,
      /^The stage link is damaged: its data does not unpack|^The stage link is not valid JSON/],
  ];
  for (const [what, payload, design, stage] of cases) {
    it(what, () => {
      expect(errors(decodeDesignPayload(payload as string))[0]).toMatch(design);
      expect(errors(decodeCoursePayload(payload as string))[0]).toMatch(stage);
    });
  }
});

describe('both links are cleaned alike', () => {
  it('a stage link judges its length before cleaning: megabytes of blanks are too long, not empty', () => {
    const blanks = ' '.repeat(LIMITS.maxLinkChars * 3 + 1);
    expect(errors(decodeCoursePayload(blanks))).toEqual([`The link is too long to be a stage (${blanks.length} characters; the most is ${LIMITS.maxLinkChars}).`]);
    expect(errors(decodeDesignPayload(blanks))[0]).toMatch(/too long to be a design/);
  });

  it('a stage link whose "+" became spaces, then wrapped by a mail client or percent-encoded, still opens', () => {
    const payload = encodeCoursePayload(course);
    expect(payload).toContain('+');
    const spaced = payload.replace(/\+/g, ' ');
    for (const mangled of [`  ${spaced.replace(/(.{60})/g, '$1\r\n')}\n`, encodeURIComponent(spaced)]) {
      const back = decodeCoursePayload(mangled);
      expect(back.ok && back.value).toEqual(course);
    }
  });

  it('unpacks to the text that was packed, for a design and a stage alike', () => {
    const design = build([['users', 'client'], ['web-1', 'web']], [['users', 'web-1']]);
    const names = { noun: 'thing', anchor: '#t=', source: 'The thing link' };
    expect(unpackLinkPayload(compressToEncodedURIComponent('{"x":1}'), names)).toEqual({ ok: true, value: '{"x":1}', warnings: [] });
    const fromDesign = unpackLinkPayload(encodeDesignPayload(design), names);
    expect(fromDesign.ok && JSON.parse(fromDesign.value).nodes.map((n: { id: string }) => n.id)).toEqual(['users', 'web-1']);
  });
});
