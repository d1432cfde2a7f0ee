import { dataError, parseJsonDeferred, type Result } from '@cds-vn/core';

const inflight = new Map<string, Promise<Result<unknown>>>();

/**
 * One request per URL for the whole page: twenty widgets on one dataset share one download.
 * Failures are not cached, so a later attempt can succeed.
 */
export function fetchJson(url: string): Promise<Result<unknown>> {
  let absolute: string;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    // src="http://[": no request can be made, so say so like any failed download.
    return Promise.resolve(failed(url, 'URL không hợp lệ', 'invalid URL'));
  }
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

/** "Không tải được <url>: <why>" as a failed Result, the path being the `src` attribute. */
function failed(url: string, vi: string, en: string): Result<unknown> {
  return {
    ok: false,
    errors: [
      dataError(
        'fetch-failed',
        'src',
        `Không tải được ${url}: ${vi}`,
        `Could not load ${url}: ${en}`,
      ),
    ],
  };
}

async function load(url: string): Promise<Result<unknown>> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return failed(url, `HTTP ${response.status}`, `HTTP ${response.status}`);
    return await parseJsonDeferred(await response.text());
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failed(url, detail, detail);
  }
}
