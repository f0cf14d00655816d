import { choice, group, num } from '../params';
import { defineKind, REGIONS } from './kind';

export const clientKind = defineKind({
  kind: 'client',
  label: 'Users',
  category: 'traffic',
  summary: 'A population of users sending requests.',
  params: {
    rps: num({ label: 'Request rate', unit: 'req/s', min: 0, max: 2_000_000, default: 100, help: 'Average requests per second sent by these users.' }),
    arrival: choice(['poisson', 'constant'], { label: 'Arrivals', default: 'poisson', help: 'Poisson: random, bursty arrivals. Constant: evenly spaced.' }),
    profile: choice(['steady', 'ramp', 'spike', 'diurnal'], { label: 'Load profile', default: 'steady', help: 'How the rate changes over the run: steady, a ramp up to the peak, a spike in the middle, or a day/night cycle.' }),
    peakFactor: num({ label: 'Peak factor', unit: '×', min: 1, max: 100, default: 3, help: 'For ramp, spike and diurnal: the peak rate as a multiple of the base rate.' }),
    mix: group({
      label: 'Request mix',
      help: 'Relative weights of each request type; they are normalised to sum to 1.',
      fields: {
        static: num({ label: 'Static', min: 0, max: 1, step: 0.05, default: 0.3, help: 'Images, scripts, styles: served best by a CDN.' }),
        read: num({ label: 'Read', min: 0, max: 1, step: 0.05, default: 0.5, help: 'Page views that read data.' }),
        write: num({ label: 'Write', min: 0, max: 1, step: 0.05, default: 0.2, help: 'Posts, updates: must reach the primary database.' }),
        job: num({ label: 'Job', min: 0, max: 1, step: 0.05, default: 0, help: 'Slow background work (e.g. photo processing): best sent to a queue.' }),
      },
    }),
    keys: group({
      label: 'Key popularity',
      help: 'Which data items requests touch.',
      fields: {
        count: num({ label: 'Distinct keys', min: 1, max: 10_000_000, integer: true, default: 10_000, help: 'How many different data items exist.' }),
        zipfAlpha: num({ label: 'Zipf skew', min: 0, max: 3, step: 0.05, default: 0.9, help: 'Popularity skew: 0 is uniform, about 1 is typical web traffic.' }),
        hotKeys: num({ label: 'Celebrity share', unit: '%', min: 0, max: 100, default: 0, help: 'Share of requests that go to one celebrity key (the hot-key problem).' }),
      },
    }),
    users: num({ label: 'Users', min: 1, max: 10_000_000, integer: true, default: 1000, help: 'Distinct users, each with a session.' }),
    region: choice(REGIONS, { label: 'Region', default: 'us-east', help: 'Where these users are; GeoDNS sends them to the nearest data center.' }),
  },
});
