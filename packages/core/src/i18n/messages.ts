import { defineMessages } from './define-messages.js';
import type { Verdict } from '../status/verdict.js';

/** UI strings shared by every element: status words, errors, common labels. */
export const coreMessages = defineMessages({
  vi: {
    verdict: (v: Verdict): string => VERDICT_VI[v],
    target: 'Mục tiêu',
    result: 'Kết quả',
    period: 'Kỳ',
    source: 'Nguồn',
    noData: 'Chưa có dữ liệu',
    loading: 'Đang tải dữ liệu…',
    errorTitle: 'Không hiển thị được dữ liệu',
    errorField: (path: string): string => `Trường lỗi: ${path}`,
    estimate: 'ước tính',
    forecast: 'dự báo',
    revisions: 'Số liệu khác',
    against: 'so với mục tiêu',
    projected: (value: string): string => `dự kiến theo xu hướng: ${value}`,
    partialOnly: (period: string): string => `chỉ có số liệu ${period}`,
    noFigure: (period: string): string => `Chưa có số liệu ${period}`,
    due: 'Hạn',
    done: 'Đã hoàn thành',
    notDone: 'Chưa hoàn thành',
  },
  en: {
    verdict: (v: Verdict): string => VERDICT_EN[v],
    target: 'Target',
    result: 'Result',
    period: 'Period',
    source: 'Source',
    noData: 'No data',
    loading: 'Loading data…',
    errorTitle: 'The data could not be shown',
    errorField: (path: string): string => `Field: ${path}`,
    estimate: 'estimate',
    forecast: 'forecast',
    revisions: 'Other figures',
    against: 'against target',
    projected: (value: string): string => `projected on trend: ${value}`,
    // The period first: "…; first half of 2022 figures only" (inline: lower-cased).
    partialOnly: (period: string): string => `${period} figures only`,
    noFigure: (period: string): string => `No figure for ${period} yet`,
    due: 'Due',
    done: 'Done',
    notDone: 'Not done',
  },
});

const VERDICT_VI: Record<Verdict, string> = {
  achieved: 'Đạt',
  'not-achieved': 'Chưa đạt',
  'on-track': 'Đúng tiến độ',
  'at-risk': 'Chậm tiến độ',
  overdue: 'Quá hạn',
  'achieved-late': 'Hoàn thành muộn',
  'no-data': 'Chưa có dữ liệu',
  'no-target': 'Chưa có mục tiêu',
};

const VERDICT_EN: Record<Verdict, string> = {
  achieved: 'Achieved',
  'not-achieved': 'Not achieved',
  'on-track': 'On track',
  'at-risk': 'At risk',
  overdue: 'Overdue',
  'achieved-late': 'Achieved late',
  'no-data': 'No data',
  'no-target': 'No target',
};
