declare const STEPWISE_VERSION: string;

/** Set by the bundler from package.json, so --version reads no file at start-up. */
export const VERSION = typeof STEPWISE_VERSION === 'string' ? STEPWISE_VERSION : '0.0.0-dev';

export const USAGE = `Usage: stepwise [command] [options]

Work through a how-to guide in your terminal. With no command, opens the guide full-screen.

Commands
  (none)               open the guide full-screen (prints it when not on a terminal)
  print [--json]       print the whole guide as text, or as JSON
  search <query...>    search the FAQ  [--json] [--limit N] [--all: steps and tips too]
  list                 list the guides in content/
  lint [paths...]      check guide files; prints path:line: message for each problem
  progress [--json]    show what you have done
  done <id...>         mark steps or sub-steps done
  undo <id...>         mark steps or sub-steps not done
  reset [--yes]        clear your progress on this guide
  export [--output F]  write the guide as a Markdown checklist with your marks
  config-path          print where progress is stored
  import <file|->      turn a plain-text how-to article into a guide  [--id ID] [--output FILE]

Options
  --guide <path|id>    open another guide file, or a guide of content/ by id (default: the built-in guide)
  --content <dir>      also look for guides in this folder (or set STEPWISE_CONTENT_DIR)
  --plain              print the guide instead of opening the full-screen app
  --watch              reload the guide when its file changes (for authors)
  -h, --help           show this help
  -v, --version        show the version

Installed from npm as stepwise-guide: npm install -g stepwise-guide, or npx stepwise-guide.
stepwise is an unofficial guide. It never asks for, shows or stores a PIN or a card number.
`;
