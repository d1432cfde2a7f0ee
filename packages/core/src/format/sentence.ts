/** Text as a sentence opens, continues and quotes it. */

/** With a capital first letter: "Khoảng 38,3%…", where the figure's own word was "khoảng". */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** With a small first letter, inside a sentence: "…; chưa hoàn thành", "(so với kết quả…)". */
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A report's words as a sentence quotes them before more of its own: without the full stop that
 * closed them ("…qua VneID: Đạt", not "…qua VneID.: Đạt"). An ellipsis or a stop after anything
 * but a letter, a digit or a bracket stays.
 */
export const withoutStop = (text: string): string => text.replace(/([\p{L}\p{N})])\.$/u, '$1');
