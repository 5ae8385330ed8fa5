/**
 * Live refresh without reloads: whoever learns that the store changed (the
 * queue panel when a job finishes, the upload screen after an upload) calls
 * {@link announceChange}; every mounted {@link useApi} view fetches its data
 * again in place, keeping what it shows until the new answer arrives.
 */

/** The window event a store change is announced with. */
export const CHANGED_EVENT = 'crosscheck:changed';

/** Tell every view on the page that the store has new data. */
export function announceChange(): void {
  dispatchEvent(new Event(CHANGED_EVENT));
}

/** Run `fn` on every announced change until the returned function is called. */
export function onChange(fn: () => void): () => void {
  addEventListener(CHANGED_EVENT, fn);
  return () => removeEventListener(CHANGED_EVENT, fn);
}
