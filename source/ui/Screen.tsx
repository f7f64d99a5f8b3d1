import { Box, Text } from 'ink';
import { liveHints } from '../state/keymap.js';
import {
  detailLines,
  doneCount,
  emptyListText,
  frameOf,
  listItems,
  messageOf,
  searchCount,
  selectedIndex,
} from '../state/selectors.js';
import type { UiState } from '../state/ui-state.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { ListPane } from './ListPane.js';
import { SearchBox } from './SearchBox.js';
import { StatusBar } from './StatusBar.js';
import { TextView } from './TextView.js';
import { tint, useTheme } from './theme.js';
import { TooSmall } from './TooSmall.js';

function Body({ state }: { readonly state: UiState }) {
  const frame = frameOf(state);
  const lines = detailLines(state);
  if (state.overlay === 'help') {
    return (
      <HelpOverlay
        state={state}
        rows={frame.listRows + (frame.wide ? 0 : frame.textRows + 2)}
        width={frame.width}
      />
    );
  }
  const list = (
    <ListPane
      items={listItems(state)}
      selected={selectedIndex(state)}
      rows={frame.listRows}
      width={frame.listWidth}
      emptyText={emptyListText(state)}
    />
  );
  const text = (
    <TextView lines={lines} scroll={state.scroll} rows={frame.textRows} width={frame.textWidth} />
  );
  const search = state.pane === 'faq' && (
    <SearchBox
      query={state.query}
      focused={state.searchFocused}
      count={searchCount(state)}
      width={frame.width}
    />
  );
  if (frame.wide) {
    return (
      <Box flexDirection="column">
        {search}
        <Box>
          {list}
          <Box
            borderStyle="single"
            borderTop={false}
            borderRight={false}
            borderBottom={false}
            paddingLeft={1}
            height={frame.listRows}
          >
            {text}
          </Box>
        </Box>
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      {search}
      {list}
      <Text wrap="truncate">{'─'.repeat(frame.width)}</Text>
      <Box paddingLeft={1}>{text}</Box>
    </Box>
  );
}

/** The whole frame: header and tabs, the active pane, and the status bar. Renders state, nothing else. */
export function Screen({ state }: { readonly state: UiState }) {
  const theme = useTheme();
  const frame = frameOf(state);
  if (frame.tooSmall) return <TooSmall size={state.size} />;
  const message = messageOf(state);
  return (
    <Box flexDirection="column" width={frame.width} height={frame.height}>
      <Header title={state.guide.title} pane={state.pane} />
      {message !== undefined && (
        <Text wrap="truncate-end" inverse color={tint(theme, 'yellow')}>
          {message}
        </Text>
      )}
      <Box flexGrow={1} flexDirection="column" overflow="hidden">
        <Body state={state} />
      </Box>
      <StatusBar hints={liveHints(state)} done={doneCount(state)} error={state.guideError} />
    </Box>
  );
}
