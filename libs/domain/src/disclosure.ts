/**
 * Figures Lianbao publishes about people's answers (satisfaction) are shown only over enough
 * answers that no one person's can be read from them: below MIN_PUBLIC_COUNT the figure is
 * withheld (null) and the count is still given, so a reader knows why.
 */
export const MIN_PUBLIC_COUNT = 5;

export const disclosed = <T>(count: number, value: T): T | null => (count >= MIN_PUBLIC_COUNT ? value : null);
