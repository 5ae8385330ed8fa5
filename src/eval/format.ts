/**
 * Text rendering of an eval report: a table by task (metadata per field,
 * cleaning, claims with sub-scores, quotes, figures), and with `verbose`
 * what was missed per document. The JSON form is the report object itself.
 */
import type { EvalReport } from './run.js';
import { CLAIM_ATTRIBUTES, META_FIELDS, type PRF, type Ratio } from './score.js';

function num(x: number | null): string {
  return x === null ? '   -' : x.toFixed(2);
}

function frac(r: Ratio): string {
  return `${num(r.score)}  (${r.correct}/${r.total})`;
}

function prfText(p: PRF): string {
  return `P ${num(p.precision)}  R ${num(p.recall)}  F1 ${num(p.f1)}`;
}

function cut(s: string, n = 90): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  if (Array.isArray(v)) return v.length ? v.join(' | ') : '[]';
  return String(v);
}

/** Render a report as a plain-text table. */
export function formatEval(report: EvalReport, options: { verbose?: boolean } = {}): string {
  const s = report.scores;
  const out: string[] = [];
  const pad = (label: string, width = 26) => `  ${label.padEnd(width)}`;
  out.push(
    `crosscheck eval: ${report.gold}${report.goldCorpus ? ` (${report.goldCorpus})` : ''} over ${report.corpus}, ${s.documents} documents, predictor: ${report.predictor}`,
  );
  if (s.failed) out.push(`  ${s.failed} document(s) could not be read or analysed`);
  for (const e of report.errors) out.push(`  ! ${e.file}: ${cut(e.reason, 160)}`);

  out.push('', 'Metadata (over documents whose gold value is known)');
  for (const field of META_FIELDS) {
    const f = s.metadata.fields[field];
    const extra = f.spurious
      ? `  ${f.spurious} ${field === 'published' ? 'invented date(s)' : 'given where gold has none'}`
      : '';
    out.push(`${pad(field)}${frac(f)}${extra}`);
  }

  out.push('', 'Cleaning');
  out.push(`${pad('keep passages present')}${frac(s.cleaning.keep)}`);
  out.push(`${pad('drop lines absent')}${frac(s.cleaning.drop)}`);

  const c = s.claims;
  out.push(
    '',
    `Claims (gold ${c.gold}, predicted ${c.predicted}${c.repeats ? ` + ${c.repeats} repeats` : ''}, matched ${c.matched})`,
  );
  out.push(`${pad('claims')}${prfText(c)}`);
  for (const k of CLAIM_ATTRIBUTES) out.push(`${pad(`  ${k === 'bound' ? 'bound kind' : k}`)}${frac(c[k])}`);
  out.push(`${pad('strict')}${prfText(c.strict)}`);
  out.push(`${pad('  (info) action')}${frac(c.info.action)}`);
  out.push(`${pad('  (info) when')}${frac(c.info.when)}`);
  out.push(`${pad('  (info) unit')}${frac(c.info.unit)}`);

  const q = s.quotes;
  out.push('', `Quotes (gold ${q.gold}, predicted ${q.predicted}, matched ${q.matched})`);
  out.push(`${pad('quotes')}${prfText(q)}`);
  out.push(`${pad('  speaker')}${frac(q.speaker)}`);

  if (report.figures) {
    const f = report.figures;
    out.push('', 'Figures');
    if (f.error) out.push(`  could not run the corpus stages: ${f.error}`);
    else
      out.push(
        `${pad('expect statements hold')}${frac({ correct: f.holds, total: f.statements, score: f.statements ? f.holds / f.statements : null })}`,
      );
    if (options.verbose)
      for (const check of f.checks)
        out.push(
          `    ${check.holds ? '✓' : '✗'} [${check.figure}] ${cut(check.statement, 100)}${check.holds ? '' : `\n        ${cut(check.why, 140)}`}`,
        );
  }

  if (report.relations) {
    const r = report.relations;
    out.push('', `Relations (gold ${r.gold}, both claims found ${r.found})`);
    out.push(`${pad('grouping')}${frac(r.grouping)}`);
    out.push(`${pad('conflict recall')}${frac(r.conflicts)}`);
    out.push(`${pad('false alarms')}${frac(r.falseAlarms)}`);
    out.push(`${pad('type')}${frac(r.type)}`);
    for (const [t, x] of Object.entries(r.byType)) if (x.total) out.push(`${pad(`  ${t}`)}${frac(x)}`);
    if (options.verbose) {
      for (const m of r.misses) {
        out.push(
          `    ${m.type} → ${m.predicted} (${m.grouped ? 'one figure' : 'two figures'})${m.by ? ` by ${m.by}` : ''}`,
          `        a ${cut(m.a, 170)}`,
          `        b ${cut(m.b, 170)}`,
        );
      }
    }
  }

  if (options.verbose) {
    for (const d of s.perDocument) {
      const m = d.misses;
      const lines: string[] = [];
      for (const x of m.meta) lines.push(`    meta ${x.field}: gold ${show(x.gold)}, got ${show(x.predicted)}`);
      for (const k of m.keep) lines.push(`    keep missing: ${cut(k)}`);
      for (const k of m.drop) lines.push(`    drop present: ${cut(k)}`);
      for (const x of m.claims)
        lines.push(`    claim missed: ${cut(x.evidence)} [${show(x.value ?? `${show(x.low)}..${show(x.high)}`)}]`);
      for (const x of m.spurious) lines.push(`    claim extra: "${x.text}" in ${cut(x.evidence, 70)}`);
      for (const x of m.attributes)
        lines.push(`    claim ${x.field}: gold ${show(x.gold)}, got ${show(x.predicted)} — ${cut(x.evidence, 60)}`);
      for (const x of m.quotes) lines.push(`    quote missed: ${cut(x.text, 80)}`);
      for (const x of m.speakers)
        lines.push(`    quote speaker: gold ${show(x.gold)}, got ${show(x.predicted)} — ${cut(x.text, 50)}`);
      if (lines.length || d.error) out.push('', `${d.file}${d.error ? ` (${cut(d.error, 100)})` : ''}`, ...lines);
    }
  }
  return `${out.join('\n')}\n`;
}
