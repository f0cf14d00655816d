/**
 * Deploy a new version of a service during a run (docs/services.md): from a web server that has a
 * service (the whole service deploys) or from a balancer (every web server behind it). Like a
 * fault, it lasts for this run only; to script it, put the same entry in the design's scenario.
 */
import { Rocket } from 'lucide-react';
import { useCallback, useState, type FormEvent } from 'react';
import { DEPLOY_STRATEGIES, type DeployStrategy, type DesignNode } from '../../model';
import { DEPLOY_DEFAULTS, DEPLOY_LIMITS } from '../../model/deploys';
import type { SeriesPoint } from '../../engine/api';
import { store, useStore, type StoreState } from '../../store';
import './deploy.css';

const STRATEGY_TEXT: Record<DeployStrategy, { label: string; help: string }> = {
  rolling: { label: 'rolling', help: 'A batch at a time leaves, boots and returns: capacity dips while it boots.' },
  'blue-green': { label: 'blue/green', help: 'A second full set boots beside the old one, then all traffic switches: no dip, twice the servers while it boots.' },
  canary: { label: 'canary', help: 'One batch takes the new version and its share of traffic first; the rest follow after a 30 s watch.' },
};

/** What a deploy from this node covers: its service, or the servers behind a balancer; null when nothing. */
export function deployTargetOf(node: DesignNode): string | null {
  if (node.kind === 'web') return node.params.service !== '' ? node.params.service : null;
  return node.kind === 'loadBalancer' ? node.id : null;
}

/** The newest second with this target's deploy, in words: "Now" while it runs, "Last deploy" after. */
function deployStatus(points: readonly SeriesPoint[], target: string): string {
  for (let i = points.length - 1; i >= 0; i--) {
    const d = points[i].deploys?.[target];
    if (!d) continue;
    const when = i === points.length - 1 ? 'Now' : 'Last deploy';
    return `${when}: ${d.inService} of ${d.servers} servers in service, ${d.newVersion} on the new version${d.rollingBack ? ' (rolling back)' : ''}`;
  }
  return '';
}

export function DeployMenu({ node }: { node: DesignNode }) {
  const target = deployTargetOf(node);
  const status = useStore(useCallback((s: StoreState) => (target === null ? '' : deployStatus(s.series.points, target)), [target]));
  const [strategy, setStrategy] = useState<DeployStrategy>(DEPLOY_DEFAULTS.strategy);
  const [batch, setBatch] = useState(String(DEPLOY_DEFAULTS.batch));
  const [bootS, setBootS] = useState(String(DEPLOY_DEFAULTS.bootS));
  const [bad, setBad] = useState(false);
  const [problem, setProblem] = useState('');
  if (target === null) return null;

  const deploy = (e: FormEvent) => {
    e.preventDefault();
    const b = Number(batch);
    const boot = Number(bootS);
    if (batch.trim() === '' || !Number.isInteger(b) || b < DEPLOY_LIMITS.batch.min || b > DEPLOY_LIMITS.batch.max) {
      setProblem(`Servers at a time must be a whole number from ${DEPLOY_LIMITS.batch.min} to ${DEPLOY_LIMITS.batch.max}.`);
      return;
    }
    if (bootS.trim() === '' || !Number.isFinite(boot) || boot < DEPLOY_LIMITS.bootS.min || boot > DEPLOY_LIMITS.bootS.max) {
      setProblem(`Boot time must be from ${DEPLOY_LIMITS.bootS.min} to ${DEPLOY_LIMITS.bootS.max} s.`);
      return;
    }
    setProblem('');
    store.getState().injectFault({ tS: 0, action: 'deploy', target, strategy, batch: b, bootS: boot, bad });
  };

  return (
    <details className="fault-menu deploy-menu" data-testid="deploy-menu">
      <summary className="button" title={`Deploy a new version of ${target}`}><Rocket size={15} aria-hidden="true" /> Deploy</summary>
      <form className="fault-menu__form" onSubmit={deploy} noValidate>
        <p className="field__help">A new version of {node.kind === 'web' ? `every ${target} server` : `the servers behind ${target}`}, region by region.</p>
        <label>
          Strategy
          <select value={strategy} onChange={(e) => setStrategy(e.target.value as DeployStrategy)} data-testid="deploy-strategy">
            {DEPLOY_STRATEGIES.map((s) => <option key={s} value={s}>{STRATEGY_TEXT[s].label}</option>)}
          </select>
        </label>
        <p className="field__help">{STRATEGY_TEXT[strategy].help}</p>
        {strategy !== 'blue-green' && (
          <label>
            Servers at a time
            <input type="number" inputMode="numeric" value={batch} onChange={(e) => setBatch(e.target.value)} data-testid="deploy-batch"
              min={DEPLOY_LIMITS.batch.min} max={DEPLOY_LIMITS.batch.max} step={1} />
          </label>
        )}
        <label>
          Boot time (s)
          <input type="number" inputMode="decimal" value={bootS} onChange={(e) => setBootS(e.target.value)} data-testid="deploy-boot"
            min={DEPLOY_LIMITS.bootS.min} max={DEPLOY_LIMITS.bootS.max} step="any" />
        </label>
        <label className="field__toggle">
          <input type="checkbox" checked={bad} onChange={(e) => setBad(e.target.checked)} data-testid="deploy-bad" />
          <span>The new version is bad (fails 30% of its requests, 3× slower)</span>
        </label>
        {problem && <p className="fault-menu__problem" role="alert">{problem}</p>}
        <div className="fault-menu__buttons">
          <button type="submit" className="button button--primary" data-testid="deploy-apply">Deploy</button>
        </div>
      </form>
      {status && <p className="fault-menu__now" data-testid="deploy-now">{status}</p>}
    </details>
  );
}
