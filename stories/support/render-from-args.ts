/**
 * The default render of every element's stories: one element built from the story's args, as a
 * page author would write it. Args are keyed the way Storybook reads them from the
 * custom-elements manifest (see .storybook/preview.ts): attributes by attribute name
 * (`indicator-id`), properties as `.indicator`, CSS custom properties by name, slots as
 * `slot="title"`, events as actions.
 */
import type { Args, StoryContext } from '@storybook/web-components-vite';

interface ManifestArgType {
  readonly table?: { readonly category?: string };
  readonly action?: { readonly name?: string } | string;
}

const camelCase = (name: string): string =>
  name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

export function renderFromArgs(args: Args, context: StoryContext): HTMLElement {
  const tag = context.component;
  if (typeof tag !== 'string') throw new Error('renderFromArgs needs `component` in the meta');
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(args)) {
    const argType = context.argTypes[key] as ManifestArgType | undefined;
    const action = argType?.action;
    if (action && typeof value === 'function') {
      const event = typeof action === 'string' ? action : action.name;
      if (event) el.addEventListener(event, value as EventListener);
      continue;
    }
    if (value === undefined || value === null || value === '' || value === false) continue;
    switch (argType?.table?.category) {
      case 'attributes':
        if (typeof value === 'object') Object.assign(el, { [camelCase(key)]: value });
        else el.setAttribute(key, value === true ? '' : String(value));
        break;
      case 'properties':
        Object.assign(el, { [key.replace(/^\./, '')]: value });
        break;
      case 'css custom properties':
        el.style.setProperty(key, String(value));
        break;
      case 'slots': {
        const slot = /^slot="(.*)"$/.exec(key)?.[1];
        const content = document.createElement('span');
        if (slot) content.slot = slot;
        content.textContent = String(value); // text, never HTML
        el.append(content);
        break;
      }
      default:
        break; // story-only args (a width, a frame) are read by the story's decorators
    }
  }
  return el;
}
