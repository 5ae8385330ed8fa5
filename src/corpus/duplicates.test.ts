import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates, groupsAdded, independenceGroups } from './duplicates.js';
import type { DocMeta } from './types.js';
import {
  BANDS,
  SIGNATURE_SIZE,
  bandHash,
  bucketsFor,
  candidatePairs,
  signature,
  similarity,
  similarityFrom,
} from './minhash.js';
import { doc } from '../../test/helpers/corpus.js';

const dir = join(import.meta.dirname, '../../test/fixtures/corpus/duplicates');
const text = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('minhash', () => {
  it('estimates high similarity for a light rewrite and low for an unrelated text', () => {
    const a = signature(text('origin.txt'))!;
    const b = signature(text('rewrite.txt'))!;
    const c = signature(text('unrelated.txt'))!;
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, b)).toBeGreaterThan(0.6);
    expect(similarity(a, c)).toBeLessThan(0.1);
  });

  it('returns null for texts too short to compare, and never throws on odd input', () => {
    expect(signature('Hello there.')).toBeNull();
    expect(signature('')).toBeNull();
    expect(signature('1,'.repeat(50_000))).not.toBeNull();
    expect(signature('"'.repeat(50_000))).toBeNull();
  });

  it('finds candidate pairs through LSH bands, not by comparing all pairs', () => {
    const sigs = [
      signature(text('origin.txt')),
      signature(text('unrelated.txt')),
      signature(text('rewrite.txt')),
      null,
    ];
    expect(candidatePairs(sigs)).toContainEqual([0, 2]);
    expect(candidatePairs(sigs).some(([i, j]) => (i === 0 || i === 2) && j === 1)).toBe(false);
  });
});

describe('candidatePairs over long runs', () => {
  /** Every pair each band's run of one hash yields (each member with its next `maxRun`), in first-seen order. */
  function reference(sigs: Array<Uint32Array | null>, maxRun: number): Array<[number, number]> {
    const seen = new Set<string>();
    const out: Array<[number, number]> = [];
    for (let band = 0; band < BANDS; band++) {
      const runs = new Map<number, number[]>();
      sigs.forEach((s, i) => {
        if (!s) return;
        const h = bandHash(s, band);
        runs.set(h, [...(runs.get(h) ?? []), i]);
      });
      for (const h of [...runs.keys()].sort((a, b) => a - b)) {
        const members = runs.get(h)!;
        for (let x = 0; x < members.length; x++)
          for (let y = x + 1; y < Math.min(members.length, x + 1 + maxRun); y++) {
            const key = `${members[x]},${members[y]}`;
            if (!seen.has(key)) {
              seen.add(key);
              out.push([members[x]!, members[y]!]);
            }
          }
      }
    }
    return out;
  }

  // Signatures drawn from a few templates with a few rows changed: runs that repeat across bands, and runs that
  // merge templates in some bands only, the shapes near-identical records give.
  function templated(n: number, seed: number): Array<Uint32Array | null> {
    let x = seed;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), x);
    const templates = Array.from({ length: 4 }, () => Uint32Array.from({ length: SIGNATURE_SIZE }, rand));
    return Array.from({ length: n }, (_, i) => {
      if (i % 17 === 5) return null;
      const sig = templates[rand() % 4]!.slice();
      for (let k = rand() % 3; k > 0; k--) sig[rand() % SIGNATURE_SIZE] = rand();
      if (i % 3 === 0) sig.set(templates[0]!.subarray(0, SIGNATURE_SIZE / 2));
      return sig;
    });
  }

  it.each([
    [300, 1, 4],
    [500, 7, 2],
    [400, 42, 32],
    [1200, 3, 8],
  ])(
    '%i templated signatures (seed %i, maxRun %i): the same pairs in the same order as pairing every run',
    (n, seed, maxRun) => {
      const sigs = templated(n, seed);
      expect(candidatePairs(sigs, maxRun)).toEqual(reference(sigs, maxRun));
    },
  );
});

describe('similarityFrom', () => {
  // Pairs that agree in 0, 1, 63, 64, 65, 127 and 128 buckets.
  const base = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => i * 7 + 1);
  const agreeing = (k: number) => base.map((v, i) => (i < k ? v : v + 1000));
  it.each([0, 0.3, 0.5, 0.5000001, 0.9, 1, 1.5])(
    'threshold %d: the similarity when it is reached, else -1, as similarity() read against it',
    (threshold) => {
      const need = bucketsFor(threshold);
      for (const k of [0, 1, 63, 64, 65, 127, 128]) {
        const b = agreeing(k);
        const sim = similarity(base, b);
        expect(similarityFrom(base, b, need)).toBe(sim < threshold ? -1 : sim);
        // The disagreeing buckets first: the early stop is taken from the start.
        expect(similarityFrom(base.slice().reverse(), b.slice().reverse(), need)).toBe(sim < threshold ? -1 : sim);
      }
    },
  );
});

