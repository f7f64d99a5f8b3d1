// What the names in a sync folder are. stepwise writes one file per device; sync tools add their
// own beside it: conflict copies (Syncthing, Dropbox, Nextcloud, OneDrive), placeholders for files
// not downloaded yet (iCloud), and temporary files while they transfer.

import { DEVICE_ID_PATTERN } from './clock.js';

const PREFIX = 'stepwise-';

/** The file a device writes: `stepwise-<device id>.json`. */
export const deviceFileName = (device: string): string => `${PREFIX}${device}.json`;

export type FolderName =
  /** A device's own file. */
  | { readonly kind: 'device'; readonly device: string }
  /** Another state of a device's file, made by a sync tool: merged like the file, never changed. */
  | { readonly kind: 'copy'; readonly device: string }
  /** A file the sync tool has not brought over yet. */
  | { readonly kind: 'placeholder'; readonly device: string }
  /** A file being written or transferred, or anything else: not stepwise's to read. */
  | { readonly kind: 'other' };

const COPY = /^stepwise-([a-z0-9]{4,32})[ .(_~-].*\.json$/;
const PLACEHOLDER = /^\.stepwise-([a-z0-9]{4,32})\.json\.icloud$/;
const DEVICE = /^stepwise-([a-z0-9]{4,32})\.json$/;

export function classifyName(name: string): FolderName {
  const placeholder = PLACEHOLDER.exec(name);
  if (placeholder) return { kind: 'placeholder', device: placeholder[1]! };
  // Hidden files and temporary ones are transfers in progress (".syncthing.*.tmp", "~*", ".tmp").
  if (name.startsWith('.') || name.startsWith('~') || /\.(tmp|part|partial)$/i.test(name)) {
    return { kind: 'other' };
  }
  const device = DEVICE.exec(name);
  if (device && DEVICE_ID_PATTERN.test(device[1]!)) return { kind: 'device', device: device[1]! };
  const copy = COPY.exec(name);
  if (copy) return { kind: 'copy', device: copy[1]! };
  return { kind: 'other' };
}
