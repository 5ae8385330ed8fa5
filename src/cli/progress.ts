/**
 * A one-line progress bar on stderr, shown only when stderr is a terminal,
 * not in --json mode, and only once a batch has taken more than a moment.
 */
export interface ProgressBar {
  update(done: number, total: number | null, label?: string): void;
  stop(): void;
}

const silent: ProgressBar = { update() {}, stop() {} };

export function progressBar(options: { enabled: boolean; delayMs?: number; stream?: NodeJS.WriteStream }): ProgressBar {
  const stream = options.stream ?? process.stderr;
  if (!options.enabled || !stream.isTTY) return silent;
  const startedAt = Date.now();
  const delay = options.delayMs ?? 500;
  let shown = false;
  let lastDraw = 0;
  return {
    update(done, total, label = '') {
      const now = Date.now();
      if (now - startedAt < delay || now - lastDraw < 80) return;
      lastDraw = now;
      shown = true;
      const width = 28;
      const elapsed = (now - startedAt) / 1000;
      const rate = done / Math.max(elapsed, 0.001);
      let bar: string;
      if (total && total > 0) {
        const filled = Math.round((Math.min(done, total) / total) * width);
        bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
      } else bar = `${done} done`;
      const line = `${bar}  ${rate.toFixed(1)}/s  ${label}`.slice(0, (stream.columns ?? 100) - 1);
      stream.write(`\r\x1b[2K${line}`);
    },
    stop() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
