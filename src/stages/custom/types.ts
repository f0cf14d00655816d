/** A teacher's stage as it travels (file, link) and as the app keeps it: plain data, validated by decode.ts. */
import type { DemoStep } from '../../classroom/script';
import type { Design, FaultEvent } from '../../model';
import type { Goal } from '../types';

/** The custom-stage format version this code writes; newer files are refused with a message. */
export const CUSTOM_STAGE_VERSION = 1;

export interface StageDefinition {
  /** The teacher's id for the stage; progress is kept under it. */
  id: string;
  title: string;
  summary: string;
  /** The Markdown subset in markdown.ts. */
  explanation: string;
  start: Design;
  solution?: Design;
  goals: Goal[];
  /** Faults the Check injects; targets are ids in the start or the solution. */
  scenario: FaultEvent[];
  check: { durationS: number; seed: number };
  /** The classroom script, played over the solution (or the start when there is none). */
  demo: DemoStep[];
}

/** One stage or several in order; a file or link always holds a course (of one, for a single stage). */
export interface Course {
  title?: string;
  stages: StageDefinition[];
}
