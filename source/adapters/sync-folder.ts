// The sync folder on disk: reading every device's file (and the copies sync tools make of them),
// and writing this device's own. Nothing here changes or removes a file of another device, a
// conflict copy or anything the sync tool put there; nothing here throws.

import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDeviceFile, encodeDeviceFile, type DeviceFile } from '../domain/sync/sync-file.js';
import { classifyName, deviceFileName } from '../domain/sync/sync-names.js';
import { MAX_AHEAD_DAYS } from '../domain/sync/clock.js';
import { EMPTY_STATE, mergeStates, type SyncState } from '../domain/sync/sync-state.js';
import { errorCode, isReadFailure, readRegularFile } from './read-file.js';
import { t } from '../domain/i18n/translate.js';

/**
 * Far more than one person's progress in every guide they keep (a thousand notes are half a
 * megabyte): a bigger file is not a device's progress, and is not merged, so that no file can
 * slow every command down or grow every computer's files with it.
 */
export const MAX_DEVICE_FILE_BYTES = 5 * 1024 * 1024;
/** Guides, and marks and notes in all, that merged progress may hold: far more than a person's. */
const MAX_GUIDES = 1000;
const MAX_REGISTERS = 30_000;

function countRegisters(state: SyncState): number {
  let count = 0;
  for (const guide of state.values()) count += guide.marks.size + guide.notes.size;
  return count;
}

/** Device files looked at in one folder: more is not one person's computers. */
const MAX_FILES = 1000;

/** A file that could not be merged, and why; it is left as it is. */
export type FolderProblem = { readonly file: string; readonly reason: string };

export type DeviceSeen = {
  readonly device: string;
  readonly name?: string;
  /** When it last wrote its file, as that file says. */
  readonly written?: string;
  /** Its file and the copies of it that were merged. */
  readonly files: readonly string[];
};

export type FolderRead = {
  readonly state: SyncState;
  readonly devices: ReadonlyMap<string, DeviceSeen>;
  readonly problems: readonly FolderProblem[];
  /** This device's own file as the folder has it, when it has one. */
  readonly own?: DeviceFile;
  /** Why the folder itself could not be read, if it could not. */
  readonly unreadable?: string;
};

const parseJson = (text: string): unknown => JSON.parse(text.replace(/^\uFEFF/, ''));

/** One file of the folder, read and checked; a problem in words when it cannot be merged. */
function readDeviceFile(
  path: string,
  now: number,
): { readonly file: DeviceFile; readonly notes: readonly string[] } | { readonly problem: string } {
  const bytes = readRegularFile(path, MAX_DEVICE_FILE_BYTES);
  if (isReadFailure(bytes)) return { problem: bytes.message };
  const text = bytes.toString('utf8');
  // A file the sync tool is still bringing over, or one cut short: read again next time.
  if (text.trim() === '') return { problem: t('is empty (still being synced?)') };
  let data: unknown;
  try {
    data = parseJson(text);
  } catch {
    return { problem: t('is not valid JSON (cut short, or still being synced?)') };
  }
  const read = decodeDeviceFile(data, now);
  if (!read.ok) return { problem: read.reason };
  const notes: string[] = [];
  if (read.dropped.length > 0) {
    notes.push(
      t('{count} unreadable entries left out ({first})', {
        count: read.dropped.length,
        first: read.dropped[0] ?? '',
      }),
    );
  }
  if (read.ahead > 0) {
    notes.push(
      t(
        "{count} changes are stamped more than {days} days ahead of this computer's clock: set aside until that computer saves a change with its clock right (it stamps them again then), or this clock reaches them",
        { count: read.ahead, days: MAX_AHEAD_DAYS },
      ),
    );
  }
  return { file: read.file, notes };
}

