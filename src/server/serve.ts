/**
 * Serve the app on a socket with @hono/node-server.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';
import { allowedHostNames } from './host-check.js';

export interface ServeOptions extends AppOptions {
  store: Store;
  /** 0 picks a free port. */
  port?: number;
  /** Interface to listen on; loopback unless told otherwise. */
  host?: string;
  /** Host names to answer besides the bound address, IP literals and localhost (`--allow-host`). */
  allowHost?: string[];
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer({
  store,
  port = 0,
  host = '127.0.0.1',
  allowHost = [],
  ...options
}: ServeOptions): Promise<RunningServer> {
  const app = createApp(store, { ...options, allowedHosts: allowedHostNames(host, allowHost) });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shown = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            if ('closeAllConnections' in server) (server as { closeAllConnections(): void }).closeAllConnections();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
    server.once('error', reject);
  });
}
