/**
 * Golden fixtures for the sentences, entities, attributions and quotes
 * stages: test/fixtures/<stage>/<case>/input.txt (texts written for other
 * stories) and expected.json, written when missing and rewritten with
 * UPDATE=1 (review the diff).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../article.js';
import { createContext } from '../pipeline.js';
import { sentencesStage } from './sentences.js';
import { entitiesStage } from './entities.js';
import { attributionsStage } from './attributions.js';
import { quotesStage } from './quotes.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');

function run(text: string): Article {
  const article = createArticle({ source: 'fixture', raw: text, format: 'text' });
  article.text = text;
  const ctx = createContext();
  for (const stage of [sentencesStage, entitiesStage, attributionsStage, quotesStage]) stage.run(article, ctx);
  return article;
}

const views: Record<string, (a: Article) => unknown> = {
  sentences: (a) => a.sentences.map((s) => ({ text: s.text, paragraph: s.paragraph, heading: s.heading })),
  entities: (a) => ({
    entities: a.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles })),
    mentions: a.mentions.map((m) => `${m.text} → ${m.entity}${m.role ? ` (${m.role})` : ''}`),
  }),
  attributions: (a) =>
    a.attributions.map((x) => ({
      sentence: x.sentence,
      source: x.source.name,
      entity: x.source.entity,
      via: x.via.map((v) => v.name),
      cue: x.cue.text,
      content: x.content.text,
      carried: x.carried,
      by: x.by,
    })),
  quotes: (a) => a.quotes.map((q) => ({ text: q.text, speaker: q.speakerName, partial: q.partial, by: q.by })),
};

for (const stage of Object.keys(views)) {
  const dir = join(root, stage);
  const cases = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'input.txt'))) : [];
  describe(`fixtures: ${stage}`, () => {
    for (const name of cases) {
      it(name, () => {
        const text = readFileSync(join(dir, name, 'input.txt'), 'utf8');
        const article = run(text);
        const got = views[stage]!(article);
        const file = join(dir, name, 'expected.json');
        if (!existsSync(file) || process.env.UPDATE === '1') writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
        expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
      });
    }
  });
}
