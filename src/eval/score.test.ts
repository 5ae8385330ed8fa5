import { describe, expect, it } from 'vitest';
import { plainClaimRecord, type ClaimRecord, type DocumentRecord, type QuoteRecord } from '../records.js';
import { assign } from './assign.js';
import { everyNumberBaseline, roughSentences } from './baseline.js';
import { fold, nameResolver, tokenF1 } from './fold.js';
import { parseGold, type Gold } from './gold.js';
import { sameMeasure } from './measure.js';
import { dropPresent, goldBound, keepPresent, numberAgrees, quoteOverlap, score, uniqueGoldClaims } from './score.js';

type GoldInput = Parameters<typeof parseGold>[0];

function claim(evidence: string, fields: Partial<ClaimRecord> = {}, start = 0): ClaimRecord {
  const value = fields.value === undefined ? 1 : fields.value;
  return plainClaimRecord({
    id: `d:${start}:${evidence.length}:${value}`,
    document: 'd',
    evidence,
    evidenceStart: start,
    evidenceEnd: start + evidence.length,
    numberStart: start,
    numberEnd: start + 1,
    value,
    ...fields,
  });
}

function quote(text: string, speakerName: string | null): QuoteRecord {
  return {
    id: `q:${text}`,
    document: 'd',
    text,
    start: 0,
    end: text.length,
    speaker: speakerName ? speakerName.toLowerCase().replace(/\s+/g, '-') : null,
    speakerName,
    partial: false,
  };
}

function doc(fields: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: 'd',
    source: 'a.txt',
    url: null,
    title: null,
    outlet: null,
    wire: [],
    byline: null,
    dateline: null,
    published: null,
    language: 'en',
    body: '',
    provenance: {},
    previousVersion: null,
    counts: { claims: 0, quotes: 0, entities: 0, dropped: 0 },
    messages: [],
    ingestedAt: '',
    ...fields,
  };
}

const goldClaim = (evidence: string, fields: Record<string, unknown> = {}) => ({
  evidence,
  value: 1,
  low: 1,
  high: 1,
  approximate: false,
  vague: false,
  measure: 'people',
  action: null,
  status: 'asserted',
  source: [],
  ...fields,
});

function gold(
  documents: Array<Record<string, unknown>>,
  entities: Array<{ name: string; aliases: string[] }> = [],
): Gold {
  return parseGold({
    format: 'crosscheck-gold/1',
    documents: documents.map((d, i) => ({ file: `f${i}.txt`, ...d })),
    entities,
  } as GoldInput);
}

describe('number agreement', () => {
  it('takes the gold value as the predicted value or one of its bounds', () => {
    const g = { value: 1500, low: 1500, high: 1500 };
    expect(numberAgrees({ value: 1500, low: 1500, high: 1500 }, g)).toBe(true);
    expect(numberAgrees({ value: null, low: 1500, high: null }, g)).toBe(true);
    expect(numberAgrees({ value: null, low: 1000, high: 1500 }, g)).toBe(true);
    expect(numberAgrees({ value: 1600, low: 1600, high: 1600 }, g)).toBe(false);
  });

  it('accepts a low within a factor of 3 of a bound or vague gold low', () => {
    const thousands = { value: null, low: 2000, high: null };
    expect(numberAgrees({ value: null, low: 1000, high: null }, thousands)).toBe(true);
    expect(numberAgrees({ value: null, low: 6000, high: null }, thousands)).toBe(true);
    expect(numberAgrees({ value: null, low: 600, high: null }, thousands)).toBe(false);
    expect(numberAgrees({ value: null, low: 7000, high: null }, thousands)).toBe(false);
    // An exact reading of "more than 13,000" still agrees on the number; the bound kind is scored apart.
    expect(numberAgrees({ value: 13000, low: 13000, high: 13000 }, { value: null, low: 13000, high: null })).toBe(true);
  });

  it('accepts the gold bound read as the other kind of bound', () => {
    // "would accept nothing less than $4.2 billion": gold lower 4.2e9, predicted upper 4.2e9; the kind is scored apart.
    expect(numberAgrees({ value: null, low: null, high: 4.2e9 }, { value: null, low: 4.2e9, high: null })).toBe(true);
    expect(numberAgrees({ value: null, low: null, high: 4.2e8 }, { value: null, low: 4.2e9, high: null })).toBe(false);
  });

  it('compares the high when gold has only an upper bound', () => {
    const asHighAs = { value: null, low: null, high: 27 };
    expect(numberAgrees({ value: null, low: null, high: 27 }, asHighAs)).toBe(true);
    expect(numberAgrees({ value: 20, low: 20, high: 20 }, asHighAs)).toBe(true);
    expect(numberAgrees({ value: null, low: null, high: 100 }, asHighAs)).toBe(false);
  });

  it('reads bound kinds from gold annotations', () => {
    expect(goldBound({ value: 600, low: 600, high: 600, vague: false })).toBe('exact');
    expect(goldBound({ value: null, low: 13000, high: null, vague: false })).toBe('lower');
    expect(goldBound({ value: null, low: null, high: 1.5e6, vague: false })).toBe('upper');
    expect(goldBound({ value: null, low: 5e5, high: 1.6e6, vague: false })).toBe('range');
    expect(goldBound({ value: null, low: 2000, high: null, vague: true })).toBe('vague');
  });
});

