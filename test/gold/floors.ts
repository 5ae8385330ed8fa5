/**
 * Score floors on the annotated corpora (test/gold/floors.json). Floors only
 * go up: lowering one is a deliberate, explained commit. `RAISE_FLOORS=1`
 * while running the gold tests raises every floor the current stages beat
 * (to two decimals, rounded down) and never lowers one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalReport } from '../../src/eval/run.js';

export type Floors = Record<string, number>;

export const floorsFile = path.join(__dirname, 'floors.json');

export function readFloors(): Record<string, Floors> {
  return JSON.parse(readFileSync(floorsFile, 'utf8')) as Record<string, Floors>;
}

/** The scores a floor may name, by key, from a report (null when there is nothing to score). */
export function measured(report: EvalReport): Record<string, number | null> {
  const s = report.scores;
  const out: Record<string, number | null> = {};
  for (const [field, f] of Object.entries(s.metadata.fields)) out[`metadata.${field}`] = f.score;
  out['metadata.inventedDates.max'] = s.metadata.inventedDates;
  out['cleaning.keep'] = s.cleaning.keep.score;
  out['cleaning.drop'] = s.cleaning.drop.score;
  out['claims.f1'] = s.claims.f1;
  out['claims.precision'] = s.claims.precision;
  out['claims.recall'] = s.claims.recall;
  for (const k of ['status', 'source', 'measure', 'bound', 'incremental'] as const)
    out[`claims.${k}`] = s.claims[k].score;
  out['claims.strict.f1'] = s.claims.strict.f1;
  out['quotes.recall'] = s.quotes.recall;
  out['quotes.precision'] = s.quotes.precision;
  out['quotes.speaker'] = s.quotes.speaker.score;
  if (report.relations) {
    out['relations.grouping'] = report.relations.grouping.score;
    out['relations.conflicts'] = report.relations.conflicts.score;
    out['relations.type'] = report.relations.type.score;
    // A ceiling: the share of other pairs called conflicts only goes down.
    out['relations.falseAlarms.max'] = report.relations.falseAlarms.score;
  }
  if (report.figures && !report.figures.error)
    out['figures.holds'] = report.figures.statements ? report.figures.holds / report.figures.statements : null;
  return out;
}

/** Raise the floors of `set` to what `report` reaches (RAISE_FLOORS=1). */
export function raiseFloors(set: string, report: EvalReport): void {
  const all = readFloors();
  const floors = (all[set] ??= {});
  const got = measured(report);
  for (const [key, value] of Object.entries(got)) {
    if (value === null) continue;
    if (key.endsWith('.max')) {
      // A ceiling (invented dates): only goes down.
      if (floors[key] === undefined || value < floors[key]!) floors[key] = value;
      continue;
    }
    const floor = Math.floor(value * 100 + 1e-9) / 100;
    if (floor > (floors[key] ?? 0)) floors[key] = floor;
  }
  writeFileSync(floorsFile, `${JSON.stringify(all, null, 2)}\n`);
}
