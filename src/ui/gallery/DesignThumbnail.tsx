import { memo } from 'react';
import { KIND_SPECS, type Design, type DesignNode } from '../../model';
import { CATEGORY_META } from '../icons';

const W = 184;
const H = 68;

/** Where a node sits on the canvas: members of a data center are placed relative to it. */
function absolute(node: DesignNode, byId: ReadonlyMap<string, DesignNode>): { x: number; y: number } {
  let { x, y } = node.position;
  let parent = node.parent ? byId.get(node.parent) : undefined;
  for (let depth = 0; parent && depth < 16; depth++) {
    x += parent.position.x;
    y += parent.position.y;
    parent = parent.parent ? byId.get(parent.parent) : undefined;
  }
  return { x, y };
}

/** A small picture of a design, drawn from its nodes and edges: no screenshot, always current. */
export const DesignThumbnail = memo(function DesignThumbnail({ design, width = 220, height = 130 }: { design: Design; width?: number; height?: number }) {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const boxes = new Map(design.nodes.map((n) => {
    const p = absolute(n, byId);
    const size = n.kind === 'dataCenter' ? { w: n.size?.width ?? 600, h: n.size?.height ?? 360 } : { w: W, h: H };
    return [n.id, { ...p, ...size, node: n }];
  }));
  const all = [...boxes.values()];
  const minX = Math.min(...all.map((b) => b.x)) - 20;
  const minY = Math.min(...all.map((b) => b.y)) - 20;
  const maxX = Math.max(...all.map((b) => b.x + b.w)) + 20;
  const maxY = Math.max(...all.map((b) => b.y + b.h)) + 20;
  return (
    <svg className="design-thumbnail" width={width} height={height} viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`} role="img" aria-label={`Diagram of ${design.name}: ${design.nodes.length} components`} preserveAspectRatio="xMidYMid meet">
      {all.filter((b) => b.node.kind === 'dataCenter').map((b) => (
        <rect key={b.node.id} x={b.x} y={b.y} width={b.w} height={b.h} rx={24} fill="#f1f5f9" stroke="#94a3b8" strokeWidth={6} strokeDasharray="24 14" />
      ))}
      {design.edges.map((e) => {
        const s = boxes.get(e.source);
        const t = boxes.get(e.target);
        if (!s || !t) return null;
        return <line key={e.id} x1={s.x + s.w} y1={s.y + s.h / 2} x2={t.x} y2={t.y + t.h / 2} stroke={e.kind === 'replication' ? '#7c3aed' : e.kind === 'async' ? '#ea580c' : '#64748b'} strokeWidth={6} />;
      })}
      {all.filter((b) => b.node.kind !== 'dataCenter').map((b) => (
        <rect key={b.node.id} x={b.x} y={b.y} width={b.w} height={b.h} rx={14} fill="#fff" stroke={CATEGORY_META[KIND_SPECS[b.node.kind].category].accent} strokeWidth={8} />
      ))}
    </svg>
  );
});
