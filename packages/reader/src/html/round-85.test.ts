import { describe, expect, it } from 'vitest';
import { HELDOUT304_PAGES } from '../test-support/pages-heldout304.js';
import { HELDOUT306_PAGES } from '../test-support/pages-heldout306.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';

const PARAGRAPH = 'The harbour board met on Tuesday and agreed that the ferry would run twice a day from the first week of June.';

describe('batches 304 and 306 (round 85)', () => {
  it('reads a plain-text bulletin whose section headings are underlined with dashes, and still drops a signature under its rule', () => {
    const nhc = page(HELDOUT304_PAGES, 'heldout304-nhc-public-advisory-news');
    const sections = nhc.body.filter((t) => t.startsWith('Maximum sustained winds') || t.startsWith('RAINFALL:') || t.startsWith('WIND:'));
    expect(sections.length).toBe(3);
    expect(leaked(nhc, sections)).toEqual(sections);
    const underlined = read(`${STORY}<pre>
WATCHES AND WARNINGS
--------------------
${PARAGRAPH}
The new timetable starts once the pontoon has been inspected by the harbour engineer.

OUTLOOK
-------
Tickets go on sale at the kiosk on Monday, and season passes will follow later in the month.
</pre>`);
    expect(underlined).toContain('## watches and warnings');
    expect(underlined).toContain('tickets go on sale at the kiosk on monday');
    const signed = read(`${STORY}<pre>
${PARAGRAPH}
The new timetable starts once the pontoon has been inspected by the harbour engineer.
Tickets go on sale at the kiosk on Monday, and season passes will follow later in the month.
----------
Harbour Ferries Ltd, Quay Street. Registered in England, company number 0099812.
</pre>`);
    expect(signed).toContain('tickets go on sale at the kiosk on monday');
    expect(signed).not.toContain('registered in england');
  });

  it('keeps the show notes around a "Support the show" box and drops the box', () => {
    const episode = page(HELDOUT306_PAGES, 'heldout306-buzzsprout-podcast-blog');
    const notes = episode.body.filter((t) => t.startsWith('The surface of the Sun') || t.startsWith('what the corona is'));
    expect(notes.length).toBe(2);
    expect(leaked(episode, notes)).toEqual(notes);
    expect(leaked(episode, ['Small Hours is made by two people and a microphone. Become a supporter for ad-free episodes.'])).toEqual([]);
  });
});
