import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../records.js';
import { forSharedPairs, scanFigures, scanWords, StoryIndex } from './stories.js';

const fire = (n: number) =>
  `Wildfire crews battled the Corran Ridge blaze near Halvesby for day ${n}. The Tessaly Forest Service said ` +
  `tankers dropped retardant while evacuation orders covered Pinecrest Valley. Chief Arno Delacroix warned of gusts.`;
const strike = (n: number) =>
  `Dockworkers at the port of Quillmouth stayed on strike for week ${n}. The Brannock Stevedores Union said ` +
  `pickets blocked cranes while Harbourmaster Ines Okafor counted idle vessels in the Varnel Estuary.`;

/** Four fire and four strike articles, interleaved. */
function interleaved(): StoryIndex {
  const index = new StoryIndex();
  for (let i = 0; i < 8; i++) index.add({ id: `doc${i}`, body: i % 2 ? strike(i) : fire(i) });
  return index;
}

const entity = (id: string, name: string, type: string, documents: string[]): EntityRecord => ({
  id,
  name,
  type,
  aliases: [],
  roles: [],
  documents,
});

const storyOfDoc = (index: StoryIndex, entities: EntityRecord[] = []) => index.stories(entities).storyOf;

describe('stories/join-alone', () => {
  it.each([
    [
      'a short fire article naming one rare place',
      'Smoke from the blaze drifted over Halvesby overnight as tankers and evacuation crews waited for calmer gusts.',
      'doc0',
    ],
    [
      'a short strike article naming one rare union',
      'The Brannock union said pickets would keep cranes idle and vessels waiting at the docks.',
      'doc1',
    ],
  ])('%s joins its story', (_what, body, story) => {
    const index = interleaved();
    index.add({ id: 'short', body });
    const storyOf = storyOfDoc(index);
    expect(new Set(storyOf.values()).size).toBe(2);
    expect(storyOf.get('short')).toBe(storyOf.get(story));
  });

  it.each([
    ['a generic article', 'Markets closed higher on a quiet session as investors awaited the central bank decision.'],
    [
      'an article as close to both stories',
      'Halvesby and Quillmouth both asked for help: tankers for the blaze, and cranes for the docks, said officials.',
    ],
  ])('%s stays alone', (_what, body) => {
    const index = interleaved();
    index.add({ id: 'other', body });
    const storyOf = storyOfDoc(index);
    expect(new Set(storyOf.values()).size).toBe(3);
    expect([...storyOf.values()].filter((s) => s === storyOf.get('other'))).toHaveLength(1);
  });

  it('never joins by a title template every article shares', () => {
    const index = new StoryIndex();
    for (let i = 0; i < 8; i++) {
      index.add({ id: `doc${i}`, title: `Sample Bulletin ${i}`, body: i % 2 ? strike(i) : fire(i) });
    }
    const body = 'Shares of a grocery chain slipped after it trimmed its sales outlook.';
    index.add({ id: 'other', title: 'Sample Bulletin 9', body });
    const storyOf = storyOfDoc(index);
    expect([...storyOf.values()].filter((s) => s === storyOf.get('other'))).toHaveLength(1);
  });

  it('keeps one story one story, with a short article of it', () => {
    const index = new StoryIndex();
    const mayor = ' Mayor Tobin Greaves said the school on the hill was saved.';
    for (let i = 0; i < 4; i++) index.add({ id: `doc${i}`, body: fire(i) + (i < 2 ? mayor : '') });
    index.add({ id: 'short', body: 'Greaves thanked the crews who saved the school from the blaze.' });
    expect(index.stories().stories).toHaveLength(1);
  });

  it('joins through a shared entity', () => {
    const index = interleaved();
    index.add({ id: 'short', body: 'Late reports from the harbour said the blockade held.' });
    const storyOf = storyOfDoc(index, [
      entity('e1', 'Ines Okafor', 'person', ['doc1', 'doc3', 'short']),
      entity('e2', 'Pier Nine', 'place', ['doc5', 'short']),
    ]);
    expect(storyOf.get('short')).toBe(storyOf.get('doc1'));
  });
});

