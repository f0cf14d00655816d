/** The gallery: every stage's reference solution and the chapter's classic shapes, as data. */
import type { Design } from '../model';
import { STAGES, stageBadge } from '../stages';
import { eventIngestion, globalSite, socialFeed } from './classics';

export interface GalleryEntry {
  id: string;
  title: string;
  /** One line: what the design shows. */
  description: string;
  group: 'Classic shapes' | 'Stage solutions';
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

export const GALLERY: readonly GalleryEntry[] = [
  ...CLASSICS,
  ...STAGES.map((stage): GalleryEntry => ({
    id: `stage-${stage.id}`,
    title: `Stage ${stageBadge(stage.id)}: ${stage.title}`,
    group: 'Stage solutions',
    description: stage.summary,
    design: stage.solution,
  })),
];

export const galleryEntry = (id: string): GalleryEntry | undefined => GALLERY.find((e) => e.id === id);
