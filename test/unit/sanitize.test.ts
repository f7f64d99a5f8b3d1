import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { sanitize } from '../../source/domain/text/sanitize.js';
import { MINI } from '../helpers/guides.js';

describe('sanitize', () => {
  it('removes colour, cursor and title escape sequences', () => {
    expect(sanitize('a\x1b[31mred\x1b[0m b\x1b[2J\x1b[H c\x1b]0;evil title\x07d')).toBe(
      'ared b cd',
    );
  });

  it('removes OSC sequences ended by ST, and C1 controls', () => {
    expect(sanitize('x\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\y\u009b2Jz')).toBe('xlinkyz');
  });

  it('keeps newlines and tabs, turns CRLF into LF, drops other controls', () => {
    expect(sanitize('a\r\nb\tc\x00\x07\x08d\x7f')).toBe('a\nb\tcd');
  });

  it('drops bidirectional overrides that could disguise text', () => {
    expect(sanitize('pay\u202Eevil')).toBe('payevil');
  });

  it('reaches every text of a parsed guide', () => {
    const evil = MINI.replace('Mini guide', 'Mini\x1b[2J guide').replace(
      'Text one.',
      'Text\x1b[31m one.',
    );
    const { guide } = parseGuide(evil);
    expect(guide?.title).toBe('Mini guide');
    expect(guide?.steps[1]?.substeps[0]?.body.markdown).toBe('Text one.');
    expect(JSON.stringify(guide)).not.toContain('\x1b');
  });
});
