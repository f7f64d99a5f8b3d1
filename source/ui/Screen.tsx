import { Box, Text } from 'ink';
import { liveHintEntries } from '../state/keymap.js';
import type { UiState } from '../state/ui-state.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { LineField } from './LineField.js';
import { ListPane } from './ListPane.js';
import { ReaderScreen } from './ReaderScreen.js';
import { SearchBox } from './SearchBox.js';
import { StatusBar } from './StatusBar.js';
import { TextView } from './TextView.js';
import { useDerive, useUiState } from './store-context.js';
import { tint, useTheme } from './theme.js';
import { TooSmall } from './TooSmall.js';
import { t } from '../domain/i18n/translate.js';

function Body({ state }: { readonly state: UiState }) {
  const derive = useDerive();
  const frame = derive.frame(state);
  const lines = derive.detailLines(state);
  if (state.overlay === 'help') {
    return <HelpOverlay view={derive.help(state)} />;
  }
  const list = (
    <ListPane
      items={derive.listItems(state)}
      selected={derive.selectedIndex(state)}
      rows={frame.listRows}
      width={frame.listWidth}
      emptyText={derive.emptyListText(state)}
    />
  );
  const text = (
    <TextView lines={lines} scroll={state.scroll} rows={frame.textRows} width={frame.textWidth} />
  );
  const search = state.pane === 'faq' && (
    <SearchBox
      query={state.query}
      focused={state.searchFocused}
      count={derive.searchCount(state)}
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
export function Screen() {
  const theme = useTheme();
  const state = useUiState();
  const derive = useDerive();
  const frame = derive.frame(state);
  // Read, not seen: no size is too small for it.
  if (state.reader) return <ReaderScreen />;
  if (frame.tooSmall) return <TooSmall size={state.size} />;
  const message = derive.messageLines(state);
  const doneText = derive.progress(state).doneText;
  return (
    <Box flexDirection="column" width={frame.width} height={frame.height}>
      <Header title={state.guide.title} pane={state.pane} cols={state.size.cols} />
      {message.map((line, index) => (
        <Text key={index} wrap="truncate-end" inverse color={tint(theme, 'yellow')}>
          {line.padEnd(frame.width)}
        </Text>
      ))}
      {state.overlay === 'note' && state.draft && (
        <LineField
          label={t('Note on {item}:', { item: derive.noteTarget(state) })}
          text={state.draft.text}
          focused
          width={frame.width}
          {...(state.draft.cursor !== undefined && { cursor: state.draft.cursor })}
        />
      )}
      <Box flexGrow={1} flexDirection="column" overflow="hidden">
        <Body state={state} />
      </Box>
      <StatusBar
        hints={liveHintEntries(state)}
        done={doneText}
        error={state.guideError}
        room={frame.width - ` ${doneText} `.length - ` ${t('? help')} `.length - 1}
      />
    </Box>
  );
}
