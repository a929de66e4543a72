/** Max-heap of (score, index) for lazy greedy selection. */
export class MaxHeap {
  readonly #s: number[] = [];
  readonly #i: number[] = [];
  push(score: number, index: number): void {
    this.#s.push(score);
    this.#i.push(index);
    let k = this.#s.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (this.#s[p]! >= score) break;
      this.#swap(k, p);
      k = p;
    }
  }
  pop(): { score: number; index: number } | undefined {
    if (this.#s.length === 0) return undefined;
    const top = { score: this.#s[0]!, index: this.#i[0]! };
    const lastS = this.#s.pop()!;
    const lastI = this.#i.pop()!;
    if (this.#s.length > 0) {
      this.#s[0] = lastS;
      this.#i[0] = lastI;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < this.#s.length && this.#s[l]! > this.#s[m]!) m = l;
        if (r < this.#s.length && this.#s[r]! > this.#s[m]!) m = r;
        if (m === k) break;
        this.#swap(k, m);
        k = m;
      }
    }
    return top;
  }
  peek(): number {
    return this.#s[0] ?? Number.NEGATIVE_INFINITY;
  }
  #swap(a: number, b: number): void {
    [this.#s[a], this.#s[b]] = [this.#s[b]!, this.#s[a]!];
    [this.#i[a], this.#i[b]] = [this.#i[b]!, this.#i[a]!];
  }
}
