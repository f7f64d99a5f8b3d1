import { Box, Text, useApp, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import { createContext, useContext, useRef, useState } from 'react';
import { PICKER_KEYMAP, pickerCommand } from '../state/keymap.js';
import { listWindow, MIN_SIZE } from '../state/screen.js';
import type { Size } from '../state/ui-state.js';
import { usePaste } from './use-paste.js';
import { keyNames } from './key-name.js';
import { tint, useTheme } from './theme.js';
import { TooSmall } from './TooSmall.js';

export type PickerEntry = {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  /** "4/13 done" or "not started". */
  readonly status: string;
};

const RowWidth = createContext(40);

function Row({
  isSelected = false,
  entry,
}: {
  readonly isSelected?: boolean;
  readonly entry: PickerEntry;
}) {
  const theme = useTheme();
  const width = useContext(RowWidth);
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

function Indicator({ isSelected = false }: { readonly isSelected?: boolean }) {
  return <Text>{isSelected ? '› ' : '  '}</Text>;
}

/**
 * The guides to choose from, last used first; Enter opens one. SelectInput only draws the list:
 * the selection is kept here, so keys that arrive together ("↓⏎") act in order.
 */
export function GuidePicker({
  entries,
  size,
  onOpen,
}: {
  readonly entries: readonly PickerEntry[];
  readonly size: Size;
  readonly onOpen: (id: string) => void;
}) {
  const theme = useTheme();
  const { exit } = useApp();
  const [selected, setSelected] = useState(0);
  const current = useRef(selected);
  current.current = selected;
  const pasted = usePaste();
  useInput((input, key) => {
    // Pasted text is never keys here: the picker has no text field to put it in.
    if (pasted()) return;
    for (const name of keyNames(input, key, false)) {
      const command = pickerCommand(name);
      if (command?.type === 'quit') {
        exit();
        return;
      }
      if (command?.type === 'open') {
        const entry = entries[current.current];
        if (entry) onOpen(entry.id);
        return;
      }
      if (command?.type === 'move') {
        const last = entries.length - 1;
        current.current = Math.min(Math.max(command.to(current.current, last), 0), last);
        setSelected(current.current);
      }
    }
  });
  if (size.cols < MIN_SIZE.cols || size.rows < MIN_SIZE.rows) return <TooSmall size={size} />;
  // Two rows an entry; the header and status bar take three.
  const rows = Math.max(Math.floor((size.rows - 4) / 2), 1);
  const { start, end } = listWindow(entries.length, selected, rows);
  const shown = entries.slice(start, end);
  return (
    <Box flexDirection="column" width={size.cols} height={size.rows - 1}>
      <Text wrap="truncate-end">
        <Text bold color={tint(theme, 'magenta')}>
          stepwise
        </Text>
        <Text> · choose a guide ({entries.length})</Text>
      </Text>
      <Box flexGrow={1} flexDirection="column" marginTop={1} overflow="hidden">
        <RowWidth.Provider value={size.cols - 2}>
          <SelectInput
            key={`${start}>${selected}`}
            items={shown.map((entry) => ({
              key: entry.id,
              label: entry.title,
              value: entry.id,
              entry,
            }))}
            initialIndex={selected - start}
            isFocused={false}
            indicatorComponent={Indicator}
            itemComponent={Row as never}
          />
        </RowWidth.Provider>
      </Box>
      <Text wrap="truncate-end" color={tint(theme, 'gray')}>
        {PICKER_KEYMAP.filter((binding) => binding.label !== 'g' && binding.label !== 'G')
          .map((binding) => `${binding.label} ${binding.help}`)
          .join('  ')}
        {'  · in a guide, b comes back here'}
      </Text>
    </Box>
  );
}
