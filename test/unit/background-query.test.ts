import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askBackground } from '../../source/adapters/terminal.js';

const LIGHT_ANSWER = '\u001b]11;rgb:ffff/ffff/ffff\u001b\\';

/** A keyboard and a screen that say they are a terminal. */
function fakeTerminal() {
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: () => stdin,
  }) as unknown as NodeJS.ReadStream & PassThrough;
  const stdout = Object.assign(new PassThrough(), {
    isTTY: true,
  }) as unknown as NodeJS.WriteStream & PassThrough;
  const written: string[] = [];
  stdout.on('data', (chunk: Buffer) => written.push(chunk.toString()));
  return { stdin, stdout, written };
}

const turn = () => new Promise((done) => setImmediate(done));

describe('asking the terminal for its background', () => {
  it('takes an answer that came while the app loaded, and gives back the keys typed meanwhile', async () => {
    const { stdin, stdout, written } = fakeTerminal();
    const query = askBackground(stdin, stdout);
    expect(written.join('')).toBe('\u001b]11;?\u001b\\');
    stdin.write('j');
    stdin.write(LIGHT_ANSWER);
    await turn();
    expect(query?.answer()).toBe('light');
    await query?.stop();
    expect(String(stdin.read())).toBe('j');
  });

  it('does not wait for the app: stopped before the answer, the answer is left for the app to read', async () => {
    const { stdin, stdout } = fakeTerminal();
    const query = askBackground(stdin, stdout);
    await query?.stop();
    expect(query?.answer()).toBeUndefined();
    stdin.write(LIGHT_ANSWER);
    expect(String(stdin.read())).toBe(LIGHT_ANSWER);
  });

  it('leaving without the app, waits a moment for the answer so that it is not typed at the prompt', async () => {
    const { stdin, stdout } = fakeTerminal();
    const query = askBackground(stdin, stdout);
    const stopping = query?.stop(5000);
    setTimeout(() => stdin.write(LIGHT_ANSWER), 20);
    await stopping;
    expect(query?.answer()).toBe('light');
    expect(stdin.read()).toBeNull();
  });

  it('asks nothing of what is not a terminal', () => {
    const { stdout, written } = fakeTerminal();
    const pipe = new PassThrough() as unknown as NodeJS.ReadStream;
    expect(askBackground(pipe, stdout)).toBeUndefined();
    expect(written).toEqual([]);
  });
});
