import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../../../src/engine/api';
import { CSV_COLUMNS, metricsToJson, seriesToCsv } from '../../../src/ui/export/metricsExport';
import { embedLink, embedSnippet, runLink } from '../../../src/ui/toolbar/shareLinks';
import { emptyDesign, parseHash } from '../../../src/model';

const point = (tS: number, extra: Partial<SeriesPoint> = {}): SeriesPoint => ({
  tS, throughputRps: 100 + tS, errorRate: 0.01, errors: 1, p50Ms: 4.25, p95Ms: 9, p99Ms: 12.5,
  cacheHitRatio: null, cdnHitRatio: 0.5, replicaLagMs: null, staleReads: 0, queueDepth: 3,
  nodes: { web: { utilization: 0.5, queueLength: 1, rps: 100 } }, shardLoad: {}, ...extra,
});

describe('metrics CSV', () => {
  it('has one header row with the headline columns, then one row per second', () => {
    const csv = seriesToCsv([point(1), point(2, { errorRate: Number.NaN })]);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('tS,throughputRps,errorRate,errors,p50Ms,p95Ms,p99Ms,cacheHitRatio,cdnHitRatio,replicaLagMs,staleReads,queueDepth');
    expect(rows[0].split(',')).toEqual([...CSV_COLUMNS]);
    // "none" (null) and not-a-number are empty cells, never "null" or "NaN".
    expect(rows[1]).toBe('1,101,0.01,1,4.25,9,12.5,,0.5,,0,3');
    expect(rows[2]).toBe('2,102,,1,4.25,9,12.5,,0.5,,0,3');
    expect(rows[3]).toBe('');
    expect(seriesToCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('metrics JSON holds the summary, series and events', () => {
    const parsed = JSON.parse(metricsToJson({ design: 'd', seed: 3, summary: null, series: [point(1)], events: [{ tMs: 5, text: 'x' }] }));
    expect(parsed).toMatchObject({ design: 'd', seed: 3, series: [{ tS: 1 }], events: [{ text: 'x' }] });
  });
});

describe('share links', () => {
  const design = emptyDesign('Links');
  it('carry the speed beside the design, and drop an embed flag', () => {
    const link = runLink('https://example.org/play/?embed=1#old', design, 'max');
    expect(link.startsWith('https://example.org/play/#d=')).toBe(true);
    const parsed = parseHash(new URL(link).hash);
    expect(parsed.type).toBe('design');
    expect(parsed.extras.speed).toBe('max');
    expect(runLink('https://example.org/', design, 1)).not.toContain('speed=');
  });

  it('embed as a read-only view, safely quoted in the iframe snippet', () => {
    const link = runLink('https://example.org/play/', design, 10);
    expect(embedLink(link)).toMatch(/^https:\/\/example\.org\/play\/\?embed=1#d=.+&speed=10$/);
    const snippet = embedSnippet(link);
    expect(snippet).toMatch(/^<iframe src="https:\/\/example\.org\/play\/\?embed=1#d=[^"]+&amp;speed=10"/);
    expect(snippet.match(/"/g)!.length % 2).toBe(0);
  });
});
