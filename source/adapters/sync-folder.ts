// The sync folder on disk: reading every device's file (and the copies sync tools make of them),
// and writing this device's own. Nothing here changes or removes a file of another device, a
// conflict copy or anything the sync tool put there; nothing here throws.

import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDeviceFile, encodeDeviceFile, type DeviceFile } from '../domain/sync/sync-file.js';
import { classifyName, deviceFileName } from '../domain/sync/sync-names.js';
import { EMPTY_STATE, mergeStates, type SyncState } from '../domain/sync/sync-state.js';
import { errorCode, isReadFailure, readRegularFile } from './read-file.js';

/** As large as the progress file may be: a bigger file is not a device's progress. */
const MAX_DEVICE_FILE_BYTES = 20 * 1024 * 1024;
/** Files looked at in one folder: a folder of a million files is not a sync folder of ours. */
const MAX_FILES = 10_000;

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
  if (text.trim() === '') return { problem: 'is empty (still being synced?)' };
  let data: unknown;
  try {
    data = parseJson(text);
  } catch {
    return { problem: 'is not valid JSON (cut short, or still being synced?)' };
  }
  const read = decodeDeviceFile(data, now);
  if (!read.ok) return { problem: read.reason };
  const notes: string[] = [];
  if (read.dropped.length > 0) {
    notes.push(
      `${read.dropped.length} unreadable ${read.dropped.length === 1 ? 'entry' : 'entries'} left out (${read.dropped[0]})`,
    );
  }
  if (read.ahead > 0) {
    notes.push(
      `${read.ahead} ${read.ahead === 1 ? 'change is' : 'changes are'} stamped more than 7 days ahead of this computer's clock: set aside until one of the two clocks is put right`,
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
    return {
      state: EMPTY_STATE,
      devices: new Map(),
      problems: [],
      unreadable:
        errorCode(error) === 'ENOENT'
          ? 'does not exist'
          : `cannot be read (${errorCode(error) ?? 'error'})`,
    };
  }
  let state = EMPTY_STATE;
  const devices = new Map<string, DeviceSeen>();
  const problems: FolderProblem[] = [];
  let own: DeviceFile | undefined;
  for (const name of names.slice(0, MAX_FILES)) {
    const kind = classifyName(name);
    if (kind.kind === 'other') continue;
    if (kind.kind === 'placeholder') {
      problems.push({
        file: name,
        reason: 'is not downloaded yet (a placeholder of the sync tool)',
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
    state = mergeStates(state, file.state);
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
  if (names.length > MAX_FILES) {
    problems.push({
      file: '.',
      reason: `holds ${names.length} files: only the first ${MAX_FILES} were looked at`,
    });
  }
  return { state, devices, problems, ...(own && { own }) };
}

/**
 * Writes JSON beside its final name and renames it into place, so that a reader (or the sync
 * tool) sees the old file or the new one, never half of one. The temporary name starts with a
 * dot, which readers and most sync tools pass over.
 */
export function writeJsonFile(dir: string, name: string, data: unknown): void {
  const temporary = join(dir, `.${name}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(temporary, `${JSON.stringify(data, undefined, '\t')}\n`, { mode: 0o600 });
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
  writeJsonFile(dir, deviceFileName(file.device), encodeDeviceFile(file));
}
