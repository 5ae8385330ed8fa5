/** The benchmark `node dist/bench/scale.js` runs: bench/scale.ts sets the V8 flags, then loads this. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCorpus } from '../src/corpus/index.js';
import { ingest, type Analyzer } from '../src/ingest/ingest.js';
import { defaultConfig } from '../src/pipeline.js';
import { createLogger, type LogLine } from '../src/queue/common.js';
import { enqueue } from '../src/queue/enqueue.js';
import { queueStatus } from '../src/queue/status.js';
import { runWorker } from '../src/queue/worker.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { fakeAnalyzer } from './queue-fixtures.js';
import { testPostgres } from './pg-server.js';

const here = fileURLToPath(import.meta.url);
const compiled = here.endsWith('.js');
const root = path.resolve(path.dirname(here), compiled ? '../..' : '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const analyzerName = arg('analyzer', 'real');
const analyzer: Analyzer | undefined = analyzerName === 'fake' ? fakeAnalyzer : undefined;

// ---- worker mode: one `crosscheck worker` process ------------------------------------------
if (process.argv.includes('--worker')) {
  const controller = new AbortController();
  process.removeAllListeners('SIGTERM');
  process.once('SIGTERM', () => controller.abort());
  await runWorker({
    db: arg('db', ''),
    analyzer,
    log: createLogger('json', process.stdout),
    signal: controller.signal,
    exitWhenIdleMs: 1500,
    pollingIntervalSeconds: 0.5,
  });
  const cpu = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({ level: 'info', msg: 'process cpu', cpuMs: Math.round((cpu.user + cpu.system) / 1000) }) + '\n',
  );
  process.exit(0);
}

// ---- the bench ---------------------------------------------------------------------------------
const n = Number(arg('n', '1000'));
const workerCounts = arg('workers', '1,2,4').split(',').map(Number);
/** Articles per batch (= per job), the same for the one-process run; small enough that 4 workers share the work. */
const batchSize = Number(arg('batch', '50'));
const outDir = path.resolve(root, arg('out', 'bench/results'));
const tmp = mkdtempSync(path.join(tmpdir(), 'crosscheck-scale-'));

