import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates, independenceGroups } from './duplicates.js';
import { candidatePairs, signature, similarity } from './minhash.js';
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
    const sigs = [signature(text('origin.txt')), signature(text('unrelated.txt')), signature(text('rewrite.txt')), null];
    expect(candidatePairs(sigs)).toContainEqual([0, 2]);
    expect(candidatePairs(sigs).some(([i, j]) => (i === 0 || i === 2) && j === 1)).toBe(false);
  });
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
    const metas = [doc('a', { outlet: 'Wire Agency' }), doc('b', { wire: ['Wire Agency'] }), doc('c'), doc('d'), doc('e')];
    const groups = independenceGroups(metas, [{ document: 'd', of: 'c', kind: 'syndicated', similarity: 0.7 }]);
    expect(groups.get('a')).toBe(groups.get('b'));
    expect(groups.get('c')).toBe(groups.get('d'));
    expect(new Set(groups.values()).size).toBe(3);
  });
});
