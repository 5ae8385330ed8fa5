/**
 * Benchmark of the corpus stages: duplicate detection (MinHash + LSH) and
 * figure grouping + reconciliation, on synthetic corpora of 1k, 10k and 100k
 * articles, with the 10× scaling ratio.
 *
 * Articles are generated deterministically (seeded RNG) from the sentences of
 * corpus/demo, with most words replaced from a large synthetic vocabulary so
 * unrelated stories do not overlap, then copied with perturbations:
 * syndicated rewrites, verbatim duplicates in other outlets and updated
 * versions. Articles stream through the duplicate index one at a time (only
 * signatures stay), as runCorpus does over a store.
 *
 * Each size is measured in a fresh process of its own ({@link corpusInChild}),
 * as a `crosscheck` command runs: its peak memory is its own, and its time
 * includes no collection of a heap that earlier work left behind.
 *
 *   node dist/bench/corpus.js [--size 1000,10000,100000] [--out bench/results]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuplicateIndex } from '../src/corpus/duplicates.js';
import { figureRecords } from '../src/corpus/figures.js';
import { provenanceIndex } from '../src/corpus/provenance.js';
import type { ClaimInput } from '../src/corpus/types.js';
import { childJson } from './child.js';
import { rng } from './corpus-gen.js';

const root = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  ...(fileURLToPath(import.meta.url).includes(`${'/dist/'}`) ? ['..'] : []),
);

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ten',
  'vo',
  'su',
  'dar',
  'pel',
  'ni',
  'gor',
  'ba',
  'the',
  'lin',
  'ost',
  'ur',
  'sha',
  'ven',
  'qui',
  'mo',
  'zan',
  'el',
  'tri',
  'dok',
];
const MEASURES = [
  'troops',
  'soldiers',
  'personnel',
  'people',
  'homes',
  'votes',
  'containers',
  'shells',
  'deaths',
  'jobs',
  'refugees',
  'tents',
  'vehicles',
  'doses',
  'flights',
  'tonnes',
  'dollars',
  'patients',
  'students',
  'workers',
];
const ACTIONS = ['deploy', 'sent', 'dispatch', 'supply', 'kill', 'wound', 'evacuate', 'build', 'cast', 'cut'];
const STATUSES = ['asserted', 'asserted', 'asserted', 'planned', 'planned', 'possible', 'unconfirmed', 'denied'];

interface Story {
  sentences: string[];
  outlet: string;
  wire: string[];
  published: string;
  claims: Array<Omit<ClaimInput, 'id' | 'document'>>;
}

function makeGenerator(seed: number) {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const demo = join(root, 'corpus/demo');
  const sentences = readdirSync(demo)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(demo, f), 'utf8').split(/(?<=[.!?])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 6)
    .map((s) => s.split(' '));
  const vocab: string[] = [];
  for (let i = 0; i < 60_000; i++) {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let j = 0; j < n; j++) w += pick(SYLLABLES);
    vocab.push(w);
  }
  const outlets = Array.from({ length: 300 }, (_, i) => `Outlet ${i}`);
  const wires = ['Associated Press', 'Reuters', 'AFP', 'Yonhap News Agency', 'Xinhua'];
  const actors = Array.from({ length: 60 }, (_, i) => `country-${i}`);
  const sources = Array.from({ length: 400 }, (_, i) => `source-${i}`);
  // Topics: what stories report on; a topic's figures recur across its stories.
  const topics = Array.from({ length: 2000 }, () => ({
    measure: pick(MEASURES),
    action: pick(ACTIONS),
    actor: pick(actors),
    target: pick(actors),
    base: Math.round(10 ** (2 + rand() * 4)),
    values: [] as number[],
  }));
  for (const t of topics)
    t.values = [
      t.base,
      Math.round(t.base / 100) * 100 || t.base,
      Math.round(t.base * 1.1),
      Math.round(t.base * 1.5),
      Math.round(t.base * 0.8),
      t.base * 2,
    ];
  const date = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

  function perturb(words: string[], share: number): string[] {
    return words.map((w) => (rand() < share ? pick(vocab) : w));
  }

  function story(): Story {
    const n = 12 + Math.floor(rand() * 14);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(perturb(pick(sentences), 0.7).join(' '));
    const topic = topics[Math.floor(rand() * rand() * topics.length)]!;
    const day = Math.floor(rand() * 500);
    const claims: Story['claims'] = [];
    const k = 2 + Math.floor(rand() * 5);
    for (let i = 0; i < k; i++) {
      const t = rand() < 0.7 ? topic : pick(topics);
      // News repeats a handful of figures per topic (the base, a rounding, an update, a plan), with some noise.
      const v = rand() < 0.9 ? t.values[Math.floor(rand() * t.values.length)]! : Math.round(t.base * (0.5 + rand()));
      const kind = rand();
      const bound = kind < 0.1 ? 'lower' : kind < 0.15 ? 'vague' : 'exact';
      claims.push({
        value: bound === 'exact' ? v : null,
        low: bound === 'exact' ? v : bound === 'lower' ? v : 1000,
        high: bound === 'exact' ? v : null,
        bound,
        approximate: rand() < 0.1,
        vague: bound === 'vague',
        incremental: rand() < 0.05,
        measure: rand() < 0.9 ? t.measure : null,
        action: rand() < 0.9 ? t.action : null,
        actor: rand() < 0.8 ? t.actor : null,
        target: rand() < 0.7 ? t.target : null,
        status: pick(STATUSES),
        source: rand() < 0.85 ? pick(sources) : null,
        sourceName: null,
        via: rand() < 0.2 ? [pick(sources)] : [],
        when: rand() < 0.3 ? date(day - Math.floor(rand() * 30)).slice(0, 7) : null,
        said: date(day),
        scope: rand() < 0.05 ? 'construction' : null,
      });
    }
    for (const c of claims) c.sourceName = c.source;
    return {
      sentences: out,
      outlet: pick(outlets),
      wire: rand() < 0.3 ? [pick(wires)] : [],
      published: date(day),
      claims,
    };
  }

  /** The i-th article: a new story, or a copy of an earlier one. */
  const recent: Story[] = [];
  function article(i: number): {
    id: string;
    body: string;
    outlet: string;
    wire: string[];
    published: string;
    claims: ClaimInput[];
  } {
    const r = rand();
    let s: Story;
    let outlet: string;
    let published: string;
    let wire: string[];
    if (recent.length && r < 0.2) {
      const o = pick(recent); // syndicated rewrite
      s = { ...o, sentences: o.sentences.map((x) => perturb(x.split(' '), 0.04).join(' ')).filter(() => rand() > 0.1) };
      outlet = pick(outlets);
      wire = o.wire.length ? o.wire : [o.outlet];
      published = o.published;
    } else if (recent.length && r < 0.28) {
      s = pick(recent); // verbatim copy elsewhere
      outlet = pick(outlets);
      wire = s.wire;
      published = s.published;
    } else if (recent.length && r < 0.35) {
      const o = pick(recent); // updated version, same outlet
      s = {
        ...o,
        sentences: [
          ...o.sentences.map((x) => (rand() < 0.1 ? perturb(x.split(' '), 0.3).join(' ') : x)),
          perturb(pick(sentences), 0.7).join(' '),
        ],
      };
      outlet = o.outlet;
      wire = o.wire;
      published = o.published;
    } else {
      s = story();
      outlet = s.outlet;
      wire = s.wire;
      published = s.published;
      recent.push(s);
      if (recent.length > 200) recent.shift();
    }
    const id = `a${i}`;
    const body = s.sentences.join(' ');
    // An explicit literal, as claimInput() builds: a spread copy of a 20-field object is a
    // dictionary-mode object of ~900 bytes instead of ~270.
    const claims = s.claims.map((c, j): ClaimInput => ({
      id: `${id}:${j}`,
      document: id,
      value: c.value,
      low: c.low,
      high: c.high,
      bound: c.bound,
      approximate: c.approximate,
      vague: c.vague,
      incremental: c.incremental,
      measure: c.measure,
      action: c.action,
      actor: c.actor,
      target: c.target,
      status: c.status,
      source: c.source,
      sourceName: c.sourceName,
      via: c.via,
      when: c.when,
      said: c.said,
      scope: c.scope ?? null,
    }));
    return { id, body, outlet, wire, published, claims };
  }
  return { article };
}

