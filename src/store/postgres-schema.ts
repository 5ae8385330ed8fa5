/**
 * PostgreSQL schema, as ordered migrations: `postgresMigrations[v]` takes a
 * schema from version v to v+1. Never edit a released step; add one. Step v
 * here is step v of `sqliteMigrations` (the store schema version is the step
 * count, the same in both): a change only one store needs gets a no-op step
 * in the other (`src/store/schema-version.test.ts` checks the counts). Every
 * statement is unqualified: the store sets `search_path` to its own schema
 * (`crosscheck` unless `?schema=` says otherwise).
 *
 * Order: SQLite lists in rowid (= insert) order. Here many workers insert at
 * once, so each document carries `ord`, a sort key given by whoever read the
 * input (enqueue run × 2^32 + position), and claims/quotes/entities copy
 * their document's `ord`: listings follow the order the inputs were read in,
 * whichever worker stored them first. `seq` breaks ties in insert order.
 *
 * Text columns that are compared or sorted use the "C" collation, so
 * comparisons are bytewise like SQLite's (`published <= '2024-02-01~'`).
 * Records are `text`, not `jsonb`: jsonb reorders keys, and exports of the
 * two stores must be byte-identical.
 */
export const postgresMigrations: string[] = [
  // 0 → 1: the first schema (mirrors sqlite-schema.ts versions 1 and 2).
  `
  create sequence ingest_run;
  create table articles (
    seq bigserial primary key,
    id text not null unique,
    ord bigint not null,
    source text not null,
    url text,
    raw text not null,
    analysis text not null,
    ingested_at text not null,
    previous_version text,
    superseded_by text
  );
  create index articles_url on articles(url) where url is not null;
  create table documents (
    seq bigserial unique,
    id text primary key references articles(id),
    ord bigint not null,
    source text not null,
    url text,
    title text,
    outlet text collate "C",
    published text collate "C",
    language text,
    body text not null,
    record text not null,
    tsv tsvector not null
  );
  create index documents_order on documents(ord, seq);
  create index documents_published on documents(published);
  create index documents_outlet on documents(outlet);
  create index documents_tsv on documents using gin(tsv);
  create table claims (
    seq bigserial unique,
    id text primary key,
    document text not null references documents(id),
    ord bigint not null,
    value double precision, low double precision, high double precision,
    status text collate "C", source text collate "C", canonical_source text collate "C", measure text, action text,
    evidence text not null,
    figure text collate "C",
    record text not null,
    tsv tsvector not null
  );
  create index claims_order on claims(ord, seq);
  create index claims_document on claims(document);
  create index claims_figure on claims(figure);
  create index claims_status on claims(status);
  create index claims_tsv on claims using gin(tsv);
  create table quotes (
    seq bigserial unique,
    id text primary key,
    document text not null references documents(id),
    ord bigint not null,
    speaker text collate "C", canonical_speaker text collate "C",
    text text not null,
    record text not null
  );
  create index quotes_order on quotes(ord, seq);
  create index quotes_document on quotes(document);
  create table doc_entities (
    seq bigserial unique,
    document text not null references documents(id),
    ord bigint not null,
    entity text not null,
    record text not null,
    primary key (document, entity)
  );
  create index doc_entities_order on doc_entities(ord, seq);
  create table entities (seq bigserial unique, id text primary key, record text not null);
  create table figures (seq bigserial unique, id text primary key, record text not null);
  create table duplicates (seq bigserial primary key, document text not null, "of" text not null, kind text not null, similarity double precision not null);
  create index duplicates_document on duplicates(document);
  create index duplicates_of on duplicates("of");
  `,
  // 1 → 2: SQLite's 1 → 2 (the claim filter indexes), which 0 → 1 already made here: steps stay one for one, so
  // both stores report the same schemaVersion for the same data.
  `
  create index if not exists claims_status on claims(status);
  create index if not exists documents_published on documents(published);
  create index if not exists documents_outlet on documents(outlet);
  `,
  // 2 → 3: analysts' corrections (src/review), kept apart from what ingest and the corpus stages rewrite.
  `
  create table corrections (
    seq bigserial unique,
    id text primary key,
    target_kind text not null,
    target_id text collate "C" not null,
    what text not null,
    who text not null,
    created text not null,
    record text not null
  );
  create index corrections_target on corrections(target_kind, target_id);
  `,
  // 3 → 4: crosscheck watch (mirrors sqlite-schema.ts version 4).
  `
  create table watch_sources (
    id bigserial primary key,
    url text not null unique,
    story text,
    kind text not null,
    filter text,
    added_at text not null,
    polled_at text,
    error text
  );
  create table watch_validators (url text primary key, etag text, last_modified text, checked_at text not null);
  create table watch_seen (source bigint not null, item text not null, seen_at text not null, primary key (source, item));
  create table watch_events (seq bigserial primary key, at text not null, type text not null, record text not null);
  create table figure_snapshot (id text primary key, record text not null);
  create table watch_meta (key text primary key, value text not null);
  `,
  // 4 → 5: figure briefs beside the records, so listings page in bounded time; the stories' briefs.
  `
  alter table figures add column brief text;
  alter table figures add column story text;
  alter table figures add column part_of text;
  alter table figures add column claims integer not null default 0;
  create index figures_claims on figures(claims desc, seq);
  create index figures_story on figures(story, claims desc, seq);
  create index figures_part_of on figures(part_of);
  create table stories (seq bigserial unique, id text primary key, record text not null);
  `,
  // 5 → 6: full text by word stems (mirrors sqlite-schema.ts version 6, the porter tokenizer).
  `
  update documents set tsv = setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', body);
  update claims set tsv = to_tsvector('english', evidence);
  `,
  // 6 → 7: nothing here; SQLite's full-text index moved to external content (PostgreSQL's tsv is no copy).
  `select 1;`,
  // 7 → 8: what the corpus stages keep between runs (mirrors sqlite-schema.ts version 8).
  `
  create table corpus_docs (id text primary key, story text, state text not null);
  create table corpus_entities (seq bigserial unique, id text primary key, record text not null);
  alter table figures add column sort_key text collate "C";
  `,
  // 8 → 9: the claims of a source and the quotes of a speaker, by index (mirrors sqlite-schema.ts version 9).
  `
  create index if not exists claims_source on claims(source);
  create index if not exists quotes_speaker on quotes(speaker);
  `,
];

export const POSTGRES_SCHEMA_VERSION = postgresMigrations.length;

/** The text-search configuration: English word stems, like SQLite's porter tokenizer. */
export const TS_CONFIG = 'english';
