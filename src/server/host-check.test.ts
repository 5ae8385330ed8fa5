import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite.js';
import { allowedHostNames, hostAllowed, hostOf } from './host-check.js';
import { startServer } from './serve.js';

describe('hostOf', () => {
  it.each([
    ['127.0.0.1:8080', '127.0.0.1'],
    ['LOCALHOST', 'localhost'],
    ['[::1]:8080', '::1'],
    ['news.example.org.', 'news.example.org'],
    ['evil.example:80', 'evil.example'],
    ['', null],
    [undefined, null],
    ['a b', null],
    ['[::1', null],
    ['[::1]x', null],
    ['host:port', null],
  ])('%s → %s', (header, host) => expect(hostOf(header)).toBe(host));
});

describe('hostAllowed', () => {
  const loopback = allowedHostNames('127.0.0.1');
  it.each([
    ['127.0.0.1:8080', loopback, true],
    ['[::1]:8080', loopback, true],
    ['10.1.2.3', loopback, true],
    ['localhost:8080', loopback, true],
    ['app.localhost', loopback, true],
    ['attacker.example', loopback, false],
    ['attacker.example:8080', loopback, false],
    ['localhost.attacker.example', loopback, false],
    [undefined, loopback, false],
    ['ledger.newsroom.test', allowedHostNames('127.0.0.1', ['ledger.newsroom.test']), true],
    ['a.newsroom.test', allowedHostNames('127.0.0.1', ['.newsroom.test']), true],
    ['newsroom.test', allowedHostNames('127.0.0.1', ['.newsroom.test']), true],
    ['xnewsroom.test', allowedHostNames('127.0.0.1', ['.newsroom.test']), false],
    ['box.lan', allowedHostNames('box.lan'), true],
  ] as const)('%s', (header, names, ok) => expect(hostAllowed(header, names)).toBe(ok));
});

/** A GET with a chosen Host header (fetch does not let a caller set it). */
function get(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/stats', headers: { host } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve answers only the hosts it is reached by (DNS rebinding)', () => {
  it('403 E_BAD_HOST for a foreign name, 200 for the address, localhost and an --allow-host name', async () => {
    const store = openSqliteStore(':memory:');
    const server = await startServer({ store, port: 0, allowHost: ['ledger.newsroom.test'] });
    try {
      expect(await get(server.port, 'attacker.example')).toBe(403);
      expect(await get(server.port, `127.0.0.1:${server.port}`)).toBe(200);
      expect(await get(server.port, `localhost:${server.port}`)).toBe(200);
      expect(await get(server.port, 'ledger.newsroom.test')).toBe(200);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
