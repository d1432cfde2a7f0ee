import {
  CSSResult,
  LitElement,
  unsafeCSS,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { dataError, type DataError, type Locale } from '@cds-vn/core';
import { CdsErrorEvent } from '../events/cds-error-event.js';
import { renderErrorPanel } from './error-panel.js';
import { localeOf, onLangChange } from './locale-observer.js';
import { registerBaseSize } from './base-size.js';
import { darkTheme, lightDarkSupported, lightOnly } from './light-dark.js';
import { srOnly, tokens } from '../styles/tokens.js';
import { errorPanelStyles } from '../styles/error-panel.styles.js';

/**
 * The shared base of every `cds-*` element: locale resolution and the error contract. An
 * element computes `errors` in `willUpdate`; while there are any, the base renders the error
 * panel in the element's language instead of the content and fires `cds-error` once per new
 * set of errors.
 */
export abstract class CdsElement extends LitElement {
  static override get styles(): CSSResultOrNative[] {
    return [tokens, srOnly, errorPanelStyles];
  }
  /**
   * Where `light-dark()` is unknown, each pair's light colour or, under `theme="dark"`, its
   * dark one, over the element's own surface (see light-dark.ts).
   */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    const sheets = super.finalizeStyles(styles);
    if (lightDarkSupported) return sheets;
    const text = sheets.map((s) => (s instanceof CSSResult ? s.cssText : '')).join('');
    return [
      ...sheets.map((s) => (s instanceof CSSResult ? unsafeCSS(lightOnly(s.cssText)) : s)),
      unsafeCSS(`:host{background-color:var(--_surface)}${darkTheme(text)}`),
    ];
  }
  static override get properties(): PropertyDeclarations {
    return { theme: { reflect: true } };
  }

  /**
   * `light` or `dark`: these colours on screen whatever the page's colour scheme (printing is
   * always light); default: the page's scheme where `light-dark()` is supported, else light. Any
   * other value is an error (the error panel and `cds-error`).
   */
  theme?: string;

  // Not a reactive property: it is resolved in `willUpdate`, and a `lang` change anywhere
  // requests the update itself.
  /** The resolved language: own `lang`, closest ancestor's, the document's, then vi. */
  protected locale: Locale = 'vi';

  /** Set in `willUpdate`; a non-empty list replaces the content with the error panel. */
  protected errors: readonly DataError[] = [];

  /**
   * Set in `willUpdate` while bad data is having its errors worded (a moment): the element's
   * own errors (attributes) wait for them, so the panel appears once, whole, with one `cds-error`.
   */
  protected errorsPending = false;

  private announced = '';
  private stopLangWatch: (() => void) | undefined;

  override connectedCallback(): void {
    registerBaseSize();
    super.connectedCallback();
    this.stopLangWatch = onLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLangWatch?.();
    this.stopLangWatch = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.locale = localeOf(this);
  }

  protected override update(changed: PropertyValues): void {
    // Here, after every element's willUpdate has set its errors: only the stylesheet reads
    // `theme`, and it would ignore another word without a sign.
    const theme = this.theme;
    if (
      theme &&
      theme !== 'light' &&
      theme !== 'dark' &&
      !this.errors.some((e) => e.path === 'theme')
    )
      this.errors = [
        ...this.errors,
        dataError(
          'invalid-attribute',
          'theme',
          `theme="${theme}" không hợp lệ; dùng: light, dark`,
          `theme="${theme}" is not valid; use: light, dark`,
        ),
      ];
    super.update(changed);
  }

  protected override render(): TemplateResult | unknown {
    return this.errors.length && !this.errorsPending
      ? renderErrorPanel(this.errors, this.locale)
      : this.renderContent();
  }

  /** The element's own content, rendered when there are no errors. */
  protected abstract renderContent(): TemplateResult | unknown;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.errorsPending) return;
    // Compare by content: re-deriving the same errors on a re-render must not fire again.
    const key = this.errors.map((e) => `${e.code}|${e.path}|${e.message.en}`).join('\n');
    if (key !== this.announced) {
      this.announced = key;
      if (this.errors.length) this.dispatchEvent(new CdsErrorEvent(this.errors, this.locale));
    }
  }
}
