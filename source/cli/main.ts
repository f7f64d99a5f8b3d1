// The process around the command line (run.ts): a closed or full output ends it with one line,
// and the exit code of the run becomes the process's.
import { EXIT, describeFailure, err } from './io.js';
import { t } from '../domain/i18n/translate.js';
import { run } from './run.js';

function failOutput(error: NodeJS.ErrnoException): never {
  // A reader that closes the pipe early (stepwise print | head) is not an error.
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  try {
    process.stderr.write(
      `stepwise: ${t('cannot write the output ({code}): is the disk full?', { code: error.code ?? error.message })}\n`,
    );
  } catch {
    // Nowhere left to say it.
  }
  process.exit(EXIT.failure);
}
process.stdout.on('error', failOutput);
process.stderr.on('error', (error: NodeJS.ErrnoException) =>
  process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.failure),
);

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOSPC' || code === 'EPIPE' || code === 'EIO') failOutput(error as Error);
    err(describeFailure(error));
    process.exitCode = EXIT.failure;
  },
);
