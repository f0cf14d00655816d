/** Number formatting for goal messages: fixed locale so messages are the same everywhere. */
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 1240 → "1,240". */
export const count = (n: number): string => grouped.format(n);

/** 1240.4 → "1,240 ms"; small values keep one decimal ("2.5 ms"). */
export const ms = (n: number): string => `${n < 10 ? oneDecimal.format(n) : grouped.format(n)} ms`;

/** 0.0123 → "1.2%"; 0 → "0%". */
export const pct = (fraction: number): string => `${oneDecimal.format(fraction * 100)}%`;

/** 1234.5 → "1,235 req/s". */
export const rps = (n: number): string => `${grouped.format(n)} req/s`;

/** 1234.5 → "$1,235 a month". */
export const usdPerMonth = (n: number): string => `$${grouped.format(n)} a month`;

/** "1 web server" / "2 web servers". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

/** 1.234 → "1.23". */
export const ratio = (n: number): string => (Math.round(n * 100) / 100).toString();

/** ["a", "b", "c"] → "a, b and c". */
export const joinWords = (words: readonly string[]): string =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
