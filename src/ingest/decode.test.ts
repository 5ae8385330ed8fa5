import { describe, expect, it } from 'vitest';
import { decode, declaredCharset, sniffBinary } from './decode.js';

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
