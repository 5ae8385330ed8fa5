import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CORPUS_HEAP_GROWTH, V8_FLAGS, corpusHeapFlag, flagsToSet, withCorpusHeap } from './v8-flags.js';

describe('v8 flags of the crosscheck process', () => {
  it('sets its flags unless the command line gives them (either spelling) or the user opts out', () => {
    expect(flagsToSet([], {})).toEqual([...V8_FLAGS]);
    const others = V8_FLAGS.filter((f) => !f.startsWith('--max-inlined-bytecode-size-cumulative='));
    expect(others.length).toBe(V8_FLAGS.length - 1);
    expect(flagsToSet(['--max-inlined-bytecode-size-cumulative=500'], {})).toEqual(others);
    expect(flagsToSet(['--max_inlined_bytecode_size_cumulative=500'], {})).toEqual(others);
    expect(flagsToSet(['--max-old-space-size=4096'], {})).toEqual([...V8_FLAGS]);
    expect(flagsToSet([], { CROSSCHECK_V8_DEFAULTS: '0' })).toEqual([]);
  });

  it('names flags this V8 knows (node refuses an unknown one on its command line)', () => {
    // setFlagsFromString ignores a flag V8 does not have; a rename in a later Node would go unnoticed without this.
    expect(() => execFileSync(process.execPath, [...V8_FLAGS, '-e', '0'], { stdio: 'pipe' })).not.toThrow();
    expect(() =>
      execFileSync(process.execPath, ['--max-inlined-bytecode-size-cumulativ=200', '-e', '0'], { stdio: 'pipe' }),
    ).toThrow();
  });

  it('runs the corpus stages with a slower heap growth unless the command line gives one or the user opts out', async () => {
    expect(corpusHeapFlag([], {})).toBe(CORPUS_HEAP_GROWTH);
    expect(corpusHeapFlag(['--heap_growing_percent=80'], {})).toBeNull();
    expect(corpusHeapFlag([], { CROSSCHECK_V8_DEFAULTS: '0' })).toBeNull();
    expect(await withCorpusHeap(async () => 42)).toBe(42);
    expect(() => execFileSync(process.execPath, [CORPUS_HEAP_GROWTH, '-e', '0'], { stdio: 'pipe' })).not.toThrow();
  });
});
