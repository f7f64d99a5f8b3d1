import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeSettings,
  DEFAULT_SETTINGS,
  type SettingName,
  type Settings,
} from '../domain/settings/settings.js';
import { withFileLock } from './file-lock.js';
import { isReadFailure, readRegularFile } from './read-file.js';
import { t } from '../domain/i18n/translate.js';

const MAX_SETTINGS_BYTES = 1024 * 1024;

/**
 * The person's settings, in settings.json beside the progress file. Reading never fails: a missing
 * file is the defaults, and a broken one is the defaults with a notice that says why.
 */
export class SettingsStore {
  readonly path: string;
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    this.path = join(dir, 'settings.json');
  }

  read(): { readonly settings: Settings; readonly notice?: string } {
    const file = this.readFile();
    if ('problem' in file) {
      return file.problem === undefined
        ? { settings: DEFAULT_SETTINGS }
        : { settings: DEFAULT_SETTINGS, notice: `${this.path} ${file.problem}` };
    }
    const { settings, dropped } = decodeSettings(file.data);
    return dropped.length === 0
      ? { settings }
      : {
          settings,
          notice: t('{file}: ignored {settings}; see "stepwise config list"', {
            file: this.path,
            settings: dropped
              .map((entry) =>
                entry.includes(', ')
                  ? entry
                  : t('{setting}, which is not valid', { setting: entry }),
              )
              .join('; '),
          }),
        };
  }

  /** The file as `readFile` has it; a pipe or a device in its place is refused with the reason. */
  private refuseUnreadable(): ReturnType<SettingsStore['readFile']> {
    const file = this.readFile();
    // conf would wait forever on a pipe in the file's place: refused, as reading refuses it.
    if ('problem' in file && file.unreadable) {
      throw new Error(`${this.path} ${file.problem ?? ''}`);
    }
    return file;
  }

  /**
   * The file's JSON, or what is wrong with it (none when it is simply missing). Only a regular
   * file of sane size is read: a pipe or a device in its place is a problem, never a wait.
   */
  private readFile():
    | { readonly data: unknown; readonly unreadable?: undefined }
    | { readonly problem: string | undefined; readonly unreadable: boolean } {
    const bytes = readRegularFile(this.path, MAX_SETTINGS_BYTES);
    if (isReadFailure(bytes)) {
      return bytes.reason === 'missing'
        ? { problem: undefined, unreadable: false }
        : { problem: t('{problem}; using defaults', { problem: bytes.message }), unreadable: true };
    }
    try {
      return { data: JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) };
    } catch {
      return {
        problem: t('is not valid JSON; using defaults (fix it, or set a value to start it again)'),
        unreadable: false,
      };
    }
  }

  /**
   * Saves one value (already checked), keeping the others; throws with the reason if it cannot.
   * conf (and its atomic writes) is loaded only here: reading settings, which every run does,
   * never needs it.
   */
  async set(name: SettingName, value: string): Promise<void> {
    this.refuseUnreadable();
    const { default: Conf } = await import('conf');
    // Private like the progress file: the folder 0700, the file 0600.
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const conf = new Conf<Settings>({
      projectName: 'stepwise',
      projectSuffix: '',
      cwd: this.dir,
      configName: 'settings',
      configFileMode: 0o600,
      clearInvalidConfig: true,
    });
    // Read, changed and written under the file's lock, as progress is: two `config set` at once
    // both keep their value.
    withFileLock(this.path, () => {
      const file = this.refuseUnreadable();
      const data = 'data' in file ? file.data : {};
      // Keys this version does not know (a newer one's settings) are kept as they are.
      const others =
        data !== null && typeof data === 'object' && !Array.isArray(data)
          ? (data as Record<string, unknown>)
          : {};
      const { settings } = decodeSettings(data);
      conf.store = { ...others, ...settings, [name]: value };
    });
  }
}
