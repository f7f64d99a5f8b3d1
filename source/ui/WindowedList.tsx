import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { createContext, useContext, type ReactNode } from 'react';
import { listWindow } from '../state/screen.js';
import { tint, useTheme } from './theme.js';
import { t } from '../domain/i18n/translate.js';

type RenderRow = (item: never, selected: boolean, width: number) => ReactNode;

/** What the rows need and SelectInput does not pass on: the selection, the width, the drawing. */
const ListContext = createContext<{
  readonly selectedId: string | undefined;
  readonly width: number;
  readonly renderRow: RenderRow;
  /** The first row shown when there are rows above it; the last when there are rows below. */
  readonly moreAbove?: string;
  readonly moreBelow?: string;
}>({ selectedId: undefined, width: 40, renderRow: () => null });

function NoIndicator() {
  return null;
}

/** One row: the selection marker, then the row as the list draws it. */
function RowView({ value, item }: { readonly value: string; readonly item: never }) {
  const theme = useTheme();
  const { selectedId, width, renderRow, moreAbove, moreBelow } = useContext(ListContext);
  const selected = value === selectedId;
  // The marker column also says that the list goes on above or below what fits.
  const marker = selected ? '› ' : value === moreAbove ? '↑ ' : value === moreBelow ? '↓ ' : '  ';
  return (
    <>
      <Text color={tint(theme, 'cyan')} dimColor={!selected && marker !== '  '}>
        {marker}
      </Text>
      {renderRow(item, selected, width)}
    </>
  );
}

/**
 * Every list of the app: the rows around the selection that fit, each with the selection marker.
 * The store owns the selection. SelectInput only lays the rows out and is never focused; the rows
 * read the selection from context, so moving the selection never re-creates the list.
 */
export function WindowedList<T extends { readonly id: string }>({
  items,
  selected,
  rows,
  rowHeight = 1,
  width,
  emptyText,
  renderRow,
}: {
  readonly items: readonly T[];
  readonly selected: number;
  /** Terminal rows the list may take. */
  readonly rows: number;
  /** Terminal rows each item takes. */
  readonly rowHeight?: number;
  readonly width: number;
  readonly emptyText?: string;
  readonly renderRow: (item: T, selected: boolean, width: number) => ReactNode;
}) {
  if (items.length === 0) {
    return (
      <Box width={width} height={rows}>
        <Text wrap="wrap">{emptyText ?? t('Nothing here.')}</Text>
      </Box>
    );
  }
  const fit = Math.max(Math.floor(rows / rowHeight), 1);
  const { start, end } = listWindow(items.length, selected, fit);
  const window = items
    .slice(start, end)
    .map((item) => ({ key: item.id, label: item.id, value: item.id, item }));
  return (
    <Box width={width} height={rows} flexDirection="column" overflow="hidden">
      <ListContext.Provider
        value={{
          selectedId: items[selected]?.id,
          width: width - 2,
          renderRow: renderRow as RenderRow,
          ...(start > 0 && { moreAbove: window[0]?.value }),
          ...(end < items.length && { moreBelow: window.at(-1)?.value }),
        }}
      >
        <SelectInput
          items={window}
          isFocused={false}
          indicatorComponent={NoIndicator}
          itemComponent={RowView as never}
          limit={fit}
        />
      </ListContext.Provider>
    </Box>
  );
}
