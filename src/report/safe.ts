/**
 * Report text made safe for where it is shown. Titles, quotes and file names
 * come from scraped pages: on a terminal their control characters could move
 * the cursor, retitle the window or forge links (OSC 8); in Markdown their
 * HTML would run in a renderer, and a `javascript:` URL would become a link.
 */

// C0 controls but tab and newline, DEL, C1 controls, and the escape sequences they start.
const ESCAPES =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text with terminal control characters and escape sequences removed (tab and newline kept). */
export function plainText(s: string): string {
  return s.replace(ESCAPES, '');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text for Markdown: no control characters, and no raw HTML (`<`, `>`, `&` as entities). */
export function markdownText(s: string): string {
  return plainText(s).replace(/[&<>]/g, (ch) => HTML_ENTITIES[ch]!);
}

/** A URL a Markdown link may point at: http(s) only, with the characters that end a link target encoded. */
export function markdownUrl(url: string): string | null {
  const clean = plainText(url).trim();
  if (!/^https?:\/\//i.test(clean)) return null;
  return clean.replace(/[\s()<>"'\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A deep copy of `value` with every string passed through `f` (`key` is the property holding it). */
export function mapStrings<T>(
  value: T,
  f: (s: string, key: string | null) => string | null,
  key: string | null = null,
): T {
  if (typeof value === 'string') return f(value, key) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f, key)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, f, k);
    return out as T;
  }
  return value;
}

/** The report's strings safe for a terminal. */
export function terminalSafe<T>(report: T): T {
  return mapStrings(report, (s) => plainText(s));
}

/** The report's strings safe for Markdown: URLs (`url` fields) checked and encoded, the rest escaped. */
export function markdownSafe<T>(report: T): T {
  return mapStrings(report, (s, key) => (key === 'url' ? markdownUrl(s) : markdownText(s)));
}
