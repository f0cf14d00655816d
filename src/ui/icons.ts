import {
  Activity, Boxes, Building2, Cloud, Cog, Database, Globe, HardDrive, KeyRound, ListOrdered, Server, Shuffle, Split, Users, Zap,
  type LucideIcon,
} from 'lucide-react';
import type { Kind, KindCategory } from '../model';

/** The icon of each component kind: what a learner recognises from system-design diagrams. */
export const KIND_ICONS: Record<Kind, LucideIcon> = {
  client: Users,
  dns: Globe,
  cdn: Cloud,
  loadBalancer: Split,
  web: Server,
  cache: Zap,
  database: Database,
  sessionStore: KeyRound,
  queue: ListOrdered,
  worker: Cog,
  shardRouter: Shuffle,
  nosql: Boxes,
  objectStore: HardDrive,
  dataCenter: Building2,
  monitoring: Activity,
};

/** Palette headings and the accent colour each category's nodes wear (CSS custom property values). */
export const CATEGORY_META: Record<KindCategory, { title: string; accent: string }> = {
  traffic: { title: 'Traffic', accent: '#2563eb' },
  edge: { title: 'Edge & routing', accent: '#0d9488' },
  compute: { title: 'Compute', accent: '#4f46e5' },
  data: { title: 'Data', accent: '#16a34a' },
  async: { title: 'Async work', accent: '#ea580c' },
  infra: { title: 'Infrastructure', accent: '#64748b' },
};

export const CATEGORY_ORDER: KindCategory[] = ['traffic', 'edge', 'compute', 'data', 'async', 'infra'];
