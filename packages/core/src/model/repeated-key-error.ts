import { dataError, type DataError } from './data-error.js';
import { repeatedKeyPath } from './repeated-key.js';

/** A key given twice, at its path (repeated-key.ts): loaded with the error wording. */
export function repeatedKeyError(text: string): DataError {
  const path = repeatedKeyPath(text) ?? '';
  return dataError(
    'invalid-json',
    path,
    `${path}: có hai lần trong cùng một đối tượng: chỉ giá trị sau được đọc; xóa một`,
    `${path}: given twice in one object: only the last value would be read; remove one`,
  );
}
