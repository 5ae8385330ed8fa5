/**
 * Scraped page headers as sites print them: a masthead, a section path, a menu, the headline, a deck, a byline and a
 * date, in invented stories (floods, strikes, elections, markets). Rules: clean/section-path, clean/masthead.
 */

const LEAD =
  'Floodwaters forced about 3,000 residents from their homes on Friday as the river rose past its 1998 record, ' +
  'the regional fire service said.';
const MORE = 'Crews reinforced the levee overnight with sandbags and opened two shelters in school gyms.';

/** [raw opening, the title, the outlet (null: none read)] */
export const headerRows: Array<[string, string, string | null]> = [
  // clean/section-path: breadcrumbs and menus are navigation.
  [
    `News | Weather | Floods\n\nRiver bursts its banks as storm stalls over the valley\n\n${LEAD}\n\n${MORE}`,
    'River bursts its banks as storm stalls over the valley',
    null,
  ],
  [
    `Home > World > Europe\n\nDock workers extend strike into second week\n\n${LEAD}\n\n${MORE}`,
    'Dock workers extend strike into second week',
    null,
  ],
  [
    `NEWS  SPORT  WEATHER  TRAFFIC  WATCH\n\nCounty declares emergency as wildfire spreads\n\n${LEAD}\n\n${MORE}`,
    'County declares emergency as wildfire spreads',
    null,
  ],
  [
    `Politics / Elections / Results\n\nTurnout tops 70% in tight mayoral race\n\n${LEAD}\n\n${MORE}`,
    'Turnout tops 70% in tight mayoral race',
    null,
  ],
  // clean/masthead: the site's name above the headline.
  [
    `The Harbour Gazette\n\nFerry operator cancels 40 sailings as crews walk out\n\n${LEAD}\n\n${MORE}`,
    'Ferry operator cancels 40 sailings as crews walk out',
    'The Harbour Gazette',
  ],
  [
    `KRVN 5 News\n\nSchool district closes 12 campuses after flash flooding\n\n${LEAD}\n\n${MORE}\n\n© 2025 KRVN. All rights reserved.`,
    'School district closes 12 campuses after flash flooding',
    'KRVN 5 News',
  ],
  [
    `Lakeland Voice\n\nMill owner seeks buyer as 300 jobs hang in balance\n\n${LEAD}\n\nThe owner told Lakeland Voice ` +
      'that talks were at an early stage.',
    'Mill owner seeks buyer as 300 jobs hang in balance',
    'Lakeland Voice',
  ],
  [
    `Valley Radio Online\n\nNurses vote to strike over staffing levels\nBy Ana Reyes\n\n${LEAD}\n\n${MORE}`,
    'Nurses vote to strike over staffing levels',
    'Valley Radio Online',
  ],
  // clean/motto: the site's motto under its masthead is no headline.
  [
    `THE HARBOUR GAZETTE\nThe valley's independent weekly\n\nFerry operator cancels 40 sailings as crews walk out\n\n${LEAD}\n\n${MORE}`,
    'Ferry operator cancels 40 sailings as crews walk out',
    'The Harbour Gazette',
  ],
  [
    `Valley Radio Online\nThe voice of the valley | Listen live 101.3FM\n\nNurses vote to strike over staffing levels\n\n${LEAD}\n\n${MORE}`,
    'Nurses vote to strike over staffing levels',
    'Valley Radio Online',
  ],
  [
    `Lakeland Voice\nThe lakes' own daily\n\nMill owner seeks buyer as 300 jobs hang in balance\n\n${LEAD}\n\nThe owner told ` +
      'Lakeland Voice that talks were at an early stage.',
    'Mill owner seeks buyer as 300 jobs hang in balance',
    'Lakeland Voice',
  ],
  // Not a motto: the headline itself ends in such a word when nothing headline-like follows it.
  [
    `The Harbour Gazette\n\nHarbour pilots say they have lost their voice\n\n${LEAD}\n\n${MORE}`,
    'Harbour pilots say they have lost their voice',
    'The Harbour Gazette',
  ],
  // clean/menu: a menu item may be an abbreviation with its dots.
  [
    `U.S.  World  Politics  Business  Tech\n\nCounty declares emergency as wildfire spreads\n\n${LEAD}\n\n${MORE}`,
    'County declares emergency as wildfire spreads',
    null,
  ],
  [
    `THE HARBOUR GAZETTE\nNews  Sport  Opinion  Culture   |   Subscribe\n\nFerry operator cancels 40 sailings as crews walk out\n\n${LEAD}`,
    'Ferry operator cancels 40 sailings as crews walk out',
    'The Harbour Gazette',
  ],
  // Not a masthead: a short headline in title case with its deck under it.
  [
    `Wildfire Forces Evacuations\n\nThousands flee as flames reach the edge of the town\n\n${LEAD}\n\n${MORE}`,
    'Wildfire Forces Evacuations',
    null,
  ],
  [
    `Storm Surge Warning\n\nForecasters expect waves of up to six metres along the coast\n\n${LEAD}\n\n${MORE}`,
    'Storm Surge Warning',
    null,
  ],
  // Not a section path: a labelled headline has a long segment.
  [
    `Analysis | Why the central bank held rates for a third time\n\n${LEAD}\n\n${MORE}`,
    'Analysis | Why the central bank held rates for a third time',
    null,
  ],
];

