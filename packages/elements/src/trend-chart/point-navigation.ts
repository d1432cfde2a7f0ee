/**
 * Keyboard movement between the chart's stops, as a pure function of the key: the element
 * only applies the result. `undefined` means "no stop selected" (Escape); `null` means the
 * key is not ours and must be left to the page.
 */
export function nextSlot(
  current: number | undefined,
  key: string,
  count: number,
): number | undefined | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return current === undefined ? 0 : Math.min(current + 1, last);
    case 'ArrowLeft':
    case 'ArrowDown':
      return current === undefined ? last : Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'Escape':
      return current === undefined ? null : undefined;
    default:
      return null;
  }
}
