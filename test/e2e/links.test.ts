// Links and the clipboard in a real terminal: o opens an address with the system opener ($BROWSER
// here, a script that writes down what it was given), y sets the clipboard with OSC 52.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, TestTerminal } from '../helpers/terminal.js';

const terminals: TestTerminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.dispose()));
const GFM = join(ROOT, 'test', 'fixtures', 'markdown', 'gfm.md');

function fakeBrowser() {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-browser-'));
  const script = join(dir, 'browser.sh');
  const log = join(dir, 'opened.txt');
  writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$@" >> '${log}'\n`);
  chmodSync(script, 0o755);
  return { script, log };
}

describe('links and the clipboard', () => {
  it('o asks which link, then opens it with the system opener, whole', async () => {
    const browser = fakeBrowser();
    const terminal = new TestTerminal({ args: ['--guide', GFM], env: { BROWSER: browser.script } });
    terminals.push(terminal);
    await terminal.waitFor('Compare the routes');
    // Without hyperlinks in this terminal, addresses are numbered references under the text.
    const screen = await terminal.waitFor('the FAQ [1]');
    expect(screen).toContain('[1] https://www.americanexpress.com/en-us/help/faq/');
    terminal.write('o');
    // The question wraps at the screen's width.
    await terminal.waitFor((screen) =>
      screen
        .replace(/\s+/g, ' ')
        .includes('Open which link? 1 americanexpress.com/en-us/account/login 2'),
    );
    terminal.write('2');
    await terminal.waitFor('Opening https://www.americanexpress.com/en-us/help/faq/');
    const deadline = Date.now() + 5000;
    while (!existsSync(browser.log) && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 50));
    expect(readFileSync(browser.log, 'utf8')).toBe(
      'https://www.americanexpress.com/en-us/help/faq/some/very/long/path/that/keeps/going\n',
    );
  });

  it('y puts the item on the clipboard with OSC 52, and says when the terminal cannot', async () => {
    const terminal = new TestTerminal({ args: ['--guide', GFM] });
    terminals.push(terminal);
    await terminal.waitFor('Compare the routes');
    terminal.write('y');
    await terminal.waitFor('Copied "1. Compare the routes" to the clipboard');
    const sequence = /\u001b\]52;c;([A-Za-z0-9+/=]+)\u0007/.exec(terminal.output);
    const copied = Buffer.from(sequence?.[1] ?? '', 'base64').toString('utf8');
    expect(copied).toMatch(/^1\. Compare the routes\n\nRoute +│ +Speed/);

    const apple = new TestTerminal({
      args: ['--guide', GFM],
      env: { TERM_PROGRAM: 'Apple_Terminal' },
    });
    terminals.push(apple);
    await apple.waitFor('Compare the routes');
    apple.write('y');
    await apple.waitFor('This terminal cannot set the clipboard (no OSC 52)');
    expect(apple.output).not.toContain('\u001b]52;');
  });
});
