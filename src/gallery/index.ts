/** The gallery: every stage's reference solution and the chapter's classic shapes, as data. */
import type { Design } from '../model';
import { STAGES, stageBadge } from '../stages';
import { eventIngestion, globalSite, socialFeed } from './classics';
import { manySmallBoxes, oneHugeBox, smallBoxesCacheCdn } from './threeWays';

export { THREE_WAYS_RUN_S } from './threeWays';

/** The gallery's sections, in the order it shows them. */
export const GALLERY_GROUPS = ['Same load, three ways', 'Classic shapes', 'Stage solutions'] as const;
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

/** One load (1,000 req/s of 60 ms pages), three shapes: read the cost and p99 off the cards. */
const THREE_WAYS: GalleryEntry[] = [
  { id: 'three-ways-up', title: 'One huge box', group: 'Same load, three ways', design: oneHugeBox(),
    description: 'Scaled up to the largest box there is (192 vCPUs): it does about 90 vCPUs’ worth of work, costs the most and is the slowest, and there is no bigger one.' },
  { id: 'three-ways-out', title: 'Many small boxes', group: 'Same load, three ways', design: manySmallBoxes(),
    description: 'Scaled out: eight 16-vCPU boxes behind a load balancer. Fewer vCPUs in all, yet each small box scales almost linearly: cheaper and faster.' },
  { id: 'three-ways-cached', title: 'Small boxes, a cache and a CDN', group: 'Same load, three ways', design: smallBoxesCacheCdn(),
    description: 'The CDN sends the static files and the cache answers most reads, so five boxes and a smaller database do: the cheapest. Data out is paid either way.' },
];

export const GALLERY: readonly GalleryEntry[] = [
  ...THREE_WAYS,
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
