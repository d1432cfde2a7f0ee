// The public API of every element, read from the custom-elements manifest
// (packages/elements/custom-elements.json, made by `npm run manifest`). The analyzer also lists
// what a page author cannot use — private and protected members, the base class's `locale`
// state, events it inferred from `dispatchEvent` calls without a name or a `@fires` line — so
// Storybook's controls and docs tables and docs/elements.md all read this cleaned view instead.

const isPublic = (m) => !m.static && (m.privacy === undefined || m.privacy === 'public');

/** Each custom element's declaration with only its public API, sorted by tag name. */
export function publicElements(manifest) {
  const declarations = manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => ({ ...d, modulePath: mod.path })),
  );
  return declarations
    .map((d) => {
      const members = d.members ?? [];
      const hidden = new Set(members.filter((m) => !isPublic(m)).map((m) => m.name));
      const seenEvents = new Set();
      return {
        ...d,
        // The analyzer puts the whole JSDoc text in `summary`; Storybook shows `description`.
        description: d.description || d.summary || '',
        members: members.filter((m) => isPublic(m) && !m.name.startsWith('_')),
        attributes: (d.attributes ?? []).filter((a) => !a.fieldName || !hidden.has(a.fieldName)),
        events: (d.events ?? []).filter((e) => {
          if (!e.name || !e.description || seenEvents.has(e.name)) return false;
          seenEvents.add(e.name);
          return true;
        }),
        slots: d.slots ?? [],
        cssParts: d.cssParts ?? [],
        cssProperties: d.cssProperties ?? [],
      };
    })
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The manifest with every element reduced to its public API, for Storybook. Properties, parts
 * and slots get names of their own (`.indicatorId`, `::part(label)`, `slot="title"`): Storybook
 * keys its args by name, so a part called `label` would otherwise replace the gauge's `label`
 * attribute, and the `period` attribute would hide the `period` property.
 */
export function publicManifest(manifest) {
  const byTag = new Map(publicElements(manifest).map((d) => [d.tagName, d]));
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: (mod.declarations ?? []).map((d) => {
        const pub = d.customElement && d.tagName ? byTag.get(d.tagName) : undefined;
        if (!pub) return d;
        return {
          ...pub,
          members: pub.members.map((m) => ({ ...m, name: `.${m.name}` })),
          slots: pub.slots.map((s) => ({ ...s, name: s.name ? `slot="${s.name}"` : '(default)' })),
          cssParts: pub.cssParts.map((p) => ({ ...p, name: `::part(${p.name})` })),
        };
      }),
    })),
  };
}
