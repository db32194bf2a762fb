/** A rejected input together with the Chinese message shown to the user. */
export interface Invalid {
  ok: false;
  message: string;
}

/** The outcome of validating an identifier: its canonical spelling, or why it was rejected. */
export type NormalizedResult = { ok: true; normalized: string } | Invalid;

export const invalid = (message: string): Invalid => ({ ok: false, message });
