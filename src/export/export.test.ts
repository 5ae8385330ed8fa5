import { once } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CrosscheckError } from '../errors.js';
import type {
  ClaimRecord,
  DocumentRecord,
  DuplicateLink,
  EntityRecord,
  ExportDocument,
  FigureRecord,
  QuoteRecord,
} from '../records.js';
import type { Page, PageQuery, Store } from '../store/store.js';
import { csvField, CSV_COLUMNS, writeExport } from './index.js';

function document(i: number): DocumentRecord {
  return {
    id: `doc${i}`,
    source: `story-${i}.txt`,
    url: i === 1 ? 'https://example.org/flood?id=1&x="q"' : null,
    title: `Flood, day ${i}: "worst in decades"`,
    outlet: 'The Riverside Gazette',
    wire: ['Associated Press', 'Reuters'],
    byline: null,
    dateline: 'MEMPHIS',
    published: '2023-04-0' + i,
    language: 'en',
    body: `The river crested at 14 meters.\nAbout 2,000 people left their homes.\r\nOfficials said, "Stay away."`,
    provenance: { title: { by: 'metadata/title', certain: true } },
    previousVersion: null,
    counts: { claims: 1, quotes: 1, entities: 1, dropped: 0 },
    messages: [],
    ingestedAt: '2023-04-05T00:00:00.000Z',
  };
}

function claim(doc: number, n: number): ClaimRecord {
  return {
    id: `doc${doc}:${n}`,
    document: `doc${doc}`,
    evidence: 'About 2,000 people left their homes, officials said.',
    evidenceStart: 32,
    evidenceEnd: 84,
    numberStart: 38,
    numberEnd: 43,
    text: 'About 2,000 people',
    value: 2000,
    low: 2000,
    high: 2000,
    bound: 'exact',
    approximate: true,
    vague: false,
    incremental: false,
    measure: 'people',
    unit: null,
    action: 'evacuate',
    actor: null,
    target: null,
    status: 'asserted',
    source: 'officials',
    sourceName: 'officials',
    via: ['county office', 'state agency'],
    when: '2023-04',
    said: '2023-04-01',
    figure: 'people-evacuate',
    by: { quantity: 'quantities/number' },
  };
}

function quote(i: number): QuoteRecord {
  return {
    id: `doc1:q${i}`,
    document: 'doc1',
    text: `=cmd|' /C calc'!A${i}`,
    start: 90,
    end: 101,
    speaker: 'jo-diaz',
    speakerName: 'Jo Díaz',
    partial: false,
  };
}

const entity: EntityRecord = {
  id: 'jo-diaz',
  name: 'Jo Díaz',
  type: 'person',
  aliases: ['Díaz', 'Mayor Díaz'],
  roles: ['mayor'],
  documents: ['doc1', 'doc2'],
};
const figure: FigureRecord = {
  id: 'people-evacuate',
  label: 'People evacuated',
  measure: 'people',
  action: 'evacuate',
  actor: null,
  target: null,
  claims: ['doc1:0', 'doc2:0'],
  reconciliation: {
    best: { value: 2000, low: 2000, high: 2000, status: 'done', reason: 'two outlets, one source' },
    articles: 2,
  },
  story: 'story-flood',
  relations: [{ a: 'doc1:0', b: 'doc2:0', type: 'revision', by: 'relations/later-day' }],
};
const duplicate: DuplicateLink = { document: 'doc2', of: 'doc1', kind: 'syndicated', similarity: 0.82 };

/** An in-memory Store with just what the writers read; records where listings were asked for more than a page. */
function fakeStore(quotes = 3) {
  const docs = [document(1), document(2)];
  const claims = [claim(1, 0), claim(2, 0)];
  const allQuotes = Array.from({ length: quotes }, (_, i) => quote(i));
  const limits: number[] = [];
  const page = <T>(items: T[], q: PageQuery = {}): Page<T> => {
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    limits.push(limit);
    return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
  };
  const unused = () => {
    throw new Error('not used by the writers');
  };
  const store: Store = {
    kind: 'sqlite',
    putArticles: unused,
    hasArticle: unused,
    getArticle: unused,
    getDocument: unused,
    listDocuments: unused,
    async *iterateDocuments() {
      yield* docs;
    },
    async *iterateClaims() {
      yield* claims;
    },
    listClaims: unused,
    listQuotes: async (q) => page(allQuotes, q),
    topSpeakers: unused,
    topOutlets: unused,
    listEntities: async (q) => page([entity], q),
    listFigures: async (q) => page([figure], q),
    getFigure: unused,
    listFigureBriefs: unused,
    listStories: unused,
    listDuplicates: async () => [duplicate],
    putCorpus: unused,
    putCorrections: unused,
    listCorrections: async () => [],
    search: unused,
    stats: unused,
    watchState: unused,
    close: async () => {},
  };
  return { store, docs, claims, allQuotes, limits };
}

