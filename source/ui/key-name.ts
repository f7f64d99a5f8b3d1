import type { Key } from 'ink';

/** Turns Ink's key report into the names the key map uses ("up", "shift-tab", "ctrl-n", "q"). */
export function keyName(input: string, key: Key): string | undefined {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.tab) return key.shift ? 'shift-tab' : 'tab';
  // Ink 6 reports the Backspace key (0x7f) as delete.
  if (key.backspace || key.delete) return 'backspace';
  if (key.escape) return 'escape';
  if (key.ctrl && input.length === 1) return `ctrl-${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  if (input.length > 0) return input;
  return undefined;
}

// Keys that can sit inside a chunk of typed text, by the character they send.
const CHUNK_KEYS: Record<string, string> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  '\u007f': 'backspace',
  '\b': 'backspace',
};

/**
 * Keys typed quickly can arrive as one chunk ("?3", "jj\r", a held Backspace): each is its own
 * key. Inside a text box (`asText`) a run of printable characters stays one piece of text, such as
 * a paste, while Enter, Tab and Backspace in the chunk still act as keys.
 */
export function keyNames(input: string, key: Key, asText: boolean): string[] {
  const name = keyName(input, key);
  if (name === undefined) return [];
  const isChunk = name === input && input.length > 1 && !key.ctrl && !key.meta;
  if (!isChunk) return [name];
  return (input.match(/[\r\n\t\u007f\b]|[^\r\n\t\u007f\b]+/g) ?? []).flatMap((piece) => {
    const special = CHUNK_KEYS[piece];
    if (special) return [special];
    if (asText) return [piece];
    return [...piece].map((character) => (character === ' ' ? 'space' : character));
  });
}
