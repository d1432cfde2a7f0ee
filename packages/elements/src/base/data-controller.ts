import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  dataError,
  parseIndicatorData,
  parseJson,
  type Dataset,
  type DataError,
  type Result,
} from '@cds-vn/core';
import { fetchJson } from './fetch-json.js';

export type DataState<T> =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly value: T }
  | { readonly kind: 'error'; readonly errors: readonly DataError[] };

export interface DataInput {
  /** The JS property, or the raw text of the JSON attribute (both land in one Lit property). */
  readonly value: unknown;
  readonly src?: string | null | undefined;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * The one data path every element shares, in priority order: the property, the JSON attribute,
 * an inline `<script type="application/json">` child (for CMSs that mangle long attributes),
 * then `src` (fetched once per URL for the whole page; when `src` changes, the last one wins).
 */
export class DataController<T = Dataset> implements ReactiveController {
  state: DataState<T> = { kind: 'empty' };
  private inline: string | undefined;
  private observer: MutationObserver | undefined;
  private lastValue: unknown = undefined;
  private lastInline: string | undefined;
  private lastSrc: string | undefined;
  private request = 0;
  private dirty = true;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parse: (raw: unknown) => Result<T> = parseIndicatorData as unknown as (
      raw: unknown,
    ) => Result<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    // A CMS may insert or edit the inline JSON after the element upgrades.
    this.observer = new MutationObserver(() => {
      if (this.readInline()) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.request++; // a response arriving after removal is dropped
  }

  /** Re-parses everything (e.g. after the parse function's own inputs changed). */
  invalidate(): void {
    this.dirty = true;
  }

  /** Call from `willUpdate`. Cheap when nothing changed. */
  resolve(input: DataInput): DataState<T> {
    const src = input.src?.trim() || undefined;
    if (
      !this.dirty &&
      input.value === this.lastValue &&
      this.inline === this.lastInline &&
      src === this.lastSrc
    ) {
      return this.state;
    }
    this.dirty = false;
    this.lastValue = input.value;
    this.lastInline = this.inline;
    this.lastSrc = src;
    const ticket = ++this.request;
    if (input.value !== undefined && input.value !== null && input.value !== '') {
      this.state = this.fromRaw(
        typeof input.value === 'string' ? parseJson(input.value) : { ok: true, value: input.value },
      );
    } else if (this.inline !== undefined) {
      this.state = this.fromRaw(parseJson(this.inline));
    } else if (src) {
      this.state = { kind: 'loading' };
      void fetchJson(src).then((raw) => {
        if (ticket !== this.request) return;
        this.state = this.fromRaw(raw);
        this.host.requestUpdate();
      });
    } else {
      this.state = { kind: 'empty' };
    }
    return this.state;
  }

  private fromRaw(raw: Result<unknown>): DataState<T> {
    if (!raw.ok) return { kind: 'error', errors: raw.errors };
    try {
      const parsed = this.parse(raw.value);
      return parsed.ok
        ? { kind: 'ready', value: parsed.value }
        : { kind: 'error', errors: parsed.errors };
    } catch (e) {
      // A bug in a parser must still end in a visible error, never an exception out of Lit.
      const detail = e instanceof Error ? e.message : String(e);
      return {
        kind: 'error',
        errors: [
          dataError(
            'invalid-data',
            '',
            `Lỗi xử lý dữ liệu: ${detail}`,
            `Could not process the data: ${detail}`,
          ),
        ],
      };
    }
  }

  private readInline(): boolean {
    const script = this.host.querySelector<HTMLScriptElement>(INLINE_SELECTOR);
    const text = script?.textContent ?? undefined;
    const changed = text !== this.inline;
    this.inline = text;
    return changed;
  }
}
