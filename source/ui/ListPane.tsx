import { Box, Text } from 'ink';
import type { Range } from '../domain/search/search.js';
import type { ListItem } from '../state/derive.js';
import { tint, useTheme } from './theme.js';
import { WindowedList } from './WindowedList.js';

function marker(item: ListItem): string {
  if (item.chosen !== undefined) return item.chosen ? '◉ ' : '○ ';
  if (item.done !== undefined) return item.done ? '● ' : '○ ';
  if (item.warning) return '⚠ ';
  return '';
}

function Row({
  item,
  isSelected,
  width,
}: {
  readonly item: ListItem;
  readonly isSelected: boolean;
  readonly width: number;
}) {
  const theme = useTheme();
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
        </Text>
      </Box>
      {fold !== '' && (
        // Its own box, so a long title is cut before the marker that says it opens, never the marker.
        <Box flexShrink={0}>
          <Text inverse={isSelected} bold={isSelected || item.depth === 0}>
            {fold}
          </Text>
        </Box>
      )}
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

/** The pane's list: the store owns the selection, WindowedList draws the rows that fit. */
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
  return (
    <WindowedList
      items={items}
      selected={selected}
      rows={rows}
      width={width}
      {...(emptyText !== undefined && { emptyText })}
      renderRow={(item, isSelected, rowWidth) => (
        <Row item={item} isSelected={isSelected} width={rowWidth} />
      )}
    />
  );
}
