import { describe, expect, it } from 'vitest';
import { errorCodes, errorText, CrosscheckError } from './errors.js';

describe('errors', () => {
  it('every code has a text that fills its placeholders', () => {
    for (const code of errorCodes) {
      const text = errorText(code, { file: 'a.txt', reason: 'r', stage: 's', field: 'f' });
      expect(text.length).toBeGreaterThan(10);
    }
  });
  it('names the file and the reason', () => {
    const err = new CrosscheckError('E_BINARY', { file: 'x.txt', kind: 'a PNG image' });
    expect(err.message).toContain('x.txt');
    expect(err.message).toContain('PNG');
    expect(err.code).toBe('E_BINARY');
  });
});
