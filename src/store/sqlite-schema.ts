/**
 * SQLite schema, as ordered migrations: `sqliteMigrations[v]` takes a
 * database from version v to v+1. Never edit a released step; add one, and
 * add step v to `postgresMigrations` too (a no-op when PostgreSQL needs none):
 * the store schema version is the step count, the same in both stores.
 */
export const sqliteMigrations: string[] = [
  // 0 → 1: the first schema.
  `
  create table meta (key text primary key, value text);
  create table articles (
    seq integer primary key autoincrement,
    id text not null unique,
    source text not null,
    url text,
    raw text not null,
    analysis text not null,
    ingested_at text not null,
    previous_version text,
    superseded_by text
  );
  create index articles_url on articles(url);
  create table documents (
    id text primary key references articles(id),
    source text not null,
    url text,
    title text,
    outlet text,
    published text,
    language text,
    body text not null,
    record text not null
  );
  create table claims (
    id text primary key,
    document text not null references documents(id),
    value real, low real, high real,
    status text, source text, canonical_source text, measure text, action text,
    evidence text not null,
    figure text,
    record text not null
  );
  create index claims_document on claims(document);
  create index claims_figure on claims(figure);
  create table quotes (
    id text primary key,
    document text not null references documents(id),
    speaker text, canonical_speaker text,
    text text not null,
    record text not null
  );
  create index quotes_document on quotes(document);
  create table doc_entities (document text not null references documents(id), entity text not null, record text not null, primary key (document, entity));
  create table entities (id text primary key, record text not null);
  create table figures (id text primary key, record text not null);
  create table duplicates (document text not null, of text not null, kind text not null, similarity real not null);
  create index duplicates_document on duplicates(document);
  create virtual table documents_fts using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
  create virtual table claims_fts using fts5(evidence, tokenize = 'unicode61 remove_diacritics 2');
  `,
  // 1 → 2: indexes for the API's claim filters (status, outlet, publication date).
  `
  create index claims_status on claims(status);
  create index documents_published on documents(published);
  create index documents_outlet on documents(outlet);
  `,
  // 2 → 3: analysts' corrections (src/review), kept apart from what ingest and the corpus stages rewrite.
  `
  create table corrections (
    id text primary key,
    target_kind text not null,
    target_id text not null,
    what text not null,
    who text not null,
    created text not null,
    record text not null
  );
  create index corrections_target on corrections(target_kind, target_id);
  `,
  // 3 → 4: crosscheck watch: the sources followed, their poll state, the figures as last seen and the events.
  `
  create table watch_sources (
    id integer primary key autoincrement,
    url text not null unique,
    story text,
    kind text not null,
    filter text,
    added_at text not null,
    polled_at text,
    error text
  );
  create table watch_validators (url text primary key, etag text, last_modified text, checked_at text not null);
  create table watch_seen (source integer not null, item text not null, seen_at text not null, primary key (source, item));
  create table watch_events (seq integer primary key autoincrement, at text not null, type text not null, record text not null);
  create table figure_snapshot (id text primary key, record text not null);
  create table watch_meta (key text primary key, value text not null);
  `,
  // 4 → 5: figure briefs beside the records, so listings page in bounded time; the stories' briefs.
  `
  alter table figures add column brief text;
  alter table figures add column story text;
  alter table figures add column part_of text;
  alter table figures add column claims integer not null default 0;
  create index figures_claims on figures(claims desc);
  create index figures_story on figures(story, claims desc);
  create index figures_part_of on figures(part_of);
  create table stories (id text primary key, record text not null);
  `,
  // 5 → 6: full text by word stems ("evacuate" finds "evacuated", "evacuations"), like PostgreSQL's english.
  `
  drop table documents_fts;
  drop table claims_fts;
  create virtual table documents_fts using fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
  create virtual table claims_fts using fts5(evidence, tokenize = 'porter unicode61 remove_diacritics 2');
  insert into documents_fts (rowid, title, body) select rowid, title, body from documents;
  insert into claims_fts (rowid, evidence) select rowid, evidence from claims;
  `,
  // 6 → 7: the full-text indexes read their text from documents and claims (external content), not a copy of it.
  `
  drop table documents_fts;
  drop table claims_fts;
  create virtual table documents_fts using fts5(title, body, content = 'documents', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2');
  create virtual table claims_fts using fts5(evidence, content = 'claims', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2');
  insert into documents_fts (documents_fts) values ('rebuild');
  insert into claims_fts (claims_fts) values ('rebuild');
  `,
  // 7 → 8: what the corpus stages keep between runs, so adding articles recomputes only the stories they join.
  `
  create table corpus_docs (id text primary key, story text, state text not null);
  create table corpus_entities (id text primary key, record text not null);
  alter table figures add column sort_key text;
  `,
  // 8 → 9: an incremental corpus run looks up the claims of a source and the quotes of a speaker it remaps.
  `
  create index if not exists claims_source on claims(source);
  create index if not exists quotes_speaker on quotes(speaker);
  `,
];

export const SCHEMA_VERSION = sqliteMigrations.length;
