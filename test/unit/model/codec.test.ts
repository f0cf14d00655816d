import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { compactDesign, defaultParams, KINDS, LIMITS, parseHash, serializeDesign, type Design } from '../../../src/model';
import { decodeDesign, decodeDesignPayload, parseDesignJson } from '../../../src/model/decoding';
import { encodeDesignPayload, shareFragment, shareUrl } from '../../../src/model/shareLink';
import { decompressUriPayload } from '../../../src/model/lzDecompress';
import { build, designArb, lzBombPayload } from './helpers';

const RUNS = 150;

describe('share links and JSON export round-trip', () => {
  it('decodeDesign accepts every generated design as it is', () => {
    fc.assert(fc.property(designArb, (design) => {
      const result = decodeDesign(design);
      expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
      expect(result.ok && result.value).toEqual(design);
    }), { numRuns: RUNS });
  });

  it('decodeDesignPayload(encodeDesignPayload(d)) deep-equals d', () => {
    fc.assert(fc.property(designArb, (design) => {
      const result = decodeDesignPayload(encodeDesignPayload(design));
      expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
      if (!result.ok) return;
      expect(result.value).toEqual(design);
      expect(result.warnings).toEqual([]);
    }), { numRuns: RUNS });
  });

  it('parseDesignJson(serializeDesign(d)) deep-equals d', () => {
    fc.assert(fc.property(designArb, (design) => {
      const result = parseDesignJson(serializeDesign(design));
      expect(result.ok && result.value).toEqual(design);
    }), { numRuns: RUNS });
  });

  it('the link path through parseHash: shareUrl → fragment → payload → design', () => {
    fc.assert(fc.property(designArb, (design) => {
      const url = shareUrl('https://example.org/play/#stage=2', design);
      expect(url.startsWith('https://example.org/play/#d=')).toBe(true);
      const target = parseHash(url.slice(url.indexOf('#')));
      expect(target.type).toBe('design');
      if (target.type !== 'design') return;
      const result = decodeDesignPayload(target.payload);
      expect(result.ok && result.value).toEqual(design);
    }), { numRuns: 40 });
  });

  it('the export spells out every parameter; the link leaves defaults out', () => {
    fc.assert(fc.property(designArb, (design) => {
      const exported = JSON.parse(serializeDesign(design)) as Design;
      exported.nodes.forEach((n, i) => expect(Object.keys(n.params).sort()).toEqual(Object.keys(defaultParams(design.nodes[i].kind)).sort()));
      const compact = compactDesign(design) as Design;
      compact.nodes.forEach((n, i) => {
        const defaults = defaultParams(design.nodes[i].kind) as Record<string, unknown>;
        for (const [key, value] of Object.entries(n.params as Record<string, unknown>)) {
          if (typeof value === 'object' && value !== null) {
            expect(Object.keys(value).length).toBeGreaterThan(0);
            for (const [k, v] of Object.entries(value)) expect(v).not.toBe((defaults[key] as Record<string, unknown>)[k]);
          } else {
            expect(value, `${n.id}.${key}`).not.toBe(defaults[key]);
          }
        }
      });
    }), { numRuns: RUNS });
  });
});

describe('parseDesignJson', () => {
  it('reads a file saved with a byte-order mark', () => {
    const design = build([['users', 'client'], ['w', 'web']], [['users', 'w']]);
    const result = parseDesignJson(`\uFEFF${serializeDesign(design)}`);
    expect(result.ok && result.value).toEqual(design);
  });

  it('prefixes every message with where the design came from', () => {
    const result = parseDesignJson('{"version":1,"nodes":[{"id":"w","kind":"web","params":{"workers":0}}]}', 'design.json');
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^design\.json: node "w" \(web\): params\.workers must be between 1 and 1000 \(got 0\)$/)] });
    expect(parseDesignJson('{"version":1,')).toEqual({ ok: false, errors: [expect.stringMatching(/^The file is not valid JSON \(.+\); it may be truncated or damaged\.$/)] });
  });
});

