/**
 * MinHash signatures over word shingles, and banded locality-sensitive
 * hashing to find candidate pairs without comparing every pair.
 *
 * Signatures use one-permutation hashing with rotation densification
 * (Li, Owen & Zhang 2012; Shrivastava & Li 2014): each shingle is hashed
 * once and kept as the minimum of one of K buckets, so a document costs
 * O(words) instead of O(words × K). No dependency does this for Node, so it
 * is hand-written (about 100 lines); the hash is MurmurHash3's 32-bit mixer.
 */

/** Buckets per signature. */
export const SIGNATURE_SIZE = 128;
/** LSH bands × rows = SIGNATURE_SIZE; with 32 × 4 the S-curve's midpoint is ≈ (1/32)^(1/4) ≈ 0.42. */
export const BANDS = 32;
export const ROWS = SIGNATURE_SIZE / BANDS;
/** Words per shingle. */
export const SHINGLE = 3;

const BUCKET_BITS = 7; // 2^7 = 128 buckets
const VALUE_BITS = 32 - BUCKET_BITS;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
const EMPTY = 0xffffffff;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** 32-bit FNV-1a of a lower-cased word (letters folded by the caller). */
function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function isWordChar(c: number): boolean {
  // ASCII letters and digits, and everything above Latin-1 punctuation (letters of other scripts).
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0;
}

/**
 * The MinHash signature of a text: SIGNATURE_SIZE unsigned 32-bit values, or
 * null when the text has fewer than SHINGLE + 2 words (too short to compare).
 */
export function signature(text: string): Uint32Array | null {
  const lower = text.toLowerCase();
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  const window: number[] = [];
  let words = 0;
  let i = 0;
  const n = lower.length;
  while (i < n) {
    while (i < n && !isWordChar(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordChar(lower.charCodeAt(i))) i++;
    if (i === start) break;
    window.push(wordHash(lower, start, i));
    if (window.length > SHINGLE) window.shift();
    words++;
    if (window.length === SHINGLE) {
      let h = 0x9747b28c;
      for (const w of window) h = mix(h, w);
      h = fmix(h ^ SHINGLE);
      const bucket = h >>> VALUE_BITS;
      const value = h & VALUE_MASK;
      if (value < sig[bucket]!) sig[bucket] = value;
    }
  }
  if (words < SHINGLE + 2) return null;
  // Densify: an empty bucket takes the value of the next non-empty one to its right,
  // offset by the distance so that borrowed values rarely collide by chance.
  const out = new Uint32Array(SIGNATURE_SIZE);
  for (let b = 0; b < SIGNATURE_SIZE; b++) {
    let d = 0;
    let j = b;
    while (sig[j] === EMPTY && d < SIGNATURE_SIZE) {
      j = (j + 1) % SIGNATURE_SIZE;
      d++;
    }
    out[b] = (d * (VALUE_MASK + 1) + (sig[j]! & VALUE_MASK)) >>> 0;
  }
  return out;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Hash of one band of a signature. */
export function bandHash(sig: Uint32Array, band: number): number {
  let h = band;
  const start = band * ROWS;
  for (let r = 0; r < ROWS; r++) h = mix(h, sig[start + r]!);
  return fmix(h);
}

/** Members of one band's run of equal hashes each member is paired with, after it. */
export const MAX_RUN = 32;

/**
 * Candidate pairs `[i, j]` (i < j, indices into `signatures`) that share at
 * least one band. Each band is sorted as packed (hash, index) doubles, so
 * memory is 8 bytes per document per band and time O(n log n). Runs of one
 * hash longer than `maxRun` (boilerplate shared by many pages) pair each
 * member only with its next `maxRun` neighbours: clusters still connect.
 */
export function candidatePairs(signatures: Array<Uint32Array | null>, maxRun = MAX_RUN): Array<[number, number]> {
  const n = signatures.length;
  if (n > 1 << 21) throw new RangeError('candidatePairs: at most 2^21 documents per run');
  // Sharded by the first index: one Set holds at most 2^24 keys, and 100,000 near-identical records exceed that.
  const seen: Array<Set<number>> = Array.from({ length: 256 }, () => new Set<number>());
  const pairs: Array<[number, number]> = [];
  const keys = new Float64Array(n);
  for (let band = 0; band < BANDS; band++) {
    let m = 0;
    for (let i = 0; i < n; i++) {
      const sig = signatures[i];
      if (sig) keys[m++] = bandHash(sig, band) * 2097152 + i;
    }
    const sorted = keys.subarray(0, m).sort();
    let runStart = 0;
    for (let k = 1; k <= m; k++) {
      if (k < m && Math.floor(sorted[k]! / 2097152) === Math.floor(sorted[runStart]! / 2097152)) continue;
      for (let x = runStart; x < k; x++) {
        const limit = Math.min(k, x + 1 + maxRun);
        for (let y = x + 1; y < limit; y++) {
          const a = sorted[x]! % 2097152;
          const b = sorted[y]! % 2097152;
          const i = Math.min(a, b);
          const j = Math.max(a, b);
          const key = i * 2097152 + j;
          const shard = seen[i & 255]!;
          if (!shard.has(key)) {
            shard.add(key);
            pairs.push([i, j]);
          }
        }
      }
      runStart = k;
    }
  }
  return pairs;
}
