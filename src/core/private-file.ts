import { closeSync, constants, fchmodSync, fstatSync, openSync, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { AuditmaskError } from './errors.js';

/**
 * Files that hold raw record data (dead-letter files): opened for appending, created 0600, an
 * existing file tightened to 0600, and never through a symbolic link (O_NOFOLLOW on the last
 * path component) nor onto anything but a regular file — so a link planted where the file will
 * be cannot redirect raw data to a place the operator did not choose.
 *
 * Both variants return what they opened and the mode the file had before (undefined when it was
 * created 0600 or already 0600), for a warning. They throw PrivateFileError saying what to do;
 * the caller closes what it got.
 */
const FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW;

export class PrivateFileError extends AuditmaskError {}

/** Synchronous variant (the CLI): an fd. */
export function openPrivateAppend(path: string): { fd: number; tightenedFrom?: number } {
  let fd: number;
  try {
    fd = openSync(path, FLAGS, 0o600);
  } catch (err) {
    throw openError(path, err);
  }
  try {
    const mode = check(path, fstatSync(fd));
    if (mode === undefined) return { fd };
    fchmodSync(fd, 0o600);
    return { fd, tightenedFrom: mode };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** Promise variant (the daemon's dead-letter sink): a FileHandle. */
export async function openPrivateAppendHandle(path: string): Promise<{ handle: FileHandle; tightenedFrom?: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, FLAGS, 0o600);
  } catch (err) {
    throw openError(path, err);
  }
  try {
    const mode = check(path, await handle.stat());
    if (mode === undefined) return { handle };
    await handle.chmod(0o600);
    return { handle, tightenedFrom: mode };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** The mode to tighten from, or undefined when already 0600. */
function check(path: string, st: Stats): number | undefined {
  if (!st.isFile()) throw new PrivateFileError(`${path} is not a regular file; a file holding raw records must be one`);
  const mode = st.mode & 0o777;
  return mode === 0o600 ? undefined : mode;
}

function openError(path: string, err: unknown): PrivateFileError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ELOOP' || code === 'EMLINK') {
    return new PrivateFileError(`${path} is a symbolic link; a file holding raw records is never opened through one: give the real path`);
  }
  return new PrivateFileError(`cannot open ${path} for raw records (${code ?? 'error'}); check that the directory exists and is writable`);
}
