import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFigures } from '../corpus/figures.js';
import type { DocMeta } from '../corpus/types.js';
import type { ClaimRecord } from '../records.js';
import { checkFigures, statementNumbers, type GoldLike } from './figures.js';

interface GoldClaimJson {
  evidence: string;
  value: number | null;
  low: number | null;
  high: number | null;
  approximate?: boolean;
  vague?: boolean;
  incremental?: boolean;
  measure?: string | null;
  action?: string | null;
  status: string;
  source?: string[];
  via?: string[] | null;
  when?: string | null;
}
type GoldJson = GoldLike & {
  documents: Array<{
    file: string;
    meta: { outlet: string[]; wire: string[]; published: string | null };
    claims: GoldClaimJson[];
  }>;
};

/**
 * Claim records built from a gold file's own annotations: the reconciliation
 * and the checks are exercised independently of the extractors. The primary
 * source of a claim is its most-cited listed name across the file; the others
 * become intermediaries.
 */
function recordsFromGold(gold: GoldJson): { docs: DocMeta[]; claims: ClaimRecord[] } {
  const cited = new Map<string, number>();
  for (const d of gold.documents)
    for (const c of d.claims) for (const s of c.source ?? []) cited.set(s, (cited.get(s) ?? 0) + 1);
  const docs = gold.documents.map((d, order): DocMeta => ({
    id: d.file,
    source: d.file,
    outlet: d.meta.outlet[0] ?? null,
    wire: d.meta.wire,
    published: d.meta.published,
    url: null,
    previousVersion: null,
    title: null,
    order,
  }));
  const claims = gold.documents.flatMap((d) =>
    d.claims.map((c, i): ClaimRecord => {
      const sources = [...(c.source ?? [])].sort((a, b) => (cited.get(b) ?? 0) - (cited.get(a) ?? 0));
      const bound = c.vague
        ? 'vague'
        : c.value !== null
          ? 'exact'
          : c.high === null
            ? 'lower'
            : c.low === null
              ? 'upper'
              : 'range';
      return {
        id: `${d.file}:${i}`,
        document: d.file,
        evidence: c.evidence,
        evidenceStart: 0,
        evidenceEnd: 0,
        numberStart: 0,
        numberEnd: 0,
        text: c.evidence,
        value: c.value,
        low: c.low,
        high: c.high,
        bound,
        approximate: !!c.approximate,
        vague: !!c.vague,
        incremental: !!c.incremental,
        measure: c.measure ?? null,
        action: c.action ?? null,
        actor: null,
        target: null,
        status: c.status,
        source: sources[0] ?? null,
        sourceName: sources[0] ?? null,
        via: [...(c.via ?? []), ...sources.slice(1)],
        when: c.when ?? null,
        said: d.meta.published,
        figure: null,
        by: {},
      };
    }),
  );
  return { docs, claims };
}

/** The figure statements of a gold file checked against figures built from its own claims. */
function checksOf(gold: GoldJson) {
  const { docs, claims } = recordsFromGold(gold);
  return checkFigures(gold, buildFigures(claims, docs, []), {
    documents: docs.map((d) => ({ id: d.id, source: d.source! })),
    claims,
  });
}

describe('statementNumbers', () => {
  it('reads values and skips dates, years and document references', () => {
    expect(statementNumbers('10,000 (Zelenskyy, planned, 2024-10-17/18) and 12,000 (NIS, 2024-10-18)')).toEqual([
      10000, 12000,
    ]);
    expect(statementNumbers('11,000 dispatched in October 2024 revises the planned 12,000')).toEqual([11000, 12000]);
    expect(statementNumbers('more than 13,000 (000) and 13,000 (001) agree')).toEqual([13000, 13000]);
    expect(statementNumbers('around 600 (NIS via Lee, 2025-06-26)')).toEqual([600]);
    expect(statementNumbers('as many as 1.5 million (nyt-2058ec60) and $1.375 billion (fox-3ae35b16)')).toEqual([
      1_500_000, 1_375_000_000,
    ]);
    // Vague magnitudes come back negated, coded conservatively.
    expect(statementNumbers("'dozens of arrests' and 'more than 200' in fiscal 2000")).toEqual([-12, 200]);
  });
});

