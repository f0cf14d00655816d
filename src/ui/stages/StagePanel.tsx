import { ArrowLeft, ArrowRight, CircleCheck, GraduationCap, ListChecks, Loader2, Play, Sparkles, X, Zap } from 'lucide-react';
import { useState } from 'react';
import { completion, isStagePassed, predictionText, STAGE_IDS, STAGES, stageBadge, stageById, type Stage } from '../../stages';
import { KIND_SPECS } from '../../model';
import { store, useStore, type StoreState } from '../../store';
import { formatCount, formatMs, formatPercent } from '../run/liveFormat';
import { isCustomStageId } from '../../stages/custom/compile';
import { CustomStageList } from './CustomStageList';
import { GoalList } from './GoalList';
import { PredictionField } from './PredictionField';
import { StageText } from './StageText';
import './stages.css';
import { LazyPart, retryableLazy } from '../common/LazyPart';

const selectStages = (s: StoreState) => s.stages;
// The form, its validation and its preview load when a teacher first opens it.
const StageForm = retryableLazy(() => import('./StageForm').then((m) => ({ default: m.StageForm })));

/** The guided stages beside the canvas: the list, or one stage with its text, goals and Check. */
export function StagePanel() {
  const { activeStageId, progress, custom } = useStore(selectStages);
  const [making, setMaking] = useState(false);
  const stage = activeStageId ? stageById(activeStageId) ?? custom.find((e) => e.stage.id === activeStageId)?.stage : undefined;
  const { passed, total } = completion(progress, STAGE_IDS);
  return (
    <aside className="stage-panel" aria-label="Guided stages" data-testid="stage-panel">
      <header className="stage-panel__header">
        <GraduationCap size={18} aria-hidden="true" />
        <h2 className="stage-panel__title">From one server to millions</h2>
        <span className="stage-panel__progress" data-testid="stage-progress">{passed} of {total} passed</span>
        <button type="button" className="icon-button" onClick={() => store.getState().setStagePanelOpen(false)} aria-label="Close the stages" title="Close the stages">
          <X size={16} />
        </button>
      </header>
      {making
        ? <LazyPart what="The stage form" fallback={<p className="stage-panel__body">Loading the form…</p>}><StageForm onClose={() => setMaking(false)} /></LazyPart>
        : stage ? <StageView stage={stage} /> : <StageList onMake={() => setMaking(true)} />}
    </aside>
  );
}

function StageList({ onMake }: { onMake: () => void }) {
  const progress = useStore((s: StoreState) => s.stages.progress);
  return (
    <div className="stage-panel__body">
      <p className="stage-panel__intro">The chapter’s steps, each a design to build and a load to survive, and two beyond it about partial faults. Opening a stage puts its starting design on the canvas (Undo brings yours back).</p>
      <StageItems stages={STAGES.filter((s) => !s.beyondChapter)} progress={progress} />
      <h3 className="stage-list__heading" data-testid="stage-list-beyond">Beyond the chapter</h3>
      <StageItems stages={STAGES.filter((s) => s.beyondChapter)} progress={progress} />
      <CustomStageList onMake={onMake} />
    </div>
  );
}

function StageItems({ stages, progress }: { stages: readonly Stage[]; progress: StoreState['stages']['progress'] }) {
  return (
    <ol className="stage-list">
      {stages.map((stage) => (
        <li key={stage.id}>
          <button type="button" className="stage-list__item" onClick={() => store.getState().openStage(stage.id, { loadStart: true })} data-testid={`stage-open-${stage.id}`}>
            <span className="stage-list__number">{stageBadge(stage.id)}</span>
            <span className="stage-list__text"><strong>{stage.title}</strong><span>{stage.summary}</span></span>
            {isStagePassed(progress, stage.id) && <CircleCheck size={18} className="stage-list__done" aria-label="passed" />}
          </button>
        </li>
      ))}
    </ol>
  );
}

