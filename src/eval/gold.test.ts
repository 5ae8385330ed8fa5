import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CrosscheckError } from '../errors.js';
import { loadGold, parseGold } from './gold.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-gold-'));

function minimal(extra: Record<string, unknown> = {}) {
  return {
    format: 'crosscheck-gold/1',
    corpus: 'test',
    documents: [
      {
        file: 'a.txt',
        meta: {
          title: 'Flood displaces 4,000',
          outlet: ['Daily Post'],
          wire: [],
          published: '2021-07',
          byline: null,
          dateline: null,
          language: 'en',
        },
        body: { keep: ['The river rose overnight.'], drop: ['Share this'] },
        claims: [
          {
            evidence: '4,000 residents',
            value: 4000,
            low: 4000,
            high: 4000,
            approximate: false,
            vague: false,
            measure: 'residents',
            action: 'displace',
            status: 'asserted',
            source: [],
          },
        ],
        quotes: [{ text: 'We lost everything', speaker: ['Ana Ruiz'] }],
      },
    ],
    entities: [{ name: 'Ana Ruiz', aliases: ['Ruiz'] }],
    figures: [],
    ...extra,
  };
}

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CrosscheckError);
    expect((err as CrosscheckError).code).toBe('E_GOLD');
    return String((err as CrosscheckError).values.reason);
  }
  throw new Error('expected E_GOLD');
}

describe('gold files', () => {
  it('loads a valid file and fills defaults', () => {
    const file = path.join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify(minimal()));
    const gold = loadGold(file);
    expect(gold.documents[0]!.claims[0]!.incremental).toBe(false);
    expect(gold.documents[0]!.claims[0]!.via).toEqual([]);
    expect(gold.entities[0]!.aliases).toEqual(['Ruiz']);
  });

  it('loads the bundled seed key', () => {
    const gold = loadGold(path.join(__dirname, '../../corpus/demo/gold.json'));
    expect(gold.documents).toHaveLength(5);
    expect(gold.corpus).toBe('seeds');
  });

  it('names a missing file, bad JSON and a wrong format', () => {
    expect(reason(() => loadGold(path.join(dir, 'nope.json')))).toBe('no such file');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"format": ');
    expect(reason(() => loadGold(bad))).toMatch(/not valid JSON/);
    expect(reason(() => parseGold({ ...minimal(), format: 'crosscheck-gold/2' }))).toMatch(
      /format must be "crosscheck-gold\/1"/,
    );
  });

  it('says where a field is wrong', () => {
    const g = minimal();
    (g.documents[0]!.claims[0] as Record<string, unknown>).value = '4000';
    expect(reason(() => parseGold(g))).toMatch(/^documents\[0\]\.claims\[0\]\.value: /);
    const h = minimal();
    (h.documents[0]!.claims[0] as Record<string, unknown>).status = 'rumoured';
    expect(reason(() => parseGold(h))).toMatch(/documents\[0\]\.claims\[0\]\.status/);
    const i = minimal();
    (i.documents[0]!.meta as Record<string, unknown>).published = 'July 2021';
    expect(reason(() => parseGold(i))).toMatch(/published must be YYYY/);
  });

  it('refuses claims without a number, inverted bounds and a file listed twice', () => {
    const g = minimal();
    Object.assign(g.documents[0]!.claims[0]!, { value: null, low: null, high: null });
    expect(reason(() => parseGold(g))).toMatch(/needs a value, a low or a high/);
    const h = minimal();
    Object.assign(h.documents[0]!.claims[0]!, { value: null, low: 10, high: 5 });
    expect(reason(() => parseGold(h))).toMatch(/low 10 is above high 5/);
    const i = minimal();
    i.documents.push(i.documents[0]!);
    expect(reason(() => parseGold(i))).toMatch(/`a.txt` is listed twice/);
  });

  it('puts the file name in the message', () => {
    try {
      parseGold({}, 'keys/x.json');
    } catch (err) {
      expect((err as Error).message).toContain('keys/x.json');
      expect((err as Error).message).toContain('docs/gold-format.md');
    }
  });
});
