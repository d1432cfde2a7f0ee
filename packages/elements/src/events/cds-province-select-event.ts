import type { BoundarySet } from '@cds-vn/core';

export interface ProvinceSelection {
  /** GSO code of the unit in the map's boundary set. */
  readonly code: string;
  /** Its official short name ('Đà Nẵng'). */
  readonly name: string;
  /** Its value on a numeric map; undefined without one. */
  readonly value: number | undefined;
  /** Ids of its categories on a categorical map. */
  readonly categories: readonly string[];
  readonly boundaries: BoundarySet;
}

/**
 * Fired when a person selects a province (click, Enter or Space). Cancelable: calling
 * `preventDefault()` keeps the previous selection.
 */
export class CdsProvinceSelectEvent extends Event implements ProvinceSelection {
  static get eventName(): 'cds-province-select' {
    return 'cds-province-select';
  }
  readonly code: string;
  readonly name: string;
  readonly value: number | undefined;
  readonly categories: readonly string[];
  readonly boundaries: BoundarySet;

  constructor(selection: ProvinceSelection) {
    super(CdsProvinceSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.code = selection.code;
    this.name = selection.name;
    this.value = selection.value;
    this.categories = selection.categories;
    this.boundaries = selection.boundaries;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cds-province-select': CdsProvinceSelectEvent;
  }
}
