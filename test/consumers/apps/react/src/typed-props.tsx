// Type-checked only (never rendered): the tags' props have the elements' own types, so a
// mistake fails `tsc`. Each @ts-expect-error fails the check too if its line compiles.
import type { CdsErrorEvent, CdsProvinceSelectEvent } from '@cds-vn/elements';

export function TypedProps() {
  return (
    <>
      <cds-kpi-gauge variant="bullet" value={54.34} fit indicator-id="ho-so" as-of="2023-02-25" />
      <cds-target-table table-id="t" page-size={20} hide-toolbar fit />
      <cds-province-map
        boundaries="vn-34"
        oncds-province-select={(e: CdsProvinceSelectEvent) => e.code}
        oncds-error={(e: CdsErrorEvent) => e.path}
      />
      <cds-indicator-card fit heading-level="3" change-format="absolute" />
      <cds-status-badge detailed />
      <cds-trend-chart indicator-ids="a b" show-table no-animation />
      {/* @ts-expect-error: a gauge's variant is semi, ring or bullet */}
      <cds-kpi-gauge variant="square" />
      {/* @ts-expect-error: fit is a boolean */}
      <cds-indicator-card fit="yes" />
      {/* @ts-expect-error: the map's boundary sets are vn-63 and vn-34 */}
      <cds-province-map boundaries="vn-64" />
      {/* @ts-expect-error: a province selection is not an error */}
      <cds-province-map oncds-province-select={(e: CdsErrorEvent) => e.path} />
      {/* @ts-expect-error: a page size is a number or "all", not a boolean */}
      <cds-target-table page-size={true} />
    </>
  );
}
