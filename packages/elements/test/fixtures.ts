/**
 * Hand-typed indicators for cases the seeds reports do not have (they give each rank once).
 * A world ranking that climbed from 86th to 77th: up 9 places, never "▼ 10,5%".
 */
export const RANKING = {
  id: 'xep-hang',
  name: 'Xếp hạng',
  unit: 'rank',
  observations: [
    { period: '2020', value: 86 },
    { period: '2022', value: 77 },
  ],
} as const;

/**
 * The digital economy's share of GDP (bc-2023-02-25: estimates for 2021 and 2022, "≥ 20%" by
 * 2025). `DIGITAL_GDP_2023` has the report's other target instead, "trên 16%" for 2023, which no
 * report measured: a past target with nothing in it.
 */
export const DIGITAL_GDP = {
  id: 'kinh-te-so-gdp',
  name: 'Tỷ trọng kinh tế số trong GDP',
  unit: '%',
  observations: [
    { period: '2021', value: 9.6, kind: 'estimate' },
    { period: '2022', value: 14.26, kind: 'estimate' },
  ],
  targets: [{ period: '2025', op: '>=', value: 20 }],
};
export const DIGITAL_GDP_2023 = {
  ...DIGITAL_GDP,
  targets: [{ period: '2023', op: '>', value: 16 }],
};

/** 36,91% in H1 2022, 54,34% in 2022 against ≥ 50% (bc-2022-08, bc-2023-02-25); > 60% in 2023. */
export const ONLINE_DOSSIERS = {
  id: 'tthc-nop-truc-tuyen',
  name: {
    vi: 'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến',
    en: 'Share of administrative dossiers submitted online',
  },
  unit: '%',
  observations: [
    { period: '2022-H1', value: 36.91 },
    { period: '2022', value: 54.34 },
  ],
  targets: [
    { period: '2022', op: '>=', value: 50 },
    { period: '2023', op: '>', value: 60 },
  ],
};

/**
 * Community tech team members: "hơn 320.000" in 2022 (bc-2022-12-28), 378.941 in 2023
 * (bc-2023-12). A change worked out from the rounded figure is only about 18,4%.
 */
export const MEMBERS_ROUNDED = {
  id: 'thanh-vien',
  name: 'Thành viên tổ công nghệ số cộng đồng',
  unit: 'count',
  observations: [
    { period: '2022', value: 320000, text: { vi: 'hơn 320.000' } },
    { period: '2023', value: 378941 },
  ],
};

/**
 * Ministries with a yearly digital-transformation plan: 6/30 (bc-2023-02-25), 21/22 (bc-2024-04).
 * The count more than tripled while the total fell: the share went from 20% to 95,45%.
 */
export const YEARLY_PLANS = {
  id: 'bo-nganh-ke-hoach-cds-nam',
  name: 'Bộ, ngành đã ban hành kế hoạch chuyển đổi số năm',
  unit: 'count',
  observations: [
    { period: '2023-02-25', value: 6, total: 30 },
    { period: '2024-04', value: 21, total: 22 },
  ],
};

/**
 * Ministries and agencies with a five-year plan: 22/22 ministries and ministry-level agencies in
 * 2022 (bc-2022-12-28), 30/30 with the government's agencies in 2023 (bc-2023-12). The share
 * held at 100%; the count did not.
 */
export const FIVE_YEAR_PLANS = {
  id: 'bo-nganh-ke-hoach-cds-giai-doan',
  name: 'Bộ, cơ quan đã ban hành chương trình, kế hoạch chuyển đổi số giai đoạn 5 năm và hằng năm',
  unit: 'count',
  unitLabel: { vi: 'bộ, cơ quan', en: 'ministries and agencies' },
  observations: [
    { period: '2022', value: 22, total: 22 },
    { period: '2023', value: 30, total: 30 },
  ],
};
