import type { OutputStream } from "./io";

/** @internal A progress bar that can be advanced and cleared. */
export interface Progress {
  update(done: number): void;
  finish(): void;
}

const NO_PROGRESS: Progress = { update() {}, finish() {} };
const INTERVAL_MS = 100;

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal: redirected
 * output (logs, CI, tests) never receives control characters.
 *
 * @internal
 */
export function createProgress(stderr: OutputStream, label: string, total: number): Progress {
  if (stderr.isTTY !== true || !(total > 0)) return NO_PROGRESS;
  let last = 0;
  let drawn = false;
  const width = Math.max(10, Math.min(40, (stderr.columns ?? 80) - label.length - 30));
  return {
    update(done) {
      const now = Date.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      const ratio = Math.min(1, done / total);
      const filled = Math.round(ratio * width);
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      const percent = `${(ratio * 100).toFixed(0).padStart(3)} %`;
      stderr.write(`\r${label} ${bar} ${percent} ${megabytes(done)}/${megabytes(total)} MB`);
      drawn = true;
    },
    finish() {
      if (drawn) stderr.write("\r\x1b[2K");
    },
  };
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
