import { describe, expect, it } from 'vitest';
import { harbourStory } from '../test-support/page-kit.js';
import { extractArticleWith } from './article.js';
import { parseDocument } from './parse-linkedom.js';

/** The rules alone: this file is about line breaks; the learned model (learned/) reads video chapter lines as furniture. */
const text = (inner: string, head = '') => extractArticleWith(harbourStory(inner, { head }), parseDocument, null).text;

describe('source line breaks (to-markdown.ts, white-space.ts; round 31)', () => {
  it('reads a line break in a paragraph’s source as a space, as a browser shows it', () => {
    expect(text('<p>The boats came back to the\ninner basin in March, a month\nearlier than planned.</p>')).toContain(
      'The boats came back to the inner basin in March, a month earlier than planned.',
    );
  });

  it('keeps the lines of a box styled to keep white space: by the page’s stylesheet, a utility class or its own style', () => {
    const lines = '0:00 The box of rusty tools\n1:42 Taking it apart';
    expect(text(`<div class="desc">${lines}</div>`, '<style>.desc{white-space:pre-wrap}</style>')).toContain('0:00 The box of rusty tools\n1:42');
    expect(text(`<div class="whitespace-pre-line">${lines}</div>`)).toContain('tools\n1:42');
    expect(text(`<div style="white-space: pre">${lines}</div>`)).toContain('tools\n1:42');
    expect(text(`<div class="desc">${lines}</div>`)).toContain('tools 1:42');
  });
});
