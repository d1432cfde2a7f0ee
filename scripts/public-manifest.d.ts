/** A custom element's declaration in the manifest, reduced to its public API. */
export interface PublicElement {
  readonly tagName: string;
  readonly name: string;
  readonly description: string;
  readonly summary?: string;
  readonly modulePath: string;
  readonly members: readonly ManifestItem[];
  readonly attributes: readonly ManifestItem[];
  readonly events: readonly ManifestItem[];
  readonly slots: readonly ManifestItem[];
  readonly cssParts: readonly ManifestItem[];
  readonly cssProperties: readonly ManifestItem[];
}
export interface ManifestItem {
  readonly name: string;
  readonly kind?: string;
  readonly description?: string;
  readonly type?: { readonly text: string };
  readonly default?: string;
  readonly fieldName?: string;
  readonly attribute?: string;
  readonly privacy?: string;
  readonly static?: boolean;
}
export interface Manifest {
  readonly schemaVersion: string;
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly object[] }[];
}
export declare function publicElements(manifest: Manifest): PublicElement[];
export declare function publicManifest(manifest: Manifest): Manifest;
