import { Text } from 'ink';
import type { Line } from '../domain/text/layout.js';
import { tint, useTheme } from './theme.js';

const OSC = '\u001b]8;;';
const BEL = '\u0007';

/** One laid-out line of text, with its bold, italic, code and link spans. */
export function StyledLine({ line }: { readonly line: Line }) {
  const theme = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((span, index) => {
        const text =
          span.href !== undefined && theme.hyperlinks
            ? `${OSC}${span.href}${BEL}${span.text}${OSC}${BEL}`
            : span.text;
        return (
          <Text
            key={index}
            bold={span.bold === true}
            italic={span.italic === true}
            strikethrough={span.strike === true}
            underline={span.href !== undefined}
            color={span.code || span.href !== undefined ? tint(theme, 'cyan') : undefined}
          >
            {text}
          </Text>
        );
      })}
    </Text>
  );
}
