import { describe, expect, it } from 'vitest';
import { deployedServers } from '../../../src/model/deploys';
import { decodeDesign, decodeDesignPayload } from '../../../src/model/decoding';
import { encodeDesignPayload } from '../../../src/model/shareLink';
import { faultFlag, parseArgs } from '../../../src/cli/args';

const nodes = [
  { id: 'users', kind: 'client' },
  { id: 'lb', kind: 'loadBalancer' },
  { id: 'api-1', kind: 'web', params: { service: 'api' } },
  { id: 'api-2', kind: 'web', params: { service: 'api' } },
  { id: 'shared', kind: 'web' },
];
const edges = [['users', 'lb'], ['lb', 'api-1'], ['lb', 'api-2'], ['lb', 'shared']].map(([source, target], i) => ({ id: `e${i}`, source, target }));
const withScenario = (scenario: unknown[], version = 3) => decodeDesign({ version, nodes, edges, scenario });

describe('a deploy in the scenario', () => {
  it('reads the issue\'s form, and fills strategy, batch, boot time and bad from the defaults', () => {
    const full = { tS: 20, action: 'deploy', target: 'api', strategy: 'canary', batch: 1, bootS: 10, bad: true };
    const r = withScenario([full, { tS: 40, action: 'deploy', target: 'lb' }]);
    expect(r.ok && r.value.scenario).toEqual([full, { tS: 40, action: 'deploy', target: 'lb', strategy: 'rolling', batch: 1, bootS: 10, bad: false }]);
  });

  it('covers a service\'s servers, or every web server behind a balancer', () => {
    const r = withScenario([]);
    if (!r.ok) throw new Error(r.errors.join());
    expect(deployedServers(r.value.nodes, r.value.edges, 'api').map((n) => n.id)).toEqual(['api-1', 'api-2']);
    expect(deployedServers(r.value.nodes, r.value.edges, 'lb').map((n) => n.id)).toEqual(['api-1', 'api-2', 'shared']);
  });

  it.each([
    [{ target: 'feed' }, 'no web server belongs to service "feed"'],
    [{ target: 'users' }, '"users" is a client'],
    [{ target: 'nowhere' }, 'target "nowhere" is neither a service'],
    [{ target: 'api', strategy: 'big-bang' }, 'strategy must be one of rolling, blue-green, canary'],
    [{ target: 'api', batch: 0 }, 'batch must be from 1 to 100'],
    [{ target: 'api', batch: 1.5 }, 'batch must be a whole number'],
    [{ target: 'api', bootS: -1 }, 'bootS must be from 0 to 600'],
    [{ target: 'api', bad: 'yes' }, 'bad must be true or false'],
    [{ target: 'api', colour: 'blue' }, 'colour'],
  ])('refuses %j, saying why', (fields, message) => {
    const r = withScenario([{ tS: 5, action: 'deploy', ...fields }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join(' ')).toContain(message);
  });

  it('a version-2 file (before deploys) opens the same, silently', () => {
    const r = withScenario([{ tS: 5, action: 'kill', target: 'api-1' }], 2);
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && r.value.version).toBe(3);
  });

  it('travels in a share link unchanged', () => {
    const r = withScenario([{ tS: 20, action: 'deploy', target: 'api', strategy: 'blue-green', batch: 2, bootS: 30, bad: false }]);
    if (!r.ok) throw new Error(r.errors.join());
    const back = decodeDesignPayload(encodeDesignPayload(r.value));
    expect(back.ok && back.value.scenario).toEqual(r.value.scenario);
  });
});

describe('--fault deploy', () => {
  it('reads deploy:target@t with comma-separated options, and writes the same form back', () => {
    const r = parseArgs(['d.json', '--fault', 'deploy:api@20', '--fault', 'deploy:api@40:canary,batch=2,boot=5,bad']);
    if (!r.ok) throw new Error(r.error);
    expect(r.args.faults).toEqual([
      { tS: 20, action: 'deploy', target: 'api', strategy: 'rolling', batch: 1, bootS: 10, bad: false },
      { tS: 40, action: 'deploy', target: 'api', strategy: 'canary', batch: 2, bootS: 5, bad: true },
    ]);
    expect(faultFlag(r.args.faults[1])).toBe('--fault deploy:api@40:canary,batch=2,boot=5,bad');
  });

  it('refuses an unknown option or a bad value with the reason', () => {
    const err = (flag: string) => { const r = parseArgs(['d.json', '--fault', flag]); return r.ok ? '' : r.error; };
    expect(err('deploy:api@20:fast')).toContain('strategy must be one of rolling, blue-green, canary');
    expect(err('deploy:api@20:speed=3')).toContain('"speed=3" is none of them');
    expect(err('deploy:api@20:batch=0')).toContain('batch must be from 1 to 100');
  });
});

describe('a deploy in a classroom script', () => {
  it('parses against the design, becomes a scenario deploy, and names a missing service', async () => {
    const { parseDemoScript } = await import('../../../src/classroom/parseScript');
    const { describeAction, scriptFaults } = await import('../../../src/classroom');
    const r = withScenario([]);
    if (!r.ok) throw new Error(r.errors.join());
    const script = { title: 'deploy', steps: [{ tS: 10, say: 'a bad canary', action: { deploy: 'api', strategy: 'canary', bad: true } }, { tS: 20, say: 'again' }] };
    const parsed = parseDemoScript(script, r.value);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    expect(describeAction(parsed.value.steps[0].action!)).toBe('deploy api (canary, bad version)');
    expect(scriptFaults(parsed.value)).toEqual([{ tS: 10, action: 'deploy', target: 'api', strategy: 'canary', batch: 1, bootS: 10, bad: true }]);
    const missing = parseDemoScript({ title: 'x', steps: [{ tS: 5, say: 'feed', action: { deploy: 'feed' } }] }, r.value);
    expect(missing.ok ? [] : missing.errors.join(' ')).toContain('no web server belongs to service "feed"');
  });
});
