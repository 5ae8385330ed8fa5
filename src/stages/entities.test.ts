import { describe, expect, it } from 'vitest';
import { createContext } from '../pipeline.js';
import { splitSentences } from './sentences.js';
import { findEntities } from './entities.js';

function entities(text: string, gazetteer: Array<{ name: string; type: string; aliases: string[] }> = []) {
  const starts = new Set(splitSentences(text).map((s) => s.start));
  return findEntities(text, starts, createContext({ config: { gazetteer } as never }));
}

const idOf = (r: ReturnType<typeof entities>, surface: string) => r.mentions.find((m) => m.text === surface)?.entity;

describe('findEntities', () => {
  it('resolves country names, short forms, demonyms, capitals and "the North" to one entity', () => {
    const r = entities(
      'N. Korea fired a missile. North Korean state media said Pyongyang was ready. The North denied it. N Korea and the DPRK were named.',
    );
    for (const s of ['N. Korea', 'North Korean', 'Pyongyang', 'The North', 'N Korea', 'DPRK'])
      expect(idOf(r, s)).toBe('north-korea');
  });

  it('qualified descriptors name the agency; bare ones only when it is named', () => {
    const r = entities("Seoul's spy agency said so. The NIS briefed lawmakers. The spy agency later added more.");
    for (const s of ["Seoul's spy agency", 'NIS', 'spy agency'])
      expect(idOf(r, s)).toBe('national-intelligence-service');
    const bare = entities('The spy agency in Washington declined to comment.');
    expect(bare.mentions.some((m) => m.entity === 'national-intelligence-service')).toBe(false);
  });

  it('links spelling variants and later surnames to one person, with roles', () => {
    const r = entities(
      'Ukrainian President Volodymyr Zelenskyy spoke in Kyiv. Zelensky said aid was late. Lawmaker Lee Seong-kweun briefed reporters. Lee Seong Kweun said more. Lee added details. North Korean leader Kim Jong Un met Putin; Kim Jong-un left.',
    );
    expect(idOf(r, 'Zelensky')).toBe(idOf(r, 'Volodymyr Zelenskyy'));
    expect(idOf(r, 'Lee Seong Kweun')).toBe('lee-seong-kweun');
    expect(idOf(r, 'Lee')).toBe('lee-seong-kweun');
    expect(idOf(r, 'Kim Jong-un')).toBe(idOf(r, 'Kim Jong Un'));
    const zel = r.entities.find((e) => e.id === idOf(r, 'Zelensky'))!;
    expect(zel.roles).toContain('Ukrainian President');
  });

  it('attaches titles and roles and links Mr./Justice references', () => {
    const r = entities(
      'Pentagon press secretary Maj. Gen. Pat Ryder spoke. Justice Anthony Kennedy asked questions. The lawyer, Joseph Sellers, answered. Mr. Sellers said no. Justice Kennedy disagreed.',
    );
    const ryder = r.mentions.find((m) => m.text === 'Pat Ryder')!;
    expect(ryder.role).toBe('Pentagon press secretary Maj. Gen.');
    expect(idOf(r, 'Kennedy')).toBe('anthony-kennedy');
    expect(idOf(r, 'Sellers')).toBe('joseph-sellers');
  });

  it('takes extra gazetteer entries from the configuration', () => {
    const r = entities('The Ministry of Emergency Situations said 40 people died. MChS rescuers reached the site.', [
      { name: 'Ministry of Emergency Situations', type: 'organization', aliases: ['MChS', 'emergencies ministry'] },
    ]);
    expect(idOf(r, 'MChS')).toBe('ministry-of-emergency-situations');
  });

  it('reads each gazetteer by its content: a copy (as a worker thread gets) gives the same entities, a different one its own', () => {
    const text =
      'The Ministry of Emergency Situations said 40 people died. MChS rescuers reached the site. Rosgidromet warned of more rain.';
    const gaz = () => [{ name: 'Ministry of Emergency Situations', type: 'organization', aliases: ['MChS'] }];
    const first = entities(text, gaz());
    expect(entities(text, structuredClone(gaz()))).toEqual(first);
    const other = entities(text, [
      { name: 'Federal Service for Hydrometeorology', type: 'organization', aliases: ['Rosgidromet'] },
    ]);
    expect(idOf(other, 'Rosgidromet')).toBe('federal-service-for-hydrometeorology');
    expect(idOf(other, 'MChS')).not.toBe('ministry-of-emergency-situations');
    expect(idOf(entities(text, gaz()), 'Rosgidromet')).not.toBe('federal-service-for-hydrometeorology');
  });

  it('does not take sentence openers and datelines for names', () => {
    const r = entities(
      'SEOUL -- Reports say the talks failed. Last week, officials met. According to Reuters, nothing changed.',
    );
    expect(r.entities.map((e) => e.name)).not.toContain('Reports');
    expect(r.entities.map((e) => e.name)).not.toContain('SEOUL');
    expect(r.entities.map((e) => e.name)).toContain('Reuters');
  });
});
