import type { Text } from '../model/types.js';

/**
 * The programme's pillars and the reports' other headings, with their names. A dataset may
 * name its own pillars (`pillars`); these are the defaults every element knows.
 */
export const KNOWN_PILLARS: Readonly<Record<string, Text>> = {
  'nhan-thuc-so': { vi: 'Nhận thức số', en: 'Digital awareness', translated: true },
  'the-che-so': { vi: 'Thể chế số', en: 'Digital institutions', translated: true },
  'ha-tang-so': { vi: 'Hạ tầng số', en: 'Digital infrastructure', translated: true },
  'nen-tang-so': { vi: 'Nền tảng số', en: 'Digital platforms', translated: true },
  'du-lieu-so': { vi: 'Dữ liệu số', en: 'Digital data', translated: true },
  'nhan-luc-so': { vi: 'Nhân lực số', en: 'Digital workforce', translated: true },
  'an-toan-an-ninh-mang': {
    vi: 'An toàn, an ninh mạng',
    en: 'Cyber safety and security',
    translated: true,
  },
  'chinh-phu-so': { vi: 'Chính phủ số', en: 'Digital government', translated: true },
  'kinh-te-so': { vi: 'Kinh tế số', en: 'Digital economy', translated: true },
  'xa-hoi-so': { vi: 'Xã hội số', en: 'Digital society', translated: true },
  'do-thi-thong-minh': { vi: 'Đô thị thông minh', en: 'Smart cities', translated: true },
  'de-an-06': { vi: 'Đề án 06', en: 'Project 06 (population data)', translated: true },
};
