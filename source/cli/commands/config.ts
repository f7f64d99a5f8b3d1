import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { appPaths } from '../../adapters/app-paths.js';
import { knownCountries } from '../../adapters/holiday-calendar.js';
import {
  isSettingName,
  parseSetting,
  SETTING_NAMES,
  SETTING_RULES,
  type SettingName,
} from '../../domain/settings/settings.js';
import { nearestWord } from '../../domain/search/suggest.js';
import { EXIT, err, out, outJson } from '../io.js';
import { syncNews } from '../open-progress.js';
import { settingsStore, syncFolderProblem, userSettings } from '../user-settings.js';
import { t } from '../../domain/i18n/translate.js';

const ACTIONS = ['list', 'get', 'set', 'path'] as const;

function settingName(command: string, name: string | undefined): SettingName | undefined {
  if (name !== undefined && isSettingName(name)) return name;
  const close = name === undefined ? undefined : nearestWord(name, SETTING_NAMES);
  err(
    `stepwise config ${command}: ${name === undefined ? t('name a setting') : t('no setting "{name}"', { name })}${close ? ` - ${t('did you mean "{name}"?', { name: close })}` : ''} ${t('(settings: {settings})', { settings: SETTING_NAMES.join(', ') })}`,
  );
  return undefined;
}

/** A country is valid when its public holidays are known: the list comes from the table. */
function checkCountry(value: string): string | undefined {
  if (value === 'auto') return undefined;
  const known = knownCountries();
  if (known.length === 0 || known.includes(value)) return undefined;
  // The codes in rows of 20, so the list reads on any terminal.
  const rows = [];
  for (let at = 0; at < known.length; at += 20)
    rows.push(`  ${known.slice(at, at + 20).join(' ')}`);
  return `${t('no public holidays are known for "{code}": use auto, or one of these codes:', { code: value })}\n${rows.join('\n')}`;
}

/** A folder that can be the sync folder: made when missing, checked, or why it cannot be. */
function prepareSyncFolder(folder: string): string | undefined {
  const problem = syncFolderProblem(folder);
  if (problem !== undefined) return problem;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!statSync(folder).isDirectory()) return t('{folder} is not a folder', { folder });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return code === 'EEXIST' || code === 'ENOTDIR'
      ? t('{folder} is not a folder', { folder })
      : t('cannot use {folder} ({code}): check that it is a folder you can write to', {
          folder,
          code: String(code),
        });
  }
  return undefined;
}

/**
 * Turning sync on merges the progress kept here into the folder; turning it off (or moving it)
 * keeps a copy of the merged progress here first. Nothing is changed when either cannot be done.
 */
async function moveSync(value: string): Promise<number> {
  // The new folder is checked before anything changes: a refused one leaves all as it was.
  const problem = value === 'off' ? undefined : prepareSyncFolder(value);
  if (problem !== undefined) {
    err(`stepwise config set sync-dir: ${problem}`);
    return EXIT.failure;
  }
  const { loadSaving, ProgressStore } = await import('../../adapters/progress-store.js');
  const { SyncLink } = await import('../../adapters/sync-link.js');
  await loadSaving();
  const config = appPaths().config;
  const now = new Date();
  const current = userSettings()['sync-dir'];
  if (current !== 'off' && current !== value && syncFolderProblem(current) === undefined) {
    const leaving = ProgressStore.open(config, now, { sync: new SyncLink(current, config) });
    const left = leaving.leaveSync();
    if (!left.saved) {
      err(`stepwise config set sync-dir: ${left.reason}`);
      return EXIT.failure;
    }
    out(
      t('Kept a copy of the progress synced through {folder} on this computer.', {
        folder: current,
      }),
    );
  }
  if (value === 'off') return EXIT.ok;
  const joining = ProgressStore.open(config, now, { sync: new SyncLink(value, config) });
  if (joining.notice !== undefined) err(`stepwise: ${joining.notice}`);
  for (const line of syncNews(joining)) err(`stepwise: ${line}`);
  const joined = joining.joinSync();
  if (!joined.saved) {
    err(`stepwise config set sync-dir: ${joined.reason}`);
    return EXIT.failure;
  }
  if (joined.warning !== undefined) {
    // Merged here already: the setting follows, and the folder is told what it lacks next time.
    err(`stepwise config set sync-dir: ${joined.warning}`);
    return JOINED_BUT_UNPUBLISHED;
  }
  const devices = joining.syncView()?.folder.devices.size ?? 0;
  out(
    devices > 1
      ? t(
          'Your progress is merged into {folder}, with {count} other devices seen there. Set the same folder on your other computers.',
          { folder: value, count: devices - 1 },
        )
      : t('Your progress is merged into {folder}. Set the same folder on your other computers.', {
          folder: value,
        }),
  );
  return EXIT.ok;
}

