import { memo, useId, useMemo } from 'react';
import { causeRows } from '../../analysis/causeWords';
import type { Summary } from '../../engine/api';
import { count, pct } from '../../stages/format';

const HINT = 'Why requests failed since the run started: each cause, how many requests it failed and its share of all the failures, most first.';

/**
 * The Failure causes panel: the run's `summary.errorsByCause` as a table, most first, with a bar
 * per share; a quiet message while nothing has failed.
 */
export const CausesPanel = memo(function CausesPanel({ errorsByCause }: { errorsByCause: Summary['errorsByCause'] | null }) {
  const rows = useMemo(() => causeRows(errorsByCause ?? {}), [errorsByCause]);
  const titleId = useId();
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <section className="sp-chart-panel sp-causes" aria-labelledby={titleId} data-panel="causes">
      <header className="sp-chart-header">
        <h3 id={titleId} className="sp-chart-title">Failure causes</h3>
        <span className="sp-chart-unit">requests · % of failed</span>
        <button type="button" className="sp-chart-hint" title={HINT} data-hint={HINT} aria-label={`What this shows: ${HINT}`}>?</button>
      </header>
      {rows.length === 0 ? (
        <p className="sp-chart-empty">No request has failed in this run.</p>
      ) : (
        <table className="sp-causes-table">
          <caption className="sp-causes-caption">{count(total)} failed requests, by cause</caption>
          <thead>
            <tr><th scope="col">Cause</th><th scope="col">Requests</th><th scope="col">Share</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.cause} data-cause={r.cause}>
                <th scope="row">{r.label}</th>
                <td className="sp-causes-num">{count(r.count)}</td>
                <td className="sp-causes-share">
                  <span className="sp-causes-bar" aria-hidden="true"><span style={{ width: `${Math.max(1, r.share * 100)}%` }} /></span>
                  <span className="sp-causes-num">{pct(r.share)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});
