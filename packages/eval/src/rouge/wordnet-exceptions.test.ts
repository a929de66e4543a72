import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEvalError } from '../errors.js';
import { parseExceptionTable, WORDNET_EXCEPTIONS_PATH, wordnetExceptions } from './wordnet-exceptions.js';

describe('wordnetExceptions', () => {
  it("is ROUGE-1.5.5's WordNet-2.0.exc.db: 5,930 irregular forms", () => {
    const table = wordnetExceptions();
    expect(table.size).toBe(5930);
    expect(table.get('went')).toBe('go');
    expect(table.get('children')).toBe('child');
    expect(table.get('said')).toBe('say');
    expect(table.get('best')).toBe('well');
    expect(table.has('walked')).toBe(false);
  });

  it('is read once and shared', () => {
    expect(wordnetExceptions()).toBe(wordnetExceptions());
  });

  it('ships its WordNet licence notice next to it', () => {
    const notice = readFileSync(WORDNET_EXCEPTIONS_PATH.replace('wordnet-2.0-exceptions.tsv', 'WORDNET-LICENSE.txt'), 'utf8');
    expect(notice).toContain('WordNet 2.0 Copyright 2003 by Princeton University');
  });
});

describe('parseExceptionTable', () => {
  it('reads inflected<TAB>base lines, ignoring blank lines and CRLF', () => {
    expect([...parseExceptionTable('geese\tgoose\r\n\nmice\tmouse\n')]).toEqual([
      ['geese', 'goose'],
      ['mice', 'mouse'],
    ]);
  });

  it('rejects a malformed line with BAD_DATASET and its line number', () => {
    try {
      parseExceptionTable('geese\tgoose\nmice mouse\n');
      expect.unreachable();
    } catch (e) {
      expect(isEvalError(e) && e.code).toBe('BAD_DATASET');
      expect(isEvalError(e) && e.line).toBe(2);
    }
  });
});
