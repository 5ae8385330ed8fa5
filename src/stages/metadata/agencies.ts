/**
 * Wire agencies and known news sites: canonical names with aliases. Small
 * and extendable (pass more through `extraAgencies` / `extraSites`).
 */
import { domainOutlet } from './url.js';

export interface Agency {
  name: string;
  /** Aliases that name the agency wherever they appear (long, unambiguous). */
  names: string[];
  /** Short aliases that count only beside a cue: `(AP)`, `Source: AFP/lh`, `via AP`, `Copyright 2024 …`. */
  short: string[];
}

export const AGENCIES: Agency[] = [
  { name: 'Associated Press', names: ['Associated Press'], short: ['AP'] },
  { name: 'Reuters', names: ['Reuters', 'Thomson Reuters'], short: [] },
  {
    name: 'AFP',
    names: ['Agence France-Presse', 'Agence France Presse', 'France-Presse', 'France Presse'],
    short: ['AFP'],
  },
  { name: 'Yonhap News Agency', names: ['Yonhap'], short: [] },
  { name: 'Kyodo News', names: ['Kyodo'], short: [] },
  { name: 'Xinhua', names: ['Xinhua'], short: [] },
  { name: 'dpa', names: ['Deutsche Presse-Agentur'], short: ['dpa', 'DPA'] },
  { name: 'EFE', names: ['Agencia EFE'], short: ['EFE'] },
  { name: 'ANSA', names: [], short: ['ANSA'] },
  { name: 'PA Media', names: ['PA Media', 'Press Association', 'PA news agency'], short: ['PA'] },
  { name: 'UPI', names: ['United Press International'], short: ['UPI'] },
  { name: 'TASS', names: ['TASS', 'ITAR-TASS'], short: [] },
  { name: 'Interfax', names: ['Interfax'], short: [] },
  { name: 'RIA Novosti', names: ['RIA Novosti'], short: [] },
  { name: 'Bloomberg', names: ['Bloomberg News'], short: ['Bloomberg'] },
  { name: 'Korean Central News Agency', names: ['Korean Central News Agency'], short: ['KCNA'] },
  { name: 'Anadolu Agency', names: ['Anadolu Agency', 'Anadolu'], short: ['AA'] },
  { name: 'Press Trust of India', names: ['Press Trust of India'], short: ['PTI'] },
  { name: 'Canadian Press', names: ['Canadian Press'], short: ['CP'] },
  { name: 'Australian Associated Press', names: ['Australian Associated Press'], short: ['AAP'] },
];

