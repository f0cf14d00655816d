import { type UslCoefficients } from '../../model';
import { type InstanceSize } from '../../model/pricing';
import { uslThroughput } from '../../model/sizing';

const W = 232, H = 112, PAD_L = 28, PAD_B = 18, PAD_T = 8, PAD_R = 8;

/**
 * Throughput at saturation against box size (the Universal Scalability Law), in one vCPU's worth,
 * with linear scaling dashed for comparison and the node's size marked. Plain SVG: no chart
 * library in the first bundle for one small curve.
 */
export function UslCurve({ sizes, usl, marked, sized }: { sizes: readonly InstanceSize[]; usl: UslCoefficients; marked: InstanceSize; sized: boolean }) {
  const minN = sizes[0].vcpu;
  const maxN = sizes[sizes.length - 1].vcpu;
  const peak = Math.max(...sizes.map((s) => uslThroughput(s.vcpu, usl)));
  const yMax = peak * 1.2;
  // Linear in vCPUs, so ideal scaling is a straight line and the law's bend shows as a flattening.
  const x = (n: number) => PAD_L + (n / maxN) * (W - PAD_L - PAD_R);
  const y = (v: number) => H - PAD_B - (Math.min(v, yMax) / yMax) * (H - PAD_B - PAD_T);
  const steps = 48;
  const ns = Array.from({ length: steps + 1 }, (_, i) => minN + ((maxN - minN) * i) / steps);
  const curve = ns.map((n) => `${x(n).toFixed(1)},${y(uslThroughput(n, usl)).toFixed(1)}`).join(' ');
  const linear = ns.filter((n) => n <= yMax * 1.05).map((n) => `${x(n).toFixed(1)},${y(n).toFixed(1)}`).join(' ');
  const here = uslThroughput(marked.vcpu, usl);
  return (
    <svg className="usl-curve" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" data-testid="usl-curve"
      aria-label={`Throughput against size: ${marked.name} does ${here.toFixed(1)} vCPUs' worth of work`}>
      <line x1={PAD_L} y1={H - PAD_B} x2={W - PAD_R} y2={H - PAD_B} className="usl-curve__axis" />
      <line x1={PAD_L} y1={PAD_T} x2={PAD_L} y2={H - PAD_B} className="usl-curve__axis" />
      <polyline points={linear} className="usl-curve__linear" />
      <polyline points={curve} className="usl-curve__line" />
      {sizes.map((s) => <circle key={s.name} cx={x(s.vcpu)} cy={y(uslThroughput(s.vcpu, usl))} r={2} className="usl-curve__size" />)}
      <circle cx={x(marked.vcpu)} cy={y(here)} r={5} className={`usl-curve__marker${sized ? '' : ' usl-curve__marker--custom'}`}
        data-testid="usl-marker" data-size={marked.name} />
      <text x={PAD_L - 4} y={PAD_T + 8} textAnchor="end" className="usl-curve__tick">{Math.round(yMax)}×</text>
      <text x={PAD_L - 4} y={H - PAD_B} textAnchor="end" className="usl-curve__tick">0</text>
      <text x={PAD_L} y={H - 4} className="usl-curve__tick">0</text>
      <text x={W - PAD_R} y={H - 4} textAnchor="end" className="usl-curve__tick">{maxN} vCPU</text>
    </svg>
  );
}
