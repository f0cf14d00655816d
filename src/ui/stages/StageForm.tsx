import { ArrowLeft, Download, Link2, Loader2, Play } from 'lucide-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { compileStage, courseUrl, decodeCourse, serializeCourse, type Course } from '../../stages/custom';
import { store, type StageCheckView } from '../../store';
import { downloadFile } from '../export/download';
import { FaultRows, GoalRows } from './GoalRows';
import { draftToFile, newDraft, type StageDraft } from './stageDraft';

type Preview = { start: StageCheckView; solution: StageCheckView | null } | 'running' | null;

const verdict = (v: StageCheckView, want: 'fail' | 'pass'): string => {
  if (v.error) return v.error;
  const missed = v.results.filter((r) => !r.passed).length;
  const said = v.passed ? 'meets every goal' : `misses ${missed} of ${v.results.length} goals`;
  const good = (want === 'pass') === v.passed;
  return `${said}${good ? '' : want === 'fail' ? ' — a start that already passes teaches nothing' : ' — the solution should pass'}.`;
};

/**
 * Make a stage: from the design on the canvas, a teacher writes the text, picks goals and faults,
 * and gets a link and a file. Every keystroke is checked by the same decoder a link goes through,
 * so what the form accepts is exactly what opens for the learner.
 */
export function StageForm({ onClose }: { onClose: () => void }) {
  const [draft, setDraft] = useState<StageDraft>(() => newDraft(store.getState().design));
  const [preview, setPreview] = useState<Preview>(null);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const checked = useDeferredValue(draft);
  const result = useMemo(() => decodeCourse(draftToFile(checked)), [checked]);
  const course: Course | null = result.ok ? result.value : null;
  const change = (patch: Partial<StageDraft>) => { setDraft((d) => ({ ...d, ...patch })); setPreview(null); setShareUrl(null); };
  const text = (field: 'id' | 'title' | 'summary' | 'durationS' | 'seed') => ({
    value: draft[field], onChange: (e: { target: { value: string } }) => change({ [field]: e.target.value }), 'data-testid': `form-${field}`,
  });

  const runPreview = async () => {
    if (!course) return;
    setPreview('running');
    const def = course.stages[0];
    setPreview(await store.getState().previewStage(compileStage(def), def.solution !== undefined));
  };
  const share = () => {
    if (!course) return;
    const url = courseUrl(window.location.href, course);
    setShareUrl(url);
    void navigator.clipboard?.writeText(url).catch(() => { /* the link stays selectable below */ });
  };

  return (
    <div className="stage-panel__body stage-form" data-testid="stage-form">
      <button type="button" className="button button--small" onClick={onClose}><ArrowLeft size={15} aria-hidden="true" /> Back to the stages</button>
      <h3 className="stage-view__title">Make a stage</h3>
      <p className="stage-view__note">The starting design is the canvas as it was when you opened this form. Build the answer on the canvas, then keep it as the solution.</p>
      <label>Title<input {...text('title')} /></label>
      <label>Id (progress is kept under it)<input {...text('id')} /></label>
      <label>Summary<input {...text('summary')} /></label>
      <label>Explanation (paragraphs, - lists, **bold**, `code`)
        <textarea rows={5} value={draft.explanation} onChange={(e) => change({ explanation: e.target.value })} data-testid="form-explanation" />
      </label>
      <div className="stage-form__designs">
        <span>Start: “{draft.start.name}”, {draft.start.nodes.length} components</span>
        <button type="button" className="button button--small" onClick={() => change({ start: store.getState().design })} data-testid="form-use-start">Use the canvas as the start</button>
        <span data-testid="form-solution-state">Solution: {draft.solution ? `“${draft.solution.name}”, ${draft.solution.nodes.length} components` : 'none'}</span>
        <button type="button" className="button button--small" onClick={() => change({ solution: store.getState().design })} data-testid="form-use-solution">Use the canvas as the solution</button>
        {draft.solution && <button type="button" className="button button--small" onClick={() => change({ solution: null })}>No solution</button>}
      </div>
      <h4 className="stage-view__section">Goals</h4>
      <GoalRows goals={draft.goals} onChange={(goals) => change({ goals })} />
      <h4 className="stage-view__section">Faults the Check injects</h4>
      <FaultRows faults={draft.faults} onChange={(faults) => change({ faults })} />
      <div className="stage-form__check">
        <label>Check length (s)<input {...text('durationS')} inputMode="numeric" /></label>
        <label>Seed<input {...text('seed')} inputMode="numeric" /></label>
      </div>
      <label>Classroom script, one step a line (<code>15 kill web-1: Now web-1 crashes. // a note only you see</code>)
        <textarea rows={3} value={draft.script} onChange={(e) => change({ script: e.target.value })} data-testid="form-script" />
      </label>

      <div role="status" aria-live="polite" data-testid="form-validation">
        {result.ok
          ? <p className="verdict verdict--passed">Ready: the stage is valid.</p>
          : <ul className="stage-form__errors">{result.errors.slice(0, 8).map((e, i) => <li key={i}>{e}</li>)}</ul>}
      </div>
      <div className="stage-view__check">
        <button type="button" className="button" disabled={!course || preview === 'running'} onClick={() => void runPreview()} data-testid="form-preview">
          {preview === 'running' ? <Loader2 size={16} className="spin" aria-hidden="true" /> : <Play size={16} aria-hidden="true" />} Preview the Check
        </button>
        <button type="button" className="button" disabled={!course} onClick={share} data-testid="form-share"><Link2 size={16} aria-hidden="true" /> Share link</button>
        <button type="button" className="button" disabled={!course} onClick={() => course && downloadFile(`${course.stages[0].id}.json`, serializeCourse(course), 'application/json')} data-testid="form-download">
          <Download size={16} aria-hidden="true" /> Download JSON
        </button>
        <button type="button" className="button button--primary" disabled={!course} onClick={() => { if (course) { store.getState().addCourse(course, 'the form'); onClose(); } }} data-testid="form-try">Try it</button>
      </div>
      {preview && preview !== 'running' && (
        <ul className="stage-view__notes" data-testid="form-preview-result">
          <li data-testid="form-preview-start" data-passed={preview.start.passed}>The start {verdict(preview.start, 'fail')}</li>
          {preview.solution && <li data-testid="form-preview-solution" data-passed={preview.solution.passed}>The solution {verdict(preview.solution, 'pass')}</li>}
        </ul>
      )}
      {shareUrl && <input className="stage-form__link" readOnly value={shareUrl} onFocus={(e) => e.target.select()} aria-label="The stage’s link" data-testid="form-share-url" />}
    </div>
  );
}
