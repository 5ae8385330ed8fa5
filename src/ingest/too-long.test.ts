import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../store/sqlite.js';
import { ingest } from './ingest.js';

// V8 cannot hold a string past about 512 Mi characters; a file that long would take seconds to write, so the
// decoders throw V8's own error for inputs carrying this marker instead.
const MARKER = 'TOO-LONG-FOR-ONE-STRING';
const tooLong = () => new Error('Cannot create a string longer than 0x1fffffe8 characters');

vi.mock('./decode.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./decode.js')>();
  return {
    ...real,
    decode: (bytes: Uint8Array) => {
      if (Buffer.from(bytes).includes(MARKER)) throw tooLong();
      return real.decode(bytes);
    },
  };
});
vi.mock('../article.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../article.js')>();
  return {
    ...real,
    rawText: (held: Parameters<typeof real.rawText>[0]) => {
      if (typeof held.raw !== 'string' && Buffer.from(held.raw).includes(MARKER)) throw tooLong();
      return real.rawText(held);
    },
  };
});

let dir: string;
const ARTICLE = (n: number) =>
  `Flood update ${n}\n\nThe river authority said ${40 + n} homes were flooded overnight and ${n} roads were closed.\n`;
const PAGE = (body: string) =>
  `<html><head><title>Fire</title></head><body><article><p>${body}</p></article></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-too-long-'));
  for (let i = 0; i < 4; i++) writeFileSync(path.join(dir, `${i}-good.txt`), ARTICLE(i));
  writeFileSync(path.join(dir, '2-huge.txt'), `${MARKER}\n${ARTICLE(9)}`);
  writeFileSync(
    path.join(dir, '3-huge.html'),
    PAGE(`${MARKER} ${'The fire service said 12 crews were at the scene. '.repeat(4)}`),
  );
  writeFileSync(path.join(dir, '3-page.html'), PAGE('The fire service said 14 crews were at the scene on Sunday.'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file too long to become one string', () => {
  it('fails alone with E_TOO_LONG, and the run goes on to store its neighbours', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const s = await ingest([dir], store, { config: { maxChars: 100 } });
      expect(s.failures.map((f) => [path.basename(f.file), f.code]).sort()).toEqual([
        ['2-huge.txt', 'E_TOO_LONG'],
        ['3-huge.html', 'E_TOO_LONG'],
      ]);
      expect(s.failures[0]!.text).toMatch(/too long to read as one text/);
      expect(s.stored).toBe(5);
      expect(s.read).toBe(5);
    } finally {
      await store.close();
    }
  });
});
