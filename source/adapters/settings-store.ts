import { join } from 'node:path';
import {
  decodeSettings,
  DEFAULT_SETTINGS,
  type SettingName,
  type Settings,
} from '../domain/settings/settings.js';
import { isReadFailure, readRegularFile } from './read-file.js';

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
    const bytes = readRegularFile(this.path, MAX_SETTINGS_BYTES);
    if (isReadFailure(bytes)) {
      return bytes.reason === 'missing'
        ? { settings: DEFAULT_SETTINGS }
        : { settings: DEFAULT_SETTINGS, notice: `${this.path} ${bytes.message}; using defaults` };
    }
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      return {
        settings: DEFAULT_SETTINGS,
        notice: `${this.path} is not valid JSON; using defaults (fix it, or set a value to start it again)`,
      };
    }
    const { settings, dropped } = decodeSettings(data);
    return dropped.length === 0
      ? { settings }
      : {
          settings,
          notice: `${this.path}: ignored ${dropped.join(', ')} (not valid); see "stepwise config list"`,
        };
  }

  /**
   * Saves one value (already checked), keeping the others; throws with the reason if it cannot.
   * conf (and its atomic writes) is loaded only here: reading settings, which every run does,
   * never needs it.
   */
  async set(name: SettingName, value: string): Promise<void> {
    // Only a regular file of sane size is read or replaced: conf would wait forever on a pipe.
    const bytes = readRegularFile(this.path, MAX_SETTINGS_BYTES);
    if (isReadFailure(bytes) && bytes.reason !== 'missing') {
      throw new Error(`${this.path} ${bytes.message}`);
    }
    const { settings } = this.read();
    // Keys this version does not know (a newer one's settings) are kept as they are.
    let others: Record<string, unknown> = {};
    try {
      const data: unknown = isReadFailure(bytes) ? {} : JSON.parse(bytes.toString('utf8'));
      if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
        others = data as Record<string, unknown>;
      }
    } catch {
      // Not JSON: it starts again from the settings read above.
    }
    const { default: Conf } = await import('conf');
    const conf = new Conf<Settings>({
      projectName: 'stepwise',
      projectSuffix: '',
      cwd: this.dir,
      configName: 'settings',
      clearInvalidConfig: true,
    });
    conf.store = { ...others, ...settings, [name]: value };
  }
}
