/**
 * corpus/event-site: the place a sentence says its event happened ("the ferry fire in Port Vell", "the mine
 * collapse at Kessel"), as a place key. A count scoped to that place, when the story names no other place for
 * it, is the whole event's count (figures/site-scope-is-whole), not a part of it.
 */
import { PLACE_TAIL, placeKey } from '../stages/claims/scope.js';
import { eventNounPattern } from '../vocabulary/events.js';
import { CALENDAR_NAMES_PATTERN } from '../vocabulary/calendar.js';

/** Nouns of an event that happens somewhere, with their plurals; the first letter may be capitalised. */
const EVENT_NOUNS = eventNounPattern()
  .split('|')
  .map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`)
  .join('|');
const WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** An event noun, then in/at/near and a capitalised place of one to four words (no case folding: \p{Lu} must hold). */
const SITE = new RegExp(`\\b(?:${EVENT_NOUNS})\\s+(?:in|at|near)\\s+(?:the\\s+)?(${WORD}(?:\\s+${WORD}){0,3})`, 'u');
/**
 * corpus/event-site-before: a place that modifies the event noun after it ("in the Brennick estate fire", "from the
 * Kessel mine collapse"): a capitalised place of one to three words, at most two lower-case words, the noun.
 */
const SITE_BEFORE = new RegExp(
  `\\b(?:in|at|from|by|of)\\s+the\\s+(${WORD}(?:\\s+${WORD}){0,2})\\s+(?:[a-z-]+\\s+){0,2}(?:${EVENT_NOUNS})\\b`,
  'u',
);
/** Capitalised words that are no place (months, weekdays). */
const NOT_PLACE = new RegExp(`^(?:${CALENDAR_NAMES_PATTERN})$`, 'i');

/** The place key ("port-vell") of the site the sentence names for its event, or null. */
export function eventSite(sentence: string | null | undefined): string | null {
  if (!sentence) return null;
  const m = SITE.exec(sentence) ?? SITE_BEFORE.exec(sentence);
  if (!m) return null;
  const words = m[1]!.replace(/[.’']+$/, '').split(/\s+/);
  while (words.length && NOT_PLACE.test(words[words.length - 1]!)) words.pop();
  if (!words.length || NOT_PLACE.test(words[0]!)) return null;
  // Keyed as the claims stage keys a scope's place.
  const key = placeKey(words.join(' ').replace(PLACE_TAIL, ''));
  return key || null;
}
