/** "Figures 51–100 of 280" with Previous / Next links that keep the view's other parameters. */
export function Pager({
  what,
  of,
  offset,
  page,
  link,
}: {
  what: string;
  /** The page of results shown: its total and its items. */
  of: { total: number; items: readonly unknown[] };
  offset: number;
  page: number;
  /** The href of the page starting at `offset`. */
  link: (offset: number | undefined) => string;
}) {
  const { total } = of;
  const shown = of.items.length;
  if (total === 0) return null;
  return (
    <nav class="pager" aria-label={`${what} pages`}>
      <span class="pager-count" role="status">
        {what} {(offset + 1).toLocaleString('en-US')}–{(offset + shown).toLocaleString('en-US')} of{' '}
        {total.toLocaleString('en-US')}
      </span>
      {offset > 0 && <a href={link(Math.max(0, offset - page) || undefined)}>← Previous</a>}
      {offset + page < total && <a href={link(offset + page)}>Next →</a>}
    </nav>
  );
}