describe('claim matching', () => {
  it('scores only the part of a document its note says is annotated', () => {
    const body = 'The levee held and 40 homes flooded. “We will rebuild,” the mayor said. Crews cleared 12 roads.';
    const g = gold([
      {
        note: 'annotated up to: “We will rebuild,”',
        claims: [goldClaim('40 homes flooded', { value: 40, low: 40, high: 40 })],
      },
    ]);
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc({ body }),
        quotes: [],
        claims: [
          claim('The levee held and 40 homes flooded.', { value: 40, low: 40, high: 40 }, 0),
          claim('Crews cleared 12 roads.', { value: 12, low: 12, high: 12 }, body.indexOf('Crews')),
        ],
      },
    ]);
    expect(s.claims).toMatchObject({ predicted: 1, matched: 1, precision: 1 });
  });

  it('needs the gold evidence inside the predicted sentence, after folding white space and quote marks', () => {
    const g = gold([{ claims: [goldClaim('the storm’s  “worst” toll: 12 dead', { value: 12, low: 12, high: 12 })] }]);
    const sentence = 'Officials called it the storm\'s\n"worst" toll: 12 dead, in three counties.';
    const s = score(g, [
      { file: 'f0.txt', document: doc(), quotes: [], claims: [claim(sentence, { value: 12, low: 12, high: 12 })] },
    ]);
    expect(s.claims.matched).toBe(1);
    const miss = score(g, [
      {
        file: 'f0.txt',
        document: doc(),
        quotes: [],
        claims: [claim('Officials said 12 died.', { value: 12, low: 12, high: 12 })],
      },
    ]);
    expect(miss.claims.matched).toBe(0);
    expect(miss.claims.precision).toBe(0);
  });

  it('matches one to one, choosing the assignment that matches most', () => {
    // "4 brigades of 12,000 soldiers": two gold claims in one sentence.
    const sentence = 'The army sent four brigades of 12,000 soldiers to the border.';
    const g = gold([
      {
        claims: [
          goldClaim('four brigades of 12,000 soldiers', { value: 4, low: 4, high: 4, measure: 'brigades' }),
          goldClaim('four brigades of 12,000 soldiers', { value: 12000, low: 12000, high: 12000, measure: 'troops' }),
        ],
      },
    ]);
    const one = score(g, [
      {
        file: 'f0.txt',
        document: doc(),
        quotes: [],
        claims: [claim(sentence, { value: 12000, low: 12000, high: 12000, measure: 'soldiers' })],
      },
    ]);
    expect(one.claims).toMatchObject({ gold: 2, predicted: 1, matched: 1, precision: 1, recall: 0.5 });
    const both = score(g, [
      {
        file: 'f0.txt',
        document: doc(),
        quotes: [],
        claims: [
          claim(sentence, { value: 4, low: 4, high: 4, measure: 'brigades' }, 0),
          claim(sentence, { value: 12000, low: 12000, high: 12000, measure: 'troops' }, 0),
        ],
      },
    ]);
    expect(both.claims).toMatchObject({ matched: 2, f1: 1 });
    expect(both.claims.strict.f1).toBe(1);
  });

  it('does not let two predictions of one sentence take one gold claim twice', () => {
    const sentence = 'Rescuers found 30 survivors and 30 more were missing.';
    const g = gold([{ claims: [goldClaim('found 30 survivors', { value: 30, low: 30, high: 30 })] }]);
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc(),
        quotes: [],
        claims: [
          claim(sentence, { value: 30, low: 30, high: 30 }, 0),
          claim(sentence, { value: 30, low: 30, high: 30 }, 0),
        ],
      },
    ]);
    expect(s.claims).toMatchObject({ predicted: 2, matched: 1, precision: 0.5, recall: 1, repeats: 0 });
  });

  it('counts a sentence repeated elsewhere in the text once', () => {
    const headline = 'Quake kills 212 in mountain villages';
    const g = gold([{ claims: [goldClaim('Quake kills 212', { value: 212, low: 212, high: 212 })] }]);
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc(),
        quotes: [],
        claims: [
          claim(headline, { value: 212, low: 212, high: 212 }, 0),
          claim(`${headline}.`, { value: 212, low: 212, high: 212 }, 400),
        ],
      },
    ]);
    expect(s.claims).toMatchObject({ predicted: 1, repeats: 1, matched: 1, precision: 1 });
  });

  it('counts identical gold evidence with the same value once', () => {
    const claims = uniqueGoldClaims([
      goldClaim('1,200 votes'),
      goldClaim('1,200  votes'),
      goldClaim('1,200 votes', { value: 2 }),
    ] as never);
    expect(claims).toHaveLength(2);
  });

  it('scores attributes over matched claims: source through aliases, measure synonyms, bound kind with approximate, increment', () => {
    const entities = [{ name: 'Electoral Commission', aliases: ['the commission', 'EC'] }];
    const g = gold(
      [
        {
          claims: [
            goldClaim('around 600 ballots were rejected', {
              value: 600,
              low: 600,
              high: 600,
              approximate: true,
              measure: 'votes',
              status: 'asserted',
              source: ['Electoral Commission'],
            }),
            goldClaim('another 40 polling stations will open', {
              value: 40,
              low: 40,
              high: 40,
              measure: 'polling stations',
              status: 'planned',
              incremental: true,
            }),
          ],
        },
      ],
      entities,
    );
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc(),
        quotes: [],
        claims: [
          claim(
            'The EC said around 600 ballots were rejected.',
            { value: 600, low: 600, high: 600, approximate: true, measure: 'ballots', source: 'ec', sourceName: 'EC' },
            0,
          ),
          claim(
            'Officials said another 40 polling stations will open.',
            {
              value: 40,
              low: 40,
              high: 40,
              measure: 'stations',
              status: 'asserted',
              incremental: false,
              source: 'officials',
              sourceName: 'officials',
            },
            100,
          ),
        ],
      },
    ]);
    expect(s.claims.matched).toBe(2);
    expect(s.claims.source).toMatchObject({ correct: 1, total: 2 });
    expect(s.claims.measure).toMatchObject({ correct: 2, total: 2 });
    expect(s.claims.status).toMatchObject({ correct: 1, total: 2 });
    expect(s.claims.incremental).toMatchObject({ correct: 1, total: 2 });
    expect(s.claims.bound).toMatchObject({ correct: 2, total: 2 });
    expect(s.claims.strict.matched).toBe(1);
    const attrs = s.perDocument[0]!.misses.attributes.map((a) => a.field).sort();
    expect(attrs).toEqual(['incremental', 'source', 'status']);
  });

  it('reports action and when apart, outside the strict score', () => {
    const g = gold([
      {
        claims: [
          goldClaim('evacuated 800 residents since May', {
            value: 800,
            low: 800,
            high: 800,
            measure: 'residents',
            action: 'evacuate',
            when: '2021-05/',
          }),
        ],
      },
    ]);
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc(),
        quotes: [],
        claims: [
          claim('Crews evacuated 800 residents since May.', {
            value: 800,
            low: 800,
            high: 800,
            measure: 'residents',
            action: 'evacuates',
            when: '2021-05',
          }),
        ],
      },
    ]);
    expect(s.claims.info.action).toMatchObject({ correct: 1, total: 1 });
    expect(s.claims.info.when).toMatchObject({ correct: 0, total: 1 });
    expect(s.claims.strict.matched).toBe(1);
  });

  it('reports unit apart, over the matches whose gold has one', () => {
    const g = gold([
      {
        claims: [
          goldClaim('pledged €40 million in aid', { value: 40e6, low: 40e6, high: 40e6, measure: 'aid', unit: 'EUR' }),
          goldClaim('sent 12 doctors', { value: 12, low: 12, high: 12, measure: 'doctors' }),
        ],
      },
    ]);
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc(),
        quotes: [],
        claims: [
          claim('Donors pledged €40 million in aid and sent 12 doctors.', {
            value: 40e6,
            low: 40e6,
            high: 40e6,
            measure: 'aid',
            unit: 'EUR',
          }),
          claim(
            'Donors pledged €40 million in aid and sent 12 doctors.',
            { value: 12, low: 12, high: 12, measure: 'doctors' },
            0,
          ),
        ],
      },
    ]);
    expect(s.claims.matched).toBe(2);
    expect(s.claims.info.unit).toMatchObject({ correct: 1, total: 1 });
  });

  it('wants no source for the outlet’s own voice and the approximate flag on exact values', () => {
    const g = gold([
      {
        claims: [
          goldClaim('some 90 flights were cancelled', {
            value: 90,
            low: 90,
            high: 90,
            approximate: true,
            measure: 'flights',
          }),
        ],
      },
    ]);
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc(),
        quotes: [],
        claims: [
          claim('Some 90 flights were cancelled, an airline said.', {
            value: 90,
            low: 90,
            high: 90,
            measure: 'flights',
            source: 'airline',
            sourceName: 'an airline',
          }),
        ],
      },
    ]);
    expect(s.claims.source.correct).toBe(0);
    expect(s.claims.bound.correct).toBe(0);
  });

  it('scores a missing document as all missed', () => {
    const g = gold([
      {
        claims: [goldClaim('12 miners were trapped', { value: 12, low: 12, high: 12 })],
        body: { keep: ['Rescue continues.'], drop: ['Subscribe'] },
      },
    ]);
    const s = score(g, []);
    expect(s.failed).toBe(1);
    expect(s.claims).toMatchObject({ gold: 1, predicted: 0, recall: 0, precision: null });
    expect(s.cleaning.keep).toMatchObject({ correct: 0, total: 1 });
    expect(s.perDocument[0]!.error).toBe('no prediction');
  });
});

