/**
 * The price table: every dollar figure the playground uses, each with where it comes from and
 * when it was recorded. A teacher may change any number here (another provider, another region,
 * a discount); the cost model (cost.ts), the inspector and the stage budgets all read this file.
 *
 * Instance prices are AWS on-demand list prices for Linux in us-east-1 (N. Virginia), per hour.
 * Usage prices are the first (most expensive) tier of each service's list price.
 */

import type { FamilyName } from './sizeParam';

export type { FamilyName };

/** Where a price comes from and on which day it was recorded (ISO date). */
export interface PriceSource {
  readonly url: string;
  readonly recorded: string;
}

export interface InstanceSize {
  /** The provider's name for it: `m7i.2xlarge`. */
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGiB: number;
  readonly usdPerHour: number;
}

export interface InstanceFamily {
  readonly label: string;
  readonly source: PriceSource;
  /** Smallest first; the last is the largest box there is, past which the only way is out. */
  readonly sizes: readonly InstanceSize[];
}

const EC2_ON_DEMAND: PriceSource = { url: 'https://aws.amazon.com/ec2/pricing/on-demand/', recorded: '2026-12-02' };

const size = (name: string, vcpu: number, memoryGiB: number, usdPerHour: number): InstanceSize => ({ name, vcpu, memoryGiB, usdPerHour });

/** Instance families by name. Which family a kind runs on is said in its kind file. */
export const INSTANCE_FAMILIES = {
  m7i: {
    label: 'General purpose (Intel, m7i)',
    source: EC2_ON_DEMAND,
    sizes: [
      size('m7i.large', 2, 8, 0.1008),
      size('m7i.xlarge', 4, 16, 0.2016),
      size('m7i.2xlarge', 8, 32, 0.4032),
      size('m7i.4xlarge', 16, 64, 0.8064),
      size('m7i.8xlarge', 32, 128, 1.6128),
      size('m7i.12xlarge', 48, 192, 2.4192),
      size('m7i.16xlarge', 64, 256, 3.2256),
      size('m7i.24xlarge', 96, 384, 4.8384),
      size('m7i.48xlarge', 192, 768, 9.6768),
    ],
  },
  r7i: {
    label: 'Memory optimised (Intel, r7i)',
    source: EC2_ON_DEMAND,
    sizes: [
      size('r7i.large', 2, 16, 0.1323),
      size('r7i.xlarge', 4, 32, 0.2646),
      size('r7i.2xlarge', 8, 64, 0.5292),
      size('r7i.4xlarge', 16, 128, 1.0584),
      size('r7i.8xlarge', 32, 256, 2.1168),
      size('r7i.12xlarge', 48, 384, 3.1752),
      size('r7i.16xlarge', 64, 512, 4.2336),
      size('r7i.24xlarge', 96, 768, 6.3504),
      size('r7i.48xlarge', 192, 1536, 12.7008),
    ],
  },
} as const satisfies Record<FamilyName, InstanceFamily>;


/** What is sold by use rather than by the hour. */
export type UsageUnit =
  | 'cdnEgressGb' | 'cdnRequests' | 'internetEgressGb' | 'crossRegionGb'
  | 'nosqlReads' | 'nosqlWrites' | 'queueRequests' | 'objectGets' | 'objectStorageGbMonth';

export interface UsagePrice {
  readonly label: string;
  /** Dollars per `per` units. */
  readonly usd: number;
  readonly per: number;
  readonly unit: string;
  readonly source: PriceSource;
}

// Plain literals, not built by a helper call: a bundler keeps module-level calls it cannot prove pure.
const CLOUDFRONT: PriceSource = { url: 'https://aws.amazon.com/cloudfront/pricing/', recorded: '2026-12-02' };
const DYNAMODB: PriceSource = { url: 'https://aws.amazon.com/dynamodb/pricing/on-demand/', recorded: '2026-12-02' };
const SQS: PriceSource = { url: 'https://aws.amazon.com/sqs/pricing/', recorded: '2026-12-02' };
const S3: PriceSource = { url: 'https://aws.amazon.com/s3/pricing/', recorded: '2026-12-02' };
const ELB: PriceSource = { url: 'https://aws.amazon.com/elasticloadbalancing/pricing/', recorded: '2026-12-02' };
const ROUTE53: PriceSource = { url: 'https://aws.amazon.com/route53/pricing/', recorded: '2026-12-02' };

export const USAGE_PRICES: Readonly<Record<UsageUnit, UsagePrice>> = {
  cdnEgressGb: { label: 'CDN data out to users', usd: 0.085, per: 1, unit: 'GB', source: CLOUDFRONT },
  cdnRequests: { label: 'CDN HTTPS requests', usd: 0.01, per: 10_000, unit: 'requests', source: CLOUDFRONT },
  internetEgressGb: { label: 'Data out to the internet', usd: 0.09, per: 1, unit: 'GB', source: EC2_ON_DEMAND },
  crossRegionGb: { label: 'Data between regions', usd: 0.02, per: 1, unit: 'GB', source: EC2_ON_DEMAND },
  nosqlReads: { label: 'NoSQL reads (on-demand)', usd: 0.125, per: 1_000_000, unit: 'read requests', source: DYNAMODB },
  nosqlWrites: { label: 'NoSQL writes (on-demand)', usd: 0.625, per: 1_000_000, unit: 'write requests', source: DYNAMODB },
  queueRequests: { label: 'Queue requests', usd: 0.4, per: 1_000_000, unit: 'requests', source: SQS },
  objectGets: { label: 'Object store GET requests', usd: 0.0004, per: 1000, unit: 'requests', source: S3 },
  objectStorageGbMonth: { label: 'Object storage', usd: 0.023, per: 1, unit: 'GB-month', source: S3 },
};

/** Kinds sold by the hour without a size: a managed load balancer, a DNS zone, a shard router's proxy box. */
export const FLAT_HOURLY: Readonly<Partial<Record<string, { usdPerHour: number; label: string; source: PriceSource }>>> = {
  loadBalancer: { usdPerHour: 0.0225, label: 'Application load balancer hour (capacity units not counted)', source: ELB },
  // A hosted zone is $0.50 a month; queries are not counted (users cache answers for the TTL).
  dns: { usdPerHour: 0.5 / 730, label: 'DNS hosted zone', source: ROUTE53 },
  shardRouter: { usdPerHour: 0.1008, label: 'Proxy on one m7i.large', source: EC2_ON_DEMAND },
};

/** Hours in the month every monthly figure uses (365 × 24 / 12). */
export const HOURS_PER_MONTH = 730;
