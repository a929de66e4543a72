import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { isChromeLine } from './review-lines.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

describe('review and thread chrome lines (review-lines.ts)', () => {
  it("drops a review's stamp, trip-type line, reviewer count and owner-response header, keeps the review", () => {
    const card =
      '<div class="review-card"><div class="member"><span>38 contributions</span></div><div class="trip">Mar 2024 • Family</div>' +
      '<div class="text"><span>We did the standard tour first and went back for the lower passage in the afternoon.</span></div>' +
      '<div class="owner"><div>Response from HarbourTeam</div><div>Responded January 4, 2024</div>' +
      '<div><span>Thank you for your feedback; we are adding an extra guide on busy days.</span></div></div>' +
      '<div class="footer"><div>Written March 12, 2024</div></div></div>';
    const text = read(card);
    expect(text).not.toMatch(/contributions|mar 2024 • family|response from|responded january|written march/);
    expect(text).toContain('we did the standard tour first');
    expect(text).toContain('thank you for your feedback');
  });

  it('reads the stamps of Amazon, Trustpilot and Stack Exchange, not a sentence that opens with the same verb', () => {
    expect(isChromeLine('Reviewed in the United Kingdom on 3 May 2024')).toBe(true);
    expect(isChromeLine('Date of experience: April 2024')).toBe(true);
    expect(isChromeLine('answered 2 hours ago')).toBe(true);
    expect(isChromeLine('Written in 1847, the letter was found in a drawer of the old customs house.')).toBe(false);
  });

  it('drops a result count with the short pagination bar it heads', () => {
    const bar = '<div class="pager"><div>Showing results 1-4 of 1,912</div><a aria-label="Next page" href="?p=2">Next</a></div>';
    const text = read(bar);
    expect(text).not.toMatch(/showing results|\bnext\b/);
    expect(text).toContain('fishing boats returned');
  });

  it("drops a thread's answer marks, a poster's role badge, the sort bar and a deleted post's placeholder", () => {
    const chrome =
      '<div class="sort">Oldest Newest Top</div><div><span class="Label">Maintainer</span></div><div>' +
      '<span class="Label Label--success">Marked as answer</span><p>Turn on static includes and the graph becomes precise: an include ' +
      'with a name computed at render time becomes a build error, and a change to a partial rebuilds only the pages that use it.</p>' +
      '</div><div class="color-fg-success">Answer selected by okwuosa-dev</div>' +
      '<div><span class="fst-italic">deleted by creator</span></div>';
    const text = read(chrome);
    expect(text).not.toMatch(/oldest newest|maintainer|marked as answer|answer selected|deleted by creator/);
    expect(text).toContain('turn on static includes');
  });

  it("keeps a badge word inside a sentence and a heading named 'Author'", () => {
    const text = read('<h2>Author</h2><p>The maintainer of the harbour log, Ruth Amari, kept the records for forty years.</p>');
    expect(text).toContain('## author');
    expect(text).toContain('the maintainer of the harbour log');
  });

  it("drops a blog's 'Reply via email' mailto line, keeps a sentence with a mail link", () => {
    const lines =
      '<p><a href="mailto:hello@harbour.example?subject=Harbour">Reply via email</a></p>' +
      '<p>Write to <a href="mailto:office@harbour.example">the harbour office</a> if your mooring was damaged over the winter.</p>';
    const text = read(lines);
    expect(text).not.toContain('reply via email');
    expect(text).toContain('write to the harbour office');
  });

  it('drops a rating breakdown of label and count rows', () => {
    const rows = ['Excellent', '1,402', 'Very good', '361', 'Average', '98', 'Poor', '29'];
    const breakdown = `<div class="breakdown">${rows.map((r) => `<div>${r}</div>`).join('')}</div>`;
    expect(read(breakdown)).not.toMatch(/excellent|very good|1,402/);
  });

  it("drops 'N comments · N replies', the counters line with a separator", () => {
    const text = read('<div class="d-flex"><h2 class="f4">2 comments · 2 replies</h2></div>');
    expect(text).not.toContain('2 comments');
  });

  it("drops round 14's answer marks, a closed thread's notice and a reply box's placeholder; keeps sentences that say the same words", () => {
    const chrome =
      '<div class="post-label"><span>Best answer</span></div><div><span>Helpful answer</span></div><div><span>Accepted Solution</span></div>' +
      '<div class="thread-end"><p>This thread has been closed by the system or the community team. You may vote for any posts you find helpful, ' +
      'or search the Community for additional answers.</p></div><header class="Post-header"><span class="Avatar"></span> Write a Reply...</header>' +
      '<p>The best answer the harbour master could give was that the thread of the old chain had been closed off by rust.</p>';
    const text = read(chrome);
    expect(text).not.toMatch(/best answer$|helpful answer|accepted solution|has been closed by the system|write a reply/m);
    expect(text).toContain('the best answer the harbour master could give');
    expect(isChromeLine('This topic was automatically closed 30 days after the last reply.')).toBe(false); // a notice: only as a whole box
  });

  it("drops 'Displaying 1 - 3 of 2,117 reviews' like 'Showing results' (round 15)", () => {
    expect(read('<div class="ReviewsList__listContext"><span>Displaying 1 - 3 of 2,117 reviews</span></div>')).not.toContain('displaying');
  });

  it("drops a tracker's timeline events, its opened-on stamp, a state badge, Discourse's 'Solved by' and '1 / 5' (round 16)", () => {
    const lines =
      '<div><span class="State">Open</span></div><div><a href="/u">brennan-okafor</a> <span>opened on</span> <relative-time>Feb 3, 2025</relative-time> ' +
      '<span>· 4 comments</span></div><div class="event">ykato added the bug label Feb 3, 2025</div>' +
      '<div class="event">ykato self-assigned this Feb 4, 2025</div><div>Solved by priyam in post #3</div><div><span>1 / 5</span></div>' +
      '<p>The harbour master added the new label to every mooring this week, so owners can find their berth.</p>';
    const text = read(lines);
    expect(text).not.toMatch(/^open$|opened on|bug label|self-assigned|solved by|1 \/ 5/m);
    expect(text).toContain('the harbour master added the new label to every mooring');
  });

  it("drops GitLab's system notes under a two-word actor, its 'created ... by' and 'Edited ... by' lines and 'Activity' over a sort bar (round 17)", () => {
    const notes =
      '<div class="meta"><span>Issue created <time>1 month ago</time> by</span></div><small class="edited-text">Edited 3 weeks ago by Oren Koby</small>' +
      '<div class="discussion"><h2>Activity</h2><div class="gl-flex">Sort or filter</div><ul class="notes main-notes-list timeline">' +
      '<li class="note system-note"><a href="/okoby">Oren Koby</a> changed milestone to %17.6 1 week ago</li>' +
      '<li class="note system-note"><a href="/okoby">Oren Koby</a> assigned to @icarvalho 1 week ago</li></ul></div>';
    const text = read(notes);
    expect(text).not.toMatch(/issue created|edited 3 weeks|activity|changed milestone|assigned to/);
  });

  it("drops a tracker's bookkeeping and a Q&A page's counters and credential lines (round 21), keeps sentences", () => {
    for (const line of [
      'marisol-ortega marked this conversation as resolved.',
      'status: New → Confirmed',
      'Changed in gnome-calendar (Ubuntu):',
      'Bug #2098314 reported by Helena Varga (hvarga) on',
      'This bug affects 6 people',
      "Status changed to 'Confirmed' because the bug affects multiple users.",
      'This report contains Public information',
      '#3',
      'Views: 96,218',
      'Sort Recommended',
      "Looks like no one's replied in a while. To start the conversation again, simply ask a new question.",
    ])
      expect(read(`<p>${line}</p>`), line).not.toContain(norm(line));
    const text = read('<div class="meta"><span>Stonemason, 20 years on heritage structures</span><span>·</span><a href="/a">Answered 2y</a></div>');
    expect(text).not.toContain('stonemason');
    expect(read('<p>The status changed to confirmed after the harbour board met on Tuesday, and the works begin in May.</p>')).toContain('status changed');
    expect(isChromeLine('The bug affects the harbour gates, the board said.')).toBe(false);
  });

  it("drops Facebook's fan badge and reactions label and Steam's answered banner (round 33), and keeps sentences with their words", () => {
    const text = read('<div><div>Top fan</div><div>All reactions:</div><div>This topic has been answered. <a href="#c1">Jump to the answer</a></div></div>');
    expect(text).not.toMatch(/top fan|all reactions|has been answered|jump to the answer/);
    expect(read('<p>The top fan of the harbour choir has been answered by the council at last.</p>')).toContain('has been answered by the council');
  });
});
