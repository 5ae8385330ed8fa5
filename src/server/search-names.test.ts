import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../../test/store/contract.js';
import { openSqliteStore } from '../store/sqlite.js';
import { docCache } from './views.js';
import { searchAll } from './search.js';

/** An invented report whose sentence names its source only as "rescuers"; the agency is known by an acronym. */
async function agencyStore() {
  const store = openSqliteStore(':memory:');
  const article = sampleArticle(1, { text: 'Rescuers said 75 people were lifted from rooftops overnight.' });
  const agency = { entity: 'civil-protection-agency', name: 'Civil Protection Agency', by: 'test', certain: true };
  article.claims[0]!.source = agency;
  article.quotes[0] = { ...article.quotes[0]!, speaker: agency.entity, speakerName: agency.name };
  article.entities = [{ id: agency.entity, name: agency.name, type: 'organization', aliases: ['CPA'], roles: [] }];
  await store.putArticles([article]);
  return store;
}

describe('search by a name or an alias', () => {
  it.each(['CPA', 'cpa', 'Civil Protection Agency'])(
    '%s finds the claims the agency gave and its quotes',
    async (q) => {
      const store = await agencyStore();
      const hits = (await searchAll(store, q, {}, docCache(store))).items;
      const claim = hits.find((h) => h.kind === 'claim');
      expect(claim).toMatchObject({ value: '75', speaker: 'Civil Protection Agency' });
      expect(hits.some((h) => h.kind === 'quote' && h.speaker === 'Civil Protection Agency')).toBe(true);
      await store.close();
    },
  );

  it('a word that is part of a name only is no name ("Civil")', async () => {
    const store = await agencyStore();
    const hits = (await searchAll(store, 'Agency', {}, docCache(store))).items;
    expect(hits.filter((h) => h.kind === 'claim')).toEqual([]);
    await store.close();
  });
});