describe('measures', () => {
  it('counts synonyms and heads of free-text gold measures', () => {
    expect(sameMeasure('soldiers', 'troops')).toBe(true);
    expect(sameMeasure('troops', 'brigades')).toBe(false);
    expect(sameMeasure('dollars', 'wall funding (military construction funds)')).toBe(true);
    expect(sameMeasure('miles', 'miles of wall')).toBe(true);
    expect(sameMeasure('percent', 'percent of Americans')).toBe(true);
    expect(sameMeasure('people', 'people')).toBe(true);
    expect(sameMeasure('persons', 'people')).toBe(true);
    expect(sameMeasure('women', 'female workers')).toBe(true);
    expect(sameMeasure('stores', 'store managers')).toBe(false);
    expect(sameMeasure(null, 'troops')).toBe(false);
    expect(sameMeasure('declarations', 'emergency declarations used to spend unappropriated money')).toBe(true);
  });
});

describe('quotes', () => {
  it('match on folded text, tolerating a trailing comma and a split at a comma', () => {
    expect(quoteOverlap('Your complaint faces in two directions,', '“Your complaint faces in two directions”')).toBe(1);
    expect(quoteOverlap('We will rebuild, and we will rebuild better', 'We will rebuild,')).toBe(0);
    expect(quoteOverlap('We will rebuild, and faster', 'We will rebuild')).toBeGreaterThan(0.5);
    expect(quoteOverlap('no', 'yes')).toBe(0);
  });

  it('score recall and speaker accuracy through entity aliases', () => {
    const g = gold(
      [
        {
          quotes: [
            { text: 'The levees held', speaker: ['Mayor Jane Okafor'] },
            { text: 'We need more pumps', speaker: ['Jane Okafor'] },
            { text: 'It was chaos', speaker: [] },
          ],
        },
      ],
      [{ name: 'Jane Okafor', aliases: ['Okafor', 'Mayor Jane Okafor'] }],
    );
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc(),
        claims: [],
        quotes: [
          quote('The levees held.', 'Okafor'),
          quote('We need more pumps', 'Tom Reyes'),
          quote('Unrelated', null),
        ],
      },
    ]);
    expect(s.quotes).toMatchObject({ gold: 3, predicted: 3, matched: 2 });
    expect(s.quotes.recall).toBeCloseTo(2 / 3);
    expect(s.quotes.speaker).toMatchObject({ correct: 1, total: 2 });
  });
});

