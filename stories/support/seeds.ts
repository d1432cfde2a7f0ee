/**
 * The five reports' datasets for stories that pass data as a property, and the URLs of the same
 * files for stories that use `src` (Storybook serves seeds/ at /seeds/, with /seeds/merged.json:
 * every report joined by indicator id, see scripts/seeds-plugin.js).
 */
import type { DatasetInput } from '@cds-vn/core';
import report2022h1 from '../../seeds/bc-2022-08.json';
import report2022end from '../../seeds/bc-2022-12-28.json';
import report2023 from '../../seeds/bc-2023-02-25.json';
import report2023end from '../../seeds/bc-2023-12.json';
import report2024 from '../../seeds/bc-2024-04.json';
import { mergeDatasets } from '../../seeds/merge.js';

export { report2022h1, report2022end, report2023, report2023end, report2024 };

/** Every report's figures joined by indicator id. The status engine counts a figure only once
 *  its report was out at `as-of`, so one merged dataset can show each report's point of view. */
export const allReports: DatasetInput = mergeDatasets(
  [report2022h1, report2022end, report2023, report2023end, report2024].map(
    (d) => d as unknown as DatasetInput,
  ),
);

export const SRC = {
  merged: '/seeds/merged.json',
  h1_2022: '/seeds/bc-2022-08.json',
  end2022: '/seeds/bc-2022-12-28.json',
  feb2023: '/seeds/bc-2023-02-25.json',
  end2023: '/seeds/bc-2023-12.json',
  apr2024: '/seeds/bc-2024-04.json',
} as const;
