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
  // clean/menu-gaps: a menu whose items are set apart by wide gaps and a bar before its last item.
  [
    `Home  Local  Business  Weather  Sport  |  E-edition\n\nCouncil votes to close 3 libraries\n\n${LEAD}\n\n${MORE}`,
    'Council votes to close 3 libraries',
    null,
  ],
  [
    `News  Opinion  Culture  |  Podcasts  |  Subscribe\n\nHospital strike enters its fifth day\n\n${LEAD}\n\n${MORE}`,
    'Hospital strike enters its fifth day',
    null,
  ],
  // clean/masthead: the site's name above the headline.
  // clean/masthead-subtitle: the site's name with what it is, after a dash or a bar.
  [
    `VALLEY ONLINE — Ashford County Radio & Television\n\nFlash floods cut off 12 villages\n\n${LEAD}\n\n${MORE}`,
    'Flash floods cut off 12 villages',
    'Valley Online',
  ],
  [
    `Coastline Radio | Your Voice on the Bay\n\nFishing fleet stays in port as gale nears\n\n${LEAD}\n\n${MORE}`,
    'Fishing fleet stays in port as gale nears',
    'Coastline Radio',
  ],
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
  // clean/masthead: an edition label or a station's frequency after the name; a slogan between it and a menu.
  [
    `Harbour FM 96.3\nThe Coast's Home of Local News\nNEWS | SPORT | TRAFFIC | WEATHER\n\nDock workers walk out over ` +
      `pay\n\n${LEAD}\n\n${MORE}`,
    'Dock workers walk out over pay',
    'Harbour FM',
  ],
  [
    `The Valley Times - English edition\nNews  Politics  Travel  Contact\n\nMayor concedes after recount\n\n${LEAD}`,
    'Mayor concedes after recount',
    'The Valley Times',
  ],
  [
    `Delta Radio 102.5 FM\n\nVolunteers fill sandbags as river rises\n\n${LEAD}\n\n${MORE}`,
    'Volunteers fill sandbags as river rises',
    'Delta Radio',
  ],
  // clean/masthead-place: a station's name and frequency, a bar, then its town and region.
  [
    `Radio Sierra 98.1 FM | Tarvin, Highlands\n\nMudslide buries road to four mountain villages\n\n${LEAD}\n\n${MORE}`,
    'Mudslide buries road to four mountain villages',
    'Radio Sierra 98.1 FM',
  ],
  [
    `Lakeside Courier | Port Mara, Eastern Cape\n\nTaxi drivers block bridge over fare cuts\n\n${LEAD}\n\n${MORE}`,
    'Taxi drivers block bridge over fare cuts',
    'Lakeside Courier',
  ],
  // clean/masthead-brand: a site's one-word name in camel case, its motto and menu under it.
  [
    `TideWatch\nThe coast, street by street\nHome > Local > Storms\n\nSea wall gives way as high tide floods the ` +
      `old quarter\n\n${LEAD}\n\n${MORE}`,
    'Sea wall gives way as high tide floods the old quarter',
    'TideWatch',
  ],
  [
    `DeltaDaily\n\nRice farmers count losses after second flood\n\n${LEAD}\n\n${MORE}`,
    'Rice farmers count losses after second flood',
    'DeltaDaily',
  ],
  // clean/masthead-agency: a wire agency's own name on a line above its story.
  [
    `Reuters\nWorld | Business | Markets\n\nCopper miners strike for a third day over bonuses\n\n${LEAD}\n\n${MORE}`,
    'Copper miners strike for a third day over bonuses',
    'Reuters',
  ],
  // clean/motto (own address): a station's motto to its listeners ("Your station for the valley").
  [
    `Ridge FM\nYour station for the high valleys\n\nSnow closes mountain pass for third day\n\n${LEAD}\n\n${MORE}`,
    'Snow closes mountain pass for third day',
    'Ridge FM',
  ],
  [
    `Coastline Radio\nOur home for island news\n\nFerry fares to rise 8% from June\n\n${LEAD}\n\n${MORE}`,
    'Ferry fares to rise 8% from June',
    'Coastline Radio',
  ],
  [
    `Radio Sierra 98.1 FM | Tarvin, Highlands\nNoticias en español / Local news for our listeners\n\nMudslide buries road ` +
      `to four mountain villages\n\n${LEAD}\n\n${MORE}`,
    'Mudslide buries road to four mountain villages',
    'Radio Sierra 98.1 FM',
  ],
  // metadata/standards-footer: an agency's standards line in the footer names it as the outlet.
  [
    `Copper miners strike for a third day over bonuses\n\n${LEAD}\n\n${MORE}\n\nOur Standards: The Thomson Reuters Trust ` +
      'Principles.',
    'Copper miners strike for a third day over bonuses',
    'Reuters',
  ],
  // Not a brand: a one-word section label above the headline.
  [
    `Business\n\nCopper miners strike for a third day over bonuses\n\n${LEAD}\n\n${MORE}`,
    'Copper miners strike for a third day over bonuses',
    null,
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
  // A `Listen live` prompt in any part of the bar line, after the slogan and the frequency.
  [
    `HILLTOP FM\nThe valley's favourite for music and news  |  104.6 FM  |  Listen Live\n\nBus drivers vote to strike ` +
      `over rosters\n\n${LEAD}\n\n${MORE}`,
    'Bus drivers vote to strike over rosters',
    'Hilltop FM',
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
  // clean/dated-byline: the date first, then the name ("Posted on … by", "Tuesday, June 3, 2025 - By").
  [
    `Turnout tops 70% in tight mayoral race\nPosted on 03/06/2025 by Lena Fischer\n\n${LEAD}\n\n${MORE}`,
    'Lena Fischer',
  ],
  [`Ferry operator cancels 40 sailings\nTuesday, June 3, 2025 - By Omar Haddad\n\n${LEAD}\n\n${MORE}`, 'Omar Haddad'],
  [`Dock workers extend strike into second week\n3 June 2025 | by Rhoda Mwangi\n\n${LEAD}\n\n${MORE}`, 'Rhoda Mwangi'],
  // clean/posted-by: a blog's "Posted by" byline with its date after a bar.
  [`Council votes to close 3 libraries\nPosted by Rhian Morgan | 4 Mar 2025\n\n${LEAD}\n\n${MORE}`, 'Rhian Morgan'],
  [`Hospital strike enters its fifth day\nPosted by Tomas Novak on 12 May 2025\n\n${LEAD}\n\n${MORE}`, 'Tomas Novak'],
  // metadata/byline-agency-tail: the agency run on after the name.
  [
    `County declares emergency as wildfire spreads\nBy MARTA LINDQVIST Associated Press\n\n${LEAD}\n\n${MORE}`,
    'MARTA LINDQVIST',
  ],
  [`County declares emergency as wildfire spreads\nBy Joel Okafor Reuters\n\n${LEAD}\n\n${MORE}`, 'Joel Okafor'],
];

/** [raw story, the outlet, the wires]: an agency's own story has the agency as outlet and no wire, as the seeds key. */
export const ownWireRows: Array<[string, string, string[]]> = [
  [
    `AP NEWS\n\nDam operator opens spillway as river nears record\n\nSAVA, Croatia (AP) — ${LEAD}\n\n${MORE}\n\n` +
      'Copyright 2025 The Associated Press. All rights reserved.',
    'AP News',
    [],
  ],
  [
    `Reuters\n\nCopper miners strike for a third day\n\nSANTIAGO/LIMA, May 3 (Reuters) - ${LEAD}\n\n${MORE}\n\n` +
      'Our Standards: The Thomson Reuters Trust Principles.',
    'Reuters',
    [],
  ],
  [
    `The Harbour Gazette\n\nCopper miners strike for a third day\n\nSANTIAGO, May 3 (Reuters) - ${LEAD}\n\n${MORE}`,
    'The Harbour Gazette',
    ['Reuters'],
  ],
];
