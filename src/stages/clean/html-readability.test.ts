import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockTexts } from './html-readability.js';

// The Readability path breaks blocks at the same elements as the fast extractor (html-tokens' BLOCK).
const cases: Array<[string, string, string[]]> = [
  [
    'paragraphs',
    '<div><p>Rain fell all night.</p><p>Two bridges closed.</p></div>',
    ['Rain fell all night.', 'Two bridges closed.'],
  ],
  [
    'a legend in a fieldset',
    '<div><fieldset><legend>Turnout</legend>61 percent voted.</fieldset></div>',
    ['Turnout', '61 percent voted.'],
  ],
  [
    'a table caption',
    '<div><table><caption>Cases by week</caption><tbody><tr><td>120</td></tr></tbody></table></div>',
    ['Cases by week', '120'],
  ],
  [
    'centred text',
    '<div>Markets fell.<center>The index lost 3 percent.</center></div>',
    ['Markets fell.', 'The index lost 3 percent.'],
  ],
  ['inline elements', '<div><p>Crews saved <b>40</b> <a href="#">homes</a>.</p></div>', ['Crews saved 40 homes.']],
];

describe('blockTexts', () => {
  it.each(cases)('%s', (_name, html, expected) => {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    expect(blockTexts(document.body as never)).toEqual(expected);
  });
});
