import { Box, Text } from 'ink';
import { tint, useTheme } from './theme.js';

/** Live key hints on the left; progress and "? help" on the right, never cut off. */
export function StatusBar({
  hints,
  done,
}: {
  readonly hints: readonly string[];
  readonly done: string;
}) {
  const theme = useTheme();
  return (
    <Box width="100%">
      <Box flexGrow={1} flexShrink={1} overflow="hidden">
        <Text wrap="truncate-end" color={tint(theme, 'gray')}>
          {hints.join('  ')}
        </Text>
      </Box>
      <Box flexShrink={0}>
        <Text>
          <Text bold> {done} </Text>
          <Text inverse> ? help </Text>
        </Text>
      </Box>
    </Box>
  );
}
