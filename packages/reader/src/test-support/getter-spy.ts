/**
 * Counts what a DOM getter hands out while `run` runs, on `sample`'s prototype chain (linkedom's
 * getters build their value on every read: `childNodes` and `children` list every child,
 * `textContent` joins the whole subtree's text), so a test bounds the work without timing it.
 * `measure` turns each value read into the amount counted (1 a read, or its length).
 */
export function countGetterReads(sample: object | undefined, names: readonly string[], run: () => void, measure: (value: unknown) => number = () => 1): number {
  let total = 0;
  const restore: (() => void)[] = [];
  for (let proto = sample === undefined ? null : Object.getPrototypeOf(sample); proto !== null; proto = Object.getPrototypeOf(proto)) {
    for (const name of names) {
      const own = Object.getOwnPropertyDescriptor(proto, name);
      const get = own?.get;
      if (own === undefined || get === undefined) continue;
      Object.defineProperty(proto, name, {
        ...own,
        get(this: unknown) {
          const value: unknown = get.call(this);
          total += measure(value);
          return value;
        },
      });
      restore.push(() => Object.defineProperty(proto, name, own));
    }
  }
  try {
    run();
  } finally {
    for (const r of restore) r();
  }
  return total;
}
