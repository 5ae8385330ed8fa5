import { describe, expect, it } from 'vitest';
import { createArticle } from '../../article.js';
import { createContext } from '../../pipeline.js';
import { cleanStage } from '../clean.js';
import { classifyLine } from './line-rules.js';

function clean(raw: string) {
  const article = createArticle({ source: 'test', raw, format: 'text' });
  cleanStage.run(article, createContext());
  return article;
}

const LEAD =
  'Floodwaters forced 14,000 people from their homes across three districts on Sunday, the regional government said.';
const TAIL = 'Rescue crews expected to reach the last cut-off villages by Wednesday, the fire service said.';

/** Page furniture, one line each, and the rule that must drop it. */
const FURNITURE: Array<[string, string]> = [
  // A place before a date stamp: the dateline city of a page header.
  ['Lisbon | Updated: March 4, 2026 09:12 AM GMT', 'clean/place-date'],
  ['Port Harcourt | Published: 12 May 2026, 18:40 UTC', 'clean/place-date'],
  ['New Delhi · Updated Feb 2, 2026 11:05 IST', 'clean/place-date'],
  ['Quito — Oct. 3, 2025 5:10 p.m.', 'clean/place-date'],
  // Advert breaks inside the story.
  ['Story continues below this ad', 'clean/ad-break'],
  ['story continues below', 'clean/ad-break'],
  ['Article continues below advertisement', 'clean/ad-break'],
  ['The story continues after the advertisement', 'clean/ad-break'],
  ['Content continues below', 'clean/ad-break'],
  // A related story linked inline, with its label.
  ['Related: Wildfire smoke closes schools in three counties', 'clean/teaser-link'],
  ['Read more: Dockworkers vote to extend strike into second week', 'clean/teaser-link'],
  ['READ MORE: Cholera cases double in camp as rains return', 'clean/teaser-link'],
  ['Also read: Election commission orders recount in 12 seats', 'clean/teaser-link'],
  ['See also | Markets slide as bond yields jump', 'clean/teaser-link'],
  ['Related story: Bridge collapse kills 4 on northern highway', 'clean/teaser-link'],
  ["Don't miss: How the 1998 floods changed the delta", 'clean/teaser-link'],
  ['Recommended: Ten charts that explain the drought', 'clean/teaser-link'],
  ['Read next » Power restored to 80% of homes after ice storm', 'clean/teaser-link'],
  // The outlet's own broadcast and streaming promotions.
  ['Watch CBS News', 'clean/promo'],
  ['Watch Channel 9 Live', 'clean/promo'],
  ['Stream Northern Radio Now', 'clean/promo'],
  ["Watch River Valley News' live coverage of the count on RVN stations and streaming on RVN Plus.", 'clean/promo'],
  ['Follow our live coverage of the earthquake here.', 'clean/promo'],
  ['Follow the live updates on the strike as talks resume.', 'clean/promo'],
  ['Listen to our daily podcast on Spotify and Apple Podcasts.', 'clean/promo'],
  // Instructions for a page's interactive parts.
  ['Tap on the red dot to see photos from the flooded valley.', 'clean/interactive-hint'],
  ['Click here to read the full report.', 'clean/interactive-hint'],
  ['Swipe through the gallery to view the damage.', 'clean/interactive-hint'],
  ['Click on the map to explore the results by district.', 'clean/interactive-hint'],
  ['Scroll down to watch the video.', 'clean/interactive-hint'],
  ['Hover over the chart for more detail.', 'clean/interactive-hint'],
  // Captions whose credit names the outlet's photo desk.
  ['Volunteers fill sandbags near the river. (Express Photo: Jane Roe)', 'clean/caption'],
  ['A burnt-out bus on the highway. (Herald Photo by Ali Khan)', 'clean/caption'],
  ['Riot police outside parliament. (File Photo: Agency)', 'clean/caption'],
  ['Photo: Jane Roe/Agency', 'clean/caption'],
  // Breadcrumbs and section menus: short capitalised segments between separators.
  ['World | Africa', 'clean/breadcrumb'],
  ['Home > Politics > Elections', 'clean/breadcrumb'],
  ['News › UK › Scotland', 'clean/breadcrumb'],
  ['Home / Region / Highlands', 'clean/breadcrumb'],
  ['NEWS  |  ELECTIONS', 'clean/breadcrumb'],
  ["News | Sport | What's On | Property | Jobs", 'clean/breadcrumb'],
  ['Business » Markets & Economy', 'clean/breadcrumb'],
  ['Weather • Floods • Wildfires', 'clean/breadcrumb'],
  ['Elections|Results|Turnout', 'clean/breadcrumb'],
  // Furniture the existing rules already name, kept here as the table's anchor rows.
  ['Sign up for our morning briefing', 'clean/signup'],
  // The site's newsletter under its own name: the name may take a few words.
  ['Liked this story? Sign up for The Valley Courier evening briefing.', 'clean/signup'],
  ['Subscribe to the Harbour Gazette weekly newsletter', 'clean/signup'],
  ['Share this story', 'clean/label'],
  ['Advertisement', 'clean/navigation'],
  ['© 2026 Coastal Media Group', 'clean/copyright'],
  ['Comments are closed', 'clean/comment-form'],
  ['Follow us on Instagram', 'clean/signup'],
  ['4 min read', 'clean/navigation'],
  // A metered paywall's count of free reads left.
  ['You have 2 free articles left this month. Subscribe for unlimited access.', 'clean/signup'],
  ['You have one free story remaining', 'clean/signup'],
  ['This is your last free article this month.', 'clean/signup'],
];

