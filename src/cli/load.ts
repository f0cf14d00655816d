/** Loads a design from a JSON file or a share link, as a Result with readable messages. */
import { readFileSync } from 'node:fs';
import { parseHash, type Design, type Result } from '../model';
import { decodeDesignPayload, parseDesignJson } from '../model/decoding';

/** A file path, or a URL / fragment carrying `#d=…`. */
export function loadDesign(source: string): Result<Design> {
  const hashAt = source.indexOf('#');
  if (/^https?:\/\//i.test(source) || hashAt >= 0) {
    const target = parseHash(hashAt >= 0 ? source.slice(hashAt) : '');
    if (target.type === 'stage') return { ok: false, errors: [`The link opens stage "${target.id}", not a design: export the design or use its share link.`] };
    if (target.type !== 'design') return { ok: false, errors: ['The link holds no design (it needs "#d=…").'] };
    return decodeDesignPayload(target.payload);
  }
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, errors: [`Cannot read "${source}"${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}.`] };
  }
  return parseDesignJson(text, `The file ${source}`);
}
