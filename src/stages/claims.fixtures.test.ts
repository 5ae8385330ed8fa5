/**
 * Golden fixtures for the quantities, times and claims stages:
 * test/fixtures/<stage>/<case>/input.json ({published, text}; one sentence
 * per line, the first a headline) and expected.json, written when missing and
 * rewritten with UPDATE=1 (review the diff).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../article.js';
import { lineClaims } from '../../test/helpers/claims.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');

function run(input: { published: string | null; text: string }): Article {
  return lineClaims(input.text, { published: input.published, heading: true });
}

const views: Record<string, (a: Article) => unknown> = {
  quantities: (a) =>
    a.quantities.map((q) => ({
      text: q.text,
      value: q.value,
      low: q.low,
      high: q.high,
      bound: q.bound,
      approximate: q.approximate,
      vague: q.vague,
      incremental: q.incremental,
      measure: q.measure,
      by: q.by,
    })),
  times: (a) => a.times.map((t) => ({ text: t.text, kind: t.kind, when: t.when, precision: t.precision, by: t.by })),
  claims: (a) =>
    a.claims.map((c) => ({
      number: c.quantity.text,
      measure: c.quantity.measure,
      status: c.status.value,
      action: c.action?.value ?? null,
      source: c.source?.name ?? null,
      when: c.when?.when ?? null,
      said: c.said,
    })),
};

for (const stage of Object.keys(views)) {
  const dir = join(root, stage);
  const cases = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'input.json'))) : [];
  describe(`fixtures: ${stage}`, () => {
    for (const name of cases) {
      it(name, () => {
        const input = JSON.parse(readFileSync(join(dir, name, 'input.json'), 'utf8'));
        const got = views[stage]!(run(input));
        const file = join(dir, name, 'expected.json');
        if (!existsSync(file) || process.env.UPDATE === '1') writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
        expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
      });
    }
  });
}
