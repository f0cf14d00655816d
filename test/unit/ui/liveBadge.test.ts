import { describe, expect, it } from 'vitest';
import { advance, createSimulation, takeFrame } from '../../../src/engine';
import type { Design, DesignNode } from '../../../src/model';
import { badgeText } from '../../../src/ui/canvas/LiveBadge';
import { design } from '../engine/helpers';

/** Users → balancer → two api web servers. */
function apiPair(): Design {
  const webs = ['api-1', 'api-2'].map((id) => ({ id, kind: 'web' as const, params: { service: 'api', workers: 8, serviceMs: 10 } }));
  const nodes = [
    { id: 'users', kind: 'client', params: { rps: 100, mix: { static: 0, read: 1, write: 0, job: 0 } } },
    { id: 'lb', kind: 'loadBalancer', params: { healthCheckS: 1 } },
    ...webs,
  ] as Partial<DesignNode>[];
  return design(nodes as never, [['users', 'lb'], ['lb', 'api-1'], ['lb', 'api-2']], { durationS: 60 });
}

describe('the badge of a node out of service', () => {
  it('says why when the run knows: a server booting in a rolling deploy', () => {
    const sim = createSimulation(apiPair(), { seed: 1, scenario: [{ tS: 5, action: 'deploy', target: 'api', strategy: 'rolling', batch: 1, bootS: 10, bad: false }] });
    advance(sim, 8_000);
    const frame = takeFrame(sim);
    const booting = Object.entries(frame.nodes).filter(([, live]) => live.down);
    expect(booting).toHaveLength(1);
    expect(badgeText('web', booting[0][1])).toBe('down · booting the new version');
  });

  it('puts the deploy first, before the faults it may be rolled back from (a badge has room for few words)', () => {
    const slow = (target: string) => ({ tS: 2, action: 'slow' as const, target, factor: 3 });
    const sim = createSimulation(apiPair(), { seed: 1, scenario: [slow('api-1'), slow('api-2'), { tS: 5, action: 'deploy', target: 'api', strategy: 'rolling', batch: 1, bootS: 10, bad: false }] });
    advance(sim, 8_000);
    const booting = Object.values(takeFrame(sim).nodes).filter((live) => live.down);
    expect(booting).toHaveLength(1);
    expect(badgeText('web', booting[0])).toBe('down · booting the new version · slow ×3');
  });

  it('is just "down" for a killed node', () => {
    const sim = createSimulation(apiPair(), { seed: 1, scenario: [{ tS: 2, action: 'kill', target: 'api-2' }] });
    advance(sim, 4_000);
    expect(badgeText('web', takeFrame(sim).nodes['api-2'])).toBe('down');
  });
});
