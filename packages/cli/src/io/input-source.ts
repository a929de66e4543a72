import { closeSync, constants, createReadStream, openSync, realpathSync, statSync, type Stats } from 'node:fs';
import { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { CliError, EXIT, messageOf } from '../errors.js';

/** How long a named pipe may stay silent (no writer, no byte) before it is given up: 30 s. */
export const FIFO_WAIT_MS = 30_000;

/** An opened input: a stream, its name in messages, and for a named pipe how long to wait for its first byte. */
export interface InputSource {
  readonly stream: Readable;
  readonly name: string;
  readonly waitMs: number | undefined;
  /** The size of a regular file, when known before reading. */
  readonly size: number | undefined;
}

export interface OpenOptions {
  /** Standard input (tests pass their own). */
  readonly stdin?: Readable;
  /** How long a named pipe may stay silent (default FIFO_WAIT_MS). */
  readonly fifoWaitMs?: number;
}

const notReadable = (name: string, why: string, cause?: unknown): CliError =>
  new CliError('INPUT_NOT_READABLE', `cannot read ${name}: ${why}`, EXIT.input, cause === undefined ? undefined : { cause });

function statOf(path: string): Stats {
  try {
    return statSync(path);
  } catch (cause) {
    throw notReadable(path, messageOf(cause), cause);
  }
}

/**
 * Opens a file, standard input (`-`) or a named pipe for reading, and refuses what is not a
 * document source: a folder, a device (/dev/zero, /dev/urandom: endless), a socket. A named
 * pipe is opened without blocking (a pipe nobody writes to would block the open forever), so
 * the reader can give up on it after `waitMs`.
 * @throws CliError INPUT_NOT_READABLE (exit 3)
 */
export function openInput(path: string, options: OpenOptions = {}): InputSource {
  if (path === '-') return { stream: options.stdin ?? process.stdin, name: 'standard input', waitMs: undefined, size: undefined };
  const stats = statOf(path);
  if (stats.isDirectory()) throw notReadable(path, 'it is a folder; give a file in it');
  if (stats.isFIFO()) {
    let fd: number;
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (cause) {
      throw notReadable(path, messageOf(cause), cause);
    }
    return { stream: new Socket({ fd, readable: true, writable: false }), name: path, waitMs: options.fifoWaitMs ?? FIFO_WAIT_MS, size: undefined };
  }
  // the null device is the empty input by convention (`summarize /dev/null`): EMPTY_DOCUMENT, as for an empty file
  if (stats.isCharacterDevice() && realpathSync(path) === '/dev/null') return { stream: Readable.from([]), name: path, waitMs: undefined, size: 0 };
  if (!stats.isFile()) {
    throw notReadable(path, 'it is a device or a socket, not a file; give a regular file, or pipe the data to standard input with -');
  }
  // open now, so that a file that cannot be opened (permissions) fails here, with its reason
  try {
    closeSync(openSync(path, 'r'));
  } catch (cause) {
    throw notReadable(path, messageOf(cause), cause);
  }
  return { stream: createReadStream(path), name: path, waitMs: undefined, size: stats.size };
}

/** Stops reading a source (standard input is paused, not destroyed: tests share it). */
export function closeInput(source: InputSource, stdin: Readable = process.stdin): void {
  if (source.stream === stdin) source.stream.pause();
  else source.stream.destroy();
}

/**
 * Calls `onSilent` when a named pipe has given no byte (nor closed) within its wait; the
 * returned function disarms it (call it on the first byte or the end).
 */
export function watchSilence(source: InputSource, onSilent: (error: CliError) => void): () => void {
  if (source.waitMs === undefined) return () => {};
  const timer = setTimeout(
    () =>
      onSilent(
        notReadable(
          source.name,
          `nothing was written to this named pipe in ${Math.round(source.waitMs! / 1000)} s; ` +
            'start the program that writes to it first, or pipe its output to standard input with -',
        ),
      ),
    source.waitMs,
  );
  return () => clearTimeout(timer);
}
