import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorpus } from '../corpus/index.js';
import { sampleArticle } from '../../test/store/contract.js';
import { openSqliteStore } from '../store/sqlite.js';
import { buildReport, renderMarkdown, renderTerminal } from './index.js';
import { analyse } from '../analyse.js';
import { createContext } from '../pipeline.js';

const dir = join(import.meta.dirname, '../../test/fixtures/corpus/duplicates');

async function storyStore() {
  const store = openSqliteStore(':memory:');
  const origin = readFileSync(join(dir, 'origin.txt'), 'utf8');
  const rewrite = readFileSync(join(dir, 'rewrite.txt'), 'utf8');
  await store.putArticles([
    sampleArticle(1, {
      text: `Officials said 120 people were evacuated. ${origin}`,
      outlet: 'Wire Agency',
      published: '2023-01-09',
    }),
    sampleArticle(2, {
      text: `Officials said 120 people were evacuated. ${rewrite}`,
      outlet: 'City Herald',
      published: '2023-01-09',
    }),
    sampleArticle(3, {
      text: 'Officials said 300 people were evacuated from the valley on Monday after the dam burst in the north.',
      outlet: 'Valley News',
      published: '2023-01-10',
    }),
  ]);
  await runCorpus(store, { now: () => '2023-01-11T00:00:00Z' });
  return store;
}

