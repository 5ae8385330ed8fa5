/**
 * `crosscheck ingest --queue --wait`: the enqueuer waits for its jobs and
 * reports one that failed its last retry (by id and error, exit 1), where it
 * used to exit 0 before any ran; `/api/queue`'s status counts it as failed.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { enqueueCommand } from '../../src/cli/queue.js';
import { INGEST_QUEUE, startBoss } from '../../src/queue/common.js';
import { queueStatus } from '../../src/queue/status.js';
import { testPostgres } from '../../bench/pg-server.js';

const server = await testPostgres();
afterAll(() => server.stop());
const tmp = mkdtempSync(path.join(tmpdir(), 'crosscheck-wait-'));

const texts = [
  'Storm in Ardmore\n\nAt least 30 homes were flooded on Sunday, the council said.\n',
  'Strike at the port\n\nAbout 2,000 dockers walked out on Monday, the union said.\n',
  'Fire in Kell\n\nMore than 15 shops burned overnight, firefighters said.\n',
  'Vote in Rensby\n\nTurnout was 61 percent, the election office said.\n',
];

function folder(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  texts.forEach((t, i) => writeFileSync(path.join(dir, `n${i}.txt`), t));
  return dir;
}

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

/** A stand-in worker on the ingest queue: `fails(n)` says whether its n-th job (from 0) throws. */
async function standIn(url: string, fails: (n: number) => boolean) {
  const boss = await startBoss(url, { supervise: false });
  let n = 0;
  await boss.work(INGEST_QUEUE, { pollingIntervalSeconds: 0.5 }, async () => {
    if (fails(n++)) throw new Error('the analysis worker ran out of memory');
  });
  return boss;
}

const d = server.skip ? describe.skip : describe;

d('the enqueuer waiting for its jobs (--wait)', () => {
  it('reports a job that failed its last retry by id, files and error, exits 1, and /api/queue lists it', async () => {
    const url = server.urlFor(server.schema('wait'));
    const boss = await standIn(url, (n) => n > 0);
    try {
      const [out, err] = [sink(), sink()];
      const code = await enqueueCommand(
        [folder('fail')],
        { db: url, batchSize: 2, retries: 0, wait: true, pollMs: 100 },
        { stdout: out.stream, stderr: err.stream },
      );
      expect(code, err.text()).toBe(1);
      expect(err.text()).toMatch(
        /error E_JOB_FAILED: Queued job [0-9a-f-]{36} \(run \d+: n[0-3]\.txt, n[0-3]\.txt\) failed its last retry: the analysis worker ran out of memory/,
      );
      expect(err.text()).toContain('jobs: 1 done, 1 failed, 0 pending');
      const status = await queueStatus(url);
      expect([status.ingest.completed, status.ingest.failed]).toEqual([1, 1]);
      expect(status.failedJobs).toHaveLength(1);
      const [failed] = status.failedJobs;
      expect(failed).toMatchObject({
        queue: 'ingest',
        state: 'failed',
        error: 'the analysis worker ran out of memory',
        attempts: 1,
        articles: 2,
      });
      expect(
        failed!.names.every((n) => /^n[0-3]\.txt$/.test(n)),
        failed!.names.join(),
      ).toBe(true);
      expect(failed!.names).toHaveLength(2);
      expect(err.text()).toContain(failed!.id);
      expect(Date.parse(failed!.endedOn!)).toBeGreaterThan(Date.now() - 10 * 60_000);
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
    }
  });

  it('exits 0 once every job is done', async () => {
    const url = server.urlFor(server.schema('wait'));
    const boss = await standIn(url, () => false);
    try {
      const [out, err] = [sink(), sink()];
      const code = await enqueueCommand(
        [folder('done')],
        { db: url, batchSize: 2, wait: true, pollMs: 100, json: true },
        { stdout: out.stream, stderr: err.stream },
      );
      expect(code, err.text()).toBe(0);
      const summary = JSON.parse(out.text()) as { outcome: { completed: number; failed: unknown[] } };
      expect(summary.outcome).toEqual({ completed: 2, failed: [], pending: 0 });
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
    }
  });
});
