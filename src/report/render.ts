/**
 * Rendering the story report: Markdown (a briefing a journalist can paste)
 * and terminal text (with colour when asked). Both cite articles as [n].
 */
import { createColors } from 'picocolors';

type Colors = ReturnType<typeof createColors>;
import type { ReportLine, StoryReport } from './build.js';
import { markdownSafe, terminalSafe } from './safe.js';

/** The figures of each story in turn, with the story heading before them (figures of no story last). */
function byStory(report: StoryReport): Array<{ heading: string | null; figures: StoryReport['figures'] }> {
  const known = new Set((report.stories ?? []).map((s) => s.id));
  const out: Array<{ heading: string | null; figures: StoryReport['figures'] }> = (report.stories ?? [])
    .map((s) => ({
      heading: `${s.label} — ${s.articles.length} article${s.articles.length === 1 ? '' : 's'} ${s.articles.map((n) => `[${n}]`).join('')}`,
      figures: report.figures.filter((f) => f.story === s.id),
    }))
    .filter((g) => g.figures.length);
  const rest = report.figures.filter((f) => !f.story || !known.has(f.story));
  if (rest.length) out.push({ heading: out.length ? 'Other figures' : null, figures: rest });
  // One story in, one story out: no heading is needed when there is only one.
  if (out.length === 1 && (report.stories ?? []).length <= 1) out[0]!.heading = null;
  return out;
}

const cite = (line: ReportLine) => (line.cites.length ? ' ' + line.cites.map((n) => `[${n}]`).join('') : '');

/** Where an as-of date came from, in words (the rules of src/corpus/dates.ts). */
const DATE_FROM: Record<string, string> = {
  'dates/url-path': 'from its URL',
  'dates/url-slug': 'from its URL',
  'dates/url-epoch': 'from its URL',
  'dates/text-head': 'from its opening',
  'dates/weekday-story': "from a weekday it names, in its story's week",
  'dates/weekday-own-date': 'from a weekday it names, after a date in its text',
  'dates/month-day-own-year': 'from a month and day it names, in the year of a date in its text',
  'dates/month-day-story-year': "from a month and day it names, in its story's year",
};

/** The publication date, else the as-of date and where it came from, else "date unknown". */
function dateText(a: StoryReport['articles'][number]): string {
  if (a.published) return a.published;
  if (a.asOf) return `as of ${a.asOf}${a.asOfBy && DATE_FROM[a.asOfBy] ? ` (${DATE_FROM[a.asOfBy]})` : ''}`;
  return 'date unknown';
}

function articleLine(a: StoryReport['articles'][number], md: boolean): string {
  const title = a.title ?? a.source.split(/[\\/]/).pop() ?? a.source;
  const parts = [a.outlet ?? 'outlet unknown', dateText(a)];
  if (a.wire.length) parts.push(`wire: ${a.wire.join(', ')}`);
  const dupes = a.duplicates.map(
    (d) =>
      `${d.kind === 'version' ? 'updated version' : d.kind === 'syndicated' ? 'syndicated copy' : 'duplicate'} of [${d.of ?? '?'}] (similarity ${d.similarity.toFixed(2)})`,
  );
  if (a.copies.length) dupes.push(`copied or updated by ${a.copies.map((n) => `[${n}]`).join('')}`);
  const link = md && a.url ? `[${title.replace(/[[\]]/g, '')}](${a.url})` : title;
  return `[${a.n}] ${link} — ${parts.join(', ')}${dupes.length ? `; ${dupes.join('; ')}` : ''}`;
}

/** One figure as Markdown, appended to `out`. */
function renderFigureMarkdown(f: StoryReport['figures'][number], out: string[]): void {
  out.push(`### ${f.label}`, '');
  out.push(`**Current:** ${f.current.text}${cite(f.current)}`);
  if (f.range) out.push(`**Range:** ${f.range}`);
  if (f.singleSource) out.push('**⚠ Single source.**');
  out.push('');
  const section = (title: string, lines: ReportLine[]) => {
    if (!lines.length) return;
    out.push(`**${title}**`, '');
    for (const l of lines) out.push(`- ${l.text}${cite(l)}`);
    out.push('');
  };
  if (f.breakdown) section('Breakdown', [f.breakdown]);
  section('Sources', f.sources);
  section('Values reported', f.values);
  section(
    'Disagreements',
    f.disagreements.map((d) => ({ text: `${d.kind}: ${d.text}`, cites: d.cites })),
  );
  section('Increments', f.increments);
  section('Plans and outcomes', f.revisions);
  section('Timeline', f.timeline);
  section('Corrected by analysts', f.review ?? []);
}

