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

/**
 * Keys typed quickly can arrive as one chunk ("?3"); outside a text box each character is its own
 * key. Inside one (`asText`) the chunk is text, such as a paste.
 */
export function keyNames(input: string, key: Key, asText: boolean): string[] {
  // A held Backspace can arrive as one chunk of DEL (or BS) characters: one key each.
  if (/^[\x7f\b]{2,}$/.test(input)) return [...input].map(() => 'backspace');
  const name = keyName(input, key);
  if (name === undefined) return [];
  const isPlainText = name === input && input.length > 1 && !key.ctrl && !key.meta;
  if (!isPlainText || asText) return [name];
  return [...input].map((character) => (character === ' ' ? 'space' : character));
}
