import { describe, expect, it } from 'vitest';
import { openerFor } from '../../source/adapters/system-open.js';
import { clipboardSequence, clipboardSupport } from '../../source/adapters/terminal.js';
import { blockLinks, isOpenableLink } from '../../source/domain/guide/guide.js';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { initialState } from '../../source/state/ui-state.js';
import { createDerive } from '../../source/state/derive.js';
import { apply, applyWithEffects } from '../helpers/state.js';
import { MINI } from '../helpers/guides.js';

const guideWith = (markdown: string) => {
  const { guide } = parseGuide(MINI.replace('Do the first thing.', markdown));
  if (!guide) throw new Error('the test guide does not parse');
  return initialState(guide, { size: { cols: 100, rows: 30 } });
};
const { message } = createDerive();

describe('links of an item', () => {
  it('are every address once, in reading order, in paragraphs, lists, quotes and tables', () => {
    const state = guideWith(
      '[a](https://a.example) <https://b.example>\n\n- [a again](https://a.example)\n\n> [c](mailto:c@example.com)\n\n| x |\n| - |\n| [d](https://d.example) |',
    );
    expect(blockLinks(state.guide.steps[0]!.body.blocks)).toEqual([
      'https://a.example',
      'https://b.example',
      'mailto:c@example.com',
      'https://d.example',
    ]);
  });

  it('are opened only when they are web or mail addresses', () => {
    expect(isOpenableLink('https://example.com/a?b=c')).toBe(true);
    expect(isOpenableLink('mailto:help@example.com')).toBe(true);
    for (const href of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ssh://x',
      'mailto:a@example.com?attach=/etc/passwd',
    ]) {
      expect(isOpenableLink(href)).toBe(false);
    }
  });

  it('o opens the one link, asks which of several, and refuses other schemes', () => {
    expect(
      applyWithEffects(guideWith('See [it](https://a.example).'), { type: 'link/open' }).effects,
    ).toEqual([{ type: 'open-link', href: 'https://a.example' }]);
    const several = apply(guideWith('[a](https://a.example) and [b](https://b.example/path)'), {
      type: 'link/open',
    });
    expect(several.overlay).toBe('pick-link');
    expect(message(several)).toBe('Open which link? 1 a.example  2 b.example/path · Esc cancels');
    expect(applyWithEffects(several, { type: 'link/pick', index: 1 }).effects).toEqual([
      { type: 'open-link', href: 'https://b.example/path' },
    ]);
    const none = applyWithEffects(guideWith('No links.'), { type: 'link/open' });
    expect(none.effects).toEqual([]);
    expect(message(none.state)).toBe('This item has no links to open.');
    const file = applyWithEffects(guideWith('[x](file:///etc/passwd)'), { type: 'link/open' });
    expect(file.effects).toEqual([]);
    expect(message(file.state)).toMatch(/^Not opened: stepwise opens web and mail addresses only/);
  });

  it('y asks for the item’s title and text on the clipboard', () => {
    const { state, effects } = applyWithEffects(guideWith('Do **this** now.'), { type: 'copy' });
    expect(effects).toEqual([
      { type: 'copy', what: expect.any(String), text: expect.stringContaining('Do this now.') },
    ]);
    expect(message(apply(state, { type: 'request/done', message: 'Copied.' }))).toBe('Copied.');
  });
});

describe('the system opener', () => {
  it('uses $BROWSER first, with %s for the address, else the platform opener', () => {
    const href = 'https://example.com/?q=a b';
    expect(openerFor(href, { BROWSER: 'firefox' }, 'linux')).toEqual({
      command: 'firefox',
      args: [href],
    });
    expect(openerFor(href, { BROWSER: ':w3m -o x=%s:lynx' }, 'linux')).toEqual({
      command: 'w3m',
      args: ['-o', `x=${href}`],
    });
    expect(openerFor(href, {}, 'linux')).toEqual({ command: 'xdg-open', args: [href] });
    expect(openerFor(href, {}, 'darwin')).toEqual({ command: 'open', args: [href] });
    // No shell anywhere: on Windows not cmd, which would run what follows & in an address.
    const shell = 'https://x.example/?a&calc|b^c';
    expect(openerFor(shell, {}, 'win32')).toEqual({
      command: 'rundll32',
      args: ['url.dll,FileProtocolHandler', shell],
    });
    // $& and the like in an address are text, not replacement patterns.
    const dollars = "https://example.com/a$&b$`c$'d";
    expect(openerFor(dollars, { BROWSER: 'open-it --url=%s' }, 'linux').args).toEqual([
      `--url=${dollars}`,
    ]);
  });
});

describe('the clipboard', () => {
  it('is set with OSC 52 where the terminal takes it, and not claimed where it does not', () => {
    expect(clipboardSequence('PIN guide ✓')).toBe(
      `\u001b]52;c;${Buffer.from('PIN guide ✓').toString('base64')}\u0007`,
    );
    expect(clipboardSupport({ TERM: 'xterm-256color' })).toBe(true);
    expect(clipboardSupport({ TERM: 'xterm-256color', TERM_PROGRAM: 'Apple_Terminal' })).toBe(
      false,
    );
    expect(clipboardSupport({ TERM: 'linux' })).toBe(false);
  });
});

describe('$BROWSER, as people set it', () => {
  const href = 'https://example.org/a?b=1&c=2';
  const none = () => false;

  it('keeps a path with a space whole, when quoted, escaped or naming a file', () => {
    expect(openerFor(href, { BROWSER: '"/opt/My Browser/run" --new-tab' }, 'linux', none)).toEqual({
      command: '/opt/My Browser/run',
      args: ['--new-tab', href],
    });
    expect(openerFor(href, { BROWSER: '/opt/My\\ Browser/run' }, 'linux', none).command).toBe(
      '/opt/My Browser/run',
    );
    const exists = (path: string) => path === '/Applications/Web Thing/bin/web';
    expect(
      openerFor(href, { BROWSER: '/Applications/Web Thing/bin/web' }, 'linux', exists),
    ).toEqual({
      command: '/Applications/Web Thing/bin/web',
      args: [href],
    });
  });

  it('puts the address where %s is, with %% a percent sign, never split into words', () => {
    expect(openerFor(href, { BROWSER: 'browse --url=%s --zoom=100%%' }, 'linux', none)).toEqual({
      command: 'browse',
      args: [`--url=${href}`, '--zoom=100%'],
    });
  });

  it('tries each command of a colon-separated list in turn, then the system opener', async () => {
    const { openersFor } = await import('../../source/adapters/system-open.js');
    expect(
      openersFor(href, { BROWSER: 'not-installed:w3m %s' }, 'linux', none).map(
        (opener) => opener.command,
      ),
    ).toEqual(['not-installed', 'w3m', 'xdg-open']);
  });
});

describe('opening with a list of browsers', () => {
  it('passes over one that is not installed for the next', async () => {
    const { openAddress } = await import('../../source/adapters/system-open.js');
    expect(
      await openAddress('https://example.org', { BROWSER: 'stepwise-no-such-browser:true' }),
    ).toBeUndefined();
  });
});

describe('a link longer than terminals and browsers take', () => {
  it('is text with its reference, never sent whole in OSC 8', () => {
    expect(isOpenableLink(`https://example.com/${'a'.repeat(1000)}`)).toBe(true);
    expect(isOpenableLink(`https://example.com/${'a'.repeat(20_000)}`)).toBe(false);
  });
});
