/**
 * Builds the cleaned text piece by piece while recording, for every piece,
 * where it came from in the raw input (the offsets map). Paragraphs are
 * separated by a blank line.
 */
import type { OffsetSegment } from '../../article.js';

export class TextBuilder {
  text = '';
  offsets: OffsetSegment[] = [];
  private open = false;

  /** Start a new paragraph (a blank line before it unless it is the first). */
  paragraph(): void {
    if (this.text.length) this.text += '\n\n';
    this.open = true;
  }

  /** Append `piece`, which came from raw[rawStart, rawStart + rawLength). */
  push(piece: string, rawStart: number, rawLength: number = piece.length): void {
    if (!piece) return;
    if (!this.open) this.paragraph();
    const start = this.text.length;
    const last = this.offsets[this.offsets.length - 1];
    // Merge with the previous segment when both are exact and contiguous.
    if (
      last &&
      last.start + last.length === start &&
      last.rawStart + last.rawLength === rawStart &&
      last.length === last.rawLength &&
      piece.length === rawLength &&
      rawStart >= 0
    ) {
      last.length += piece.length;
      last.rawLength += rawLength;
    } else {
      this.offsets.push({ start, length: piece.length, rawStart, rawLength });
    }
    this.text += piece;
  }

  /** Append a separator that has no raw counterpart (a space joining wrapped lines). */
  glue(sep: string): void {
    this.text += sep;
  }

  /** Remove trailing white space of the current text (never inside a segment). */
  get length(): number {
    return this.text.length;
  }
}