/** Article sentences that only look like furniture: each must stay. */
const ARTICLE_TEXT: string[] = [
  'Related deaths rose to 40 in the north, the ministry said.',
  'Story continues to unfold as 300 rescuers search the rubble.',
  'Watch parties were held in 40 cities as votes were counted.',
  'Watch towers along the border were staffed by 200 soldiers.',
  'Tap water was declared safe to drink again in 12 districts on Friday.',
  'Click fraud cost advertisers an estimated $35 billion last year, the report said.',
  'Follow-up inspections found 18 more unsafe buildings.',
  '“Read more, argue less,” the candidate told 2,000 students.',
  'Recommended doses were cut by half for children under 12.',
  'Scroll back two years and the deficit stood at 9%.',
  'Lisbon, Porto and Faro reported 31 fires.',
  'Markets rallied after 4 p.m., when the central bank spoke.',
  '“Watch us,” she said.',
  'See also the 2019 report, which counted 1,200 victims.',
  'The photo (taken by a neighbour) shows water up to the roofs.',
  'Fewer than 30 homes were insured.',
  'You have 3 free days left to claim the refund, the airline told passengers.',
  'The clinic has two free beds left this week, the hospital said.',
  // Segments of a sentence, not of a menu: lower-case words or too long to be a section name.
  'Rain / snow mix expected tonight across the hills',
  'Strikes spread to six ports | unions reject the pay offer',
  'Turnout > 70% in three of the four districts, the commission said.',
  'Harvest/Storm season begins',
  'Live updates  Markets  Strike day',
];

describe('clean line rules: furniture rows', () => {
  for (const [line, by] of FURNITURE) {
    it(`${by}: ${line}`, () => {
      expect(classifyLine(line)?.by).toBe(by);
      const a = clean(`${LEAD}\n\n${line}\n\n${TAIL}\n`);
      expect(a.text).not.toContain(line);
      expect(a.text).toContain(LEAD);
      expect(a.text).toContain(TAIL);
    });
  }
});

describe('clean line rules: article text that looks like furniture stays', () => {
  for (const line of ARTICLE_TEXT) {
    it(line, () => {
      expect(classifyLine(line)).toBeNull();
      const a = clean(`${LEAD}\n\n${line}\n\n${TAIL}\n`);
      expect(a.text).toContain(line);
    });
  }
});

describe('clean/cut-off-tail: a record cut mid-sentence keeps its last paragraph', () => {
  const cut: string[] = [
    'Officials at the dam said the spillway would stay open until the',
    'Teachers in the capital voted to continue the strike, a union spokes',
    '“We lost everything in the first hour,” said a farmer who asked not to be',
    'Turnout in the northern districts was 61%, according to prelimin',
    'The fire, which began near a quarry on Tuesday, had burned 4,200 hect',
    'Health workers reported nine new cases in the camp, bringing the',
  ];
  for (const last of cut) {
    it(last, () => {
      const a = clean(`${LEAD}\n\n${TAIL}\n\n${last}`);
      expect(a.text).toContain(last);
      expect(a.dropped.find((d) => d.text === last)).toBeUndefined();
    });
  }
  it('keeps it after an advert break between it and the story', () => {
    const last = 'Officials at the dam said the spillway would stay open until the';
    const a = clean(`${LEAD}\n\n${TAIL}\n\nStory continues below this ad\n\n${last}`);
    expect(a.text).toContain(last);
    expect(a.text).not.toContain('Story continues');
  });
  const footers: string[] = [
    'Share this story',
    'Sign up for our morning briefing',
    'Read more: Dockworkers vote to extend strike into sec',
    'Follow us on Facebook and Inst',
    '© 2026 Coastal Med',
    'Flood Relief Fund',
    'Wildfire Season 2026: Maps And Ev',
  ];
  for (const last of footers) {
    it(`still drops furniture cut at the end: ${last}`, () => {
      const a = clean(`${LEAD}\n\n${TAIL}\n\n${last}`);
      expect(a.text).not.toContain(last);
    });
  }
  const quoteCuts: Array<[string, string, string]> = [
    ['The union leader called for “an end to the', 'The union leader called for', '“an end to the'],
    [
      '"We will rebuild every school," the governor said. "It will take',
      '"We will rebuild every school," the governor said.',
      '"It will take',
    ],
    ['Residents described the night as “the worst since', 'Residents described the night as', '“the worst since'],
  ];
  for (const [last, kept, gone] of quoteCuts) {
    it(`clean/cut-off-quote: ${last}`, () => {
      const a = clean(`${LEAD}\n\n${TAIL}\n\n${last}`);
      expect(a.text.endsWith(kept)).toBe(true);
      expect(a.dropped.find((d) => d.text === gone)?.by).toBe('clean/cut-off-quote');
    });
  }
  it('keeps a quotation cut after many words: it still says something', () => {
    const last = 'The mayor said the town “will need at least 300 more pumps and two months of dry weather before';
    const a = clean(`${LEAD}\n\n${TAIL}\n\n${last}`);
    expect(a.text.endsWith(last)).toBe(true);
  });
  it('drops a furniture line that ends the record with a newline', () => {
    const a = clean(`${LEAD}\n\n${TAIL}\n\nMore from the coast desk\n`);
    expect(a.text).not.toContain('More from the coast desk');
  });
});

describe('clean: a line of furniture is never joined onto a wrapped line', () => {
  it('keeps a reading-time widget apart from the date stamp above it', () => {
    const a = clean(
      `Storm closes ports\n\n${LEAD}\n\nLisbon | Updated: March 4, 2026 09:12 AM GMT\n3 min read\n\n${TAIL}\n`,
    );
    expect(a.text).not.toContain('min read');
    expect(a.text).not.toContain('Updated');
    expect(a.dropped.find((d) => d.text === '3 min read')?.by).toBe('clean/navigation');
  });
});
