/** Scoring against `crosscheck-gold/1` keys: load, score, run, format. */
export {
  loadGold,
  parseGold,
  GOLD_FORMAT,
  type Gold,
  type GoldClaim,
  type GoldDocument,
  type GoldQuote,
} from './gold.js';
export {
  score,
  numberAgrees,
  goldBound,
  predictedBound,
  type Scores,
  type DocumentPrediction,
  type ClaimScores,
  type QuoteScores,
} from './score.js';
export { runEval, baselineClaims, EVAL_FORMAT, type EvalOptions, type EvalReport } from './run.js';
export { formatEval } from './format.js';
export { everyNumberBaseline } from './baseline.js';
