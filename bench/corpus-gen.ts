/**
 * Deterministic benchmark corpora from real article text: the seed corpus
 * (corpus/demo) and, when present, the HTML pages of
 * ../shared/bench/article-extraction. Articles are recombined and perturbed
 * with a fixed random seed so that near-duplicates, syndicated copies and
 * varied figures occur the way they do in a real news crawl.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MONTH_NAMES } from '../src/vocabulary/calendar.js';

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SourceText {
  name: string;
  title: string;
  paragraphs: string[];
}

/** The seed articles as title + paragraphs. */
export function seedTexts(root: string): SourceText[] {
  const dir = path.join(root, 'corpus/demo');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const blocks = readFileSync(path.join(dir, f), 'utf8')
        .split(/\n\s*\n/)
        .map((b) => b.trim())
        .filter(Boolean);
      return { name: f, title: blocks[0]!.split('\n')[0]!, paragraphs: blocks.slice(1).filter((b) => b.length > 40) };
    });
}

/** The benchmark's real HTML pages, or [] when ../shared is absent. */
export function htmlPages(root: string): Array<{ name: string; html: string }> {
  const dir = path.resolve(root, '../shared/bench/article-extraction/html');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => ({ name: f.replace(/\.gz$/, ''), html: gunzipSync(readFileSync(path.join(dir, f))).toString('utf8') }));
}

/** Visible text paragraphs of an HTML page (a rough cut: enough to vary the text corpus with real prose). */
export function htmlParagraphs(html: string): string[] {
  const out: string[] = [];
  const re = /<p\b[^>]*>([\s\S]*?)<\/p>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const t = m[1]!
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&rsquo;/g, '’')
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, ' ')
      .trim();
    if (t.length > 80 && t.length < 2000) out.push(t);
  }
  return out;
}

const OUTLETS = [
  'The Daily Ledger',
  'Northern Courier',
  'Metro Times',
  'The Coastal Post',
  'Capital Review',
  'Evening Standard-Herald',
  'Global Wire Report',
  'The Valley News',
];
const WIRES = ['(AP)', '(Reuters)', '(AFP)', '(Yonhap)'];

/** Change some of the numbers in a paragraph: the same story with varied figures. */
function perturbNumbers(p: string, rand: () => number, rate: number): string {
  return p.replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d{2,5}\b/g, (m) => {
    if (rand() > rate) return m;
    const n = Number(m.replace(/,/g, ''));
    if (n >= 1900 && n <= 2100) return m; // keep years
    const v = Math.max(1, Math.round(n * (0.7 + rand() * 0.6)));
    return m.includes(',') ? v.toLocaleString('en-US') : String(v);
  });
}

/**
 * The i-th article of a corpus: new stories recombine paragraphs from the
 * sources; about a quarter are copies of an earlier article of the corpus
 * (verbatim syndication under another outlet, or a near-duplicate with
 * edited figures and a paragraph dropped).
 */
export function makeCorpus(sources: SourceText[], extra: string[], seed: number) {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const pool = sources.flatMap((s) => s.paragraphs).concat(extra);
  const recent: string[][] = [];
  return function article(i: number): { name: string; text: string } {
    const outlet = pick(OUTLETS);
    const day = 1 + Math.floor(rand() * 28);
    const dateline = `${pick(MONTH_NAMES)} ${day}, 2024`;
    let body: string[];
    const r = rand();
    if (recent.length > 10 && r < 0.12) {
      body = [...pick(recent)]; // syndicated verbatim
    } else if (recent.length > 10 && r < 0.25) {
      body = pick(recent)
        .filter(() => rand() > 0.1)
        .map((p) => perturbNumbers(p, rand, 0.3)); // near-duplicate
    } else {
      const n = 4 + Math.floor(rand() * 10);
      body = [];
      for (let k = 0; k < n; k++) body.push(perturbNumbers(pick(pool), rand, 0.5));
    }
    if (recent.length < 200) recent.push(body);
    else recent[Math.floor(rand() * recent.length)] = body;
    const title = pick(sources).title;
    const wire = rand() < 0.3 ? ` ${pick(WIRES)}` : '';
    const text = `${title}\n\nBy Staff Writer ${1 + (i % 50)}\n${outlet} — ${dateline}\n\nSEOUL${wire} — ${body.join('\n\n')}\n\n© 2024 ${outlet}\n`;
    return { name: `a${String(i).padStart(6, '0')}.txt`, text };
  };
}
