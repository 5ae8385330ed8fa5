import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleInput } from '../article.js';
import { createContext, type Context } from '../pipeline.js';
import { openSqliteStore } from '../store/sqlite.js';
import { gzipSync } from 'node:zlib';
import { hash, rawText, type Raw } from '../article.js';
import { ingest, inProcessAnalyzer, type Analyzer } from './ingest.js';
import { readInputs } from './read.js';
import { workerAnalyzer } from './workers.js';

let dir: string;

/** A page and a text article that differ by `i`, with a boilerplate line every text article repeats. */
const page = (i: number) =>
  `<html><head><title>Page ${i}</title></head><body><article><h1>Page ${i}</h1><p>The ministry said ${1000 + i} people were moved on Tuesday, officials in the capital told reporters at a briefing.</p><p>Another ${i + 5} families were waiting for buses, the agency said in a statement late on Tuesday.</p></article></body></html>`;
const text = (i: number) =>
  `Story ${i}\n\nSubscribe to our newsletter\n\nThe council said ${200 + i} homes were flooded on Monday, and officials expected more rain later in the week.\n`;

/** Inputs written as files named so that read order is name order: text and HTML alternate. */
function writeMixed(folder: string, n: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = i % 3 === 1 ? `${String(i).padStart(3, '0')}.html` : `${String(i).padStart(3, '0')}.txt`;
    writeFileSync(path.join(folder, name), name.endsWith('.html') ? page(i) : text(i));
    names.push(name);
  }
  return names;
}

/** A new folder of `n` mixed inputs ({@link writeMixed}), and their names in read order. */
function mixedFolder(name: string, n: number): { folder: string; names: string[] } {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  return { folder, names: writeMixed(folder, n) };
}