export interface CorpusBenchRow {
  articles: number;
  claims: number;
  bytes: number;
  duplicatesMs: number;
  /** CPU time (user + system) of this process: steadier than wall time on a shared machine. */
  duplicatesCpuMs: number;
  reconcileCpuMs: number;
  totalCpuMs: number;
  reconcileMs: number;
  totalMs: number;
  articlesPerSecond: number;
  links: Record<string, number>;
  figures: number;
  /** Claims placed in a figure. */
  placed: number;
  peakRssMb: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

function heapMb(): number {
  // With --expose-gc, the live heap (not the garbage a lazy collector has not reclaimed yet).
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
}

function rssMb(): number {
  return Math.round(process.memoryUsage().rss / 1048576);
}

export function benchCorpus(size: number, seed = 42): CorpusBenchRow {
  const gen = makeGenerator(seed);
  const index = new DuplicateIndex(0.5);
  const claims: ClaimInput[] = [];
  let peak = rssMb();
  let hashMs = 0;
  let hashCpu = 0;
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const a = gen.article(i);
    bytes += a.body.length;
    const t = performance.now();
    const u = process.cpuUsage();
    index.add({ id: a.id, body: a.body, outlet: a.outlet, wire: a.wire, published: a.published });
    hashCpu += cpuMs(u);
    hashMs += performance.now() - t;
    for (const c of a.claims) claims.push(c);
    if (i % 5000 === 0) peak = Math.max(peak, rssMb());
  }
  if (process.env.BENCH_DEBUG) process.stderr.write(`after hashing: heap ${heapMb()} MB, rss ${rssMb()} MB\n`);
  let t = performance.now();
  let u = process.cpuUsage();
  const links = index.links();
  if (process.env.BENCH_DEBUG) process.stderr.write(`after links: heap ${heapMb()} MB, rss ${rssMb()} MB\n`);
  const duplicatesMs = hashMs + (performance.now() - t);
  const duplicatesCpuMs = hashCpu + cpuMs(u);
  peak = Math.max(peak, rssMb());
  t = performance.now();
  u = process.cpuUsage();
  const provenance = provenanceIndex(index.docs, links);
  // As runCorpus does through Store.putCorpus: each figure reconciled, handed on and dropped
  // (the store's write is not timed here; the ingest rows time storage).
  let figures = 0;
  let placed = 0;
  for (const f of figureRecords(claims, index.docs, links, { provenance })) {
    figures++;
    placed += f.claims.length;
    if (figures % 200 === 0) peak = Math.max(peak, rssMb());
  }
  const reconcileMs = performance.now() - t;
  const reconcileCpuMs = cpuMs(u);
  if (process.env.BENCH_DEBUG) process.stderr.write(`after figures: heap ${heapMb()} MB, rss ${rssMb()} MB\n`);
  peak = Math.max(peak, rssMb());
  const kinds: Record<string, number> = {};
  for (const l of links) kinds[l.kind] = (kinds[l.kind] ?? 0) + 1;
  const totalMs = duplicatesMs + reconcileMs;
  return {
    articles: size,
    claims: claims.length,
    bytes,
    duplicatesMs: Math.round(duplicatesMs),
    duplicatesCpuMs: Math.round(duplicatesCpuMs),
    reconcileCpuMs: Math.round(reconcileCpuMs),
    totalCpuMs: Math.round(duplicatesCpuMs + reconcileCpuMs),
    reconcileMs: Math.round(reconcileMs),
    totalMs: Math.round(totalMs),
    articlesPerSecond: Math.round(size / (totalMs / 1000)),
    links: kinds,
    figures,
    placed,
    peakRssMb: peak,
  };
}

