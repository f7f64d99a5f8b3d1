// The smallest full-screen Ink app: one bordered box with a line of tabs, on the alternate screen.
// `npm run bench` times its first frame beside stepwise's, bundled and started the same way, to
// show how much of stepwise's start-up is Ink, React and Yoga themselves.
import { Box, Text, render } from 'ink';

render(
  <Box flexDirection="column" borderStyle="round" width={100} height={30}>
    <Text bold>1 Steps 2 FAQ 3 Tips 4 Progress</Text>
    <Text>● done ○ to do</Text>
  </Box>,
  { alternateScreen: true, interactive: true, exitOnCtrlC: true },
);
