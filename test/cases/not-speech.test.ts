/** Speech verbs that report nothing: a company's accounts in a relative clause, the lives a disaster claimed. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { notSpeechRows } from './not-speech.cases.js';

describe('attributions/results-relative, attributions/claimed-lives, attributions/found-bodies', () => {
  sourceTable(notSpeechRows);
});
