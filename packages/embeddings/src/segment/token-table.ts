/**
 * Interned tokens: each distinct token string gets a small integer id, found from its char
 * codes (FNV-1a, open addressing) without building the string, which is made once, when the
 * token is first seen. The scanner (`token-ids.ts`) hands it ranges of a byte buffer (its
 * tokens' codes are all below 256); `internString` takes a string, and keeps one with a wider
 * character (which the scanner never makes) in a Map, numbered from the same count. A slot
 * holds the id, the hash, the length and the start of the token's codes in the pool side by
 * side, so a lookup touches two places, the slot and the pool (with the start and length kept
 * per id apart from the slot, three: about 6 % slower per token on DUC 2004 sentences).
 */
export class TokenTable {
  /** The token string of each id. */
  readonly strings: string[] = [];
  /** Slot s: [4s] = id + 1 (0: empty), [4s + 1] = the token's hash, [4s + 2] = its length, [4s + 3] = its start in `pool`. */
  private slots = new Int32Array(4096);
  private pool = new Uint8Array(4096);
  private poolUsed = 0;
  private scratch = new Uint8Array(64);
  private readonly wide = new Map<string, number>();

  /** Distinct tokens interned so far. */
  get size(): number {
    return this.strings.length;
  }

  /** Forgets every token (ids start again from 0). */
  clear(): void {
    this.strings.length = 0;
    this.wide.clear();
    this.slots.fill(0);
    this.poolUsed = 0;
  }

  /** Id of the token spelled by `codes[start..end)` (end > start). */
  intern(codes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ codes[i]!, 0x01000193);
    const { slots, pool } = this;
    const mask = (slots.length >> 2) - 1;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = slots[4 * slot]! - 1;
      if (e < 0) return this.add(slot, h, codes, start, len);
      if (slots[4 * slot + 1] !== h || slots[4 * slot + 2] !== len) continue;
      const at = slots[4 * slot + 3]! - start;
      let k = start;
      while (k < end && pool[at + k] === codes[k]) k++;
      if (k === end) return e;
    }
  }

  /** Id of a token given as a string. */
  internString(token: string): number {
    if (this.scratch.length < token.length) this.scratch = new Uint8Array(2 * token.length);
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      if (c > 255) return this.internWide(token);
      this.scratch[i] = c;
    }
    return this.intern(this.scratch, 0, token.length);
  }

  private internWide(token: string): number {
    let id = this.wide.get(token);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(token);
      this.wide.set(token, id);
    }
    return id;
  }

  private add(slot: number, h: number, codes: Uint8Array, start: number, len: number): number {
    const id = this.strings.length;
    while (this.poolUsed + len > this.pool.length) {
      const p = new Uint8Array(2 * this.pool.length);
      p.set(this.pool);
      this.pool = p;
    }
    const at = this.poolUsed;
    this.pool.set(codes.subarray(start, start + len), at);
    this.poolUsed += len;
    this.strings.push(stringOf(codes, start, start + len));
    const slots = this.slots;
    slots[4 * slot] = id + 1;
    slots[4 * slot + 1] = h;
    slots[4 * slot + 2] = len;
    slots[4 * slot + 3] = at;
    if (8 * (id + 1) > slots.length) this.rehash();
    return id;
  }

  /** Doubles the slots (load factor <= 0.5). */
  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    const mask = (slots.length >> 2) - 1;
    for (let s = 0; s < old.length; s += 4) {
      if (old[s] === 0) continue;
      let slot = old[s + 1]! & mask;
      while (slots[4 * slot] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(s, s + 4), 4 * slot);
    }
    this.slots = slots;
  }
}

/** The string of `codes[start..end)` (in chunks: a spread of a very long token would overflow the stack). */
function stringOf(codes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i += 4096) s += String.fromCharCode(...codes.subarray(i, Math.min(end, i + 4096)));
  return s;
}