/** Sync is on for the folder, but this computer's file could not be written there yet. */
const JOINED_BUT_UNPUBLISHED = -1;

/** `stepwise config list|get|set|path`. */
export async function config(words: readonly string[], json: boolean): Promise<number> {
  const [action, name, ...rest] = words;
  const store = settingsStore();
  switch (action) {
    case 'path':
      out(store.path);
      return EXIT.ok;
    case 'list': {
      // A broken file was already said once, when the settings were first read.
      const settings = userSettings();
      if (json) {
        outJson({ settings, path: store.path });
        return EXIT.ok;
      }
      for (const setting of SETTING_NAMES) {
        out(
          `${setting} = ${settings[setting]}\n    ${t(SETTING_RULES[setting].help)}; ${t('values: {values}', { values: t(SETTING_RULES[setting].values) })}`,
        );
      }
      return EXIT.ok;
    }
    case 'get': {
      const setting = settingName('get', name);
      if (!setting) return EXIT.usage;
      const settings = userSettings();
      if (json) outJson({ name: setting, value: settings[setting] });
      else out(settings[setting]);
      return EXIT.ok;
    }
    case 'set': {
      const setting = settingName('set', name);
      if (!setting) return EXIT.usage;
      if (rest.length !== 1) {
        err(
          `stepwise config set ${setting}: ${t('give one value: {values}', { values: t(SETTING_RULES[setting].values) })}`,
        );
        return EXIT.usage;
      }
      const typed = rest[0] ?? '';
      if (setting === 'sync-dir' && typed.trim() === '') {
        err(`stepwise config set sync-dir: ${t('name a folder (or off)')}`);
        return EXIT.usage;
      }
      const parsed = parseSetting(
        setting,
        setting === 'sync-dir' && typed.trim().toLowerCase() !== 'off'
          ? resolve(typed.trim().replace(/^~(?=$|[\\/])/, homedir()))
          : typed,
      );
      const problem = parsed.ok
        ? setting === 'country'
          ? checkCountry(parsed.value)
          : undefined
        : parsed.reason;
      if (problem !== undefined || !parsed.ok) {
        err(`stepwise config set ${setting}: ${problem ?? ''}`);
        return EXIT.failure;
      }
      let exit: number = EXIT.ok;
      if (setting === 'sync-dir') {
        const moved = await moveSync(parsed.value);
        if (moved === JOINED_BUT_UNPUBLISHED) exit = EXIT.failure;
        else if (moved !== EXIT.ok) return moved;
      }
      try {
        await store.set(setting, parsed.value);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        err(
          `stepwise config set: ${t('cannot write {file} ({code}): check the folder is writable', { file: store.path, code: String(code) })}`,
        );
        return EXIT.failure;
      }
      out(`${setting} = ${parsed.value}`);
      return exit;
    }
    default: {
      const close = action === undefined ? undefined : nearestWord(action, ACTIONS);
      err(
        `stepwise config: ${action === undefined ? t('say what to do') : t('unknown action "{action}"', { action })}${close ? ` - ${t('did you mean "{name}"?', { name: close })}` : ''} ${t('(actions: {actions})', { actions: ACTIONS.join(', ') })}`,
      );
      return EXIT.usage;
    }
  }
}
