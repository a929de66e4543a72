/**
 * Numbers for pairs of small non-negative integers (open addressing, linear probing): `id(a, b)`
 * is 0 for the first pair met, 1 for the next new one, and the same number for a pair met
 * again. A Map keyed on a * 2^21 + b would box every key past 2^31 (a heap number per lookup).
 */
export class PairTable {
  private first: Int32Array;
  private second: Int32Array;
  private value: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < 2 * expected) capacity *= 2;
    this.first = new Int32Array(capacity).fill(-1);
    this.second = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The pair's number, a new one (this.size before the call) the first time. */
  id(a: number, b: number): number {
    if (2 * (this.size + 1) > this.first.length) this.grow();
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask;
    for (;;) {
      const f = this.first[slot]!;
      if (f === -1) {
        this.first[slot] = a;
        this.second[slot] = b;
        this.value[slot] = this.size;
        return this.size++;
      }
      if (f === a && this.second[slot] === b) return this.value[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { first, second, value } = this;
    this.first = new Int32Array(2 * first.length).fill(-1);
    this.second = new Int32Array(2 * first.length);
    this.value = new Int32Array(2 * first.length);
    this.mask = this.first.length - 1;
    for (let s = 0; s < first.length; s++) {
      if (first[s] === -1) continue;
      let slot = (Math.imul(first[s]!, 0x9e3779b1) ^ Math.imul(second[s]!, 0x85ebca6b)) & this.mask;
      while (this.first[slot] !== -1) slot = (slot + 1) & this.mask;
      this.first[slot] = first[s]!;
      this.second[slot] = second[s]!;
      this.value[slot] = value[s]!;
    }
  }
}
