/**
 * `crosscheck-export/1` as one JSON object ({@link ExportDocument}), written
 * record by record: the object is never built in memory.
 */
import type { Writable } from 'node:stream';
import { EXPORT_FORMAT } from '../records.js';
import type { Store } from '../store/store.js';
import { chunked, recordStreams, SECTIONS, type ExportOptions } from './stream.js';

/** Write the whole store as one JSON object, one record per line. */
export async function writeJson(store: Store, out: Writable, options: ExportOptions): Promise<void> {
  const streams = recordStreams(store, options.scope);
  const sink = chunked(out);
  await sink.add(`{\n"format": ${JSON.stringify(EXPORT_FORMAT)},\n"generated": ${JSON.stringify(options.generated)}`);
  for (const [section] of SECTIONS) {
    await sink.add(`,\n${JSON.stringify(section)}: [`);
    let first = true;
    for await (const record of streams[section]() as AsyncIterable<unknown>) {
      await sink.add(`${first ? '\n' : ',\n'}${JSON.stringify(record)}`);
      first = false;
    }
    await sink.add(first ? ']' : '\n]');
  }
  await sink.add('\n}\n');
  await sink.flush();
}