describe('stories/short-pair', () => {
  // Brief reports name one or two places; what they tell is in their wording.
  const outbreak = [
    'Cholera has killed 14 in Vestria, where the Dorn valley has the most cases, health officials said.',
    'The cholera toll in Vestria rose to 21, with new cases in the Dorn valley, health officials said.',
    'Vestria cholera deaths climb to 27 as vaccines arrive, health officials said.',
  ];
  const market = 'Shares in Vestria rose as the Dorn valley vineyards reported a record harvest and higher exports.';
  const other = [
    'Voters in Pellark chose a new mayor on Sunday; turnout was 61 percent.',
    'The Pellark mayor named a cabinet of nine on Tuesday.',
    'Storms closed the Tarrow ferry for a second day.',
  ];

  it('joins short articles that share their few names and rare wording', () => {
    const index = new StoryIndex();
    [...outbreak, ...other].forEach((body, i) => index.add({ id: `doc${i}`, body }));
    const storyOf = storyOfDoc(index);
    expect(new Set(['doc0', 'doc1', 'doc2'].map((d) => storyOf.get(d))).size).toBe(1);
    expect(storyOf.get('doc3')).not.toBe(storyOf.get('doc0'));
  });

  it('keeps apart a short article that shares the names but not the wording', () => {
    const index = new StoryIndex();
    [outbreak[0]!, market, ...other].forEach((body, i) => index.add({ id: `doc${i}`, body }));
    const storyOf = storyOfDoc(index);
    expect(storyOf.get('doc1')).not.toBe(storyOf.get('doc0'));
  });
});

describe('stories/label-names', () => {
  it('labels a story by whole typed names, not by sentence-initial words', () => {
    const index = new StoryIndex();
    const body = (n: number) =>
      `Meanwhile, floodwaters rose across South Dakota on day ${n}. Details were scarce. ` +
      `Prime Minister Oda Lindqvist toured the levees, and the Corvin River crested.`;
    for (let i = 0; i < 3; i++) index.add({ id: `doc${i}`, title: `Key figures: flood day ${i}`, body: body(i) });
    const docs = ['doc0', 'doc1', 'doc2'];
    const [story] = index.stories([
      entity('p', 'South Dakota', 'place', docs),
      entity('q', 'Oda Lindqvist', 'person', docs),
      entity('r', 'New Year', 'other', docs),
    ]).stories;
    expect(story!.label.split(', ').sort()).toEqual(['Oda Lindqvist', 'South Dakota']);
  });

  it('prefers a name its own articles use over one every story uses', () => {
    const index = interleaved();
    const all = Array.from({ length: 8 }, (_, i) => `doc${i}`);
    const { stories, storyOf } = index.stories([
      entity('c', 'Norland', 'country', all),
      entity('f', 'Tessaly Forest Service', 'organization', ['doc0', 'doc2', 'doc4', 'doc6']),
    ]);
    const fireStory = stories.find((s) => s.id === storyOf.get('doc0'))!;
    expect(fireStory.label.split(', ')[0]).toBe('Tessaly Forest Service');
  });
});

/** The patterns scanWords reads in one pass, as regexes: its output must be theirs. */
const CAPITAL_RE = /\p{Lu}[\p{L}\p{N}'’-]{2,}/gu;
const LOWER_RE = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}'’-]{2,}/gu;

describe('scanWords', () => {
  const cases = [
    'Floodwaters rose in Marrowby on Tuesday; the Esk Valley Authority said 4,000 homes were cut off.',
    "Strikers' pickets at Dunmore's mill: the union’s leaders met O'Rourke and McAllister-Vance.",
    'anti-austerity marchers, well-known co-op stores, mid-2024 figures and x-ray units',
    'Zürich, Ærøskøbing and Łódź: élan, çà, ǅemal, ÉCOLE, naïve résumé',
    'AB Ab aB abc aBCd -abc abc- a-bc ab1 1ab 1Abc ²abc abc²',
    'Math 𝐀𝐁𝐂 and 𝐚𝐛𝐜 letters, ⅷabc, Ⅻ-Day, ’tis o’clock',
    '',
    'a',
    "'s Ada's Ada’s Ada's's",
  ];
  it.each(cases)('reads %j as the two patterns do', (text) => {
    const capitals: string[] = [];
    const lower = new Set<string>();
    scanWords(text, capitals, lower);
    expect(capitals).toEqual([...text.matchAll(CAPITAL_RE)].map((m) => m[0]));
    expect([...lower]).toEqual([...new Set([...text.matchAll(LOWER_RE)].map((m) => m[0]))]);
  });

  it('agrees with the patterns on random strings of word and other characters', () => {
    const alphabet = ['a', 'B', 'é', 'É', 'ǅ', '1', '²', "'", '’', '-', ' ', '.', '𝐀', '𝐚', 'ß', 'ʼ', '\n', 'ⅷ'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let n = Math.floor(next() * 16); n > 0; n--) text += alphabet[Math.floor(next() * alphabet.length)];
      const capitals: string[] = [];
      const lower = new Set<string>();
      scanWords(text, capitals, lower);
      expect(capitals).toEqual([...text.matchAll(CAPITAL_RE)].map((m) => m[0]));
      expect([...lower]).toEqual([...new Set([...text.matchAll(LOWER_RE)].map((m) => m[0]))]);
    }
  });
});