function StageView({ stage }: { stage: Stage }) {
  const { checking, lastCheck, progress, custom, limit, limitMessage } = useStore(selectStages);
  const actions = store.getState();
  const isCustom = isCustomStageId(stage.id);
  // A teacher's stages step through their own list; the built-in ones through theirs.
  const ids = isCustom ? custom.map((e) => e.stage.id) : STAGE_IDS;
  const index = ids.indexOf(stage.id);
  const prev = ids[index - 1];
  const next = ids[index + 1];
  const hasSolution = !isCustom || custom.some((e) => e.stage.id === stage.id && e.def.solution !== undefined);
  const check = lastCheck?.stageId === stage.id ? lastCheck : null;
  const passedBefore = isStagePassed(progress, stage.id);

  return (
    <div className="stage-panel__body">
      <nav className="stage-nav" aria-label="Stage navigation">
        <button type="button" className="button button--small" onClick={actions.closeStage} data-testid="stage-all">
          <ListChecks size={15} aria-hidden="true" /> All stages
        </button>
        <span className="stage-nav__where" data-testid="stage-where">{isCustom ? `Teacher’s stage ${index + 1} of ${ids.length}` : `Stage ${stageBadge(stage.id)} of ${STAGE_IDS.length}`}{passedBefore && <CircleCheck size={15} className="stage-list__done" aria-label="passed" />}</span>
      </nav>
      <h3 className="stage-view__title" data-testid="stage-title">{stage.title}</h3>
      <p className="stage-view__summary">{stage.summary}</p>
      {stage.newKinds.length > 0 && (
        <p className="stage-view__new"><Sparkles size={14} aria-hidden="true" /> New here: {stage.newKinds.map((k) => KIND_SPECS[k].label).join(', ')} (highlighted in the palette)</p>
      )}
      <StageText text={stage.explanation} />

      <h4 className="stage-view__section">Your goals</h4>
      <p className="stage-view__note">Check runs {stage.check.durationS} s of traffic through the design on the canvas{stage.scenario.length > 0 ? ', with the faults this stage is about' : ''}.</p>
      {stage.scenario.length > 0 && (
        // Run alone plays the design's own faults only: this lets the learner watch the Check's live.
        <button type="button" className="button button--small stage-view__play-faults" onClick={() => void actions.playStageFaults()}
          title={`Adds this stage's faults to the Faults strip and runs the design, so you can watch them happen (${stage.scenario.map((f) => `${f.action} ${f.target} at ${f.tS} s`).join(', ')})`}
          data-testid="stage-play-faults">
          <Zap size={14} aria-hidden="true" /> Run it with these faults
        </button>
      )}
      <GoalList goals={stage.goals} results={check?.results.length ? check.results : null} />

      <PredictionField key={stage.id} />
      <div className="stage-view__check">
        <button type="button" className="button button--primary" onClick={() => void actions.checkActiveStage()} disabled={checking} data-testid="stage-check">
          {checking ? <Loader2 size={16} className="spin" aria-hidden="true" /> : <Play size={16} aria-hidden="true" />}
          {checking ? (limit ? 'Finding the highest load…' : 'Checking…') : 'Check my design'}
        </button>
        <div role="status" aria-live="polite" className="stage-view__verdict" data-testid="stage-verdict">
          {check?.error && <span className="verdict verdict--error">{check.error}</span>}
          {check && !check.error && (check.passed
            ? <span className="verdict verdict--passed">Passed: every goal met.</span>
            : <span className="verdict verdict--failed">{check.results.filter((r) => !r.passed).length} of {check.results.length} goals not met yet.</span>)}
        </div>
      </div>
      {check?.summary && (
        <p className="stage-view__numbers" data-testid="stage-numbers">
          {formatCount(check.summary.throughputRps)} rps · {formatPercent(check.summary.errorRate)} errors · p99 {formatMs(check.summary.p99Ms)} over {check.summary.durationS} s
        </p>
      )}
      {limit && (
        <div className="stage-view__limit" data-testid="stage-limit-progress">
          <progress max={limit.total} value={limit.done} aria-label="Loads of the sweep run" />{' '}
          <span>{limit.done} of {limit.total} loads</span>{' '}
          <button type="button" className="button button--small" onClick={actions.cancelHighestLoad} data-testid="stage-limit-cancel">Stop</button>
        </div>
      )}
      {limitMessage && <p className="stage-view__prediction-error" role="alert" data-testid="stage-limit-message">{limitMessage}</p>}
      {progress.stages[stage.id]?.prediction && (
        <p className="stage-view__numbers" data-testid="stage-prediction-result">{predictionText(progress.stages[stage.id].prediction!)}</p>
      )}
      {check && check.notes.length > 0 && (
        <ul className="stage-view__notes">{check.notes.map((n, i) => <li key={i}>{n.text}</li>)}</ul>
      )}

      <div className="stage-view__designs">
        <button type="button" className="button button--small" onClick={() => actions.loadStageDesign('start')} data-testid="stage-load-start">Starting design</button>
        {hasSolution && <button type="button" className="button button--small" onClick={() => actions.loadStageDesign('solution')} data-testid="stage-solution">Show solution</button>}
      </div>

      <footer className="stage-view__footer">
        <button type="button" className="button" disabled={!prev} onClick={() => prev && actions.openStage(prev, { loadStart: true })} data-testid="stage-prev">
          <ArrowLeft size={15} aria-hidden="true" /> Previous
        </button>
        <button type="button" className={`button${check?.passed ? ' button--primary' : ''}`} disabled={!next} onClick={() => next && actions.openStage(next, { loadStart: true })} data-testid="stage-next">
          Next stage <ArrowRight size={15} aria-hidden="true" />
        </button>
      </footer>
    </div>
  );
}
