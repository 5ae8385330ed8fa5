import { describe, expect, it } from 'vitest';
import { boundWords } from './bound-words.js';

describe('boundWords: a value printed with its own bound words, else the safe ones', () => {
  it.each([
    ['At least 600 families', 'lower', 'at least'],
    ['more than 13,000 acres', 'lower', 'more than'],
    ['over 200 ballots', 'lower', 'over'],
    ['upwards of 4,000 strikers', 'lower', 'upwards of'],
    ['well over $2 billion', 'lower', 'well over'],
    ['nearly 500 wells', 'upper', 'nearly'],
    ['Up to 300 patients', 'upper', 'up to'],
    ['fewer than 90 seats', 'upper', 'fewer than'],
    ['around 70 percent', 'approx', 'around'],
    ['an estimated 9,000 voters', 'approx', 'an estimated'],
    // A cue not listed, or none, reads as the safe words: never a stronger claim than the source made.
    ['exceeded 70 percent', 'lower', 'at least'],
    ['topped 1,000 cases', 'lower', 'at least'],
    ['1,000 cases', 'lower', 'at least'],
    ['1,000 cases', 'upper', 'up to'],
    ['', 'approx', 'around'],
    // A cue of the other side is not taken: "up to" never prints a floor.
    ['up to 300 patients', 'lower', 'at least'],
    // A word that only starts with a cue is not one.
    ['overall 300 patients', 'lower', 'at least'],
  ] as const)('%s (%s) → %s', (text, side, words) => expect(boundWords(text, side)).toBe(words));
  it('reads nothing from no text', () => {
    expect(boundWords(null, 'lower')).toBe('at least');
    expect(boundWords(undefined, 'upper')).toBe('up to');
  });
});
