/** A corpus job of a worker that died is reclaimed in minutes; a live worker's job is kept by its heartbeat. */
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import {
  CORPUS_EXPIRE_SECONDS,
  CORPUS_HEARTBEAT_MS,
  CORPUS_QUEUE,
  heartbeat,
  queueLocation,
  startBoss,
} from '../../src/queue/common.js';
import { testPostgres } from '../../bench/pg-server.js';

const server = await testPostgres();
afterAll(() => server.stop());

describe.skipIf(server.skip)('corpus job expiry', () => {
  it('expires a corpus job within minutes, and a heartbeat moves its start to now', async () => {
    const url = server.urlFor(server.schema('beat'));
    const boss = await startBoss(url, { supervise: false });
    const { schema } = queueLocation(url);
    const db = new pg.Client({ connectionString: server.url });
    await db.connect();
    try {
      expect(CORPUS_HEARTBEAT_MS * 3).toBeLessThan(CORPUS_EXPIRE_SECONDS * 1000);
      const queue = await boss.getQueue(CORPUS_QUEUE);
      expect(queue!.expireInSeconds).toBe(CORPUS_EXPIRE_SECONDS);
      const id = await boss.send(CORPUS_QUEUE, {}, { expireInSeconds: CORPUS_EXPIRE_SECONDS });
      const [job] = await boss.fetch(CORPUS_QUEUE);
      expect(job!.id).toBe(id);
      const row = async () =>
        (
          await db.query<{ expire: number; age: number }>(
            `select extract(epoch from expire_in)::int expire, extract(epoch from now() - started_on)::float8 age from ${schema}.job where id = $1`,
            [id],
          )
        ).rows[0]!;
      expect((await row()).expire).toBe(CORPUS_EXPIRE_SECONDS);
      // A worker that has run for a while, then beats.
      await db.query(`update ${schema}.job set started_on = now() - interval '100 seconds' where id = $1`, [id]);
      expect((await row()).age).toBeGreaterThan(90);
      await heartbeat(boss, url, CORPUS_QUEUE, id!);
      expect((await row()).age).toBeLessThan(5);
    } finally {
      await db.end();
      await boss.stop({ graceful: false, wait: true, close: true });
    }
  });
});
