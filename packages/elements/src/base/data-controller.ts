import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  dataError,
  parseIndicatorDataDeferred,
  parseJsonDeferred,
  type Dataset,
  type DataError,
  type Result,
} from '@cds-vn/core';
import { fetchJson } from './fetch-json.js';

export type DataState<T> =
  | { readonly kind: 'empty' }
  /** `describing`: the data is known to be bad; its errors are being worded (a moment). */
  | { readonly kind: 'loading'; readonly describing?: true }
  | { readonly kind: 'ready'; readonly value: T }
  | { readonly kind: 'error'; readonly errors: readonly DataError[] };

export interface DataInput {
  /** The JS property, or the raw text of the JSON attribute (both land in one Lit property). */
  readonly value: unknown;
  readonly src?: string | null | undefined;
}

/** Raw JSON → the element's data; may answer later (a Promise), the state is `loading` meanwhile. */
type Parse<T> = (raw: unknown) => Result<T> | Promise<Result<T>>;

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * What the default parse made of an object, shared by every element given the same one: twenty
 * widgets on one dataset (one `src`, or one object as a property) parse it once. Only answers
 * reached at once are kept (bad data answers later, after loading its words). Elements only read
 * the data, never change it; and, as before, an object changed in place is not a new input.
 */
const parsedObjects = new WeakMap<object, Result<Dataset>>();

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

  /** The default parse answers bad data later: it loads the words for its errors first. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parse: Parse<T> = parseIndicatorDataDeferred as unknown as Parse<T>,
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
    // Removed while loading (a fetch, or the words for its errors): start over now it is back.
    if (this.dirty) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.request++; // a response arriving after removal is dropped
    if (this.state.kind === 'loading') this.dirty = true;
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
      this.state = this.fromRaw(input.value, ticket);
    } else if (this.inline !== undefined) {
      this.state = this.fromRaw(this.inline, ticket);
    } else if (src) {
      this.state = { kind: 'loading' };
      void fetchJson(src).then((raw) => {
        if (ticket === this.request)
          this.settle(
            raw.ok ? this.fromRaw(raw.value, ticket, false) : { kind: 'error', errors: raw.errors },
            ticket,
          );
      });
    } else {
      this.state = { kind: 'empty' };
    }
    return this.state;
  }

  /** Loading until the wording of the data's problems has arrived, then its state. */
  private describe(pending: Promise<Result<T>>, ticket: number): DataState<T> {
    void pending.then(stateOf, failed).then((state) => this.settle(state, ticket));
    return { kind: 'loading', describing: true };
  }

  /** Takes a state reached after an await, unless a newer input has replaced this one. */
  private settle(state: DataState<T>, ticket: number): void {
    if (ticket !== this.request) return;
    this.state = state;
    this.host.requestUpdate();
  }

  /** `input`: the data, or (unless `json` is false) a string of JSON text. */
  private fromRaw(input: unknown, ticket: number, json = true): DataState<T> {
    if (json && typeof input === 'string') {
      const raw = parseJsonDeferred(input);
      // Broken JSON: its wording (what to change) loads on this first need.
      if (raw instanceof Promise) return this.describe(raw, ticket);
      if (!raw.ok) return stateOf(raw);
      input = raw.value;
    }
    // Only the default parse is known to depend on nothing but its input.
    const key =
      this.parse === (parseIndicatorDataDeferred as unknown) && typeof input === 'object'
        ? input
        : null;
    const known = key && (parsedObjects.get(key) as Result<T> | undefined);
    if (known) return stateOf(known);
    try {
      const parsed = this.parse(input);
      if (parsed instanceof Promise) return this.describe(parsed, ticket);
      if (key) parsedObjects.set(key, parsed as Result<unknown> as Result<Dataset>);
      return stateOf(parsed);
    } catch (e) {
      return failed(e);
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

/** Whether an element should hold its own errors back until the data's arrive with them. */
export function describing(state: DataState<unknown>): boolean {
  return state.kind === 'loading' && state.describing === true;
}

function stateOf<T>(parsed: Result<T>): DataState<T> {
  return parsed.ok
    ? { kind: 'ready', value: parsed.value }
    : { kind: 'error', errors: parsed.errors };
}

/** A bug in a parser must still end in a visible error, never an exception out of Lit. */
function failed(e: unknown): DataState<never> {
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