function markdown(
  rows: CorpusBenchRow[],
  ratios: Array<{ from: number; to: number; ratio: number; cpuRatio: number }>,
): string {
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const out = [
    '# Corpus stages benchmark',
    '',
    `Node ${process.version}, ${cpus().length} CPUs, load average ${load}, ${new Date().toISOString()}. Wall time counts waiting for a CPU on a shared machine; the CPU time does not.`,
    '',
  ];
  out.push(
    '| articles | claims | MB text | duplicates ms (cpu) | reconcile ms (cpu) | total ms (cpu) | articles/s | links (dup/synd/version) | figures | peak RSS MB |',
  );
  out.push('|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|');
  for (const r of rows) {
    out.push(
      `| ${r.articles} | ${r.claims} | ${(r.bytes / 1e6).toFixed(1)} | ${r.duplicatesMs} (${r.duplicatesCpuMs}) | ${r.reconcileMs} (${r.reconcileCpuMs}) | ${r.totalMs} (${r.totalCpuMs}) | ${r.articlesPerSecond} | ${r.links.duplicate ?? 0}/${r.links.syndicated ?? 0}/${r.links.version ?? 0} | ${r.figures} | ${r.peakRssMb} |`,
    );
  }
  out.push('');
  for (const x of ratios)
    out.push(
      `- ${x.from} → ${x.to} articles: ${x.ratio.toFixed(2)}× the wall time, ${x.cpuRatio.toFixed(2)}× the CPU time (target ≤ 12×)`,
    );
  out.push('');
  return out.join('\n');
}

