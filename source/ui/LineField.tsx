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
  cursor,
}: {
  readonly label: string;
  readonly text: string;
  readonly focused: boolean;
  readonly right?: string;
  readonly width: number;
  /** Where the cursor stands, in characters; at the end when absent. */
  readonly cursor?: number;
}) {
  const theme = useTheme();
  const chars = [...text];
  const at = Math.min(cursor ?? chars.length, chars.length);
  const before = chars.slice(0, at).join('');
  const under = chars[at] ?? ' ';
  const after = chars.slice(at + 1).join('');
  return (
    <Box width={width}>
      <Box flexGrow={1} flexShrink={1} overflow="hidden">
        <Text wrap="truncate-start">
          <Text bold color={tint(theme, 'cyan')}>
            {label}{' '}
          </Text>
          {focused ? (
            <>
              <Text>{before}</Text>
              <Text inverse>{under}</Text>
              <Text>{after}</Text>
            </>
          ) : (
            <Text>{text}</Text>
          )}
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
