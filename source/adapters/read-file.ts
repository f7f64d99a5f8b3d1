import { resolve } from 'node:path';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { t } from '../domain/i18n/translate.js';

/** Why a file could not be read, in words that fit after its path. */
export type ReadFailure = {
  readonly reason: 'missing' | 'folder' | 'not-regular' | 'too-large' | 'unreadable';
  readonly message: string;
};

/**
 * Reads a file that is expected to be a regular file of sane size: anything else (a device such
 * as /dev/zero, a FIFO, a socket, a huge file) is refused before a byte is read, so a hostile or
 * broken file can neither hang stepwise nor eat its memory. Never throws.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer | ReadFailure {
  let fd: number | undefined;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { reason: 'folder', message: 'is a folder, not a file' };
    if (!stat.isFile()) {
      return {
        reason: 'not-regular',
        message: t('is not a regular file (a device, a pipe or a socket)'),
      };
    }
    // Non-blocking, so that a FIFO swapped in since the check cannot hang the open.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = fstatSync(fd);
    if (!opened.isFile()) {
      return {
        reason: 'not-regular',
        message: t('is not a regular file (a device, a pipe or a socket)'),
      };
    }
    if (opened.size > maxBytes) {
      return {
        reason: 'too-large',
        // Bytes when the megabytes would round to the limit itself ("20.0 MB; at most 20 MB").
        message: t('is too large ({value}; at most {value2} MB)', {
          value: tooLarge(opened.size, maxBytes),
          value2: maxBytes / 1024 / 1024,
        }),
      };
    }
    const bytes = Buffer.alloc(opened.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { reason: 'missing', message: t('does not exist') };
    return {
      reason: 'unreadable',
      message: t('cannot be read ({value})', { value: code ?? (error as Error).message }),
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export const isReadFailure = (value: Buffer | ReadFailure): value is ReadFailure =>
  !Buffer.isBuffer(value);

/**
 * Says why a path cannot be written as a plain file: a FIFO or a device there would make the
 * write hang or go nowhere. Undefined when it can be (it is a regular file, or nothing yet).
 */
/** A size past a limit, said so that it reads as more than the limit. */
function tooLarge(size: number, limit: number): string {
  const megabytes = (size / 1024 / 1024).toFixed(1);
  return Number(megabytes) > limit / 1024 / 1024
    ? `${megabytes} MB`
    : `${size.toLocaleString('en-US')} bytes`;
}

export function unwritableReason(path: string): string | undefined {
  try {
    // Devices and the system's own files are never written, whatever the path looks like.
    if (/^\/(?:dev|proc|sys)\//.test(resolve(path))) {
      return t('is not a regular file (a device, a pipe or a socket)');
    }
    // A symbolic link is replaced by the file, not followed, unless it stands for a folder.
    if (lstatSync(path).isSymbolicLink()) {
      try {
        return statSync(path).isDirectory() ? t('is a link to a folder') : undefined;
      } catch {
        return undefined;
      }
    }
    const stat = statSync(path);
    if (stat.isDirectory()) return 'is a folder';
    if (!stat.isFile()) return t('is not a regular file (a device, a pipe or a socket)');
    return undefined;
  } catch {
    return undefined;
  }
}

/** The system error code of an error ("ENOENT"), without trusting its type. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Whether the path is a folder (following links); false for anything else or nothing. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
