/**
 * The compact stored forms of the SQLite store's large columns: an article's
 * raw text and analysis deflated together in one BLOB, and large JSON records
 * deflated. Older rows hold plain text; a reader tells the two apart by the
 * value's type (TEXT comes back as a string, a BLOB as a Buffer), so a store
 * written before needs no rewrite.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** First byte of a packed article: the layout after it (a 4-byte raw length, the raw bytes, the analysis). */
const ARTICLE_FORMAT = 1;
/** First byte of a JSON record deflated against {@link RECORD_DICTIONARY}. */
const JSON_FORMAT = 2;
/** zlib level 3: within 8% of level 6's size at half its time, on the hot path of every stored batch. */
const LEVEL = 3;

/**
 * Skeletons of the stored records (document, entity, quote, claim; the most frequent last, nearest the data):
 * a record of a few hundred bytes deflates to a fifth against them, to half alone. Part of format 2: never
 * edit it; a new dictionary is a new format byte.
 */
const RECORD_DICTIONARY = Buffer.from(
  [
    '{"id":"","source":"","url":null,"title":"","outlet":null,"wire":[],"byline":null,"dateline":null,',
    '"published":null,"language":"en","body":"","provenance":{"title":{"by":"metadata/","certain":true},',
    '"outlet":{"by":"metadata/","certain":false},"published":{"by":"metadata/","certain":true},',
    '"language":{"by":"metadata/stopwords","certain":false}},"previousVersion":null,',
    '"counts":{"claims":0,"quotes":0,"entities":0,"dropped":0},"messages":[],"ingestedAt":"20',
    '{"id":"","name":"","type":"person","aliases":[],"roles":[],"documents":[]}',
    '{"id":"","name":"","type":"country","aliases":[],"roles":[],"documents":[]}',
    '{"id":"","name":"","type":"place","aliases":[],"roles":[],"documents":[]}',
    '{"id":"","name":"","type":"organization","aliases":[],"roles":[],"documents":[]}',
    '{"id":"","document":"","text":"","start":0,"end":0,"speaker":null,"speakerName":null,"partial":false}',
    '{"id":"","document":"","evidence":"","evidenceStart":0,"evidenceEnd":0,"numberStart":0,"numberEnd":0,',
    '"text":"","value":null,"low":null,"high":null,"bound":"lower","approximate":true,"vague":true,',
    '"incremental":true,"measure":"dollars","unit":"percent","action":"killed","actor":null,"target":null,',
    '"status":"reported","source":null,"sourceName":null,"via":[],"when":"20","said":"20","scope":null,',
    '"figure":null,"by":{"quantity":"quantities/words+quantities/bounds","status":"claims/modality-default",',
    '"action":"claims/action","source":"attributions/according-to","when":"times/year","scope":"claims/scope"}}',
    '{"id":"","document":"","evidence":"","evidenceStart":0,"evidenceEnd":0,"numberStart":0,"numberEnd":0,',
    '"text":"","value":0,"low":0,"high":0,"bound":"exact","approximate":false,"vague":false,',
    '"incremental":false,"measure":"people","unit":null,"action":null,"actor":null,"target":null,',
    '"status":"asserted","source":null,"sourceName":null,"via":[],"when":null,"said":null,"scope":null,',
    '"figure":null,"by":{"quantity":"quantities/digits+quantities/unit-measure","status":"claims/modality-default",',
    '"when":"times/chrono"}}',
  ].join(''),
  'utf8',
);

const bytesOf = (v: string | Uint8Array): Uint8Array => (typeof v === 'string' ? Buffer.from(v, 'utf8') : v);

function deflated(format: number, parts: Uint8Array[], dictionary?: Buffer): Buffer {
  const data = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  const body = deflateRawSync(
    data,
    dictionary ? { level: LEVEL, memLevel: 9, dictionary } : { level: LEVEL, memLevel: 9 },
  );
  const out = Buffer.allocUnsafe(body.length + 1);
  out[0] = format;
  body.copy(out, 1);
  return out;
}

function inflated(format: number, blob: Uint8Array, dictionary?: Buffer): Buffer {
  if (blob[0] !== format) throw new Error(`not a packed value of format ${format} (first byte ${blob[0]})`);
  return inflateRawSync(blob.subarray(1), dictionary ? { dictionary } : {});
}

/**
 * An article's raw text and analysis JSON as one deflated BLOB: the analysis
 * repeats the cleaned text, which one stream stores as back-references.
 */
export function packArticle(raw: string | Uint8Array, analysis: string | Uint8Array): Buffer {
  const rawBytes = bytesOf(raw);
  const head = Buffer.allocUnsafe(4);
  head.writeUInt32LE(rawBytes.length, 0);
  return deflated(ARTICLE_FORMAT, [head, rawBytes, bytesOf(analysis)]);
}

/** The raw text and analysis JSON of {@link packArticle}'s BLOB. */
export function unpackArticle(blob: Uint8Array): { raw: string; analysis: string } {
  const buf = inflated(ARTICLE_FORMAT, blob);
  const n = buf.readUInt32LE(0);
  return { raw: buf.toString('utf8', 4, 4 + n), analysis: buf.toString('utf8', 4 + n) };
}

/** A JSON record as a deflated BLOB. */
export function packJson(json: string): Buffer {
  return deflated(JSON_FORMAT, [Buffer.from(json, 'utf8')], RECORD_DICTIONARY);
}

/** Longest record (UTF-16 code units) {@link packRecord} keeps as plain text. */
const PLAIN_MAX = 2048;

/**
 * A record as its column holds it: plain JSON when short (setting up a zlib stream per record costs more than
 * the kilobyte or so deflating it saves), else deflated ({@link packJson}). {@link unpackJson} reads both.
 */
export function packRecord(json: string): string | Buffer {
  return json.length <= PLAIN_MAX ? json : packJson(json);
}

/** A record column's JSON text: a string as it is (an older row), a BLOB of {@link packJson} inflated. */
export function unpackJson(value: unknown): string {
  if (value instanceof Uint8Array) return inflated(JSON_FORMAT, value, RECORD_DICTIONARY).toString('utf8');
  return String(value);
}
