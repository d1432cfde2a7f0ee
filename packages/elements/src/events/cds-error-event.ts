import type { DataError, DataErrorCode } from '@cds-vn/core';

/**
 * Fired when an element cannot show its data. `message` is in the element's language; `errors`
 * lists every problem found (a table lists every bad row), each with the path of the bad field.
 */
export class CdsErrorEvent extends Event {
  static get eventName(): 'cds-error' {
    return 'cds-error';
  }
  readonly code: DataErrorCode;
  readonly message: string;
  readonly path: string;
  readonly errors: readonly DataError[];

  constructor(errors: readonly DataError[], locale: 'vi' | 'en') {
    super(CdsErrorEvent.eventName, { bubbles: true, composed: true });
    const first = errors[0];
    this.code = first?.code ?? 'invalid-data';
    this.message = first ? first.message[locale] : '';
    this.path = first?.path ?? '';
    this.errors = errors;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cds-error': CdsErrorEvent;
  }
}
