/**
 * The `crosscheck` command: argument parsing and reporters over the library.
 * Exit codes: 0 ok, 1 some inputs failed, 2 usage error (or a store that
 * cannot be opened). Run through an entry point (main.ts, bin.ts), which sets
 * the V8 flags before loading this.
 */
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { CrosscheckError, errorText } from '../errors.js';
import { openStore } from '../store/open.js';
import { redactUrl } from '../store/redact.js';
import { plainText } from '../report/safe.js';
import type { Store } from '../store/store.js';
import { ingestItems, type IngestSummary } from '../ingest/ingest.js';
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/read.js';
import { progressBar } from './progress.js';
import { addReviewCommand } from './review.js';
import { reviewed } from '../review/reviewed-store.js';
import { withCorpusHeap } from './v8-flags.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The package root, from src/cli (tests) or dist/src/cli (built). */
const packageRoot = [path.resolve(here, '../..'), path.resolve(here, '../../..')].find((p) =>
  existsSync(path.join(p, 'package.json')),
)!;
const demoCorpus = path.join(packageRoot, 'corpus/demo');

export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

const defaultDb = () => process.env.CROSSCHECK_DB || './crosscheck.db';

function dbOption() {
  return new Option('--db <path|url>', 'SQLite file or postgres:// URL (env CROSSCHECK_DB)').default(
    undefined,
    './crosscheck.db',
  );
}

function intArg(name: string, max = Number.MAX_SAFE_INTEGER) {
  return (v: string) => {
    const n = Number(v);
    const range = max === Number.MAX_SAFE_INTEGER ? 'a whole number' : `a whole number from 0 to ${max}`;
    if (!Number.isInteger(n) || n < 0 || n > max)
      throw new CommanderError(
        2,
        'crosscheck.usage',
        errorText('E_USAGE', { reason: `${name} must be ${range}, got "${v}"`, command: '' }),
      );
    return n;
  };
}

