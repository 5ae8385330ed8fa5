import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../article.js';
import { createContext } from '../pipeline.js';
import { cleanStage, looksLikeHtml } from './clean.js';
import { sentencesStage } from './sentences.js';

const root = path.resolve(__dirname, '../..');

function clean(
  raw: string,
  format: Article['format'],
  extra: Partial<Parameters<typeof createContext>[0]> = {},
): Article {
  const article = createArticle({ source: 'test', raw, format });
  cleanStage.run(article, createContext(extra));
  return article;
}

/** Every offset segment maps text back to raw; exact segments must match character for character. */
function checkOffsets(article: Article): void {
  let prevEnd = 0;
  for (const seg of article.offsets) {
    expect(seg.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = seg.start + seg.length;
    if (seg.length === seg.rawLength && article.format !== 'html') {
      expect(article.text.slice(seg.start, seg.start + seg.length)).toBe(
        article.raw.slice(seg.rawStart, seg.rawStart + seg.rawLength),
      );
    }
  }
  expect(prevEnd).toBeLessThanOrEqual(article.text.length);
}

describe('clean: seeds', () => {
  const gold = JSON.parse(readFileSync(path.join(root, 'corpus/demo/gold.json'), 'utf8'));
  for (const doc of gold.documents) {
    it(`keeps the story and drops the boilerplate of ${doc.file}`, () => {
      const article = clean(readFileSync(path.join(root, 'corpus/demo', doc.file), 'utf8'), 'text');
      for (const keep of doc.body.keep) expect(article.text).toContain(keep);
      for (const drop of doc.body.drop) expect(article.text).not.toContain(drop);
      checkOffsets(article);
      for (const d of article.dropped) {
        expect(d.reason).toBeTruthy();
        expect(d.by).toMatch(/^clean\//);
        expect(article.raw.slice(d.rawStart, d.rawEnd)).toBe(d.text);
      }
    });
  }
});

describe('clean: golden cases', () => {
  const dir = path.join(root, 'test/fixtures/clean');
  for (const name of readdirSync(dir).sort()) {
    const caseDir = path.join(dir, name);
    const input = readdirSync(caseDir).find((f) => f.startsWith('input.'));
    if (!input) continue;
    it(name, () => {
      const ext = path.extname(input);
      const format = ext === '.html' ? 'html' : ext === '.md' ? 'markdown' : 'text';
      const article = clean(readFileSync(path.join(caseDir, input), 'utf8'), format);
      checkOffsets(article);
      const got = {
        text: article.text,
        dropped: article.dropped.map((d) => ({ reason: d.reason, by: d.by, text: d.text })),
        messages: article.messages.map((m) => m.code),
      };
      const file = path.join(caseDir, 'expected.json');
      if (!existsSync(file) || process.env.UPDATE) writeFileSync(file, JSON.stringify(got, null, 2) + '\n');
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});

describe('clean: rules generalise (other stories)', () => {
  // The story after the headline paragraph.
  const lead = (a: Article) => (a.headline ? a.text.slice(a.headline.end).trimStart() : a.text);
  const cases = (name: string) => readFileSync(path.join(root, 'test/fixtures/clean', name), 'utf8');
  it('drops widgets, captions, credits, teasers and sign-ups of a disaster story', () => {
    const a = clean(cases('quake-widgets/input.txt'), 'text');
    expect(lead(a).startsWith('LIMA, March 5 (Reuters) -- The death toll')).toBe(true);
    expect(a.text).toContain('Share prices of Peruvian mining companies fell sharply');
    expect(a.text).toContain('dig through'.replace('dig', 'dug'));
    for (const gone of [
      'whatsapp',
      'Rescue workers search',
      'Floods leave thousands',
      'Sign up for our daily briefing',
      'Copyright 2024',
      'https://',
    ])
      expect(a.text).not.toContain(gone);
    const reasons = new Map(a.dropped.map((d) => [d.text, d.reason]));
    expect(reasons.get('The Coastal Herald')).toBe('outlet');
    expect(reasons.get('By Maria Delgado')).toBe('byline');
    expect(reasons.get('3 hours ago')).toBe('date');
    expect(reasons.get('whatsappwhatsapp')).toBe('widget');
    expect(reasons.get('Sign up for our daily briefing')).toBe('signup');
  });
  it('drops the teaser after a mid-article "Related" marker but keeps the story after it', () => {
    const a = clean(cases('quake-widgets/input.txt'), 'text');
    expect(a.dropped.find((d) => d.text === 'Floods leave thousands homeless in northern Chile')?.reason).toBe(
      'teaser',
    );
    expect(a.text).toContain('The government said aid flights would continue');
    expect(a.text).toContain('Peru sits on the Pacific Ring of Fire');
  });
  it('drops comment forms, adverts and teasers after "more like this" in a court story', () => {
    const a = clean(cases('court-comments/input.txt'), 'text');
    expect(a.text).toContain("The case had been covered in the newspaper's print edition for months.");
    for (const gone of [
      'Organic Snack Deals',
      'shop now',
      'Jury selection begins',
      'Will taxes rise',
      'LEAVE A REPLY',
      'incorrect email',
      'Tags:',
      'Share this article',
      'Subscribe',
    ])
      expect(a.text).not.toContain(gone);
  });
  it('drops slugs, editor notes and reporting credits of a wire story but keeps the dateline sentence', () => {
    const a = clean(cases('election-wire-credit/input.txt'), 'text');
    expect(lead(a).startsWith("TOKYO, Oct. 28 (Kyodo) -- Japan's ruling coalition")).toBe(true);
    for (const gone of ['(LEAD)', 'ATTN', 'Reporting by', '(END)', 'Election results'])
      expect(a.text).not.toContain(gone);
  });
  it('keeps body sentences that only look like boilerplate', () => {
    const raw = cases('negative-body/input.txt');
    const a = clean(raw, 'text');
    for (const line of raw.split('\n').slice(2).filter(Boolean)) expect(a.text).toContain(line);
  });
  it('drops lines repeated across many articles of a batch, but not repeated prose', () => {
    const raw =
      'Site Menu Weekly\n\nThe storm hit the coast on Monday, killing 12 people and injuring dozens more, officials said.\n\nFollow our live page\n';
    const counts = new Map([
      ['Site Menu Weekly', 9],
      ['Follow our live page', 9],
      ['The storm hit the coast on Monday, killing 12 people and injuring dozens more, officials said.', 9],
    ]);
    const a = clean(raw, 'text', { lineCounts: counts, batchSize: 10 });
    expect(a.text).toBe(
      'The storm hit the coast on Monday, killing 12 people and injuring dozens more, officials said.',
    );
    expect(a.dropped.map((d) => d.reason)).toContain('repeated');
    // Counted over whole raw lines (bullet included), as ingest counts them.
    const b = clean(
      'The storm hit the coast on Monday, killing 12 people and injuring dozens more, officials said.\n  • Weather desk hotline\n',
      'text',
      {
        lineCounts: new Map([['• Weather desk hotline', 5]]),
        batchSize: 10,
      },
    );
    expect(b.dropped.find((d) => d.text === 'Weather desk hotline')?.reason).toBe('repeated');
  });
  it("judges an HTML page by its structure, not by the lines its batch's text files repeat", () => {
    const html =
      '<html><body><article><h1>Port reopens</h1><p>Follow our live page</p>' +
      '<p>The harbour reopened on Monday after a storm that closed it for three days, the port authority said.</p></article></body></html>';
    const counts = new Map([['Follow our live page', 9]]);
    const a = clean(html, 'html', { lineCounts: counts, batchSize: 10 });
    const b = clean(html, 'html');
    expect(a.text).toBe(b.text);
    expect(a.dropped.some((d) => d.reason === 'repeated')).toBe(false);
  });
  it('keeps a short first and last paragraph (a sentence, not a headline), and the headline as a paragraph of its own', () => {
    const raw =
      'Drones hit Kyiv overnight\n\nRussia launched 90 drones overnight, officials said.\n\nAir defences shot down 72 of them over central and southern regions, the air force said in a statement on Telegram.\n\nThe attack lasted seven hours.\n\nShare\n';
    const a = clean(raw, 'text');
    expect(a.text).toBe(
      'Drones hit Kyiv overnight\n\nRussia launched 90 drones overnight, officials said.\n\nAir defences shot down 72 of them over central and southern regions, the air force said in a statement on Telegram.\n\nThe attack lasted seven hours.',
    );
    expect(a.headline).toEqual({ start: 0, end: 25, text: 'Drones hit Kyiv overnight' });
    expect(a.dropped.find((d) => d.text === 'Drones hit Kyiv overnight')).toBeUndefined();
  });
  it('keeps the headline (with its number) as the first paragraph, without its wire slug, and drops its repeats', () => {
    const raw =
      '5 hours ago\n\n(3rd LD) Quake kills 2,000 in eastern province: officials\n\nBy Ana Ruiz\n\n(3rd LD) Quake kills 2,000 in eastern province: officials\n\nAt least 2,000 people were killed when a magnitude 7.1 earthquake struck the eastern province on Sunday, officials said.\n\nRescue teams were still searching the rubble on Monday.\n';
    const a = clean(raw, 'text');
    checkOffsets(a);
    expect(a.text.startsWith('Quake kills 2,000 in eastern province: officials\n\nAt least 2,000 people')).toBe(true);
    expect(a.headline?.text).toBe('Quake kills 2,000 in eastern province: officials');
    const seg = a.offsets[0]!;
    expect(raw.slice(seg.rawStart, seg.rawStart + a.headline!.end)).toBe(a.headline!.text);
    expect(a.dropped.find((d) => d.text === '(3rd LD)')).toMatchObject({ reason: 'slug', by: 'clean/title-slug' });
    expect(a.dropped.filter((d) => d.by === 'clean/title-repeat')).toHaveLength(1);
    expect(a.text.match(/Quake kills/g)).toHaveLength(1);
    // The sentences stage reads it as a heading, a paragraph of its own.
    sentencesStage.run(a, createContext());
    expect(a.sentences[0]).toMatchObject({ text: a.headline!.text, paragraph: 0, heading: true });
    expect(a.sentences[1]).toMatchObject({ paragraph: 1, heading: false });
    // A record without a headline line gets none (a title hint is never put into the text).
    const b = clean(
      'At least 2,000 people were killed when a magnitude 7.1 earthquake struck the eastern province on Sunday, officials said.\n',
      'text',
    );
    expect(b.headline).toBeUndefined();
  });
  it('joins hard-wrapped lines of one paragraph', () => {
    const raw =
      'The council voted 7-2 on Tuesday to approve the\nnew stadium, ending a decade-long dispute over the\nsite near the river.\n\nConstruction is due to start in May next year, the mayor said.';
    const a = clean(raw, 'text');
    expect(a.text).toBe(
      'The council voted 7-2 on Tuesday to approve the new stadium, ending a decade-long dispute over the site near the river.\n\nConstruction is due to start in May next year, the mayor said.',
    );
    checkOffsets(a);
  });
  it('takes the tags off a page saved as text, line by line, with exact offsets (clean/markup-line)', () => {
    const raw = [
      '<div class="masthead">THE LAKESIDE COURIER</div>',
      '<nav>News | Region | Sport | Weather</nav>',
      '',
      '<h1>Dam spillway opened as river rises 2 metres in a day</h1>',
      '',
      '<p class="byline">By Marta Kovel</p>',
      '<p class="date">Friday 9 October 2026</p>',
      '',
      '<p>Engineers opened the spillway of the Rivna dam on Friday after the river rose 2 metres in a day, the water board said.</p>',
      '',
      '<p>About 1,400 people were told to leave <strong>four villages</strong> downstream. "We expect the peak tonight," a board engineer said.</p>',
      '<aside class="related">',
      '<ul><li>Photos: the flooded valley</li></ul>',
      '</aside>',
      '<div class="share">Share: Facebook · X · Email</div>',
    ].join('\n');
    const a = clean(raw, 'text');
    expect(a.text).not.toMatch(/<\/?[a-z]/i);
    expect(a.text).toContain('Engineers opened the spillway of the Rivna dam on Friday');
    expect(a.text).toContain('About 1,400 people were told to leave four villages downstream.');
    expect(a.text.split('\n\n')[0]).toBe('Dam spillway opened as river rises 2 metres in a day');
    expect(a.text).not.toContain('aside');
    expect(a.text).not.toContain('Share:');
    expect(a.dropped.some((d) => d.by === 'clean/markup-line')).toBe(true);
    checkOffsets(a);
  });
  it('leaves plain text with angle brackets alone (clean/markup-line negatives)', () => {
    const raw =
      'Turnout was <50% in the north and >70% in the south, the commission said.\n\nThe result is due <b>on Monday</b>, it added.';
    const a = clean(raw, 'text');
    expect(a.text).toContain('Turnout was <50% in the north and >70% in the south');
    expect(a.text).toContain('<b>on Monday</b>');
    checkOffsets(a);
  });
  it('strips markdown syntax but keeps link text with offsets into the raw', () => {
    const a = clean(cases('markdown-post/input.md'), 'markdown');
    expect(a.text).toContain(
      'about 30,000 people to flee their homes north of Athens on Sunday, the fire service said.',
    );
    expect(a.text).not.toContain('Heatwave grips');
    expect(a.text).not.toContain('https://');
    checkOffsets(a);
  });
  it('drops BBC- and CNN-style furniture: image credits, reading time, related topics, contributor lines', () => {
    const bbc = clean(cases('bbc-style-flood/input.txt'), 'text');
    expect(lead(bbc).startsWith('More than 11,000 people have died')).toBe(true);
    expect(bbc.text.endsWith('roads and bridges had been destroyed.')).toBe(true);
    const reasons = new Map(bbc.dropped.map((d) => [d.text, d.reason]));
    expect(reasons.get('Image source, Reuters')).toBe('caption');
    expect(reasons.get('5 min read')).toBe('navigation');
    expect(reasons.get('Related Topics')).toBe('teaser');
    const cnn = clean(cases('cnn-style-wildfire/input.txt'), 'text');
    expect(lead(cnn).startsWith('Los Angeles (CNN) — A fast-moving wildfire')).toBe(true);
    expect(cnn.dropped.find((d) => d.text.startsWith('CNN’s Alex Rivera'))?.reason).toBe('credit');
    expect(cnn.dropped.find((d) => d.text.startsWith('(Photo by'))?.reason).toBe('caption');
  });
  it('never throws and stays linear on adversarial text', () => {
    const nasty = [
      'Related\n'.repeat(30_000) + 'The end of the story, officials said on Monday evening.',
      'More like this\nA headline\n'.repeat(20_000),
      '('.repeat(50_000),
      '1,'.repeat(50_000),
      ' '.repeat(100_000) + 'x',
      '"'.repeat(50_000),
      'Share '.repeat(20_000),
      '\n'.repeat(50_000),
    ];
    for (const raw of nasty) {
      const a = clean(raw, 'text');
      expect(typeof a.text).toBe('string');
    }
  });
});

describe('clean: body lines that only look like boilerplate stay (negative cases)', () => {
  const lead =
    'Officials said on Monday that the flood had displaced 12,000 people across four provinces, and that more rain was expected.';
  const tail =
    'The ministry said it would publish a full damage assessment by the end of the month, according to a statement.';
  const negatives = [
    'Print media revenue fell 12% last year, the industry group said.',
    'Share prices of insurers dropped as much as 6% after the announcement.',
    'Facebook shares fell 3% on Tuesday after the ruling.',
    'Related concerns about water supplies were raised by two mayors.',
    'Read more about the plan on the ministry website, officials urged residents.',
    'Copyright 2024 figures released by the agency show piracy fell by a third among 20,000 surveyed households.',
    'Sign up sheets were distributed to 300 volunteers at the shelter.',
    'Join now, the union urged its 40,000 members in a letter on Friday.',
    'By the end of the day, 300 people had been evacuated.',
    'Photo ID laws were challenged in court on Monday, lawyers said.',
    'Source: the health ministry said 40 people had died.',
    'Home prices rose 5% in the region last year.',
    'Comments by the minister sparked outrage among 2,000 protesters.',
    'Tags on the suitcases showed they had been checked in Seoul.',
    'Leave a reply to the letter was not given by the company, the union said.',
    'Advertisement spending by the campaign reached $4 million in October.',
    '“Subscribe to our values or leave,” the party leader told 5,000 supporters.',
  ];
  for (const line of negatives) {
    it(line, () => {
      const a = clean(`${lead}\n\n${line}\n\n${tail}\n`, 'text');
      expect(a.text).toContain(line);
      expect(a.text).toContain(lead);
      expect(a.text).toContain(tail);
    });
  }
});

describe('clean: a first paragraph that ends in a list lead-in stays, with its rows (clean/lead-in-colon)', () => {
  const cases: Array<[string, string[]]> = [
    [
      'More than 3,400 homes were flooded across the region, the emergency agency said on Wednesday. By district:',
      ['Harlow district — 1,200', 'Mennet district — 950'],
    ],
    [
      'Turnout reached 61 percent in the regional election, the electoral board said late on Sunday. By province:',
      ['North Vale — 64%', 'East Marches — 58%'],
    ],
    ['The outbreak has now sickened 212 people, health officials said. Cases by town:', ['Orlen: 90', 'Pask: 71']],
  ];
  for (const [lead, rows] of cases) {
    it(lead, () => {
      const raw = `Storm of figures\n\n${lead}\n\n${rows.join('\n')}\n\nMore updates are expected on Friday, officials said.\n`;
      const a = clean(raw, 'text');
      expect(a.text).toContain(lead);
      for (const r of rows) expect(a.text).toContain(r);
    });
  }
  it('a short label ending in a colon before the body is still header', () => {
    const a = clean(
      'Flood latest\n\nLive updates:\n\nMore than 3,400 homes were flooded, the agency said on Wednesday.\n',
      'text',
    );
    expect(a.text).not.toContain('Live updates:');
  });
});

describe('clean: HTML', () => {
  const page = readFileSync(path.join(root, 'test/fixtures/clean/html-article/input.html'), 'utf8');
  for (const extractor of ['fast', 'readability'] as const) {
    it(`extracts the story without navigation, share bar, sign-up, comments or related links (${extractor})`, () => {
      const a = clean(page, 'html', { config: { htmlExtractor: extractor } as never });
      expect(a.text).toContain('Hundreds of flights were cancelled and train services suspended');
      expect(a.text).toContain('“danger to life”');
      expect(a.text).toContain('Forecasters said the strongest gusts were expected');
      for (const gone of [
        'Skip to content',
        'Sport',
        'Facebook',
        'How storms get their names',
        'Sign up for our daily newsletter',
        'Leave a comment',
        'Privacy policy',
        'not text',
        'Waves crash',
      ])
        expect(a.text).not.toContain(gone);
      const caption = a.dropped.find((d) => d.text.startsWith('Waves crash'));
      expect(caption?.reason).toBe('caption');
      // Offsets point at the paragraph in the raw HTML.
      const i = a.text.indexOf('British Airways');
      const seg = a.offsets.find((s) => s.start <= i && i < s.start + s.length)!;
      expect(page.slice(seg.rawStart, seg.rawStart + 20)).toContain('British Airways');
    });
  }
  it('reads header facts for metadata (title, site name, date, author, language)', () => {
    const a = clean(page, 'html');
    const by = (r: string) => a.dropped.filter((d) => d.reason === r).map((d) => d.text);
    expect(by('outlet')).toContain('Northern Courier');
    expect(by('date')).toContain('2020-02-09T08:15:00Z');
    expect(by('title')).toContain('Storm Ciara: Flights cancelled as 90mph winds hit Britain');
    expect(by('language')).toContain('en-GB');
  });
  it('survives HTML nested 100,000 levels deep and says so', () => {
    const deep =
      '<html><body>' +
      '<div>'.repeat(100_000) +
      '<p>Deep text that is long enough to be the article body, with commas, and more words.</p>' +
      '</div>'.repeat(100_000) +
      '</body></html>';
    for (const extractor of ['fast', 'readability'] as const) {
      const a = clean(deep, 'html', { config: { htmlExtractor: extractor } as never });
      expect(a.messages.map((m) => m.code)).toContain('W_HTML_DEEP');
      expect(a.text).toContain('Deep text');
    }
  });
  it('stays fast on many sibling paragraphs and many unclosed or stray tags', () => {
    const para =
      '<div><p>Officials said, on Monday, that 12 people, including 3 children, had died, and that 40 were hurt.</p></div>';
    const a = clean('<html><body>' + para.repeat(5000) + '</body></html>', 'html');
    expect(a.text.split('\n\n').length).toBe(5000);
    const b = clean(
      '<div>'.repeat(20_000) +
        '</span>'.repeat(20_000) +
        '<p>Text after tag soup, with enough words to count, and commas.</p>',
      'html',
    );
    expect(b.text).toContain('Text after tag soup');
    const c = clean('<a href="x>' + 'y'.repeat(100_000), 'html');
    expect(typeof c.text).toBe('string');
  });
  it('survives HTML without a body and records a message when there is no text', () => {
    expect(clean('<html><head><title>x</title></head></html>', 'html').messages.map((m) => m.code)).toContain(
      'E_HTML_NO_BODY',
    );
    expect(clean('<p>Only a paragraph of text, without html or body tags, but a sentence.</p>', 'html').text).toContain(
      'Only a paragraph',
    );
    expect(clean('', 'html').text).toBe('');
    expect(clean('<<<>>><div <p>>', 'html').messages.length).toBeGreaterThanOrEqual(0);
  });
  it('treats records as HTML only when they look like HTML', () => {
    expect(looksLikeHtml('<p>One.</p><p>Two.</p>')).toBe(true);
    expect(looksLikeHtml('Prices rose 3% as 2 < 3 and 5 > 4.')).toBe(false);
  });
});
