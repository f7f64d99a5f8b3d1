import { Box, Text, useInput } from 'ink';
import { useCallback } from 'react';
import type { PickerEntry } from '../state/app-state.js';
import { keyLabel, PICKER_KEYMAP, pickerAction } from '../state/keymap.js';
import { MIN_SIZE } from '../state/screen.js';
import { useAppState, useStore } from './store-context.js';
import { keyNames } from './key-name.js';
import { tint, useTheme } from './theme.js';
import { TooSmall } from './TooSmall.js';
import { usePaste } from './use-paste.js';
import { useUnknownSequence } from './use-unknown-sequence.js';
import { WindowedList } from './WindowedList.js';

function Row({
  entry,
  isSelected,
  width,
}: {
  readonly entry: PickerEntry;
  readonly isSelected: boolean;
  readonly width: number;
}) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width}>
      <Box>
        <Box flexGrow={1} flexShrink={1}>
          <Text bold inverse={isSelected} wrap="truncate-end">
            {entry.title}
          </Text>
        </Box>
        <Box flexShrink={0} marginLeft={2}>
          <Text bold={isSelected} color={tint(theme, 'green')}>
            {entry.status}
          </Text>
        </Box>
      </Box>
      <Text wrap="truncate-end" color={tint(theme, 'gray')}>
        {entry.summary ?? ' '}
      </Text>
    </Box>
  );
}

/** The guides to choose from, last used first; Enter opens one. The store holds the selection. */
export function GuidePicker() {
  const theme = useTheme();
  const store = useStore();
  const { size, library } = useAppState();
  const pasted = usePaste();
  const unknownSequence = useUnknownSequence();
  const handleInput = useCallback(
    (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
      // Pasted text is never keys here: the picker has no text field to put it in; nor is a
      // sequence Ink does not know.
      if (pasted() || unknownSequence(input)) return;
      for (const name of keyNames(input, key, false)) {
        const action = pickerAction(name);
        if (action) store.dispatch(action);
      }
    },
    [pasted, store, unknownSequence],
  );
  useInput(handleInput);
  if (size.cols < MIN_SIZE.cols || size.rows < MIN_SIZE.rows) return <TooSmall size={size} />;
  const entries = library?.entries ?? [];
  // Two rows an entry; the header and status bar take three.
  const rows = Math.max(Math.floor((size.rows - 4) / 2), 1) * 2;
  return (
    <Box flexDirection="column" width={size.cols} height={size.rows - 1}>
      <Text wrap="truncate-end">
        <Text bold color={tint(theme, 'magenta')}>
          stepwise
        </Text>
        <Text> · choose a guide ({entries.length})</Text>
      </Text>
      <Box flexGrow={1} flexDirection="column" marginTop={1} overflow="hidden">
        <WindowedList
          items={entries}
          selected={library?.selected ?? 0}
          rows={rows}
          rowHeight={2}
          width={size.cols}
          renderRow={(entry, isSelected, width) => (
            <Row entry={entry} isSelected={isSelected} width={width} />
          )}
        />
      </Box>
      <Text wrap="truncate-end" color={tint(theme, 'gray')}>
        {PICKER_KEYMAP.filter(({ action }) =>
          ['picker/move', 'picker/open', 'quit'].includes(action.type),
        )
          .map((binding) => `${keyLabel(binding.keys.slice(0, 1))} ${binding.help}`)
          .join('  ')}
        {'  · in a guide, b comes back here'}
      </Text>
    </Box>
  );
}
