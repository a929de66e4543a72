import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

describe('calls to action set as text (calls.ts)', () => {
  it('drops a hiring banner and its link', () => {
    const banner =
      '<section class="mt-12 rounded-xl p-6"><p class="text-lg">We’re hiring! Join the harbour works team</p><a href="/careers">See open roles</a></section>';
    expect(read(banner)).not.toMatch(/hiring|open roles/);
  });

  it('drops a letters prompt under a column, and keeps a sentence about the letters page', () => {
    const prompt =
      '<p><em>Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email ' +
      'to be considered for publication in our letters section, please <a href="/letters">click here</a>.</em></p>';
    expect(read(prompt)).not.toMatch(/an opinion on the issues|letters section/);
    expect(read('<p>The closure filled the letters page for a month, and the council replied to every one of them.</p>')).toContain('filled the letters page');
  });

  it('drops a sign-in prompt that closes a thread', () => {
    const prompt =
      '<p><a href="/signup" class="btn btn-primary">Sign up for free</a> <strong>to join this conversation</strong>. ' +
      'Already have an account? <a href="/login">Sign in to comment</a></p>';
    expect(read(prompt)).not.toMatch(/join this conversation|already have an account/);
  });

  it('drops a post action set as a link of its own, and keeps the word in a sentence', () => {
    const post = `<div class="post"><p>${'I can reproduce this with a share on a Linux machine, and polling works for us. '.repeat(3)}</p>`;
    const text = read(`${post}<p><font size="1"><u><a href="reply?id=4311">reply</a></u></font></p></div>`);
    expect(text).toContain('i can reproduce this');
    expect(text).not.toMatch(/\breply\b/);
    expect(read('<p>No reply came from the ministry, <a href="/ministry">which owns the quay</a>.</p>')).toContain('no reply came');
  });

  it('drops a lone link back to the listing ("Return to full list >>"), and keeps one inside a sentence', () => {
    expect(read('<a href="/CivicAlerts.aspx">Return to full list &gt;&gt;</a>')).not.toContain('full list');
    expect(read('<p>The crews will <a href="/list">return to the full list</a> of repairs in May.</p>')).toContain('full list');
  });

  it('drops a sign-in requirement for commenting, and keeps a sentence about logging in', () => {
    expect(read('<p>You must log in to comment.</p>')).not.toContain('must log in');
    expect(read('<p>Note: You need to <a href="/login">log in</a> before you can comment on or make changes to this bug.</p>')).not.toContain('log in');
    expect(read('<p>Skippers must log in to the harbour portal before they can book a berth.</p>')).toContain('must log in');
  });

  it('drops a line that is only a sign-in call for an action (round 18), and keeps a sentence that asks more', () => {
    expect(read('<p class="font-size-sm">Sign in to follow</p><p>Please sign in to rate this answer.</p>')).not.toMatch(/sign in/);
    expect(read('<p>Sign in to follow the berth plan, then pay the harbour fee at the office before you moor.</p>')).toContain('sign in to follow');
  });

  it("drops a community thread's status, its link to the solution and the sign-in requirement for replying", () => {
    const top = '<div class="lia-thread-topic"><span class="lia-thread-status">Solved!</span> <a href="#M9132">Go to solution</a></div>';
    const quick = '<div class="lia-quick-reply"><p>You must be a registered user to add a reply. If you’ve already registered, sign in.</p></div>';
    const text = read(`${top}${quick}`);
    expect(text).not.toMatch(/solved|go to solution|registered user/);
    expect(read('<p>The harbour board said the problem was solved! Crews will <a href="/s">go to the solution</a> next week.</p>')).toContain('was solved');
  });

  it('drops a back link to all posts with its arrow, and a link to the top of the page beside a heading', () => {
    expect(read('<a href="/journal" class="back-link"><div>←</div><div>All posts</div></a>')).not.toContain('all posts');
    const text = read('<h2>Moorings <a href="#top_of_page"><span>top</span></a></h2><p>Moorings are let by the year from the harbour office.</p>');
    expect(text).toContain('## moorings');
    expect(text).not.toMatch(/\btop\b/);
  });

  it("drops a lone in-page 'Table of Contents' link at a printed page's head (an EDGAR filing; round 15), keeps a link to another page", () => {
    const text = read(
      '<p align="right"><a href="#toc">Table of Contents</a></p><p>See the <a href="/contents">contents</a> of the harbour archive for the plans.</p>',
    );
    expect(text).not.toMatch(/table of contents/);
    expect(text).toContain('see the contents of the harbour archive');
  });

  it("drops 'Click here' lines, a label with one link ('Related:', 'Go deeper:') and a link alone in capitals (round 19), keeps prose", () => {
    const lines =
      '<p><strong><a href="/us">CLICK HERE FOR MORE US COVERAGE</a></strong></p>' +
      '<p><strong><a href="/s/1">WOMAN FINDS LOVE LETTERS IN HARBOUR WALL</a></strong></p>' +
      '<p>Related: <a href="/s/2">Harbour teachers get 4% raise in new budget deal</a></p>' +
      '<p><strong>Go deeper:</strong> <a href="/s/3">Storms push harbour insurance out of reach</a></p>';
    const text = read(lines);
    expect(text).not.toMatch(/click here|love letters|teachers get|insurance out of reach/);
    const kept = read('<p>Related: the council <a href="/v">voted</a> on the harbour lease on Tuesday, and the berth fees rise in May.</p>');
    expect(kept).toContain('related: the council voted');
    const join = '<p><strong>Join our Portmere WhatsApp community for breaking news and updates <a href="https://chat.example/x">here</a></strong></p>';
    expect(read(join)).not.toContain('whatsapp');
    expect(read('<p><a href="/s/4">NATO</a></p><p>The NATO ships left the harbour on Friday morning after a week of repairs.</p>')).toContain('nato ships');
  });

  it("drops a blog's closing 'Thoughts? Reply by email' line (round 20), keeps a question that is prose", () => {
    expect(read('<p>Thoughts? Reply by email or reply to this post on Mastodon.</p>')).not.toContain('thoughts?');
    expect(read('<p>Questions? The harbour master answered them all at the meeting on Tuesday night.</p>')).toContain('questions?');
  });

  it("drops a post's lone 'Add a comment' link and a paragraph that is one short link (round 24), keeps a sentence that links", () => {
    const text = read(
      '<div class="comments"><ul><li>Works well.</li></ul><a class="js-add-link">Add a comment</a></div><p><a href="/archive/">Archive index</a></p>',
    );
    expect(text).not.toMatch(/add a comment|archive index/);
    expect(read('<p><a href="/report">Read the harbour report.</a></p>')).toContain('read the harbour report.');
    expect(read('<p>You can add a comment at the harbour office until Friday, when the consultation closes.</p>')).toContain('add a comment');
  });

  it("drops a writer's closing 'Follow me on LinkedIn.' line (round 25), keeps a sentence about following", () => {
    expect(read('<p><em>Follow me on <a href="https://social.example/in/x">LinkedIn</a>.</em></p>')).not.toContain('follow me on');
    expect(read('<p>Follow me on the harbour path to the lighthouse, the guide said, and we walked for an hour.</p>')).toContain('follow me on');
  });

  it('drops a box of one line and a button under it (a call to action in a post; round 26), keeps the line without a button', () => {
    const cta =
      '<div class="wp-block-group"><p class="has-text-align-center">Still not sure? Our technicians can check your boat in under an hour.</p>' +
      '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/book">Book a Hull Check</a></div></div></div>';
    expect(read(cta)).not.toMatch(/still not sure|book a hull check/);
    const kept = '<div class="note"><p>Still not sure? Our technicians can check your boat in under an hour.</p><p>Call the office on Monday.</p></div>';
    expect(read(kept)).toContain('our technicians can check your boat');
  });

  it("drops a thread's 'View solution in original post' link, 'Message 2 of 5', an 'ALT' badge and an image's size line (round 27)", () => {
    const bits =
      '<div class="sol"><p>Pin the radio to channel 44 and the satellite stays on the fast link.</p><a href="/m/1">View solution in original post</a></div>' +
      '<div class="count">Message 2 of 5</div><span class="badge">ALT</span><div class="meta"><span>1380×776 92.4 KB</span></div>';
    const text = read(bits);
    expect(text).not.toMatch(/view solution|message 2 of 5|\balt\b|92\.4 kb/);
    expect(text).toContain('pin the radio to channel 44');
  });

  it("keeps a run of paragraphs that are one short link each (a release's annexes; round 28), drops a lone one", () => {
    const annexes = '<h3>For More Information</h3><p><a href="/q">Questions and answers</a></p><p><a href="/f">Factsheet</a></p>';
    expect(read(annexes)).toMatch(/questions and answers.*factsheet/);
    expect(read('<p><a href="/archive/">Archive index</a></p>')).not.toContain('archive index');
  });

  it('drops a paper’s promotion lines, a thread’s "Solved by" status and a podcast promotion set as a lone link (round 29)', () => {
    const promos =
      '<p><i><a href="/alerts">Sign up for push alerts and get the best of our news, analysis and comment sent straight to your phone</a></i></p>' +
      '<p><i><a href="/wa">Follow The Irish Times on WhatsApp and keep up to date with the day’s news</a></i></p>' +
      '<p><i><a href="/pod">Our In The News podcast is now published every weekday – find the latest episode here</a></i></p>' +
      '<p><strong>Solved by ShrimpDad_77</strong></p>';
    expect(read(promos)).not.toMatch(/push alerts|whatsapp|latest episode|shrimpdad/);
    const kept =
      '<p>Our podcast team will follow the harbour story on air, and listeners can find the latest episode on the council’s site.</p>' +
      '<p>The case was solved by two detectives from the county force after a year.</p>';
    expect(read(kept)).toMatch(/podcast team will follow.*solved by two detectives/);
  });

  it('round 30: drops a rights link, a series label, a newsroom’s sign-up note and a letters call, and keeps sentences with their words', () => {
    const lines =
      '<a href="/rights">Reuse this content</a><p class="series-title">Series: <a href="/series/tapped-out">Tapped Out</a></p>' +
      '<div><p>ProPublica is a nonprofit newsroom that investigates abuses of power. ' +
      'Sign up to receive our biggest stories as soon as they’re published.</p></div>' +
      '<p><em>Let us know what you think about this article. Submit a letter to the editor at mail@wired.example.</em></p>';
    expect(read(lines)).not.toMatch(/reuse this|tapped out|nonprofit newsroom|letter to the editor/);
    expect(read('<p>The series of storms in March tapped out the council’s repair budget, the clerk wrote in a letter.</p>')).toContain('series of storms');
  });

  it('round 32: drops a link whose own text opens with a label ("Also Read: ...") and a newsletter call closing a story', () => {
    const lines =
      '<p class="alsoRead"><strong><a href="/pune">Also Read: Pune’s garbage plant to double capacity by 2027</a></strong></p>' +
      '<p><em>Start the day with a summary of the day’s most important stories. Sign up for our Morning Edition newsletter.</em></p>';
    expect(read(lines)).not.toMatch(/also read|morning edition/);
    expect(read('<p>Also read the council’s <a href="/plan">harbour plan</a> before the meeting on Monday, the clerk said.</p>')).toContain(
      'also read the council',
    );
  });
});
