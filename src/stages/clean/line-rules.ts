/**
 * Rules that judge one line of scraped text on its own: widget words,
 * sign-up prompts, label-only lines, comment forms, copyright lines, editor
 * notes, image URLs, captions, wire credits, navigation, slugs, bylines and
 * date lines. Each returns a reason (see `Dropped.reason`) or null.
 *
 * All patterns are anchored or bounded and run on lines capped in length, so
 * they stay linear on adversarial input.
 */
import { wordCount } from '../space.js';
import { MONTH_PATTERN } from '../../vocabulary/calendar.js';
import { DATE_LABEL_WORDS } from '../../vocabulary/date-labels.js';

export interface LineVerdict {
  reason: string;
  by: string;
}

/** Leading list bullets and decoration that are not part of the text. */
export const BULLET = /^[\s\u00a0]*(?:[•·▪◦●■□▶►‣∙*]|-(?=\s))[\s\u00a0]+/u;

/** Strip bullets and surrounding white space. */
export function bare(line: string): string {
  return line.replace(BULLET, '').trim(); // trim(), not /\s+$/: that regex is quadratic on a long run of inner spaces
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Words that alone make a widget line (others like "this", "on" only count beside these). */
export const WIDGET_CORE = new Set([
  'share',
  'print',
  'email',
  'e-mail',
  'facebook',
  'twitter',
  'tweet',
  'kakao',
  'kakaotalk',
  'kakaostory',
  'pinterest',
  'naver',
  'band',
  'linkedin',
  'whatsapp',
  'telegram',
  'reddit',
  'tumblr',
  'weibo',
  'wechat',
  'vk',
  'messenger',
  'flipboard',
  'copylink',
  'a+',
  'a-',
  'sms',
  'bluesky',
  'mastodon',
  'threads',
  'x',
  'line',
  'comments',
  'comment',
  'bookmark',
  'save',
  'listen',
]);

// Share/print/social widget labels (lower case, as on icons): the core words and those that count beside them.
const WIDGET_WORDS = new Set([
  ...WIDGET_CORE,
  'shares',
  'mail',
  'pocket',
  'copy',
  'link',
  'copy link',
  'font',
  'size',
  'text',
  'google',
  'google+',
  'gift',
  'article',
  'url',
  'copied',
  'more',
  'close',
  'facebook messenger',
  'this',
  'on',
  'via',
]);

/** `facebookfacebook`, `twittertwitter`: an icon label scraped twice. */
function undouble(token: string): string {
  const n = token.length;
  if (n >= 4 && n % 2 === 0 && token.slice(0, n / 2) === token.slice(n / 2)) return token.slice(0, n / 2);
  return token;
}

function isWidget(line: string): boolean {
  if (line.length > 80) return false;
  if (/^[-+|/\\·•×✕…]+$/.test(line)) return true; // lone "-", "+", separators
  const toks = words(line.toLowerCase().replace(/[|/,:·•()[\]*_]+/g, ' '));
  if (!toks.length || toks.length > 8) return false;
  let core = 0;
  for (const raw of toks) {
    const t = undouble(raw.replace(/[.!]+$/, ''));
    if (!WIDGET_WORDS.has(t) && !/^\d{1,5}$/.test(t)) return false;
    if (WIDGET_CORE.has(t) || undouble(raw) !== raw) core++;
  }
  return core > 0;
}

const SIGNUP: RegExp[] = [
  /^(?:join|sign up|sign in|log ?in|register|subscribe)(?: now| here| today| for free| free)?[.!]?$/i,
  /\bjoin our (?:community|newsletter|mailing list|whatsapp|telegram)\b/i,
  /\bstay in the know\b/i,
  /\b(?:delivered|straight) to your inbox\b/i,
  // `Sign up for The Valley Courier evening briefing`: the site's name may stand before the newsletter's.
  /\b(?:sign up|subscribe) (?:for|to) (?:our|the) (?:[\w'’]+ ){0,4}(?:newsletter|daily|weekly|briefing|alerts?)\b/i,
  /^(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|updates|free|alerts)\b/i,
  /^get (?:the latest|our|breaking)\b.{0,80}\b(?:newsletter|inbox|alerts|app)\b/i,
  /^(?:already (?:a subscriber|have an account)|create (?:a free|an) account|become a member|support (?:our|independent) journalism)\b/i,
  /^want (?:news|more|the latest)\b.{0,120}\?/i,
  // A metered paywall: `You have 3 free articles left this month`, `This is your last free article`.
  /^(?:you have (?:\d{1,2}|one|two|three|four|five) |this is your (?:last|final) )free (?:articles?|stor(?:y|ies)|reads?)\b/i,
  /^(?:follow us on|download (?:our|the) app|get the app)\b/i,
  // `Follow the Valley Herald on Instagram`, `Follow Harbour FM on WhatsApp`: the outlet by name on a network.
  /^Follow (?:the )?\p{Lu}[\p{L}\d'’.&-]*(?: \p{Lu}[\p{L}\d'’.&-]*){0,4} on (?:Facebook|X|Twitter|Instagram|TikTok|YouTube|WhatsApp|Viber|Telegram|Threads|LinkedIn)\b/u,
];

function isSignup(line: string): boolean {
  if (line.length > 200) return false;
  return SIGNUP.some((re) => re.test(line));
}

const LABEL = new RegExp(
  '^(?:date|share|share this(?: article| story)?|tags?|topics?|categor(?:y|ies)|author|authors|' +
    `${DATE_LABEL_WORDS}|source|photo|image|credit|filed under|related|comments?|advertisement|by|print|keywords|` +
    'section)\\s*:?$',
  'i',
);

const COMMENT_FORM: RegExp[] = [
  /^leave a (?:reply|comment)(?: here| below)?[.!:]?(?:\s*cancel reply)?$/i,
  /^please enter your (?:comment|name|e-?mail)(?: address)?(?: here)?[!.]?$/i,
  /^(?:post|add|submit|view|show|load|read) (?:a |your |all |more )?comments?\b.{0,30}$/i,
  /^\d+ comments?$/i,
  /^you must be logged in to post a comment/i,
  /^save my name, e-?mail,? and website/i,
  /^your e-?mail address will not be published/i,
  /^(?:cancel reply|comments are closed|post comment|be the first to comment)/i,
  /^(?:name|e-?mail|website|comment)\s*\*?\s*:?$/i,
  /^(?:you have entered an incorrect email address|notify me of (?:follow-up comments|new posts))/i,
  /^join the (?:conversation|discussion|debate)\b/i,
];

const COPYRIGHT: RegExp[] = [
  /^(?:©|\(c\))/i,
  /^copyright\s*(?:©|\(c\)|(?:19|20)\d{2}\b|by\b|:)/i,
  /\ball rights reserved\b/i,
  /(?:©|\bcopyright)\s*(?:\(c\)\s*)?(?:19|20)\d{2}\b/i,
  /\bno redistribution\b.{0,40}$/i,
  /^this (?:material|article) may not be (?:published|reproduced)/i,
];

const EDITOR_NOTE: RegExp[] = [
  /^\((?:ATTN|EDS?|EDITORS?|CORRECTS?|UPDATES?|RECASTS?|ADDS?|REFILES?|REPEATS?|FIXES|CLARIFIES|NOTE)\b[^()]{0,300}\)$/,
  /^\(?(?:END|MORE|ENDS|ENDITEM|ADVISORY)\)?\.?$/,
  /^-{1,3} ?(?:END|30) ?-{1,3}$/i,
  /^#{3}$/,
  /^editor'?s note\s*:/i,
];

/** A wire's exchange-rate note: "($1 = 87.30 rupees)", "(£1 = $1.2650)", "(1 euro = $1.08)". */
const EXCHANGE_RATE =
  /^\(\s*(?:[$€£¥]|US\$|1 (?:euro|pound|dollar|yen|yuan))\s?(?:1\s*)?=\s*[$€£¥]?\s?\d[\d.,]*(?:\s+[\p{L} ]{1,40})?\)$/u;

/** A note that the story was corrected or amended, or the outlet's standards line, not the story. */
const CORRECTION_NOTE: RegExp[] = [
  /^(?:\*\s*)?(?:this|the) (?:article|story|report|piece|post) (?:was|has been) (?:amended|corrected|updated|clarified)\b/i,
  /^(?:\*\s*)?(?:correction|clarification)s?\s*[:—–-]\s*(?:an|a|the|this) (?:earlier|previous)\b/i,
  /^(?:\*\s*)?an (?:earlier|previous) version of this (?:article|story|report)\b/i,
  /^our standards\s*:/i,
];

/** A reader call-out: "Do you work at the plant? Get in touch at news@…", "Have you been affected? Email us". */
const CALLOUT: RegExp[] = [
  /^(?:do|did|have|are|were|can) you\b.{3,160}\?\s*(?:get in touch|contact us|e-?mail|tell us|share your|write to us|message us)\b/i,
  /^(?:get in touch|contact us|e-?mail us|tell us your story)\b.{0,80}@[\w-]+\.\w/i,
];

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const IMAGE_REF = /^!\[[^\]]{0,300}\]\([^)]{0,600}\)$/; // markdown image