/** Run `fn` over a fresh store (in memory unless a file is named), closing it after. */
async function withStore<T>(
  fn: (store: ReturnType<typeof openSqliteStore>) => Promise<T>,
  file = ':memory:',
): Promise<T> {
  const store = openSqliteStore(file);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The in-process analysis, answered after a delay that differs by call, so calls end out of order. */
function shuffledAnalyzer(log: Array<{ sources: string[]; ctx: Context }>): Analyzer {
  let call = 0;
  return {
    async analyse(inputs: ArticleInput[], ctx: Context): Promise<Article[]> {
      log.push({ sources: inputs.map((i) => path.basename(i.source)), ctx });
      const delay = [30, 0, 15, 5][call++ % 4]!;
      const articles = await inProcessAnalyzer.analyse(inputs, ctx);
      await new Promise((r) => setTimeout(r, delay));
      return articles;
    },
  };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
  it('stores articles in the order they were read, however the analyses end', async () => {
    const { folder, names } = mixedFolder('order', 40);
    await withStore(
      async (store) => {
        const s = await ingest([folder], store, { batchSize: 7, htmlGroup: 2, analyzer: shuffledAnalyzer([]) });
        expect(s.failures).toEqual([]);
        expect(s.stored).toBe(40);
        expect(s.outcomes.map((o) => path.basename(o.source))).toEqual(names);
        const rows = store.db.prepare('select source from articles order by seq').all() as Array<{ source: string }>;
        expect(rows.map((r) => path.basename(r.source))).toEqual(names);
      },
      path.join(dir, 'order.db'),
    );
  });

  it('analyses text with its batch’s line counts, and HTML as soon as a group of pages is read, with none', async () => {
    const { folder } = mixedFolder('batches', 12);
    const log: Array<{ sources: string[]; ctx: Context }> = [];
    await withStore((store) =>
      ingest([folder], store, { batchSize: 6, htmlGroup: 2, analyzer: shuffledAnalyzer(log) }),
    );
    const html = log.filter((c) => c.sources.every((s) => s.endsWith('.html')));
    const texts = log.filter((c) => c.sources.every((s) => s.endsWith('.txt')));
    expect(html.length + texts.length).toBe(log.length);
    // Pages 001 and 004 go together as soon as 004 is read, before the first batch of six closes.
    expect(html[0]!.sources).toEqual(['001.html', '004.html']);
    expect(log.indexOf(html[0]!)).toBeLessThan(log.indexOf(texts[0]!));
    for (const c of html) expect(c.ctx.lineCounts).toBeUndefined();
    // Each batch of six inputs: its four text articles, with the counts of the lines they share.
    expect(texts.map((c) => c.sources)).toEqual([
      ['000.txt', '002.txt', '003.txt', '005.txt'],
      ['006.txt', '008.txt', '009.txt', '011.txt'],
    ]);
    for (const c of texts) {
      expect(c.ctx.batchSize).toBe(6);
      expect(c.ctx.lineCounts?.get('Subscribe to our newsletter')).toBe(4);
    }
  });

  it('fails only the inputs whose analysis failed, and stores the rest', async () => {
    const { folder } = mixedFolder('crash', 9);
    const analyzer: Analyzer = {
      async analyse(inputs, ctx) {
        if (inputs.some((i) => i.source.endsWith('004.html'))) throw new Error('worker died');
        return inProcessAnalyzer.analyse(inputs, ctx);
      },
    };
    await withStore(async (store) => {
      const s = await ingest([folder], store, { batchSize: 4, htmlGroup: 1, analyzer });
      expect(s.failures.map((f) => [path.basename(f.file), f.code])).toEqual([['004.html', 'E_STAGE_CRASH']]);
      expect(s.failures[0]!.text).toMatch(/worker died/);
      expect(s.stored).toBe(8);
    });
  });

  it('tries each input of a failed chunk again alone, so one huge article never fails its neighbours', async () => {
    const { folder } = mixedFolder('isolate', 9);
    const calls: number[] = [];
    const analyzer: Analyzer = {
      async analyse(inputs, ctx) {
        calls.push(inputs.length);
        // A worker out of memory on one input fails every input it was given.
        if (inputs.some((i) => i.source.endsWith('003.txt') || i.source.endsWith('004.html')))
          throw new Error('worker ran out of memory');
        return inProcessAnalyzer.analyse(inputs, ctx);
      },
    };
    await withStore(async (store) => {
      const s = await ingest([folder], store, { batchSize: 9, htmlGroup: 8, analyzer });
      expect(s.failures.map((f) => [path.basename(f.file), f.code]).sort()).toEqual([
        ['003.txt', 'E_STAGE_CRASH'],
        ['004.html', 'E_STAGE_CRASH'],
      ]);
      expect(s.stored).toBe(7);
      expect(Math.max(...calls)).toBeGreaterThan(1);
    });
  });

  it('reads a page again from its file when its bytes were moved to a worker that died with them', async () => {
    const { folder } = mixedFolder('moved', 9);
    const analyzer: Analyzer = {
      async analyse(inputs, ctx) {
        if (inputs.some((i) => i.source.endsWith('004.html'))) {
          // As a worker thread does: the bytes move with the message and are gone with the worker.
          const held = inputs.map((i) => i.raw).filter((raw) => typeof raw !== 'string');
          for (const bytes of held) structuredClone(bytes, { transfer: [bytes.buffer] });
          if (inputs.length > 1) expect(held.filter((bytes) => bytes.byteLength === 0).length).toBeGreaterThan(1);
          throw new Error('worker ran out of memory');
        }
        return inProcessAnalyzer.analyse(inputs, ctx);
      },
    };
    await withStore(async (store) => {
      const s = await ingest([folder], store, { batchSize: 9, htmlGroup: 8, analyzer });
      expect(s.failures.map((f) => [path.basename(f.file), f.code])).toEqual([['004.html', 'E_STAGE_CRASH']]);
      expect(s.stored).toBe(8);
    });
  });

  it('stores each article of a refused batch alone, so one bad article never fails its neighbours', async () => {
    const { folder } = mixedFolder('refused', 6);
    await withStore(async (store) => {
      const put = store.putArticles.bind(store);
      store.putArticles = async (articles) => {
        if (articles.some((a) => a.source.endsWith('002.txt'))) throw new Error('value too long for the column');
        return put(articles);
      };
      const s = await ingest([folder], store, { batchSize: 6 });
      expect(s.failures.map((f) => [path.basename(f.file), f.code])).toEqual([['002.txt', 'E_UNREADABLE']]);
      expect(s.stored).toBe(5);
    });
  });

  it('does not try each article alone when the whole store is failing (full, gone)', async () => {
    const { folder } = mixedFolder('full', 5);
    await withStore(async (store) => {
      let calls = 0;
      store.putArticles = async () => {
        calls++;
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      };
      const s = await ingest([folder], store, { batchSize: 5 });
      expect(s.failed).toBe(5);
      expect(calls).toBe(1);
    });
  });

  it('tries a batch again when another process held the store past the busy timeout', async () => {
    const { folder } = mixedFolder('locked', 5);
    await withStore(async (store) => {
      const put = store.putArticles.bind(store);
      let calls = 0;
      store.putArticles = async (articles) => {
        if (++calls <= 2) throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
        return put(articles);
      };
      const s = await ingest([folder], store, { batchSize: 5 });
      expect(s.failures).toEqual([]);
      expect(s.stored).toBe(5);
      expect(calls).toBe(3);
    });
  });

  it('reads no further than a byte budget ahead of what is stored, and stores every input', async () => {
    const { folder } = mixedFolder('budget', 24);
    await withStore(async (store) => {
      const unbounded = await ingest([folder], store, { batchSize: 200, analyzer: shuffledAnalyzer([]) });
      expect(unbounded.peakPendingBytes).toBeGreaterThan(6000);
    });
    await withStore(async (store) => {
      const s = await ingest([folder], store, {
        batchSize: 200,
        maxPendingBytes: 2000,
        analyzer: shuffledAnalyzer([]),
      });
      expect(s.failures).toEqual([]);
      expect(s.stored).toBe(24);
      // The budget, plus at most the one input that crossed it.
      expect(s.peakPendingBytes).toBeLessThan(2000 + 1000);
    });
  });

  it('reads no further than two batches ahead of what is stored', async () => {
    const { folder } = mixedFolder('ahead', 30);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let sent = 0;
    let sentWhenBlocked = -1;
    const analyzer: Analyzer = {
      async analyse(inputs, ctx) {
        sent += inputs.length;
        await gate;
        return inProcessAnalyzer.analyse(inputs, ctx);
      },
    };
    await withStore(async (store) => {
      const run = ingest([folder], store, { batchSize: 5, htmlGroup: 1, analyzer });
      // Nothing can be stored while every analysis waits: reading stops at two batches, both sent.
      await new Promise((r) => setTimeout(r, 300));
      sentWhenBlocked = sent;
      release();
      const s = await run;
      expect(s.stored).toBe(30);
    });
    expect(sentWhenBlocked).toBe(10);
  });
});