/** Every device's state in the folder, merged, with what could not be merged said file by file. */
export function readSyncFolder(dir: string, now: number, me: string): FolderRead {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    const unreadable =
      errorCode(error) === 'ENOENT'
        ? t('does not exist')
        : errorCode(error) === 'ENOTDIR'
          ? t('is not a folder')
          : t('cannot be read ({value})', { value: errorCode(error) ?? 'error' });
    // Said like a file's problem, so that it is told once, not at every command.
    return {
      state: EMPTY_STATE,
      devices: new Map(),
      problems: [{ file: '.', reason: unreadable }],
      unreadable,
    };
  }
  let state = EMPTY_STATE;
  const devices = new Map<string, DeviceSeen>();
  const problems: FolderProblem[] = [];
  let own: DeviceFile | undefined;
  // The folder may hold anything else (a whole Dropbox): only names of device files count, each
  // device's own file first, so that no number of copies hides one.
  const ours = names
    .filter((name) => classifyName(name).kind !== 'other')
    .sort(
      (a, b) =>
        Number(classifyName(a).kind !== 'device') - Number(classifyName(b).kind !== 'device'),
    );
  for (const name of ours.slice(0, MAX_FILES)) {
    const kind = classifyName(name);
    if (kind.kind === 'other') continue;
    if (kind.kind === 'placeholder') {
      problems.push({
        file: name,
        reason: t('is not downloaded yet (a placeholder of the sync tool)'),
      });
      continue;
    }
    const read = readDeviceFile(join(dir, name), now);
    if ('problem' in read) {
      problems.push({ file: name, reason: read.problem });
      continue;
    }
    for (const note of read.notes) problems.push({ file: name, reason: note });
    const { file } = read;
    const next = mergeStates(state, file.state);
    // However many files, the progress merged stays the size of one person's.
    if (countRegisters(next) > MAX_REGISTERS || next.size > MAX_GUIDES) {
      problems.push({
        file: name,
        reason: t(
          "would make the progress larger than any person's (more than {guides} guides or {marks} marks and notes): not merged",
          { guides: MAX_GUIDES, marks: MAX_REGISTERS },
        ),
      });
      continue;
    }
    state = next;
    if (kind.kind === 'device' && file.device === me && kind.device === me) own = file;
    const seen = devices.get(file.device);
    // The newest of its file and its copies says the device's name and when it last wrote.
    const newest =
      seen?.written !== undefined && (file.written === undefined || seen.written > file.written)
        ? seen
        : file;
    devices.set(file.device, {
      device: file.device,
      ...(newest.name !== undefined && { name: newest.name }),
      ...(newest.written !== undefined && { written: newest.written }),
      files: [...(seen?.files ?? []), name],
    });
  }
  if (ours.length > MAX_FILES) {
    problems.push({
      file: '*',
      reason: t('holds {length} device files: only the first {MAX_FILES} were read', {
        length: ours.length,
        MAX_FILES,
      }),
    });
  }
  return { state, devices, problems, ...(own && { own }) };
}

/**
 * Writes JSON beside its final name and renames it into place, so that a reader (or the sync
 * tool) sees the old file or the new one, never half of one. The temporary name starts with a
 * dot, which readers and most sync tools pass over.
 */
export function writeJsonFile(
  dir: string,
  name: string,
  data: unknown,
  maxBytes = Infinity,
  indent = '\t',
): void {
  const text = `${JSON.stringify(data, undefined, indent)}\n`;
  if (Buffer.byteLength(text) > maxBytes) {
    throw new Error(
      t('it would be larger than {value} MB, more than any computer reads', {
        value: maxBytes / 1024 / 1024,
      }),
    );
  }
  const temporary = join(dir, `.${name}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, join(dir, name));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes this device's file into the folder. Throws when the folder cannot be written; a folder
 * that is missing is not made (it may be a drive not mounted now).
 */
export function writeDeviceFile(dir: string, file: DeviceFile): void {
  // Compact: a file another device wrote compactly is never too large to write back here.
  writeJsonFile(
    dir,
    deviceFileName(file.device),
    encodeDeviceFile(file),
    MAX_DEVICE_FILE_BYTES,
    '',
  );
}
