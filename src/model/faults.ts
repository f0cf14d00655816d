/**
 * The faults a design's scenario (or a live run) can inject, as plain data. Each action is one
 * member of the union, so a new action (with its own fields) is one more member here, one more
 * schema in faultSchema.ts and one more case in the engine's faults.ts.
 */

interface FaultBase {
  /** Simulated second at which the fault lands. */
  tS: number;
  /** The node (or data center) it hits. */
  target: string;
}

/** Takes the target down, brings it back, or ends every fault on it. */
export interface SimpleFault extends FaultBase { action: 'kill' | 'restore' | 'heal' }
/** The target's service times × `factor` (a noisy neighbour, a bad disk). */
export interface SlowFault extends FaultBase { action: 'slow'; factor: number }
/** `pct` % of the requests into the target fail (a lossy link, a flaky dependency). */
export interface LossFault extends FaultBase { action: 'loss'; pct: number }
/** The data centers `target` and `peer` cannot reach each other. */
export interface PartitionFault extends FaultBase { action: 'partition'; peer: string }
/** The target goes down, then up, every `periodS` seconds until healed. */
export interface FlapFault extends FaultBase { action: 'flap'; periodS: number }

/**
 * How a deploy rolls out (deploys.ts). rolling: `batch` servers at a time leave, boot the new version and return;
 * blue-green: a full second set boots beside the old one, then all traffic switches at once;
 * canary: `batch` servers take the new version and a share of traffic first, then the rest roll.
 */
export const DEPLOY_STRATEGIES = ['rolling', 'blue-green', 'canary'] as const;
export type DeployStrategy = (typeof DEPLOY_STRATEGIES)[number];

/**
 * A new version of a service's web servers (deploys.ts): `target` names a service or a load
 * balancer, not one node. `bad`: the new version fails some requests and is slow.
 */
export interface DeployFault extends FaultBase { action: 'deploy'; strategy: DeployStrategy; batch: number; bootS: number; bad: boolean }

export type FaultEvent = SimpleFault | SlowFault | LossFault | PartitionFault | FlapFault | DeployFault;
export type FaultAction = FaultEvent['action'];

export const FAULT_ACTIONS: readonly FaultAction[] = ['kill', 'restore', 'slow', 'loss', 'partition', 'flap', 'heal', 'deploy'];

/** Bounds of each fault's value, shared by the decoder, the CLI and the inspector's menu. */
export const FAULT_LIMITS = {
  factor: { min: 1, max: 1000 },
  pct: { min: 0, max: 100 },
  periodS: { min: 0.5, max: 3600 },
} as const;