describe('metadata', () => {
  const meta = {
    title: 'Court Upholds Ban on Billboards',
    outlet: ['The Herald', 'Herald'],
    wire: ['Associated Press'],
    published: '2019-05-02',
    byline: 'By Ann Lee',
    dateline: 'BOSTON',
    language: 'en',
  };
  const entities = [{ name: 'Associated Press', aliases: ['AP', 'The Associated Press'] }];

  it('scores each known field', () => {
    const g = gold([{ meta }], entities);
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc({
          title: 'Court upholds ban on billboards',
          outlet: 'Herald',
          wire: ['AP'],
          published: '2019-05-02',
          byline: 'Ann Lee',
          dateline: 'Boston',
          language: 'en',
        }),
        claims: [],
        quotes: [],
      },
    ]);
    for (const f of Object.values(s.metadata.fields)) expect(f.score).toBe(1);
  });

  it('wants the title within token F1 0.9 and the wire set exact', () => {
    const g = gold([{ meta }], entities);
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc({
          title: 'UPDATE 2-Court Upholds Ban on Billboards in City',
          outlet: 'Globe',
          wire: ['AP', 'Reuters'],
          published: '2019-05',
        }),
        claims: [],
        quotes: [],
      },
    ]);
    expect(s.metadata.fields.title.score).toBe(0);
    expect(s.metadata.fields.outlet.score).toBe(0);
    expect(s.metadata.fields.wire.score).toBe(0);
    expect(s.metadata.fields.published.score).toBe(0);
  });

  it('counts a date given where the text supports none as invented, apart from the score', () => {
    const g = gold([{ meta: { ...meta, published: null, outlet: [] } }]);
    const s = score(g, [
      { file: 'f0.txt', document: doc({ published: '2024-01-01', outlet: 'Guess' }), claims: [], quotes: [] },
    ]);
    expect(s.metadata.inventedDates).toBe(1);
    expect(s.metadata.fields.published.total).toBe(0);
    expect(s.metadata.fields.outlet.total).toBe(0);
  });

  it('scores no field and counts no invented date on a document whose key annotates no metadata', () => {
    const none = { title: null, outlet: [], wire: [], published: null, byline: null, dateline: null, language: null };
    const g = gold([{ meta: none }]);
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc({ published: '2024-01-01', wire: ['Associated Press'], language: 'en', dateline: 'LIMA' }),
        claims: [],
        quotes: [],
      },
    ]);
    expect(s.metadata.inventedDates).toBe(0);
    for (const f of Object.values(s.metadata.fields)) expect(f).toMatchObject({ total: 0, spurious: 0 });
  });

  it('computes token F1', () => {
    expect(tokenF1('a b c', 'a b c')).toBe(1);
    expect(tokenF1('a b', 'a b c d')).toBeCloseTo(2 / 3);
    expect(tokenF1('', 'a')).toBe(0);
  });
});

