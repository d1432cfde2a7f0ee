import type { VietnamTopology } from './types.js';

let pending: Promise<VietnamTopology> | undefined;

/**
 * The topology, fetched on first use as its own chunk (about 8 kB brotli): pages that never
 * draw a map never download it. One request per page; a failed one may be retried.
 */
export function loadTopology(): Promise<VietnamTopology> {
  if (!pending) {
    const request = import('./data/vietnam-topology.js').then((m) => m.default);
    pending = request;
    request.catch(() => {
      if (pending === request) pending = undefined;
    });
  }
  return pending;
}
