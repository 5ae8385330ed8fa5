/** Furniture lines leave the body by their named rule; body sentences that look like them stay. */
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/stages/clean/line-rules.js';
import { bodyLookalikes, furnitureLines } from './boilerplate.cases.js';

describe('clean: furniture lines of news sites', () => {
  it.each(furnitureLines)('%s → %s', (line, by) => {
    expect(classifyLine(line)?.by).toBe(by);
  });
});

describe('clean: body sentences that only look like furniture stay', () => {
  it.each(bodyLookalikes)('%s', (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});