describe('findDuplicates', () => {
  const docs = () => [
    { id: 'origin', body: text('origin.txt'), outlet: 'Wire Agency', published: '2023-01-09' },
    { id: 'unrelated', body: text('unrelated.txt'), outlet: 'Money Daily', published: '2023-01-09' },
    { id: 'rewrite', body: text('rewrite.txt'), outlet: 'City Herald', wire: ['Wire Agency'], published: '2023-01-09' },
    { id: 'update', body: text('update.txt'), outlet: 'Wire Agency', published: '2023-01-10' },
    { id: 'copy', body: text('origin.txt'), outlet: 'Aggregator', published: '2023-01-09' },
  ];

  it('links a lightly rewritten wire story to its origin as syndicated', () => {
    const links = findDuplicates(docs());
    expect(links.find((l) => l.document === 'rewrite')).toMatchObject({ of: 'origin', kind: 'syndicated' });
  });

  it('links an updated version of the same article to the earlier one', () => {
    const links = findDuplicates(docs());
    expect(links.find((l) => l.document === 'update')).toMatchObject({ of: 'origin', kind: 'version' });
  });

  it('links a verbatim copy in another outlet as a duplicate, and leaves unrelated articles alone', () => {
    const links = findDuplicates(docs());
    expect(links.find((l) => l.document === 'copy')).toMatchObject({ of: 'origin', kind: 'duplicate', similarity: 1 });
    expect(links.some((l) => l.document === 'unrelated' || l.of === 'unrelated')).toBe(false);
    expect(links.some((l) => l.document === 'origin')).toBe(false);
  });

  it('takes the wire agency as the origin even when its copy was ingested first', () => {
    const [origin, , rewrite] = docs();
    const links = findDuplicates([rewrite!, origin!]);
    expect(links).toEqual([expect.objectContaining({ document: 'rewrite', of: 'origin', kind: 'syndicated' })]);
  });

  it('links a version recorded at ingest whatever its similarity', () => {
    const links = findDuplicates([
      { id: 'v1', body: text('unrelated.txt'), url: 'https://example.com/x' },
      { id: 'v2', body: text('origin.txt'), url: 'https://example.com/x', previousVersion: 'v1' },
    ]);
    expect(links).toEqual([expect.objectContaining({ document: 'v2', of: 'v1', kind: 'version' })]);
  });

  it('puts copies and articles carrying the same wire into one independence group', () => {
    const metas = [
      doc('a', { outlet: 'Wire Agency' }),
      doc('b', { wire: ['Wire Agency'] }),
      doc('c'),
      doc('d'),
      doc('e'),
    ];
    const groups = independenceGroups(metas, [{ document: 'd', of: 'c', kind: 'syndicated', similarity: 0.7 }]);
    expect(groups.get('a')).toBe(groups.get('b'));
    expect(groups.get('c')).toBe(groups.get('d'));
    expect(new Set(groups.values()).size).toBe(3);
  });
});

describe('groupsAdded', () => {
  const meta = (id: string, outlet: string | null, wire: string[], order: number): DocMeta =>
    ({ id, outlet, wire, order, published: null, url: null, previousVersion: null, title: null }) as DocMeta;
  // Outlets and agencies: an added article may name an agency only stored articles were the outlet of.
  const docs = [
    meta('d-river', 'Valley Herald', [], 0),
    meta('a-flood', 'Coastal Wire', [], 1),
    meta('c-levee', 'Plains Daily', ['Plains Agency'], 2),
    meta('b-storm', 'Plains Agency', [], 3),
    meta('e-dam', 'Hill Times', [], 4),
    meta('f-rain', 'Hill Times', ['Coastal Wire'], 5),
    meta('0-fire', 'Metro Post', [], 6),
  ];
  const link = (document: string, of: string) => ({ document, of, kind: 'syndicated' as const, similarity: 0.7 });
  const links = [link('e-dam', 'd-river'), link('0-fire', 'e-dam')];
  it.each([
    [4, 1],
    [5, 1],
    [6, 1],
    [7, 1],
    [4, 0],
    [7, 2],
  ])('gives independenceGroups before and after, %i documents and %i links stored', (first, firstLink) => {
    const got = groupsAdded(docs, first, links, firstLink);
    const was = independenceGroups(docs.slice(0, first), links.slice(0, firstLink));
    const now = independenceGroups(docs, links);
    for (const [i, d] of docs.entries()) {
      expect(got.groupOf(d.id)).toBe(now.get(d.id));
      for (const [j, e] of docs.entries()) {
        expect(got.after[i] === got.after[j]).toBe(now.get(d.id) === now.get(e.id));
        if (i < first && j < first) expect(got.before[i] === got.before[j]).toBe(was.get(d.id) === was.get(e.id));
      }
    }
  });

  // Worked by hand: a wire agency joins the articles it was the outlet of, and duplicate links join; one outlet's own
  // articles stay apart (their outlet is their source). The expected partitions do not come from the code.
  const partition = (groupOf: (id: string) => string, ids: string[]) => {
    const by = new Map<string, string[]>();
    for (const id of ids) by.set(groupOf(id), [...(by.get(groupOf(id)) ?? []), id]);
    return [...by.values()].map((g) => g.sort().join(' ')).sort();
  };
  it.each([
    [4, 0, ['a-flood', 'b-storm c-levee', 'd-river'], ['0-fire d-river e-dam', 'a-flood f-rain', 'b-storm c-levee']],
    [
      7,
      2,
      ['0-fire d-river e-dam', 'a-flood f-rain', 'b-storm c-levee'],
      ['0-fire d-river e-dam', 'a-flood f-rain', 'b-storm c-levee'],
    ],
    [
      5,
      0,
      ['a-flood', 'b-storm c-levee', 'd-river', 'e-dam'],
      ['0-fire d-river e-dam', 'a-flood f-rain', 'b-storm c-levee'],
    ],
  ])('groups by hand, %i documents and %i links stored', (first, firstLink, before, after) => {
    const got = groupsAdded(docs, first, links, firstLink);
    const ids = docs.map((d) => d.id);
    expect(partition(got.groupOf, ids)).toEqual(after);
    const beforeOf = (id: string) => String(got.before[ids.indexOf(id)]);
    expect(partition(beforeOf, ids.slice(0, first))).toEqual(before);
  });
});
