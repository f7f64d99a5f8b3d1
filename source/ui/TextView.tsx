import { Box, Text } from 'ink';
import type { Line } from '../domain/text/layout.js';
import { StyledLine } from './StyledLine.js';
import { tint, useTheme } from './theme.js';
import { t } from '../domain/i18n/translate.js';

/** A window onto laid-out text, with where it is when the text is longer than the window. */
export function TextView({
  lines,
  scroll,
  rows,
  width,
}: {
  readonly lines: readonly Line[];
  readonly scroll: number;
  readonly rows: number;
  readonly width: number;
}) {
  const theme = useTheme();
  const visible = lines.slice(scroll, scroll + rows);
  const overflows = lines.length > rows;
  const last = Math.min(scroll + rows, lines.length);
  const position = overflows
    ? `${scroll > 0 ? '↑' : ' '}${last < lines.length ? '↓' : ' '} ${t('lines {from}-{to} of {count}', { from: scroll + 1, to: last, count: lines.length })} · ${t('PgUp')}/${t('PgDn')}`
    : '';
  return (
    <Box flexDirection="column" width={width}>
      <Box flexDirection="column" height={rows}>
        {visible.map((line, index) => (
          <StyledLine key={index} line={line} />
        ))}
      </Box>
      <Text wrap="truncate-end" color={tint(theme, 'gray')} dimColor={!theme.color}>
        {position || ' '}
      </Text>
    </Box>
  );
}
