/**
 * The read-time hook: a {@link Store} that answers like the one it wraps,
 * with the analysts' corrections laid over claims and figures. Writes go
 * through untouched, and the corpus stages' own reads (`iterateClaims`
 * with `extracted`) see only what the machine found, so a re-run never
 * bakes a correction in and never loses one.
 */
import type { Article } from '../article.js';
import type { ClaimRecord, CorpusResult, DuplicateLink, FigureRecord } from '../records.js';
import type { FigureBrief } from '../store/figure-brief.js';
import type { ClaimFilter, FigureBriefQuery, Page, PageQuery, QuoteFilter, Store } from '../store/store.js';
import type { CorrectionRecord } from './corrections.js';
import { ReviewPlan } from './plan.js';
import { recomputeFigure } from './recompute.js';
import { figureBrief } from '../store/figure-brief.js';

/** How long a plan is reused by a long-lived reader (the server) before it is built again. */
const PLAN_TTL_MS = 1000;

export class ReviewedStore implements Store {
  readonly base: Store;
  private cached?: { plan: Promise<ReviewPlan>; at: number };
  /** Figures reconciled again from their corrected claims, per plan (a plan is rebuilt after every write). */
  private readonly answers = new WeakMap<
    ReviewPlan,
    { figures: Map<string, Promise<FigureRecord>>; duplicates?: Promise<DuplicateLink[]> }
  >();

  constructor(base: Store) {
    this.base = base;
  }

  get kind(): Store['kind'] {
    return this.base.kind;
  }

