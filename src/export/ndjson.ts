/**
 * `crosscheck-export/1` as NDJSON: a header line, then one line per record,
 * each tagged with its kind in `type`. An entity's own `type` (person,
 * organization ...) is written as `entityType`, and a relation's (same,
 * conflict ...) as `relationType`, since `type` names the kind of line.
 */
import type { Writable } from 'node:stream';
import { EXPORT_FORMAT, type EntityRecord, type RelationRecord } from '../records.js';
import type { Store } from '../store/store.js';
import { chunked, recordStreams, SECTIONS, type ExportOptions } from './stream.js';

/** Write the store as NDJSON: `{"type":"header","format":"crosscheck-export/1","generated":…}` then records. */
export async function writeNdjson(store: Store, out: Writable, options: ExportOptions): Promise<void> {
  const streams = recordStreams(store, options.scope);
  const sink = chunked(out);
  await sink.add(`${JSON.stringify({ type: 'header', format: EXPORT_FORMAT, generated: options.generated })}\n`);
  for (const [section, type] of SECTIONS) {
    for await (const record of streams[section]() as AsyncIterable<object>) {
      let line: object;
      if (type === 'entity') {
        const { type: entityType, ...rest } = record as EntityRecord;
        line = { type, ...rest, entityType };
      } else if (type === 'relation') {
        const { type: relationType, ...rest } = record as RelationRecord;
        line = { type, ...rest, relationType };
      } else line = { type, ...record };
      await sink.add(`${JSON.stringify(line)}\n`);
    }
  }
  await sink.flush();
}
