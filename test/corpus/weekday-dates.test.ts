/**
 * An undated article's weekday is read against a date of its own (its text), never against other articles'
 * dates nor its figures' sizes: without one its date is unknown, and an unknown date makes no value current.
 * Invented corpora: three outlets over four days, a rising toll, one article without a date.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { runCorpus } from '../../src/corpus/index.js';
import type { Reconciliation } from '../../src/corpus/types.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

interface Item {
  outlet: string;
  published?: string;
  url: string;
  body: string;
}

const TITLE = 'Ferry Marlen capsizes in the Lusk estuary';
const LEDE = 'The ferry Marlen capsized in the Lusk estuary in a storm, and divers searched the sunken hull.';

/** One report of the toll, on a day given by `when` ("on Sunday", "on Monday"). */
const report = (outlet: string, url: string, toll: number, when: string, extra = '', published?: string): Item => ({
  outlet,
  url,
  ...(published ? { published } : {}),
  body: `${LEDE} Coast guard commander Ilse Varga said ${when} that ${toll} people had died. ${extra}`,
});

async function tollOf(items: Item[]) {
  const store = openSqliteStore(':memory:');
  await store.putArticles(
    items.map((it, i) =>
      analyse({
        source: `${it.url}#${i}`,
        raw: `${TITLE}\n\n${it.body}`,
        format: 'text',
        url: it.url,
        hints: { title: TITLE, outlet: it.outlet, url: it.url, ...(it.published ? { published: it.published } : {}) },
      }),
    ),
  );
  await runCorpus(store, { now: () => '2025-03-10T00:00:00Z' });
  const figures = (await store.listFigures({ limit: 100 })).items;
  const docs = (await store.listDocuments({ limit: 100 })).items;
  await store.close();
  const fig = figures.find((f) => (f.reconciliation as Reconciliation).timeline.some((e) => e.value === 56))!;
  const rec = fig.reconciliation as Reconciliation;
  const outletOf = new Map(docs.map((d) => [d.id, d.outlet]));
  console.log(JSON.stringify(rec.timeline.map((e) => [e.value, e.said, e.saidBy, e.about])), rec.best.reason);
  return {
    best: rec.best.value,
    relations: (fig.relations ?? []).map((r) => [r.type, r.by]),
    timeline: rec.timeline.map((e) => [e.value, outletOf.get(e.document), e.said, e.saidBy ?? null]),
  };
}

// 2025-03-02 is a Sunday; the later reports are dated Monday 3 (published) and Wednesday 5 (its address).
const monday = report('Estuary Post', 'https://estuarypost.example/ferry-toll', 56, 'on Monday', '', '2025-03-03');
const wednesday = report('Delta Times', 'https://deltatimes.example/2025/03/05/ferry-toll-213', 213, 'on Wednesday');

describe('an undated report with a weekday (constructed corpus)', () => {
  it('without a date of its own, its date is unknown and its toll is not the current one', async () => {
    const sunday = report('Harbour Bell', 'https://harbourbell.example/?p=5521', 35, 'on Sunday');
    const { best, timeline } = await tollOf([sunday, monday, wednesday]);
    expect(best).toBe(213);
    expect(timeline).toEqual([
      [56, 'Estuary Post', '2025-03-03', 'dates/published'],
      [213, 'Delta Times', '2025-03-05', 'dates/url-path'],
      [35, 'Harbour Bell', null, null],
    ]);
  });

  it('read against a full date in its own text, the weekday is the first such day on or after it', async () => {
    const filler = 'Families waited at the harbour wall for news through the night. '.repeat(7);
    const own = 'The Marlen had sailed from Port Ree on March 1, 2025.';
    const sunday = report('Harbour Bell', 'https://harbourbell.example/?p=5521', 35, 'on Sunday', filler + own);
    const { best, timeline } = await tollOf([wednesday, sunday, monday]);
    expect(best).toBe(213);
    expect(timeline).toEqual([
      [35, 'Harbour Bell', '2025-03-02', 'dates/weekday-own-date'],
      [56, 'Estuary Post', '2025-03-03', 'dates/published'],
      [213, 'Delta Times', '2025-03-05', 'dates/url-path'],
    ]);
  });

  it('a day and month of its own take the year of its story', async () => {
    const sunday = report('Harbour Bell', 'https://harbourbell.example/?p=5521', 35, 'on Sunday, 2 March,');
    const { best, timeline } = await tollOf([sunday, monday, wednesday]);
    expect(best).toBe(213);
    expect(timeline.map((e) => e.slice(0, 4))).toEqual([
      [35, 'Harbour Bell', '2025-03-02', 'dates/month-day-story-year'],
      [56, 'Estuary Post', '2025-03-03', 'dates/published'],
      [213, 'Delta Times', '2025-03-05', 'dates/url-path'],
    ]);
  });

  it('a weekday alone in a story of undated reports dates nothing', async () => {
    const sunday = report('Harbour Bell', 'https://harbourbell.example/?p=5521', 35, 'on Sunday');
    const later = report('Estuary Post', 'https://estuarypost.example/?p=77', 56, 'on Monday');
    const { timeline } = await tollOf([sunday, later]);
    expect(timeline.map((e) => e[2])).toEqual([null, null]);
  });

  it('two undated reports that name the same weekday are of one moment: two sources that differ conflict', async () => {
    const a = report('Harbour Bell', 'https://harbourbell.example/?p=5521', 48, 'on Tuesday');
    const b = {
      ...report('Estuary Post', 'https://estuarypost.example/?p=77', 52, 'on Tuesday'),
      body: `${LEDE} Port director Anton Relk said on Tuesday that 52 people had died.`,
    };
    // With 56 in another article so that the figure is found the same way.
    const c = report('Delta Times', 'https://deltatimes.example/2025/03/05/ferry-toll-56', 56, 'on Wednesday');
    const { relations, timeline } = await tollOf([a, b, c]);
    expect(timeline.map((e) => [e[0], e[2]])).toEqual([
      [56, '2025-03-05'],
      [48, null],
      [52, null],
    ]);
    expect(relations).toContainEqual(['conflict', 'relations/same-weekday-undated']);
  });
});
