import { Box, Text } from 'ink';
import { MIN_SIZE } from '../state/screen.js';
import type { Size } from '../state/ui-state.js';
import { t } from '../domain/i18n/translate.js';

export function TooSmall({ size }: { readonly size: Size }) {
  return (
    <Box flexDirection="column" height={Math.max(size.rows - 1, 1)} width={size.cols}>
      <Text wrap="wrap">
        {t('Terminal too small: need {need}, have {have}', {
          need: `${MIN_SIZE.cols}x${MIN_SIZE.rows}`,
          have: `${size.cols}x${size.rows}`,
        })}
      </Text>
      <Text wrap="wrap">{t('Make the window larger, or press q to quit.')}</Text>
    </Box>
  );
}