describe('cleaning', () => {
  it('finds keep passages after folding', () => {
    expect(keepPresent('He said: “We’re  safe.”', 'He said: "We\'re safe."')).toBe(true);
    expect(keepPresent('Nothing here', 'We are safe')).toBe(false);
  });

  it('tells a boilerplate line from the same words inside the story', () => {
    const raw = '  • The Tribune\n\nHeadline\n\nA reporter for The Tribune saw the fire.\n\nPrint\n';
    expect(dropPresent('A reporter for The Tribune saw the fire.', 'The Tribune', raw)).toBe(false);
    expect(dropPresent('The Tribune\nA reporter for The Tribune saw the fire.', 'The Tribune', raw)).toBe(true);
    expect(dropPresent('The blueprint was ready.', 'print', raw)).toBe(false);
    expect(dropPresent('Print\nThe fire spread.', 'print', raw)).toBe(false); // case differs: not the same line
    expect(dropPresent('print\nThe fire spread.', 'print', 'print\nThe fire spread.')).toBe(true);
  });

  it('reads HTML raw input by its text lines', () => {
    const raw = '<html><body><ul><li>Share:</li></ul><p>Fans began to share: photos, &amp; videos.</p></body></html>';
    expect(dropPresent('Share:\nFans began to share: photos, & videos.', 'Share:', raw)).toBe(true);
    expect(dropPresent('Fans began to share: photos, & videos.', 'Share:', raw)).toBe(false);
    expect(dropPresent('x', 'Share:', '<'.repeat(100000) + 'Share:')).toBe(false);
  });

  it('scores the share of keep present and drop absent', () => {
    const g = gold([{ body: { keep: ['First paragraph.', 'Last paragraph.'], drop: ['Sign up now', 'Share:'] } }]);
    const s = score(g, [
      {
        file: 'f0.txt',
        document: doc({ body: 'First paragraph.\n\nShare:\n\nMiddle.' }),
        claims: [],
        quotes: [],
        raw: 'Sign up now\nFirst paragraph.\n\nShare:\n\nMiddle.\n\nLast paragraph.',
      },
    ]);
    expect(s.cleaning.keep).toMatchObject({ correct: 1, total: 2 });
    expect(s.cleaning.drop).toMatchObject({ correct: 1, total: 2 });
    expect(s.perDocument[0]!.misses.drop).toEqual(['Share:']);
  });
});

