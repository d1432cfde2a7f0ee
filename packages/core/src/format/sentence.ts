/** Text as a sentence opens. */

/** With a capital first letter: "Khoảng 38,3%…", where the figure's own word was "khoảng". */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
