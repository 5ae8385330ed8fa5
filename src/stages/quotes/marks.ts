/**
 * Quotation regions: pairs of opening and closing marks, found in one
 * linear scan. Curly double quotes pair by direction; straight double quotes
 * by position (an opening mark follows a space or bracket, a closing mark
 * precedes a space or punctuation); single curly quotes only as outer quotes
 * (‘…’ in British style), never as apostrophes (don’t). A quote left open
 * at a paragraph end closes there (multi-paragraph quotes reopen with a new
 * mark).
 */

export interface QuoteRegion {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when unterminated. */
  close: number;
  /** true when a closing mark was found. */
  closed: boolean;
  /** The text between the marks: [start, end). */
  start: number;
  end: number;
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined) => ch === undefined || /[\s([{\u2014\u2013-]/.test(ch);

/** The last text {@link findQuoteRegions} read, and its regions. */
let last: { text: string; regions: QuoteRegion[] } | null = null;

/**
 * The quotation regions of `text` (see {@link readQuoteRegions}), kept for the last text asked for: attributions
 * and quotes read the same article's marks. The regions are shared: callers must not change them.
 */
export function findQuoteRegions(text: string): QuoteRegion[] {
  if (last?.text !== text) last = { text, regions: readQuoteRegions(text) };
  return last.regions;
}

/**
 * Find quotation regions in `text`. Linear time: a regex finds each mark or
 * line break and the rest of the text is not visited one character at a time
 * (the loop over every character was re-optimised by V8 about ten times per
 * worker, its reads past either end deoptimising it each time).
 */
function readQuoteRegions(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let kind: 'curly' | 'straight' | 'single' | null = null;
  const n = text.length;
  const at = (i: number): string | undefined => (i >= 0 && i < n ? text[i] : undefined);
  const finish = (close: number, closed: boolean) => {
    let end = close;
    while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
    if (end > open + 1) out.push({ open, close, closed, start: open + 1, end });
    open = -1;
    kind = null;
  };
  // A single-quote region never runs past 400 characters (it was an apostrophe after all): it is
  // dropped at the 401st character after its mark, whatever that character is.
  const expire = (i: number) => {
    if (kind === 'single' && i - open > 400) {
      open = -1;
      kind = null;
    }
  };
  // Start of the paragraph after one that ended inside a quote: a closing mark there with no
  // opening mark closes a quote that ran on without reopening.
  let reopenAt = -1;
  // The characters acted on; the scan jumps from one to the next (a fresh regex: its lastIndex is this call's).
  const marks = /[\n“”"‘’]/g;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index;
    // Dropped at a character between the previous mark and this one.
    if (i - open > 401) expire(i);
    const ch = m[0];
    if (ch === '\n') {
      // Paragraph end (blank line) closes an open quote.
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j >= n || text[j] === '\n') {
        const wasOpen = open >= 0 && kind !== 'single';
        if (open >= 0) finish(i, false);
        let k = j;
        while (k < n && /\s/.test(text[k]!)) k++;
        reopenAt = wasOpen && k < n && text[k] !== '"' && text[k] !== '“' ? k : -1;
        marks.lastIndex = Math.max(i, k - 1) + 1;
        continue;
      }
    }
    if (
      open < 0 &&
      reopenAt >= 0 &&
      (ch === '”' || (ch === '"' && !isSpaceOrStart(at(i - 1)) && !isWordChar(at(i + 1))))
    ) {
      open = reopenAt - 1;
      kind = 'curly';
      reopenAt = -1;
      const close = i;
      let end = close;
      while (end > reopenAt && /\s/.test(text[end - 1]!)) end--;
      out.push({ open, close, closed: true, start: open + 1, end });
      open = -1;
      kind = null;
      continue;
    }
    if (ch === '“') {
      if (open >= 0 && kind !== 'single') finish(i, false);
      open = i;
      kind = 'curly';
    } else if (ch === '”') {
      if (open >= 0 && (kind === 'curly' || kind === 'straight')) finish(i, true);
    } else if (ch === '"') {
      const prev = at(i - 1);
      const next = at(i + 1);
      if (open >= 0 && (kind === 'straight' || kind === 'curly')) {
        if (!isWordChar(next) || isSpaceOrStart(prev) === false) finish(i, true);
      } else if (
        open < 0 &&
        !isSpaceOrStart(next === undefined ? ' ' : next) &&
        (isSpaceOrStart(prev) || /["'“‘:,]/.test(prev ?? ''))
      ) {
        open = i;
        kind = 'straight';
      } else if (open < 0 && isSpaceOrStart(prev)) {
        open = i;
        kind = 'straight';
      }
    } else if (ch === '‘') {
      if (open < 0 && isSpaceOrStart(at(i - 1)) && isWordChar(at(i + 1))) {
        open = i;
        kind = 'single';
      }
    } else if (ch === '’') {
      if (kind === 'single' && !isWordChar(at(i + 1))) finish(i, true);
    }
    expire(i);
  }
  expire(n - 1);
  if (open >= 0) finish(n, false);
  return out;
}

/** Index of the region containing `offset` (between its marks), or -1. Regions are sorted. */
export function regionAt(regions: readonly QuoteRegion[], offset: number): number {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (offset < r.open) hi = mid - 1;
    else if (offset > r.close) lo = mid + 1;
    else return mid;
  }
  return -1;
}
