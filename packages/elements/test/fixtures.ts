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
