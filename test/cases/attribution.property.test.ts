/**
 * Properties of sentences, entities, attributions and quotes over random and
 * adversarial text: they never throw, every span lies inside the text and
 * equals its slice, and a 1 MB adversarial string is processed (linear time;
 * a catastrophic regex would time the test out — no wall-clock assertion).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createArticle, type Article, type Span } from '../../src/article.js';
import { createContext } from '../../src/pipeline.js';
import { sentencesStage } from '../../src/stages/sentences.js';
import { entitiesStage } from '../../src/stages/entities.js';
import { attributionsStage } from '../../src/stages/attributions.js';
import { quotesStage } from '../../src/stages/quotes.js';

function run(text: string): Article {
  const article = createArticle({ source: 'prop', raw: text, format: 'text' });
  article.text = text;
  const ctx = createContext();
  for (const stage of [sentencesStage, entitiesStage, attributionsStage, quotesStage]) stage.run(article, ctx);
  return article;
}

function spans(article: Article): Span[] {
  const out: Span[] = [...article.sentences, ...article.mentions, ...article.quotes];
  for (const a of article.attributions) {
    out.push(a.content, a.cue);
    for (const link of [a.source, ...a.via]) if (link.span) out.push(link.span);
  }
  for (const q of article.quotes) {
    if (q.speakerSpan) out.push(q.speakerSpan);
    if (q.cue) out.push(q.cue);
  }
  return out;
}

function check(text: string): void {
  const article = run(text);
  for (const s of spans(article)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  const ids = new Set(article.entities.map((e) => e.id));
  for (const m of article.mentions) expect(ids.has(m.entity)).toBe(true);
  for (const q of article.quotes) if (q.speaker) expect(typeof q.speakerName).toBe('string');
}

/** Pieces of news-like text, quote marks and punctuation that stress the rules. */
const piece = fc.constantFrom(
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  ' ',
  '  ',
  '\n',
  '\n\n',
  '.',
  ',',
  ':',
  ';',
  '—',
  ' -- ',
  '(',
  ')',
  'said',
  ' said ',
  'told reporters',
  'according to',
  'citing',
  'cited',
  'as saying',
  'per',
  'added',
  'he',
  'she',
  'it',
  'Mr.',
  'Ms.',
  'Dr.',
  'Maj. Gen.',
  'N. Korea',
  'U.S.',
  'Oct. 18',
  'J. R. R.',
  'Jr.',
  'NIS',
  'the North',
  'spy agency',
  'Kim Jong-un',
  'Lee',
  'Park Sunwon',
  'Maria Lopez',
  'President',
  'lawmaker',
  'officials',
  'a source',
  'The',
  'A',
  'B',
  '1,500',
  '3.5',
  '12,000 troops',
  'Seoul',
  'Moscow',
  "'s",
  'who',
  'that',
  'and',
  '?',
  '!',
  '…',
  '•',
  'É',
  '中',
  '🙂',
);

describe('properties', () => {
  it('never throws and keeps spans exact on random news-like text', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 80 }).map((xs) => xs.join(' ')),
        (text) => check(text),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => check(text)),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => check(text)),
      { numRuns: 200 },
    );
  });

  it('processes a 1 MB adversarial string of quote marks, spaces, capitals and periods', { timeout: 120_000 }, () => {
    const unit = ['“', '"', ' ', 'A', 'B.', 'Mr. ', '.', ', said ', 'Kim ', '” ', 'according to ', 'N. ', '\n'];
    const parts: string[] = [];
    let x = 7;
    let size = 0;
    while (size < 1_000_000) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      const p = unit[x % unit.length]!;
      parts.push(p);
      size += p.length;
    }
    const article = run(parts.join(''));
    expect(article.sentences.length).toBeGreaterThan(0);
    for (const s of article.sentences.slice(0, 1000)) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('processes long runs of one character class', { timeout: 120_000 }, () => {
    for (const unit of ['"', '“', 'A ', 'A. ', '. ', ', ', 'Aaa-Bbb ', 'said, ']) {
      const text = unit.repeat(Math.floor(200_000 / unit.length));
      const article = run(text);
      expect(article.messages.filter((m) => m.fatal)).toEqual([]);
    }
  });
});
