import { describe, expect, it } from 'vitest';
import { depthFromUsers, findBottleneck } from '../../../src/analysis/bottleneck';
import type { NodeReport, RunReport } from '../../../src/engine';
import { design, READS_ONLY } from '../engine/helpers';

const chain = design(
  [
    { id: 'users', kind: 'client', params: { mix: READS_ONLY } },
    { id: 'web', kind: 'web' },
    { id: 'db', kind: 'database' },
  ],
  [['users', 'web'], ['web', 'db']],
);

const reportWith = (nodes: Record<string, Partial<NodeReport>>, errors = 0): RunReport => ({
  summary: { errors } as RunReport['summary'],
  nodes: Object.fromEntries(Object.entries(nodes).map(([id, n]) => [id, { kind: 'web', utilization: 0, queueLengthMean: 0, served: 1, errors: 0, ...n }])),
  shards: {}, spof: [], events: [], series: [],
  cost: { hourlyUsd: 0, monthlyUsd: 0, perMillionRequestsUsd: 0, byNode: {} },
});

describe('bottleneck', () => {
  it('counts hops from the users', () => {
    expect(Object.fromEntries(depthFromUsers(chain))).toEqual({ users: 0, web: 1, db: 2 });
  });
  it('names the busiest saturated node, the upstream one when equally busy', () => {
    expect(findBottleneck(chain, reportWith({ web: { utilization: 0.95 }, db: { utilization: 1 } }))).toEqual({ id: 'db', utilization: 1, why: 'saturated' });
    expect(findBottleneck(chain, reportWith({ web: { utilization: 0.998 }, db: { utilization: 1 } }))).toMatchObject({ id: 'web' });
  });
  it('names where requests failed when nothing is saturated, else the busiest node', () => {
    expect(findBottleneck(chain, reportWith({ web: { utilization: 0.5 }, db: { utilization: 0.2, errors: 30 } }, 30))).toEqual({ id: 'db', utilization: 0.2, why: 'errors' });
    expect(findBottleneck(chain, reportWith({ web: { utilization: 0.5 }, db: { utilization: 0.2 } }))).toEqual({ id: 'web', utilization: 0.5, why: 'busiest' });
    expect(findBottleneck(chain, reportWith({}))).toBeNull();
  });
  it('does not take a full queue for a busy server', () => {
    expect(findBottleneck(chain, reportWith({ web: { utilization: 0.6 }, q: { kind: 'queue', utilization: 1 } }))).toMatchObject({ id: 'web', why: 'busiest' });
  });
});
