import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

describe('a dateline beside the date (datelines.ts, round 30)', () => {
  it('drops a place in capitals set beside a <time>, and keeps a dateline that opens the first paragraph', () => {
    expect(read('<div class="css-sfxtte"><time datetime="2026-01-15">Jan 15th 2026</time> <span>|</span> <span>ÉVORA</span></div>')).not.toContain('évora');
    expect(read('<p>ÉVORA — The cork harvest began early this year, the growers said on Monday, after a dry spring.</p>')).toContain('évora —');
  });

  it('keeps a span of capitals that is not beside a date', () => {
    expect(read('<p><span>NASA</span> <span>said the launch would wait for the tide.</span></p>')).toContain('nasa');
  });
});