/** A writable that takes one chunk at a time, asynchronously, with a tiny buffer: exercises backpressure. */
function sink(highWaterMark = 16) {
  const chunks: string[] = [];
  let drains = 0;
  const out = new Writable({
    highWaterMark,
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      setImmediate(done);
    },
  });
  out.on('drain', () => drains++);
  // The writers leave the stream open; end it and wait until every buffered chunk has been taken.
  const text = async () => {
    out.end();
    await once(out, 'finish');
    return chunks.join('');
  };
  return { out, text, drains: () => drains };
}

/** A small RFC 4180 reader for checking the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('JSON export', () => {
  it('writes one crosscheck-export/1 object with every record', async () => {
    const { store, docs, claims, allQuotes } = fakeStore();
    const s = sink();
    await writeExport(store, s.out, { format: 'json', generated: '2023-04-06T00:00:00.000Z' });
    const parsed = JSON.parse(await s.text()) as ExportDocument;
    const { stories, ...rest } = parsed;
    expect(rest).toEqual({
      format: 'crosscheck-export/1',
      generated: '2023-04-06T00:00:00.000Z',
      documents: docs,
      claims,
      quotes: allQuotes,
      entities: [entity],
      figures: [figure],
      relations: figure.relations,
      duplicates: [duplicate],
      corrections: [],
    });
    // The two copies of one flood story are one story.
    expect(stories).toHaveLength(1);
    expect(stories[0]!.documents).toEqual(['doc1', 'doc2']);
    expect(s.drains()).toBeGreaterThan(0);
  });

  it('writes empty sections as empty arrays', async () => {
    const { store } = fakeStore(0);
    const s = sink(1 << 20);
    await writeExport(store, s.out, { format: 'json', generated: 'x' });
    expect(JSON.parse(await s.text()).quotes).toEqual([]);
  });

  it('pages through large listings without asking for everything at once', async () => {
    const { store, limits } = fakeStore(2500);
    const s = sink(1 << 20);
    await writeExport(store, s.out, { format: 'json', generated: 'x' });
    expect(JSON.parse(await s.text()).quotes).toHaveLength(2500);
    expect(Math.max(...limits)).toBeLessThanOrEqual(1000);
  });
});

describe('NDJSON export', () => {
  it('writes a header line, then one typed line per record', async () => {
    const { store, docs } = fakeStore(2);
    const s = sink();
    await writeExport(store, s.out, { format: 'ndjson', generated: 'g' });
    const all = await s.text();
    const lines = all
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ type: 'header', format: 'crosscheck-export/1', generated: 'g' });
    expect(lines.slice(1).map((l) => l.type)).toEqual([
      'document',
      'document',
      'claim',
      'claim',
      'quote',
      'quote',
      'entity',
      'figure',
      'relation',
      'duplicate',
      'story',
    ]);
    expect(lines[9]).toEqual({
      type: 'relation',
      a: 'doc1:0',
      b: 'doc2:0',
      relationType: 'revision',
      by: 'relations/later-day',
    });
    expect(lines[1]).toEqual({ type: 'document', ...docs[0] });
    // The entity's own type moves to entityType: `type` names the kind of line.
    expect(lines[7]).toMatchObject({
      type: 'entity',
      entityType: 'person',
      id: 'jo-diaz',
      aliases: ['Díaz', 'Mayor Díaz'],
    });
    expect(all.endsWith('\n')).toBe(true);
  });
});

describe('CSV export', () => {
  it('writes the claims table by default, RFC 4180 quoted, arrays joined with ;', async () => {
    const { store } = fakeStore();
    const s = sink();
    await writeExport(store, s.out, { format: 'csv' });
    const text = await s.text();
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.claims.join(','));
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(CSV_COLUMNS.claims.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      id: 'doc1:0',
      evidence: 'About 2,000 people left their homes, officials said.',
      value: '2000',
      approximate: 'true',
      via: 'county office;state agency',
      target: '',
      unit: '',
    });
  });

  it('writes each table on request, with line breaks and quote marks inside quoted fields', async () => {
    const { store } = fakeStore();
    for (const table of ['documents', 'quotes', 'entities', 'figures', 'duplicates', 'relations', 'stories']) {
      const s = sink(1 << 20);
      await writeExport(store, s.out, { format: 'csv', table });
      const rows = parseCsv(await s.text());
      expect(rows[0]).toEqual(CSV_COLUMNS[table as keyof typeof CSV_COLUMNS]);
      for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    }
    const s = sink(1 << 20);
    await writeExport(store, s.out, { format: 'csv', table: 'documents' });
    const rows = parseCsv(await s.text());
    const cols = CSV_COLUMNS.documents;
    expect(rows[1]![cols.indexOf('body')]).toBe(document(1).body);
    expect(rows[1]![cols.indexOf('title')]).toBe('Flood, day 1: "worst in decades"');
    expect(rows[1]![cols.indexOf('url')]).toBe('https://example.org/flood?id=1&x="q"');
    expect(rows[1]![cols.indexOf('counts.claims')]).toBe('1');
    const f = sink(1 << 20);
    await writeExport(store, f.out, { format: 'csv', table: 'figures' });
    const figureRow = parseCsv(await f.text())[1]!;
    expect(figureRow[CSV_COLUMNS.figures.indexOf('reconciliation.best.value')]).toBe('2000');
    expect(figureRow[CSV_COLUMNS.figures.indexOf('claims')]).toBe('doc1:0;doc2:0');
  });

  it('keeps spreadsheets from running text as formulas, unless asked not to', async () => {
    const { store } = fakeStore(1);
    const s = sink(1 << 20);
    await writeExport(store, s.out, { format: 'csv', table: 'quotes' });
    expect(parseCsv(await s.text())[1]![2]).toBe("'=cmd|' /C calc'!A0");
    const raw = sink(1 << 20);
    await writeExport(store, raw.out, { format: 'csv', table: 'quotes', formulaGuard: false });
    expect(parseCsv(await raw.text())[1]![2]).toBe("=cmd|' /C calc'!A0");
    expect(csvField(-5)).toBe('-5');
    expect(csvField('-5')).toBe('-5');
    expect(csvField('-5 people')).toBe("'-5 people");
  });

  it('quotes fields by the RFC', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(['a', 'b,c'])).toBe('"a;b,c"');
    expect(csvField(false)).toBe('false');
    expect(csvField({ by: 'x' })).toBe('"{""by"":""x""}"');
  });
});

describe('formats', () => {
  it('refuses an unknown format or table with E_FORMAT', async () => {
    const { store } = fakeStore();
    await expect(writeExport(store, sink().out, { format: 'xml' })).rejects.toThrow(CrosscheckError);
    await expect(writeExport(store, sink().out, { format: 'xml' })).rejects.toThrow(/Unknown format `xml`/);
    await expect(writeExport(store, sink().out, { format: 'csv', table: 'people' })).rejects.toThrow(
      /documents, claims, quotes/,
    );
  });

  it('stops with the error when the stream fails', async () => {
    const { store } = fakeStore(50);
    const out = new Writable({
      highWaterMark: 8,
      write(_chunk, _enc, done) {
        setImmediate(() => done(new Error('disk full')));
      },
    });
    out.on('error', () => {});
    await expect(writeExport(store, out, { format: 'ndjson' })).rejects.toThrow(/disk full/);
  });
});

describe('one story', () => {
  it('exports only the story asked for, by id or label, and names the stories when it is not found', async () => {
    const { store } = fakeStore(2);
    const all = sink(1 << 20);
    await writeExport(store, all.out, { format: 'json', generated: 'x' });
    const story = (JSON.parse(await all.text()) as ExportDocument).stories[0]!;
    const one = sink(1 << 20);
    await writeExport(store, one.out, { format: 'json', generated: 'x', story: story.label });
    const parsed = JSON.parse(await one.text()) as ExportDocument;
    expect(parsed.stories.map((s) => s.id)).toEqual([story.id]);
    expect(parsed.documents).toHaveLength(2);
    // The figure names another story id than the one computed here, so it is not this story's.
    expect(parsed.figures).toEqual([]);
    await expect(writeExport(store, sink().out, { format: 'json', story: 'nothing-like-it' })).rejects.toThrow(
      /no story `nothing-like-it`/,
    );
  });
});
