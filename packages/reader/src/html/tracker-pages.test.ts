import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

/** Round 34 (batches 38 and 39): threads, trackers and long-tail pages the reader had read in part. */
const POSTS = [
  'Since upgrading to 2.4 last night, the scheduled backup job fails every time with a permission error on the data folder.',
  'Which user does the container run as? If you set PUID and PGID in your compose file, please post those lines here.',
  'Found it. In 2.4 the backup job writes its staging files to a new folder, and the entrypoint creates it as root on first start.',
];
const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

describe('threads (discussion.ts, message-list.ts; round 34)', () => {
  it("reads a feed whose posts are each wrapped in a box, inside a box named for the discussion, without the <noscript> copy's weight (Flarum)", () => {
    const post = (text: string, n: number) =>
      `<div class="PostStream-item" data-number="${n}"><article class="CommentPost Post"><div class="Post-body"><p>${text}</p></div></article></div>`;
    const html = `<html><body><div class="DiscussionPage"><div class="DiscussionPage-discussion"><h1>Backups fail after upgrading to 2.4</h1>
<div class="PostStream" role="feed">${POSTS.map(post).join('\n')}</div></div></div>
<noscript><div>${POSTS.map((p) => `<div><p>${p}</p></div>`).join('')}</div></noscript></body></html>`;
    const text = norm(extractArticle(html).text);
    for (const p of POSTS) expect(text.split(norm(p).slice(0, 50))).toHaveLength(2);
  });

  it("reads a long post's comments as the thread when the post is an entry of the same kind as its comments (old Reddit)", () => {
    const report = 'We rode the whole route in eleven days and the Austrian section was as easy as everyone says, with signs every few kilometres. ';
    const comment = (text: string) => `<div class="thing noncollapsed comment"><div class="entry"><div class="md"><p>${text}</p></div></div></div>`;
    const side = '<div class="side"><h1 class="redditname"><a href="/r/bicycletouring/">bicycletouring</a></h1><h1>MODERATORS</h1></div>';
    const head = "<title>Danube by bike: what I'd change next time : bicycletouring</title>";
    const html = `<html><head>${head}</head><body>${side}<div class="content"><div id="siteTable">\
<div class="thing link self"><a class="title">Danube by bike: what I'd change next time</a>
<div class="md">${`<p>${report.repeat(3)}</p>`.repeat(3)}</div></div></div>
<div class="commentarea"><div class="sitetable nestedlisting">${POSTS.map(comment).join('\n')}</div></div></div></body></html>`;
    const { title, text } = extractArticle(html);
    // the sidebar's <h1> is the <title>'s last part, the subreddit's name: not the headline
    expect(title).not.toBe('bicycletouring');
    for (const p of POSTS) expect(norm(text)).toContain(norm(p).slice(0, 50));
    // a blog post's comments, which share no class word with the post, stay comments
    const blog = html.replace('class="thing link self"', 'class="post hentry"').replaceAll('class="thing noncollapsed comment"', 'class="comment even"');
    expect(norm(extractArticle(blog).text)).not.toContain(norm(POSTS[1] ?? '').slice(0, 50));
  });
});

describe("trackers' and Q&A sites' furniture (round 34)", () => {
  it("drops Jira's module headers, field list and links list, and each comment's collapsed copy (excerpts.ts)", () => {
    const comment = (who: string, text: string) =>
      `<div class="activity-comment"><div class="verbose"><div class="action-details"><a id="commentauthor_1_verbose" class="user-hover">${who}</a> ` +
      `added a comment - 15/Oct/25 08:41</div><div class="action-body"><p>${text}</p></div></div>` +
      `<div class="concise"><div class="action-details">${who} added a comment - 15/Oct/25 08:41 ${text.slice(0, 90)}...</div></div></div>`;
    const html = `<html><body><h1>Consumer rebalance stalls when the revocation callback blocks</h1><div class="issue-main-column">
<div class="module"><div class="mod-header"><h4>Details</h4></div><ul id="issuedetails" class="property-list"><li><strong>Type:</strong> <span>Bug</span></li>
<li><strong>Priority:</strong> <span>Major</span></li></ul></div>
<div class="module"><div class="mod-header"><h4>Description</h4></div><div class="mod-content"><p>${POSTS[0]}</p></div></div>
<div class="module"><div class="mod-header"><h4>Issue Links</h4></div><dl class="links-list"><dt>relates to</dt>\
<dd>KAFKA-1 Timeouts are not reported</dd></dl></div>
<div class="module"><div class="mod-header"><h4>Activity</h4></div>${comment('Ravi Shah', POSTS[1] ?? '')}\
${comment('Elena Morozova', POSTS[2] ?? '')}</div></div></body></html>`;
    const text = norm(extractArticle(html).text);
    for (const p of POSTS) expect(text.split(norm(p).slice(0, 50))).toHaveLength(2);
    expect(text).not.toMatch(/priority: major|issue links|relates to|added a comment/);
  });

  it('drops reputation, rank and reply-count lines, sign-in calls, and a support template around an answer, and keeps sentences like them', () => {
    const lines = [
      '11,810 Reputation points',
      '3rd in this Competition',
      '(4 replies)',
      '0 comments No comments',
      'Want to add to the discussion?',
      'Sign up or log in to comment',
      'Thank you for posting your question on Microsoft Q&A.',
      'mpetrova opened this discussion Aug 19',
      'If the answer is helpful, please click "Accept Answer" and kindly upvote it.',
      '26 more comments are hidden because they were posted in reply to collapsed threads.',
    ];
    const text = read(lines.map((l) => `<div>${l}</div>`).join(''));
    expect(text).not.toMatch(
      new RegExp(
        'reputation points|in this competition|4 replies|no comments|add to the discussion|log in to comment|posting your question|' +
          'opened this|accept answer|more comments are hidden',
      ),
    );
    expect(read('<p>Thank you for posting your question about the harbour wall, which the council will answer on Friday.</p>')).toContain(
      'posting your question',
    );
  });
});

