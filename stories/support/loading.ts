/**
 * A `src` whose request never answers, so a story can show an element's loading state. Only
 * this one URL is held back; every other request goes through. No request leaves the page, so
 * the Storybook test (which waits for the network to go quiet) is not kept waiting.
 */
export const LOADING_SRC = '/seeds/loading-forever.json';

const installed = Symbol.for('cds-stories-pending-fetch');
type Patched = typeof globalThis & { [installed]?: true };

if (!(globalThis as Patched)[installed]) {
  (globalThis as Patched)[installed] = true;
  const fetchThrough = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    return new URL(url, document.baseURI).pathname === LOADING_SRC
      ? new Promise<Response>(() => {})
      : fetchThrough(input, init);
  };
}
