/**
 * `crosscheck review …`: an analyst's corrections from the command line
 * (docs/review.md). Each subcommand records one correction; `list`, `export`
 * and `import` show and share them.
 */
import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { CrosscheckError } from '../errors.js';
import { plainText } from '../report/safe.js';
import type { Store } from '../store/store.js';
import type { CorrectionAction, CorrectionRecord } from '../review/corrections.js';
import type { Io } from './program.js';

type WithStore = <T>(db: string | undefined, fn: (store: Store) => Promise<T>) => Promise<T>;

/** The analyst's name: --who, else CROSSCHECK_ANALYST, else the login name. */
function analyst(who: unknown): string {
  if (typeof who === 'string' && who.trim()) return who.trim();
  if (process.env.CROSSCHECK_ANALYST) return process.env.CROSSCHECK_ANALYST;
  try {
    return userInfo().username || 'analyst';
  } catch {
    return 'analyst';
  }
}

/** One line per correction, for the terminal. */
export function correctionLine(c: CorrectionRecord): string {
  const value =
    c.new === null ? '' : typeof c.new === 'string' ? ` → ${c.new}` : ` → ${JSON.stringify(c.new).slice(0, 120)}`;
  const note = c.note ? ` (${c.note})` : '';
  return plainText(
    `${c.id}  ${c.when.slice(0, 16)}  ${c.who}  ${c.what} ${c.target.kind} ${c.target.id}${value}${note}`,
  );
}

/** Add the `review` command and its subcommands to `program`. */
export function addReviewCommand(
  program: Command,
  io: Io,
  withStore: WithStore,
  dbOption: () => Option,
  setExit: (code: number) => void,
): void {
  const review = program
    .command('review')
    .description("An analyst's corrections: verify, reject or fix claims, move, merge, split or rename figures.");

  const record = (what: CorrectionAction, target: string, value: unknown, opts: Record<string, unknown>) =>
    withStore(opts.db as string | undefined, async (store) => {
      const { addCorrection } = await import('../review/record.js');
      const c = await addCorrection(store, {
        target,
        what,
        value,
        note: (opts.note as string | undefined) ?? null,
        who: analyst(opts.who),
      });
      if (opts.json) io.stdout.write(JSON.stringify(c, null, 2) + '\n');
      else io.stderr.write(`recorded ${correctionLine(c)}\n`);
    });

  const common = (cmd: Command) =>
    cmd
      .addOption(dbOption())
      .option('--who <name>', 'the analyst (env CROSSCHECK_ANALYST; default: your login name)')
      .option('--note <text>', 'why')
      .option('--json', 'print the correction as JSON');

  common(review.command('verify').description('Mark a claim verified.').argument('<claim>', 'claim id')).action(
    (claim: string, opts) => record('verify', claim, null, opts),
  );
  common(
    review.command('reject').description('Mark a claim rejected (wrong or not a claim).').argument('<claim>'),
  ).action((claim: string, opts) => record('reject', claim, null, opts));
  common(
    review
      .command('value')
      .description("Fix a claim's value: a number (1200), a range (1000-1500) or a bound (>1000).")
      .argument('<claim>')
      .argument('<value>'),
  ).action((claim: string, value: string, opts) => record('value', claim, value, opts));
  common(
    review
      .command('status')
      .description("Fix a claim's status (asserted, estimated, projected, planned, denied, …).")
      .argument('<claim>')
      .argument('<status>'),
  ).action((claim: string, status: string, opts) => record('status', claim, status, opts));
  common(
    review
      .command('source')
      .description('Fix a claim\'s primary source (a name or entity id; "" for the outlet\'s own voice).')
      .argument('<claim>')
      .argument('<source>'),
  ).action((claim: string, source: string, opts) => record('source', claim, source, opts));
  common(
    review.command('move').description('Move a claim to another figure.').argument('<claim>').argument('<figure>'),
  ).action((claim: string, figure: string, opts) => record('move', claim, figure, opts));
  common(
    review
      .command('merge')
      .description('Merge a figure into another (its claims join it; the first disappears).')
      .argument('<figure>')
      .argument('<into>'),
  ).action((figure: string, into: string, opts) => record('merge', figure, into, opts));
  common(
    review
      .command('split')
      .description('Split claims out of a figure into a new one.')
      .argument('<figure>')
      .argument('<claims...>', 'ids of the claims that leave')
      .option('--label <label>', "the new figure's label"),
  ).action((figure: string, claims: string[], opts) =>
    record('split', figure, { claims, label: opts.label as string | undefined }, opts),
  );
  common(review.command('rename').description('Rename a figure.').argument('<figure>').argument('<label>')).action(
    (figure: string, label: string, opts) => record('rename', figure, label, opts),
  );
  common(
    review
      .command('note')
      .description('Add a note to a claim or a figure.')
      .argument('<target>', 'claim or figure id')
      .argument('<text>'),
  ).action((target: string, text: string, opts) => record('note', target, null, { ...opts, note: text }));

  review
    .command('list')
    .description('List the corrections, oldest first, with those whose target is gone.')
    .addOption(dbOption())
    .option('--json', 'as JSON')
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const { reviewed } = await import('../review/reviewed-store.js');
        const plan = await reviewed(store).plan();
        if (opts.json) {
          io.stdout.write(
            JSON.stringify({ corrections: plan.corrections, unresolved: plan.unresolved }, null, 2) + '\n',
          );
          return;
        }
        for (const c of plan.corrections) io.stdout.write(correctionLine(c) + '\n');
        for (const u of plan.unresolved) io.stderr.write(`unresolved ${u.correction}: ${plainText(u.reason)}\n`);
        io.stderr.write(`${plan.corrections.length} corrections, ${plan.unresolved.length} unresolved\n`);
      });
    });

  review
    .command('export')
    .description('Write the corrections as crosscheck-corrections/1 JSON (to share with `review import`).')
    .addOption(dbOption())
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const { CORRECTIONS_FORMAT } = await import('../review/corrections.js');
        const corrections = await store.listCorrections();
        const file = { format: CORRECTIONS_FORMAT, generated: new Date().toISOString(), corrections };
        io.stdout.write(JSON.stringify(file, null, 2) + '\n');
      });
    });

  review
    .command('import')
    .description(
      'Add the corrections of a crosscheck-corrections/1 file (- for stdin); ones already stored are skipped.',
    )
    .argument('<file>')
    .addOption(dbOption())
    .action(async (file: string, opts) => {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
      } catch (err) {
        throw new CrosscheckError('E_REVIEW', {
          reason: `cannot read \`${file}\` as JSON (${(err as Error).message})`,
        });
      }
      const { readCorrectionsFile } = await import('../review/corrections.js');
      const corrections = readCorrectionsFile(data);
      await withStore(opts.db, async (store) => {
        const added = await store.putCorrections(corrections);
        io.stderr.write(`imported: ${added} new, ${corrections.length - added} already stored\n`);
      });
      setExit(0);
    });
}
