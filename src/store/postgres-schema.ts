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
];

export const POSTGRES_SCHEMA_VERSION = postgresMigrations.length;

/** The text-search configuration: no stemming, like SQLite's unicode61 tokenizer. */
export const TS_CONFIG = 'simple';
