import { noteTime } from '../../domain/text/dates.js';
import { EXIT, err, out, outJson } from '../io.js';
import { loadSaving } from '../../adapters/progress-store.js';
import { openStore } from '../open-progress.js';
import { syncFolder, syncFolderProblem } from '../user-settings.js';
import { t } from '../../domain/i18n/translate.js';

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
      out(
        t('Sync is set to {folder}, but not used: {problem}.', { folder: folder ?? '', problem }),
      );
      return EXIT.failure;
    } else
      out(
        t(
          'Sync is off: progress is kept on this computer only. Turn it on with "stepwise config set sync-dir <folder>", a folder your sync tool shares (see "Progress on every machine" in the README).',
        ),
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
    out(t('Sync folder: {folder}', { folder: link.folder }));
    out(t('This computer: {name} (device {id})', { name: me.name, id: me.id }));
    if (view.folder.unreadable !== undefined) {
      out(
        t('The folder {problem}: progress is kept on this computer until it is back.', {
          problem: view.folder.unreadable,
        }),
      );
    }
    out(devices.length === 0 ? t('No device has written there yet.') : t('Devices seen:'));
    for (const device of devices) {
      const who = device.device === me.id ? t('this computer') : (device.name ?? t('unnamed'));
      const when = device.written
        ? t('last wrote {time}', { time: noteTime(device.written) })
        : t('never said when');
      const copies =
        device.files.length > 1
          ? `, ${t('{count} conflict copies merged', { count: device.files.length - 1 })}`
          : '';
      out(`  ${who} (${device.device}): ${when}${copies}`);
    }
    const folderWide = view.folder.problems.filter((problem) => problem.file === '*');
    for (const problem of folderWide) out(t('The folder {problem}.', { problem: problem.reason }));
    const files = view.folder.problems.filter(
      (problem) => problem.file !== '.' && problem.file !== '*',
    );
    if (files.length > 0) {
      out(t('Files left as they were:'));
      for (const problem of files) out(`  ${problem.file} ${problem.reason}`);
    }
    if (rewritten) out(t("Wrote this computer's file to the folder again."));
  }
  if (unpublished !== undefined) {
    err(`stepwise sync: ${unpublished}`);
    return EXIT.failure;
  }
  return EXIT.ok;
}
