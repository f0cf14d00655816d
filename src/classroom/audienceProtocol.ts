/**
 * What the presenter window and the audience window (the projector's) say to each other over a
 * BroadcastChannel. The presenter runs the simulation and sends what the audience shows; the
 * audience sends the teacher's key presses back as commands. Every message carries the protocol
 * version and is checked here: anything else on the channel (another version, another page, a
 * hostile script) is ignored, so the audience never shows what it cannot read. Pure.
 */
import '../model/zodSetup';
import * as z from 'zod/mini';
import { type Design } from '../model';
import { decodeDesign } from '../model/decoding';

/** Bumped when a message changes shape; a window speaking another version is not listened to. */
export const AUDIENCE_PROTOCOL_VERSION = 1;

/** The channel both windows open (same origin only, as BroadcastChannel is). */
export const AUDIENCE_CHANNEL = 'scale-playground-classroom';

const MAX_ID = 200;
const MAX_TEXT = 600;
const MAX_NODES = 2000;

const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID));
const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));
const count = z.number().check(z.minimum(0));
const finite = z.number();

// Tables keyed by node or edge id: a prototype key in one is dropped, never read (see idTable).
const table = <T extends z.core.SomeType>(value: T) => z.record(id, value).check(z.refine((t) => Object.keys(t).length <= MAX_NODES, 'too many entries'));

const nodeLiveSchema = z.object({
  down: z.boolean(),
  utilization: count,
  queueLength: count,
  rps: count,
  hitRatio: z.optional(count),
  replicationLagMs: z.optional(count),
  loadShare: z.optional(count),
  faults: z.optional(z.array(text(120)).check(z.maxLength(20))),
  breaker: z.optional(z.enum(['closed', 'open', 'half-open'])),
  breakers: z.optional(table(z.enum(['open', 'half-open']))),
});

// The canvas animates edges once the run has a summary; the audience shows no other part of it.
const summarySchema = z.object({
  requests: count,
  completed: count,
  errors: count,
  errorRate: count,
  throughputRps: count,
  latencyMs: z.object({ mean: finite, p50: finite, p95: finite, p99: finite }),
  errorsByCause: z.record(z.string().check(z.maxLength(40)), count),
  staleReads: count,
  readYourWritesViolations: count,
  lostWrites: count,
  sessionMisses: count,
  durationS: count,
  cacheHitRatio: z.nullable(count),
  cdnHitRatio: z.nullable(count),
  sampleK: count,
});

/** One of the big numbers, already in words ("Throughput", "1,204 rps"). */
const figureSchema = z.strictObject({
  label: text(40),
  value: text(40),
  tone: z.optional(z.enum(['warn', 'bad'])),
});

const stepSchema = z.strictObject({ tS: count, say: text() });

const helloSchema = z.strictObject({
  v: z.literal(AUDIENCE_PROTOCOL_VERSION),
  type: z.literal('hello'),
  role: z.enum(['presenter', 'audience']),
});

const designMessageSchema = z.strictObject({
  v: z.literal(AUDIENCE_PROTOCOL_VERSION),
  type: z.literal('design'),
  design: z.unknown(),
});

const frameSchema = z.strictObject({
  v: z.literal(AUDIENCE_PROTOCOL_VERSION),
  type: z.literal('frame'),
  status: z.enum(['idle', 'running', 'paused', 'done', 'error']),
  killedIds: z.array(id).check(z.maxLength(MAX_NODES)),
  live: z.strictObject({
    tMs: count,
    done: z.boolean(),
    nodes: table(nodeLiveSchema),
    edgeRps: table(count),
    summary: z.nullable(summarySchema),
  }),
  figures: z.array(figureSchema).check(z.maxLength(20)),
  title: text(200),
  /** The narration on screen now, or null before the first step. */
  caption: z.nullable(stepSchema),
  stepIndex: z.number().check(z.int(), z.minimum(-1)),
  stepCount: z.number().check(z.int(), z.minimum(0)),
});

/** What a key press asks for, whichever window it was pressed in. */
export const COMMANDS = ['next', 'prev', 'toggle', 'replay'] as const;
export type PresenterCommand = (typeof COMMANDS)[number];

const KEY_COMMANDS: Readonly<Record<string, PresenterCommand>> = { ArrowRight: 'next', ArrowLeft: 'prev', ' ': 'toggle', Home: 'replay' };

/** The command a key stands for in either window (→ next, ← previous, Space run/pause, Home replay). */
export const commandForKey = (key: string): PresenterCommand | null => (Object.hasOwn(KEY_COMMANDS, key) ? KEY_COMMANDS[key] : null);

const commandSchema = z.strictObject({
  v: z.literal(AUDIENCE_PROTOCOL_VERSION),
  type: z.literal('command'),
  command: z.enum(COMMANDS),
});

const byeSchema = z.strictObject({ v: z.literal(AUDIENCE_PROTOCOL_VERSION), type: z.literal('bye') });

type Versioned<T> = Omit<T, 'v'>;
export type HelloMessage = Versioned<z.infer<typeof helloSchema>>;
export type FrameMessage = Versioned<z.infer<typeof frameSchema>>;
export type CommandMessage = Versioned<z.infer<typeof commandSchema>>;
export type DesignMessage = { type: 'design'; design: Design };
export type ByeMessage = { type: 'bye' };
export type AudienceFigure = z.infer<typeof figureSchema>;
export type AudienceMessage = HelloMessage | FrameMessage | CommandMessage | DesignMessage | ByeMessage;

const SCHEMAS = {
  hello: helloSchema,
  design: designMessageSchema,
  frame: frameSchema,
  command: commandSchema,
  bye: byeSchema,
} as const;

const isKnownType = (type: unknown): type is keyof typeof SCHEMAS => typeof type === 'string' && Object.hasOwn(SCHEMAS, type);

/** The message `data` holds, or null when it is not one this version sends (then it is ignored). */
export function parseAudienceMessage(data: unknown): AudienceMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const type: unknown = (data as { type?: unknown }).type;
  if (!isKnownType(type)) return null;
  const parsed = SCHEMAS[type].safeParse(data);
  if (!parsed.success) return null;
  const { v: _version, ...message } = parsed.data;
  if (message.type !== 'design') return message as AudienceMessage;
  // A design goes through the same decoder a file or a link does.
  const design = decodeDesign(message.design);
  return design.ok ? { type: 'design', design: design.value } : null;
}

/** `message` as it goes on the channel: with the version. */
export const stamp = (message: AudienceMessage): AudienceMessage & { v: number } => ({ v: AUDIENCE_PROTOCOL_VERSION, ...message });
