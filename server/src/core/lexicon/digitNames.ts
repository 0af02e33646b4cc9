/**
 * Numbers with a slash that name an event rather than state a figure, the same in every script's
 * text: 9/11 and 26/11 (the attacks), 7/7 (the London bombings).
 */
export const DIGIT_NAMES: ReadonlySet<string> = new Set(['9/11', '26/11', '7/7']);
