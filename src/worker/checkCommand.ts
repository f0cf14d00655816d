/**
 * The worker's check of each message it receives (host.ts). Apart from protocol.ts, which the page
 * loads up front: a fault is checked with the design decoder (zod), which the page fetches later.
 */
import { parseFault } from '../model/decoding';
import { isSimSpeed, type SimCommand, type SimCommandType } from './protocol';

const COMMAND_TYPES: ReadonlySet<string> = new Set<SimCommandType>([
  'start', 'restart', 'pause', 'resume', 'step', 'setSpeed', 'kill', 'restore', 'fault', 'scenario', 'updateParams', 'setClientRate', 'stop',
]);

/**
 * A shallow check of a message arriving at the worker; returns a reason when it is not a command.
 * The page is trusted code, so this guards against version skew and typos, not hostile input.
 */
export function checkCommand(data: unknown): { ok: true; command: SimCommand } | { ok: false; reason: string } {
  if (typeof data !== 'object' || data === null) return { ok: false, reason: 'a command must be an object' };
  const { type } = data as { type?: unknown };
  if (typeof type !== 'string' || !COMMAND_TYPES.has(type)) return { ok: false, reason: `unknown command "${String(type)}"` };
  const cmd = data as SimCommand;
  switch (cmd.type) {
    case 'start':
    case 'restart':
      if (!Number.isInteger(cmd.runId)) return { ok: false, reason: `${cmd.type} needs a whole-number runId` };
      if (typeof cmd.design !== 'object' || cmd.design === null) return { ok: false, reason: `${cmd.type} needs a design` };
      if (cmd.type === 'start' && !isSimSpeed(cmd.speed)) return { ok: false, reason: `unknown speed "${String(cmd.speed)}"` };
      if (cmd.scenario !== undefined && !Array.isArray(cmd.scenario)) return { ok: false, reason: `${cmd.type}'s scenario must be a list of faults` };
      break;
    case 'setSpeed':
      if (!isSimSpeed(cmd.speed)) return { ok: false, reason: `unknown speed "${String(cmd.speed)}"` };
      break;
    case 'step':
      if (!(Number.isFinite(cmd.ms) && cmd.ms > 0)) return { ok: false, reason: 'step needs a positive number of ms' };
      break;
    case 'setClientRate':
      if (!(Number.isFinite(cmd.rps) && cmd.rps >= 0)) return { ok: false, reason: 'setClientRate needs rps ≥ 0' };
      if (typeof cmd.id !== 'string') return { ok: false, reason: 'setClientRate needs a node id' };
      break;
    case 'fault': {
      const parsed = parseFault(cmd.fault, 'fault');
      if (!parsed.ok) return { ok: false, reason: parsed.errors.join('; ') };
      break;
    }
    case 'scenario': {
      if (!Array.isArray(cmd.faults)) return { ok: false, reason: 'scenario needs a list of faults' };
      for (const [i, fault] of cmd.faults.entries()) {
        const parsed = parseFault(fault, `scenario fault #${i + 1}`);
        if (!parsed.ok) return { ok: false, reason: parsed.errors.join('; ') };
      }
      break;
    }
    case 'kill':
    case 'restore':
    case 'updateParams':
      if (typeof cmd.id !== 'string') return { ok: false, reason: `${cmd.type} needs a node id` };
      if (cmd.type === 'updateParams' && (typeof cmd.params !== 'object' || cmd.params === null)) return { ok: false, reason: 'updateParams needs params' };
      break;
    default:
      break;
  }
  return { ok: true, command: cmd };
}
