import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadItem } from './read.js';

const ARTICLE = 'Storm update\n\nThe coast guard said 18 boats were missing after the storm on Monday.\n';
let dir: string;
let story: string;
let outside: string;

async function read(paths: string[], options: Parameters<typeof readInputs>[1] = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}
const sources = (items: ReadItem[]) =>
  items.flatMap((i) => ('input' in i ? [path.basename(i.input.source)] : [])).sort();
const failures = (items: ReadItem[]) =>
  items.flatMap((i) => ('failure' in i ? [[path.basename(i.failure.file), i.failure.code]] : [])).sort();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-read-'));
  story = path.join(dir, 'story');
  outside = path.join(dir, 'keys');
  mkdirSync(path.join(story, 'day-2'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(story, 'a.txt'), ARTICLE);
  writeFileSync(path.join(story, 'day-2', 'b.txt'), ARTICLE.replace('18', '21'));
  writeFileSync(path.join(story, 'NOTES'), ARTICLE.replace('18', '5'));
  writeFileSync(path.join(outside, 'id_ed25519'), '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n');
  writeFileSync(path.join(outside, 'c.txt'), ARTICLE.replace('18', '30'));
  symlinkSync(outside, path.join(story, 'keys-link'));
  symlinkSync(path.join(outside, 'c.txt'), path.join(story, 'c-link.txt'));
  symlinkSync('day-2', path.join(story, 'day-2-link'));
  execFileSync('mkfifo', [path.join(story, 'pipe.txt')]);
  execFileSync('mkfifo', [path.join(outside, 'pipe2.txt')]);
  symlinkSync(path.join(story, 'pipe.txt'), path.join(story, 'pipe-link.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading folders safely', () => {
  it('refuses a FIFO named directly, without waiting for a writer', async () => {
    expect(failures(await read([path.join(outside, 'pipe2.txt')]))).toEqual([['pipe2.txt', 'E_NOT_REGULAR']]);
  });

  it('in a folder: FIFOs (direct or linked) refused, links outside skipped, links inside followed, no extensionless files', async () => {
    const items = await read([story]);
    expect(failures(items)).toEqual([
      ['c-link.txt', 'E_SYMLINK_OUTSIDE'],
      ['day-2-link', 'E_SYMLINK_LOOP'],
      ['keys-link', 'E_SYMLINK_OUTSIDE'],
      ['pipe-link.txt', 'E_NOT_REGULAR'],
      ['pipe.txt', 'E_NOT_REGULAR'],
    ]);
    // A link to a folder already walked is reported as a loop, as before; b.txt is read once.
    expect(sources(items)).toEqual(['a.txt', 'b.txt']);
    const text = failures(items).map(String).join(' ');
    expect(text).not.toContain('id_ed25519');
  });

  it('--follow-symlinks follows links that leave the folder', async () => {
    const items = await read([story], { followSymlinks: true });
    expect(sources(items)).toEqual(['a.txt', 'b.txt', 'c-link.txt', 'c.txt']);
    expect(failures(items)).toContainEqual(['pipe2.txt', 'E_NOT_REGULAR']);
    expect(sources(items)).not.toContain('id_ed25519');
  });

  it('reads an extensionless file when it is named', async () => {
    expect(sources(await read([path.join(story, 'NOTES')]))).toEqual(['NOTES']);
  });

  it('removes NUL characters from text and record fields, with a warning naming the file and the count', async () => {
    const jsonl = path.join(dir, 'nul.jsonl');
    writeFileSync(
      jsonl,
      `${JSON.stringify({ url: 'https://news.example/a\u0000', title: 'Toll\u0000 rises', text: 'Medics said 9\u0000 people were hurt.' })}\n`,
    );
    const items = await read([jsonl]);
    const item = items[0]!;
    if (!('input' in item)) throw new Error('expected an input');
    expect(item.input.raw).toBe('Medics said 9 people were hurt.');
    expect(item.input.hints?.title).toBe('Toll rises');
    expect(item.warnings.map((w) => [w.code, w.text.includes('nul.jsonl'), /\d+ NUL/.test(w.text)])).toEqual([
      ['W_NUL', true, true],
    ]);
  });

  it('refuses random high bytes named .html as binary, not an article full of "quotes"', async () => {
    const noise = Buffer.alloc(200_000);
    let x = 11;
    for (let i = 0; i < noise.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      noise[i] = 0x80 | (x >>> 24);
    }
    const page = path.join(dir, 'noise.html');
    writeFileSync(page, noise);
    const items = await read([page, path.join(story, 'a.txt')]);
    expect(failures(items)).toEqual([['noise.html', 'E_BINARY']]);
    expect(sources(items)).toEqual(['a.txt']);
  });
});
