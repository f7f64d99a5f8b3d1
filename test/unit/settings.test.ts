import { describe, expect, it } from 'vitest';
import {
  decodeSettings,
  DEFAULT_SETTINGS,
  parseSetting,
} from '../../source/domain/settings/settings.js';

describe('settings', () => {
  it('takes valid values, in any case, and says which values are valid otherwise', () => {
    expect(parseSetting('country', 'gb')).toEqual({ ok: true, value: 'GB' });
    expect(parseSetting('country', 'Auto')).toEqual({ ok: true, value: 'auto' });
    expect(parseSetting('symbols', 'ASCII')).toEqual({ ok: true, value: 'ascii' });
    const bad = parseSetting('country', 'Great Britain');
    expect(bad).toEqual({
      ok: false,
      reason: expect.stringMatching(/not a valid value for country: use auto, or a two-letter/),
    });
    expect(parseSetting('symbols', 'fancy')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('auto, unicode or ascii'),
    });
  });

  it('takes a sync folder only as an absolute path without control characters, or off', () => {
    expect(parseSetting('sync-dir', ' /home/me/Sync/stepwise ')).toEqual({
      ok: true,
      value: '/home/me/Sync/stepwise',
    });
    expect(parseSetting('sync-dir', 'OFF')).toEqual({ ok: true, value: 'off' });
    expect(parseSetting('sync-dir', 'C:\\Users\\me\\Dropbox')).toMatchObject({ ok: true });
    for (const bad of ['relative/dir', '/tmp/a\u001b[2Jb', '', `/${'a'.repeat(5000)}`]) {
      expect(parseSetting('sync-dir', bad).ok).toBe(false);
    }
    expect(decodeSettings({ 'sync-dir': 'Sync' })).toMatchObject({
      settings: { 'sync-dir': 'off' },
      dropped: ['the sync-dir setting'],
    });
  });

  it('reads a file with defaults for what is missing, and drops what is not valid', () => {
    expect(decodeSettings({})).toEqual({ settings: DEFAULT_SETTINGS, dropped: [] });
    expect(decodeSettings({ country: 'us', symbols: 7, extra: true })).toEqual({
      settings: {
        country: 'US',
        symbols: 'auto',
        mouse: 'on',
        theme: 'auto',
        'screen-reader': 'off',
        'sync-dir': 'off',
        language: 'auto',
      },
      dropped: ['the symbols setting'],
    });
    expect(decodeSettings([]).dropped).toEqual(['the file, which is not a JSON object']);
    // A key such as __proto__ is neither a setting nor a way into one.
    expect(decodeSettings(JSON.parse('{"__proto__": {"country": "GB"}}')).settings).toEqual(
      DEFAULT_SETTINGS,
    );
  });
});
