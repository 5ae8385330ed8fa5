/**
 * The per-article stages, in order, with why each stands where it does.
 * Adding a stage: its file, its test, one fixtures folder, one line here.
 */
import { createPipeline, type Pipeline, type Stage } from '../pipeline.js';
import { cleanStage } from './clean.js';
import { metadataStage } from './metadata.js';
import { sentencesStage } from './sentences.js';
import { entitiesStage } from './entities.js';
import { quantitiesStage } from './quantities.js';
import { timesStage } from './times.js';
import { attributionsStage } from './attributions.js';
import { quotesStage } from './quotes.js';
import { claimsStage } from './claims.js';

export const stages: Stage[] = [
  cleanStage, // raw → text: everything after works on the cleaned text's offsets
  metadataStage, // reads dropped header lines (title, byline, dateline) and the text; gives the reference date
  sentencesStage, // every later finding is located in a sentence
  entitiesStage, // names resolved before anything is attributed to them
  quantitiesStage, // numbers with bounds and what they count
  timesStage, // needs the publication date from metadata to resolve "last week"
  attributionsStage, // who says each sentence, through whom; needs entities
  quotesStage, // speakers come from attributions and entities
  claimsStage, // joins quantities, times, attributions and modality into claims
];

/** The default per-article pipeline. */
export function defaultPipeline(): Pipeline {
  return createPipeline(stages);
}
