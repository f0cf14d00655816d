/** Predictions before a Check: parsed with a clear refusal, scored against the Check, kept with progress. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runSweepPoint } from '../../../src/analysis/sweep';
import { planSweep, summarizeSweep } from '../../../src/analysis/sweepPlan';
import { runDesign } from '../../../src/engine';
import {
  decodeProgress, emptyProgress, hitRatioSource, parsePrediction, predictionMetricsFor, predictionText, recordCheck, recordPrediction, stageById, STAGE_IDS,
} from '../../../src/stages';
import { stageLoadTargets } from '../../../src/store/stageLimit';
import { runStageCheck } from '../../../src/stages/runCheck';
import { createAppStore, memoryStorage, type StageChecker } from '../../../src/store';
import { inlineSweepRunner, type SweepRunner } from '../../../src/store/sweepRunner';
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

describe('predicting the hit ratio and the highest load', () => {
  it('reads both in range, offers the hit ratio only with a cache or a CDN, and says whose it is', () => {
    expect(parsePrediction('hitRatioPct', '72.5')).toEqual({ ok: true, prediction: { metric: 'hitRatioPct', value: 72.5 } });
    const over = parsePrediction('hitRatioPct', '120');
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error).toBe('A prediction of hit ratio is a number of % from 0 to 100.');
    expect(parsePrediction('highestLoadRps', '1,500')).toEqual({ ok: true, prediction: { metric: 'highestLoadRps', value: 1500 } });
    expect(parsePrediction('highestLoadRps', '-1').ok).toBe(false);
    expect(predictionMetricsFor(stageById('4')!.solution)).not.toContain('hitRatioPct');
    expect(predictionMetricsFor(stageById('5')!.solution)).toContain('hitRatioPct');
    expect(predictionMetricsFor(stageById('5')!.solution)).toContain('highestLoadRps');
    expect(hitRatioSource(stageById('5')!.solution)).toBe('cache');
    expect(hitRatioSource(stageById('6')!.solution)).toBe(stageById('6')!.solution.nodes.some((n) => n.kind === 'cache') ? 'cache' : 'cdn');
    expect(hitRatioSource(stageById('1')!.solution)).toBeNull();
  });

  it('reads the stage’s targets: its p99 and error goals, the sweep’s defaults for the rest', () => {
    expect(stageLoadTargets([])).toEqual({ p99Ms: 500, errorRate: 0.01 });
    expect(stageLoadTargets([{ type: 'p99', maxMs: 250, label: '', hint: '' }, { type: 'p99', maxMs: 300, label: '', hint: '' }, { type: 'errorRate', max: 0.02, label: '', hint: '' }]))
      .toEqual({ p99Ms: 250, errorRate: 0.02 });
  });

  it('says how close: points for the hit ratio, a ratio to the knee within ±25% for the highest load', () => {
    expect(predictionText({ metric: 'hitRatioPct', value: 70, actual: 73.2, of: 'cache' })).toBe('You predicted cache hit ratio 70 %; the Check measured 73.2 %: within 5 points, close.');
    expect(predictionText({ metric: 'hitRatioPct', value: 90, actual: 61, of: 'cdn' })).toBe('You predicted CDN hit ratio 90 %; the Check measured 61 %: 29 points too high.');
    expect(predictionText({ metric: 'hitRatioPct', value: 50, actual: null, of: 'cache' })).toContain('no cache lookups');
    const targets = { p99Ms: 500, errorRate: 0.01 };
    expect(predictionText({ metric: 'highestLoadRps', value: 500, actual: 555.8, targets }))
      .toBe('You predicted the highest load 500 req/s; the load sweep found 556 req/s (p99 under 500 ms and under 1% failing): 0.9× that, within ±25%, close.');
    expect(predictionText({ metric: 'highestLoadRps', value: 2000, actual: 555.8, targets })).toContain('3.6× that, outside ±25%, too high.');
    expect(predictionText({ metric: 'highestLoadRps', value: 100, actual: 555.8, targets })).toContain('outside ±25%, too low.');
    expect(predictionText({ metric: 'highestLoadRps', value: 100, actual: null, targets })).toContain('no load met the targets');
    expect(predictionText({ metric: 'highestLoadRps', value: 9000, actual: 6000, targets, limitAbove: true })).toContain('so the limit is higher: consistent with your prediction.');
  });

  it('keeps the new kinds with progress, null figures and targets too', () => {
    let p = recordCheck(emptyProgress(), '5', { passed: true, results: [{ passed: true }] });
    p = recordPrediction(p, '5', { metric: 'highestLoadRps', value: 800, actual: null, targets: { p99Ms: 500, errorRate: 0.01 } });
    expect(decodeProgress(JSON.parse(JSON.stringify(p)), STAGE_IDS).stages['5'].prediction).toEqual({ metric: 'highestLoadRps', value: 800, actual: null, targets: { p99Ms: 500, errorRate: 0.01 } });
    p = recordPrediction(p, '5', { metric: 'hitRatioPct', value: 80, actual: 71.5, of: 'cdn' });
    expect(decodeProgress(JSON.parse(JSON.stringify(p)), STAGE_IDS).stages['5'].prediction).toEqual({ metric: 'hitRatioPct', value: 80, actual: 71.5, of: 'cdn' });
  });

  it('the Check reports the run’s hit ratio, and the prediction is scored on it', async () => {
    const stage = stageById('5')!;
    const store = createAppStore({ storage: memoryStorage(), stageChecker: inlineChecker });
    await store.getState().openStage('5');
    store.getState().loadDesign(stage.solution);
    store.getState().setPrediction({ metric: 'hitRatioPct', value: 75 });
    const view = await store.getState().checkActiveStage();
    const report = runStageCheck(stage, stage.solution, { runDesign });
    expect(report.report!.summary.cacheHitRatio).toBeGreaterThan(0.5);
    expect(view!.summary!.cacheHitRatio).toBe(report.report!.summary.cacheHitRatio);
    expect(store.getState().stages.progress.stages['5'].prediction).toEqual({ metric: 'hitRatioPct', value: 75, actual: report.report!.summary.cacheHitRatio! * 100, of: 'cache' });
  }, 60_000);

  it('a highest-load prediction sweeps after the Check, counts the loads, and scores against a direct sweep’s knee', async () => {
    const stage = stageById('5')!;
    const storage = memoryStorage();
    const store = createAppStore({ storage, stageChecker: inlineChecker, sweepRunner: inlineSweepRunner });
    await store.getState().openStage('5');
    store.getState().loadDesign(stage.solution);
    store.getState().setPrediction({ metric: 'highestLoadRps', value: 500 });
    const seen: string[] = [];
    const unsubscribe = store.subscribe((s) => { const l = s.stages.limit; const key = l ? `${l.done}/${l.total}` : 'none'; if (seen.at(-1) !== key) seen.push(key); });
    await store.getState().checkActiveStage();
    unsubscribe();
    expect(seen).toEqual(['none', ...Array.from({ length: 13 }, (_, i) => `${i}/12`), 'none']);
    const plan = planSweep(store.getState().design);
    if (!plan.ok) throw new Error(plan.error);
    const direct = summarizeSweep(plan.tasks.map(runSweepPoint), stageLoadTargets(stage.goals)).knee;
    expect(direct.rps).toBeGreaterThan(0);
    const recorded = store.getState().stages.progress.stages['5'].prediction!;
    expect(recorded).toEqual({ metric: 'highestLoadRps', value: 500, actual: direct.rps, targets: { p99Ms: 500, errorRate: 0.01 } });
    expect(store.getState().stages).toMatchObject({ checking: false, limit: null, limitMessage: null });
    expect(createAppStore({ storage }).getState().stages.progress.stages['5'].prediction).toEqual(recorded);
  }, 120_000);

  it('Stop ends the sweep with a message and keeps the Check; without that prediction no sweep runs', async () => {
    let swept = 0;
    const counting: SweepRunner = (tasks, onPoint, signal) => { swept++; return inlineSweepRunner(tasks.map((t) => ({ ...t, seconds: 2 })), onPoint, signal); };
    const store = createAppStore({ storage: memoryStorage(), stageChecker: inlineChecker, sweepRunner: counting });
    await store.getState().openStage('3', { loadStart: true });
    store.getState().setPrediction({ metric: 'p99Ms', value: 100 });
    await store.getState().checkActiveStage();
    expect(swept).toBe(0);
    expect(store.getState().stages.progress.stages['3'].prediction!.metric).toBe('p99Ms');
    store.getState().setPrediction({ metric: 'highestLoadRps', value: 100 });
    const unsubscribe = store.subscribe((s) => { if (s.stages.limit?.done === 2) s.cancelHighestLoad(); });
    const view = await store.getState().checkActiveStage();
    unsubscribe();
    expect(swept).toBe(1);
    expect(store.getState().stages.lastCheck).toEqual(view);
    expect(store.getState().stages).toMatchObject({ checking: false, limit: null, limitMessage: 'Stopped: the highest load was not measured.' });
    // The newest Check had no figure to score, so no prediction stands beside it.
    expect(store.getState().stages.progress.stages['3'].prediction).toBeUndefined();
    expect(store.getState().stages.progress.stages['3'].checks).toBe(2);
  }, 60_000);
});
