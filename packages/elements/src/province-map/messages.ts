import { defineMessages } from '@cds-vn/core';
import type { Aggregate } from './resolve-map-data.js';

/** Below, level with or above a target. */
export type Side = -1 | 0 | 1;

const AGGREGATE_VI: Record<Aggregate, string> = {
  sum: 'tổng',
  mean: 'trung bình (không trọng số)',
  min: 'giá trị nhỏ nhất',
  max: 'giá trị lớn nhất',
};
const AGGREGATE_EN: Record<Aggregate, string> = {
  sum: 'sum',
  mean: 'unweighted mean',
  min: 'minimum',
  max: 'maximum',
};

export const messages = defineMessages({
  vi: {
    loadingMap: 'Đang tải bản đồ…',
    geometryFailed: 'Không tải được dữ liệu hình học của bản đồ',
    mapOf: (set: 63 | 34): string =>
      set === 63
        ? 'Bản đồ 63 tỉnh, thành phố (đến 30/6/2025)'
        : 'Bản đồ 34 tỉnh, thành phố (từ 1/7/2025)',
    illustrative: 'Dữ liệu minh họa',
    noData: 'Không có dữ liệu',
    none: 'Không có',
    rank: (rank: number, of: number): string => `hạng ${rank} trên ${of}`,
    withData: (n: number, of: number): string => `${n} trên ${of} tỉnh, thành phố có dữ liệu`,
    highest: 'Cao nhất',
    lowest: 'thấp nhất',
    allAt: (value: string): string => `Cùng mức ${value}`,
    meeting: (n: number, of: number, target: string): string =>
      `${n} trên ${of} tỉnh, thành phố đạt mục tiêu ${target}`,
    target: (formula: string): string => `Mục tiêu ${formula}`,
    national: (formula: string): string => `Mục tiêu cả nước ${formula}`,
    // Where a province stands against the country's target: a position, not a verdict.
    versus: (side: Side): string => `${['Dưới', 'Bằng', 'Trên'][side + 1]} mức mục tiêu cả nước`,
    versusAll: (target: string, [below, at, above]: readonly number[]): string =>
      `so với mục tiêu cả nước ${target}: ${[
        [above, 'trên'],
        [at, 'bằng'],
        [below, 'dưới'],
      ]
        .filter(([n]) => n)
        .map(([n, w]) => `${n} tỉnh, thành phố ${w} mức`)
        .join(', ')}`,
    aggregated: (a: Aggregate): string => `gộp từ 63 tỉnh, thành phố cũ theo ${AGGREGATE_VI[a]}`,
    from: 'Gộp từ',
    missing: (names: string): string => `thiếu số liệu của ${names}`,
    categoriesSummary: (n: number, covered: number, of: number): string =>
      `${n} nhóm; ${covered} trên ${of} tỉnh, thành phố thuộc ${n === 1 ? 'nhóm này' : 'ít nhất một nhóm'}`,
    most: (names: readonly string[], n: number): string =>
      `nhiều nhóm nhất: ${names.join(', ')} (${names.length > 1 ? 'mỗi nơi ' : ''}${n} nhóm)`,
    categoryCount: (n: number): string => `${n} nhóm`,
    inCategory: 'Thuộc nhóm',
    noCategory: 'Không thuộc nhóm nào',
    several: 'Nhiều nhóm',
    allCategories: 'Tất cả các nhóm',
    pick: (colours?: number): string =>
      `${colours ? `Màu lặp lại sau ${colours} nhóm: chọn` : 'Chọn'} một nhóm để chỉ tô các tỉnh, thành phố của nhóm đó.`,
    highlighted: 'Được đánh dấu',
    others: 'Còn lại',
    highlightSummary: (n: number, of: number): string =>
      `${n} trên ${of} tỉnh, thành phố được đánh dấu`,
    includes: (name: string): string => `gồm ${name}`,
    formerly: (names: string): string => `gồm ${names} (trước 1/7/2025)`,
    unresolved: (n: number): string => `${n} mục trong dữ liệu chưa hiển thị được:`,
    showTable: 'Hiện bảng số liệu',
    hideTable: 'Ẩn bảng số liệu',
    skipMap: 'Bỏ qua bản đồ',
    arrows: 'Phím mũi tên: sang tỉnh, thành phố bên cạnh',
    range: (from: string, to: string): string => `${from} đến ${to}`,
    below: (v: string): string => `dưới ${v}`,
    atLeast: (v: string): string => `từ ${v} trở lên`,
    showing: 'Đang hiện nhóm',
    provinces: (n: number): string => `${n} tỉnh, thành phố`,
    showingAll: 'Đang hiện tất cả các nhóm',
    chosen: 'Đã chọn',
    code: 'Mã',
    province: 'Tỉnh, thành phố',
    value: 'Giá trị',
    rankHeader: 'Hạng',
    status: 'So với mục tiêu',
    categories: 'Nhóm',
    sea: 'Biển Đông',
    source: 'Nguồn',
  },
  en: {
    loadingMap: 'Loading the map…',
    geometryFailed: 'The map geometry could not be loaded',
    mapOf: (set: 63 | 34): string =>
      set === 63
        ? 'Map of the 63 provinces (to 30 Jun 2025)'
        : 'Map of the 34 provinces (from 1 Jul 2025)',
    illustrative: 'Illustrative data',
    noData: 'No data',
    none: 'None',
    rank: (rank: number, of: number): string => `rank ${rank} of ${of}`,
    withData: (n: number, of: number): string => `${n} of ${of} provinces with data`,
    highest: 'Highest',
    lowest: 'lowest',
    allAt: (value: string): string => `All at ${value}`,
    meeting: (n: number, of: number, target: string): string =>
      `${n} of ${of} ${of === 1 ? 'province' : 'provinces'} ${n === 1 ? 'meets' : 'meet'} the target of ${target}`,
    target: (formula: string): string => `Target ${formula}`,
    national: (formula: string): string => `National target ${formula}`,
    versus: (side: Side): string =>
      `${['Below', 'Level with', 'Above'][side + 1]} the national target`,
    versusAll: (target: string, [below, at, above]: readonly number[]): string =>
      `against the national target (${target}): ${[
        [above, 'above'],
        [at, 'level with it'],
        [below, 'below'],
      ]
        .filter(([n]) => n)
        .map(([n, w]) => `${n} ${w}`)
        .join(', ')}`,
    aggregated: (a: Aggregate): string =>
      `merged from the 63 former provinces by ${AGGREGATE_EN[a]}`,
    from: 'Merged from',
    missing: (names: string): string => `no figures for ${names}`,
    categoriesSummary: (n: number, covered: number, of: number): string =>
      n === 1
        ? `1 category; ${covered} of ${of} provinces in it`
        : `${n} categories; ${covered} of ${of} provinces in at least one`,
    most: (names: readonly string[], n: number): string =>
      `in the most categories: ${names.join(', ')} (${n}${names.length > 1 ? ' each' : ''})`,
    categoryCount: (n: number): string => `${n} ${n === 1 ? 'category' : 'categories'}`,
    inCategory: 'In category',
    noCategory: 'In no category',
    several: 'Several categories',
    allCategories: 'All categories',
    pick: (colours?: number): string =>
      `${colours ? `Colours repeat after ${colours} categories: pick` : 'Pick'} one to colour only its provinces.`,
    highlighted: 'Highlighted',
    others: 'Others',
    highlightSummary: (n: number, of: number): string => `${n} of ${of} provinces highlighted`,
    includes: (name: string): string => `including the ${name}`,
    formerly: (names: string): string => `including ${names} (before 1 Jul 2025)`,
    unresolved: (n: number): string =>
      `${n} ${n === 1 ? 'entry' : 'entries'} in the data could not be shown:`,
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    skipMap: 'Skip the map',
    arrows: 'Arrow keys: to the neighbouring province',
    range: (from: string, to: string): string => `${from} to ${to}`,
    below: (v: string): string => `below ${v}`,
    atLeast: (v: string): string => `${v} or more`,
    showing: 'Showing',
    provinces: (n: number): string => `${n} ${n === 1 ? 'province' : 'provinces'}`,
    showingAll: 'Showing all categories',
    chosen: 'Selected',
    code: 'Code',
    province: 'Province',
    value: 'Value',
    rankHeader: 'Rank',
    status: 'Against target',
    categories: 'Categories',
    sea: 'East Sea (Biển Đông)',
    source: 'Source',
  },
});
