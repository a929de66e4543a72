/** FNV-1a over UTF-16 code units: the hash the pack's lookup table is built with. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Smallest power of two >= 2 * n (load factor <= 0.5). */
export function tableSizeFor(n: number): number {
  let size = 1;
  while (size < n * 2) size *= 2;
  return size;
}

/**
 * Open-addressing table (linear probing) of row indices, -1 for empty slots. The first row of
 * a repeated word wins.
 */
export function buildWordTable(size: number, wordAt: (row: number) => string): Int32Array {
  const table = new Int32Array(tableSizeFor(size)).fill(-1);
  const mask = table.length - 1;
  for (let row = 0; row < size; row++) {
    const w = wordAt(row);
    let slot = hashWord(w) & mask;
    for (;;) {
      const r = table[slot]!;
      if (r === -1) {
        table[slot] = row;
        break;
      }
      if (wordAt(r) === w) break;
      slot = (slot + 1) & mask;
    }
  }
  return table;
}
