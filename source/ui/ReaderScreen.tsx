import { Box, Text } from 'ink';
import type { ReaderView } from '../state/derive.js';
import { moreLine } from '../state/reader.js';
import { aria } from './aria.js';
import { useDerive, useUiState } from './store-context.js';
import { t } from '../domain/i18n/translate.js';

// The screen for a screen reader or a braille display (--screen-reader): Ink writes it as plain
// lines, with roles and states in words, on the normal screen. Lines come in reading order, one
// thing at a time: where the reader is, what was just said, the list, then the selected item's
// text. The same state and the same keys as the full screen; only the drawing differs. What each
// line says, and how many lines fit, is worked out in state/reader.ts and derive.reader.

function Lines({ lines }: { readonly lines: readonly string[] | undefined }) {
  return (
    <>
      {(lines ?? []).map((line, index) => (
        <Text key={index}>{line}</Text>
      ))}
    </>
  );
}

function List({ list }: { readonly list: ReaderView['list'] }) {
  if (list.rows.length === 0) return null;
  const more = moreLine(list);
  return (
    <>
      <Box {...aria('list')} flexDirection="column">
        {list.rows.map((row) => (
          <Box key={row.id} {...aria('listitem', row.state)}>
            <Text>{row.lines.join('\n')}</Text>
          </Box>
        ))}
      </Box>
      {more !== undefined && <Text>{more}</Text>}
    </>
  );
}

function Help({ help }: { readonly help: NonNullable<ReaderView['help']> }) {
  return (
    <>
      <Lines lines={help.title} />
      {help.above && <Text>{t('More above: Up scrolls back.')}</Text>}
      <Box {...aria('list')} flexDirection="column">
        {help.keys.map((key, index) => (
          <Box key={index} {...aria('listitem')}>
            <Text>{key.lines.join('\n')}</Text>
          </Box>
        ))}
      </Box>
      {help.below && <Text>{t('More below: Down scrolls on.')}</Text>}
      <Lines lines={help.after} />
    </>
  );
}

/** The whole screen for a screen reader: plain lines, states in words, nothing drawn. */
export function ReaderScreen() {
  const state = useUiState();
  const view = useDerive().reader(state);
  return (
    <Box flexDirection="column">
      {/* What was just said first: a screen reader that reads what changed starts with it. */}
      <Lines lines={view.message} />
      <Lines lines={view.title} />
      <Box {...aria('tablist')}>
        {view.tabs.map((tab) => (
          <Box key={tab.label} {...aria('tab', { selected: tab.selected })}>
            <Text>{tab.label}</Text>
          </Box>
        ))}
      </Box>
      <Lines lines={view.problem} />
      {view.field && (
        <Box {...aria('textbox', { selected: view.field.focused })}>
          <Text>{view.field.lines.join('\n')}</Text>
        </Box>
      )}
      <Lines lines={view.prompt} />
      {view.help ? (
        <Help help={view.help} />
      ) : (
        <>
          <List list={view.list} />
          <Lines lines={view.emptyList} />
          <Lines lines={view.detail} />
          {view.position !== undefined && <Text>{view.position}</Text>}
        </>
      )}
      <Lines lines={view.status} />
    </Box>
  );
}