describe('long-tail pages (round 34)', () => {
  it("takes an <h3> that is the <title>'s first part as the title under a site's <h1>, and keeps it though a section heading follows (Kaggle)", () => {
    const html = `<html><head><title>3rd place solution: gradient boosting on weather residuals | Kaggle</title></head><body>
<h1>Regional Grid Load Forecasting 2025</h1><h3>3rd place solution: gradient boosting on weather residuals</h3><h2>Overview</h2><p>${POSTS[2]}</p>
<p>${POSTS[0]}</p></body></html>`;
    expect(extractArticle(html).title).toBe('3rd place solution: gradient boosting on weather residuals');
  });

  it('drops a list of sourced resource links, and keeps a list of one link per item (link-blocks.ts)', () => {
    const sourced = (t: string) => `<li><a href="/x">${t}</a> (National Hearing Council) <a href="/es">Also in Spanish</a></li>`;
    expect(read(`<h2>Start Here</h2><ul>${['Tinnitus: Overview', 'Living with Tinnitus'].map(sourced).join('')}</ul>`)).not.toContain('overview');
    const drops = `<h2>Drops</h2><ul><li><a href="/h">Warden's Halberd</a> (guaranteed)</li><li><a href="/k">Sluice Key</a> (quest)</li></ul>`;
    expect(read(drops)).toContain("warden's halberd");
  });

  it("drops a job posting's pay box and equal-opportunity statement, and an encyclopedia's top questions and revision note", () => {
    const text = read(
      '<div class="pay-transparency"><div class="title">US Base Salary</div><span>$186,000 USD</span></div>' +
        '<p>Solvane is an equal opportunity employer. We consider all qualified applicants without regard to race or religion.</p>' +
        '<div class="top-questions"><h2>Top Questions</h2><h3>Who was Aurelia Stenmark?</h3><p>A botanist who studied the plants of the Andes.</p></div>' +
        '<p>This article was most recently revised and updated by Jonas Ferreira.</p>',
    );
    expect(text).not.toMatch(/base salary|equal opportunity|top questions|aurelia|revised and updated/);
  });
});

describe("trackers' chrome (data-lines.ts, furniture-lines.ts; round 38, batch 42's Trac ticket and Redmine issue)", () => {
  const field = (label: string, value: string) => `<div class="attribute"><div class="label">${label}:</div><div class="value">${value}</div></div>`;
  const page = `<div class="issue"><h3>Backup job fails after the upgrade</h3>
<div class="attributes">${field('Status', 'Resolved')}${field('Priority', 'High')}${field('Due date', '')}${field('% Done', '<p>100%</p>')}</div>
<div class="wiki"><p>${POSTS[0]}</p></div></div>
<div class="journal"><h4 class="note-header">Updated by Tomasz Zielinski about 1 month ago</h4>
<ul class="journal-details"><li><strong>Status</strong> changed from <i>New</i> to <i>Confirmed</i></li><li><strong>Assignee</strong> set to <i>Tomasz</i></li>
<li>Attachment flush.diff added</li></ul><div class="wiki"><p>${POSTS[1]}</p></div></div>
<div class="change"><h3 class="change"><span class="cnum">comment:2</span> Changed <a href="/timeline">3 months ago</a> by <span>hvandenberg</span></h3>
<div class="searchable"><p>${POSTS[2]}</p></div></div>
<p class="other-formats">Also available in: <a href="x.atom">Atom</a> | <a href="x.pdf">PDF</a></p>
<div class="trac-help"><strong>Note:</strong> See <a href="/wiki/TracTickets">TracTickets</a> for help on using tickets.</div>`;

  it("drops a record of label and value boxes, property-change lists, change headers with their ages, and the tracker's own lines", () => {
    const text = norm(extractArticle(`<html><head><title>Bug #3817 - Tracker</title></head><body><div id="content">${page}</div></body></html>`).text);
    for (const p of POSTS) expect(text).toContain(norm(p));
    for (const furniture of ['status:', 'resolved', 'priority:', '% done', 'changed from', 'set to', 'flush.diff', 'updated by', 'ago', 'comment:2'])
      expect(text).not.toContain(furniture);
    expect(text).not.toContain('also available in');
    expect(text).not.toContain('for help on using tickets');
  });

  it("keeps a paragraph's words set as a label and a title, and a sentence saying a setting changed", () => {
    const picks = [
      '<p><strong>Nell:</strong> <em>A Field Guide to Lost Railways</em> by Hugh Amberley, which made every walk longer.</p>',
      '<p><strong>Amos:</strong> <em>Nine Rooms in Lisbon</em> by Clara Peixoto, a house told one room at a time.</p>',
      '<ul><li>The timeout changed from 30 to 60 seconds, which fixed the nightly job.</li></ul>',
    ];
    const text = read(`<p>${POSTS[0]}</p>${picks.join('')}<p>${POSTS[1]}</p>`);
    expect(text).toContain('a field guide to lost railways');
    expect(text).toContain('nine rooms in lisbon');
    expect(text).toContain('the timeout changed from 30 to 60 seconds');
  });
});

