import { defineMessages } from '@cds-vn/core';

/** UI strings of `<cds-indicator-card>`. */
export const cardMessages = defineMessages({
  vi: {
    compared: (period: string): string => `so với ${period}`,
    up: 'Tăng',
    down: 'Giảm',
    flat: 'Không đổi',
    better: 'cải thiện',
    worse: 'xấu đi',
    unchanged: 'không đổi',
    report: (date: string): string => `báo cáo ${date}`,
    trend: 'Xu hướng',
    invalidVariant: (v: string): string =>
      `variant="${v}" không hợp lệ: dùng "regular" hoặc "compact"`,
    invalidChangeFormat: (v: string): string =>
      `change-format="${v}" không hợp lệ: dùng "relative" hoặc "absolute"`,
    invalidHeadingLevel: (v: string): string =>
      `heading-level="${v}" không hợp lệ: dùng một số từ 1 đến 6`,
    invalidHref: (v: string): string =>
      `href="${v}" không được dùng: chỉ nhận liên kết http, https, mailto, tel hoặc đường dẫn tương đối`,
  },
  en: {
    compared: (period: string): string => `vs ${period}`,
    up: 'Up',
    down: 'Down',
    flat: 'Unchanged',
    better: 'better',
    worse: 'worse',
    unchanged: 'unchanged',
    report: (date: string): string => `report of ${date}`,
    trend: 'Trend',
    invalidVariant: (v: string): string =>
      `variant="${v}" is not valid: use "regular" or "compact"`,
    invalidChangeFormat: (v: string): string =>
      `change-format="${v}" is not valid: use "relative" or "absolute"`,
    invalidHeadingLevel: (v: string): string =>
      `heading-level="${v}" is not valid: use a number from 1 to 6`,
    invalidHref: (v: string): string =>
      `href="${v}" is not allowed: only http, https, mailto, tel or relative links`,
  },
});
