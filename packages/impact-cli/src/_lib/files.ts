import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { chmod, open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import { constants } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { dataError } from "./cli-error";

/** @internal Explains a failed file operation in words, from its errno code. */
export function describeFsError(error: unknown, file: string): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case "ENOENT":
      return `${file}: no such file or folder`;
    case "EACCES":
    case "EPERM":
      return `${file}: permission denied`;
    case "EISDIR":
      return `${file}: is a folder, not a file`;
    case "ENOTDIR":
      return `${file}: a parent of this path is not a folder`;
    case "ESPIPE":
      return `${file}: is a pipe; give a file name (the file is read twice or sniffed first)`;
    case "ENOSPC":
      return `${file}: no space left on device`;
    default:
      return `${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** @internal Resolves a path given on the command line against the io's folder. */
export function resolvePath(cwd: string, file: string): string {
  return resolve(cwd, file);
}

/** @internal Checks that `path` is a readable regular file and returns its size in bytes. */
export async function inputFileSize(path: string, shown: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error("folder"), { code: "EISDIR" });
    return info.size;
  } catch (error) {
    throw dataError(describeFsError(error, shown), error);
  }
}

/** @internal Reads a UTF-8 text file (without its byte-order mark). */
export async function readTextFile(path: string, shown: string): Promise<string> {
  try {
    const text = await readFile(path, "utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw dataError(describeFsError(error, shown), error);
  }
}

/** @internal Reads and parses a JSON file; a syntax error is a data error naming the file. */
export async function readJsonFile(path: string, shown: string): Promise<unknown> {
  const text = await readTextFile(path, shown);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw dataError(`${shown}: not valid JSON (${detail})`, error);
  }
}

/** @internal A stream that writes into a file, with backpressure. */
export interface FileSink {
  /** Writes text; resolves at once unless the stream asks to wait for `drain`. */
  write(text: string): Promise<void> | undefined;
}

/** The signals that end the process and can be caught: each removes the temporary file. */
const FATAL_SIGNALS: readonly NodeJS.Signals[] = [
  "SIGINT",
  "SIGTERM",
  "SIGHUP",
  "SIGQUIT",
  "SIGPIPE",
];

/** Temporary files are named `.NAME.impact-PID-RANDOM.tmp`, so that a later run can find them. */
const TEMP_MARK = ".impact-";

function tempName(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}${TEMP_MARK}${process.pid}-${randomBytes(6).toString("hex")}.tmp`,
  );
}

/**
 * Removes the temporary files that an earlier run writing `path` left behind when it was
 * killed without a chance to clean up (SIGKILL, a power cut): those whose process is gone.
 */
async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `.${basename(path)}${TEMP_MARK}`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length).split("-")[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) {
      await unlinkQuietly(join(dirname(path), name));
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: unknown }).code === "EPERM";
  }
}

/**
 * Writes a file so that it appears complete or not at all: the content goes to a
 * temporary file in the same folder (same file system, so the rename is atomic), which
 * is flushed to disk (fsync) and renamed over `path` only once everything was written. An
 * existing `path` keeps its permissions (a 0600 file stays 0600). On any failure, or on a
 * signal that ends the process (INT, TERM, HUP, QUIT, PIPE), the temporary file is removed
 * and `path` is left as it was; temporary files that a killed run left behind
 * (`.NAME.impact-PID-….tmp`, their process gone) are removed by the next run.
 *
 * @internal
 */
export async function writeFileAtomic(
  path: string,
  shown: string,
  produce: (sink: FileSink) => Promise<void>,
): Promise<void> {
  const temp = tempName(path);
  let stream: WriteStream | undefined;
  // Settles once the temporary file's open has (the file exists, or never will).
  let opening: Promise<unknown> = Promise.resolve();
  const onSignal = (signal: NodeJS.Signals) => {
    // A signal while the open is under way: unlinking now could run before the file is
    // created, and leave it behind; so wait for the open first.
    opening
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        stream?.destroy();
        return unlinkQuietly(temp);
      })
      .finally(() => {
        for (const s of FATAL_SIGNALS) process.off(s, onSignal);
        // Ended as the signal would have ended it; SIGPIPE is ignored by Node, hence the exit.
        process.kill(process.pid, signal);
        process.exit(128 + (constants.signals[signal] ?? 0));
      });
  };
  try {
    const mode = await checkOutputFolder(path, shown);
    await removeStaleTemps(path);
    // Listening before the temporary file exists: once it is on disk, a signal removes it.
    for (const signal of FATAL_SIGNALS) listen(signal, onSignal);
    stream = createWriteStream(temp, { flags: "wx" });
    const opened = stream;
    opening = new Promise<void>((resolveOpen, rejectOpen) => {
      opened.once("open", () => resolveOpen());
      opened.once("error", rejectOpen);
    });
    await opening;
    if (mode !== undefined) await chmod(temp, mode);
    let failure: unknown;
    opened.on("error", (error) => {
      failure ??= error;
    });
    const sink: FileSink = {
      write(text) {
        if (failure !== undefined) throw failure;
        if (opened.write(text)) return undefined;
        return new Promise<void>((resolveDrain, rejectDrain) => {
          const onDrain = () => {
            opened.off("error", rejectDrain);
            resolveDrain();
          };
          opened.once("drain", onDrain);
          opened.once("error", rejectDrain);
        });
      },
    };
    await produce(sink);
    await new Promise<void>((resolveEnd, rejectEnd) => {
      if (failure !== undefined) {
        rejectEnd(failure);
        return;
      }
      opened.once("error", rejectEnd);
      opened.end(() => resolveEnd());
    });
    await syncFile(temp);
    await rename(temp, path);
  } catch (error) {
    stream?.destroy();
    await unlinkQuietly(temp);
    if (isSystemError(error))
      throw dataError(`cannot write ${describeFsError(error, shown)}`, error);
    throw error;
  } finally {
    for (const signal of FATAL_SIGNALS) process.off(signal, onSignal);
  }
}

/** Listens to a signal where the platform has it (Windows has no SIGQUIT, for one). */
function listen(signal: NodeJS.Signals, handler: (signal: NodeJS.Signals) => void): void {
  try {
    process.once(signal, handler);
  } catch {
    // Not a signal of this platform: nothing can send it.
  }
}

/** Flushes a written file to the disk, so that the rename never exposes a file still in cache. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Refuses a folder; returns the permission bits of an existing file (undefined if none). */
async function checkOutputFolder(path: string, shown: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw dataError(`cannot write ${shown}: it is a folder; give a file name`);
    }
    return info.mode & 0o7777;
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ENOENT") throw error;
    return undefined;
  }
}

function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { syscall?: unknown }).syscall === "string";
}

async function unlinkQuietly(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch {
    // Nothing to remove: the temporary file was never created or is gone already.
  }
}
