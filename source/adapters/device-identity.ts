// Which device this is, for sync: a random id kept in the config folder, with a digest of the
// machine it was made on. A config folder copied to another machine (a backup restored, a home
// folder synced whole) then no longer matches: that machine takes an id of its own, so that two
// machines never write one file.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { DEVICE_ID_PATTERN } from '../domain/sync/clock.js';
import { writeJsonFile } from './sync-folder.js';
import { t } from '../domain/i18n/translate.js';

export type DeviceIdentity = {
  readonly id: string;
  /** A digest of the machine and user, never the machine's id itself. */
  readonly machine: string;
  /** The machine's name, shown to tell devices apart. */
  readonly name: string;
  /** Not yet kept in the config folder: it is on the first write. */
  readonly unsaved: boolean;
  /** Why a new id was taken, when an old one was found and could not be kept. */
  readonly renewed?: string;
};

const FILE = 'device.json';

function machineSource(): string {
  for (const path of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    try {
      const id = readFileSync(path, 'utf8').trim();
      if (id !== '') return id;
    } catch {
      // Not on this system: the config folder's own identity tells machines apart.
    }
  }
  return '';
}

/**
 * This config folder on this machine, as a digest: the same on every run here, different for a
 * copy of the folder (a copy is a new folder, with a new file id and birth time) and on another
 * machine. Not the host name, which a laptop changes with its network.
 */
export function machineDigest(configDir: string): string {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No user name (a container without one): the rest still tells.
  }
  let folder = '';
  try {
    const stat = statSync(configDir, { bigint: true });
    folder = `${stat.ino}:${stat.birthtimeNs}`;
  } catch {
    // Not made yet: it is made, with the identity, on the first write.
  }
  return createHash('sha256')
    .update(`${machineSource()}\0${user}\0${folder}`)
    .digest('hex')
    .slice(0, 16);
}

/** A new device id: 13 letters and digits, random. */
export function newDeviceId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(13)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

function fresh(configDir: string, renewed?: string): DeviceIdentity {
  return {
    id: newDeviceId(),
    machine: machineDigest(configDir),
    name: hostname().slice(0, 64),
    unsaved: true,
    ...(renewed !== undefined && { renewed }),
  };
}

/** The device's identity as kept in the config folder; a new one (unsaved) when there is none. */
export function readIdentity(configDir: string): DeviceIdentity {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(configDir, FILE), 'utf8'));
  } catch {
    return fresh(configDir);
  }
  const kept = (data !== null && typeof data === 'object' ? data : {}) as {
    id?: unknown;
    machine?: unknown;
  };
  if (typeof kept.id !== 'string' || !DEVICE_ID_PATTERN.test(kept.id)) return fresh(configDir);
  if (kept.machine !== machineDigest(configDir)) {
    return fresh(
      configDir,
      t(
        'this config folder was made on another computer (copied, or restored from a backup), so this computer syncs as a new device',
      ),
    );
  }
  return { id: kept.id, machine: kept.machine, name: hostname().slice(0, 64), unsaved: false };
}

/** Keeps the identity in the config folder. Throws when it cannot be written. */
export function saveIdentity(configDir: string, identity: DeviceIdentity): DeviceIdentity {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  // Made with the folder: the digest of a folder that did not exist yet is taken again.
  const saved = { ...identity, machine: machineDigest(configDir), unsaved: false };
  writeJsonFile(configDir, FILE, { id: saved.id, machine: saved.machine });
  return saved;
}

/** The identity for a device whose id another computer writes under: a new one, unsaved. */
export const renewIdentity = (configDir: string, reason: string): DeviceIdentity =>
  fresh(configDir, reason);
