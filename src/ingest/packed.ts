/**
 * How an analysed article crosses from an analysis worker to the thread that
 * stores it: its analysis as UTF-8 bytes, packed field by field, in a buffer
 * that moves between threads without a copy. The article keeps those bytes as
 * its stored form, so the store writes them rather than serialising it again.
 * Transport only: the data model is `../article.ts`.
 */
import { analysisJson, type Article, type Raw } from '../article.js';

/**
 * An article's {@link analysisJson} as UTF-8 bytes, and where each field's
 * JSON lies in them: field `keys[i]` from byte `at[2i]` to `at[2i + 1]`.
 */
export interface PackedAnalysis {
  bytes: Uint8Array;
  keys: string[];
  at: number[];
}

/** The bytes an article was made from ({@link articleFromPacked}); such an article is only read until stored. */
const cameAs = new WeakMap<Article, Uint8Array>();

/**
 * The article's analysis packed field by field: exactly the bytes of
 * `JSON.stringify` of the article less its raw input, in a buffer of its own.
 * Why: a large analysis as one string lands in V8's large-object space on both
 * threads; as bytes it never is one string on either side.
 */
export function packAnalysis(article: Article): PackedAnalysis {
  const keys: string[] = [];
  // Each field as `"key":` and its JSON.
  const parts: string[] = [];
  // "{" and "}", less the comma the first field does not take.
  let size = 1;
  for (const key of Object.keys(article) as Array<keyof Article>) {
    if (key === 'raw') continue;
    const json = JSON.stringify(article[key]) as string | undefined;
    if (json === undefined) continue;
    const name = `${JSON.stringify(key)}:`;
    size += 1 + Buffer.byteLength(name) + Buffer.byteLength(json);
    keys.push(key);
    parts.push(name, json);
  }
  const bytes = Buffer.allocUnsafeSlow(Math.max(2, size));
  const at: number[] = [];
  let o = 0;
  bytes[o++] = 0x7b; // {
  for (let i = 0; i < keys.length; i++) {
    if (i) bytes[o++] = 0x2c; // ,
    o += bytes.write(parts[2 * i]!, o, 'utf8');
    at.push(o);
    o += bytes.write(parts[2 * i + 1]!, o, 'utf8');
    at.push(o);
  }
  bytes[o++] = 0x7d; // }
  return { bytes, keys, at };
}

/**
 * The article packed by {@link packAnalysis}, with its raw input: every field
 * parsed from its own bytes here (a field that is not JSON throws here). The
 * article keeps the bytes as its stored form ({@link storedAnalysis}).
 */
export function articleFromPacked(packed: PackedAnalysis, raw: Raw): Article {
  const { bytes, keys, at } = packed;
  if (!(bytes instanceof Uint8Array) || !Array.isArray(keys) || !Array.isArray(at) || at.length !== 2 * keys.length) {
    throw new Error('not a packed analysis');
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const article: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === '__proto__') throw new Error('an analysis field may not be named __proto__');
    article[key] = JSON.parse(buf.toString('utf8', at[2 * i], at[2 * i + 1]));
  }
  article.raw = raw;
  cameAs.set(article as unknown as Article, bytes);
  return article as unknown as Article;
}

/**
 * What a store writes as the article's analysis: the UTF-8 bytes it came as
 * from a worker (SQL `cast(? as text)` stores them as that text), else its
 * {@link analysisJson}.
 */
export function storedAnalysis(article: Article): string | Uint8Array {
  return cameAs.get(article) ?? analysisJson(article);
}

/** {@link storedAnalysis} as text, for a store that binds strings only. */
export function storedAnalysisText(article: Article): string {
  const bytes = cameAs.get(article);
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : analysisJson(article);
}
