import { useStore, type StoreState } from '../../store';
import { summaryFigures, type SummaryFigure } from './summaryFigures';

const selectLatest = (s: StoreState) => s.live.latest;
const selectSummary = (s: StoreState) => s.live.summary;
const selectCost = (s: StoreState) => s.live.cost;

/** The numbers a learner watches (summaryFigures.ts says which). */
export function SummaryStrip() {
  const latest = useStore(selectLatest);
  const summary = useStore(selectSummary);
  const cost = useStore(selectCost);
  if (!summary) return <p className="summary-strip summary-strip--empty">Waiting for the first second of traffic…</p>;
  return <FigureList figures={summaryFigures(latest, summary, cost)} />;
}

/** Figures as the strip shows them (the audience window shows the presenter's this way too). */
export function FigureList({ figures, className = 'summary-strip', testId = 'summary-strip' }: { figures: readonly SummaryFigure[]; className?: string; testId?: string }) {
  return (
    <dl className={className} data-testid={testId}>
      {figures.map((f) => (
        <div key={f.label} className={`summary-figure${f.tone ? ` summary-figure--${f.tone}` : ''}`} data-testid={f.testId} title={f.title}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
