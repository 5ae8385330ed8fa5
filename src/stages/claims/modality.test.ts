import { describe, expect, it } from 'vitest';
import { statusCues } from './modality.js';

describe('claims/modality/month-name: a cue word read with its case', () => {
  it.each([
    ['Turnout in May reached 61 percent.', []],
    ["May's flood count was 12.", []],
    ['Will Ortega counted 40 ballots.', []],
    ['The strike may cost 300 jobs.', ['may']],
    ['MAY COST 300 JOBS', ['MAY']],
    ['Will the dam hold? Officials will close 3 roads.', ['Will', 'will']],
  ] as const)('%s', (text, cues) => expect(statusCues(text).map((c) => c.text)).toEqual(cues));
});
