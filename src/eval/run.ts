/**
 * The eval runner behind `crosscheck eval --gold FILE CORPUS_DIR`: read each
 * gold document's file from the corpus folder, analyse it with the default
 * pipeline, flatten it to records, score against the gold key, and (when the
 * key has `figures[]`) run the corpus stages over an in-memory store and
 * check the figures' `expect` statements.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { rawText, type Article, type ArticleInput } from '../article.js';
import { analyse } from '../analyse.js';
import { countLines } from '../ingest/ingest.js';
import { readInputs } from '../ingest/read.js';
import { CrosscheckError } from '../errors.js';
import { createContext, type Config } from '../pipeline.js';
import { articleRecords, type ClaimRecord, type FigureRecord } from '../records.js';
import { everyNumberBaseline } from './baseline.js';
import { checkFigures, type FigureCheck } from './figures.js';
import { loadGold, parseGold, type Gold } from './gold.js';
import { nameResolver } from './fold.js';
import { scoreRelations, type ClaimMatches, type PredictedRelation, type RelationScores } from './relations.js';
import { score, scoreDocumentClaims, type DocumentPrediction, type Scores } from './score.js';

export const EVAL_FORMAT = 'crosscheck-eval/1';

export interface EvalOptions {
  /** A gold file path, or a parsed gold object. */
  gold: string | Gold;
  /** The folder holding the gold documents' files. */
  corpus: string;
  /** Score the README's sanity baseline (every number a claim) instead of the pipeline's claims. */
  baseline?: boolean;
  /** Also score the baseline over the same analysis, as `baselineScores` (one pipeline run for both). */
  withBaseline?: boolean;
  /** Check `figures[].expect` with the corpus stages (default true when the gold has figures). */
  figures?: boolean;
  config?: Partial<Config>;
}

export interface FigureReport {
  statements: number;
  holds: number;
  checks: FigureCheck[];
  /** Set when the corpus stages could not run. */
  error?: string;
}

export interface EvalReport {
  format: typeof EVAL_FORMAT;
  gold: string;
  /** The gold file's `corpus` name (seeds, dev, ...). */
  goldCorpus: string | null;
  corpus: string;
  predictor: 'pipeline' | 'baseline';
  scores: Scores;
  /** The every-number baseline's scores over the same articles, when `withBaseline` asked for them. */
  baselineScores?: Scores;
  figures: FigureReport | null;
  /** Relations scores, when the gold has `relations` (null otherwise or when the corpus stages could not run). */
  relations: RelationScores | null;
  /** Gold documents that could not be read or analysed. */
  errors: Array<{ file: string; reason: string }>;
}

async function readOne(file: string): Promise<{ input: ArticleInput } | { error: string }> {
  let input: ArticleInput | null = null;
  let error: string | null = null;
  for await (const item of readInputs([file])) {
    if ('failure' in item) error ??= item.failure.text;
    else input ??= item.input;
  }
  if (!input) return { error: error ?? `no article in ${file}` };
  // The gold names documents by file: keep the file as the source, so figure checks can map files to documents.
  return { input: { ...input, source: file } };
}

/** The README's baseline over an analysed article: one claim per number token of each sentence. */
export function baselineClaims(article: Article): ClaimRecord[] {
  return everyNumberBaseline(article.text, article.id, () => article.sentences);
}

