import { describe, expect, it } from 'vitest';
import { JOB_NAMES_MAX, decodePayload, encodePayload, inputName } from './common.js';
import type { ArticleInput } from '../article.js';

describe('inputName: how a queued input is named in failures and /api/queue', () => {
  it.each([
    ['/home/ana/stories/flood/update-2.html', 'update-2.html'],
    ['C:\\Users\\ana\\stories\\fire.txt', 'fire.txt'],
    ['relative/dir/a.json#3', 'a.json#3'],
    ['https://news.example/2024/05/flood', 'https://news.example/2024/05/flood'],
    ['https://ana:hunter2@feeds.example/rss', 'https://ana:***@feeds.example/rss'],
    ['upload.html', 'upload.html'],
  ])('%s → %s', (source, name) => {
    expect(inputName(source)).toBe(name);
  });
});

describe('encodePayload', () => {
  const input = (source: string): ArticleInput => ({
    source,
    raw: 'Flood\n\nAbout 40 homes were flooded.',
    format: 'text',
  });

  it('carries the inputs by name beside the compressed payload, which decodes unchanged', () => {
    const payload = { run: 3, batch: 1, inputs: [input('/d/a.txt'), input('/d/b.txt')], order: [1, 2] };
    const data = encodePayload(payload);
    expect(data).toMatchObject({ v: 1, run: 3, batch: 1, count: 2, names: ['a.txt', 'b.txt'] });
    expect(decodePayload(data)).toEqual(payload);
  });

  it(`names at most ${JOB_NAMES_MAX} inputs, however large the batch`, () => {
    const inputs = Array.from({ length: JOB_NAMES_MAX + 7 }, (_, i) => input(`/d/n${i}.txt`));
    const data = encodePayload({ run: 1, batch: 0, inputs, order: inputs.map((_, i) => i) });
    expect(data.count).toBe(JOB_NAMES_MAX + 7);
    expect(data.names).toHaveLength(JOB_NAMES_MAX);
    expect(data.names![0]).toBe('n0.txt');
  });
});
