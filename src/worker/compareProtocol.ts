/** What the page asks of the Compare worker, and its answer: one result per design, in order. */
import type { CostReport, Summary } from '../engine/api';
import type { Design } from '../model';

export interface CompareRequest { designs: Design[]; seed: number; durationS: number }
/** One design's run: its summary, and what it cost at that load (milliseconds and dollars side by side). */
export interface CompareResult { summary: Summary; cost: CostReport }
export type CompareReply = CompareResult[];
