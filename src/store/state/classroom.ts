/** Classroom mode's state and actions (classroomSlice.ts implements them). */
import type { StageDemo } from '../../classroom';
import type { AudienceFigure, FrameMessage } from '../../classroom/audienceProtocol';
import type { Design } from '../../model';

/** What the audience window shows besides the canvas, as the presenter window last sent it. */
export interface AudienceScreen {
  /** False once the presenter window left presenter mode or closed. */
  connected: boolean;
  title: string;
  caption: { tS: number; say: string } | null;
  figures: AudienceFigure[];
  stepIndex: number;
  stepCount: number;
}

export interface ClassroomState {
  active: boolean;
  /** The stage whose demo is loaded. */
  stageId: string;
  /** The last step shown (-1: none yet). */
  stepIndex: number;
  /** In the audience window: what the presenter sent (null until it has). */
  audience: AudienceScreen | null;
}

export interface ClassroomSlice {
  classroom: ClassroomState;
  /** The demo of stage `stageId` (default: the loaded one), built-in or a teacher's stage with a script; undefined until the stages' chunk is here. */
  classroomDemo: (stageId?: string) => StageDemo | undefined;
  /** Every demo the presenter can play: the built-in stages', then teachers' stages that have a script. */
  classroomDemos: () => StageDemo[];
  /**
   * Opens the presenter view on stage `stageId`'s demo (its design replaces the canvas, undoably),
   * once the stages' chunk is here (at once when it is); false when there is no such demo or the chunk failed.
   */
  enterClassroom: (stageId?: string) => Promise<boolean>;
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
  /** Audience window: the presenter's design on the canvas. */
  showAudienceDesign: (design: Design) => void;
  /** Audience window: the presenter's run, narration and big numbers now. */
  showAudienceFrame: (frame: FrameMessage) => void;
  /** Audience window: the presenter window went away. */
  audienceLost: () => void;
}
