/**
 * Where the derived-files route hands the files it makes (globalThis): the derived-files integration
 * sets it for the build, and a thread of its own writes them, beside the rendering.
 */
export const FILE_WRITER = Symbol.for('nim-status-codes.file-writer');

/** Writes files into the build output, off the rendering thread. */
export interface FileWriter {
  /** Queues one file; `path` is relative to the output folder. */
  write(path: string, text: string): void;
}
