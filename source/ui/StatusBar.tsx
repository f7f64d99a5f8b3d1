import { Box, Text } from 'ink';
import { tint, useTheme } from './theme.js';

/**
 * Live key hints on the left (or a problem with the guide file, while watching it); progress and
 * "? help" on the right, never cut off.
 */
export function StatusBar({
  hints,
  done,
  error,
}: {
  readonly hints: readonly string[];
  readonly done: string;
  readonly error?: string | undefined;
}) {
  const theme = useTheme();
  return (
    <Box width="100%">
      <Box flexGrow={1} flexShrink={1} overflow="hidden">
        {error === undefined ? (
          <Text wrap="truncate-end" color={tint(theme, 'gray')}>
            {hints.join('  ')}
          </Text>
        ) : (
          <Text wrap="truncate-end" inverse color={tint(theme, 'red')}>
            {error}
          </Text>
        )}
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
