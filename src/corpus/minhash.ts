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
export const SHINGLE = 3; // signature() keeps its window in three variables

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

/** The buckets being filled: one array for every signature, as the signature is made synchronously. */
const SCRATCH = new Uint32Array(SIGNATURE_SIZE);

/**
 * The MinHash signature of a text: SIGNATURE_SIZE unsigned 32-bit values, or
 * null when the text has fewer than SHINGLE + 2 words (too short to compare).
 */
export function signature(text: string): Uint32Array | null {
  const lower = text.toLowerCase();
  const sig = SCRATCH.fill(EMPTY);
  // The last three word hashes (SHINGLE), oldest first.
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let words = 0;
  let i = 0;
  const n = lower.length;
  while (i < n) {
    while (i < n && !isWordChar(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordChar(lower.charCodeAt(i))) i++;
    if (i === start) break;
    w0 = w1;
    w1 = w2;
    w2 = wordHash(lower, start, i);
    words++;
    if (words >= SHINGLE) {
      let h = mix(mix(mix(0x9747b28c, w0), w1), w2);
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

/**
 * {@link similarity} when at least `need` of the two signatures' buckets agree, else -1: it stops as soon as the
 * buckets left cannot reach `need` (most candidate pairs of a large corpus are below the duplicate threshold).
 */
export function similarityFrom(a: Uint32Array, b: Uint32Array, need: number): number {
  if (need > SIGNATURE_SIZE) return -1;
  let same = 0;
  let miss = SIGNATURE_SIZE - need;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (a[i] === b[i]) same++;
    else if (--miss < 0) return -1;
  }
  return same / SIGNATURE_SIZE;
}

/** The fewest agreeing buckets whose {@link similarity} is `threshold` or more (SIGNATURE_SIZE + 1: none is). */
export function bucketsFor(threshold: number): number {
  let need = 0;
  while (need <= SIGNATURE_SIZE && need / SIGNATURE_SIZE < threshold) need++;
  return need;
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
 * Candidate pairs `[i, j]` (i < j, indices into `signatures`) that share at least one band, in the order
 * {@link forEachCandidatePair} visits them. For tests and small inputs: a large corpus visits them instead.
 */
export function candidatePairs(signatures: Array<Uint32Array | null>, maxRun = MAX_RUN): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  forEachCandidatePair(signatures, (i, j) => pairs.push([i, j]), maxRun);
  return pairs;
}

/**
 * Visit each candidate pair `(i, j)` (i < j, indices into `signatures`) that shares at least one band, once, in
 * the order the bands first pair it. Each band is sorted as packed (hash, index) doubles: time O(n log n) per band.
 * Runs of one hash longer than `maxRun` (boilerplate shared by many pages) pair each member only with its next
 * `maxRun` neighbours: clusters still connect. A pair is visited in the first band that pairs it: a later band
 * pairs it again exactly when an earlier one put both in one run at most `maxRun` places apart, which each
 * document's hash and place per band tell (8 bytes per document and band), so no set of the pairs seen is kept:
 * near-identical texts give up to BANDS × maxRun pairs a document.
 */
export function forEachCandidatePair(
  signatures: Array<Uint32Array | null>,
  visit: (i: number, j: number) => void,
  maxRun = MAX_RUN,
): void {
  const n = signatures.length;
  if (n > 1 << 21) throw new RangeError('candidatePairs: at most 2^21 documents per run');
  // Long runs seen in an earlier band, by a hash of their members: near-identical records repeat one run in every
  // band, and pairing it again would only find pairs already seen.
  const longRuns = new Map<number, Int32Array[]>();
  const keys = new Float64Array(n);
  // The sorted band's document indices and hashes, as integers for the pairing loop.
  const index = new Int32Array(n);
  const hash = new Float64Array(n);
  // Per band (band × n + document): the document's band hash and its place in that band's run.
  const hashOf = new Uint32Array(BANDS * n);
  const placeOf = new Int32Array(BANDS * n);
  // Whether a band before `band` paired i and j: one run holding both, at most maxRun places apart.
  const pairedBefore = (i: number, j: number, band: number): boolean => {
    for (let o = 0, end = band * n; o < end; o += n) {
      if (hashOf[o + i] === hashOf[o + j] && placeOf[o + j]! - placeOf[o + i]! <= maxRun) return true;
    }
    return false;
  };
  for (let band = 0; band < BANDS; band++) {
    let m = 0;
    for (let i = 0; i < n; i++) {
      const sig = signatures[i];
      if (sig) keys[m++] = bandHash(sig, band) * 2097152 + i;
    }
    const sorted = keys.subarray(0, m).sort();
    const at = band * n;
    for (let k = 0; k < m; k++) {
      const h = Math.floor(sorted[k]! / 2097152);
      hash[k] = h;
      index[k] = sorted[k]! - h * 2097152;
      hashOf[at + index[k]!] = h;
    }
    let runStart = 0;
    for (let k = 1; k <= m; k++) {
      if (k < m && hash[k] === hash[runStart]) continue;
      // A run holds one hash, so its members come in index order: places grow with the index.
      for (let x = runStart; x < k; x++) placeOf[at + index[x]!] = x - runStart;
      if (k - runStart > maxRun + 1 && repeated(longRuns, index, runStart, k)) {
        runStart = k;
        continue;
      }
      for (let x = runStart; x < k; x++) {
        const limit = Math.min(k, x + 1 + maxRun);
        const i = index[x]!;
        for (let y = x + 1; y < limit; y++) {
          const j = index[y]!;
          if (!pairedBefore(i, j, band)) visit(i, j);
        }
      }
      runStart = k;
    }
  }
}

/** Whether the run `index[from, to)` (members in index order) was met before; remembered when not. */
function repeated(runs: Map<number, Int32Array[]>, index: Int32Array, from: number, to: number): boolean {
  let h = to - from;
  for (let x = from; x < to; x++) h = mix(h, index[x]!);
  h = fmix(h);
  const same = runs.get(h);
  if (same) {
    for (const members of same) {
      if (members.length !== to - from) continue;
      let equal = true;
      for (let x = from; x < to && equal; x++) equal = members[x - from] === index[x];
      if (equal) return true;
    }
  }
  const members = index.slice(from, to);
  if (same) same.push(members);
  else runs.set(h, [members]);
  return false;
}
