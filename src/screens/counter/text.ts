import { safeText } from '../../domain/safe-text.js';

/** Counter strings for the out-guide slip (the rest of the counter's text is in src/theme). */
export const OUT_GUIDE_TEXT = {
  /**
   * The amber notice when a slip did not print (the scan itself was written), cut to one line
   * of `width` columns: Ink's own truncation mis-measures this row inside the counter layout.
   */
  notPrinted: (why: string, width: number) => {
    const text = `⚠ Out-guide slip not printed: ${safeText(why)}`;
    return [...text].length <= width ? text : `${[...text].slice(0, width - 1).join('')}…`;
  },
} as const;