/** `n` articles: the demo seeds with every number shifted, so each copy is new but costs the same. */
function writeInputs(count: number): string[] {
  const seedDir = path.join(root, 'corpus/demo');
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(seedDir, f), 'utf8'));
  const dir = path.join(tmp, 'inputs');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = seeds[i % seeds.length]!.replace(/\d+/g, (d) => String(Number(d) + Math.floor(i / seeds.length)));
    const file = path.join(dir, `a${String(i).padStart(6, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

interface RunResult {
  label: string;
  processes: number;
  articles: number;
  /** Seconds from start to every article stored. */
  ingestSeconds: number;
  /** Seconds to the corpus results being up to date too. */
  totalSeconds: number;
  articlesPerSecond: number;
  enqueueSeconds?: number;
  profile: { analyseMs: number; storeMs: number; corpusMs: number; corpusRuns: number; jobs: number };
  /**
   * CPU milliseconds per stored article: analysis and store writes in the workers, all of each worker process, and the
   * PostgreSQL server.
   */
  cpuPerArticle: { analyse: number; store: number; workerProcess: number; postgres: number | null };
}

/** CPU (ms) used so far by every running `postgres` process (server and backends), from /proc. */
function postgresCpuMs(): number | null {
  try {
    let ticks = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      } catch {
        /* gone */
      }
    }
    return ticks * 10; // USER_HZ = 100
  } catch {
    return null;
  }
}

async function sqliteRun(files: string[]): Promise<RunResult> {
  const store = openSqliteStore(path.join(tmp, 'single.db'));
  let analyseMs = 0;
  let analyseCpu = 0;
  const timed: Analyzer = {
    async analyse(inputs, ctx) {
      const t = performance.now();
      const c = process.cpuUsage();
      const out = await (analyzer ?? (await import('../src/ingest/ingest.js')).inProcessAnalyzer).analyse(inputs, ctx);
      const d = process.cpuUsage(c);
      analyseCpu += (d.user + d.system) / 1000;
      analyseMs += performance.now() - t;
      return out;
    },
  };
  const cpuStart = process.cpuUsage();
  const t0 = performance.now();
  const summary = await ingest(files, store, { analyzer: timed, config: { ...defaultConfig }, batchSize });
  const t1 = performance.now();
  const cpuIngest = process.cpuUsage(cpuStart);
  await runCorpus(store);
  const t2 = performance.now();
  await store.close();
  const ingestSeconds = (t1 - t0) / 1000;
  return {
    label: 'SQLite, one process (crosscheck ingest)',
    processes: 1,
    articles: summary.stored,
    ingestSeconds,
    totalSeconds: (t2 - t0) / 1000,
    articlesPerSecond: summary.stored / ingestSeconds,
    profile: {
      analyseMs: Math.round(analyseMs),
      storeMs: Math.round(t1 - t0 - analyseMs),
      corpusMs: Math.round(t2 - t1),
      corpusRuns: 1,
      jobs: 0,
    },
    cpuPerArticle: {
      analyse: analyseCpu / summary.stored,
      store: ((cpuIngest.user + cpuIngest.system) / 1000 - analyseCpu) / summary.stored,
      workerProcess: (cpuIngest.user + cpuIngest.system) / 1000 / summary.stored,
      postgres: null,
    },
  };
}

async function postgresRun(files: string[], url: string, workers: number): Promise<RunResult> {
  const te = performance.now();
  const summary = await enqueue(files, { db: url, batchSize });
  const enqueueSeconds = (performance.now() - te) / 1000;
  const t0 = performance.now();
  const pg0 = postgresCpuMs();
  const lines: LogLine[] = [];
  const cmd = compiled ? process.execPath : path.join(root, 'node_modules/.bin/vite-node');
  const args = compiled
    ? [here, '--worker', '--db', url, '--analyzer', analyzerName]
    : [here, '--', '--worker', '--db', url, '--analyzer', analyzerName];
  const exits = Array.from({ length: workers }, () => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        try {
          lines.push(JSON.parse(buf.slice(0, nl)) as LogLine);
        } catch {
          /* not a log line */
        }
        buf = buf.slice(nl + 1);
      }
    });
    return new Promise<number | null>((resolve) => child.on('exit', resolve));
  });
  // Stored = every ingest job completed.
  let ingestSeconds = 0;
  let pgCpu: number | null = null;
  for (;;) {
    const s = await queueStatus(url);
    if (s.ingest.queued + s.ingest.active + s.ingest.retry === 0) {
      ingestSeconds = (performance.now() - t0) / 1000;
      pgCpu = pg0 === null ? null : (postgresCpuMs() ?? 0) - pg0;
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await Promise.all(exits);
  const totalSeconds = (performance.now() - t0) / 1000;
  const done = lines.filter((l) => l.msg === 'job done');
  const corpus = lines.filter((l) => l.msg === 'corpus run done');
  const sum = (xs: LogLine[], k: string) => xs.reduce((a, l) => a + Number(l[k] ?? 0), 0);
  const store = await openPostgresStore(url);
  const articles = (await store.stats()).documents;
  await store.close();
  return {
    label: `PostgreSQL, ${workers} worker process${workers > 1 ? 'es' : ''} (ingest --queue + crosscheck worker)`,
    processes: workers,
    articles,
    ingestSeconds,
    totalSeconds,
    articlesPerSecond: summary.queued / ingestSeconds,
    enqueueSeconds,
    profile: {
      analyseMs: sum(done, 'analyseMs'),
      storeMs: sum(done, 'storeMs'),
      corpusMs: sum(corpus, 'ms'),
      corpusRuns: corpus.length,
      jobs: done.length,
    },
    cpuPerArticle: {
      analyse: sum(done, 'analyseCpuMs') / articles,
      store: sum(done, 'storeCpuMs') / articles,
      workerProcess:
        sum(
          lines.filter((l) => l.msg === 'process cpu'),
          'cpuMs',
        ) / articles,
      postgres: pgCpu === null ? null : pgCpu / articles,
    },
  };
}

const server = await testPostgres();
if (server.skip) {
  console.error(server.skip);
  process.exit(2);
}
const files = writeInputs(n);
const results: RunResult[] = [];
results.push(await sqliteRun(files));
console.error(`sqlite: ${results[0]!.articlesPerSecond.toFixed(1)} articles/s`);
for (const w of workerCounts) {
  const r = await postgresRun(files, server.urlFor(server.schema('scale')), w);
  results.push(r);
  console.error(`postgres × ${w}: ${r.articlesPerSecond.toFixed(1)} articles/s`);
}
await server.stop();

const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
const rows = results.map(
  (r) =>
    `| ${r.label} | ${r.articles} | ${r.ingestSeconds.toFixed(1)} | ${r.articlesPerSecond.toFixed(1)} | ${r.totalSeconds.toFixed(1)} | ${(r.profile.analyseMs / 1000).toFixed(1)} | ${(r.profile.storeMs / 1000).toFixed(1)} | ${(r.profile.corpusMs / 1000).toFixed(1)} (${r.profile.corpusRuns}) |`,
);
const f = (x: number | null) => (x === null ? '–' : x.toFixed(1));
const cpuRows = results.map(
  (r) =>
    `| ${r.label} | ${f(r.cpuPerArticle.analyse)} | ${f(r.cpuPerArticle.store)} | ${f(r.cpuPerArticle.workerProcess)} | ${f(r.cpuPerArticle.postgres)} |`,
);
const md = [
  `# Scale-out bench`,
  '',
  `${n} articles (the demo seeds with shifted numbers), ${batchSize} per batch/job, analyzer: ${analyzerName}; machine: ${machine}; load average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}.`,
  '',
  '| run | stored | seconds to stored | articles/s | seconds incl. corpus | analysis s (sum) | store writes s (sum) | corpus s (runs) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  'Sums are over all processes (wall seconds spent in each part); "seconds to stored" is wall time from the workers\' start to the last ingest job done (process start-up included).',
  '',
  'CPU per stored article (ms), the profile that does not depend on how busy the machine was:',
  '',
  '| run | analysis | store writes (client side) | whole worker process | PostgreSQL server |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...cpuRows,
  '',
].join('\n');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  path.join(outDir, 'scale.json'),
  JSON.stringify({ n, batchSize, analyzer: analyzerName, machine, loadavg: loadavg(), results }, null, 2) + '\n',
);
writeFileSync(path.join(outDir, 'scale.md'), md);
process.stdout.write(md);
