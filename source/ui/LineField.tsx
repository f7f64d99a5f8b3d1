import { Box, Text } from 'ink';
import { tint, useTheme } from './theme.js';

/**
 * A one-line text field: a label, the text (its end kept in view), a cursor while it has focus,
 * and a note on the right that is never cut off.
 */
export function LineField({
  label,
  text,
  focused,
  right,
  width,
}: {
  readonly label: string;
  readonly text: string;
  readonly focused: boolean;
  readonly right?: string;
  readonly width: number;
}) {
  const theme = useTheme();
  return (
    <Box width={width}>
      <Box flexGrow={1} flexShrink={1} overflow="hidden">
        <Text wrap="truncate-start">
          <Text bold color={tint(theme, 'cyan')}>
            {label}{' '}
          </Text>
          <Text>{text}</Text>
          {focused && <Text inverse> </Text>}
        </Text>
      </Box>
      {right !== undefined && (
        <Box flexShrink={0} marginLeft={1}>
          <Text bold>{right}</Text>
        </Box>
      )}
    </Box>
  );
}