/** Run the evaluation. */
export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const goldFile = typeof options.gold === 'string' ? options.gold : '(gold)';
  const gold = typeof options.gold === 'string' ? loadGold(options.gold) : parseGold(options.gold);
  const errors: EvalReport['errors'] = [];
  let isDir = false;
  try {
    isDir = statSync(options.corpus).isDirectory();
  } catch {
    throw new CrosscheckError('E_NOT_FOUND', { file: options.corpus });
  }
  if (!isDir)
    throw new CrosscheckError('E_USAGE', {
      reason: `\`${options.corpus}\` is a file; eval needs the folder that holds the gold file's documents`,
      command: 'eval',
    });

  const inputs: Array<{ file: string; input: ArticleInput }> = [];
  for (const doc of gold.documents) {
    const got = await readOne(path.join(options.corpus, doc.file));
    if ('error' in got) errors.push({ file: doc.file, reason: got.error });
    else inputs.push({ file: doc.file, input: got.input });
  }

  // Same context as ingest gives one batch: boilerplate lines are counted across the documents read together.
  const lineCounts = countLines(inputs.map((i) => i.input));
  const ingestedAt = new Date().toISOString();
  const articles: Article[] = [];
  const predictions: DocumentPrediction[] = [];
  // The baseline's claims of each prediction, when asked for alongside (a failed document has none either way).
  const baselineOf = new Map<DocumentPrediction, ClaimRecord[]>();
  for (const { file, input } of inputs) {
    const ctx = createContext({
      config: options.config as Config | undefined,
      lineCounts,
      batchSize: inputs.length,
      retrieved: input.hints?.retrieved ?? null,
    });
    const article = analyse(input, ctx);
    const fatal = article.messages.find((m) => m.fatal);
    if (fatal) {
      errors.push({ file, reason: `${fatal.code}: ${fatal.text}` });
      predictions.push({ file, document: null, claims: [], quotes: [], raw: rawText(input), error: fatal.text });
      continue;
    }
    articles.push(article);
    const records = articleRecords(article, ingestedAt);
    predictions.push({
      file,
      document: records.document,
      claims: options.baseline ? baselineClaims(article) : records.claims,
      quotes: records.quotes,
      entities: records.entities,
      raw: rawText(input),
    });
    if (options.withBaseline) baselineOf.set(predictions[predictions.length - 1]!, baselineClaims(article));
  }
  for (const e of errors)
    if (!predictions.some((p) => p.file === e.file))
      predictions.push({ file: e.file, document: null, claims: [], quotes: [], error: e.reason });

  const scores = score(gold, predictions);
  const wantCorpus =
    (options.figures ?? true) && !options.baseline && (gold.figures.length > 0 || gold.relations.length > 0);
  const corpus = wantCorpus ? await corpusReport(gold, articles, predictions) : null;
  const figures = corpus && gold.figures.length ? corpus.figures : null;
  return {
    format: EVAL_FORMAT,
    gold: goldFile,
    goldCorpus: gold.corpus ?? null,
    corpus: options.corpus,
    predictor: options.baseline ? 'baseline' : 'pipeline',
    scores,
    ...(options.withBaseline
      ? {
          baselineScores: score(
            gold,
            predictions.map((p) => ({ ...p, claims: baselineOf.get(p) ?? p.claims })),
          ),
        }
      : {}),
    figures,
    relations: corpus?.relations ?? null,
    errors,
  };
}

/**
 * Store the articles in a throwaway in-memory store, run the corpus stages, check the gold figures and
 * score the gold relations on the stored claims (which carry their figure) and the figures' relations.
 */
async function corpusReport(
  gold: Gold,
  articles: Article[],
  predictions: DocumentPrediction[],
): Promise<{ figures: FigureReport; relations: RelationScores | null }> {
  try {
    const [{ openStore }, { runCorpus }] = await Promise.all([
      import('../store/open.js'),
      import('../corpus/index.js'),
    ]);
    const store = await openStore(':memory:');
    try {
      await store.putArticles(articles);
      await runCorpus(store);
      // runCorpus stores the figures and does not keep them: read them back.
      const figures: FigureRecord[] = [];
      for (let page; !page || figures.length < page.total;) {
        page = await store.listFigures({ limit: 1000, offset: figures.length });
        if (!page.items.length) break;
        figures.push(...page.items);
      }
      const documents = [];
      for await (const d of store.iterateDocuments()) documents.push({ id: d.id, source: d.source });
      const claims: ClaimRecord[] = [];
      for await (const c of store.iterateClaims()) claims.push(c);
      const checks = checkFigures(gold, { figures }, { documents, claims });
      const figureReport = { statements: checks.length, holds: checks.filter((c) => c.holds).length, checks };
      if (!gold.relations.length) return { figures: figureReport, relations: null };
      const stored = new Map(claims.map((c) => [c.id, c]));
      const names = nameResolver(gold.entities);
      const matches: ClaimMatches = new Map();
      for (const doc of gold.documents) {
        const pred = predictions.find((p) => p.file === doc.file);
        if (!pred) continue;
        const got = scoreDocumentClaims(doc.claims, pred.claims, names).matches;
        matches.set(
          doc.file,
          got.map((m) => ({ gold: m.gold, predicted: stored.get(m.predicted.id) ?? m.predicted })),
        );
      }
      const relations: PredictedRelation[] = figures.flatMap((f) => f.relations ?? []);
      return { figures: figureReport, relations: scoreRelations(gold, matches, relations) };
    } finally {
      await store.close();
    }
  } catch (err) {
    return {
      figures: { statements: 0, holds: 0, checks: [], error: String((err as Error).message ?? err) },
      relations: null,
    };
  }
}

export { formatEval } from './format.js';
