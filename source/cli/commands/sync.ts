import { encodeState } from '../../domain/sync/sync-file.js';
import { stateOf } from '../../domain/sync/sync-state.js';
import { noteTime } from '../../domain/text/dates.js';
import { EXIT, err, out, outJson } from '../io.js';
import { openStore } from '../open-progress.js';

/**
 * `stepwise sync`: which sync folder progress is shared through, which devices have written there
 * and when, and the files left as they were. Writes this computer's own file again when the folder
 * lacks it or holds an older one (after a drive was away, or the file was deleted).
 */
export function sync(json: boolean): number {
  const store = openStore();
  const link = store.sync;
  const view = store.syncView();
  if (!link || !view) {
    if (json) outJson({ sync: false });
    else
      out(
        'Sync is off: progress is kept on this computer only. Turn it on with "stepwise config set sync-dir <folder>", a folder your sync tool shares (see "Progress on every machine" in the README).',
      );
    return EXIT.ok;
  }
  const me = link.device;
  const mine = JSON.stringify(encodeState(stateOf(view.state, me.id)));
  const published = view.folder.own
    ? JSON.stringify(encodeState(view.folder.own.state))
    : undefined;
  const ownRegisters = stateOf(view.state, me.id).size > 0;
  let rewritten = false;
  let unpublished: string | undefined;
  if (view.folder.unreadable === undefined && ownRegisters && published !== mine) {
    unpublished = store.publish();
    rewritten = unpublished === undefined;
  }
  const devices = [...view.folder.devices.values()].sort((a, b) =>
    (b.written ?? '').localeCompare(a.written ?? ''),
  );
  if (json) {
    outJson({
      sync: true,
      folder: link.folder,
      device: me.id,
      devices: devices.map((device) => ({ ...device, thisComputer: device.device === me.id })),
      problems: view.folder.problems,
      ...(view.folder.unreadable !== undefined && { folderProblem: view.folder.unreadable }),
      rewritten,
    });
  } else {
    out(`Sync folder: ${link.folder}`);
    out(`This computer: ${me.name} (device ${me.id})`);
    if (view.folder.unreadable !== undefined) {
      out(
        `The folder ${view.folder.unreadable}: progress is kept on this computer until it is back.`,
      );
    }
    out(devices.length === 0 ? 'No device has written there yet.' : 'Devices seen:');
    for (const device of devices) {
      const who = device.device === me.id ? 'this computer' : (device.name ?? 'unnamed');
      const when = device.written ? `last wrote ${noteTime(device.written)}` : 'never said when';
      const copies =
        device.files.length > 1
          ? `, ${device.files.length - 1} conflict ${device.files.length === 2 ? 'copy' : 'copies'} merged`
          : '';
      out(`  ${who} (${device.device}): ${when}${copies}`);
    }
    if (view.folder.problems.length > 0) {
      out('Files left as they were:');
      for (const problem of view.folder.problems) out(`  ${problem.file} ${problem.reason}`);
    }
    if (rewritten) out("Wrote this computer's file to the folder again.");
  }
  if (unpublished !== undefined) {
    err(`stepwise sync: ${unpublished}`);
    return EXIT.failure;
  }
  return EXIT.ok;
}
