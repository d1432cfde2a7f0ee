import type { Locale } from '../i18n/locale.js';
import { coreMessages } from '../i18n/messages.js';
import { formatPeriod } from '../format/period-label.js';
import type { StatusResult } from './evaluate.js';

/**
 * The verdict in words, as shown beside its figure. "Chưa có dữ liệu" beside a figure from another
 * period (54,34% for 2022, against 2023's target) reads as a contradiction: there it says which
 * figure is missing, "Chưa có số liệu năm 2023". The verdict itself stays `no-data`.
 */
export function verdictWords(
  s: Pick<StatusResult, 'verdict' | 'figure' | 'period'> & { readonly partial?: boolean },
  locale: Locale,
): string {
  const m = coreMessages[locale];
  // `partial` with a figure: the figure is not the judged period's own.
  return s.verdict === 'no-data' && s.partial && s.figure && s.period
    ? m.noFigure(formatPeriod(s.period, locale, 'inline'))
    : m.verdict(s.verdict);
}
