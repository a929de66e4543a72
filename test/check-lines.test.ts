import { describe, expect, it } from 'vitest';
import { scriptChecker } from './support/check-script.js';

const check = scriptChecker('check-lines.mjs');

describe('scripts/check-lines.mjs (pnpm lint)', () => {
  it('fails on a line over 160 characters and names it', () => {
    const r = check('long.ts', `export const a = 1;\nexport const text = '${'word '.repeat(40)}';\n`);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/long\.ts:2: 2\d\d characters/);
  });

  it('passes lines of 160 characters, and counts characters, not bytes', () => {
    expect(check('edge.ts', `// ${'x'.repeat(157)}\n`).code).toBe(0);
    // 100 Chinese characters are 300 bytes but 100 characters
    expect(check('cjk.ts', `export const zh = '${'河'.repeat(100)}';\n`).code).toBe(0);
  });
});
