/**
 * Wire agencies a story comes from or cites, from credits and citations:
 * `(AP)`, `By Via AP news wire`, `Copyright 2024 The Associated Press`,
 * `Source: AFP/lh`, `(Yonhap)`, `Yonhap news agency reported`,
 * `according to South Korea's Yonhap News Agency`. Long names count
 * anywhere; short ones (AP, AFP, PA, dpa…) only beside such a cue.
 */
import type { Dropped, Span, Valued } from '../../article.js';
import { AGENCIES, type Agency } from './agencies.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patterns(a: Agency): RegExp[] {
  const out: RegExp[] = [];
  for (const n of a.names) out.push(new RegExp(`(?<![\\w-])${esc(n)}(?![\\w-])`, n.length <= 5 ? 'g' : 'gi'));
  for (const s of a.short) {
    const S = esc(s);
    out.push(
      new RegExp(`\\(${S}(?:[/ ][^()\\n]{0,60})?\\)`, 'g'), // (AP), (AFP/lh), (AP Photo/Ahn Young-joon)
      new RegExp(`(?<![\\w-])(?:[Ss]ource|[Cc]redit)s?\\s*:\\s*(?:[\\w .-]{0,30}[/,]\\s*)?${S}(?![\\w-])`, 'g'),
      new RegExp(`(?<![\\w-])(?:[Vv]ia|VIA)\\s+(?:the\\s+)?${S}(?![\\w-])`, 'g'),
      new RegExp(`(?:©|\\([Cc]\\)|[Cc]opyright)\\s*(?:(?:19|20)\\d{2}\\s*)?(?:[Tt]he\\s+)?${S}(?![\\w-])`, 'g'),
      new RegExp(`(?<![\\w-])${S}\\s+(?:news ?wire|newswire|news agency|wire service|reported|reports|photo|Photo|contributed)(?![\\w-])`, 'g'),
      new RegExp(`(?<![\\w-])(?:told|according to|citing|per|[Bb]y|[Ww]ith)\\s+(?:the\\s+)?${S}(?![\\w-])`, 'g'),
      new RegExp(`(?:^|\\n)\\s*[—–-]{1,2}\\s*${S}\\s*$`, 'gm'),
    );
  }
  return out;
}

/** Find every agency credited or cited in the text and the dropped header/footer lines. */
export function findWires(text: string, dropped: Dropped[], agencies: Agency[] = AGENCIES): Valued<string>[] {
  const out: Valued<string>[] = [];
  for (const a of agencies) {
    const res = patterns(a);
    let hit: Valued<string> | null = null;
    for (const re of res) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m) {
        const s: Span = { start: m.index, end: m.index + m[0].length, text: m[0] };
        hit = { value: a.name, by: 'metadata/wire-cue', certain: true, span: s };
        break;
      }
    }
    if (!hit) {
      outer: for (const d of dropped) {
        // Photo credits name who took the picture, not where the story came from.
        if (d.reason === 'caption') continue;
        for (const re of res) {
          re.lastIndex = 0;
          if (re.test(d.text)) {
            hit = { value: a.name, by: `metadata/wire-${d.reason}`, certain: true };
            break outer;
          }
        }
      }
    }
    if (hit) out.push(hit);
  }
  return out;
}
