/**
 * Inline markdown → text pieces with raw offsets: link text without the URL,
 * images dropped, emphasis and code markers removed. Block syntax (headings,
 * bullets) is handled by the line splitter.
 */
export interface Piece {
  text: string;
  rawStart: number;
  rawLength: number;
}

// [text](url) and ![alt](src); bounded so they cannot backtrack.
const INLINE = /!?\[([^\]\n]{0,500})\]\([^)\s]{0,1000}(?:\s+"[^"\n]{0,200}")?\)|(\*\*|__|`)/g;

/** Pieces of one markdown line that starts at raw offset `rawStart`. */
export function markdownPieces(line: string, rawStart: number): Piece[] {
  const out: Piece[] = [];
  let pos = 0;
  const emit = (from: number, to: number) => {
    if (to > from) out.push({ text: line.slice(from, to), rawStart: rawStart + from, rawLength: to - from });
  };
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(line); m; m = INLINE.exec(line)) {
    emit(pos, m.index);
    if (m[1] !== undefined && !m[0].startsWith('!')) emit(m.index + 1, m.index + 1 + m[1].length);
    pos = m.index + m[0].length;
  }
  emit(pos, line.length);
  return out;
}