describe('forSharedPairs', () => {
  /** The pairs as a map keyed by (first, second), counted pair by pair: what it must give. */
  function reference(n: number, postings: number[][]): Map<string, number> {
    const out = new Map<string, number>();
    for (const docs of postings) {
      for (let x = 0; x < docs.length; x++) {
        for (let y = x + 1; y < docs.length; y++) {
          const k = `${docs[x]},${docs[y]}`;
          out.set(k, (out.get(k) ?? 0) + 1);
        }
      }
    }
    return out;
  }

  it.each([
    ['no postings', 4, []],
    ['one article alone in its posting', 3, [[1]]],
    [
      'two postings sharing a pair',
      5,
      [
        [0, 2, 4],
        [2, 4],
      ],
    ],
    // An entity's articles come in its own order, and may name one article twice: each order is its own pair.
    [
      'an order that runs backwards',
      4,
      [
        [3, 1],
        [1, 3],
        [3, 1, 0],
      ],
    ],
    [
      'an article listed twice',
      3,
      [
        [2, 2, 0],
        [0, 2],
      ],
    ],
  ])('%s', (_name, n, postings) => {
    const got = new Map<string, number>();
    forSharedPairs(n, postings, (a, b, c) => got.set(`${a},${b}`, c));
    expect(got).toEqual(reference(n, postings));
  });

  it('gives every pair of many random postings with its count', () => {
    let seed = 7;
    const next = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % m);
    const n = 60;
    const postings = Array.from({ length: 40 }, () => Array.from({ length: 2 + next(8) }, () => next(n)));
    const got = new Map<string, number>();
    forSharedPairs(n, postings, (a, b, c) => got.set(`${a},${b}`, c));
    expect(got).toEqual(reference(n, postings));
  });
});

