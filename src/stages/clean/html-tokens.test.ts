import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTR_NAMES, attr, decodeEntities, tokenize } from './html-tokens.js';

/** The attribute reader before its name check stopped lower-casing the attribute text: the two must agree. */
function attrByLowering(attrs: string, name: string): string | null {
  if (!attrs) return null;
  const key = name.toLowerCase();
  if (attrs.length < 3 || attrs.toLowerCase().indexOf(key) < 0) return null;
  const re = new RegExp(
    `(?:^|[\\s/])${name.replace(/[.:+]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`,
    'i',
  );
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : null;
}

// The names compiled ahead and two that are not.
const NAMES = [...ATTR_NAMES, 'data-k', 'srcset'];
// Letters of the names in both cases, the characters that lower-case to ASCII (İ, Kelvin sign), quotes, spaces, '=' and
// wider text.
const PIECES = [
  'class',
  'CLASS',
  'Id',
  'iD',
  'İd',
  'ıd',
  'ROLE',
  'xml:LANG',
  'Aria-Hidden',
  'data-K',
  'data-\u212a',
  'hİdden',
  'style',
  '=',
  '"',
  "'",
  ' ',
  '/',
  '\n',
  'story body',
  '“’—',
  'é',
  '&amp;',
  'x',
  'ſtyle',
  'K',
];

describe('HTML tokenizer', () => {
  it('reads an attribute in any case, and not inside another name', () => {
    expect(attr(' CLASS="Story-Body" id=main', 'class')).toBe('Story-Body');
    expect(attr(" Class = 'a b'", 'class')).toBe('a b');
    expect(attr(' data-class="x" id="y"', 'class')).toBeNull();
    expect(attr(' ID=main “quoted”', 'id')).toBe('main');
    expect(attr(' İd="x"', 'id')).toBeNull();
    expect(attr(' constructor="x"', 'constructor')).toBe('x');
    expect(attr(' toString="x"', 'tostring')).toBe('x');
  });

  it('reads attributes as lower-casing the whole attribute text did, in one-byte and two-byte text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }),
        fc.constantFrom(...NAMES),
        fc.boolean(),
        (parts, name, wide) => {
          const text = parts.join('');
          // A slice of a string with a character past U+00FF is held two-byte, as attribute text of most pages is.
          const attrs = wide ? `${text}\u2019`.slice(0, -1) : text;
          expect(attr(attrs, name)).toBe(attrByLowering(attrs, name));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('lower-cases element names, and keeps those that are lower case already', () => {
    const names = (html: string) =>
      [...tokenize(html)].filter((t) => t.kind !== 'text').map((t) => (t.kind === 'text' ? '' : t.name));
    expect(names('<DIV class=a><p>x</P><Section></SECTION><svg:Rect/><İmg><h1>t</h1></DIV>')).toEqual([
      'div',
      'p',
      'p',
      'section',
      'section',
      'svg:rect',
      'h1',
      'h1',
      'div',
    ]);
    expect(names('<SCRIPT>if (a</b) x()</Script><p>“after”</p>')).toEqual(['script', 'script', 'p', 'p']);
  });
});
