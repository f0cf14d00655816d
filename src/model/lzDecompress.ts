/**
 * lz-string's `decompressFromEncodedURIComponent`, with a bound on the output.
 *
 * Why a copy: LZ output can grow quadratically with its input (each code may repeat the previous
 * entry plus one character), so a 20 kB link can expand to gigabytes and freeze the tab before
 * any size check runs. This port stops as soon as the text would pass `maxChars`. The algorithm
 * and the alphabet are lz-string 1.5's; a test checks it agrees with the library.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export type BoundedDecompression = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-large' };

/** Decompresses a URI-safe lz-string payload, refusing output longer than `maxChars`. */
export function decompressUriPayload(payload: string, maxChars: number): BoundedDecompression {
  const input = payload.replace(/ /g, '+');
  if (input === '') return { ok: false, reason: 'damaged' };
  const length = input.length;
  let val = VALUE_OF.get(input.charAt(0)) ?? 0;
  let position = 32;
  let index = 1;

  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1, i = 0; i < count; i++, power *= 2) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = VALUE_OF.get(input.charAt(index++)) ?? 0;
      }
      if (bit > 0) bits += power;
    }
    return bits;
  };

  const dictionary: string[] = [];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  const first = readBits(2);
  if (first === 2) return { ok: true, text: '' };
  if (first !== 0 && first !== 1) return { ok: false, reason: 'damaged' };
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const result: string[] = [w];
  let total = w.length;

  for (;;) {
    if (index > length) return { ok: false, reason: 'damaged' };
    let code = readBits(numBits);
    if (code === 2) return { ok: true, text: result.join('') };
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      code = dictSize - 1;
      if (--enlargeIn === 0) { enlargeIn = 2 ** numBits; numBits++; }
    }
    let entry: string;
    if (code < dictSize && dictionary[code] !== undefined) entry = dictionary[code];
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { ok: false, reason: 'damaged' };
    total += entry.length;
    if (total > maxChars) return { ok: false, reason: 'too-large' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    w = entry;
    if (--enlargeIn === 0) { enlargeIn = 2 ** numBits; numBits++; }
  }
}
