import type { Locale } from '@cds-vn/core';
import { dataText } from '../base/data-text.js';
import type { SlotText } from './slot-description.js';

/** Words and data texts, as described in slot-description.ts. */
export function renderText(parts: SlotText, locale: Locale): unknown[] {
  return parts.map((p) => (typeof p === 'string' ? p : dataText(p, locale)));
}
