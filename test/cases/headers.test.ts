/** Header lines of scraped pages: the headline is found past mastheads, section paths and menus. */
import { describe, expect, it } from 'vitest';
import { run } from './who-says-run.js';
import { bylineRows, headerRows, ownWireRows } from './headers.cases.js';

describe('clean/section-path, clean/masthead: the title and the outlet of a scraped header', () => {
  it.each(headerRows)('%#: %s', (raw, title, outlet) => {
    const a = run(raw);
    expect(a.meta.title?.value ?? null).toBe(title);
    expect(a.meta.outlet?.value ?? null).toBe(outlet);
  });
});

describe('clean/name-byline, metadata/byline-agency-tail: the byline of a scraped header', () => {
  it.each(bylineRows)('%#: %s', (raw, byline) => {
    expect(run(raw).meta.byline?.value ?? null).toBe(byline);
  });
});

describe('metadata: an agency is not the wire of its own story', () => {
  it.each(ownWireRows)('%#: %s', (raw, outlet, wires) => {
    const a = run(raw);
    expect(a.meta.outlet?.value ?? null).toBe(outlet);
    expect(a.meta.wire.map((w) => w.value)).toEqual(wires);
  });
});