  /** The plan over the store as it is now; rebuilt after a write through this store, or after a second. */
  plan(): Promise<ReviewPlan> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > PLAN_TTL_MS) {
      const plan = this.base.listCorrections().then((list) => ReviewPlan.build(this.base, list));
      this.cached = { plan, at: now };
      plan.catch(() => (this.cached = undefined));
    }
    return this.cached.plan;
  }

  private invalidate(): void {
    this.cached = undefined;
  }

  /** `f` (corrections laid over) with its reconciliation recomputed when corrections change it. */
  private answer(plan: ReviewPlan, f: FigureRecord): Promise<FigureRecord> {
    if (!plan.recomputed().has(f.id)) return Promise.resolve(f);
    let cache = this.answers.get(plan);
    if (!cache) this.answers.set(plan, (cache = { figures: new Map() }));
    const links = (cache.duplicates ??= this.base.listDuplicates());
    // A corpus run may rewrite the figure while the plan is kept: its claims and best value tell one run from another.
    const best = (f.reconciliation as { best?: { reason?: string } } | null)?.best?.reason ?? '';
    const key = `${f.id}\u0000${f.claims.join()}\u0000${best}`;
    let out = cache.figures.get(key);
    if (!out) {
      out = (async () => {
        const claims = (await this.listClaims({ figure: f.id, limit: 100_000 })).items;
        return recomputeFigure(this.base, f, claims, await links);
      })();
      cache.figures.set(key, out);
    }
    return out;
  }

  async putArticles(articles: Article[]) {
    this.invalidate();
    return this.base.putArticles(articles);
  }
  hasArticle(id: string) {
    return this.base.hasArticle(id);
  }
  getArticle(id: string) {
    return this.base.getArticle(id);
  }
  getDocument(id: string) {
    return this.base.getDocument(id);
  }
  listDocuments(query?: PageQuery) {
    return this.base.listDocuments(query);
  }
  iterateDocuments() {
    return this.base.iterateDocuments();
  }

  async *iterateClaims(options: { extracted?: boolean } = {}): AsyncIterable<ClaimRecord> {
    if (options.extracted) {
      yield* this.base.iterateClaims(options);
      return;
    }
    const plan = await this.plan();
    for await (const c of this.base.iterateClaims(options)) yield plan.claim(c);
  }

  async listClaims(filter: ClaimFilter = {}): Promise<Page<ClaimRecord>> {
    const plan = await this.plan();
    if (plan.empty) return this.base.listClaims(filter);
    const figure = filter.figure ? plan.current(filter.figure) : undefined;
    const changed = [
      ...(filter.status ? plan.correctedClaims('status') : []),
      ...(filter.source ? plan.correctedClaims('source') : []),
    ];
    if (changed.length && !(figure && plan.changesMembership(figure)))
      return this.filterCorrected(plan, figure ? { ...filter, figure } : filter, changed);
    if (!figure || !plan.changesMembership(figure)) {
      const page = await this.base.listClaims(figure ? { ...filter, figure } : filter);
      return { ...page, items: page.items.map((c) => plan.claim(c)) };
    }
    // A figure whose claims corrections changed: read its claims from the figures (or articles) they came from.
    const { claims, figures, loose } = plan.claimSources(figure);
    const wanted = new Set(claims);
    const { limit: _limit, offset: _offset, figure: _figure, ...rest } = filter;
    const found = new Map<string, ClaimRecord>();
    const read = async (q: ClaimFilter) => {
      for (const c of (await this.base.listClaims({ ...rest, ...q, limit: 100_000 })).items)
        if (wanted.has(c.id)) found.set(c.id, plan.claim(c));
    };
    for (const f of figures) await read({ figure: f });
    for (const document of new Set(loose.map((id) => id.slice(0, id.lastIndexOf(':'))))) await read({ document });
    let items = [...found.values()];
    if (filter.sort === 'value') {
      const v = (c: ClaimRecord) => c.value ?? c.low ?? c.high ?? 0;
      items.sort((a, b) => (filter.order === 'desc' ? v(b) - v(a) : v(a) - v(b)));
    }
    const limit = filter.limit ?? 50;
    const offset = filter.offset ?? 0;
    const total = items.length;
    items = items.slice(offset, offset + limit);
    return { items, total, limit, offset };
  }

  /**
   * A status or source filter where corrections changed some claims' status or source: the machine's matches
   * that still match once corrected, then the corrected claims that match now, paged here.
   */
  private async filterCorrected(plan: ReviewPlan, filter: ClaimFilter, changed: string[]): Promise<Page<ClaimRecord>> {
    const { limit: _limit, offset: _offset, ...rest } = filter;
    const matches = (c: ClaimRecord) =>
      (!filter.status || c.status === filter.status) &&
      (!filter.source || c.source === filter.source || c.sourceName === filter.source);
    const items: ClaimRecord[] = [];
    const seen = new Set<string>();
    for (const c of (await this.base.listClaims({ ...rest, limit: 100_000 })).items) {
      const r = plan.claim(c);
      seen.add(c.id);
      if (matches(r)) items.push(r);
    }
    const { status: _status, source: _source, ...others } = rest;
    for (const id of new Set(changed)) {
      if (seen.has(id)) continue;
      const document = id.slice(0, id.lastIndexOf(':'));
      const c = (await this.base.listClaims({ ...others, document, limit: 100_000 })).items.find((x) => x.id === id);
      const r = c && plan.claim(c);
      if (r && matches(r)) items.push(r);
    }
    const limit = filter.limit ?? 50;
    const offset = filter.offset ?? 0;
    return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
  }

  listQuotes(filter?: QuoteFilter) {
    return this.base.listQuotes(filter);
  }

  topSpeakers(limit: number) {
    return this.base.topSpeakers(limit);
  }
  topOutlets(limit: number) {
    return this.base.topOutlets(limit);
  }
  listEntities(query?: Parameters<Store['listEntities']>[0]) {
    return this.base.listEntities(query);
  }

  async listFigures(query: PageQuery = {}): Promise<Page<FigureRecord>> {
    const plan = await this.plan();
    if (!plan.touchesFigures) {
      const page = await this.base.listFigures(query);
      if (plan.empty) return page;
      return { ...page, items: await Promise.all(page.items.map((f) => this.answer(plan, plan.figure(f) ?? f))) };
    }
    const all = plan.allFigures();
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const items = await Promise.all(all.slice(offset, offset + limit).map((f) => this.answer(plan, f)));
    return { items, total: all.length, limit, offset };
  }

  /**
   * The machine's briefs with analysts' labels, those of recomputed figures made again, merged figures dropped;
   * the figures splits made follow the machine's, on the last pages.
   */
  async listFigureBriefs(query: FigureBriefQuery = {}): Promise<Page<FigureBrief>> {
    const plan = await this.plan();
    const page = await this.base.listFigureBriefs(query);
    if (plan.empty) return page;
    const recomputed = plan.recomputed();
    const q = query.q?.toLowerCase();
    // The machine matched `q` on its own labels: a figure analysts renamed matches by the name they gave it.
    const labels = q ? plan.analystLabels() : new Map<string, string>();
    const named = (id: string) => !labels.has(id) || labels.get(id)!.toLowerCase().includes(q!);
    const items = await Promise.all(
      page.items
        .filter((b) => !plan.merged(b.id) && !plan.emptied(b.id) && named(b.id))
        .map(async (b) => {
          const f = recomputed.has(b.id) ? await this.getFigure(b.id) : null;
          return f ? figureBrief(f) : { ...b, label: plan.label(b.id) ?? b.label };
        }),
    );
    const dropped = page.items.length - items.length;
    const splits = query.partOf
      ? []
      : plan
          .splitFigures()
          .filter((f) => !plan.merged(f.id) && f.claims.length)
          .filter((f) => (!query.story || f.story === query.story) && (!q || f.label.toLowerCase().includes(q)));
    const renamed: FigureRecord[] = [];
    const splitIds = new Set(splits.map((f) => f.id));
    for (const [id, label] of labels) {
      if (splitIds.has(id) || query.partOf || !label.toLowerCase().includes(q!) || plan.emptied(id)) continue;
      const machine = await this.base.getFigure(id);
      if (!machine || machine.label.toLowerCase().includes(q!) || (query.story && machine.story !== query.story))
        continue;
      const f = await this.getFigure(id);
      if (f) renamed.push(f);
    }
    // Renamed figures come answered from getFigure; the splits' new figures are answered here.
    const extra = [...renamed.map((f) => ({ f, answered: true })), ...splits.map((f) => ({ f, answered: false }))];
    const limit = query.limit ?? page.limit;
    const offset = query.offset ?? page.offset;
    const from = Math.max(0, offset - page.total);
    const room = Math.max(0, limit - page.items.length);
    for (const { f, answered } of extra.slice(from, from + room))
      items.push(figureBrief(answered ? f : await this.answer(plan, f)));
    return { ...page, items, total: page.total - dropped + extra.length };
  }
  listStories() {
    return this.base.listStories();
  }

  async getFigure(id: string): Promise<FigureRecord | null> {
    const plan = await this.plan();
    if (plan.empty) return this.base.getFigure(id);
    const current = plan.current(id);
    const split = plan.splitFigure(current);
    if (split) return this.answer(plan, split);
    const f = await this.base.getFigure(current);
    const g = f && plan.figure(f);
    return g && this.answer(plan, g);
  }

  listDuplicates(document?: string) {
    return this.base.listDuplicates(document);
  }
  async putCorpus(result: CorpusResult) {
    this.invalidate();
    await this.base.putCorpus(result);
    this.invalidate();
  }
  async putCorrections(corrections: CorrectionRecord[]) {
    this.invalidate();
    const n = await this.base.putCorrections(corrections);
    this.invalidate();
    return n;
  }
  listCorrections() {
    return this.base.listCorrections();
  }
  search(q: string, query?: PageQuery) {
    return this.base.search(q, query);
  }
  /** The store's counts, figures counted as listed: merged and emptied ones out, the splits' new ones in. */
  async stats() {
    const stats = await this.base.stats();
    const plan = await this.plan();
    return plan.touchesFigures ? { ...stats, figures: plan.allFigures().length } : stats;
  }
  watchState() {
    return this.base.watchState();
  }

  close() {
    return this.base.close();
  }
}

/** `store` with the analysts' corrections laid over its reads (the same object when it already is). */
export function reviewed(store: Store): ReviewedStore {
  return store instanceof ReviewedStore ? store : new ReviewedStore(store);
}
