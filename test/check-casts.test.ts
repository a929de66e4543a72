import { describe, expect, it } from 'vitest';
import { scriptChecker } from './support/check-script.js';

const check = scriptChecker('check-casts.mjs');

describe('scripts/check-casts.mjs (pnpm lint)', () => {
  it('passes ordinary casts and as const, and counts them', () => {
    const r = check('ok.ts', "const xs = [1, 2];\nexport const a = xs[0] as number;\nexport const b = ['x'] as const;\nexport const c = <string>'y';\n");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/check-casts: 2 casts/);
  });

  it('fails as any and as never, naming the file and line', () => {
    const any = check('any.ts', 'declare const v: unknown;\nexport const a = v as any;\n');
    expect(any.code).toBe(1);
    expect(any.out).toMatch(/any\.ts:2: as any/);
    const never = check('never.ts', 'export function f(x: (n: number) => void, s: string): void {\n  x(s as never);\n}\n');
    expect(never.code).toBe(1);
    expect(never.out).toMatch(/never\.ts:2: as never/);
  });

  it('fails a double cast once, through parentheses, and an `as const` inside a cast does not make one', () => {
    const r = check('double.ts', "export const n = ('42' as unknown as number) + ((1 as unknown) as string).length;\n");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/double\.ts:1: double cast \(as unknown as number\)/);
    expect(r.out).toMatch(/double\.ts:1: double cast \(as unknown as string\)/);
    expect(r.out).toMatch(/2 risky cast\(s\)/);
    expect(check('const.ts', "export const k = ('a' as const) as string;\n").code).toBe(0);
  });
});
