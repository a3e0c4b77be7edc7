/**
 * Semantic colour tokens for every screen. Components ask for a token ("ok", "refused"), never
 * for a colour name, so the counter can be recoloured here alone. Colour is never the only
 * signal: every token used for a state is paired with a symbol and a word in text.ts.
 */

/** What a colour means on screen. */
export type Tone =
  | 'ok'
  | 'warn'
  | 'refused'
  | 'info'
  | 'muted'
  | 'accent'
  | 'requested'
  | 'volumes'
  | 'loose'
  | 'found'
  | 'filled';

/** Ink colour names (chalk names) by tone. */
export const COLOURS = {
  ok: 'green',
  warn: 'yellow',
  refused: 'red',
  info: 'cyan',
  muted: 'gray',
  accent: 'blueBright',
  requested: 'magentaBright',
  volumes: 'cyanBright',
  loose: 'blueBright',
  found: 'yellowBright',
  filled: 'greenBright',
} as const satisfies Record<Tone, string>;

/** Text colour on a filled banner of each tone (for contrast). */
export const ON_COLOURS = {
  ok: 'black',
  warn: 'black',
  refused: 'white',
  info: 'black',
  muted: 'black',
  accent: 'black',
  requested: 'black',
  volumes: 'black',
  loose: 'black',
  found: 'black',
  filled: 'black',
} as const satisfies Record<Tone, string>;

/** True when colour output is wanted (the NO_COLOR convention turns it off). */
export function colourEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NO_COLOR === undefined || env.NO_COLOR === '';
}

/** The colour for a tone, or undefined when colour is off. */
export function colourOf(tone: Tone, enabled: boolean = colourEnabled()): string | undefined {
  return enabled ? COLOURS[tone] : undefined;
}

/** The text colour on a banner of `tone`, or undefined when colour is off. */
export function onColourOf(tone: Tone, enabled: boolean = colourEnabled()): string | undefined {
  return enabled ? ON_COLOURS[tone] : undefined;
}
