import { describe, expect, it } from 'vitest';
import { BOUND_CUES } from './lexicon.js';
import { byLastWord } from './phrase-state.js';

describe('cues by last word', () => {
  it('groups word sequences by their last word, in list order', () => {
    const cues = [{ words: ['more', 'than'] }, { words: ['nearly'] }, { words: ['fewer', 'than'] }];
    const index = byLastWord(cues);
    expect(index.get('than')).toEqual([cues[0], cues[2]]);
    expect(index.get('nearly')).toEqual([cues[1]]);
    expect(index.get('more')).toBeUndefined();
  });

  it('keeps every bound cue once', () => {
    expect([...byLastWord(BOUND_CUES).values()].flat()).toHaveLength(BOUND_CUES.length);
  });
});
