/**
 * One request as a waterfall (recharts, loaded with this file on demand): a row per hop, its bar
 * starting where the previous hop ended, split into network, queue and service time; a hop where
 * an attempt failed is marked.
 */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { RequestTrace } from '../../engine/api';
import { waterfallRows } from '../../analysis/traceView';

const COLORS = { network: '#94a3b8', queue: '#d97706', service: '#4f46e5' };
const ROW_PX = 26;
const WIDTH = 640;

export function Waterfall({ trace, nameOf }: { trace: RequestTrace; nameOf: (id: string) => string }) {
  const rows = waterfallRows(trace, nameOf).map((r) => ({ ...r, label: r.error ? `${r.label} ✕` : r.label }));
  const height = 70 + rows.length * ROW_PX;
  return (
    <div className="traces__waterfall" data-testid="trace-waterfall" aria-label={`Waterfall of request ${trace.id}: ${rows.map((r) => `${r.label} network ${r.networkMs} ms, queue ${r.queueMs} ms, service ${r.serviceMs} ms`).join('; ')}`}>
      <BarChart layout="vertical" width={WIDTH} height={height} data={rows} margin={{ top: 8, right: 16, bottom: 16, left: 8 }} barCategoryGap={4}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 'dataMax']} unit=" ms" fontSize={11} />
        <YAxis type="category" dataKey="label" width={150} fontSize={11} />
        <Tooltip formatter={(v, name) => (name === 'offset' ? null : `${Number(v).toFixed(3)} ms`)} />
        <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 11 }} />
        <Bar dataKey="offsetMs" stackId="t" fill="transparent" legendType="none" name="offset" isAnimationActive={false} />
        <Bar dataKey="networkMs" stackId="t" fill={COLORS.network} name="network" isAnimationActive={false} />
        <Bar dataKey="queueMs" stackId="t" fill={COLORS.queue} name="queue" isAnimationActive={false} />
        <Bar dataKey="serviceMs" stackId="t" fill={COLORS.service} name="service" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
