import { describe, expect, it } from 'vitest';
import { buildFigures } from './figures.js';
import { provenanceIndex } from './provenance.js';
import { moneyText, reconcile, valueText } from './reconcile.js';
import { claim, doc, docMap } from '../../test/helpers/corpus.js';
import type { ClaimInput, DocMeta } from './types.js';

function run(claims: ClaimInput[], docs: DocMeta[], links: Parameters<typeof provenanceIndex>[1] = []) {
  const map = docMap(docs);
  const prov = provenanceIndex(map.values(), links);
  return reconcile(claims, map, (c) => prov.get(c));
}

describe('reconcile: disagreement types (constructed corpora, not the seeds)', () => {
  it('flags a real conflict: two sources, same week, same thing, different numbers', () => {
    const docs = [
      doc('a', { outlet: 'Daily Flood', published: '2023-05-02' }),
      doc('b', { outlet: 'River Times', published: '2023-05-03' }),
    ];
    const r = run(
      [
        claim({
          document: 'a',
          value: 5000,
          measure: 'people',
          action: 'evacuate',
          source: 'governor',
          sourceName: 'the governor',
          said: '2023-05-02',
        }),
        claim({
          document: 'b',
          value: 8000,
          measure: 'people',
          action: 'evacuate',
          source: 'red-cross',
          sourceName: 'Red Cross',
          said: '2023-05-03',
        }),
      ],
      docs,
    );
    expect(r.disagreements.map((d) => d.kind)).toEqual(['conflict']);
    expect(r.disagreements[0]!.note).toMatch(/5,000.*8,000|8,000.*5,000/);
  });

  it('types a lower bound and a value inside it as compatible bounds, and the same number as agreement', () => {
    const docs = [
      doc('a', { published: '2022-03-01' }),
      doc('b', { published: '2022-03-02' }),
      doc('c', { published: '2022-03-02' }),
    ];
    const r = run(
      [
        claim({
          document: 'a',
          value: null,
          low: 10000,
          high: null,
          bound: 'lower',
          text: 'more than 10,000 troops',
          source: 'ministry',
          said: '2022-03-01',
        }),
        claim({ document: 'b', value: 11000, source: 'governor', said: '2022-03-02' }),
        claim({ document: 'c', value: 10000, source: 'army', said: '2022-03-02' }),
      ],
      docs,
    );
    expect(r.disagreements.find((d) => d.kind === 'compatible-bounds')).toBeDefined();
    expect(r.agreements.length).toBe(1);
    expect(r.agreements[0]!.note).toContain('more than 10,000');
    // 11,000 against 10,000 (both exact, same days) remains a conflict.
    expect(r.disagreements.filter((d) => d.kind === 'conflict')).toHaveLength(1);
  });

  it('types a rounded number as rounding, not conflict', () => {
    const docs = [doc('a', { published: '2021-07-15' }), doc('b', { published: '2021-07-15' })];
    const r = run(
      [
        claim({
          document: 'a',
          value: 1187,
          measure: 'votes',
          action: 'cast',
          source: 'commission',
          said: '2021-07-15',
        }),
        claim({ document: 'b', value: 1200, measure: 'votes', action: 'cast', source: 'party', said: '2021-07-15' }),
      ],
      docs,
    );
    expect(r.disagreements.map((d) => d.kind)).toEqual(['rounding']);
  });

  it('types construction troops against troops as a different scope', () => {
    const docs = [doc('a', { published: '2025-06-26' })];
    const r = run(
      [
        claim({ document: 'a', value: 6000, scope: 'construction', source: 'agency', said: '2025-06-26' }),
        claim({ document: 'a', value: 11000, source: 'agency', said: '2025-06-26' }),
      ],
      docs,
    );
    expect(r.disagreements.map((d) => d.kind)).toEqual(['scope']);
    expect(r.best.value).toBe(11000);
  });

  it('types figures reported weeks apart as a different as-of date', () => {
    const docs = [doc('a', { published: '2023-02-07' }), doc('b', { published: '2023-03-15' })];
    const r = run(
      [
        claim({ document: 'a', value: 200, measure: 'deaths', action: 'kill', source: 'agency', said: '2023-02-07' }),
        claim({ document: 'b', value: 2000, measure: 'deaths', action: 'kill', source: 'agency', said: '2023-03-15' }),
      ],
      docs,
    );
    expect(r.disagreements.map((d) => d.kind)).toEqual(['as-of-date']);
    expect(r.best.value).toBe(2000);
    expect(r.best.reason).toMatch(/latest/);
  });
});