async function withStore<T>(
  db: string | undefined,
  fn: (store: Store) => Promise<T>,
  options: { mustExist?: boolean } = {},
): Promise<T> {
  const store = await openStore(db ?? defaultDb(), options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function printIngest(summary: IngestSummary, io: Io, json: boolean, corpus: unknown): void {
  if (json) {
    io.stdout.write(
      JSON.stringify(
        {
          read: summary.read,
          stored: summary.stored,
          versions: summary.versions,
          unchanged: summary.unchanged,
          failed: summary.failed,
          failures: summary.failures,
          warnings: summary.warnings,
          messages: summary.messages,
          outcomes: summary.outcomes,
          corpus,
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  // File names and texts come from the inputs: no control characters reach the terminal.
  for (const f of summary.failures) io.stderr.write(`error ${f.code}: ${plainText(f.text)}\n`);
  for (const w of summary.warnings) io.stderr.write(`warning ${w.code}: ${plainText(w.text)}\n`);
  for (const m of summary.messages) io.stderr.write(`note ${m.code}: ${plainText(m.source)}: ${plainText(m.text)}\n`);
  io.stderr.write(
    `ingested: ${summary.stored} new, ${summary.versions} new versions, ${summary.unchanged} unchanged, ${summary.failed} failed\n`,
  );
  const run = corpus as {
    mode?: string;
    stories?: number;
    recomputed?: number;
    read?: string;
    fullBecause?: string;
  } | null;
  // Every document's kept state is read when the last run packed no indexes (a store an older build wrote).
  const read = run?.read === 'states' ? ', every kept document state read' : '';
  if (run?.mode === 'incremental')
    io.stderr.write(`corpus: ${run.recomputed} of ${run.stories} stories recomputed${read}\n`);
  else if (run?.fullBecause) io.stderr.write(`corpus: full run (${plainText(run.fullBecause)})\n`);
}

/** Run the corpus stages when they are available in this build. */
async function runCorpusStages(store: Store): Promise<unknown> {
  const { runCorpus } = await import('../corpus/index.js');
  const result = await withCorpusHeap(() => runCorpus(store));
  return {
    figures: result.figures,
    duplicates: result.duplicates.length,
    entities: result.entities.length,
    mode: result.mode,
    ...(result.mode === 'incremental'
      ? { stories: result.stories, recomputed: result.touched, read: result.read }
      : {}),
    ...(result.fullBecause ? { fullBecause: result.fullBecause } : {}),
  };
}

async function doIngest(paths: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  const json = !!opts.json;
  const bar = progressBar({ enabled: !json, stream: io.stderr as NodeJS.WriteStream });
  return withStore(opts.db as string | undefined, async (store) => {
    let analyzer;
    // One worker thread per core by default, started once the run proves larger than a few articles; 1: this thread.
    const workers = (opts.workers as number | undefined) ?? availableParallelism();
    if (workers > 1) {
      const { autoAnalyzer } = await import('../ingest/workers.js');
      analyzer = autoAnalyzer(workers);
    }
    if (opts.corpus !== false) {
      // The figures stored before the first recorded change are the baseline, not news (docs/watch.md).
      const [{ watchState }, { takeBaseline }] = await Promise.all([
        import('../store/watch-state.js'),
        import('../watch/events.js'),
      ]);
      await takeBaseline(store, await watchState(store));
    }
    const urls = paths.filter((p) => /^https?:\/\//i.test(p));
    const files = paths.filter((p) => !/^https?:\/\//i.test(p));
    const readOptions = { maxBytes: opts.maxBytes as number, followSymlinks: !!opts.followSymlinks, keepUtf8: true };
    async function* inputs() {
      if (files.length || !urls.length) yield* readInputs(files, readOptions);
      if (urls.length) {
        const { fetcherFrom, urlItems } = await import('./watch.js');
        yield* urlItems(
          urls,
          fetcherFrom({ contact: opts.contact as string | undefined, maxBytes: opts.maxBytes as number }),
        );
      }
    }
    const summary = await ingestItems(inputs(), store, {
      maxBytes: opts.maxBytes as number,
      followSymlinks: !!opts.followSymlinks,
      batchSize: opts.batchSize as number,
      config: opts.maxChars ? { maxChars: opts.maxChars as number } : undefined,
      analyzer,
      retrieved: (opts.retrieved as string) ?? null,
      onProgress: (p) => bar.update(p.read + p.failed, null, `${p.stored} stored`),
    });
    bar.stop();
    let corpus: unknown = null;
    let corpusError: string | null = null;
    try {
      corpus = opts.corpus === false ? null : await runCorpusStages(store);
    } catch (err) {
      // The articles are stored; a store lost during the corpus run must not hide the run's summary.
      corpusError = String((err as Error)?.message ?? err);
    }
    // The figures moved: what changed is recorded for `watch` consumers and GET /api/events.
    if (corpus !== null) {
      const [{ watchState }, { recordChanges, snapshotStale }] = await Promise.all([
        import('../store/watch-state.js'),
        import('../watch/events.js'),
      ]);
      const state = await watchState(store);
      if (summary.stored + summary.versions > 0 || (await snapshotStale(store, state)))
        await recordChanges(store, state);
    }
    printIngest(summary, io, json, corpus);
    if (corpusError !== null)
      io.stderr.write(`error E_CORPUS: ${plainText(errorText('E_CORPUS', { reason: corpusError }))}\n`);
    return summary.failed > 0 || corpusError !== null ? 1 : 0;
  });
}

/** Build the program; `io` lets tests capture output. */
export function buildProgram(
  io: Io = { stdout: process.stdout, stderr: process.stderr },
  setExit: (code: number) => void = (c) => (process.exitCode = c),
): Command {
  const program = new Command();
  program
    .name('crosscheck')
    .description(
      'A sourced, reconciled ledger of the numeric claims, quotes and sources across news articles about one story.',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  program
    .command('ingest')
    .description(
      'Read articles (files, folders, globs, - for stdin; .txt .md .html .htm .html.gz .json .jsonl), analyse and store them, then update figures.',
    )
    .argument('<paths...>', 'files, folders (recursive), globs, or - for standard input')
    .addOption(dbOption())
    .option('--json', 'machine output on stdout')
    .option('--no-corpus', 'skip the corpus stages (duplicates, figures, reconciliation) after ingest')
    .option(
      '--batch-size <n>',
      'most articles per transaction, and inputs per window of repeated-line counts for text',
      intArg('--batch-size'),
      200,
    )
    .option('--max-bytes <n>', 'largest file read, in bytes', intArg('--max-bytes'), DEFAULT_MAX_BYTES)
    .option(
      '--follow-symlinks',
      'follow symbolic links in folders wherever they lead (default: only inside the folders given)',
    )
    .option(
      '--max-chars <n>',
      'longest article text analysed, in characters (longer ones are truncated, with a warning)',
      intArg('--max-chars'),
    )
    .option(
      '--workers <n>',
      'worker threads for the per-article stages (default: one per core, started when a run has 8 inputs or more; 1: all in this thread)',
      intArg('--workers'),
    )
    .option('--retrieved <iso>', 'when the pages were retrieved (resolves "2 days ago")')
    .option('--contact <email|url>', 'for http(s) URLs given: who sites can write to, sent in the User-Agent')
    .option('--queue', 'enqueue the work for `crosscheck worker` processes (PostgreSQL only)')
    .option(
      '--wait',
      'with --queue: wait until every queued job has ended; a job that failed its last retry is an error (exit 1)',
    )
    .option('--retries <n>', 'with --queue: retries of a failed job (default 5)', intArg('--retries'))
    .action(async (paths: string[], opts) => {
      if (opts.queue) {
        const { enqueueCommand } = await import('./queue.js');
        setExit(await enqueueCommand(paths, { ...opts, db: opts.db ?? defaultDb() }, io));
        return;
      }
      setExit(await doIngest(paths, opts, io));
    });

  const watch = program
    .command('watch')
    .description(
      'Follow the watched feeds, sitemaps and pages: fetch what is new or changed, ingest it, and print events (NDJSON) as figures move.',
    )
    .addOption(dbOption())
    .option('--once', 'poll every source once and exit (for cron and tests)')
    .option('--interval <seconds>', 'time between the starts of two polls', intArg('--interval'), 900)
    .option('--notify <url>', 'POST each event as JSON to this webhook instead of printing it')
    .option(
      '--contact <email|url>',
      'who sites can write to about this crawler, sent in the User-Agent (env CROSSCHECK_CONTACT)',
    )
    .option('--user-agent <text>', 'the whole User-Agent, instead of crosscheck/<version> (+contact)')
    .option('--timeout <ms>', 'per request', intArg('--timeout'), 20_000)
    .option(
      '--host-interval <ms>',
      'least time between two requests to one host (a robots.txt Crawl-delay raises it)',
      intArg('--host-interval'),
      1000,
    )
    .option('--retries <n>', 'tries after the first on a network error, 429 or 5xx', intArg('--retries', 10), 2)
    .option('--max-bytes <n>', 'largest response read, in bytes', intArg('--max-bytes'), 8 * 1024 * 1024)
    .option(
      '--max-items <n>',
      'articles fetched per source per poll; the rest wait for the next',
      intArg('--max-items'),
      50,
    )
    .option('--quiet', 'no per-source lines on stderr')
    .action(async (opts) => {
      setExit(await withStore(opts.db, async (store) => (await import('./watch.js')).watchRun(store, opts, io)));
    });
  // The subcommands take the watch command's --db (given before or after them).
  watch
    .command('add')
    .description('Watch a feed (RSS, Atom, RDF, JSON Feed), a sitemap or news sitemap, or an article page.')
    .argument('<url>', 'http(s) address')
    .option('--story <name>', 'the story this source follows')
    .addOption(
      new Option('--kind <kind>', 'what the URL is (auto: decided on the first poll)')
        .choices(['auto', 'feed', 'sitemap', 'page'])
        .default('auto'),
    )
    .option('--filter <keywords>', 'comma-separated keywords: only items that mention one are fetched')
    .action(async (url: string, opts) => {
      setExit(
        await withStore(watch.opts().db, async (store) => (await import('./watch.js')).watchAdd(store, url, opts, io)),
      );
    });
  watch
    .command('list')
    .description('The watched sources, with their last poll.')
    .option('--json', 'as JSON')
    .action(async (opts) => {
      setExit(
        await withStore(watch.opts().db, async (store) =>
          (await import('./watch.js')).watchList(store, !!opts.json, io),
        ),
      );
    });
  watch
    .command('remove')
    .description('Stop watching a source (by its number or URL).')
    .argument('<source>', 'number (from `watch list`) or URL')
    .action(async (source: string) => {
      setExit(
        await withStore(watch.opts().db, async (store) => (await import('./watch.js')).watchRemove(store, source, io)),
      );
    });

  program
    .command('report')
    .description(
      'The story report: figures with values, sources, disagreements and timelines; quotes by speaker; articles.',
    )
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or md').choices(['text', 'md']).default('text'))
    .option('--json', 'the report data as JSON')
    .option('--story <story>', 'only this story (its id or label)')
    .option('--no-color', 'no colour even on a terminal')
    .action(async (opts) => {
      await withStore(
        opts.db,
        async (store) => {
          const report = await import('../report/index.js');
          const data = await report.buildReport(reviewed(store), { story: opts.story });
          if (opts.json) io.stdout.write(JSON.stringify(data, null, 2) + '\n');
          else if (opts.format === 'md') io.stdout.write(report.renderMarkdown(data));
          else
            io.stdout.write(
              report.renderTerminal(data, {
                color: opts.color !== false && !!io.stdout.isTTY && !process.env.NO_COLOR,
              }),
            );
        },
        { mustExist: true },
      );
    });

  program
    .command('export')
    .description('Export the store as crosscheck-export/1 (docs/export-format.md).')
    .addOption(dbOption())
    .addOption(
      new Option('--format <format>', 'json, ndjson or csv').choices(['json', 'ndjson', 'csv']).default('json'),
    )
    .addOption(
      new Option('--table <table>', 'with csv: which table')
        .choices(['documents', 'claims', 'quotes', 'entities', 'figures', 'duplicates', 'relations', 'stories'])
        .default('claims'),
    )
    .option('--story <story>', 'only this story (its id or label; `report` lists them)')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (opts) => {
      await withStore(
        opts.db,
        async (store) => {
          const { writeExport } = await import('../export/index.js');
          const { createWriteStream } = await import('node:fs');
          const out = opts.out ? createWriteStream(opts.out) : io.stdout;
          await writeExport(reviewed(store), out, { format: opts.format, table: opts.table, story: opts.story });
          if (opts.out)
            await new Promise<void>((resolve, reject) =>
              (out as import('node:fs').WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())),
            );
        },
        { mustExist: true },
      );
    });

  program
    .command('eval')
    .description('Score what crosscheck extracts from a corpus against a gold file (crosscheck-gold/1).')
    .requiredOption('--gold <file>', 'the gold file')
    .argument('<corpus>', "folder holding the gold file's documents")
    .option('--json', 'scores as JSON')
    .option('--verbose', "list each document's misses")
    .option('--baseline', 'score the every-number baseline instead of the pipeline (sanity check)')
    .action(async (corpus: string, opts) => {
      const { runEval, formatEval } = await import('../eval/run.js');
      const report = await runEval({ gold: opts.gold, corpus, baseline: !!opts.baseline });
      io.stdout.write(
        opts.json ? JSON.stringify(report, null, 2) + '\n' : formatEval(report, { verbose: !!opts.verbose }),
      );
    });

  program
    .command('serve')
    .description('Serve the HTTP API and the web UI.')
    .addOption(dbOption())
    .option('--port <n>', 'port', intArg('--port', 65535), 8080)
    .option('--host <host>', 'address to bind (default loopback only)', '127.0.0.1')
    .option('--token <token>', 'allow POST /api/ingest with this bearer token (env CROSSCHECK_TOKEN)')
    .option('--cors <origins>', 'comma-separated origins allowed by CORS (default: none)')
    .option(
      '--allow-host <names>',
      'comma-separated host names to answer besides IP addresses and localhost (.example.org allows its subdomains)',
    )
    .action(async (opts) => {
      await serveCommand(opts, io);
    });

  program
    .command('demo')
    .description('Ingest the bundled demo corpus (five seed articles) and print the story report.')
    .addOption(dbOption())
    .option('--serve', 'then serve the web UI')
    .option('--port <n>', 'port for --serve', intArg('--port', 65535), 8080)
    .action(async (opts) => {
      const code = await doIngest([demoCorpus], { ...opts, batchSize: 200, maxBytes: DEFAULT_MAX_BYTES }, io);
      await withStore(opts.db, async (store) => {
        const report = await import('../report/index.js');
        io.stdout.write(
          report.renderTerminal(await report.buildReport(reviewed(store)), {
            color: !!io.stdout.isTTY && !process.env.NO_COLOR,
          }),
        );
      });
      if (opts.serve) await serveCommand({ ...opts, host: '127.0.0.1' }, io);
      setExit(code);
    });

  program
    .command('migrate')
    .description('Copy a store into another (e.g. SQLite into PostgreSQL).')
    .requiredOption('--from <path|url>', 'source store')
    .requiredOption('--to <path|url>', 'target store')
    .action(async (opts) => {
      const { migrateStore } = await import('../store/migrate.js');
      const from = await openStore(opts.from, { readonly: false });
      const to = await openStore(opts.to);
      try {
        const n = await migrateStore(from, to);
        io.stderr.write(
          `migrated ${typeof n === 'number' ? n : JSON.stringify(n)} from ${redactUrl(opts.from)} to ${redactUrl(opts.to)}\n`,
        );
      } finally {
        await from.close();
        await to.close();
      }
    });

  program
    .command('worker')
    .description('Process queued ingest jobs (PostgreSQL); stops cleanly on SIGTERM.')
    .addOption(dbOption())
    .option('--concurrency <n>', 'jobs at once', intArg('--concurrency'), 1)
    .addOption(new Option('--log <format>', 'log format').choices(['text', 'json']).default('text'))
    .option('--queue-url <url>', 'where the queue lives (default: the --db database)')
    .option(
      '--exit-when-idle <ms>',
      'stop once the queue has been idle this long (batch runs)',
      intArg('--exit-when-idle'),
    )
    .option('--no-corpus', 'do not run corpus jobs in this worker')
    .option(
      '--stop-timeout <ms>',
      'how long SIGTERM waits for the current job before giving it back',
      intArg('--stop-timeout'),
    )
    .action(async (opts) => {
      const { workerCommand } = await import('./queue.js');
      setExit(await workerCommand({ ...opts, db: opts.db ?? defaultDb() }, io));
    });

  addReviewCommand(program, io, withStore, dbOption, setExit);

  return program;
}

async function serveCommand(opts: Record<string, unknown>, io: Io): Promise<void> {
  const { startServer } = await import('../server/serve.js');
  const db = (opts.db as string) ?? defaultDb();
  const store = await openStore(db);
  const token = (opts.token as string) ?? process.env.CROSSCHECK_TOKEN;
  const cors =
    typeof opts.cors === 'string'
      ? opts.cors
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  // The job queue lives only in PostgreSQL; loaded lazily so SQLite users never load pg.
  const { isPostgresUrl } = await import('../store/open.js');
  const queueStatus = isPostgresUrl(db) ? async () => (await import('../queue/status.js')).queueStatus(db) : undefined;
  const allowHost =
    typeof opts.allowHost === 'string'
      ? opts.allowHost
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  const host = (opts.host as string) ?? '127.0.0.1';
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    const log = (line: string) => io.stderr.write(`${new Date().toISOString()} error ${plainText(line)}\n`);
    server = await startServer({
      store,
      port: opts.port as number,
      host,
      allowHost,
      token,
      cors,
      queueStatus,
      log,
      webRoot: path.join(packageRoot, 'dist/web'),
      aroundCorpus: withCorpusHeap,
    });
  } catch (err) {
    await store.close();
    const e = err as NodeJS.ErrnoException;
    const reason =
      e.code === 'EADDRINUSE'
        ? 'the port is in use (give another with --port, or 0 for any free one)'
        : e.code === 'EACCES'
          ? 'permission denied (ports below 1024 need privileges)'
          : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND'
            ? 'this machine has no such address'
            : (e.code ?? e.message);
    throw new CrosscheckError('E_LISTEN', { address: `${host}:${String(opts.port)}`, reason });
  }
  io.stderr.write(`crosscheck is serving ${server.url} (Ctrl-C to stop)\n`);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Run the CLI with argv; resolves to the exit code. */
export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
        return 0;
      if (err.code === 'crosscheck.usage') io.stderr.write(err.message + '\n');
      return 2;
    }
    if (err instanceof CrosscheckError) {
      io.stderr.write(`error ${err.code}: ${plainText(err.message)}\n`);
      return err.code === 'E_GOLD' ||
        err.code.startsWith('E_DB') ||
        err.code === 'E_USAGE' ||
        err.code === 'E_FORMAT' ||
        err.code === 'E_REVIEW' ||
        err.code === 'E_LISTEN'
        ? 2
        : 1;
    }
    io.stderr.write(`error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

/** Run the CLI on this process's arguments, as the `crosscheck` command (bin.ts) or `node dist/src/cli/main.js`. */
export function runCommandLine(argv: string[] = process.argv.slice(2)): void {
  main(argv).then((code) => {
    // Let a running server keep the process alive; otherwise exit with the code.
    if (code !== 0 || !argv.some((a) => a === 'serve' || a === '--serve')) process.exitCode = code;
  });
}
