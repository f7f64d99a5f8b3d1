import type { Guide } from '../../domain/guide/guide.js';
import { guideToJson, guideToText } from '../../domain/text/plain-text.js';
import { EXIT, out, outputWidth } from '../io.js';

export function printGuide(guide: Guide, json: boolean): number {
  out(json ? JSON.stringify(guideToJson(guide), null, 2) : guideToText(guide, outputWidth()));
  return EXIT.ok;
}