describe('story report', () => {
  it('puts figures first with value, sources, disagreements and timeline, each citing articles; then quotes; then articles', async () => {
    const store = await storyStore();
    const report = await buildReport(store);
    const md = renderMarkdown(report);
    const figures = md.indexOf('## Figures');
    const quotes = md.indexOf('## Quotes by speaker');
    const articles = md.indexOf('## Articles');
    expect(figures).toBeGreaterThan(0);
    expect(quotes).toBeGreaterThan(figures);
    expect(articles).toBeGreaterThan(quotes);
    expect(md).toContain('### People evacuated');
    // The quake (articles 1 and 2) and the dam burst (3) are two stories: their evacuations are two figures.
    expect(md.match(/^## Story: /gm)).toHaveLength(2);
    expect(md).toMatch(
      /## Story: .*\[1\]\[2\]\n\n### People evacuated\n\n\*\*Current:\*\* 120 is the latest done figure/,
    );
    expect(md).toMatch(/\*\*Current:\*\* 300 is the latest done figure \(reported 2023-01-10\).*\[3\]/);
    expect(md).not.toContain('conflict:');
    expect(md).toMatch(/120 — 1 source \(officials\), 2 articles \(1 independent\) \[1\]\[2\]/);
    expect(md).toMatch(/said 2023-01-09: done 120 \(officials\) — “Officials said 120 people were evacuated\.” \[1\]/);
    expect(md).toMatch(/\*\*officials\*\*\n\n- “Officials” \(partial\) \[1\]/);
    expect(md).toMatch(/2\. Sample 2 — City Herald, 2023-01-09; syndicated copy of \[1\]/);
    await store.close();
  });

  it('dates an article from its URL, leaves one with only a weekday undated, and says where dates came from', async () => {
    const store = openSqliteStore(':memory:');
    const text = (n: number, day: string) =>
      `Crews on ${day} cleared ${n} homes in Marlow Vale as the Orrin River fell. The Orrin Basin Authority and Marlow Vale Council said the Orrin levee held.`;
    await store.putArticles([
      sampleArticle(1, { text: text(40, 'Monday'), url: 'https://news.example/2024/09/02/orrin-river-falls' }),
      sampleArticle(2, { text: text(55, 'Wednesday'), url: 'https://radio.example/?p=77' }),
    ]);
    await runCorpus(store, { now: () => '2024-09-05T00:00:00Z' });
    const md = renderMarkdown(await buildReport(store));
    expect(md).toContain('as of 2024-09-02 (from its URL)');
    // Another article's date would put the weekday in a week it may not be of: without a date of its own, none.
    expect(md).not.toContain('as of 2024-09-04');
    expect(md).toMatch(/2\. \[Sample 2\]\(https:\/\/radio\.example\/\?p=77\) — Example News, date unknown;/);
    await store.close();
  });

  it('tells a toll rising over four days from three outlets as one figure, dated from URL, dateline and weekday', async () => {
    // The last report names only a weekday at its head; a date further on in its own text anchors it.
    const later = ' Volunteers filled sandbags along the embankment through the night.'.repeat(6);
    const store = openSqliteStore(':memory:');
    const scene = [
      ' Governor Ilse Varga toured Marlow Vale, where the Orrin River burst its banks.',
      ' In Marlow Vale the Orrin River stayed high and Governor Ilse Varga asked for patience.',
      ' Governor Ilse Varga said the Orrin River levee at Marlow Vale would be rebuilt.',
      ' Schools in Marlow Vale stayed shut; Governor Ilse Varga thanked crews on the Orrin River.',
    ];
    const texts: Array<[string, string]> = [
      [
        'https://harbour.example/2025/03/01/kessel-floods',
        'Floods in the Kessel valley have killed 12 people, the Kessel civil protection agency said.',
      ],
      [
        'https://delta.example/news/kessel-toll-2025-03-02',
        'The death toll from the Kessel valley floods rose to 19, the Kessel civil protection agency said.',
      ],
      [
        'https://valley.example/?p=311',
        'KESSEL, March 3 (Valley Times) - The death toll from floods in the Kessel valley now stands at 27.',
      ],
      [
        'https://harbour.example/?p=412',
        'The Kessel civil protection agency said on Tuesday that 31 people had died in the Kessel valley floods.',
      ],
    ];
    await store.putArticles(
      texts.map(([url, text], i) =>
        analyse(
          {
            source: `k${i}.txt`,
            raw: text + scene[i] + (i === 3 ? `${later} The rains began on February 28, 2025.` : ''),
            format: 'text',
            url,
          },
          createContext({}),
        ),
      ),
    );
    await runCorpus(store, { now: () => '2025-03-05T00:00:00Z' });
    const figures = (await store.listFigures()).items.filter((f) => /^deaths/.test(f.id));
    expect(figures).toHaveLength(1);
    expect(figures[0]!.claims).toHaveLength(4);
    expect(new Set(figures[0]!.relations!.map((r) => r.type))).toEqual(new Set(['revision']));
    const md = renderMarkdown(await buildReport(store));
    expect(md).toMatch(/\*\*Current:\*\* 31 is the latest done figure \(reported 2025-03-04\)/);
    expect(md).toContain('as of 2025-03-02 (from its URL)');
    expect(md).toMatch(/as of 2025-03-03 \(from a month and day it names/);
    expect(md).toMatch(/as of 2025-03-04 \(from a weekday it names, after a date in its text\)/);
    await store.close();
  });

  it('shows the parts of a toll and whether they add up, against the whole of their own day', async () => {
    const store = openSqliteStore(':memory:');
    const texts: Array<[string, string]> = [
      [
        'https://news.example/2024/08/02/wildfires-toll',
        'Wildfires in Tarrow State have killed 53 people, the Tarrow emergency agency said on Friday. ' +
          '41 people died in Ada County, 9 people died in Boone County and 3 people died in Clay County, the agency said.',
      ],
      [
        'https://radio.example/2024/08/03/tarrow-fires',
        'The death toll from the Tarrow State wildfires rose to 70 on Saturday, the Tarrow emergency agency said.',
      ],
    ];
    await store.putArticles(
      texts.map(([url, text], i) =>
        analyse({ source: `t${i}.txt`, raw: text, format: 'text', url }, createContext({})),
      ),
    );
    await runCorpus(store, { now: () => '2024-08-04T00:00:00Z' });
    const md = renderMarkdown(await buildReport(store));
    expect(md).toContain(
      'Ada County 41, Boone County 9, Clay County 3: 53 — the parts add up to the whole of 2024-08-02 (53); it is 70 now',
    );
    await store.close();
  });

  it('says how much of the whole the parts leave unexplained when they do not add up', async () => {
    const store = openSqliteStore(':memory:');
    const text =
      'Floods in Merrow Province have killed 30 people, the Merrow relief office said. ' +
      '12 people died in Alden County and 7 people died in Brill County, the office said.';
    await store.putArticles([
      analyse(
        { source: 'f.txt', raw: text, format: 'text', url: 'https://news.example/2024/05/06/merrow' },
        createContext({}),
      ),
    ]);
    await runCorpus(store, { now: () => '2024-05-07T00:00:00Z' });
    const md = renderMarkdown(await buildReport(store));
    expect(md).toContain('Alden County 12, Brill County 7: 19 of 30 — 11 not broken down');
    await store.close();
  });

  it('sums parts within one dimension: places apart from groups of people, which overlap them', async () => {
    const store = openSqliteStore(':memory:');
    const text =
      'Storms across Derran State have killed 60 people, the Derran emergency office said on Monday. ' +
      '35 people died in Ferris County and 12 people died in Galt County, the office said. ' +
      'Among the dead were 8 children and 3 firefighters, it said.';
    await store.putArticles([
      analyse(
        { source: 'd.txt', raw: text, format: 'text', url: 'https://news.example/2024/06/10/derran-storms' },
        createContext({}),
      ),
    ]);
    await runCorpus(store, { now: () => '2024-06-11T00:00:00Z' });
    const md = renderMarkdown(await buildReport(store));
    expect(md).toContain('by place: Ferris County 35, Galt County 12: 47 of 60 — 13 not broken down');
    expect(md).toMatch(/by group: [^;\n]*8[^;\n]*3: 11 of 60/);
    expect(md).not.toContain('58 of 60');
    await store.close();
  });

  it('colours the terminal text only when asked', async () => {
    const store = await storyStore();
    const report = await buildReport(store);
    const plain = renderTerminal(report, { color: false });
    const coloured = renderTerminal(report, { color: true });
    expect(plain).not.toMatch(/\x1b\[/);
    expect(plain).toContain('People evacuated');
    expect(plain).toMatch(/STORY: /);
    expect(coloured).toMatch(/\x1b\[1m/);
    await store.close();
  });

  it('tells a real conflict once, grouped by who says what, and keeps to the story asked for', async () => {
    const store = openSqliteStore(':memory:');
    const strike = (n: number, outlet: string, count: string, who: string) => {
      const a = sampleArticle(n, {
        text: `${who} said ${count} people were arrested at the Halden Harbour gates on Tuesday. Dockers at Port Halden walked out. Mayor Elsa Brandt called for calm and the Halden Harbour Union said talks would resume.`,
        outlet,
        published: '2024-05-03',
      });
      a.claims[0]!.source = { entity: null, name: who.replace(/^The /, 'the '), by: 'test', certain: true };
      a.claims[0]!.action = { value: 'arrest', by: 'test', certain: true };
      return a;
    };
    const other = sampleArticle(3, {
      text: 'A wildfire near Lake Corvin forced 2,000 people to leave their homes, the Corvin County sheriff said.',
      outlet: 'Lake Gazette',
      published: '2024-05-03',
    });
    await store.putArticles([
      strike(1, 'Harbour Times', '35', 'The police chief'),
      strike(2, 'Coast Radio', '20', 'The mayor'),
      other,
    ]);
    await runCorpus(store, { now: () => '2024-05-04T00:00:00Z' });
    const report = await buildReport(store);
    expect(report.stories).toHaveLength(2);
    const arrests = report.figures.find((f) => f.disagreements.length)!;
    expect(arrests.disagreements).toHaveLength(1);
    expect(arrests.disagreements[0]!.text).toMatch(/^on 2024-05-03, .*: (35|20); .*: (20|35)$/);
    expect(arrests.disagreements[0]!.cites).toEqual([1, 2]);
    const story = report.stories.find((s) => s.articles.includes(3))!;
    const one = await buildReport(store, { story: story.id });
    expect(one.stories.map((s) => s.id)).toEqual([story.id]);
    expect(one.articles.map((a) => a.title)).toEqual(['Sample 3']);
    expect(renderMarkdown(one)).not.toContain('## Story:');
    await expect(buildReport(store, { story: 'no-such-story' })).rejects.toThrow(/no story/);
    await store.close();
  });

  it('says a bound in its source\'s words ("at least", "over"), never a stronger "more than"', async () => {
    const store = openSqliteStore(':memory:');
    const texts = [
      ['https://news.example/2023/03/06/valley', 'The county said at least 600 families were evacuated on Monday.'],
      ['https://news.example/2023/03/07/ballots', 'Election officials said over 200 ballots were rejected on Tuesday.'],
    ];
    await store.putArticles(
      texts.map(([url, text], i) =>
        analyse({ source: `b${i}.txt`, raw: text!, format: 'text', url }, createContext({})),
      ),
    );
    await runCorpus(store, { now: () => '2023-03-08T00:00:00Z' });
    const report = await buildReport(store);
    for (const text of [renderMarkdown(report), renderTerminal(report)]) {
      expect(text).toContain('at least 600');
      expect(text).toContain('over 200');
      expect(text).not.toMatch(/more than (600|200)/);
    }
    await store.close();
  });
});
