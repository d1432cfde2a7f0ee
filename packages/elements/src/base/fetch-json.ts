import { dataError, parseJson, type Result } from '@cds-vn/core';

const inflight = new Map<string, Promise<Result<unknown>>>();

/**
 * One request per URL for the whole page: twenty widgets on one dataset share one download.
 * Failures are not cached, so a later attempt can succeed.
 */
export function fetchJson(url: string): Promise<Result<unknown>> {
  const absolute = new URL(url, document.baseURI).href;
  let pending = inflight.get(absolute);
  if (!pending) {
    pending = load(absolute);
    inflight.set(absolute, pending);
    void pending.then((r) => {
      if (!r.ok) inflight.delete(absolute);
    });
  }
  return pending;
}

/** Forgets cached responses (tests; or a portal that knows its data changed). */
export function clearFetchCache(): void {
  inflight.clear();
}

async function load(url: string): Promise<Result<unknown>> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      return {
        ok: false,
        errors: [
          dataError(
            'fetch-failed',
            'src',
            `Không tải được ${url} (HTTP ${response.status})`,
            `Could not load ${url} (HTTP ${response.status})`,
          ),
        ],
      };
    }
    return parseJson(await response.text());
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [
        dataError(
          'fetch-failed',
          'src',
          `Không tải được ${url}: ${detail}`,
          `Could not load ${url}: ${detail}`,
        ),
      ],
    };
  }
}
