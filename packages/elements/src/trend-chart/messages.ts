import { defineMessages, type Unit } from '@cds-vn/core';

const UNIT_NAMES_VI: Readonly<Record<Unit, string>> = {
  '%': 'tỷ lệ %',
  count: 'số lượng',
  number: 'số',
  index: 'chỉ số',
  times: 'số lần',
  rank: 'thứ hạng',
  Mbps: 'Mbps',
  VND: 'đồng',
  USD: 'USD',
};

const UNIT_NAMES_EN: Readonly<Record<Unit, string>> = {
  '%': 'per cent',
  count: 'count',
  number: 'number',
  index: 'index',
  times: 'times',
  rank: 'rank',
  Mbps: 'Mbps',
  VND: 'VND',
  USD: 'USD',
};

/** UI strings of `<cds-trend-chart>` and of its summary sentences. */
export const trendMessages = defineMessages({
  vi: {
    unitName: (u: Unit): string => UNIT_NAMES_VI[u],
    rose: (a: string, pa: string, b: string, pb: string): string =>
      `Tăng từ ${a} (${pa}) lên ${b} (${pb})`,
    fell: (a: string, pa: string, b: string, pb: string): string =>
      `Giảm từ ${a} (${pa}) xuống ${b} (${pb})`,
    flat: (a: string, pa: string, pb: string): string => `Giữ nguyên ${a} từ ${pa} đến ${pb}`,
    /** 22/22, then 30/30: the share held, the count did not. */
    sameShare: (a: string, pa: string, b: string, pb: string): string =>
      `Từ ${a} (${pa}) đến ${b} (${pb}), tỷ lệ không đổi`,
    single: (a: string, pa: string): string => `${a} (${pa})`,
    times: (r: string): string => `gấp ${r} lần`,
    upBy: (x: string): string => `tức tăng ${x}`,
    downBy: (x: string): string => `tức giảm ${x}`,
    forecastAt: (v: string, p: string): string => `dự báo ${v} (${p})`,
    highest: (v: string, p: string): string => `cao nhất ${v} (${p})`,
    lowest: (v: string, p: string): string => `thấp nhất ${v} (${p})`,
    chartLabel: (bar: boolean, names: string): string =>
      `Biểu đồ ${bar ? 'cột' : 'đường'}: ${names}`,
    keyHint:
      'Dùng phím mũi tên trái, phải để duyệt từng điểm số liệu; Home, End để về điểm đầu, điểm cuối; Esc để ẩn chú thích.',
    position: (i: number, n: number): string => `điểm ${i} trên ${n}`,
    table: 'Bảng số liệu',
    legendTarget: 'Mục tiêu (nét chấm)',
    legendProjected: 'Dự báo, ước tính (điểm rỗng, nét đứt)',
    legendRevision: 'Số liệu khác từ báo cáo khác (dấu ×)',
    legendMilestone: 'Mốc hạn (tam giác)',
    report: (date: string): string => `báo cáo ${date}`,
    secondAxis: 'trục phải',
    shareOf: (label: string): string => `tỷ lệ % trên tổng số${label && ` ${label}`}`,
    /** Read after the summary of a count drawn as its share (select-series' isShare). */
    drawnAsShare: (share: string): string => `Biểu đồ vẽ ${share}.`,
    noTotal: 'không vẽ: thiếu tổng số',
    mixedUnits: (a: string, ua: string, b: string, ub: string): string =>
      `Không thể vẽ chung một trục: "${a}" tính bằng ${ua}, còn "${b}" tính bằng ${ub}. Hãy chọn các chỉ tiêu cùng đơn vị, hoặc đưa một chỉ tiêu sang trục thứ hai bằng y2-indicator-ids.`,
    // Named by the author already: leave some out, rather than "choose with indicator-ids".
    tooMany: (n: number, max: number, named: boolean): string =>
      named
        ? `indicator-ids chọn ${n} chỉ tiêu; biểu đồ vẽ tối đa ${max}: hãy bỏ bớt`
        : `Dữ liệu có ${n} chỉ tiêu; biểu đồ vẽ tối đa ${max}: hãy chọn bằng indicator-ids`,
    notInData: (attr: string, id: string): string =>
      `${attr}: không tìm thấy chỉ tiêu "${id}" trong dữ liệu`,
    noIndicators: 'Dữ liệu không có chỉ tiêu nào',
    undated: (name: string): string =>
      `"${name}" không có kỳ số liệu: biểu đồ xu hướng cần kỳ của từng số liệu, ví dụ "period": "2022"`,
    idNotInIds: (id: string): string =>
      `indicator-id="${id}" không có trong indicator-ids: dùng một trong hai thuộc tính, hoặc thêm "${id}" vào indicator-ids`,
    invalidType: (v: string): string => `type="${v}" không hợp lệ: dùng "line" hoặc "bar"`,
    loadFailed: (detail: string): string => `Không tải được thư viện vẽ biểu đồ: ${detail}`,
    drawFailed: (detail: string): string => `Không vẽ được biểu đồ: ${detail}`,
  },
  en: {
    unitName: (u: Unit): string => UNIT_NAMES_EN[u],
    rose: (a: string, pa: string, b: string, pb: string): string =>
      `Rose from ${a} (${pa}) to ${b} (${pb})`,
    fell: (a: string, pa: string, b: string, pb: string): string =>
      `Fell from ${a} (${pa}) to ${b} (${pb})`,
    flat: (a: string, pa: string, pb: string): string => `Unchanged at ${a} from ${pa} to ${pb}`,
    sameShare: (a: string, pa: string, b: string, pb: string): string =>
      `From ${a} (${pa}) to ${b} (${pb}), the same share`,
    single: (a: string, pa: string): string => `${a} (${pa})`,
    times: (r: string): string => `${r} times as much`,
    upBy: (x: string): string => `up ${x}`,
    downBy: (x: string): string => `down ${x}`,
    forecastAt: (v: string, p: string): string => `forecast ${v} (${p})`,
    highest: (v: string, p: string): string => `highest ${v} (${p})`,
    lowest: (v: string, p: string): string => `lowest ${v} (${p})`,
    chartLabel: (bar: boolean, names: string): string => `${bar ? 'Bar' : 'Line'} chart: ${names}`,
    keyHint:
      'Use the left and right arrow keys to move between data points; Home and End for the first and last; Escape hides the tooltip.',
    position: (i: number, n: number): string => `point ${i} of ${n}`,
    table: 'Data table',
    legendTarget: 'Target (dotted)',
    legendProjected: 'Forecast or estimate (hollow point, dashed)',
    legendRevision: "Other reports' figures (× mark)",
    legendMilestone: 'Deadline (triangle)',
    report: (date: string): string => `report of ${date}`,
    secondAxis: 'right axis',
    shareOf: (label: string): string => `per cent of ${label ? `all ${label}` : 'the total'}`,
    drawnAsShare: (share: string): string => `Drawn in ${share}.`,
    noTotal: 'not drawn: no total',
    mixedUnits: (a: string, ua: string, b: string, ub: string): string =>
      `Cannot share one axis: "${a}" is in ${ua} but "${b}" is in ${ub}. Choose indicators with the same unit, or move one to a second axis with y2-indicator-ids.`,
    tooMany: (n: number, max: number, named: boolean): string =>
      named
        ? `indicator-ids names ${n} indicators; the chart draws at most ${max}: leave some out`
        : `The data holds ${n} indicators; the chart draws at most ${max}: choose with indicator-ids`,
    notInData: (attr: string, id: string): string => `${attr}: no indicator "${id}" in the data`,
    noIndicators: 'The data holds no indicator',
    undated: (name: string): string =>
      `"${name}" has no period: a trend chart needs each figure's period, e.g. "period": "2022"`,
    idNotInIds: (id: string): string =>
      `indicator-id="${id}" is not in indicator-ids: use one of the two, or add "${id}" to indicator-ids`,
    invalidType: (v: string): string => `type="${v}" is not valid: use "line" or "bar"`,
    loadFailed: (detail: string): string => `Could not load the charting library: ${detail}`,
    drawFailed: (detail: string): string => `Could not draw the chart: ${detail}`,
  },
});