describe('reconcile: increments, plans and outcomes', () => {
  it('sums 1,500 and "another 1,500" to 3,000 so far, counting a repeated increment once', () => {
    const docs = [doc('a', { published: '2024-10-18' }), doc('b', { published: '2024-11-13' })];
    const r = run(
      [
        claim({ document: 'a', value: 1500, source: 'nis', sourceName: 'NIS', when: '2024-10', said: '2024-10-18' }),
        claim({ document: 'b', value: 1500, incremental: true, source: 'nis', sourceName: 'NIS', said: '2024-11-13' }),
        claim({ document: 'b', value: 1500, incremental: true, source: 'nis', sourceName: 'NIS', said: '2024-11-13' }),
      ],
      docs,
    );
    expect(r.increments).toHaveLength(1);
    expect(r.increments[0]!.cumulative).toBe(3000);
    expect(r.increments[0]!.note).toMatch(/cumulative 3,000/);
    expect(r.disagreements.filter((d) => d.kind === 'conflict')).toHaveLength(0);
  });

  it('does not add more bodies found to the total their sentence says they are already in', () => {
    const docs = [doc('m', { published: '2024-02-03' })];
    // "The toll from the mine fire has now reached 61 after 8 more bodies were found."
    const r = run(
      [
        claim({
          document: 'm',
          value: 61,
          measure: 'people',
          action: 'kill',
          said: '2024-02-03',
          totalCue: 'so-far',
          sentence: 0,
        }),
        claim({
          document: 'm',
          value: 8,
          incremental: true,
          measure: 'people',
          action: 'kill',
          said: '2024-02-03',
          sentence: 0,
        }),
      ],
      docs,
    );
    expect(r.increments).toEqual([]);
    expect(r.best.value).toBe(61);
  });

  it('keeps planned apart from done, and shows a later done figure as revising the plan', () => {
    const docs = [doc('p', { published: '2019-01-10' }), doc('d', { published: '2019-09-01' })];
    const r = run(
      [
        claim({
          document: 'p',
          value: 500,
          measure: 'homes',
          action: 'build',
          status: 'planned',
          source: 'council',
          said: '2019-01-10',
        }),
        claim({
          document: 'd',
          value: 430,
          measure: 'homes',
          action: 'build',
          status: 'asserted',
          source: 'council',
          said: '2019-09-01',
        }),
      ],
      docs,
    );
    expect(r.disagreements).toHaveLength(0);
    expect(r.revisions).toHaveLength(1);
    expect(r.revisions[0]!.change).toBe(-70);
    expect(r.revisions[0]!.note).toMatch(/430 done .* revises the planned 500/);
    expect(r.best).toMatchObject({ value: 430, status: 'done', singleSource: true });
    expect(r.best.reason).toMatch(/revises the planned 500/);
  });

  it('keeps at most 40 revisions, between the most reported plans and outcomes', () => {
    // 60 planned values, then 60 done values, each reported once, except the plan of 500 and the outcome of 480,
    // reported three times each: every done value is over half of every plan, so each pair is a revision (3,600).
    const docs: DocMeta[] = [];
    const claims: ClaimInput[] = [];
    const report = (value: number, status: 'planned' | 'asserted', day: string, times = 1) => {
      for (let k = 0; k < times; k++) {
        const id = `${status}-${value}-${k}`;
        docs.push(doc(id, { published: day }));
        claims.push(
          claim({
            document: id,
            value,
            measure: 'homes',
            action: 'build',
            status,
            source: `src-${value}-${k}`,
            said: day,
          }),
        );
      }
    };
    report(500, 'planned', '2019-01-10', 3);
    for (let i = 1; i < 60; i++) report(500 + i, 'planned', '2019-01-10');
    report(480, 'asserted', '2019-09-01', 3);
    for (let i = 1; i < 60; i++) report(480 + i, 'asserted', '2019-09-01');
    const r = run(claims, docs);
    expect(r.revisions).toHaveLength(40);
    expect(r.revisions[0]).toMatchObject({ planned: { value: 500 }, done: { value: 480 }, change: -20 });
    expect(r.values).toHaveLength(120);
  });

  it('does not call early progress a revision of the plan', () => {
    const docs = [doc('p', { published: '2019-01-10' }), doc('d', { published: '2019-03-01' })];
    const r = run(
      [
        claim({ document: 'p', value: 500, status: 'planned', source: 'council', said: '2019-01-10' }),
        claim({ document: 'd', value: 40, status: 'asserted', source: 'council', said: '2019-03-01' }),
      ],
      docs,
    );
    expect(r.revisions).toHaveLength(0);
  });

  it('orders the timeline by the date a claim is about, then the date it was said', () => {
    const docs = [doc('a', { published: '2025-06-26' }), doc('b', { published: '2024-10-18' })];
    const r = run(
      [
        claim({ document: 'a', value: 11000, when: '2024-10', said: '2025-06-26' }),
        claim({ document: 'b', value: 12000, status: 'planned', said: '2024-10-18' }),
        claim({ document: 'a', value: 4000, said: '2025-06-26' }),
      ],
      docs,
    );
    expect(r.timeline.map((e) => e.value)).toEqual([11000, 12000, 4000]);
  });

  it('reconcile/earlier-not-best: a value its sentence marks as the earlier one is not the current figure', () => {
    // "The toll was lowered on Friday from 64 to 61": 61 is the figure now, though 64 is larger.
    const docs = [doc('a', { published: '2024-02-09' })];
    const r = run(
      [
        claim({
          id: 'old',
          document: 'a',
          value: 64,
          measure: 'people',
          action: 'kill',
          said: '2024-02-09',
          earlier: true,
        }),
        claim({ id: 'new', document: 'a', value: 61, measure: 'people', action: 'kill', said: '2024-02-09' }),
      ],
      docs,
    );
    expect(r.best.value).toBe(61);
    const only = run([claim({ id: 'old', document: 'a', value: 64, said: '2024-02-09', earlier: true })], docs);
    expect(only.best.value).toBe(64);
  });
});

