/** Classroom mode's state and actions (classroomSlice.ts implements them). */

export interface ClassroomState {
  active: boolean;
  /** The stage whose demo is loaded. */
  stageId: string;
  /** The last step shown (-1: none yet). */
  stepIndex: number;
}

export interface ClassroomSlice {
  classroom: ClassroomState;
  /** Opens the presenter view on stage `stageId`'s demo (its design replaces the canvas, undoably). */
  enterClassroom: (stageId?: string) => void;
  leaveClassroom: () => void;
  /** Runs the demo from the start, or resumes it when paused. */
  playDemo: () => void;
  pauseDemo: () => void;
  /** From the start again: the run restarts and the narration rewinds. */
  replayDemo: () => void;
  /** Runs the simulation on to the next step's time and pauses there (its fault lands exactly then). */
  nextStep: () => void;
  /** Shows the previous step's narration again (what it did stays done). */
  prevStep: () => void;
}
