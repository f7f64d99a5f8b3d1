import { Box, Text } from 'ink';
import type { HelpView } from '../state/derive.js';

/**
 * Every key, straight from the key map: in two columns when they fit side by side, else in one
 * that scrolls with ↑↓, saying when there is more.
 */
export function HelpOverlay({ view }: { readonly view: HelpView }) {
  const { entries, columns, rows, width, more, disclaimer } = view;
  const perColumn = Math.ceil(entries.length / columns);
  const columnWidth = Math.floor(width / columns);
  const labelWidth = Math.max(...entries.map((entry) => entry.label.length)) + 1;
  return (
    <Box flexDirection="column" height={rows} width={width}>
      <Text bold wrap="truncate-end">
        Keys (? or Esc to close)
      </Text>
      <Box>
        {Array.from({ length: columns }, (_, column) => (
          <Box key={column} flexDirection="column" width={columnWidth}>
            {entries.slice(column * perColumn, (column + 1) * perColumn).map((entry) => (
              <Text key={entry.label} wrap="truncate-end">
                <Text bold>{entry.label.padEnd(labelWidth)}</Text>
                {entry.help}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
      {more.below && (
        <Text wrap="truncate-end" dimColor>
          ↓ more below (↑↓ to scroll)
        </Text>
      )}
      {disclaimer !== undefined && (
        <Text wrap="truncate-end" dimColor>
          {disclaimer}
        </Text>
      )}
    </Box>
  );
}
