import type { FaultAction, FaultEvent } from '../../model';

/** A fault in a few words, as its mark's name and the timeline's detail line: "slow web-1 ×5". */
export function faultLabel(f: FaultEvent): string {
  switch (f.action) {
    case 'slow': return `slow ${f.target} ×${f.factor}`;
    case 'loss': return `loss ${f.pct}% into ${f.target}`;
    case 'partition': return `partition ${f.target} from ${f.peer}`;
    case 'flap': return `flap ${f.target} every ${f.periodS} s`;
    case 'deploy': return `deploy ${f.target} (${f.strategy}${f.bad ? ', bad version' : ''})`;
    default: return `${f.action} ${f.target}`;
  }
}

/** Seconds as the timeline prints them: "12 s", "12.5 s". */
export const secondsText = (tS: number): string => `${Number(tS.toFixed(1))} s`;

/** What each action does, for the add form's choice. */
export const ACTION_HINTS: Record<FaultAction, string> = {
  kill: 'kill: take it down',
  restore: 'restore: bring it back',
  slow: 'slow: service takes longer',
  loss: 'loss: some requests fail',
  partition: 'partition: two data centers cannot reach each other',
  flap: 'flap: down and up, again and again',
  heal: 'heal: end every fault on it',
  deploy: 'deploy: a new version, rolling, one server at a time',
};
