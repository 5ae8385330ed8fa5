import { describe, expect, it } from 'vitest';
import { type Article, type Attribution, type AttributionSpan } from '../../article.js';
import { createContext } from '../../pipeline.js';
import { quantitiesStage } from '../quantities.js';
import { timesStage } from '../times.js';
import { anonymous } from '../claims.js';
import { actorTarget, attributionFor, indexArticle, saidFor, whenFor } from './join.js';
import { lineArticle, lineClaims } from '../../../test/helpers/claims.js';

function build(text: string, attributions: (a: Article) => AttributionSpan[] = () => []): Article {
  return lineClaims(text, { attributions });
}

const attr = (name: string, by: string, entity: string | null = null): Attribution => ({
  entity,
  name,
  by,
  certain: false,
});

describe('claims: anonymous sources are the outlet speaking', () => {
  const anon: Array<[string, string]> = [
    ['sources', 'attributions/subject/generic'],
    ['some analysts', 'attributions/subject/generic'],
    ['unnamed officials', 'attributions/subject/generic'],
    ['the company', 'attributions/subject/described'],
  ];
  for (const [name, by] of anon)
    it(`“${name}” (${by}) is anonymous`, () => expect(anonymous(attr(name, by))).toBe(true));
  const named: Array<[string, string, string | null]> = [
    ['White House officials', 'attributions/subject/generic', null],
    ['court documents', 'attributions/subject/generic', null],
    ['federal prosecutors', 'attributions/subject/generic', null],
    ['election officials', 'attributions/subject/generic', null],
    ['officials', 'attributions/subject/generic', null],
    ['the officials', 'attributions/verb/generic', null],
    ['officials', 'attributions/subject', 'officials-org'],
    ['Reuters', 'attributions/subject', 'reuters'],
  ];
  for (const [name, by, entity] of named)
    it(`“${name}” (${by}) names who speaks`, () => expect(anonymous(attr(name, by, entity))).toBe(false));

  it('a claim credited to bare `sources` has source null and keeps the description in via', () => {
    const text =
      'Rescuers have pulled 300 people from the rubble, with sources suggesting the toll could rise to 2,000.';
    const c0 = text.indexOf('the toll');
    const s0 = text.indexOf('sources');
    const article = build(text, (a) => [
      {
        sentence: 0,
        content: { start: c0, end: text.length - 1, text: a.text.slice(c0, text.length - 1) },
        source: {
          entity: null,
          name: 'sources',
          span: { start: s0, end: s0 + 7, text: 'sources' },
          by: 'attributions/subject/generic',
          certain: false,
        },
        via: [],
        cue: { start: s0 + 8, end: s0 + 18, text: a.text.slice(s0 + 8, s0 + 18) },
        carried: false,
        by: 'test',
        certain: true,
      },
    ]);
    const claim = article.claims.find((c) => c.quantity.value === 2000)!;
    expect(claim.source).toBeNull();
    expect(claim.via.map((v) => v.name)).toEqual(['sources']);
    expect(claim.via[0]!.by).toMatch(/\/anonymous$/);
  });
});

describe('claims/join: the per-sentence index gives the same joins as a whole-article scan', () => {
  it('when, said, attribution and actor agree with and without the index', () => {
    const lines = [
      'The storm killed 14 people in Florida on Monday.',
      'On Tuesday officials said 3,000 homes had been flooded since August.',
      'Georgia sent 200 rescuers to Florida in September, and 40 more on Friday.',
    ];
    const text = lines.join('\n');
    const article = lineArticle(text, { published: '2024-10-20' });
    const ctx = createContext();
    quantitiesStage.run(article, ctx);
    timesStage.run(article, ctx);
    for (const [name, type] of [
      ['Florida', 'place'],
      ['Georgia', 'place'],
    ] as const) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
        article.mentions.push({
          start: i,
          end: i + name.length,
          text: name,
          entity: name.toLowerCase(),
          type,
        } as Article['mentions'][number]);
    }
    article.mentions.sort((a, b) => a.start - b.start);
    const ix = indexArticle(article);
    const measured = article.quantities.filter((q) => q.measure);
    expect(measured.length).toBeGreaterThanOrEqual(4);
    expect(article.times.length).toBeGreaterThanOrEqual(3);
    for (const q of measured) {
      const s = article.sentences.find((x) => x.start <= q.start && q.end <= x.end)!;
      expect(whenFor(article, s, q, ix)).toEqual(whenFor(article, s, q));
      expect(saidFor(article, s, ix)).toEqual(saidFor(article, s));
      expect(attributionFor(article, s, q, ix)).toEqual(attributionFor(article, s, q));
      expect(actorTarget(article, s, q, null, [], null, ix)).toEqual(actorTarget(article, s, q, null, []));
    }
    const rescuers = measured.find((q) => q.value === 200)!;
    const s2 = article.sentences[2]!;
    expect(actorTarget(article, s2, rescuers, null, [], null, ix).actor?.name).toBe('Georgia');
  });
});