/** The report as Markdown. */
export function renderMarkdown(input: StoryReport): string {
  const report = markdownSafe(input);
  const out: string[] = ['# Story report', ''];
  out.push(
    `${report.articles.length} articles, ${report.figures.length} figures, ${report.quotes.reduce((n, s) => n + s.quotes.length, 0)} quotes. Numbers in brackets cite the articles listed at the end.`,
    '',
  );
  out.push('## Figures', '');
  if (!report.figures.length)
    out.push('_No figures yet: run the corpus stages (`crosscheck ingest` runs them after storing)._', '');
  for (const group of byStory(report)) {
    if (group.heading) out.push(`## Story: ${group.heading}`, '');
    for (const f of group.figures) renderFigureMarkdown(f, out);
  }
  out.push('## Quotes by speaker', '');
  if (!report.quotes.length) out.push('_No quotes._', '');
  for (const s of report.quotes) {
    out.push(`**${s.speaker}**`, '');
    for (const q of s.quotes) out.push(`- ${q.text}${cite(q)}`);
    out.push('');
  }
  if (report.corrections?.length) {
    out.push('## Corrections by analysts', '');
    for (const l of report.corrections) out.push(`- ${l.text}${cite(l)}`);
    out.push('');
  }
  out.push('## Articles', '');
  for (const a of report.articles) out.push(`${a.n}. ${articleLine(a, true).replace(/^\[\d+\] /, '')}`);
  out.push('');
  return out.join('\n');
}

/** The colours of disagreement kinds in the terminal. */
function kindColours(c: Colors): Record<string, (s: string) => string> {
  return { conflict: c.red, 'compatible-bounds': c.green, rounding: c.green, scope: c.yellow, 'as-of-date': c.cyan };
}

/** One figure as terminal text, appended to `out`. */
function renderFigureTerminal(f: StoryReport['figures'][number], out: string[], c: Colors): void {
  const dim = (l: ReportLine) => c.dim(cite(l));
  const kindColour = kindColours(c);
  out.push(c.bold(f.label));
  out.push(`  ${c.bold('now')}     ${f.current.text}${dim(f.current)}`);
  if (f.range) out.push(`  ${c.bold('range')}   ${f.range}`);
  if (f.singleSource) out.push(`  ${c.yellow('single source')}`);
  if (f.breakdown) out.push(`  ${c.bold('parts')}   ${f.breakdown.text}`);
  for (const s of f.sources) out.push(`  ${c.bold('source')}  ${s.text}${dim(s)}`);
  for (const v of f.values) out.push(`  ${c.bold('value')}   ${v.text}${dim(v)}`);
  for (const d of f.disagreements)
    out.push(`  ${(kindColour[d.kind] ?? c.white)(d.kind.padEnd(7))} ${d.text}${dim(d)}`);
  for (const i of f.increments) out.push(`  ${c.magenta('sum')}     ${i.text}${dim(i)}`);
  for (const r of f.revisions) out.push(`  ${c.magenta('revised')} ${r.text}${dim(r)}`);
  if (f.timeline.length) out.push(`  ${c.bold('timeline')}`);
  for (const t of f.timeline) out.push(`    ${t.text}${dim(t)}`);
  for (const r of f.review ?? []) out.push(`  ${c.cyan('review')}  ${r.text}${dim(r)}`);
  out.push('');
}

/** The report as terminal text; `color` adds ANSI colour (only when the output is a terminal). */
export function renderTerminal(input: StoryReport, options: { color?: boolean } = {}): string {
  const report = terminalSafe(input);
  const c = createColors(!!options.color);
  const out: string[] = [];
  const dim = (l: ReportLine) => c.dim(cite(l));
  out.push(c.bold(`STORY REPORT — ${report.articles.length} articles, ${report.figures.length} figures`), '');
  out.push(c.bold(c.underline('FIGURES')), '');
  if (!report.figures.length) out.push('  No figures yet: run the corpus stages.', '');
  for (const group of byStory(report)) {
    if (group.heading) out.push(c.bold(c.underline(`STORY: ${group.heading}`)), '');
    for (const f of group.figures) renderFigureTerminal(f, out, c);
  }
  out.push(c.bold(c.underline('QUOTES BY SPEAKER')), '');
  for (const s of report.quotes) {
    out.push(c.bold(s.speaker));
    for (const q of s.quotes) out.push(`  ${q.text}${dim(q)}`);
    out.push('');
  }
  if (report.corrections?.length) {
    out.push(c.bold(c.underline('CORRECTIONS BY ANALYSTS')), '');
    for (const l of report.corrections) out.push(`  ${l.text}${dim(l)}`);
    out.push('');
  }
  out.push(c.bold(c.underline('ARTICLES')), '');
  for (const a of report.articles) out.push(`  ${articleLine(a, false)}`);
  out.push('');
  return out.join('\n');
}