/** Known sites: host suffix → outlet name. */
export const SITES: Record<string, string> = {
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'foxnews.com': 'Fox News',
  'huffingtonpost.com': 'HuffPost',
  'huffpost.com': 'HuffPost',
  'cnn.com': 'CNN',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'theguardian.com': 'The Guardian',
  'independent.co.uk': 'The Independent',
  'businessinsider.com': 'Business Insider',
  'insider.com': 'Business Insider',
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'afp.com': 'AFP',
  'yna.co.kr': 'Yonhap News Agency',
  'en.yna.co.kr': 'Yonhap News Agency',
  'koreaherald.com': 'The Korea Herald',
  'koreatimes.co.kr': 'The Korea Times',
  'koreajoongangdaily.joins.com': 'Korea JoongAng Daily',
  'channelnewsasia.com': 'CNA',
  'straitstimes.com': 'The Straits Times',
  'aljazeera.com': 'Al Jazeera',
  'france24.com': 'France 24',
  'dw.com': 'DW',
  'npr.org': 'NPR',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times',
  'politico.com': 'Politico',
  'bloomberg.com': 'Bloomberg',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'telegraph.co.uk': 'The Telegraph',
  'kyivindependent.com': 'The Kyiv Independent',
  'japantimes.co.jp': 'The Japan Times',
  'scmp.com': 'South China Morning Post',
  'newsweek.com': 'Newsweek',
  'time.com': 'Time',
  'axios.com': 'Axios',
  'thehill.com': 'The Hill',
  'msn.com': 'MSN',
  'newsbreak.com': 'NewsBreak',
  'abc.net.au': 'ABC News (Australia)',
  'news.sky.com': 'Sky News',
  'cnbc.com': 'CNBC',
  'euronews.com': 'Euronews',
  'theatlantic.com': 'The Atlantic',
  'vox.com': 'Vox',
  'nypost.com': 'New York Post',
  'chicagotribune.com': 'Chicago Tribune',
  'bostonglobe.com': 'The Boston Globe',
  'sfchronicle.com': 'San Francisco Chronicle',
  'miamiherald.com': 'Miami Herald',
  'dailymail.co.uk': 'Daily Mail',
  'mirror.co.uk': 'Daily Mirror',
  'thesun.co.uk': 'The Sun',
  'thetimes.co.uk': 'The Times',
  'standard.co.uk': 'Evening Standard',
  'news.com.au': 'news.com.au',
  'smh.com.au': 'The Sydney Morning Herald',
  'theage.com.au': 'The Age',
  'nzherald.co.nz': 'The New Zealand Herald',
  'stuff.co.nz': 'Stuff',
  'cbc.ca': 'CBC News',
  'globalnews.ca': 'Global News',
  'theglobeandmail.com': 'The Globe and Mail',
  'hindustantimes.com': 'Hindustan Times',
  'indianexpress.com': 'The Indian Express',
  'timesofindia.indiatimes.com': 'The Times of India',
  'ndtv.com': 'NDTV',
  'indiatoday.in': 'India Today',
  'thehindu.com': 'The Hindu',
  'dawn.com': 'Dawn',
  'arabnews.com': 'Arab News',
  'timesofisrael.com': 'The Times of Israel',
  'haaretz.com': 'Haaretz',
  'jpost.com': 'The Jerusalem Post',
  'ansa.it': 'ANSA',
  'lemonde.fr': 'Le Monde',
  'spiegel.de': 'Der Spiegel',
  'elpais.com': 'El País',
  'kyodonews.net': 'Kyodo News',
  'nhk.or.jp': 'NHK',
  'asahi.com': 'The Asahi Shimbun',
  'mainichi.jp': 'The Mainichi',
  'japantoday.com': 'Japan Today',
  'xinhuanet.com': 'Xinhua',
  'globaltimes.cn': 'Global Times',
  'cgtn.com': 'CGTN',
  'theverge.com': 'The Verge',
  'techcrunch.com': 'TechCrunch',
  'wired.com': 'Wired',
  'forbes.com': 'Forbes',
  'fortune.com': 'Fortune',
  'marketwatch.com': 'MarketWatch',
  'newser.com': 'Newser',
  'news.yahoo.com': 'Yahoo News',
  'pbs.org': 'PBS',
  'voanews.com': 'Voice of America',
  'rferl.org': 'Radio Free Europe/Radio Liberty',
  'upi.com': 'UPI',
  'foxbusiness.com': 'Fox Business',
  'abc7.com': 'ABC7',
  'abc7news.com': 'ABC7 News',
  '6abc.com': '6abc',
  'nbcbayarea.com': 'NBC Bay Area',
};

const normName = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const KNOWN_OUTLETS: ReadonlyMap<string, string> = new Map(
  Object.values(SITES).flatMap(
    (name) =>
      [
        [normName(name), name],
        [normName(`${name} News`), `${name} News`],
      ] as Array<[string, string]>,
  ),
);

/** A known outlet named by `name` ("BBC News", "the Guardian"), canonical as written in the table, or null. */
export function knownOutlet(name: string): string | null {
  return KNOWN_OUTLETS.get(normName(name)) ?? null;
}

/** The agency a name refers to (any alias, case-sensitive for short ones), or null. */
export function agencyByName(name: string, agencies: Agency[] = AGENCIES): Agency | null {
  const n = name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[.,]+$/, '');
  const lower = n.toLowerCase();
  for (const a of agencies) {
    if (a.name.toLowerCase() === lower) return a;
    if (a.names.some((x) => x.toLowerCase() === lower)) return a;
    if (a.short.includes(n)) return a;
  }
  // "Yonhap News Agency", "Reuters news agency", "AP news wire"
  const stripped = n.replace(/\s+(?:news\s+)?(?:agency|wire|service|news)$/i, '');
  if (stripped !== n) return agencyByName(stripped, agencies);
  return null;
}

/** Outlet name for a URL from the site table, else a name read from its registrable domain, or null. */
export function siteName(url: string): { name: string; known: boolean } | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/^(?:www\d?|m|mobile|amp|edition|international|uk|us|en)\./, '');
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    if (SITES[h]) return { name: SITES[h]!, known: true };
  }
  const name = domainOutlet(host);
  return name ? { name, known: false } : null;
}
