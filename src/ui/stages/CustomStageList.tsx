import { FileUp, PenLine, Trash2 } from 'lucide-react';
import { useRef } from 'react';
import { isStagePassed } from '../../stages';
import { store, useStore, type StoreState } from '../../store';
import { CircleCheck } from 'lucide-react';

const selectCustom = (s: StoreState) => s.stages.custom;
const selectProgress = (s: StoreState) => s.stages.progress;

/** Refuses files far larger than any stage before reading them into memory. */
const MAX_FILE_BYTES = 8_000_000;

async function openStageFile(file: File): Promise<void> {
  const name = `“${file.name}”`;
  if (file.size > MAX_FILE_BYTES) {
    store.getState().showBanner({ tone: 'error', title: `${name} could not be opened as a stage. Your design is unchanged.`, details: [`It is ${Math.round(file.size / 1_000_000)} MB; a stage file is at most a few MB.`] });
    return;
  }
  try {
    await store.getState().openCourseText(await file.text(), name);
  } catch {
    store.getState().showBanner({ tone: 'error', title: `${name} could not be read.`, details: ['The browser could not read the file.'] });
  }
}

/** Teachers' stages under the built-in ones: open, remove, open a stage file, or make one. */
export function CustomStageList({ onMake }: { onMake: () => void }) {
  const custom = useStore(selectCustom);
  const progress = useStore(selectProgress);
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="custom-stages" aria-label="Teachers’ stages">
      <h3 className="custom-stages__title">Teachers’ stages</h3>
      {custom.length === 0 && <p className="stage-panel__intro">A stage a teacher shares opens here, from a link or a stage file.</p>}
      <ol className="stage-list" data-testid="custom-stage-list">
        {custom.map(({ stage }) => (
          <li key={stage.id} className="custom-stages__row">
            <button type="button" className="stage-list__item" onClick={() => store.getState().openStage(stage.id, { loadStart: true })} data-testid="custom-stage-open">
              <span className="stage-list__text"><strong>{stage.title}</strong><span>{stage.summary}</span></span>
              {isStagePassed(progress, stage.id) && <CircleCheck size={18} className="stage-list__done" aria-label="passed" />}
            </button>
            <button type="button" className="icon-button" onClick={() => store.getState().removeCustomStage(stage.id)} aria-label={`Remove “${stage.title}”`} title="Remove this stage">
              <Trash2 size={15} />
            </button>
          </li>
        ))}
      </ol>
      <div className="custom-stages__actions">
        <button type="button" className="button button--small" onClick={() => input.current?.click()} data-testid="stage-file-open">
          <FileUp size={15} aria-hidden="true" /> Open a stage file…
        </button>
        <button type="button" className="button button--small" onClick={onMake} data-testid="stage-make">
          <PenLine size={15} aria-hidden="true" /> Make a stage
        </button>
        <input
          ref={input} type="file" accept=".json,application/json" hidden data-testid="stage-file-input"
          onChange={(e) => { const file = e.target.files?.[0]; e.target.value = ''; if (file) void openStageFile(file); }}
        />
      </div>
    </section>
  );
}
