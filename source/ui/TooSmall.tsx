import { Box, Text } from 'ink';
import { MIN_SIZE } from '../state/screen.js';
import type { Size } from '../state/ui-state.js';

export function TooSmall({ size }: { readonly size: Size }) {
  return (
    <Box flexDirection="column" height={Math.max(size.rows - 1, 1)} width={size.cols}>
      <Text wrap="wrap">
        Terminal too small: need {MIN_SIZE.cols}x{MIN_SIZE.rows}, have {size.cols}x{size.rows}
      </Text>
      <Text wrap="wrap">Make the window larger, or press q to quit.</Text>
    </Box>
  );
}