/** [raw opening, the byline (null: none)] */
export const bylineRows: Array<[string, string | null]> = [
  // clean/name-byline: a name on its own line next to the date line.
  [`Dock workers extend strike into second week\nAna Reyes\n12 May 2025, 09:14\n\n${LEAD}\n\n${MORE}`, 'Ana Reyes'],
  [
    `Dock workers extend strike into second week\nTomasz Wielgosz, Labour Correspondent\nMon 12 May 2025 09.14 BST\n\n${LEAD}\n\n${MORE}`,
    'Tomasz Wielgosz',
  ],
  [
    `Ferry operator cancels 40 sailings\n12/05/2025 – 09:14\nMarie-Claire Dubois\n\n${LEAD}\n\n${MORE}`,
    'Marie-Claire Dubois',
  ],
  [`Turnout tops 70% in tight mayoral race\nMay 12, 2025\nJan van der Berg\n\n${LEAD}\n\n${MORE}`, 'Jan van der Berg'],
  // clean/name-byline: a name over its newsroom role, the date under both.
  [
    `Ferry operator cancels 40 sailings\nAna Reyes\nTransport Correspondent\n12 May 2025, 09:14\n\n${LEAD}\n\n${MORE}`,
    'Ana Reyes',
  ],
  [
    `Dock workers extend strike\nÉtienne Marchal\nSenior Reporter\nTue 3 June 2025 10.02\n\n${LEAD}\n\n${MORE}`,
    'Étienne Marchal',
  ],
  // clean/byline: `Posted by` opens a byline like `By`.
  [
    `Turnout tops 70% in tight mayoral race\nPosted by Jan Nowak\nPublished: 12 May 2025\n\n${LEAD}\n\n${MORE}`,
    'Jan Nowak',
  ],
  // Not a name: labels and sections next to the date.
  [`Ferry operator cancels 40 sailings\nBreaking News\nStaff Writer\n12 May 2025, 09:14\n\n${LEAD}\n\n${MORE}`, null],
  [`Ferry operator cancels 40 sailings\nLocal Democracy Reporter\n12 May 2025, 09:14\n\n${LEAD}\n\n${MORE}`, null],
  [`Ferry operator cancels 40 sailings\nBreaking News\n12 May 2025, 09:14\n\n${LEAD}\n\n${MORE}`, null],
  [`Ferry operator cancels 40 sailings\nLive Updates\n12 May 2025, 09:14\n\n${LEAD}\n\n${MORE}`, null],
  // metadata/byline-agency-tail: the agency run on after the name.
  [
    `County declares emergency as wildfire spreads\nBy MARTA LINDQVIST Associated Press\n\n${LEAD}\n\n${MORE}`,
    'MARTA LINDQVIST',
  ],
  [`County declares emergency as wildfire spreads\nBy Joel Okafor Reuters\n\n${LEAD}\n\n${MORE}`, 'Joel Okafor'],
];
