/** Predictions before a Check: parsed with a clear refusal, scored against the Check, kept with progress. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { decodeProgress, emptyProgress, parsePrediction, predictionText, recordCheck, recordPrediction, STAGE_IDS } from '../../../src/stages';
import { createAppStore, memoryStorage, type StageChecker } from '../../../src/store';
import { gradeDesign } from '../../../src/worker/stageGrade';

const inlineChecker: StageChecker = (stageId, design) => Promise.resolve(gradeDesign(stageId, design));

describe('predictions', () => {
  it('reads a number in range and refuses anything else, naming the range', () => {
    expect(parsePrediction('p99Ms', ' 1,250 ')).toEqual({ ok: true, prediction: { metric: 'p99Ms', value: 1250 } });
    for (const bad of ['', 'fast', '-3', 'Infinity']) {
      const r = parsePrediction('p99Ms', bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toBe('A prediction of p99 latency is a number of ms from 0 to 600,000.');
    }
    expect(parsePrediction('errorPct', '101').ok).toBe(false);
  });

  it('says how close it came: a share of the measurement, or points for errors', () => {
    expect(predictionText({ metric: 'p99Ms', value: 300, actual: 400 })).toBe('You predicted p99 latency 300 ms; the Check measured 400 ms: 25% too low.');
    expect(predictionText({ metric: 'throughputRps', value: 980, actual: 1000 })).toBe('You predicted throughput 980 req/s; the Check measured 1,000 req/s: within 2%, close.');
    expect(predictionText({ metric: 'errorPct', value: 0.1, actual: 0.3 })).toBe('You predicted errors 0.1 %; the Check measured 0.3 %: within a point, close.');
    expect(predictionText({ metric: 'errorPct', value: 5, actual: 27.4 })).toContain('22.4 points too low');
  });

  it('is kept with the stage record through a save and a read; a malformed one is dropped, the record kept', () => {
    let p = recordCheck(emptyProgress(), '3', { passed: false, results: [{ passed: true }, { passed: false }] });
    p = recordPrediction(p, '3', { metric: 'p99Ms', value: 200, actual: 636 });
    const read = decodeProgress(JSON.parse(JSON.stringify(p)), STAGE_IDS);
    expect(read.stages['3']).toEqual({ passed: false, bestGoalsMet: 1, goalsTotal: 2, checks: 1, prediction: { metric: 'p99Ms', value: 200, actual: 636 } });
    const broken = decodeProgress({ stages: { 3: { ...p.stages['3'], prediction: { metric: 'mood', value: 1, actual: 2 } } } }, STAGE_IDS);
    expect(broken.stages['3']).toEqual({ passed: false, bestGoalsMet: 1, goalsTotal: 2, checks: 1 });
  });

  it('the store scores the prediction against the Check, keeps it after a reload, and forgets the draft on another stage', async () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage, stageChecker: inlineChecker });
    await store.getState().openStage('3', { loadStart: true });
    store.getState().setPrediction({ metric: 'throughputRps', value: 100 });
    const view = await store.getState().checkActiveStage();
    const recorded = store.getState().stages.progress.stages['3'].prediction!;
    expect(recorded).toEqual({ metric: 'throughputRps', value: 100, actual: view!.summary!.throughputRps });
    expect(recorded.actual).toBeGreaterThan(0);
    const reloaded = createAppStore({ storage, stageChecker: inlineChecker });
    expect(reloaded.getState().stages.progress.stages['3'].prediction).toEqual(recorded);
    await store.getState().openStage('4');
    expect(store.getState().stages.prediction).toBeNull();
  });
});