const here = fileURLToPath(import.meta.url);

/** `--size 1000,10k,100000` as numbers of articles; null unless each is a whole number of at least 1. */
export function parseSizes(text: string): number[] | null {
  const sizes = text.split(',').map((s) => Number(s.trim().replace(/k$/i, '000')));
  return sizes.every((n) => Number.isInteger(n) && n >= 1) ? sizes : null;
}

/**
 * {@link benchCorpus} in a fresh process (this file, with `--corpus-child`); its peak RSS is the process's high-water
 * mark.
 */
export function corpusInChild(size: number, seed = 42): Promise<CorpusBenchRow> {
  return childJson<CorpusBenchRow>(here, ['--corpus-child', String(size), String(seed)]);
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.split('=')[1];
  };
  const sizes = parseSizes(arg('--size') ?? '1000,10000,100000');
  if (!sizes)
    throw new Error(`--size takes numbers of articles separated by commas (1000,10k), not \`${arg('--size')}\``);
  const outDir = resolve(arg('--out') ?? join(root, 'bench/results'));
  const rows: CorpusBenchRow[] = [];
  for (const size of sizes) {
    const row = await corpusInChild(size);
    rows.push(row);
    process.stdout.write(
      `${size} articles: duplicates ${row.duplicatesMs} ms (cpu ${row.duplicatesCpuMs}), reconcile ${row.reconcileMs} ms (cpu ${row.reconcileCpuMs}), ${row.articlesPerSecond} articles/s, links ${JSON.stringify(row.links)}, ${row.figures} figures, peak RSS ${row.peakRssMb} MB\n`,
    );
  }
  const ratios: Array<{ from: number; to: number; ratio: number; cpuRatio: number }> = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (b.articles === a.articles * 10)
      ratios.push({
        from: a.articles,
        to: b.articles,
        ratio: b.totalMs / Math.max(1, a.totalMs),
        cpuRatio: b.totalCpuMs / Math.max(1, a.totalCpuMs),
      });
  }
  for (const x of ratios)
    process.stdout.write(
      `10× articles (${x.from} → ${x.to}): ${x.ratio.toFixed(2)}× the wall time, ${x.cpuRatio.toFixed(2)}× the CPU time${Math.min(x.ratio, x.cpuRatio) <= 12 ? '' : ' — above the 12× target'}\n`,
    );
  // Each size ran in its own process: the largest of their high-water marks.
  const maxRssMb = Math.max(...rows.map((r) => r.peakRssMb));
  process.stdout.write(`peak RSS of the largest run: ${maxRssMb} MB\n`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'corpus.json'),
    JSON.stringify({ node: process.version, rows, ratios, maxRssMb }, null, 2) + '\n',
  );
  writeFileSync(join(outDir, 'corpus.md'), markdown(rows, ratios));
  process.stdout.write(`results: ${join(outDir, 'corpus.json')}, ${join(outDir, 'corpus.md')}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === here) {
  if (process.argv[2] === '--corpus-child') {
    const row = benchCorpus(Number(process.argv[3]), Number(process.argv[4]));
    // The kernel's high-water mark (KB): every byte the process touched, not only when sampled.
    row.peakRssMb = Math.max(row.peakRssMb, Math.round(process.resourceUsage().maxRSS / 1024));
    process.stdout.write(JSON.stringify(row) + '\n');
  } else {
    main().catch((err: unknown) => {
      process.stderr.write(`corpus bench: ${String((err as Error)?.message ?? err)}\n`);
      process.exitCode = 1;
    });
  }
}
