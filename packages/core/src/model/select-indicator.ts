import { dataError, type DataError, type Result } from './data-error.js';
import type { Dataset, Indicator } from './types.js';

/** Picks one indicator by id; without an id, the dataset must hold exactly one. */
export function selectIndicator(dataset: Dataset, id?: string): Result<Indicator> {
  if (id) {
    // "ho-so " pasted from a CMS field: ids never hold spaces, so the ends are not part of it.
    const found = dataset.indicators.find((i) => i.id === id.trim());
    if (found) return { ok: true, value: found };
    return {
      ok: false,
      errors: [
        dataError(
          'not-found',
          'indicator-id',
          `Không tìm thấy chỉ tiêu "${id}" trong dữ liệu`,
          `No indicator "${id}" in the data`,
        ),
      ],
    };
  }
  const [first, ...rest] = dataset.indicators;
  if (first && rest.length === 0) return { ok: true, value: first };
  const errors: DataError[] = [
    first
      ? dataError(
          'not-found',
          'indicator-id',
          `Dữ liệu có ${dataset.indicators.length} chỉ tiêu: hãy chọn một bằng indicator-id`,
          `The data holds ${dataset.indicators.length} indicators: pick one with indicator-id`,
        )
      : dataError(
          'not-found',
          'indicators',
          'Dữ liệu không có chỉ tiêu nào',
          'The data holds no indicator',
        ),
  ];
  return { ok: false, errors };
}
