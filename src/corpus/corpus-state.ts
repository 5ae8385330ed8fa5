/**
 * What the corpus stages keep of each document between runs: its metadata and date cues, its MinHash
 * signature and the story words it contributes. An incremental run (./incremental.ts) restores these into
 * the duplicate and story indexes instead of reading every stored text again.
 */
import type { CorpusDocState } from '../records.js';
import { DuplicateIndex } from './duplicates.js';
import { StoryIndex, type StoryIndexDump } from './stories.js';
import type { DocMeta } from './types.js';

/** A document's kept state, as stored (JSON). */
interface Kept {
  /** Metadata and date cues as the duplicates stage read them, before story dating. */
  m: Omit<DocMeta, 'id' | 'order'>;
  /** The signature, base64 (null: a text too short to compare). */
  s: string | null;
  /** Story words in the order the story stage took them; null when they cannot be replayed as a title. */
  w: string[] | null;
  /** The document's place in store order when kept: an article moved since (a second enqueuer's earlier place). */
  p?: number;
  /** The lower-case wording the story stage kept (absent in states kept before it did). */
  l?: string[];
}

function encode(sig: Uint32Array | null): string | null {
  return sig ? Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64') : null;
}

/** Signatures decoded into shared blocks of this many bytes: one allocation per block, not two per document. */
const BLOCK = 1 << 18;
let block = Buffer.alloc(0);
let used = 0;

function decode(s: string | null): Uint32Array | null {
  if (!s) return null;
  // Base64 of n bytes is at most ceil(n / 3) * 4 characters: room for the longest it can be.
  const most = Math.ceil((s.length * 3) / 4 / 4) * 4;
  if (used + most > block.length) {
    block = Buffer.alloc(Math.max(BLOCK, most));
    used = 0;
  }
  const bytes = block.write(s, used, 'base64');
  // A whole number of 32-bit words: anything else is not a signature this index wrote; copied as before.
  if (bytes % 4) {
    const copy = Buffer.from(s, 'base64');
    return new Uint32Array(copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.byteLength));
  }
  const sig = new Uint32Array(block.buffer, block.byteOffset + used, bytes / 4);
  used += bytes;
  return sig;
}

/**
 * Captures each document's state right after the indexes read it (before story dating changes its date):
 * `take(i)` is called once per document, in order.
 */
export class StateRecorder {
  /** Dates of the documents story dating may fill in (those it found none for), as they were before. */
  private readonly undated = new Map<number, Pick<DocMeta, 'asOf' | 'asOfBy'>>();
  private readonly replayable: boolean[] = [];

  /** `base`: the first document this recorder is given (those before it were restored, not read). */
  constructor(
    private readonly duplicates: DuplicateIndex,
    private readonly stories: StoryIndex,
    private readonly base = 0,
  ) {}

  /** Note document `i` (the last one added to both indexes). */
  take(i: number): void {
    const doc = this.duplicates.docs[i]!;
    if (!doc.asOf) this.undated.set(i, { asOf: doc.asOf, asOfBy: doc.asOfBy });
    // The words are replayed as a title later: check now that they come back the same.
    const words = this.words(i);
    const scratch = new StoryIndex();
    scratch.add({ id: doc.id, title: words.join(' '), body: '' });
    const again = scratch.storyWordsOf(0).map((w) => w.toLowerCase());
    this.replayable[i - this.base] =
      again.length === words.length && again.every((k, j) => k === words[j]!.toLowerCase());
  }

  private words(i: number): string[] {
    return this.stories.storyWordsOf(i);
  }

  /** The state of document `i` with the story it was put in. */
  state(i: number, story: string | null): CorpusDocState {
    const { id, order: _order, ...m } = this.duplicates.docs[i]!;
    const kept: Kept = {
      m: { ...m, ...this.undated.get(i) },
      s: encode(this.duplicates.signatureOf(i)),
      w: this.replayable[i - this.base] ? this.words(i) : null,
      p: i,
      l: this.stories.wordingOf(i),
    };
    return { id, story, state: JSON.stringify(kept) };
  }
}

/**
 * Refill both indexes with a stored document, as if its text had been read. Null when it could; else why
 * not (its story words cannot be replayed, or it moved in store order), and the caller runs the full stages.
 */
export function restore(duplicates: DuplicateIndex, stories: StoryIndex, state: CorpusDocState): string | null {
  const kept = JSON.parse(state.state) as Kept;
  if (!kept.w || !kept.l) return 'a stored article has no replayable story words';
  if (kept.p !== undefined && kept.p !== duplicates.docs.length) return 'stored articles were reordered';
  duplicates.restore({ ...kept.m, id: state.id }, decode(kept.s));
  stories.restore({ id: state.id, words: kept.w, wording: kept.l, published: kept.m.published });
  return null;
}

