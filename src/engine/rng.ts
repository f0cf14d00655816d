/**
 * Seeded pseudo-random numbers for the engine: xoshiro128** (32-bit state words, so it is exact in
 * JavaScript's int32 arithmetic and identical in Node, a worker and tests). Never Math.random.
 *
 * A run has no single stream: every client and every node draws from its own substream
 * (`substream(seed, name)`), so what one part of a design draws never shifts what another part
 * sees. Two designs run with one seed then share arrivals and service times wherever they share
 * clients and nodes (common random numbers; docs/randomness.md).
 */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** A generator for `seed`; `stream` (a hash of a name, see `substream`) picks one of 2³² streams of that seed. */
  constructor(seed: number, stream?: number) {
    // splitmix32 spreads a small seed over the four state words; a second splitmix sequence from
    // the stream number is mixed in, so streams of one seed start far apart in the state space.
    const seedWords = splitmix32(seed);
    const streamWords = stream === undefined ? null : splitmix32(stream ^ STREAM_SALT);
    const word = (): number => (streamWords ? seedWords() ^ streamWords() : seedWords());
    this.s0 = word(); this.s1 = word(); this.s2 = word(); this.s3 = word();
    // An all-zero state would stay zero for ever.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next raw 32-bit unsigned integer. */
  nextU32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.nextU32() / 4294967296;
  }

  /** Exponential with the given mean (inverse transform; 1 − u is in (0, 1], so no log(0)). */
  exponential(mean: number): number {
    return -Math.log(1 - this.uniform()) * mean;
  }

  /** Standard normal (Box–Muller; the second value is discarded to keep the state simple). */
  normal(): number {
    const u1 = 1 - this.uniform();
    const u2 = this.uniform();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Lognormal with the given mean and log-space spread sigma (mu chosen so the mean matches). */
  lognormal(mean: number, sigma: number): number {
    const mu = Math.log(mean) - (sigma * sigma) / 2;
    return Math.exp(mu + sigma * this.normal());
  }

  /** Integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** Keeps stream 0 of a seed from starting where the plain `new Rng(seed)` does. */
const STREAM_SALT = 0x5bd1e995;

/** splitmix32: a sequence of well-mixed 32-bit words from any 32-bit start. */
function splitmix32(start: number): () => number {
  let x = start >>> 0;
  return () => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
}

/** FNV-1a over the UTF-16 code units of `name`, then a final avalanche (murmur3's fmix32). */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The substream of the run's `seed` named `name` (e.g. "arrivals:users", "service:web-1"). It
 * depends only on the seed and the name, never on where the node sits in the design, so the same
 * node id in two designs draws the same numbers.
 */
export const substream = (seed: number, name: string): Rng => new Rng(seed, hashName(name));
