import { describe, expect, it } from 'vitest';
import { scriptChecker } from './support/check-script.js';

const check = scriptChecker('check-sizes.mjs');
const body = (n: number): string => Array.from({ length: n }, (_, i) => `  total += ${i};`).join('\n');
/** A function of exactly `lines` lines (signature, `let`, body, `return`, closing brace). */
const fn = (name: string, lines: number, top = ''): string =>
  `${top}export function ${name}(): number {\n  let total = 0;\n${body(lines - 4)}\n  return total;\n}\n`;

describe('scripts/check-sizes.mjs (pnpm lint)', () => {
  it('passes a 60-line function and fails a 61-line one, naming it', () => {
    expect(check('ok.ts', fn('fits', 60)).code).toBe(0);
    const over = check('over.ts', fn('tooLong', 61));
    expect(over.code).toBe(1);
    expect(over.out).toMatch(/over\.ts:1: tooLong 61 lines/);
  });

  it('accepts a long function whose top comment says why, above it or atop its body', () => {
    expect(check('above.ts', fn('stemmer', 80, '// long-function: the Porter steps read as one table, in the paper order\n')).code).toBe(0);
    const inside = fn('inner', 80).replace('{\n', '{\n  // long-function: one numeric loop; splitting it hides the invariant\n');
    expect(check('inside.ts', inside).code).toBe(0);
    const arrow =
      `/** Doc. long-function: a generated table of cases, one per line */\nexport const f = (): number => {\n  let` +
      ` total = 0;\n${body(70)}\n  return total;\n};\n`;
    expect(check('arrow.ts', arrow).code).toBe(0);
    // a marker without a reason does not count
    expect(check('bare.ts', fn('bare', 80, '// long-function:\n')).code).toBe(1);
  });

  it('fails a file over 300 lines unless it starts by saying why', () => {
    const filler = Array.from({ length: 301 }, (_, i) => `export const c${i} = ${i};`).join('\n');
    const r = check('long.ts', `${filler}\n`);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/long\.ts: 301 lines \(file/);
    expect(check('why.ts', `// long-file: one generated table of constants, read top to bottom\n${filler}\n`).code).toBe(0);
  });
});
