import { Box, Text } from 'ink';
import { createContext, useContext } from 'react';
import SelectInput from 'ink-select-input';
import { listWindow } from '../state/screen.js';
import type { Range } from '../domain/search/search.js';
import type { ListItem } from '../state/derive.js';
import { tint, useTheme } from './theme.js';

/** Rows need the list's width to set the route tag at the right edge. */
const RowWidth = createContext(40);

type RowProps = { readonly isSelected?: boolean; readonly label: string; readonly item: ListItem };

function marker(item: ListItem): string {
  if (item.chosen !== undefined) return item.chosen ? '◉ ' : '○ ';
  if (item.done !== undefined) return item.done ? '● ' : '○ ';
  if (item.warning) return '⚠ ';
  return '';
}

function Row({ isSelected = false, item }: RowProps) {
  const theme = useTheme();
  const width = useContext(RowWidth);
  const fold = item.expandable ? (item.expanded ? ' ▾' : ' ▸') : '';
  return (
    <Box width={width}>
      <Box flexGrow={1} flexShrink={1}>
        <Text
          wrap="truncate-end"
          inverse={isSelected}
          bold={isSelected || item.depth === 0}
          dimColor={item.dimmed === true && !isSelected}
          color={
            item.warning ? tint(theme, 'yellow') : item.done ? tint(theme, 'green') : undefined
          }
        >
          {`${item.depth === 1 ? '  ' : ''}${marker(item)}`}
          <Highlighted text={item.label} ranges={item.highlights ?? []} />
          {fold}
        </Text>
      </Box>
      {item.tag !== undefined && (
        <Box flexShrink={0} marginLeft={1}>
          <Text dimColor color={tint(theme, 'blue')}>
            {item.tag}
          </Text>
        </Box>
      )}
    </Box>
  );
}

/** Search matches stand out by underline and colour, so they show without colour too. */
function Highlighted({
  text,
  ranges,
}: {
  readonly text: string;
  readonly ranges: readonly Range[];
}) {
  const theme = useTheme();
  if (ranges.length === 0) return <>{text}</>;
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  parts.push({ text: text.slice(at), match: false });
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <Text key={index} underline bold color={tint(theme, 'yellow')}>
            {part.text}
          </Text>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function Indicator({ isSelected = false }: { readonly isSelected?: boolean }) {
  const theme = useTheme();
  return <Text color={tint(theme, 'cyan')}>{isSelected ? '› ' : '  '}</Text>;
}

/**
 * The pane's list. SelectInput only draws it: the reducer owns the selection, so SelectInput is
 * never focused and is re-created at the selected row when the selection moves.
 */
export function ListPane({
  items,
  selected,
  rows,
  width,
  emptyText,
}: {
  readonly items: readonly ListItem[];
  readonly selected: number;
  readonly rows: number;
  readonly width: number;
  readonly emptyText?: string;
}) {
  if (items.length === 0) {
    return (
      <Box width={width} height={rows}>
        <Text wrap="wrap">{emptyText ?? 'Nothing here.'}</Text>
      </Box>
    );
  }
  const { start, end } = listWindow(items.length, selected, rows);
  const shown = items.slice(start, end);
  // Values are ids: SelectInput resets its selection when values change, and a done mark must not.
  const window = shown.map((item) => ({ key: item.id, label: item.label, value: item.id, item }));
  // A new key whenever the rows or the selection change makes SelectInput start at the selection.
  const identity = `${shown.map((item) => item.id).join('|')}>${items[selected]?.id ?? ''}`;
  return (
    <Box width={width} height={rows} flexDirection="column" overflow="hidden">
      <RowWidth.Provider value={width - 2}>
        <SelectInput
          key={identity}
          items={window}
          initialIndex={selected - start}
          isFocused={false}
          indicatorComponent={Indicator}
          itemComponent={Row as never}
          limit={rows}
        />
      </RowWidth.Provider>
    </Box>
  );
}