describe('provenance: corroboration in independent primary sources', () => {
  it('counts one primary source across syndicated copies, with the article count beside it', () => {
    const docs = [
      doc('wire', { outlet: 'Yonhap News Agency', published: '2024-10-18' }),
      doc('c1', { outlet: 'Business Insider', wire: ['Yonhap News Agency'] }),
      doc('c2', { outlet: 'Some Paper', wire: ['Yonhap News Agency'] }),
      doc('c3', { outlet: 'Other Paper' }),
    ];
    const links = [{ document: 'c3', of: 'wire', kind: 'syndicated' as const, similarity: 0.7 }];
    const claims = docs.map((d) =>
      claim({
        document: d.id,
        value: 12000,
        status: 'planned',
        source: 'national-intelligence-service',
        sourceName: 'NIS',
      }),
    );
    const r = run(claims, docs, links);
    expect(r.values).toHaveLength(1);
    expect(r.values[0]!.corroboration).toBe('12,000 — 1 source (NIS), 4 articles (1 independent)');
    expect(r.best.singleSource).toBe(true);
  });

  it("gives a copy's own-voice claim to the origin's outlet, not to the copy", () => {
    const docs = [doc('o', { outlet: 'Origin Post' }), doc('k', { outlet: 'Copy Daily' })];
    const prov = provenanceIndex(docMap(docs).values(), [
      { document: 'k', of: 'o', kind: 'syndicated', similarity: 0.8 },
    ]);
    const p = prov.get(claim({ document: 'k', value: 3 }));
    expect(p.primaryName).toBe('Origin Post');
    expect(p.primary).toBe('outlet:origin-post');
    expect(p.group).toBe(prov.get(claim({ document: 'o', value: 3 })).group);
  });
});

