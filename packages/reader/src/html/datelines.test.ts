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

describe('a dateline set apart from the text (datelines.ts, round 46)', () => {
  it("drops CNN's cited dateline at the head of the first paragraph and keeps the paragraph", () => {
    const text = read(
      '<p class="paragraph"><cite class="source__cite"><span class="source__location">Harlow Springs, Arizona</span> ' +
        '<span class="source__text">CNN</span> — </cite>A giant planet is orbiting its star the wrong way, astronomers said on Tuesday.</p>',
    );
    expect(text).not.toContain('harlow springs');
    expect(text).toContain('a giant planet is orbiting its star the wrong way');
  });

  it('drops a "Reporting from" line under the byline, and keeps a sentence that opens with those words', () => {
    expect(read('<div class="css-1e6tc4c"><span class="css-1kj6ruz">Reporting from Calder Flats, Nev.</span></div>')).not.toContain('reporting from');
    expect(read('<div><span>Reporting from Kyiv and Warsaw</span></div>')).not.toContain('reporting from');
    expect(read('<p>Reporting from Gaza has been restricted since the spring, the press association said.</p>')).toContain('reporting from gaza');
  });
});