describe('checkFigures on a constructed corpus (a flood, not the seeds)', () => {
  const gold: GoldJson = {
    documents: [
      {
        file: 'a.txt',
        meta: { outlet: ['River Times'], wire: [], published: '2023-05-02' },
        claims: [
          {
            evidence: 'the governor said 5,000 people were evacuated',
            value: 5000,
            low: 5000,
            high: 5000,
            measure: 'people',
            action: 'evacuate',
            status: 'asserted',
            source: ['Governor Smith'],
          },
          {
            evidence: 'officials plan to evacuate 9,000 people',
            value: 9000,
            low: 9000,
            high: 9000,
            measure: 'people',
            action: 'evacuate',
            status: 'planned',
            source: ['Governor Smith'],
          },
        ],
      },
      {
        file: 'b.txt',
        // The same day as the governor's count: a real conflict (a day later, it is the count moving on).
        meta: { outlet: ['Valley News'], wire: [], published: '2023-05-02' },
        claims: [
          {
            evidence: 'the Red Cross said 8,000 people had been evacuated',
            value: 8000,
            low: 8000,
            high: 8000,
            measure: 'people',
            action: 'evacuate',
            status: 'asserted',
            source: ['Red Cross'],
          },
        ],
      },
      {
        file: 'c.txt',
        meta: { outlet: ['Valley News'], wire: [], published: '2023-06-20' },
        claims: [
          {
            evidence: 'another 2,000 people were moved',
            value: 2000,
            low: 2000,
            high: 2000,
            incremental: true,
            measure: 'people',
            action: 'evacuate',
            status: 'asserted',
            source: ['Red Cross'],
          },
          {
            evidence: 'in all 8,500 people were evacuated',
            value: 8500,
            low: 8500,
            high: 8500,
            measure: 'people',
            action: 'evacuate',
            status: 'asserted',
            source: ['Red Cross'],
          },
        ],
      },
    ],
    entities: [{ name: 'Red Cross', aliases: ['the Red Cross', 'ICRC'] }],
    figures: [
      {
        id: 'evacuated',
        measure: 'people',
        action: 'evacuate',
        expect: [
          '5,000 (Governor Smith, 2023-05-02) against 8,000 (Red Cross, 2023-05-02): flag as a disagreement',
          '8,500 done (2023-06-20) revises the planned 9,000',
          '8,000 rests on one primary source (ICRC)',
          '8,000 rests on two primary sources',
          '700 sheltered overnight is a separate tally, not the evacuation count',
          '8,000 is a shelter count, not the evacuation total',
          'the river rose quickly',
          '9,000 were to be moved; the same day: flag 5,000 vs 8,000 as a disagreement',
        ],
      },
    ],
  };

  it('checks each kind it recognises and says which it cannot', () => {
    const checks = checksOf(gold);
    expect(checks.map((c) => [c.kind, c.holds])).toEqual([
      ['disagreement', true],
      ['revision', true],
      ['sources', true],
      ['sources', false],
      ['excluded', true],
      ['excluded', false],
      ['unknown', false],
      ['disagreement', true],
    ]);
    expect(checks[6]!.why).toMatch(/could not recognise/);
  });
});

describe('parts statements ("a + b = total: parts that add up")', () => {
  const claim = (evidence: string, value: number) => ({
    evidence,
    value,
    low: value,
    high: value,
    measure: 'homes',
    action: 'destroy',
    status: 'asserted' as const,
    source: [],
  });
  const gold: GoldJson = {
    documents: [
      {
        file: 'a.txt',
        meta: { outlet: ['Plains Herald'], wire: [], published: '2024-04-03' },
        claims: [
          claim('The tornadoes destroyed 2,900 homes across the state', 2900),
          claim('In Ada County, 1,800 homes were destroyed', 1800),
          claim('In Boone County, 1,100 homes were destroyed', 1100),
        ],
      },
    ],
    figures: [
      {
        id: 'homes',
        measure: 'homes',
        action: 'destroy',
        expect: [
          'Ada 1,800 + Boone 1,100 = 2,900: parts that add up',
          'Ada 1,800 + Boone 1,000 = 2,900: parts that add up',
          'Ada 1,800 + Clay 1,100 + Boone 1,100 = 4,000: parts that add up',
        ],
      },
    ],
  };

  it('holds when each part is a value of the figure or of a part of it, and they sum to the total', () => {
    const checks = checksOf(gold);
    expect(checks.map((c) => [c.kind, c.holds])).toEqual([
      ['parts', true],
      ['parts', false],
      ['parts', false],
    ]);
  });
});

