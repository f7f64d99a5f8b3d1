// The parser, run in a child process by parse-in-worker.ts: a guide whose text makes parsing
// costly can use up that process's memory or time, never the app's. (A worker thread's memory
// limit is not enough: some allocations past it end the whole process.)
import { parseGuide } from '../domain/guide/parse-guide.js';
import { setLanguage } from '../domain/i18n/translate.js';

// The text, and the language the problems are to be said in (the run's).
process.once('message', async (message: { readonly text: string; readonly language: string }) => {
  if (message.language === 'es') {
    setLanguage('es', process.env, (await import('../domain/i18n/es.js')).ES);
  }
  process.send?.(parseGuide(message.text), () => process.exit(0));
});