describe('stories/shared-figure', () => {
  // One day's pile: two fires in two towns, a strike and a storm in one city, each told at length twice, then a brief
  // of each that names one place and repeats a figure of its story.
  const long: Record<string, string[]> = {
    marrowby: [
      'MARROWBY, Calvandia - A wildfire that broke out in the hills above Marrowby on Tuesday has burned 1,240 hectares ' +
        'and destroyed 14 homes, the Calvandia Fire Directorate said. Some 380 firefighters and six water bombers fought ' +
        'the flames through the night as gusts pushed the front towards the Orrin vineyards. Deputy chief Selma Achterberg ' +
        'said crews had saved the old mill but warned that the wind would turn again by evening.',
      'Residents of Marrowby were told to leave as a hillside wildfire spread towards the Orrin vineyards, after the blaze ' +
        'destroyed 14 homes. Selma Achterberg of the Calvandia Fire Directorate said 380 firefighters were on the line and ' +
        'the burned area had reached 1,240 hectares. Two firefighters were treated for smoke inhalation.',
    ],
    cobbleford: [
      'COBBLEFORD, Calvandia - Fire tore through a paint warehouse in Cobbleford on Tuesday, sending black smoke over the ' +
        'Dunmere estate, where 40 workers were evacuated. Station officer Piet Lorrimer said 65 firefighters needed nine ' +
        'hours to bring the blaze under control and that the roof of the Hexley Coatings depot had collapsed.',
      'Firefighters spent nine hours fighting a blaze at the Hexley Coatings warehouse in Cobbleford, where a roof gave way. ' +
        'Piet Lorrimer said 65 firefighters attended and 40 workers from the Dunmere estate left the site safely.',
    ],
    strike: [
      'RAVENSHOLT, Calvandia - Bus drivers in Ravensholt walked out for a second day on Tuesday, leaving 212 routes idle, ' +
        'as the Transit Workers Guild rejected a pay offer of 4 percent. Guild secretary Moss Adeyemi said drivers wanted ' +
        '7 percent and would picket the Quarry Lane depot until the council raised its offer.',
      'The Transit Workers Guild said its walkout in Ravensholt would go on after talks with the council broke down. Moss ' +
        'Adeyemi told pickets at Quarry Lane that a 4 percent offer was an insult; 212 routes were idle for a second day.',
    ],
    storm: [
      'RAVENSHOLT, Calvandia - Storm Ilse brought gusts of 140 km/h to Ravensholt overnight, toppling trees onto the ' +
        'Weir Road bridge and leaving 31,000 homes without power, the Northgrid utility said. Forecaster Tamsin Oyelaran ' +
        'said the storm would ease by Wednesday but warned of flooding on the Calder flats.',
      'Northgrid crews worked through the night to restore power to 31,000 homes in Ravensholt after Storm Ilse downed ' +
        'lines. Tamsin Oyelaran said gusts reached 140 km/h; the Weir Road bridge stayed closed.',
    ],
  };
  const briefs: Record<string, string> = {
    marrowby: 'Marrowby: the hillside fire has now burned 1,240 hectares, officials said on Tuesday evening.',
    cobbleford: 'Cobbleford warehouse fire under control after nine hours; 40 workers evacuated, none hurt.',
    strike: 'Ravensholt buses: 212 routes idle again as drivers stay out, the union said.',
    storm: 'Ravensholt: 31,000 homes still without power after overnight gusts, the utility said.',
  };
  const pile = () => {
    const index = new StoryIndex();
    for (const [story, bodies] of Object.entries(long)) {
      bodies.forEach((body, i) => index.add({ id: `${story}${i}`, body, published: '2026-03-10' }));
    }
    return index;
  };

  it('keeps the four stories apart', () => {
    const storyOf = storyOfDoc(pile());
    expect(new Set(storyOf.values()).size).toBe(4);
    for (const story of Object.keys(long)) expect(storyOf.get(`${story}0`)).toBe(storyOf.get(`${story}1`));
  });

  it.each(Object.keys(briefs))('a brief of the %s story joins it', (story) => {
    const index = pile();
    for (const [s, body] of Object.entries(briefs)) index.add({ id: `brief-${s}`, body, published: '2026-03-10' });
    const storyOf = storyOfDoc(index);
    expect(new Set(storyOf.values()).size).toBe(4);
    expect(storyOf.get(`brief-${story}`)).toBe(storyOf.get(`${story}0`));
  });

  it.each([
    [
      'a fire in the same city as the strike',
      'A kitchen fire in Ravensholt was put out quickly on Tuesday; nobody was hurt.',
    ],
    [
      'another count in the same town',
      'Marrowby: 300 people left a care home after a gas leak, officials said on Tuesday.',
    ],
    [
      'a market brief naming the town',
      'Marrowby vineyards expect a record harvest, with exports up 12 percent this quarter.',
    ],
    ['a council brief naming the city', 'Ravensholt council approved a new library budget after a short debate.'],
  ])('%s stays apart', (_what, body) => {
    const index = pile();
    index.add({ id: 'other', body, published: '2026-03-10' });
    const storyOf = storyOfDoc(index);
    expect([...storyOf.values()].filter((s) => s === storyOf.get('other'))).toHaveLength(1);
  });
});

describe('scanFigures', () => {
  it.each([
    ['Floods cut off 4,000 homes and 1,240 hectares of farmland.', ['4,000 homes', '1,240 hectares']],
    ['Prices rose 12% while 12.5 million people voted.', ['12 percent', '12.5 million']],
    ['Gusts of 140 km/h hit 31,000 customers.', ['140 km', '31,000 customers']],
    ['In 2024 the mill hired 9 workers, and 2,024 voters came.', ['2,024 voters']],
    ['A 300-strong crowd at Gate 14, then 75 Main Street and 60 the next day.', []],
  ])('reads %j', (text, figures) => {
    const out: string[] = [];
    scanFigures(text, out);
    expect(out).toEqual(figures);
  });
});

describe('story words with figures', () => {
  it.each([
    'Floods in Marrowby cut off 4,000 homes; 1,950 people and 2,024 voters moved, 12% more than in 2019.',
    'COVID-19 cases rose to 19,000 cases in Ostland as 12.5 million people queued at Gate 14 and 300-strong crowds.',
  ])('read back the same from a title of them: %j', (body) => {
    const index = new StoryIndex();
    index.add({ id: 'a', body });
    const words = index.storyWordsOf(0);
    const again = new StoryIndex();
    again.add({ id: 'a', title: words.join(' '), body: '' });
    expect(again.storyWordsOf(0)).toEqual(words);
  });
});
