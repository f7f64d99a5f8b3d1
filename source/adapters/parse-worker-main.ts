// The parser, run in a child process by parse-in-worker.ts: a guide whose text makes parsing
// costly can use up that process's memory or time, never the app's. (A worker thread's memory
// limit is not enough: some allocations past it end the whole process.)
import { parseGuide } from '../domain/guide/parse-guide.js';

process.once('message', (text: string) => {
  process.send?.(parseGuide(text), () => process.exit(0));
});
