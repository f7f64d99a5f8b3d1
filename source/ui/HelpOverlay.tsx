import { Box, Text } from 'ink';
import { helpRows } from '../state/keymap.js';
import type { UiState } from '../state/ui-state.js';

/** Every key, straight from the key map, in one column or two when the screen is short. */
export function HelpOverlay({
  state,
  rows,
  width,
}: {
  readonly state: UiState;
  readonly rows: number;
  readonly width: number;
}) {
  const entries = helpRows(state);
  // The guide's disclaimer closes the help when there is a row for it.
  const disclaimer = state.guide.disclaimer;
  const columns = entries.length + 1 > rows ? 2 : 1;
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
      {disclaimer !== undefined && Math.ceil(entries.length / columns) + 2 < rows && (
        <Text wrap="truncate-end" dimColor>
          {disclaimer}
        </Text>
      )}
    </Box>
  );
}
