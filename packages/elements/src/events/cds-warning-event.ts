import type { DataError } from '@cds-vn/core';

/** Fired when an element shows its data but had to leave something out (e.g. an unknown province). */
export class CdsWarningEvent extends Event {
  static get eventName(): 'cds-warning' {
    return 'cds-warning';
  }
  readonly warnings: readonly DataError[];

  constructor(warnings: readonly DataError[]) {
    super(CdsWarningEvent.eventName, { bubbles: true, composed: true });
    this.warnings = warnings;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cds-warning': CdsWarningEvent;
  }
}
