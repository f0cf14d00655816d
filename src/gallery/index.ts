/** The gallery: the chapter's classic shapes, a design per partial fault, and every stage's reference solution, as data. */
import type { Design } from '../model';
import { STAGES, stageBadge } from '../stages';
import { eventIngestion, globalSite, socialFeed } from './classics';
import { flapSurvived, lossSurvived, partitionSurvived, slowSurvived } from './faultPatterns';

/** The gallery's sections, in the order it shows them. */
export const GALLERY_GROUPS = ['Classic shapes', 'Surviving faults', 'Stage solutions'] as const;
export type GalleryGroup = (typeof GALLERY_GROUPS)[number];

export interface GalleryEntry {
  id: string;
  title: string;
  /** One line: what the design shows. */
  description: string;
  group: GalleryGroup;
  design: Design;
}

const CLASSICS: GalleryEntry[] = [
  { id: 'social-feed', title: 'Social feed', group: 'Classic shapes', design: socialFeed(),
    description: 'Read-heavy: a CDN for media, an LFU cache in front of four shards, and celebrity keys that heat one shard.' },
  { id: 'event-ingestion', title: 'Event ingestion', group: 'Classic shapes', design: eventIngestion(),
    description: 'Write-heavy with spikes: accept fast, queue the work, and let consumers write to a NoSQL store at their pace.' },
  { id: 'global-site', title: 'Global site', group: 'Classic shapes', design: globalSite(),
    description: 'GeoDNS over two data centers, each with its own tier; lose one and its users move to the other.' },
];

// Each carries its fault in the scenario (the fault timeline shows it): press Run and watch it land.
const FAULTS: GalleryEntry[] = [
  { id: 'fault-slow', title: 'Slow server', group: 'Surviving faults', design: slowSurvived(),
    description: 'One web server turns 20× slower; least-connections sends it only what it can finish, so almost nothing times out.' },
  { id: 'fault-loss', title: 'Lossy database', group: 'Surviving faults', design: lossSurvived(),
    description: 'The database loses a fifth of its requests; three retries with backoff and jitter bring failures down to about 0.1%.' },
  { id: 'fault-partition', title: 'Partition between regions', group: 'Surviving faults', design: partitionSurvived(),
    description: 'The two data centers cannot reach each other for 20 s; each owns its own users\' data, so the cut costs almost nothing.' },
  { id: 'fault-flap', title: 'Flapping server', group: 'Surviving faults', design: flapSurvived(),
    description: 'A web server goes down and up every 5 s; a health check every second and a retry keep users from seeing it.' },
];

export const GALLERY: readonly GalleryEntry[] = [
  ...CLASSICS,
  ...FAULTS,
  ...STAGES.map((stage): GalleryEntry => ({
    id: `stage-${stage.id}`,
    title: `Stage ${stageBadge(stage.id)}: ${stage.title}`,
    group: 'Stage solutions',
    description: stage.summary,
    design: stage.solution,
  })),
];

export const galleryEntry = (id: string): GalleryEntry | undefined => GALLERY.find((e) => e.id === id);
