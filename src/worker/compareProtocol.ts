/** What the page asks of the Compare worker, and its answer: one summary per design, in order. */
import type { Summary } from '../engine/api';
import type { Design } from '../model';

export interface CompareRequest { designs: Design[]; seed: number; durationS: number }
export type CompareReply = Summary[];
