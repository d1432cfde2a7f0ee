// JSX types for the cds-* tags, as docs/installing.md shows: each tag takes React's HTML props,
// the element's own properties, and `oncds-*` event props (React 19 adds those as listeners).
import type { HTMLAttributes, RefAttributes } from 'react';
import type {
  CdsErrorEvent,
  CdsKpiGauge,
  CdsProvinceMap,
  CdsProvinceSelectEvent,
  CdsTargetTable,
} from '@cds-vn/elements';

type ElementProps<E, K extends keyof E> = Omit<HTMLAttributes<E>, K & string> &
  RefAttributes<E> &
  Partial<Pick<E, K>> & { 'oncds-error'?: (event: CdsErrorEvent) => void };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cds-kpi-gauge': ElementProps<CdsKpiGauge, 'indicator' | 'variant'>;
      'cds-target-table': ElementProps<CdsTargetTable, 'data'> & { 'table-id'?: string };
      'cds-province-map': ElementProps<CdsProvinceMap, 'data' | 'boundaries' | 'name' | 'unit'> & {
        'oncds-province-select'?: (event: CdsProvinceSelectEvent) => void;
      };
    }
  }
}