describe('figures: grouping across articles and wordings', () => {
  it('groups troops/soldiers/personnel sent/dispatched by one actor, keeps killed and wounded apart, labels readably', () => {
    const docs = [doc('a'), doc('b'), doc('c')];
    const claims = [
      claim({
        document: 'a',
        value: 12000,
        measure: 'soldiers',
        action: 'dispatch',
        actor: 'North Korea',
        target: 'Russia',
      }),
      claim({ document: 'b', value: 10000, measure: 'troops', action: 'send', actor: 'north-korea', target: 'russia' }),
      claim({ document: 'c', value: 11000, measure: 'personnel', action: 'deploy', actor: null, target: null }),
      claim({ document: 'c', value: 600, measure: 'soldiers', action: 'killed', actor: 'North Korean', target: null }),
      claim({ document: 'c', value: null, low: 2000, vague: true, measure: 'troops', action: 'wounded' }),
      claim({
        document: 'c',
        value: 13000,
        measure: 'containers',
        action: 'ship',
        actor: 'north-korea',
        target: 'russia',
      }),
    ];
    const { figures, claimFigure } = buildFigures(claims, docs, []);
    const labels = figures.map((f) => f.label).sort();
    expect(labels).toEqual([
      'Containers supplied by North Korea to Russia',
      'North Korean troops killed',
      'North Korean troops sent to Russia',
      'Troops wounded',
    ]);
    const sent = figures.find((f) => f.label === 'North Korean troops sent to Russia')!;
    expect(sent.claims).toHaveLength(3);
    expect(claimFigure[claims[2]!.id]).toBe(sent.id);
  });

  it('joins a claim whose actor is the other side of a known flow, and keeps a separate flow apart', () => {
    const docs = [doc('a'), doc('b')];
    const claims = [
      claim({ document: 'a', value: 12000, actor: 'north-korea', target: 'russia' }),
      claim({ document: 'a', value: 10000, actor: 'north-korea', target: 'ukraine' }),
      // Extraction named the destination as the actor and found no target.
      claim({ document: 'b', value: 4000, actor: 'russia' }),
      // A real, different flow: Russia's troops to Syria.
      claim({ document: 'b', value: 3000, actor: 'russia', target: 'syria', action: 'dispatched' }),
      claim({ document: 'b', value: 2500, actor: 'russia', target: 'syria' }),
      // An unknown verb on the same parties joins the known action.
      claim({ document: 'b', value: 6000, actor: 'north-korea', action: 'rebuild', scope: 'construction' }),
    ];
    // With a Russia → Syria flow in the corpus, "Russia, no target" is ambiguous and stays with Russia's own flow.
    const { figures } = buildFigures(claims, docs, []);
    expect(figures.map((f) => [f.label, f.claims.length])).toEqual([
      ['North Korean troops sent to Russia', 3],
      ['Russian troops sent to Syria', 3],
    ]);
    // Without it, the destination named as actor joins the flow that targets it.
    const single = buildFigures(claims.slice(0, 3), docs, []);
    expect(single.figures.map((f) => [f.label, f.claims.length])).toEqual([['North Korean troops sent to Russia', 3]]);
  });

  it('leaves a claim without an action alone when its measure has several actions', () => {
    const docs = [doc('a')];
    const claims = [
      claim({ document: 'a', value: 5, measure: 'people', action: 'kill' }),
      claim({ document: 'a', value: 9, measure: 'people', action: 'wound' }),
      claim({ document: 'a', value: 7, measure: 'people', action: null }),
    ];
    const { figures } = buildFigures(claims, docs, []);
    expect(figures).toHaveLength(3);
  });
});

describe('sums of money as the news writes them', () => {
  it.each([
    [1.9e9, 'USD', '$1.9 billion'],
    [5.4e8, 'EUR', '€540 million'],
    [12500, 'GBP', '£12,500'],
    [2.35e12, 'JPY', '¥2.35 trillion'],
    [2e6, 'CHF', 'CHF 2 million'],
  ] as Array<[number, string, string]>)('%d %s', (n, unit, want) => {
    expect(moneyText(n, unit)).toBe(want);
  });

  it('writes a range, a bound and a plain count', () => {
    expect(valueText({ value: null, low: 4e8, high: 1.5e9, unit: 'USD' })).toBe('$400 million–$1.5 billion');
    expect(valueText({ value: null, low: null, high: 3e9, unit: 'USD' })).toBe('up to $3 billion');
    expect(valueText({ value: 1200, low: null, high: null, unit: 'percent' })).toBe('1,200');
    expect(valueText({ value: 1200, low: null, high: null })).toBe('1,200');
  });

  it("valueText says a bound in its source's words, else the safe ones", () => {
    expect(valueText({ value: null, low: 600, high: null, bound: 'lower', text: 'at least 600 families' })).toBe(
      'at least 600',
    );
    expect(valueText({ value: null, low: 200, high: null, bound: 'lower', text: 'over 200 ballots' })).toBe('over 200');
    expect(valueText({ value: null, low: 70, high: null, bound: 'lower', text: 'exceeded 70 percent' })).toBe(
      'at least 70',
    );
    expect(valueText({ value: null, low: 70, high: null, bound: 'lower' })).toBe('at least 70');
    expect(valueText({ value: 500, low: 500, high: 500, approximate: true, text: 'nearly 500 wells' })).toBe(
      'nearly 500',
    );
    expect(valueText({ value: null, low: null, high: 90, bound: 'upper', text: 'fewer than 90 seats' })).toBe(
      'fewer than 90',
    );
  });
});
