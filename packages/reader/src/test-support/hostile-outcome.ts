import { expect } from 'vitest';
import { isReaderError } from '../errors.js';
import { readDocument } from '../read-document.js';
import type { ReadOptions } from '../types.js';

/** What readDocument made of an input: its text and format, or its refusal. */
export type Outcome = { text: string; format: string } | { code: string; message: string };

export async function outcome(input: Uint8Array | string, options: ReadOptions = {}): Promise<Outcome> {
  try {
    const doc = await readDocument(input, options);
    return { text: doc.text, format: doc.format };
  } catch (e) {
    if (isReaderError(e)) return { code: e.code, message: e.message };
    throw e;
  }
}

/** Asserts a refusal: the code, a message matching `todo`, one sentence ending by saying what to do. */
export function expectRefusal(got: Outcome, code: string, todo: RegExp): void {
  expect(got).toMatchObject({ code, message: expect.stringMatching(todo) });
  if ('message' in got) expect(got.message).toMatch(/; [a-z][^;]*\.$/);
}

export async function refused(input: Uint8Array | string, code: string, todo: RegExp, options: ReadOptions = {}): Promise<void> {
  expectRefusal(await outcome(input, options), code, todo);
}