const CAPTION: RegExp[] = [
  /^[▲△▶▷◀◁▼]/u,
  /\bin this (?:file |handout |undated |aerial |combination )?(?:photo|picture|image|photograph|video grab|screen ?grab)\b/i,
  /^(?:photo|photograph|image|picture|pictured|file photo|caption|credit|illustration|video)\s*(?:by\b|:|\||\u2014|--)/i,
  /^(?:image|photo|video|media) (?:source|caption|copyright|credit)s?\s*[,:]/i,
  /^(?:getty images|shutterstock|ap photo|reuters\/[^,.]{1,40}|afp via getty images)$/i,
  /(?:\/|\||\u00b7)\s*(?:getty images|afp|reuters|ap photo|epa|yonhap|shutterstock)\s*\)?$/i,
  /^\(?(?:ap|afp|reuters|epa|getty images)(?: photo)?\/[^()]{0,80}\)?$/i,
];
/** Captions that end in a bracketed credit: tried only on a line with an opening bracket. */
const CAPTION_BRACKETED: RegExp[] = [
  /\((?:photo|image|picture)s? (?:by|courtesy|credit)\b[^()]{0,80}\)$/i,
  // An outlet's photo desk credit at the end: "(Express Photo: Jane Roe)", "(File Photo: Agency)".
  /\((?:\p{Lu}[\p{L}&'’.-]*\s){1,3}(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture)s?\s*(?::|\/|by\b)[^()]{0,60}\)\s*$/u,
];
/** A caption credit at the end: `(Yonhap)`, `(AP Photo/…)`, `(Reuters)` on a line that is not a dateline. */
const CREDIT_TAIL =
  /\((?:Yonhap|AP(?: Photo[^()]{0,60})?|AFP(?:\/[^()]{0,60})?|Reuters(?:\/[^()]{0,60})?|EPA(?:-EFE)?[^()]{0,40}|Getty Images[^()]{0,40}|Xinhua|KCNA|Kyodo|Photo[^()]{0,60})\)\s*$/;

const WIRE_CREDIT: RegExp[] = [
  /^[Ss]ource\s*:\s*[A-Z][A-Za-z.&\- ]{0,40}(?:\/[A-Za-z]{1,6})+$/, // Source: AFP/lh
  /^[Ss]ource\s*:\s*(?:AFP|AP|Reuters|Yonhap|Xinhua|Kyodo|dpa|EFE|ANSA|UPI|TASS|Bloomberg|Agencies|agencies|wires?)\b[^.]{0,30}$/,
  /^\((?:reporting|additional reporting|writing|editing|compiled) by\b[^()]{0,300}\)$/i,
  /^(?:additional )?reporting by\b.{0,200}(?:editing by\b.{0,120})?$/i,
  /^[-–—]\s*(?:AFP|AP|Reuters|Yonhap|Xinhua|Kyodo|dpa|EFE|UPI|Bloomberg|agencies)\.?$/,
  /^(?:with|additional reporting from) (?:AFP|AP|Reuters|agencies|wire services)\.?$/i,
  /^[A-Za-z]{2,3}\/[A-Za-z]{2,3}(?: \([A-Za-z]+\))?$/, // initials: lh/dk (AFP)
  /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i,
  /^(?:this (?:story|article|report) (?:was|has been) (?:updated|corrected|produced|written))\b.{0,200}$/i,
];

const NAVIGATION = new Set([
  'exit mobile version',
  'skip to content',
  'skip to main content',
  'skip to navigation',
  'menu',
  'main menu',
  'home',
  'search',
  'close',
  'toggle navigation',
  'back to top',
  'scroll to top',
  'advertisement',
  'ad',
  'sponsored',
  'sponsored content',
  'scroll to continue with content',
  'continue reading',
  'continue reading below',
  'story continues below advertisement',
  'listen to this article',
  'open in app',
  'sign in to comment',
  'view comments',
  'load more',
  'show more',
  'next article',
  'previous article',
  'next',
  'previous',
  'prev',
  'top stories',
  'breaking news',
  'watch',
  'video',
  'live',
  'more',
  'loading',
  'loading...',
  'click to expand',
  'reuse this content',
  'report an error',
  'report a correction',
  'most read',
  'trending',
  'news',
  'latest',
  'opinion',
  'english',
  'log out',
  'account',
  'my account',
  'settings',
  'contact us',
  'about us',
  'privacy policy',
  'terms of use',
  'terms of service',
  'cookie policy',
  'cookie settings',
  'accept',
  'accept all cookies',
  'manage preferences',
]);

const TEASER_MARKER =
  /^[\s━─—–=*#>|•·]*(?:more like this|related(?: stories| articles| news| posts| content| coverage| reading| links| topics| videos)?|more on this (?:story|topic)|explore more|around the web|you may be interested in|further reading|read more|read next|read also|also read|see also|you (?:may|might) also like|recommended(?: for you| stories| articles)?|more (?:stories|news|articles|from [^.]{1,40})|most (?:read|popular|viewed)|popular (?:stories|now|articles)|trending(?: now| stories)?|latest (?:news|stories|articles)|in case you missed it|what to read next|editor'?s picks|top stories|other news|don'?t miss)\s*[:\s━─—–=*#>|•·]*$/i;

/** An advert break inside the story: "Story continues below this ad". */
const AD_BREAK =
  /^(?:the )?(?:story|article|text|content|report) continues (?:below|after (?:the|this) (?:ad|advert|advertisement|break))(?: (?:this |the )?(?:ad|advert|advertisement))?[.:]?$/i;

/** A related story linked inline after its label: "Read more: <headline>", "Related | <headline>". */
const TEASER_LINK =
  /^(?:related(?: (?:story|stories|article|articles|coverage|content|link|reading|video))?|read more|read also|also read|read next|see also|more on this(?: story| topic)?|recommended(?: reading)?|must read|don['’]?t miss|editor['’]?s picks?|read(?=\s*:))\s*[:|»›>]+\s*\S.{0,180}$/i;

/** The outlet promoting its own broadcast, stream, live page or podcast (imperative to the reader). */
const PROMO: RegExp[] = [
  /^(?:Watch|Stream|Listen to)(?: [Ll]ive)?(?: on)? (?:[\p{Lu}\d][\p{L}\d'’&.+-]*\s){0,3}(?:News|TV|Live|Now|Network|Channel|Radio|Plus|\+)$/u,
  /^(?:[Ww]atch|[Ss]tream|[Ff]ollow|[Tt]une in to|[Ll]isten to)\s+(?:our|the|\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,3}['’]s?)\s.{0,150}?\b(?:live coverage|live updates|live blog|live ?stream(?:ing)?|streaming (?:on|live))\b.{0,160}$/u,
  /^(?:[Ll]isten to|[Ss]ubscribe to) (?:our|the) .{0,80}\bpodcast\b.{0,120}$/,
  // A station's own slot: "Listen to our bulletin every day at 7pm", "Tune in to our flood special on Sunday at 6pm".
  /^(?:Listen to|Tune in to|Watch) our [^.]{0,80}?\b(?:bulletin|programme|program|show|special|interview|broadcast|newscast)\b[^.]{0,80}?\b(?:at|from) \d{1,2}(?:[.:]\d\d)? ?(?:[ap]\.?m\b|h\b)(?:[^.]|\.\d){0,40}\.?$/,
];

/** An instruction for the page's gallery, map or player: "Tap on the dot to see photos". */
const INTERACTIVE_HINT =
  /^(?:tap|click|swipe|hover|scroll|press)(?: (?:on|here|through|down|up|left|right|over|the|an?|or click|or tap)\b)+.{0,100}?\b(?:to (?:see|view|take a look|watch|read|explore|learn|enlarge|expand|play|listen|open|zoom|browse|find)|for (?:more|the full|details))\b.{0,120}$/i;

/** A header's place before its date stamp: "Lisbon | Updated: March 4, 2026 09:12 AM GMT". */
const PLACE_DATE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3},?\s*[|•·—–]\s*/u;

function isPlaceDateLine(line: string): boolean {
  if (line.length > 110) return false;
  const m = PLACE_DATE.exec(line);
  return !!m && isDateLine(line.slice(m[0].length));
}

const SLUG =
  /^\((?:\d{1,2}(?:st|nd|rd|th) LD|LEAD|URGENT|UPDATE\s*\d*|2ND UPDATE|WRAP|FOCUS|NEWS FOCUS|News Focus|Yonhap Feature|EXCLUSIVE|BREAKING|Interview|PROFILE|ANALYSIS|Editorial|EDITORIAL|OFFICIAL|FACTBOX|Factbox|EXPLAINER|Explainer)[^()]{0,30}\)\s*/;

/** The slug prefix of a headline, e.g. `(2nd LD) `, or ''. */
export function slugPrefix(line: string): string {
  return SLUG.exec(line)?.[0] ?? '';
}

const MONTH = `(?:${MONTH_PATTERN})`;
/** Words of a date line that name no date by themselves. */
const NOT_NAMED_DATE_WORD = new RegExp(`^(?:on|at|of|the|and|an?|one|last|${DATE_LABEL_WORDS}|date|time)$`, 'i');
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';
const TIME_ZONE =
  'utc|gmt|kst|jst|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|hst|bst|cet|cest|wet|west|eet|eest|msk|ist|pkt|sgt|hkt|ict|' +
  'aest|aedt|acst|awst|nzst|nzdt|sast|eat|wat|cat|et|ct|mt|pt';
const RELATIVE_WORDS =
  'last|on|at|ago|just|now|an?|one|few|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|seconds?|secs?|' +
  'yesterday|today|date|time|and|of|the';
const NUMERIC_DATE =
  '\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:am|pm)?|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|' +
  '\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}';
/** A word of a date line: a month, weekday, clock word, time zone, date label, relative word or numeric date. */
const DATE_WORDS = new RegExp(
  `^(?:${MONTH}|${WEEKDAY}|am|pm|a\\.m|p\\.m|${TIME_ZONE}|${DATE_LABEL_WORDS}|${RELATIVE_WORDS}|${NUMERIC_DATE})$`,
  'i',
);

// A reading-time widget after a date ("March 3, 2023 · 4 min read"), and a machine timestamp's time and zone.
const READ_TIME = /\s+\d{1,2}\s+min(?:ute)?s?\s+read$/i;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

// A page counter run on after a date ("13.03.2026 | 11:20 | Views: 2 481", "· 1,204 views", "| Comments (3)").
const COUNTER_TAIL =
  /\s*[|•·]\s*(?:(?:views?|reads?|comments?|shares?)\s*:?\s*\(?\d[\d\s,.]{0,12}\)?|\d[\d,.]{0,12}\s+(?:views|reads|comments|shares))$/i;

/** A line that only states a date or time ("2 days ago", "Oct. 18, 2024 10:35 KST", "Updated: 2024-10-18"). */
export function isDateLine(line: string): boolean {
  if (line.length > 80) return false;
  const toks = words(
    line
      .replace(COUNTER_TAIL, '')
      .replace(READ_TIME, '')
      .replace(/[,|•·()[\]—–]+|\s-(?=\s)/g, ' ')
      .replace(/:(?=\s|$)/g, ' ')
      .replace(/\.(?=\s|$)/g, ' '),
  );
  if (!toks.length || toks.length > 14) return false;
  let dated = false;
  let named = false;
  for (let t of toks) {
    t = t.replace(ISO_TIME, '$1');
    if (!DATE_WORDS.test(t)) return false;
    if (/\d/.test(t) || /^(?:ago|yesterday|today|now)$/i.test(t)) dated = true;
    // A month, weekday, relative word, full numeric date or clock time: lone numbers are not dates.
    if (/^\D/.test(t) && !NOT_NAMED_DATE_WORD.test(t)) named = true;
    if (/^\d{4}[-/.]\d|^\d{1,2}[-/.]\d{1,2}[-/.]\d|^\d{1,2}[:.]\d{2}/.test(t)) named = true;
  }
  return dated && named;
}

// The last word of a publication's name: "The Lakeshore Gazette", "Brookvale Times-Register", "Coast FM Online".
const MASTHEAD_WORDS = new Set([
  'post',
  'times',
  'ledger',
  'journal',
  'herald',
  'chronicle',
  'monitor',
  'gazette',
  'tribune',
  'courier',
  'observer',
  'telegraph',
  'express',
  'sentinel',
  'register',
  'dispatch',
  'examiner',
  'inquirer',
  'enquirer',
  'bulletin',
  'record',
  'review',
  'news',
  'daily',
  'weekly',
  'today',
  'online',
  'radio',
  'radyo',
  'tv',
  'fm',
  'standard',
  'star',
  'mirror',
  'globe',
  'press',
  'leader',
  'argus',
  'advertiser',
  'democrat',
  'reporter',
  'harbinger',
  'clarion',
  'beacon',
  'messenger',
  'mercury',
  'citizen',
  'briefing',
  'desk',
  'digest',
  'echo',
  'guardian',
  'independent',
  'insider',
  'magazine',
  'mail',
  'media',
  'network',
  'newsroom',
  'report',
  'sun',
  'wire',
]);

/**
 * `clean/masthead`: a publication's name printed above the headline: two to five capitalised or upper-case words
 * with no digits or sentence punctuation, ending in a masthead word ("The Lakeshore Gazette",
 * "NORTHFIELD EVENING STAR", "Brookvale Times-Register"). The caller checks that a headline follows.
 */
export function isMastheadLine(line: string): boolean {
  // A site's name run together with a number ("Newsline24").
  if (/^\p{Lu}\p{L}{2,}\d{1,3}$/u.test(line)) return true;
  if (STATION_LINE.test(line)) return true;
  if (BRAND_LINE.test(line)) return true;
  line = mastheadCore(line);
  if (line.length > 60 || /[,;:!?|/()"“”]/.test(line)) return false;
  const toks = words(line);
  if (toks.length < 2 || toks.length > 5) return false;
  // A broadcaster's channel number may stand between the words ("KRTV 5 News").
  for (const t of toks)
    if (!/^[\p{Lu}][\p{L}'’&.-]*$/u.test(t) && !/^(?:of|and|the|on|&|\d{1,3})$/.test(t)) return false;
  if (/^\d/.test(toks[0]!)) return false;
  const last = toks[toks.length - 1]!.toLowerCase().split('-');
  return MASTHEAD_WORDS.has(last[last.length - 1]!);
}

/** `clean/masthead-brand`: a site's one-word name in camel case ("HarbourPulse"): no word of prose is written so. */
const BRAND_LINE = /^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+){1,2}$/u;

/** `clean/masthead-station`: a broadcaster's name and its frequency ("Coast 101.4", "Radio Tamar 94.2 FM"). */
const STATION_LINE = /^\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}\s+\d{2,3}\.\d(?:\s+(?:FM|AM))?$/u;

// "The Valley Times - English edition", "Harbour FM 96.3", "Delta Radio 102.5 FM": a label after the name.
const EDITION_TAIL = /\s+[-–|]\s+(?:[\p{Lu}][\p{L}]+\s+)?[Ee]dition$/u;
const FREQUENCY_TAIL = /(\b(?:FM|AM|Radio|Radyo))\s+\d{2,3}(?:\.\d)?(?:\s*(?:FM|AM|MHz))?$/;

/** A masthead without its edition label or its station's frequency ("Harbour FM 96.3" reads "Harbour FM"). */
export function mastheadCore(line: string): string {
  return line.replace(EDITION_TAIL, '').replace(FREQUENCY_TAIL, '$1');
}

/**
 * `clean/masthead-subtitle`: a masthead, a dash or bar, then a few words saying what it is ("VALLEY ONLINE — Ashford
 * County Radio & Television", "Coastline Radio | Your Voice on the Bay"). Returns the name, or null.
 */
export function mastheadWithSubtitle(line: string): string | null {
  if (line.length > 90) return null;
  const m = /^([^—–|]+?)\s+[—–|-]\s+([^—–|]+)$/.exec(line);
  if (!m || !isMastheadLine(m[1]!)) return null;
  // `clean/masthead-place`: the town and region it serves ("Radio Sierra 98.1 FM | Tarvin, Highlands").
  if (PLACE_SUBTITLE.test(m[2]!)) return m[1]!;
  if (/[.!?,;:"“”\d]/.test(m[2]!) || words(m[2]!).length > 7) return null;
  return m[1]!;
}

const PLACE_SUBTITLE =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** `clean/tagline`: a masthead's motto with its founding year ("Serving the valley since 1902", "Est. 1887"). */
export function isTaglineLine(line: string): boolean {
  if (line.length > 70 || /[.!?]$/.test(line)) return false;
  return /^(?:est(?:ablished|\.)?|founded|since)\s+(?:in\s+)?1[6-9]\d\d$|\b(?:since|est\.?|founded(?: in)?)\s+1[6-9]\d\d$/i.test(
    line,
  );
}

/** The nouns a site calls itself by in its motto ("Ireland's independent daily", "The voice of the valley"). */
const MOTTO_NOUNS = new Set(['daily', 'weekly', 'newspaper', 'paper', 'voice', 'station', 'radio', 'broadcaster']);
/** What a site calls itself right after "Your"/"Our" in a motto ("Your station for…", "Our home for…"). */
const OWN_NOUNS = new Set([...MOTTO_NOUNS, 'home', 'source', 'news', 'local', 'window', 'channel']);

/**
 * A station speaking to its audience of itself ("Your station for the valley", "English news for our visitors"):
 * a short line with `your`/`our` and a noun a site calls itself by, no digits.
 */
function ownAddress(line: string): boolean {
  if (/\d/.test(line)) return false;
  const toks = words(line).map((w) => w.toLowerCase());
  if (toks.length < 3 || toks.length > 10) return false;
  return toks.some((w) => w === 'your' || w === 'our') && toks.some((w) => OWN_NOUNS.has(w));
}

/**
 * `clean/motto`: a masthead's motto without a year: at most six words before any bar, the last (or the one after
 * `the voice of`) a noun a site calls itself by, or a `Listen live` prompt after a bar.
 */
export function isMottoLine(line: string): boolean {
  if (line.length > 80 || /[.!?:]$/.test(line)) return false;
  const bar = line.indexOf('|');
  const head = (bar >= 0 ? line.slice(0, bar) : line).trim();
  const toks = words(head);
  // `… | 98.2 FM | Listen Live`: the prompt may follow the frequency, in any part after the first bar.
  if (bar >= 0 && toks.length <= 10 && /\|\s*listen live\b/i.test(line.slice(bar))) return true;
  if (ownAddress(line)) return true;
  if (toks.length < 2 || toks.length > 6) return false;
  const last = toks[toks.length - 1]!.toLowerCase();
  return MOTTO_NOUNS.has(last) || /^the voice of\b/i.test(head);
}

/**
 * `clean/standfirst`: the deck under a headline, a summary sentence without its full stop ("Operator says 418
 * trains were cancelled; the ministry puts it at 530"): eight words or more, running in lower case, no wide gaps.
 */
export function isDeckLine(line: string): boolean {
  if (line.length > 300 || /\s{3,}|[|@]|https?:/.test(line) || /[.:]$/.test(line)) return false;
  return wordCount(line) >= 8 && isCutOffSentence(line);
}

// The newsroom roles that end a byline or a role line, one list for both.
const ROLE_NOUN = '(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Pp]roducer)';
const ROLE_LINE = new RegExp(`^(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}${ROLE_NOUN}$`, 'u');

/** A newsroom role on a line of its own under a reporter's name ("Business Correspondent", "Senior Reporter"). */
export function isRoleLine(line: string): boolean {
  return ROLE_LINE.test(line.trim());
}

// "Mara Quist, Latin America correspondent", "Ivo Brandt | Health reporter": a name and a newsroom role.
const ROLE_BYLINE = new RegExp(
  `^([\\p{Lu}][\\p{L}'’.-]+(?:\\s+[\\p{Lu}][\\p{L}'’.-]+){1,3})\\s*[,|]\\s*(?:[\\p{L}-]+\\s+){0,4}${ROLE_NOUN}$`,
  'u',
);

/** The label before a byline's names ("Author: Jane Roe"): read here to find bylines and by metadata to strip it. */
export const BYLINE_LABEL = /^(?:authors?|reporter|reported by|text)\s*:\s*/i;
/** The opening of a byline ("By", "Reporting by", "Analysis by"): read here and stripped by metadata. */
export const BYLINE_BY =
  /^(?:(?:analysis|opinion|commentary|review|interview|photos?|text|words|story|reporting|written|column|posted)\s+)?by\s+/i;
// The names after a byline's label: one to three of them ("Jane Roe and John Doe").
const LABELLED_NAMES = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.-]+){1,5}$/u;
// "Jane Roe in Quito and agencies", "Jane Roe and John Doe in Lagos": a name, where it was filed, and its help.
const NAME_IN_PLACE =
  /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})?\sin\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}(?:\s(?:and|&)\s(?:agencies|agency reports))?$/u;

/**
 * A byline: `By Jane Doe`, `By Via AP news wire,`, `Jane Doe / 2024-10-18 18:35:46`, `Jane Doe, Asia correspondent`,
 * `Author: Jane Doe`.
 */
export function isBylineLine(line: string): boolean {
  if (line.length > 120) return false;
  if (datedBylineName(line) > 0) return true;
  if (line.length <= 90 && ROLE_BYLINE.test(line)) return true;
  const label = BYLINE_LABEL.exec(line);
  if ((label && LABELLED_NAMES.test(line.slice(label[0].length))) || NAME_IN_PLACE.test(line)) return true;
  if (
    BYLINE_BY.test(line) &&
    wordCount(line) <= 14 &&
    !/[.!?]["”]?$/.test(line.replace(/\b(?:[A-Z]|Jr|Sr|Dr|St)\.$/, ''))
  )
    return true;
  if (/^[^\d/|]{1,40}\s*[/|]\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}\b/u.test(line)) return true;
  return false;
}

const DATED_BY = /^(?:(?:posted|published|updated)(?:\s+on)?\s+)?(\S.{4,44}?)\s*[-–—|,•]?\s+by\s+(?=\p{Lu})/iu;

/**
 * `clean/dated-byline`: where the name starts in a byline that opens with its date ("Posted on 03/06/2025 by Lena
 * Fischer", "Tuesday, June 3, 2025 - By Omar Haddad"), or -1.
 */
export function datedBylineName(line: string): number {
  if (line.length > 120) return -1;
  const m = DATED_BY.exec(line);
  return m && isDateLine(m[1]!) && wordCount(line.slice(m[0].length)) <= 6 ? m[0].length : -1;
}

// One menu item in the body: one to three capitalised words ("World", "UK News", "What's On").
const CRUMB = /^(?:\p{Lu}[\p{L}\p{N}'’&.-]*|&|and|of)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|&|and|of)){0,2}$/u;
// The marks between a menu's items; a slash only with spaces round it ("Home / Region"), never inside a word.
const MENU_MARK = /\s*[|>•·»›]\s*|\s+\/\s+/;
// clean/menu-gaps: "Home  Local  Sport  |  E-edition": above the headline, wide gaps part items as the marks do.
const MENU_MARK_OR_GAP = new RegExp(`${MENU_MARK.source}|\\s{2,}`);

/**
 * `clean/breadcrumb` and `clean/menu`: a site's section menu or breadcrumb ("Home | News | Sport", "World > Asia",
 * "World  Asia  Business"): short items split by bars, arrows, bullets or spaced slashes. `header` is for lines above
 * the headline, where nothing else is read yet: there items may be any words (three items or more of at most four,
 * or two of at most two) or be set apart by wide gaps alone; in the body every item must be a section name.
 */
export function isMenuLine(line: string, header = false): boolean {
  if (line.length > 120) return false;
  const marked = MENU_MARK.test(line);
  if (!header) {
    if (!marked) return false;
    const parts = line.split(MENU_MARK);
    return parts.length >= 2 && parts.length <= 12 && parts.every((p) => CRUMB.test(p.trim()));
  }
  if (/[.!?]$/.test(line)) return false;
  const items = line.split(marked ? MENU_MARK_OR_GAP : /\s{2,}/).filter(Boolean);
  if (items.length < (marked ? 2 : 3)) return false;
  // Items set apart by wide gaps only are one or two capitalised words ("World  Asia  Watch Live"), never a headline.
  // An item may be an abbreviation with its dots ("U.S.  World  Politics").
  if (!marked) return !/\d/.test(line) && items.every((it) => /^\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*)?$/u.test(it));
  const most = items.length >= 3 ? 4 : 2;
  for (const it of items) if (words(it).length > most) return false;
  return true;
}

/** One named rule over a line alone: `by` is the rule id the dropped block records. */
interface LineRule {
  by: string;
  reason: string;
  test: (line: string) => boolean;
}

// Lower-casing never shortens a line, so a line longer than every item (past its closing stops) is no menu item.
const NAVIGATION_LONGEST = Math.max(...[...NAVIGATION].map((n) => n.length));

/** The length of `t` without the stops (`.`, `!`, `:`) that close it. */
function withoutStops(t: string): number {
  let end = t.length;
  while (end > 0 && (t[end - 1] === '.' || t[end - 1] === '!' || t[end - 1] === ':')) end--;
  return end;
}

const within = (n: number, res: RegExp[]) => (t: string) => t.length <= n && res.some((re) => re.test(t));

/** The standalone rules, in order: the first that matches names the line. */
const LINE_RULES: LineRule[] = [
  { by: 'clean/widget', reason: 'widget', test: isWidget },
  {
    by: 'clean/navigation',
    reason: 'navigation',
    test: (t) => {
      const end = withoutStops(t);
      return (
        (end <= NAVIGATION_LONGEST && NAVIGATION.has(t.slice(0, end).toLowerCase())) ||
        /^\d{1,3}[ -]?(?:min|mins|minute|minutes)(?: read| listen)?$/i.test(t)
      );
    },
  },
  { by: 'clean/breadcrumb', reason: 'navigation', test: (t) => isMenuLine(t) },
  { by: 'clean/ad-break', reason: 'navigation', test: within(80, [AD_BREAK]) },
  { by: 'clean/label', reason: 'label', test: (t) => LABEL.test(t) },
  { by: 'clean/signup', reason: 'signup', test: isSignup },
  { by: 'clean/comment-form', reason: 'comment-form', test: within(200, COMMENT_FORM) },
  { by: 'clean/editor-note', reason: 'editor-note', test: within(300, EDITOR_NOTE) },
  { by: 'clean/exchange-rate', reason: 'editor-note', test: within(80, [EXCHANGE_RATE]) },
  { by: 'clean/correction-note', reason: 'editor-note', test: within(300, CORRECTION_NOTE) },
  { by: 'clean/callout', reason: 'signup', test: within(240, CALLOUT) },
  { by: 'clean/url', reason: 'url', test: (t) => URL_LINE.test(t) || IMAGE_REF.test(t) },
  {
    by: 'clean/copyright',
    reason: 'copyright',
    test: (t) =>
      t.length <= 200 &&
      COPYRIGHT.some((re) => re.test(t)) &&
      (wordCount(t) <= 15 || /©|\(c\)|rights reserved/i.test(t)),
  },
  {
    by: 'clean/caption',
    reason: 'caption',
    test: (t) =>
      t.length <= 1000 &&
      (CAPTION.some((re) => re.test(t)) ||
        (t.includes('(') && (CAPTION_BRACKETED.some((re) => re.test(t)) || CREDIT_TAIL.test(t)))),
  },
  { by: 'clean/wire-credit', reason: 'credit', test: within(300, WIRE_CREDIT) },
  { by: 'clean/teaser-marker', reason: 'teaser', test: within(200, [TEASER_MARKER]) },
  { by: 'clean/teaser-link', reason: 'teaser', test: within(200, [TEASER_LINK]) },
  { by: 'clean/promo', reason: 'promo', test: within(300, PROMO) },
  { by: 'clean/interactive-hint', reason: 'promo', test: within(240, [INTERACTIVE_HINT]) },
  { by: 'clean/byline', reason: 'byline', test: isBylineLine },
  { by: 'clean/place-date', reason: 'date', test: isPlaceDateLine },
  { by: 'clean/date', reason: 'date', test: isDateLine },
];

/** Judge one line (already stripped of bullets) by the standalone rules. */
export function classifyLine(line: string): LineVerdict | null {
  if (!line) return null;
  for (const rule of LINE_RULES) if (rule.test(line)) return { reason: rule.reason, by: rule.by };
  return null;
}

/** true for the marker lines that open a block of related-story teasers. */
export function isTeaserMarker(line: string): boolean {
  return line.length <= 200 && TEASER_MARKER.test(line);
}

/** Body prose: a sentence-like line (enough words, ends like a sentence) or a long one. */
export function isProse(line: string): boolean {
  const n = wordCount(line);
  // A line ending in a quoted phrase with no stop before the mark is a headline ("… describes 'chaos in the dark'").
  if (n >= 8 && /[.!?…)\]]$|[.!?…,]["”’']$/.test(line)) return true;
  if (n >= 8 && line.endsWith(':') && LEAD_IN.test(line.slice(-LEAD_IN_REACH))) return true;
  return line.length >= 160 && n >= 20;
}

/** How far back from a closing colon a list lead-in ("By district:") is read for the sentence before it. */
const LEAD_IN_REACH = 60;
/**
 * clean/lead-in-colon: a paragraph whose full sentence is followed by a short lead-in to a list ("… said on Wednesday.
 * By district:") is prose, as the sentence alone would be.
 */
const LEAD_IN = /[.!?]["”’)]? +[\p{Lu}][^.!?:]{0,40}:$/u;

/**
 * Where the body may start or end: prose, or a short sentence ending in a
 * full stop ("Russia launched 90 drones overnight, officials said.").
 * Headlines rarely end in a full stop; question headlines do not count.
 */
export function isBodyLine(line: string): boolean {
  if (isProse(line)) return true;
  return wordCount(line) >= 5 && /[^.]\.["”’)]?$/.test(line) && !/^\(/.test(line);
}

/**
 * A sentence cut off mid-way, as a length-capped scrape ends: it starts like
 * a sentence and runs in lower case (a headline or a menu runs in title case).
 */
export function isCutOffSentence(line: string): boolean {
  if (line.length > 400 || !/^[\p{Lu}\d"“‘'(]/u.test(line)) return false;
  const toks = words(line);
  if (toks.length < 4) return false;
  let lower = 0;
  let upper = 0;
  for (let i = 1; i < toks.length; i++) {
    if (/^["“‘'(]?\p{Ll}/u.test(toks[i]!)) lower++;
    else if (/^["“‘'(]?\p{Lu}/u.test(toks[i]!)) upper++;
  }
  return lower >= 2 && lower > upper;
}

/**
 * Where a quotation cut off at the end of a line opens, when it holds fewer
 * than `maxWords` words (`“more heavy mac`), else -1: a quote cut that short
 * says nothing a reader could check.
 */
export function cutOffQuoteStart(line: string, maxWords = 5): number {
  let open = -1;
  let straight = -1;
  let nStraight = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '“') open = i;
    else if (c === '”') open = -1;
    else if (c === '"') {
      nStraight++;
      straight = nStraight % 2 ? i : -1;
    }
  }
  const at = Math.max(open, straight);
  if (at <= 0 || wordCount(line.slice(at)) >= maxWords) return -1;
  return at;
}

/** Ends like an unfinished teaser excerpt ("... would do well to heed..."). */
export function endsWithEllipsis(line: string): boolean {
  return /(?:\.\.\.|…)["”’]?$/.test(line);
}
