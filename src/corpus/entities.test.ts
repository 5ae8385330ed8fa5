import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../records.js';
import { mergeEntities } from './entities.js';

const rec = (
  doc: string,
  id: string,
  name: string,
  type = 'person',
  aliases: string[] = [],
  roles: string[] = [],
): EntityRecord => ({ id, name, type, aliases, roles, documents: [doc] });

describe('mergeEntities', () => {
  it('merges transliteration and hyphen variants and remaps ids', () => {
    const { entities, remap } = mergeEntities([
      rec('a', 'volodymyr-zelenskyy', 'Volodymyr Zelenskyy', 'person', ['Zelenskyy'], ['Ukrainian President']),
      rec('b', 'volodymyr-zelensky', 'Volodymyr Zelensky', 'person', ['Zelensky']),
      rec('c', 'volodymyr-zelenskiy', 'Volodymyr Zelenskiy'),
      rec('a', 'moon-jae-in', 'Moon Jae-in'),
      rec('b', 'moon-jae-in', 'Moon Jae In'),
    ]);
    const z = entities.find((e) => e.aliases.includes('Volodymyr Zelensky') || e.name === 'Volodymyr Zelensky')!;
    expect(z.documents).toEqual(['a', 'b', 'c']);
    expect(z.roles).toEqual(['Ukrainian President']);
    expect(entities.filter((e) => /moon/.test(e.id))).toHaveLength(1);
    // Every article id maps to an existing corpus id.
    const ids = new Set(entities.map((e) => e.id));
    for (const target of Object.values(remap)) expect(ids.has(target)).toBe(true);
    for (const id of ['volodymyr-zelenskyy', 'volodymyr-zelensky', 'volodymyr-zelenskiy'])
      expect(remap[id] ?? id).toBe(z.id);
  });

  it('links a surname-only person only when one full name carries it', () => {
    const { entities, remap } = mergeEntities([
      rec('a', 'keir-starmer', 'Keir Starmer'),
      rec('b', 'starmer', 'Starmer'),
      rec('a', 'joe-biden', 'Joe Biden'),
      rec('b', 'jill-biden', 'Jill Biden'),
      rec('c', 'biden', 'Biden'),
    ]);
    expect(remap['starmer']).toBe('keir-starmer');
    expect(remap['biden']).toBeUndefined();
    expect(entities.find((e) => e.id === 'biden')).toBeDefined();
  });

  it('merges organisations by name and acronym alias, never a person with an organisation', () => {
    const { entities } = mergeEntities([
      rec('a', 'federal-emergency-management-agency', 'Federal Emergency Management Agency', 'organization', ['FEMA']),
      rec('b', 'fema', 'FEMA', 'organization'),
      rec('c', 'jordan', 'Jordan', 'country'),
      rec('c', 'michael-jordan', 'Michael Jordan', 'person'),
    ]);
    const fema = entities.filter((e) => e.type === 'organization');
    expect(fema).toHaveLength(1);
    expect(fema[0]!.documents).toEqual(['a', 'b']);
    expect(entities.find((e) => e.id === 'jordan')!.type).toBe('country');
    expect(entities.find((e) => e.id === 'michael-jordan')!.type).toBe('person');
  });

  it('keeps namesakes with different first names apart', () => {
    const { entities } = mergeEntities([
      rec('a', 'kim-jong-un', 'Kim Jong-un'),
      rec('b', 'kim-yo-jong', 'Kim Yo-jong'),
      rec('c', 'kim-jong-un', 'Kim Jong Un'),
    ]);
    expect(entities).toHaveLength(2);
  });
});

describe('mergeEntities with a cache of sorted documents', () => {
  const many = (id: string, name: string, docs: string[], type = 'organization'): EntityRecord => ({
    id,
    name,
    type,
    aliases: [],
    roles: [],
    documents: docs,
  });
  const kept = [
    many('harbour-authority', 'Harbour Authority', ['d9', 'd2', 'd5']),
    many('lena-marsh', 'Lena Marsh', ['d3', 'd1'], 'person'),
    many('marsh', 'Marsh', ['d7', 'd3'], 'person'),
    many('river-board', 'River Board', ['d4', 'd8', 'd4']),
  ];

  it.each([
    ['the same records again', (rs: EntityRecord[]) => rs],
    // A record merged again with a new article's is a new object: its group sorts its documents afresh.
    [
      'one record grown by a new article',
      (rs: EntityRecord[]) => rs.map((r, k) => (k ? r : many(r.id, r.name, [...r.documents, 'd0']))),
    ],
    // A new full name sharing the surname makes the surname-only record a group of its own.
    [
      'a new record splitting a group',
      (rs: EntityRecord[]) => [...rs, many('tom-marsh', 'Tom Marsh', ['d6'], 'person')],
    ],
    ['a record gone', (rs: EntityRecord[]) => rs.slice(1)],
  ])('gives what a merge without it gives: %s', (_name, next) => {
    const cache = new WeakMap();
    expect(mergeEntities(kept, cache)).toEqual(mergeEntities(kept));
    const again = next(kept);
    expect(mergeEntities(again, cache)).toEqual(mergeEntities(again));
  });

  it('hands out lists of its own (a caller changing one changes no later merge)', () => {
    const cache = new WeakMap();
    mergeEntities(kept, cache).entities[0]!.documents.push('d99');
    expect(mergeEntities(kept, cache)).toEqual(mergeEntities(kept));
  });
});
