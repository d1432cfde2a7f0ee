/** CSV as Excel reads it: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark. */

const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @ or a control character
 * and has more after it) gets a leading apostrophe: data must never become code, in a page or
 * in Excel. A lone "-", as the reports print for "no figure", stays as it is.
 */
function neutralise(cell: string): string {
  return /^[=+\-@\t\r]./s.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  // A no-break space keeps "điểm %" on one line on screen; a spreadsheet wants a plain one.
  const safe = neutralise(cell.replace(/\u00a0/g, ' '));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Saves `text` as a file through an object URL: no network, nothing leaves the page. */
export function downloadText(
  text: string,
  fileName: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.click();
  // The download has started by the time the click returns; the next task may free the blob.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
