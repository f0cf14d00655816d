import { CircleCheck, CircleDashed, CircleX } from 'lucide-react';
import type { Goal, GoalResult } from '../../stages';

/** The stage's goals: labels before a Check, verdicts with the measured value and a hint after. */
export function GoalList({ goals, results }: { goals: readonly Goal[]; results: readonly GoalResult[] | null }) {
  return (
    <ul className="goal-list" data-testid="goal-list">
      {goals.map((goal, i) => {
        const result = results?.[i];
        const state = result ? (result.passed ? 'passed' : 'failed') : 'pending';
        return (
          <li key={i} className={`goal goal--${state}`} data-testid="goal" data-state={state}>
            <span className="goal__icon" aria-hidden="true">
              {state === 'passed' ? <CircleCheck size={18} /> : state === 'failed' ? <CircleX size={18} /> : <CircleDashed size={18} />}
            </span>
            <div className="goal__body">
              <span className="goal__label">
                <span className="visually-hidden">{state === 'pending' ? 'Goal: ' : state === 'passed' ? 'Passed: ' : 'Failed: '}</span>
                {goal.label}
              </span>
              {result && <span className="goal__measured">{result.message}</span>}
              {result?.hint && <span className="goal__hint" data-testid="goal-hint">Hint: {result.hint}</span>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
