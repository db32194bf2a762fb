/** Shorthands for writing the items' data; not exported from the package. */
import type { ServiceMaterial, ServiceTimeLimit } from './types';

interface Limit {
  timeLimit: ServiceTimeLimit;
  timeLimitText: string;
}

type MaterialExtras = Omit<ServiceMaterial, 'name' | 'required'>;

/** 即时办结 and the like */
export const immediate = (text: string): Limit => ({
  timeLimit: { kind: 'immediate' },
  timeLimitText: text,
});

/** N 个工作日 */
export const workingDays = (days: number, text: string): Limit => ({
  timeLimit: { kind: 'workingDays', days },
  timeLimitText: text,
});

/** any other wording, e.g. 当月申请，次月生效。 */
export const limitText = (text: string): Limit => ({
  timeLimit: { kind: 'text', text },
  timeLimitText: text,
});

/** a required material */
export const need = (name: string, extras: MaterialExtras = {}): ServiceMaterial => ({
  name,
  required: true,
  ...extras,
});

/** a material the guide makes conditional */
export const ifNeeded = (name: string, extras: MaterialExtras = {}): ServiceMaterial => ({
  name,
  required: false,
  ...extras,
});

/** the materials the guide lists under one heading */
export const group = (
  heading: string,
  required: boolean,
  materials: readonly (string | ServiceMaterial)[],
): ServiceMaterial[] =>
  materials.map((m) =>
    typeof m === 'string' ? { name: m, required, group: heading } : { ...m, group: heading },
  );
