/** Type guards for values from outside (options, JSON): they narrow by checking, never by a cast. */

/** True for a non-null object (not an array): its keys can be read as unknowns. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A guard for membership in a fixed list of strings: `memberOf(BUDGET_KINDS)(k)` narrows k to a kind. */
export function memberOf<T extends string>(list: readonly T[]): (value: string) => value is T {
  const set: ReadonlySet<string> = new Set(list);
  return (value): value is T => set.has(value);
}
