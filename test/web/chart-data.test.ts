import { describe, expect, it } from 'vitest';
import { chartSubject, period, plotPoints, timelineCsv, timelineSvg, wantsLog } from '../../web/src/chart-data.js';
import type { TimelinePoint } from '../../src/server/views.js';

const DAY = 86400;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d) / 1000;

function pt(
  claim: string,
  date: string | null,
  value: number | null,
  extra: Partial<TimelinePoint> = {},
): TimelinePoint {
  return {
    claim,
    document: 'doc',
    date,
    dateFrom: 'when',
    value,
    low: null,
    high: null,
    bound: 'exact',
    approximate: false,
    incremental: false,
    status: 'asserted',
    source: 'fire-service',
    sourceName: 'Fire Service',
    via: [],
    outlet: 'Harbour Times',
    title: 'Warehouse fire',
    evidence: 'The fire service said 40 people were rescued.',
    numberStart: 22,
    numberEnd: 24,
    copyOf: null,
    ...extra,
  };
}

describe('period: a date covers its whole day, month or year', () => {
  it.each([
    ['2024-10-18', utc(2024, 10, 18), utc(2024, 10, 19)],
    ['2024-10', utc(2024, 10), utc(2024, 11)],
    ['2024-12', utc(2024, 12), utc(2025, 1)],
    ['2023', utc(2023, 1), utc(2024, 1)],
  ])('%s', (date, from, to) => {
    expect(period(date)).toEqual({ from, to });
  });
  it('no date, no period', () => expect(period(null)).toBeNull());
});

describe('plotPoints', () => {
  it('places a month at its middle and keeps points of one date on one spot (none nudged)', () => {
    const pts = plotPoints([
      pt('a', '2024-03-05', 120),
      pt('b', '2024-03-05', 120),
      pt('c', '2024-03', 150),
      pt('d', null, 10),
      pt('e', '2024-03-06', null, { low: 200, high: null, bound: 'lower' }),
    ]);
    // The month's middle (16 March) comes after 6 March.
    expect(pts.map((q) => q.p.claim)).toEqual(['a', 'b', 'e', 'c']);
    expect(pts[0]!.x).toBe(pts[1]!.x);
    expect(pts[3]).toMatchObject({ from: utc(2024, 3), to: utc(2024, 4), x: (utc(2024, 3) + utc(2024, 4)) / 2 });
    expect(pts[2]).toMatchObject({ y: 200, from: utc(2024, 3, 6), to: utc(2024, 3, 6) + DAY });
  });
  it('a range sits at its middle', () => {
    expect(plotPoints([pt('r', '2024', null, { low: 200, high: 300 })])[0]!.y).toBe(250);
  });
});

describe('wantsLog: only when positive values span orders of magnitude', () => {
  it.each([
    [[12, 40, 90], false],
    [[3, 40, 9000], true],
    [[0, 40, 9000], false],
  ])('%j → %s', (values, log) => {
    expect(wantsLog(plotPoints(values.map((v, i) => pt(`c${i}`, '2024-05-01', v))))).toBe(log);
  });
});

describe('timelineCsv', () => {
  it('one row per claim, quoted where needed, formulas defused', () => {
    const csv = timelineCsv([
      pt('a', '2024-03', 40, { evidence: 'He said "40, maybe more".' }),
      pt('b', null, null, { low: 10, sourceName: '=HYPERLINK("x")' }),
    ]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,value,low,high,status,source,outlet,evidence,document,claim');
    expect(lines[1]).toBe('2024-03,40,,,asserted,Fire Service,Harbour Times,"He said ""40, maybe more"".",doc,a');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('timelineSvg', () => {
  it('draws each point, a month as a span, a one-sided bound as an arrow, and escapes its text', () => {
    const svg = timelineSvg(
      [
        pt('a', '2024-03', 40),
        pt('b', '2024-04-02', null, { low: 60, bound: 'lower', sourceName: '<b>Coast Guard</b>' }),
        pt('c', null, 12),
      ],
      'People rescued <script>',
      'Number of people',
    );
    expect(svg.match(/<circle [^>]*r="5" fill="[^"]*" stroke=/g)).toHaveLength(2);
    expect(svg).toContain('People rescued &#60;script&#62;');
    expect(svg).toContain('&#60;b&#62;Coast Guard&#60;/b&#62;');
    expect(svg).not.toMatch(/<script|<b>/);
    expect(svg.match(/<line [^>]*opacity="0.5"/g)).toHaveLength(1);
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+V/);
  });
});

describe('chartSubject: what the values are, for the subtitle', () => {
  it.each([
    ['deaths', [], 'Number of deaths'],
    ['evacuated', [null, null], 'Number of evacuated'],
    ['insured losses', ['USD', 'USD', null], 'Amount in USD'],
    ['damage', ['EUR', 'USD', 'EUR'], 'Amount in EUR'],
    ['turnout', ['percent'], 'Percent'],
    ['percent', [], 'Percent'],
    ['burned', ['acres'], 'In acres'],
    ['dollars', [], 'Amount in dollars'],
    [null, [], 'Reported values'],
  ] as Array<[string | null, Array<string | null>, string]>)('%s %j → %s', (measure, units, want) =>
    expect(chartSubject(measure, units)).toBe(want),
  );
});
