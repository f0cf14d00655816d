/**
 * The audience window's side of classroom mode: it runs no simulation of its own but shows what
 * the presenter window sends (audienceProtocol.ts checked each message before it gets here).
 */
import type { FrameMessage } from '../classroom/audienceProtocol';
import type { Summary } from '../engine/api';
import type { Design } from '../model';
import { idTable } from '../model';
import type { ClassroomSlice } from './state/classroom';
import type { SliceCreator } from './types';

type AudienceActions = Pick<ClassroomSlice, 'showAudienceDesign' | 'showAudienceFrame' | 'audienceLost'>;

export const createAudienceActions: SliceCreator<AudienceActions> = (set, get) => ({
  showAudienceDesign: (design: Design) => {
    get().resetDesign(design);
    get().requestFitView();
  },

  showAudienceFrame: (frame: FrameMessage) => set((s) => {
    s.run.status = frame.status;
    s.run.killedIds = frame.killedIds;
    s.live = {
      tMs: frame.live.tMs,
      done: frame.live.done,
      nodes: Object.assign(idTable(), frame.live.nodes),
      edgeRps: Object.assign(idTable<number>(), frame.live.edgeRps),
      // The fields the canvas reads were checked; the rest of a summary the audience never shows.
      summary: frame.live.summary as Summary | null,
      latest: null,
      cost: null,
    };
    s.classroom.audience = {
      connected: true,
      title: frame.title,
      caption: frame.caption,
      figures: frame.figures,
      stepIndex: frame.stepIndex,
      stepCount: frame.stepCount,
    };
  }),

  audienceLost: () => set((s) => { if (s.classroom.audience) s.classroom.audience.connected = false; }),
});
