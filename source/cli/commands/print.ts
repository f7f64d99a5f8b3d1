import type { Guide } from '../../domain/guide/guide.js';
import { guideToJson, guideToText } from '../../domain/text/plain-text.js';
import { EXIT, out, outJson, outputWidth } from '../io.js';

export function printGuide(guide: Guide, json: boolean): number {
  if (json) outJson(guideToJson(guide));
  else out(guideToText(guide, outputWidth()));
  return EXIT.ok;
}
