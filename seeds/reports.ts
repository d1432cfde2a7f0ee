/** The five datasets in this folder, one per report, oldest report first. */
export const DATASET_FILES = [
  'bc-2022-08.json',
  'bc-2022-12-28.json',
  'bc-2023-02-25.json',
  'bc-2023-12.json',
  'bc-2024-04.json',
] as const;
