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
