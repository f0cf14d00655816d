import { describe, expect, it } from 'vitest';
import { demoForStage, scriptFaults } from '../../../src/classroom';
import { parseDemoScript } from '../../../src/classroom/parseScript';
import { runDesign } from '../../../src/engine';
import { evolve } from '../../../src/stages/build';
import { checkStage } from '../../../src/stages/check';
import { stageById } from '../../../src/stages';

/** Stage 10, part two: a bad canary in the Check, rolled back by monitoring or only by a person. */
describe('stage 10 "Logs, metrics and automation": the bad canary', () => {
  const stage = stageById('10')!;
  const canary = stage.scenario.find((f) => f.action === 'deploy')!;
  const failed = (r: ReturnType<typeof checkStage>) => r.results.filter((g) => !g.passed).map((g) => g.goal.type);

  it('the Check deploys a bad canary before it kills the primary', () => {
    expect(canary).toMatchObject({ action: 'deploy', strategy: 'canary', bad: true });
    expect(stage.scenario.find((f) => f.action === 'kill')!.tS).toBeGreaterThan(canary.tS);
  });

  it('without monitoring the bad version serves to the end of the run, and the rollback goal fails because of it', () => {
    const r = checkStage(stage, stage.start);
    const rep = r.report!;
    const [deploy] = rep.deploys!;
    console.info('start: badVersion errors', rep.summary.errorsByCause.badVersion, 'of', rep.summary.errors, 'errors; error rate', rep.summary.errorRate);
    expect(deploy).toMatchObject({ bad: true, outcome: 'running' });
    expect(deploy.rolledBackS).toBeUndefined();
    expect(failed(r)).toEqual(expect.arrayContaining(['rollback', 'errorRate']));
    expect(r.results.find((g) => g.goal.type === 'rollback')!.message).toContain('still in service when the run ended');
    // The bad version alone fails more than the 2% the errorRate goal allows.
    expect(rep.summary.errorsByCause.badVersion! / rep.summary.requests).toBeGreaterThan(0.02);
  });

  it('with monitoring the canary is rolled back within its alert window, and every goal passes', () => {
    const r = checkStage(stage, stage.solution);
    const rep = r.report!;
    const [deploy] = rep.deploys!;
    console.info('solution: deploy', JSON.stringify(deploy), 'badVersion errors', rep.summary.errorsByCause.badVersion);
    expect(r.passed).toBe(true);
    expect(deploy).toMatchObject({ outcome: 'rolled back', rolledBackBy: 'monitoring' });
    // The canary takes traffic once it has booted; monitoring looks every second and acts in the first one above the threshold.
    const tookTrafficS = canary.tS + (canary.action === 'deploy' ? canary.bootS : 0);
    expect(deploy.rolledBackS! - tookTrafficS).toBeLessThanOrEqual(2);
    expect(rep.summary.errorsByCause.badVersion! * 20).toBeLessThan(checkStage(stage, stage.start).report!.summary.errorsByCause.badVersion!);
  });

  it('each automation is taught by its own goal: auto-failover alone misses the rollback, auto-rollback alone misses the failover', () => {
    const failoverOnly = checkStage(stage, evolve(stage.solution, { name: 'no rollback', params: { monitoring: { autoRollback: false } } }));
    expect(failed(failoverOnly)).toContain('rollback');
    expect(failed(failoverOnly)).not.toContain('hasKind');
    const rollbackOnly = checkStage(stage, evolve(stage.solution, { name: 'no failover', params: { monitoring: { autoFailover: false } } }));
    expect(failed(rollbackOnly)).not.toContain('rollback');
    expect(failed(rollbackOnly)).toEqual(expect.arrayContaining(['hasKind', 'outage']));
  });

  it('the classroom script plays the same bad canary on the solution', () => {
    const demo = demoForStage('10')!;
    const parsed = parseDemoScript(demo.script, demo.design);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(scriptFaults(demo.script)).toEqual(expect.arrayContaining([canary]));
    // Its step at 10 s says monitoring rolled the canary back a second after it took traffic, and that server boots the old version: the engine agrees.
    const run = runDesign({ ...demo.design, scenario: scriptFaults(demo.script) }, { durationS: 40, seed: 10 });
    const rollback = run.events.find((e) => e.text.startsWith('auto-rollback of lb'))!;
    expect(rollback.tMs).toBeLessThanOrEqual(9_000);
    expect(run.events.find((e) => e.text.startsWith('rollback of lb done'))!.tMs).toBeGreaterThan(10_000);
  });
});
