/**
 * Material for the queue tests and the scale bench: a synthetic corpus made here (never copied
 * from ../shared), a deterministic stand-in analyzer whose output depends on
 * the batch (boilerplate lines repeated across the batch are dropped, as the
 * real cleaning stage does), and a canonical dump of a store to compare.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createArticle, rawText, span, type Article, type ArticleInput, type Claim } from '../src/article.js';
import { exactQuantity } from './hand-made.js';
import type { Analyzer } from '../src/ingest/ingest.js';
import type { Context } from '../src/pipeline.js';
import type { Store } from '../src/store/store.js';
import { rng } from './corpus-gen.js';

const stories = [
  {
    what: 'people were evacuated',
    where: ['the valley', 'the coast', 'the river towns'],
    who: ['the fire service', 'regional officials', 'the mayor'],
  },
  {
    what: 'votes were counted',
    where: ['the capital', 'the northern districts', 'overseas polling stations'],
    who: ['the election commission', 'observers', 'the governor'],
  },
  {
    what: 'jobs were cut',
    where: ['the car plant', 'the steel works', 'the port'],
    who: ['the union', 'the company', 'the labour ministry'],
  },
  {
    what: 'homes were damaged',
    where: ['the island', 'the southern suburbs', 'the delta'],
    who: ['the red cross', 'the interior ministry', 'local police'],
  },
];
const outlets = ['Harbour Gazette', 'Valley Times', 'Northern Post', 'Daily Ledger', 'Coast Herald'];
const boiler = [
  'Sign up for our morning newsletter.',
  'Share this article',
  'Advertisement',
  'Read more: the week in pictures',
];

/** `n` records in JSONL files of 250, some with site boilerplate, some repeated verbatim (duplicates). */
export function writeCorpus(dir: string, n: number, seed = 7): string[] {
  mkdirSync(dir, { recursive: true });
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const records: string[] = [];
  for (let i = 0; i < n; i++) {
    const story = pick(stories);
    const outlet = pick(outlets);
    const lines: string[] = [];
    if (rand() < 0.4) lines.push(pick(boiler));
    const k = 2 + Math.floor(rand() * 4);
    for (let j = 0; j < k; j++) {
      lines.push(
        `${pick(story.who)[0]!.toUpperCase()}${pick(story.who).slice(1)} said ${Math.floor(rand() * 20000)} ${story.what} in ${pick(story.where)} by ${['Monday', 'Tuesday', 'the weekend'][j % 3]}.`,
      );
    }
    if (rand() < 0.4) lines.push(pick(boiler));
    lines.push(`Reporting by desk ${i % 37}.`);
    const rec = {
      url: `https://example.org/${outlet.toLowerCase().replace(/ /g, '-')}/story-${i}`,
      title: `${story.what} (${i})`,
      outlet,
      published: `2024-0${1 + (i % 9)}-1${i % 10}`,
      text: lines.join('\n'),
    };
    records.push(JSON.stringify(rec));
    if (i % 97 === 5) records.push(JSON.stringify(rec)); // the same record twice: stored once
  }
  const files: string[] = [];
  for (let f = 0; f * 250 < records.length; f++) {
    const file = path.join(dir, `part-${String(f).padStart(3, '0')}.jsonl`);
    writeFileSync(file, records.slice(f * 250, (f + 1) * 250).join('\n') + '\n');
    files.push(file);
  }
  return files;
}

/** A deterministic analyzer standing in for the stages: enough structure to store, and batch-dependent. */
export function fakeAnalyse(input: ArticleInput, ctx: Context): Article {
  const article = createArticle(input);
  const min = ctx.config.repeatedLineMinArticles;
  const kept = rawText(input)
    .split('\n')
    .filter((line) => (ctx.lineCounts?.get(line.trim()) ?? 0) < min);
  const text = kept.join('\n');
  article.text = text;
  article.offsets = [{ start: 0, length: text.length, rawStart: 0, rawLength: text.length }];
  if (input.hints?.title) article.meta.title = { value: input.hints.title, by: 'fake/hint', certain: true };
  if (input.hints?.outlet) article.meta.outlet = { value: input.hints.outlet, by: 'fake/hint', certain: true };
  if (input.hints?.published)
    article.meta.published = {
      value: { iso: input.hints.published, precision: 'day' },
      by: 'fake/hint',
      certain: true,
    };
  let start = 0;
  for (const line of kept) {
    const m = /(\d+) (\w+) were (\w+)/.exec(line);
    if (m) {
      const q = exactQuantity(text, start + m.index, start + m.index + m[1]!.length, m[2]!, 'fake/number');
      const speaker = line.slice(0, line.indexOf(' said')).toLowerCase();
      const claim: Claim = {
        id: `${article.id}:${q.start}`,
        quantity: q,
        evidence: span(text, start, start + line.length),
        actor: null,
        target: null,
        action: { value: m[3]!, by: 'fake/verb', certain: true },
        status: { value: 'asserted', by: 'fake/status', certain: true },
        source: { entity: speaker.replace(/ /g, '-'), name: speaker, by: 'fake/said', certain: true },
        via: [],
        when: null,
        said: input.hints?.published ?? null,
      };
      article.claims.push(claim);
      if (!article.entities.some((e) => e.id === claim.source!.entity)) {
        article.entities.push({
          id: claim.source!.entity!,
          name: speaker,
          type: 'organization',
          aliases: [],
          roles: [],
        });
      }
    }
    start += line.length + 1;
  }
  return article;
}

export const fakeAnalyzer: Analyzer = {
  async analyse(inputs, ctx) {
    return inputs.map((input) =>
      fakeAnalyse(input, { ...ctx, retrieved: input.hints?.retrieved ?? ctx.retrieved ?? null }),
    );
  },
};

/** Everything a store answers, in its own order, without ingest times: equal for equal stores. */
export async function dumpStore(store: Store): Promise<string> {
  const docs: unknown[] = [];
  for await (const d of store.iterateDocuments()) docs.push({ ...d, ingestedAt: undefined });
  const claims: unknown[] = [];
  for await (const c of store.iterateClaims()) claims.push(c);
  const all = async <T>(list: (q: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>) => {
    const out: T[] = [];
    for (;;) {
      const p = await list({ limit: 5000, offset: out.length });
      out.push(...p.items);
      if (!p.items.length || out.length >= p.total) return out;
    }
  };
  const quotes = await all((q) => store.listQuotes(q));
  const entities = await all((q) => store.listEntities(q));
  const figures = await all((q) => store.listFigures(q));
  const duplicates = await store.listDuplicates();
  const stats = await store.stats();
  return JSON.stringify(
    { docs, claims, quotes, entities, figures, duplicates, counts: { ...stats, schemaVersion: undefined } },
    null,
    1,
  );
}
