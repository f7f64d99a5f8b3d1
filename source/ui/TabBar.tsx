import { Box, Text } from 'ink';
import { paneTitle, PANES, type Pane } from '../state/ui-state.js';
import { tint, useTheme } from './theme.js';

/** The panes with their number keys; the active one is bracketed, so it shows without colour too. */
export function TabBar({ active }: { readonly active: Pane }) {
  const theme = useTheme();
  return (
    <Box>
      {PANES.map((pane, index) => {
        const isActive = pane === active;
        const label = `${index + 1} ${paneTitle(pane)}`;
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
