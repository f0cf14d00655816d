import { choice, group, num } from '../params';
import { compact, defineKind, REGIONS } from './kind';
import { addressRoutes } from './dns';

export const clientKind = defineKind({
  kind: 'client',
  label: 'Users',
  category: 'traffic',
  idPrefix: 'users',
  nouns: { a: 'users', one: 'group of users', many: 'groups of users' },
  connectsTo: ['dns', 'cdn', 'loadBalancer', 'web'],
  accepts: [],
  wiring: 'Users only send requests; nothing connects into them.',
  summary: 'A population of users sending requests.',
  params: {
    rps: num({ applies: 'live', label: 'Request rate', unit: 'req/s', min: 0, max: 2_000_000, default: 100, help: 'Average requests per second sent by these users.' }),
    arrival: choice(['poisson', 'constant'], { applies: 'live', label: 'Arrivals', default: 'poisson', help: 'Poisson: random, bursty arrivals. Constant: evenly spaced.' }),
    profile: choice(['steady', 'ramp', 'spike', 'diurnal'], { applies: 'live', label: 'Load profile', default: 'steady', help: 'How the rate changes over the run: steady, a ramp up to the peak, a spike in the middle, or a day/night cycle.' }),
    peakFactor: num({ applies: 'live', label: 'Peak factor', unit: '×', min: 1, max: 100, default: 3, help: 'For ramp, spike and diurnal: the peak rate as a multiple of the base rate.' }),
    mix: group({
      label: 'Request mix',
      help: 'Relative weights of each request type; they are normalised to sum to 1.',
      fields: {
        static: num({ applies: 'live', label: 'Static', min: 0, max: 1, step: 0.05, default: 0.3, help: 'Images, scripts, styles: served best by a CDN.' }),
        read: num({ applies: 'live', label: 'Read', min: 0, max: 1, step: 0.05, default: 0.5, help: 'Page views that read data.' }),
        write: num({ applies: 'live', label: 'Write', min: 0, max: 1, step: 0.05, default: 0.2, help: 'Posts, updates: must reach the primary database.' }),
        job: num({ applies: 'live', label: 'Job', min: 0, max: 1, step: 0.05, default: 0, help: 'Slow background work (e.g. photo processing): best sent to a queue.' }),
      },
    }),
    keys: group({
      label: 'Key popularity',
      help: 'Which data items requests touch.',
      fields: {
        count: num({ applies: 'live', label: 'Distinct keys', min: 1, max: 10_000_000, integer: true, default: 10_000, help: 'How many different data items exist.' }),
        zipfAlpha: num({ applies: 'live', label: 'Zipf skew', min: 0, max: 3, step: 0.05, default: 0.9, help: 'Popularity skew: 0 is uniform, about 1 is typical web traffic.' }),
        hotKeys: num({ applies: 'live', label: 'Celebrity share', unit: '%', min: 0, max: 100, default: 0, help: 'Share of requests that go to one celebrity key (the hot-key problem).' }),
      },
    }),
    users: num({ applies: 'restart', label: 'Users', min: 1, max: 10_000_000, integer: true, default: 1000, help: 'Distinct users, each with a session (the run sizes its per-user session and DNS tables from it, so a change restarts the run).' }),
    giveUpS: num({ applies: 'live', label: 'Give up after', unit: 's', min: 0.1, max: 600, default: 30, help: 'A user abandons a request still unanswered this long after sending it (a timeout). A web server’s own timeout, counted from when the request reaches it, ends it sooner when that comes first.' }),
    retries: num({ applies: 'live', label: 'Retries', min: 0, max: 10, integer: true, default: 0, help: 'Extra attempts a user makes when a request fails, while there is time before giving up. Each attempt is load on the design: eager retries can turn a blip into an outage.' }),
    retryBackoffMs: num({ applies: 'live', label: 'Retry backoff', unit: 'ms', min: 0, max: 60_000, default: 100, help: 'Exponential backoff with full jitter: before attempt k+1 a user waits a random time between 0 and this × 2^k. 0 retries at once.' }),
    region: choice(REGIONS, { applies: 'live', label: 'Region', default: 'us-east', help: 'Where these users are; GeoDNS sends them to the nearest data center.' }),
  },
  face: (p) => `${compact(p.rps)} req/s · ${p.profile}`,
  spofHint: null,
  routes: addressRoutes,
  // Each user's browser keeps one connection (one address of a name) while it answers.
  pinsUsers: true,
  refusals: {
    queue: 'Users do not hand jobs to workers themselves: connect users → web server → message queue → worker pool.',
    worker: 'Users do not hand jobs to workers themselves: connect users → web server → message queue → worker pool.',
  },
});