describe('a disagreement within a part ("Tarn 6 against 8")', () => {
  const claim = (evidence: string, value: number, source: string) => ({
    evidence,
    value,
    low: value,
    high: value,
    measure: 'people',
    action: 'kill',
    status: 'asserted' as const,
    source: [source],
  });
  const gold: GoldJson = {
    documents: [
      {
        file: 'a.txt',
        meta: { outlet: ['Coast Courier'], wire: [], published: '2024-09-10' },
        claims: [
          claim('The storm killed 30 people across the country', 30, 'National Committee'),
          claim('In Tarn province, 6 people died', 6, 'National Committee'),
          claim('In Osk province, 4 people died', 4, 'National Committee'),
        ],
      },
      {
        file: 'b.txt',
        meta: { outlet: ['Tarn Daily'], wire: [], published: '2024-09-10' },
        claims: [
          claim('In Tarn province, 8 people died', 8, 'Tarn disaster office'),
          claim('The national toll stood at 30', 30, 'National Committee'),
          claim('Rescuers said 30 people had died across the country', 30, 'rescuers'),
        ],
      },
    ],
    figures: [
      {
        id: 'dead',
        measure: 'people',
        action: 'kill',
        expect: [
          'Tarn 6 (committee) against 8 (province) on the same day: a conflict',
          '30 (committee) and 30 (rescuers) agree',
        ],
      },
    ],
  };

  it('holds when the part that both values belong to has the conflict', () => {
    const { docs, claims } = recordsFromGold(gold);
    // The claim stage reads each province as the scope of its counts (scope/lead-place).
    for (const c of claims)
      if (c.evidence.startsWith('In '))
        (c as ClaimRecord & { scope: string }).scope = c.evidence.split(' ')[1]!.toLowerCase();
    const checks = checkFigures(gold, buildFigures(claims, docs, []), {
      documents: docs.map((d) => ({ id: d.id, source: d.source! })),
      claims,
    });
    expect(checks.map((c) => [c.kind, c.holds])).toEqual([
      ['disagreement', true],
      ['agree', true],
    ]);
    expect(checks[0]!.matched).toMatch(/^deaths-[0-9a-f]+$/);
    expect(checks[0]!.why).toMatch(/^in a part: /);
  });
});

describe('timeline statements ("a -> b -> c")', () => {
  const step = (file: string, published: string, value: number) => ({
    file,
    meta: { outlet: [file], wire: [], published },
    claims: [
      {
        evidence: `${value} people have been evacuated from the delta`,
        value,
        low: value,
        high: value,
        measure: 'people',
        action: 'evacuate',
        status: 'asserted',
        source: [],
      },
    ],
  });
  const gold: GoldJson = {
    documents: [
      step('a.txt', '2023-05-02', 5000),
      step('b.txt', '2023-05-03', 8000),
      step('c.txt', '2023-05-05', 9500),
    ],
    figures: [
      {
        id: 'evacuated',
        measure: 'people',
        action: 'evacuate',
        expect: [
          '5,000 (2023-05-02) -> 8,000 -> 9,500 (2023-05-05): a rising count, revisions',
          '9,500 -> 5,000: the count fell',
          '5,000 -> 7,000: revisions',
        ],
      },
    ],
  };

  it('holds when each value is in the figure and the timeline reaches them in order', () => {
    const checks = checksOf(gold);
    expect(checks.map((c) => [c.kind, c.holds])).toEqual([
      ['timeline', true],
      ['timeline', false],
      ['timeline', false],
    ]);
    expect(checks[1]!.why).toMatch(/puts 5,000 before 9,500/);
    expect(checks[2]!.why).toMatch(/no reported value 7,000/);
  });
});

const seedGold = join(import.meta.dirname, '../../corpus/demo/gold.json');

describe('seed figures, reconciled from the gold claims themselves', () => {
  it('every figures[].expect statement of the seeds holds', () => {
    const gold = JSON.parse(readFileSync(seedGold, 'utf8')) as GoldJson;
    const checks = checksOf(gold);
    const failing = checks.filter((c) => !c.holds).map((c) => `${c.statement} → ${c.why}`);
    expect(failing).toEqual([]);
    expect(checks.length).toBe(gold.figures.reduce((n, f) => n + f.expect.length, 0));
  });
});
