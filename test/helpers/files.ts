/** Files for tests to read, written into temp folders. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Make `folder` (and its parents) and write each file of `files` into it by name; returns the folder. */
export function writeFiles(folder: string, files: Record<string, string | Uint8Array>): string {
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(folder, name), content);
  return folder;
}
