/**
 * What every browser test shares: Debian's chromium driven by playwright-core
 * (skipped, saying why, when it is not installed), the UI built from source,
 * and the screenshot folder.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import type { Browser } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go. */
export const SHOTS = path.join(root, 'test-output/screenshots');

/** Why the browser tests are skipped, or false when chromium is there. */
export const skip: string | false = existsSync(CHROMIUM)
  ? false
  : `no chromium at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH)`;
if (skip) console.warn(`browser tests skipped: ${skip}`);

/** `describe`, or `describe.skip` without chromium; the title says why it was skipped. */
export function describeChromium(title: string, body: () => void): void {
  (skip ? describe.skip : describe)(`${title}${skip ? ` (skipped: ${skip})` : ''}`, body);
}

/** Build the UI from source into a temp folder, so the tests check the current code. */
export async function buildWeb(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: path.join(root, 'web/vite.config.ts'),
    root: path.join(root, 'web'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Start headless chromium and make the screenshot folder. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  mkdirSync(SHOTS, { recursive: true });
  return browser;
}
