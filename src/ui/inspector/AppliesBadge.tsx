import type { Applies } from '../../model';
import './applies.css';

const TEXT: Record<Applies, { label: string; title: string }> = {
  live: { label: 'live', title: 'During a run, a change takes effect at once, at the current simulated time.' },
  restart: { label: 'restarts run', title: 'The simulation reads this only when a run starts: during a run, a change restarts it from 0 s.' },
};

/** Says beside a field whether editing it during a run changes the running simulation or restarts it. */
export function AppliesBadge({ applies, path }: { applies: Applies; path: string }) {
  const { label, title } = TEXT[applies];
  return <span className={`field__applies field__applies--${applies}`} title={title} data-testid={`applies-${path}`}>{label}</span>;
}
