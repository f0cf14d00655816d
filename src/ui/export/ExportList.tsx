import { useReactFlow } from '@xyflow/react';
import { store } from '../../store';
import { dataUrlToBlob, renderCanvasImage, type ImageFormat } from './canvasImage';
import { downloadDesign, downloadFile, fileStem } from './download';
import { metricsToJson, seriesToCsv } from './metricsExport';
import './export.css';

/**
 * Export: the design as JSON, the canvas as PNG or SVG, the run's metrics as CSV or JSON, a
 * recording of the run (the Record dialog, which the toolbar mounts). The list
 * the toolbar's Export action opens; choosing an entry closes it.
 */
export function ExportList({ onClose }: { onClose: () => void }) {
  const { getNodes } = useReactFlow();

  const run = (act: () => Promise<void> | void) => async () => {
    onClose();
    try {
      await act();
    } catch (err) {
      store.getState().showToast(`Export failed: ${err instanceof Error ? err.message : String(err)}`, 'error');
    }
  };

  const stem = () => fileStem(store.getState().design.name);
  const image = (format: ImageFormat) => run(async () => {
    const url = await renderCanvasImage(getNodes(), format);
    downloadFile(`${stem()}.${format}`, await dataUrlToBlob(url));
  });
  const hasRun = () => {
    const { series, run: r } = store.getState();
    if (r.status === 'idle' || series.points.length === 0) throw new Error('run the design first: metrics come from a run.');
  };

  return (
    <div className="popover export-menu__list" role="menu" aria-label="Export">
      <button type="button" role="menuitem" onClick={run(() => downloadDesign(store.getState().design))} data-testid="export-design">Design (JSON)</button>
      <button type="button" role="menuitem" onClick={image('png')} data-testid="export-png">Canvas picture (PNG)</button>
      <button type="button" role="menuitem" onClick={image('svg')} data-testid="export-svg">Canvas picture (SVG)</button>
      <button type="button" role="menuitem" onClick={run(() => { hasRun(); downloadFile(`${stem()}-metrics.csv`, seriesToCsv(store.getState().series.points), 'text/csv'); })} data-testid="export-csv">Run metrics (CSV)</button>
      <button type="button" role="menuitem" onClick={run(() => {
        hasRun();
        const { design, live, series } = store.getState();
        downloadFile(`${stem()}-metrics.json`, metricsToJson({ design: design.name, seed: design.sim.seed, summary: live.summary, series: series.points, events: series.events }), 'application/json');
      })} data-testid="export-metrics-json">Run metrics (JSON)</button>
      <button type="button" role="menuitem" onClick={run(() => store.getState().setRecordOpen(true))} data-testid="export-record">Record a run… (GIF or video)</button>
    </div>
  );
}
