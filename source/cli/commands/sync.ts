import { noteTime } from '../../domain/text/dates.js';
import { EXIT, err, out, outJson } from '../io.js';
import { loadSaving } from '../../adapters/progress-store.js';
import { openStore } from '../open-progress.js';
import { syncFolder, syncFolderProblem } from '../user-settings.js';

/**
 * `stepwise sync`: which sync folder progress is shared through, which devices have written there
 * and when, and the files left as they were. Writes this computer's own file again when the folder
 * lacks it or holds an older one (after a drive was away, or the file was deleted).
 */
export async function sync(json: boolean): Promise<number> {
  // It may write: changes made here while sync was off, or this computer's file, go to the folder.
  await loadSaving();
  const store = openStore({ readOnly: false });
  const link = store.sync;
  const view = store.syncView();
  if (!link || !view) {
    const folder = syncFolder();
    const problem = folder === undefined ? undefined : syncFolderProblem(folder);
    if (json) outJson({ sync: false, ...(problem !== undefined && { problem }) });
    else if (problem !== undefined) {
      out(`Sync is set to ${folder ?? ''}, but not used: ${problem}.`);
      return EXIT.failure;
    } else
      out(
        'Sync is off: progress is kept on this computer only. Turn it on with "stepwise config set sync-dir <folder>", a folder your sync tool shares (see "Progress on every machine" in the README).',
      );
    return EXIT.ok;
  }
  const me = link.device;
  let rewritten = false;
  let unpublished: string | undefined;
  if (view.folder.unreadable === undefined && view.pending > 0) {
    // Changes made here while sync was off (or with a wrong clock) go to the folder now.
    const saved = store.joinSync();
    unpublished = saved.saved ? saved.warning : saved.reason;
    rewritten = unpublished === undefined;
  } else {
    ({ rewritten, unpublished } = store.publishIfStale(view));
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
      problems: view.folder.problems.filter((problem) => problem.file !== '.'),
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
    const folderWide = view.folder.problems.filter((problem) => problem.file === '*');
    for (const problem of folderWide) out(`The folder ${problem.reason}.`);
    const files = view.folder.problems.filter(
      (problem) => problem.file !== '.' && problem.file !== '*',
    );
    if (files.length > 0) {
      out('Files left as they were:');
      for (const problem of files) out(`  ${problem.file} ${problem.reason}`);
    }
    if (rewritten) out("Wrote this computer's file to the folder again.");
  }
  if (unpublished !== undefined) {
    err(`stepwise sync: ${unpublished}`);
    return EXIT.failure;
  }
  return EXIT.ok;
}