describe('answers set straight in comment boxes (discussion.ts; round 39, batch 44 Ask MetaFilter)', () => {
  it('reads a question\'s answers whose text sits in `<div class="comments">` itself, between line breaks', () => {
    const DRY = 'Dry some of it on parchment, break it into flakes and keep them in a jar until you are home again.';
    const answer = (text: string) =>
      `<div class="comments">${text}<br>\n<br>\nMore on that later, I think.<span class="smallcopy">posted by pat at 9:12 AM</span></div><br>`;
    const html = `<html><head><title>Keeping a starter alive - Ask MetaFilter</title></head><body><h1 class="posttitle">Keeping a starter alive</h1>
<div class="copy post">${POSTS[0]}<br><br>I feed it twice a week and keep it in the fridge between bakes, and I will be away for six weeks.</div>
${POSTS.slice(1).map(answer).join('\n')}${answer(DRY)}</body></html>`;
    const text = norm(extractArticle(html).text);
    for (const p of POSTS) expect(text).toContain(norm(p));
    expect(text).toContain('dry some of it on parchment');
  });
});

describe("old forum templates' chrome (round 39, batch 44's phpBB 2 and vBulletin 3 topics)", () => {
  const post = (who: string, text: string) =>
    `<tr><td class="row1"><span class="name"><b>${who}</b></span><br /><span class="postdetails">Regular<br /><br />Joined: 12 Mar 2004<br />` +
    `Posts: 1022<br />Location: Leeds</span></td><td class="row1"><span class="postdetails">Posted: Sat Feb 08, 2025 6:42 pm</span><hr />` +
    `<span class="postbody">${text}</span></td></tr>`;
  const html = `<html><head><title>Points gap keeps closing - Moped Club</title></head><body><table class="forumline">
${POSTS.map((p, i) => post(`rider${i}`, p)).join('\n')}</table>
<div><span class="gensmall">Mopedmaggie wrote:</span></div><div class="smallfont">You may not post new threads</div>
<div class="smallfont">BB code is On</div><div class="smallfont">Quote: Originally Posted by fishnerd88</div></body></html>`;

  it("drops phpBB's post details spans, a quote's \"X wrote:\" header and vBulletin's posting rules, and keeps the posts", () => {
    const text = norm(extractArticle(html).text);
    for (const p of POSTS) expect(text).toContain(norm(p));
    for (const furniture of ['joined:', 'posts: 1022', 'location: leeds', 'posted: sat', 'wrote:', 'you may not post', 'bb code is on', 'originally posted'])
      expect(text).not.toContain(furniture);
  });
});

describe('a Q&A page whose replies sit inside one answer (discussion.ts; round 40, batch 50 Trailblazer Community)', () => {
  it('reads the question and every answer, not only the answer that holds the replies', () => {
    const replies = (reply: string) => (reply === '' ? '' : `<div class="tbc-replies"><article class="tbc-reply"><p>${reply}</p></article></div>`);
    const answer = (text: string, reply = '') => `<article class="tbc-answer"><p>${text}</p>${replies(reply)}</article>`;
    const SHARING = 'Check the sharing settings of the user the flow runs as, since that decides what it can see.';
    const reply = 'Good call. We had a formula that trimmed the address and it also kept the original case, so we fixed both of them.';
    const html = `<html><head><title>Flow returns nothing | Community</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question"}}</script></head><body>
<main><article class="tbc-question"><h1>Flow returns nothing</h1><p>${POSTS[0]}</p></article><section class="tbc-answers">
${answer(POSTS[1] ?? '')}${answer(POSTS[2] ?? '', reply)}${answer(SHARING)}
</section></main></body></html>`;
    const text = norm(extractArticle(html).text);
    for (const p of [...POSTS, reply, 'check the sharing settings']) expect(text).toContain(norm(p));
  });
});
