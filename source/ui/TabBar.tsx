import { Box, Text } from 'ink';
import { PANES, tabLabels, type Pane } from '../state/ui-state.js';
import { tint, useTheme } from './theme.js';

/** The panes with their number keys; the active one is bracketed, so it shows without colour too. */
export function TabBar({ active, cols }: { readonly active: Pane; readonly cols: number }) {
  const theme = useTheme();
  const labels = tabLabels(active, cols);
  return (
    <Box>
      {PANES.map((pane, index) => {
        const isActive = pane === active;
        const label = labels[index] ?? '';
        return (
          <Text
            key={pane}
            inverse={isActive}
            bold={isActive}
            color={isActive ? undefined : tint(theme, 'gray')}
            wrap="truncate"
          >
            {isActive ? `[${label}]` : ` ${label} `}
          </Text>
        );
      })}
    </Box>
  );
}
