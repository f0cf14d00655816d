/**
 * The load curves of "Find the limit" (recharts, loaded with this file on demand): throughput and
 * error rate, then p50/p95/p99, then the cost per million requests answered, against offered load
 * on a log axis, a line at each sweep's knee.
 * The previous sweep is drawn dashed under the newest, so a change shows before and after. With a
 * service picked, every curve and knee is that service's own (a sweep that did not see it is left out).
 */
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { SweepRun } from '../../store';
import { kneeOf, limitRows, rateText } from './limitSeries';

// As wide as the dialog allows, up to 640 px: a phone's dialog draws the whole curve, not a cut of it.
const SIZE = { width: '100%', maxWidth: 640, height: 220 };
const COLORS = { throughput: '#4f46e5', errors: '#dc2626', p50: '#0891b2', p95: '#d97706', p99: '#be123c', cost: '#15803d' };

interface Props { latest: SweepRun; previous: SweepRun | null; service: string | null }

const xAxis = (runs: SweepRun[]) => {
  const loads = runs.flatMap((r) => r.result.points.map((p) => p.offeredRps));
  return <XAxis dataKey="offeredRps" type="number" scale="log" domain={[Math.min(...loads), Math.max(...loads)]} allowDataOverflow tickFormatter={(v: number) => rateText(v).replace(' req/s', '')} label={{ value: 'offered load (req/s)', position: 'insideBottom', offset: -4, fontSize: 11 }} fontSize={11} />;
};

const knees = (runs: SweepRun[], service: string | null) => runs.map((r, i) => {
  const rps = kneeOf(r.result, service)?.rps ?? null;
  return rps === null ? null : (
  <ReferenceLine key={`knee-${r.number}`} x={rps} yAxisId="left" stroke={i === runs.length - 1 ? '#111827' : '#9ca3af'} strokeDasharray={i === runs.length - 1 ? undefined : '4 3'}
    label={{ value: `knee ${r.number}`, position: 'top', fontSize: 11 }} />
  );
});

export function LimitChart({ latest, previous, service }: Props) {
  const runs = (previous ? [previous, latest] : [latest]).filter((r) => kneeOf(r.result, service) !== null);
  const rows = (r: SweepRun) => limitRows(r.result.points, service);
  const label = (r: SweepRun, what: string) => (runs.length > 1 ? `${what} (sweep ${r.number})` : what);
  const dash = (r: SweepRun) => (r === latest ? undefined : '5 4');
  return (
    <div className="limit__charts" data-testid="limit-chart" data-service={service ?? 'all'}>
      <ComposedChart responsive style={SIZE} margin={{ top: 16, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {xAxis(runs)}
        <YAxis yAxisId="left" fontSize={11} label={{ value: 'req/s', angle: -90, position: 'insideLeft', fontSize: 11 }} />
        <YAxis yAxisId="right" orientation="right" domain={[0, 100]} unit="%" fontSize={11} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? v.toFixed(1) : String(v))} labelFormatter={(v) => `offered ${rateText(Number(v))}`} />
        <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 11 }} />
        {runs.map((r) => <Line key={`t${r.number}`} yAxisId="left" data={rows(r)} dataKey="throughputRps" name={label(r, 'throughput')} stroke={COLORS.throughput} strokeDasharray={dash(r)} dot isAnimationActive={false} />)}
        {runs.map((r) => <Line key={`e${r.number}`} yAxisId="right" data={rows(r)} dataKey="errorPct" name={label(r, 'errors %')} stroke={COLORS.errors} strokeDasharray={dash(r)} dot={false} isAnimationActive={false} />)}
        {knees(runs, service)}
      </ComposedChart>
      <ComposedChart responsive style={SIZE} margin={{ top: 16, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {xAxis(runs)}
        <YAxis yAxisId="left" scale="log" domain={['auto', 'auto']} fontSize={11} label={{ value: 'latency ms', angle: -90, position: 'insideLeft', fontSize: 11 }} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? `${v.toFixed(1)} ms` : String(v))} labelFormatter={(v) => `offered ${rateText(Number(v))}`} />
        <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 11 }} />
        {runs.flatMap((r) => (['p50', 'p95', 'p99'] as const).map((q) => (
          <Line key={`${q}${r.number}`} yAxisId="left" data={rows(r)} dataKey={q} name={label(r, q)} stroke={COLORS[q]} strokeDasharray={dash(r)} dot={q === 'p99'} isAnimationActive={false} />
        )))}
        <ReferenceLine yAxisId="left" y={500} stroke="#be123c" strokeDasharray="2 4" label={{ value: 'p99 target', position: 'insideTopRight', fontSize: 11 }} />
        {knees(runs, service)}
      </ComposedChart>
      <ComposedChart responsive style={SIZE} margin={{ top: 16, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {xAxis(runs)}
        <YAxis yAxisId="left" scale="log" domain={['auto', 'auto']} fontSize={11} label={{ value: '$ per 1M answered', angle: -90, position: 'insideLeft', fontSize: 11 }} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? `$${v.toFixed(2)}` : String(v))} labelFormatter={(v) => `offered ${rateText(Number(v))}`} />
        <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 11 }} />
        {runs.map((r) => <Line key={`c${r.number}`} yAxisId="left" data={rows(r)} dataKey="usdPerMillion" name={label(r, '$ per 1M requests answered')} stroke={COLORS.cost} strokeDasharray={dash(r)} dot isAnimationActive={false} />)}
        {knees(runs, service)}
      </ComposedChart>
    </div>
  );
}
