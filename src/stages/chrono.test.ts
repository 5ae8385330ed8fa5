import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse, twoByte } from './chrono.js';

const original = createRequire(import.meta.url)('chrono-node/en') as Pick<typeof import('chrono-node'), 'parse'>;
const summary = (rs: ReturnType<typeof parse>) =>
  rs.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);

describe('chrono wrapper', () => {
  it('holds the same text, whatever its characters', () => {
    for (const t of [
      '',
      'a',
      'ab',
      'Monday',
      'On Oct. 8, 2024 troops left.',
      'Zelenskyy said “by December” — twice.',
      'x'.repeat(5000),
      '😀 on 3 May',
    ]) {
      expect(twoByte(t)).toBe(t);
      expect(twoByte(t).length).toBe(t.length);
    }
  });

  it('finds exactly what chrono finds, with the same indices, in ASCII, Latin-1 and wider text', () => {
    const ref = { instant: new Date(Date.UTC(2024, 9, 23, 12)), timezone: 0 };
    const texts = [
      'SEOUL (Yonhap) — North Korea sent 1,500 troops on Oct. 8 and plans to send 10,000 by December, lawmakers said on Wednesday.',
      'The fighting in 1950-1953 ended; the talks resume next week, from Dec. 22, 2018 to Jan. 25, 2019, at 3 p.m.',
      'Café owners said “two days ago” and again at 10:30 on 4/5/2024 — then nothing since August 2023.',
      'Exports have continued since août 2023 and 3 weeks later; ½ arrived within a year.',
    ];
    for (const text of texts) {
      const mine = summary(parse(text, ref));
      expect(mine.length).toBeGreaterThan(0);
      expect(mine).toEqual(summary(original.parse(text, ref)));
      for (const [index, found] of mine)
        expect(text.slice(index as number, (index as number) + (found as string).length)).toBe(found);
    }
  });

  it('passes chrono its options', () => {
    const text = 'The deadline was Monday.';
    const ref = new Date(Date.UTC(2024, 9, 23, 12));
    expect(summary(parse(text, ref, { forwardDate: true }))).toEqual(
      summary(original.parse(text, ref, { forwardDate: true })),
    );
    expect(summary(parse(text, ref, { forwardDate: true }))).not.toEqual(
      summary(parse(text, ref, { forwardDate: false })),
    );
  });
});
