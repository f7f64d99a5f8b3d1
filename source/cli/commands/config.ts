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
import { settingsStore, userSettings } from '../user-settings.js';

const ACTIONS = ['list', 'get', 'set', 'path'] as const;

function settingName(command: string, name: string | undefined): SettingName | undefined {
  if (name !== undefined && isSettingName(name)) return name;
  const close = name === undefined ? undefined : nearestWord(name, SETTING_NAMES);
  err(
    `stepwise config ${command}: ${name === undefined ? 'name a setting' : `no setting "${name}"`}${close ? ` - did you mean "${close}"?` : ''} (settings: ${SETTING_NAMES.join(', ')})`,
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
  return `no public holidays are known for "${value}": use auto, or one of these codes:\n${rows.join('\n')}`;
}

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
          `${setting} = ${settings[setting]}\n    ${SETTING_RULES[setting].help}; values: ${SETTING_RULES[setting].values}`,
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
        err(`stepwise config set ${setting}: give one value: ${SETTING_RULES[setting].values}`);
        return EXIT.usage;
      }
      const parsed = parseSetting(setting, rest[0] ?? '');
      const problem = parsed.ok
        ? setting === 'country'
          ? checkCountry(parsed.value)
          : undefined
        : parsed.reason;
      if (problem !== undefined || !parsed.ok) {
        err(`stepwise config set ${setting}: ${problem ?? ''}`);
        return EXIT.failure;
      }
      try {
        await store.set(setting, parsed.value);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        err(
          `stepwise config set: cannot write ${store.path} (${code}): check the folder is writable`,
        );
        return EXIT.failure;
      }
      out(`${setting} = ${parsed.value}`);
      return EXIT.ok;
    }
    default: {
      const close = action === undefined ? undefined : nearestWord(action, ACTIONS);
      err(
        `stepwise config: ${action === undefined ? 'say what to do' : `unknown action "${action}"`}${close ? ` - did you mean "${close}"?` : ''} (actions: ${ACTIONS.join(', ')})`,
      );
      return EXIT.usage;
    }
  }
}
