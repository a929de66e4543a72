import { describe, expect, it } from 'vitest';
import { createRandom, randomIndex } from './random.js';

describe('createRandom', () => {
  it('is deterministic for a seed', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
  });

  it('gives different sequences for different seeds', () => {
    expect(createRandom(1)()).not.toBe(createRandom(2)());
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const random = createRandom(7);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 20_000).toBeCloseTo(0.5, 1);
  });

  it('takes the seed modulo 2^32', () => {
    const a = createRandom(2 ** 32 + 5);
    const b = createRandom(5);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('randomIndex', () => {
  it('covers 0..n-1', () => {
    const random = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(randomIndex(random, 4));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });
});
