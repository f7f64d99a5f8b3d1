import { Box, Text } from 'ink';
import type { Pane } from '../state/ui-state.js';
import { TabBar } from './TabBar.js';
import { tint, useTheme } from './theme.js';

export function Header({
  title,
  pane,
  cols,
}: {
  readonly title: string;
  readonly pane: Pane;
  readonly cols: number;
}) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold color={tint(theme, 'magenta')}>
          stepwise
        </Text>
        <Text> · </Text>
        <Text bold>{title}</Text>
      </Text>
      <TabBar active={pane} cols={cols} />
    </Box>
  );
}
