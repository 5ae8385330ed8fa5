/**
 * Open a store by location: a file path (SQLite, the default) or a
 * `postgres://` / `postgresql://` URL (PostgreSQL, for teams). Drivers are
 * loaded here only, so the core never imports one.
 */
import type { Store } from './store.js';

/** true when `location` names a PostgreSQL database. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Open the store at `location`. `mustExist`: a SQLite file must already be there (commands that only read,
 * such as report and export, must not leave an empty store behind a typo).
 */
export async function openStore(
  location: string,
  options: { readonly?: boolean; mustExist?: boolean } = {},
): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(location);
  }
  const { openSqliteStore } = await import('./sqlite.js');
  return openSqliteStore(location, options);
}
