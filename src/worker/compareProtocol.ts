/** Messages between the page and the Compare worker. */
import type { Summary } from '../engine/api';
import type { Design } from '../model';

export interface CompareRequest { requestId: number; designs: Design[]; seed: number; durationS: number }
export type CompareReply = { requestId: number; summaries: Summary[] } | { requestId: number; error: string };
