import { describe, expect, it } from 'vitest';
import { decode, declaredCharset, sniffBinary } from './decode.js';

describe('decode', () => {
  it('decodes Windows-1252 curly quotes, dashes and the euro sign (not as Latin-1 control characters)', () => {
    const bytes = Buffer.from([0x93, ...Buffer.from('Prices rose '), 0x80, ...Buffer.from('5 '), 0x96, ...Buffer.from(' caf'), 0xe9, 0x94]);
    const d = decode(bytes);
    expect(d.text).toBe('“Prices rose €5 – café”');
  });
  it('honours a BOM and a meta charset', () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41])).text).toBe('A');
    expect(decode(Buffer.from([0xff, 0xfe, 0x41, 0x00])).text).toBe('A');
    expect(declaredCharset(Buffer.from('<html><head><meta charset="euc-kr"></head>'))).toBe('euc-kr');
  });
  it('recognises binary formats by their first bytes', () => {
    expect(sniffBinary(Buffer.from('%PDF-1.7\n'))).toMatch(/PDF/);
    expect(sniffBinary(Buffer.from('plain words'))).toBeNull();
  });
});