describe('names', () => {
  it('resolve spellings, ids and aliases to one entity', () => {
    const names = nameResolver([
      { name: 'National Intelligence Service', aliases: ['NIS', "South Korea's spy agency"] },
    ]);
    expect(names.resolve('national-intelligence-service')).toBe(names.resolve('The National Intelligence Service'));
    expect(names.same(['NIS'], ['National Intelligence Service'])).toBe(true);
    expect(names.same(['South Korea’s spy agency'], ['National Intelligence Service'])).toBe(true);
    expect(names.same(['Zelenskyy'], ['National Intelligence Service'])).toBe(false);
    expect(names.same([null, 'Ana Ruiz'], ['Ana Ruiz'])).toBe(true);
  });

  it('fold white space and quote marks only', () => {
    expect(fold('  “It’s\n\tfine” ')).toBe('"It\'s fine"');
  });
});

describe('assignment', () => {
  it('maximises the number of pairs, then the weight', () => {
    // Row 0 can take column 0 or 1; row 1 only column 0: the best assignment uses both.
    const w = [
      [1002, 1001],
      [1000, 0],
    ];
    expect(assign(2, 2, (i, j) => w[i]![j]!)).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(assign(3, 1, (i) => (i === 2 ? 1 : 0))).toEqual([[2, 0]]);
    expect(assign(0, 3, () => 1)).toEqual([]);
    expect(assign(2, 2, () => 0)).toEqual([]);
  });

  it('handles more columns than rows and more rows than columns alike', () => {
    const pairs = assign(2, 5, (i, j) => (j === 4 - i ? 1000 : j === 0 ? 999 : 0));
    expect(pairs).toEqual([
      [0, 4],
      [1, 3],
    ]);
    const t = assign(5, 2, (i, j) => (i === 4 - j ? 1000 : 0));
    expect(t).toEqual([
      [3, 1],
      [4, 0],
    ]);
  });
});

describe('the every-number baseline', () => {
  it('makes one exact claim per number token with its sentence as evidence', () => {
    const text = 'Floods hit 3 towns. About 1,200 people fled and $2.5 million in aid arrived.\nMore later';
    const claims = everyNumberBaseline(text);
    expect(claims.map((c) => c.value)).toEqual([3, 1200, 2.5e6]);
    expect(claims[1]!.evidence).toBe('About 1,200 people fled and $2.5 million in aid arrived.');
    expect(claims.every((c) => c.measure === null && c.source === null)).toBe(true);
    expect(roughSentences(text)).toHaveLength(3);
  });
});
