/**
 * The benchmarks' harness: options as given on the command line,
 * and each size measured in a process of its own that reports the same
 * duplicates and figures as the same corpus measured here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchCorpus, parseSizes } from '../../bench/corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('parseSizes', () => {
  it('reads whole numbers and the k suffix', () => {
    expect(parseSizes('1000,10k, 100000')).toEqual([1000, 10000, 100000]);
    expect(parseSizes('2K')).toEqual([2000]);
  });
  it('refuses anything else', () => {
    for (const bad of ['', 'abc', '0', '-5', '1.5', '1000,,10000', '10m']) expect(parseSizes(bad), bad).toBeNull();
  });
});

describe('node dist/bench/corpus.js', () => {
  it('measures each size in a process of its own, with the results of the same corpus in this one', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'corpus-bench-'));
    try {
      const stdout = execFileSync(
        process.execPath,
        [path.join(root, 'dist/bench/corpus.js'), '--size', '200,400', '--out', out],
        { encoding: 'utf8' },
      );
      expect(stdout).toMatch(/^200 articles: duplicates \d+ ms/m);
      const json = JSON.parse(readFileSync(path.join(out, 'corpus.json'), 'utf8')) as {
        rows: ReturnType<typeof benchCorpus>[];
        maxRssMb: number;
      };
      expect(json.rows.map((r) => r.articles)).toEqual([200, 400]);
      for (const row of json.rows) {
        const here = benchCorpus(row.articles);
        expect({
          claims: row.claims,
          bytes: row.bytes,
          links: row.links,
          figures: row.figures,
          placed: row.placed,
        }).toEqual({
          claims: here.claims,
          bytes: here.bytes,
          links: here.links,
          figures: here.figures,
          placed: here.placed,
        });
        expect(row.peakRssMb).toBeGreaterThan(10);
      }
      expect(json.maxRssMb).toBe(Math.max(...json.rows.map((r) => r.peakRssMb)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
  it('says what is wrong with a size, and exits non-zero', () => {
    let err: { status?: number; stderr?: string } = {};
    try {
      execFileSync(process.execPath, [path.join(root, 'dist/bench/corpus.js'), '--size', '10x'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.status).toBe(1);
    expect(err.stderr).toContain('--size takes numbers of articles');
  });
});

describe('node dist/bench/run.js', () => {
  it('refuses a bad option before measuring anything, saying which and why', () => {
    const cases: Array<[string[], string]> = [
      [['--size', '1000,x'], '--size takes numbers of articles'],
      [['--workers', '0'], '--workers takes a number of worker threads'],
      [['--seed', 'seven'], '--seed takes a whole number'],
      [['--html', '-1'], '--html takes a number of pages'],
      [['--html-runs', '0'], '--html-runs takes a number of runs'],
    ];
    for (const [args, message] of cases) {
      let err: { status?: number; stderr?: string } = {};
      try {
        execFileSync(
          process.execPath,
          [path.join(root, 'dist/bench/run.js'), ...args, '--out', path.join(tmpdir(), 'never-written')],
          { encoding: 'utf8', stdio: 'pipe' },
        );
      } catch (e) {
        err = e as typeof err;
      }
      expect(err.status, args.join(' ')).toBe(2);
      expect(err.stderr, args.join(' ')).toContain(message);
    }
  });
});
