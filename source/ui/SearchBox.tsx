import { Box, Text } from 'ink';
import { tint, useTheme } from './theme.js';

/** The FAQ search line: the query with a cursor while it has focus, and how many questions match. */
export function SearchBox({
  query,
  focused,
  count,
  width,
}: {
  readonly query: string;
  readonly focused: boolean;
  readonly count: string;
  readonly width: number;
}) {
  const theme = useTheme();
  if (!focused && query === '') {
    return (
      <Text wrap="truncate-end" color={tint(theme, 'gray')}>
        / search the FAQ
      </Text>
    );
  }
  return (
    <Box width={width}>
      <Box flexGrow={1} flexShrink={1} overflow="hidden">
        <Text wrap="truncate-start">
          <Text bold color={tint(theme, 'cyan')}>
            /{' '}
          </Text>
          <Text>{query}</Text>
          {focused && <Text inverse> </Text>}
        </Text>
      </Box>
      <Box flexShrink={0} marginLeft={1}>
        <Text bold>{count}</Text>
      </Box>
    </Box>
  );
}
