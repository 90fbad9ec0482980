import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { readFile, rename, stat, unlink } from "node:fs/promises";
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

/**
 * Writes a file so that it appears complete or not at all: the content goes to a
 * temporary file in the same folder (same file system, so the rename is atomic), which
 * is renamed over `path` only once everything was written and flushed. On any failure,
 * or on Ctrl-C, the temporary file is removed and `path` is left as it was.
 *
 * @internal
 */
export async function writeFileAtomic(
  path: string,
  shown: string,
  produce: (sink: FileSink) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let stream: WriteStream | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    stream?.destroy();
    unlinkQuietly(temp).finally(() => process.kill(process.pid, signal));
  };
  try {
    await checkOutputFolder(path, shown);
    stream = createWriteStream(temp, { flags: "wx" });
    const opened = stream;
    await new Promise<void>((resolveOpen, rejectOpen) => {
      opened.once("open", () => resolveOpen());
      opened.once("error", rejectOpen);
    });
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
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
    await rename(temp, path);
  } catch (error) {
    stream?.destroy();
    await unlinkQuietly(temp);
    if (isSystemError(error))
      throw dataError(`cannot write ${describeFsError(error, shown)}`, error);
    throw error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

async function checkOutputFolder(path: string, shown: string): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw dataError(`cannot write ${shown}: it is a folder; give a file name`);
    }
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ENOENT") throw error;
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
