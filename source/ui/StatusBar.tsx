import { Box, Text } from 'ink';
import { fitHints, type Hint } from '../state/screen.js';
import { tint, useTheme } from './theme.js';
import { t } from '../domain/i18n/translate.js';

/**
 * Live key hints on the left (or a problem with the guide file, while watching it); progress and
 * "? help" on the right, never cut off. The hints that fit are shown whole, the ones that must stay
 * (quit) kept first, so none is ever cut in the middle.
 */
export function StatusBar({
  hints,
  done,
  error,
  room,
}: {
  readonly hints: readonly Hint[];
  readonly done: string;
  readonly error?: string | undefined;
  /** Columns the hints have: the screen's width less the progress and help on the right. */
  readonly room: number;
}) {
  const theme = useTheme();
  const shown = fitHints(hints, room);
  return (
    <Box width="100%">
      <Box flexGrow={1} flexShrink={1} overflow="hidden">
        {error === undefined ? (
          <Text wrap="truncate-end" color={tint(theme, 'gray')}>
            {shown.join('  ')}
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
          <Text inverse> {t('? help')} </Text>
        </Text>
      </Box>
    </Box>
  );
}
