import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decode, declaredCharset, sniffBinary, undecodable } from './decode.js';

describe('decode', () => {
  it('decodes Windows-1252 curly quotes, dashes and the euro sign (not as Latin-1 control characters)', () => {
    const bytes = Buffer.from([
      0x93,
      ...Buffer.from('Prices rose '),
      0x80,
      ...Buffer.from('5 '),
      0x96,
      ...Buffer.from(' caf'),
      0xe9,
      0x94,
    ]);
    const d = decode(bytes);
    expect(d.text).toBe('“Prices rose €5 – café”');
  });
  it('honours a BOM and a meta charset', () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41])).text).toBe('A');
    expect(decode(Buffer.from([0xff, 0xfe, 0x41, 0x00])).text).toBe('A');
    expect(declaredCharset(Buffer.from('<html><head><meta charset="euc-kr"></head>'))).toBe('euc-kr');
  });
  it('reads a declared UTF-16 on 8-bit bytes as UTF-8, as the HTML standard says', () => {
    for (const label of ['utf-16', 'UTF-16LE', 'utf-16be', 'utf16']) {
      expect(declaredCharset(Buffer.from(`<html><head><meta charset="${label}"></head>`))).toBe('utf-8');
    }
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="utf-16"></head><body><p>Caf'),
      Buffer.from([0xc3, 0xa9, 0xff]),
      Buffer.from(' owners said 40 shops closed.</p></body></html>'),
    ]);
    const d = decode(page);
    expect(d.text).toContain('40 shops closed');
    expect(d.encoding.value).not.toMatch(/16/);
  });
  it('recognises binary formats by their first bytes', () => {
    expect(sniffBinary(Buffer.from('%PDF-1.7\n'))).toMatch(/PDF/);
    expect(sniffBinary(Buffer.from('plain words'))).toBeNull();
  });
});

/** Bytes 0x80–0xFF from a fixed seed: no encoding makes text of them. */
function highBytes(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = 0x80 | (x >>> 24);
  }
  return out;
}

describe('undecodable', () => {
  const cases: Array<[string, Buffer, boolean, boolean]> = [
    ['random high bytes as a page', highBytes(200_000), true, true],
    ['random high bytes as a text', highBytes(20_000, 3), false, true],
    ['random high bytes behind a short ASCII line', Buffer.concat([Buffer.from('<p>'), highBytes(5000)]), true, true],
    [
      'Cyrillic text in windows-1251',
      Buffer.from(
        Array.from({ length: 40 }, () => [0xcf, 0xee, 0xe6, 0xe0, 0xf0, 0x20, 0xe2, 0x20, 0x31, 0x32, 0x20]).flat(),
      ),
      false,
      false,
    ],
    ['a Latin-1 page with markup', Buffer.from('<p>Caf\xe9 owners said 40 shops closed.</p>', 'latin1'), true, false],
    ['valid UTF-8 without ASCII', Buffer.from('Ωμέγαλέξη'.repeat(50)), false, false],
  ];
  it.each(cases)('%s', (_, bytes, html, expected) => {
    expect(undecodable(bytes, decode(bytes), html)).toBe(expected);
  });
  it('reads the EUC-KR fixture as text', () => {
    const bytes = readFileSync(path.join(__dirname, '../../test/fixtures/ingest/euc-kr.txt'));
    expect(undecodable(bytes, decode(bytes), false)).toBe(false);
  });
});
