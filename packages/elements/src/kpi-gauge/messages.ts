import { defineMessages } from '@cds-vn/core';

/** The gauge's own strings; status words, "Mục tiêu", "Hạn" and the like come from core. */
export const gaugeMessages = defineMessages({
  vi: {
    versus: (period: string): string => `so với ${period}`,
    /** Spoken counts: "21 trên 25", never "21/25" (read as a date or a fraction). */
    of: 'trên',
    up: 'Tăng',
    down: 'Giảm',
    flat: 'Không đổi',
    better: 'cải thiện',
    worse: 'xấu đi',
    explanation: 'Giải thích',
    notNumber: (raw: string): string => `cần một số, nhận được "${raw}"`,
    notLess: (min: string, max: string): string => `min (${min}) phải nhỏ hơn max (${max})`,
    badVariant: (raw: string): string => `không hỗ trợ "${raw}"; dùng semi, ring hoặc bullet`,
  },
  en: {
    versus: (period: string): string => `vs ${period}`,
    of: 'of',
    up: 'Up',
    down: 'Down',
    flat: 'Unchanged',
    better: 'better',
    worse: 'worse',
    explanation: 'Explanation',
    notNumber: (raw: string): string => `expected a number, got "${raw}"`,
    notLess: (min: string, max: string): string => `min (${min}) must be less than max (${max})`,
    badVariant: (raw: string): string => `unsupported "${raw}"; use semi, ring or bullet`,
  },
});