/** The packed indexes' format: a store holding another one's is read through every document's kept state. */
const PACK_VERSION = 1;

/** The text and number parts of a packed index. */
interface PackHead {
  v: number;
  docs: Array<Omit<DocMeta, 'order'>>;
  published: Array<string | null>;
  display: string[];
  wordingWords: string[];
}

/**
 * Both indexes in one buffer, as they stand before story dating (call it right after the last document is
 * added): an incremental run loads them whole ({@link unpackIndexes}) in place of restoring every document's kept
 * state one by one. Layout: the head's JSON length (u32), the JSON, padding to 4 bytes, then u32 arrays, each
 * after its length: word counts, words, their ends, wording counts, wording, its ends, signature lengths (the
 * null signature's is 2^32 - 1), signatures.
 */
export function packIndexes(duplicates: DuplicateIndex, stories: StoryIndex): Buffer {
  const d = stories.dump();
  const docs = duplicates.docs.map(({ order: _order, ...m }) => m);
  const head = Buffer.from(
    JSON.stringify({
      v: PACK_VERSION,
      docs,
      published: d.published,
      display: d.display,
      wordingWords: d.wordingWords,
    } satisfies PackHead),
  );
  const sigLengths = new Uint32Array(docs.length);
  let sigTotal = 0;
  for (let i = 0; i < docs.length; i++) {
    const sig = duplicates.signatureOf(i);
    sigLengths[i] = sig ? sig.length : NO_SIGNATURE;
    sigTotal += sig ? sig.length : 0;
  }
  const sigs = new Uint32Array(sigTotal);
  for (let i = 0, at = 0; i < docs.length; i++) {
    const sig = duplicates.signatureOf(i);
    if (!sig) continue;
    sigs.set(sig, at);
    at += sig.length;
  }
  const parts = [d.df, d.words.data, d.words.ends, d.wordingDf, d.wording.data, d.wording.ends, sigLengths, sigs];
  const headEnd = 4 + head.length + ((4 - (head.length % 4)) % 4);
  const size = headEnd + parts.reduce((n, p) => n + 4 + p.byteLength, 0);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  let at = headEnd;
  for (const p of parts) {
    out.writeUInt32LE(p.length, at);
    at += 4;
    Buffer.from(p.buffer, p.byteOffset, p.byteLength).copy(out, at);
    at += p.byteLength;
  }
  return out;
}

const NO_SIGNATURE = 0xffffffff;

/**
 * The indexes {@link packIndexes} packed, and the documents' ids in order; null when the buffer is of another
 * format. The caller checks that they are the documents the store keeps a state of.
 */
export function unpackIndexes(
  packed: Uint8Array,
  threshold: number,
): { duplicates: DuplicateIndex; stories: StoryIndex; ids: string[] } | null {
  // Typed arrays need 4-byte alignment: a buffer the driver placed elsewhere is copied once.
  const buf =
    packed.byteOffset % 4 ? Buffer.from(packed) : Buffer.from(packed.buffer, packed.byteOffset, packed.length);
  if (buf.length < 4) return null;
  const headLength = buf.readUInt32LE(0);
  const head = JSON.parse(buf.toString('utf8', 4, 4 + headLength)) as PackHead;
  if (head.v !== PACK_VERSION) return null;
  let at = 4 + headLength + ((4 - (headLength % 4)) % 4);
  const next = (): Uint32Array => {
    const n = buf.readUInt32LE(at);
    const arr = new Uint32Array(buf.buffer, buf.byteOffset + at + 4, n);
    at += 4 + n * 4;
    return arr;
  };
  const [df, words, wordEnds, wordingDf, wording, wordingEnds, sigLengths, sigs] = Array.from({ length: 8 }, next);
  const dump: StoryIndexDump = {
    ids: head.docs.map((m) => m.id),
    published: head.published,
    display: head.display,
    df: df!,
    words: { data: words!, ends: wordEnds! },
    wordingWords: head.wordingWords,
    wordingDf: wordingDf!,
    wording: { data: wording!, ends: wordingEnds! },
  };
  const duplicates = new DuplicateIndex(threshold);
  for (let i = 0, s = 0; i < head.docs.length; i++) {
    const n = sigLengths![i]!;
    duplicates.restore(head.docs[i]!, n === NO_SIGNATURE ? null : sigs!.subarray(s, (s += n)));
  }
  return { duplicates, stories: StoryIndex.load(dump), ids: dump.ids };
}
