/**
 * Uploads are analysed off the server's event loop (one worker thread): while
 * a long article is analysed, the server's thread keeps turning, so other
 * requests are answered.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../reliability/helpers.js';
import { createApp } from '../../src/server/app.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-upload-thread-'));
const store = openSqliteStore(path.join(dir, 'store.db'));
afterAll(() => store.close());

/** An invented flood report of many paragraphs, each with its figures and a quote. */
function longReport(paragraphs: number): string {
  const out = ['Floods across the delta'];
  for (let i = 0; i < paragraphs; i++)
    out.push(
      `Officials in district ${i} said on Tuesday that ${1000 + i} homes were flooded and ${20 + (i % 50)} ` +
        `schools closed, while "the water is still rising," the mayor of town ${i} told reporters.`,
    );
  return out.join('\n\n');
}

describe('uploads', () => {
  it('are analysed off the event loop: the server thread never stalls for the analysis', async () => {
    ensureBuilt('dist/src/ingest/workers.js');
    const app = createApp(store, { webRoot: '/nonexistent', token: 't0ken' });
    const body = JSON.stringify([{ title: 'Delta floods', text: longReport(1000) }]);
    let last = performance.now();
    let longest = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 10);
    const t0 = performance.now();
    const res = await app.request('/api/ingest', {
      method: 'POST',
      headers: { Authorization: 'Bearer t0ken', 'Content-Type': 'application/json' },
      body,
    });
    const ms = performance.now() - t0;
    clearInterval(tick);
    expect(res.status).toBe(200);
    expect((await res.json()).stored).toBe(1);
    console.log(`upload ${Math.round(ms)} ms, longest stall ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(ms / 2);
  });
});