describe('compactDesign', () => {
  it('drops every default: a node of each kind at defaults has params {}', () => {
    const design = build(KINDS.map((kind) => [`${kind}-1`, kind] as [string, (typeof KINDS)[number]]));
    for (const node of (compactDesign(design) as Design).nodes) expect(node.params).toEqual({});
  });

  it('keeps changed values, and only the changed fields of a group', () => {
    const design = build([['users', 'client', { rps: 500, mix: { static: 0.3, read: 0.9, write: 0.2, job: 0 } }], ['w', 'web', { sessions: 'shared' }]]);
    const [users, web] = (compactDesign(design) as Design).nodes;
    expect(users.params).toEqual({ rps: 500, mix: { read: 0.9 } });
    expect(web.params).toEqual({ sessions: 'shared' });
  });

  it('does not change the design it is given', () => {
    const design = build([['w', 'web', { workers: 3 }]]);
    const before = structuredClone(design);
    compactDesign(design);
    expect(design).toEqual(before);
  });

  it('makes links shorter than the full JSON', () => {
    const design = build([['users', 'client'], ['lb', 'loadBalancer'], ['w1', 'web'], ['w2', 'web'], ['db', 'database']], [['users', 'lb'], ['lb', 'w1'], ['lb', 'w2'], ['w1', 'db'], ['w2', 'db']]);
    expect(encodeDesignPayload(design).length).toBeLessThan(compressToEncodedURIComponent(JSON.stringify(design)).length);
    expect(shareFragment(design)).toBe(`#d=${encodeDesignPayload(design)}`);
  });
});

describe('parseHash', () => {
  it('reads #d=', () => {
    expect(parseHash('#d=N4IgdghgtgpiBcIAyBLA')).toEqual({ type: 'design', payload: 'N4IgdghgtgpiBcIAyBLA', extras: {} });
  });
  it('reads #stage=3 and decodes a stage id', () => {
    expect(parseHash('#stage=3')).toEqual({ type: 'stage', id: '3', extras: {} });
    expect(parseHash('#stage=load%20balancer')).toEqual({ type: 'stage', id: 'load balancer', extras: {} });
  });
  it('keeps other key=value pairs aside as extras', () => {
    expect(parseHash('#d=abc&seed=5&view=r%C3%A9sum%C3%A9')).toEqual({ type: 'design', payload: 'abc', extras: { seed: '5', view: 'résumé' } });
    expect(parseHash('#stage=2&classroom=on')).toEqual({ type: 'stage', id: '2', extras: { classroom: 'on' } });
  });
  it('reads nothing of ours as none, with or without the #', () => {
    expect(parseHash('')).toEqual({ type: 'none', extras: {} });
    expect(parseHash('#')).toEqual({ type: 'none', extras: {} });
    expect(parseHash('#top')).toEqual({ type: 'none', extras: {} });
    expect(parseHash('stage=4')).toEqual({ type: 'stage', id: '4', extras: {} });
  });
  it('keeps a bad percent escape as it is instead of throwing', () => {
    expect(parseHash('#stage=%E0%A4%A&x=%')).toEqual({ type: 'stage', id: '%E0%A4%A', extras: { x: '%' } });
  });
  it('a value may hold "=": only the first one splits', () => {
    expect(parseHash('#d=ab=c')).toEqual({ type: 'design', payload: 'ab=c', extras: {} });
  });
});

describe('bounded lz decompression', () => {
  it('agrees with lz-string on everything lz-string compresses', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const payload = compressToEncodedURIComponent(text);
      const ours = decompressUriPayload(payload, Infinity);
      expect(ours).toEqual({ ok: true, text });
    }), { numRuns: 300 });
  });

  it('agrees with lz-string on random payloads whenever it unpacks them', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'.split('');
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 200 }).map((a) => a.join('')), (payload) => {
      const ours = decompressUriPayload(payload, Infinity);
      if (ours.ok) expect(ours.text).toBe(decompressFromEncodedURIComponent(payload));
    }), { numRuns: 500 });
  });

  it('the bomb helper is a real lz-string payload', () => {
    const payload = lzBombPayload(100);
    expect(decompressFromEncodedURIComponent(payload)).toBe('a'.repeat(1 + (101 * 102) / 2 - 1));
    expect(decompressUriPayload(payload, Infinity)).toEqual({ ok: true, text: 'a'.repeat(5151) });
  });

  it('stops as soon as the output passes the bound', () => {
    expect(decompressUriPayload(lzBombPayload(100), 5150)).toEqual({ ok: false, reason: 'too-large' });
    expect(decompressUriPayload(compressToEncodedURIComponent('x'.repeat(LIMITS.maxJsonChars + 1)), LIMITS.maxJsonChars)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('treats spaces as "+" like lz-string (a "+" that a mail client turned into a space)', () => {
    const design = build([['users', 'client'], ['w', 'web']], [['users', 'w']]);
    const payload = encodeDesignPayload(design);
    for (const mangled of [payload.replace(/\+/g, ' '), `  ${payload}\n`, payload.replace(/\$/g, '%24')]) {
      const result = decodeDesignPayload(mangled);
      expect(result.ok && result.value).toEqual(design);
    }
  });
});
