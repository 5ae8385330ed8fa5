/**
 * Finds where a block of extracted text sits in the raw HTML, for the
 * best-effort offsets of DOM-based extraction. Searches for the block's
 * opening and closing words (as they appear between tags), moving forward
 * through the page so that repeated phrases resolve in reading order.
 */
export class Locator {
  private cursor = 0;
  constructor(private readonly raw: string) {}

  /** Raw range of `text`, or null. `advance` moves the cursor past a match. */
  find(text: string, advance: boolean): { start: number; end: number } | null {
    const head = probe(text, false);
    if (!head) return null;
    let start = this.raw.indexOf(head, this.cursor);
    if (start < 0) start = this.raw.indexOf(head);
    if (start < 0) return null;
    const tail = probe(text, true);
    let end = start + head.length;
    if (tail) {
      // Look for the end within a window proportional to the text's length (markup can double it).
      const limit = start + text.length * 4 + 2000;
      const j = this.raw.indexOf(tail, Math.max(start, end - tail.length));
      if (j >= 0 && j <= limit) end = j + tail.length;
      else end = Math.min(this.raw.length, start + text.length);
    }
    if (advance) this.cursor = end;
    return { start, end };
  }
}

/** A run of the text unlikely to be broken by tags or entities: the first/last words without special characters. */
function probe(text: string, fromEnd: boolean): string {
  const words = text.split(/\s+/).filter(Boolean);
  const seq = fromEnd ? words.reverse() : words;
  const picked: string[] = [];
  for (const w of seq) {
    if (/[&<>"'’“”‘\u00a0]/.test(w)) {
      if (picked.length >= 2) break;
      picked.length = 0;
      continue;
    }
    picked.push(w);
    if (picked.length >= 5) break;
  }
  if (!picked.length) return '';
  return (fromEnd ? picked.reverse() : picked).join(' ');
}