describe('plain UTF-8 HTML', () => {
  const curly =
    '<html><head><title>Floods – day two</title></head><body><article><h1>Floods – day two</h1><p>“We moved 1,200 people,” the mayor said on Tuesday, adding that another 300 were waiting in Saint-Étienne.</p><p>Officials said the river would crest on Thursday, according to the regional prefecture.</p></article></body></html>';

  it('is read as bytes (no text on the reading thread) only when decoding could change nothing', async () => {
    const folder = path.join(dir, 'utf8');
    mkdirSync(folder);
    const files: Record<string, Buffer> = {
      'a-plain.html': Buffer.from(curly),
      'b-gzipped.html.gz': gzipSync(Buffer.from(curly)),
      'c-bom.html': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(curly)]),
      'd-latin1.html': Buffer.from(curly.replace(/[“”–]/g, '"'), 'latin1'),
      'e-nul.html': Buffer.from(curly.replace('<p>', '<p>\u0000')),
      'f-nbsp-first.html': Buffer.from(`\u00a0${curly}`),
      'g-plain.txt': Buffer.from('“Plain” text, 300 homes.'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(folder, name), bytes);
    const got: Record<string, { raw: Raw; id?: string; by?: string }> = {};
    for await (const item of readInputs([folder], { keepUtf8: true })) {
      if ('input' in item)
        got[path.basename(item.input.source)] = { raw: item.input.raw, id: item.input.id, by: item.input.encoding?.by };
    }
    const plain = Object.entries(got)
      .filter(([, v]) => typeof v.raw !== 'string')
      .map(([k]) => k);
    expect(plain).toEqual(['a-plain.html', 'b-gzipped.html.gz']);
    for (const name of plain) {
      expect(rawText(got[name]!)).toBe(curly);
      expect(got[name]!.id).toBe(hash(Buffer.from(curly)));
      expect(got[name]!.by).toBe('decode/utf8-valid');
    }
    expect(got['c-bom.html']!.raw).toBe(curly);
    expect(got['d-latin1.html']!.raw).toContain('Saint-Étienne');
    expect(got['e-nul.html']!.raw).not.toContain('\u0000');
    expect(rawText(got['f-nbsp-first.html']!).startsWith('\u00a0')).toBe(true);
    // Without the option, every input has its text.
    for await (const item of readInputs([folder])) if ('input' in item) expect(typeof item.input.raw).toBe('string');
  });

  it('stores the same text and analysis through worker threads as in this thread, and truncates a long page', async () => {
    const folder = path.join(dir, 'utf8-workers');
    mkdirSync(folder);
    for (let i = 0; i < 6; i++) writeFileSync(path.join(folder, `${i}.html`), curly.replace('1,200', String(1200 + i)));
    writeFileSync(
      path.join(folder, 'long.html'),
      curly.replace('</article>', `<p>${'More words here. '.repeat(40)}</p></article>`),
    );
    const config = { maxChars: 900 };
    const read = (analyzer?: Analyzer) =>
      withStore(async (store) => {
        const s = await ingest([folder], store, { analyzer, config, htmlGroup: 2 });
        expect(s.failures).toEqual([]);
        expect(s.warnings.map((w) => [path.basename(w.file), w.code])).toEqual([['long.html', 'W_TRUNCATED']]);
        const out = [];
        for (const o of s.outcomes) out.push(await store.getArticle(o.id));
        return out;
      });
    const here = await read();
    const workers = workerAnalyzer(2);
    const there = await read(workers);
    expect(there).toEqual(here);
    expect(there.map((a) => a!.raw)).toContain(curly.replace('1,200', '1203'));
    expect(there.every((a) => typeof a!.raw === 'string')).toBe(true);
  });

  it('moves a page’s own bytes to a worker and back, and copies bytes that share Node’s pool', async () => {
    const analyzer = workerAnalyzer(1);
    try {
      const own = Buffer.allocUnsafeSlow(Buffer.byteLength(curly));
      own.write(curly);
      const pooled = Buffer.from(curly.replace('1,200', '1,300'));
      expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength);
      const inputs = [own, pooled].map((raw, i) => ({ source: `${i}.html`, raw, format: 'html' as const }));
      const [a, b] = await analyzer.analyse(inputs, createContext());
      expect(own.byteLength).toBe(0); // moved
      expect(pooled.toString('utf8')).toContain('1,300'); // copied, still here
      expect(typeof a!.raw).not.toBe('string');
      expect(rawText(a!)).toBe(curly);
      expect(rawText(b!)).toContain('1,300');
      expect(a!.text).toContain('We moved 1,200 people');
    } finally {
      await analyzer.close();
    }
  });
});
