import { describe, expect, it } from 'vitest';
import { EVAL_ERROR_CODES, EvalError, isEvalError } from './errors.js';

describe('EvalError', () => {
  it('carries a code, an optional line and an optional cause', () => {
    const cause = new Error('inner');
    const e = new EvalError('BAD_DATASET', 'x.jsonl:3: bad', { line: 3, cause });
    expect(e.code).toBe('BAD_DATASET');
    expect(e.line).toBe(3);
    expect(e.cause).toBe(cause);
    expect(e.name).toBe('EvalError');
    expect(e).toBeInstanceOf(Error);
  });

  it('has no line or cause unless given', () => {
    const e = new EvalError('EMPTY_INPUT', 'nothing');
    expect(e.line).toBeUndefined();
    expect('cause' in e).toBe(false);
  });

  it('lists every code once', () => {
    expect(new Set(EVAL_ERROR_CODES).size).toBe(EVAL_ERROR_CODES.length);
  });
});

describe('isEvalError', () => {
  it('recognises the class by name', () => {
    expect(isEvalError(new EvalError('INVALID_ARGUMENT', 'x'))).toBe(true);
    const lookalike = Object.assign(new Error('x'), { name: 'EvalError' });
    expect(isEvalError(lookalike)).toBe(true);
    expect(isEvalError(new Error('x'))).toBe(false);
    expect(isEvalError('EvalError')).toBe(false);
  });
});
