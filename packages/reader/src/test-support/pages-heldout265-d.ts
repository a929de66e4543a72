import { links, type TestPage, texts } from './page-kit.js';
import { tomsHardware } from './pages-heldout265-d2.js';
import { j } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file d: a Slashdot story with comments (the title is in an h2 of the firehose article; the
 * "Posted by ... from the ... dept." byline, the submitter's quoted summary, the story's topic icons and share links,
 * the comment threshold bar, comments with subjects, scores and "by user (uid) on date (#id)" lines, the right rail
 * with "Slashdot Top Deals" and "Most Discussed", the footer) and, from file d2, a Tom's Hardware XenForo thread.
 */
const title = 'Rural Library Network Ends Late Fees, Sees Returns Rise';
const summary = [
  j(
    'An anonymous reader quotes a report from the Harrowgate Courier: The Upper Calder library network, which runs',
    'fourteen branches across a largely rural county, dropped overdue fines for all borrowers two years ago. Its',
    'figures for the first full year now show that 94 percent of items came back within a month of their due date, up',
    'from 89 percent when fines were in place.',
  ),
  j(
    '"We were spending more staff time chasing forty-pence fines than the fines brought in," said network director',
    'Elspeth Varne. Some 1,900 cardholders whose accounts had been blocked over unpaid fines have since come back,',
    'and the network says most of them now borrow regularly.',
  ),
];
const comments: [string, string, string, string, string[]][] = [
  [
    'Re:The math was never there',
    'Score:5, Insightful',
    'Gorsewick (58211)',
    'on Tuesday November 17, 2026 @11:42AM',
    [
      j(
        'Anyone who has worked a library desk knows the fines were never about money. They were about feeling that',
        'something was being done. The cost was a few hundred people a year who stopped coming because they were',
        'embarrassed to owe three pounds.',
      ),
    ],
  ],
  [
    'Returns up, but what about losses?',
    'Score:4, Interesting',
    'pinfold_terrace (1204477)',
    'on Tuesday November 17, 2026 @11:58AM',
    [
      j(
        'The summary says returns within a month went up. What happened to the items that never come back at all? That',
        'is the number I would want to see before my own county copies this.',
      ),
    ],
  ],
  [
    'Re:Returns up, but what about losses?',
    'Score:3, Informative',
    'Anonymous Coward',
    'on Tuesday November 17, 2026 @12:20PM',
    [
      j(
        'The original report has it further down: items written off as lost fell slightly, from about 1.1 percent to 0.9',
        'percent. They still bill for replacement after ninety days, which is the part that actually matters.',
      ),
    ],
  ],
  [
    'Same result here',
    'Score:2',
    'Nettlebed (73390)',
    'on Tuesday November 17, 2026 @01:05PM',
    [
      'Our town did this in 2022. The queue at the desk on Saturdays got shorter because nobody was arguing about fines any more.',
      'Staff now spend that time running the homework club instead.',
    ],
  ],
  [
    'Re:Same result here',
    'Score:2, Interesting',
    'cobbler_of_ware (3319802)',
    'on Tuesday November 17, 2026 @01:31PM',
    [
      j(
        'The part nobody mentions is the children. Our branch found that most blocked cards belonged to kids whose parents',
        'would not pay the fine, so the child simply stopped borrowing. Dropping fines was the cheapest literacy programme',
        'the county ever ran, and it cost less than the debt collection letters it replaced.',
      ),
    ],
  ],
];
const nav = ['Stories', 'Firehose', 'All', 'Popular', 'Polls', 'Software', 'Thought Leadership', 'Submit', 'Login'];
const topics = ['Books', 'Government'];
const deals = ['Lifetime backup plan for three computers', 'Learn Python in a weekend course bundle'];
const discussed = ['Regional Rail Operator Drops Paper Tickets Entirely', 'Ask Slashdot: Is a Home NAS Still Worth It?'];
const foot = ['Privacy', 'Terms', 'Advertising', 'Contact', 'Help', 'Feedback', 'About', 'Do Not Sell or Share My Personal Information'];
const bodyBlock = (paras: string[]): string =>
  paras[0] +
  paras
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join('');
const cmt = ([subject, score, by, when, paras]: [string, string, string, string, string[]], i: number): string => `<li id="tree_6531${i}" class="comment">
<div id="comment_6531${i}" class="cw"><div id="comment_top_6531${i}" class="commentTop"><div class="title"><h4 class="noJS">
<a id="comment_link_6531${i}" name="comment_link_6531${i}" href="//news.slashdot.org/comments.pl?sid=2310044&amp;cid=6531${i}">${subject}</a>
<span id="comment_score_6531${i}" class="score">(${score})</span></h4></div><div class="details">by <span class="by"><a
href="//slashdot.org/~u">${by}</a></span>
<span class="otherdetails" id="comment_otherdetails_6531${i}">${when} (<a
href="//news.slashdot.org/comments.pl?sid=2310044&amp;cid=6531${i}">#6531${i}</a>)</span>
</div></div><div class="commentBody"><div id="comment_body_6531${i}">${bodyBlock(paras)}</div></div><div class="commentSub" id="comment_sub_6531${i}">
<span class="nbutton"><b><a href="//news.slashdot.org/comments.pl?op=Reply&amp;cid=6531${i}">Reply to This</a></b></span>
<span class="nbutton"><b><a href="#">Share</a></b></span></div></div></li>`;
const html = `<!DOCTYPE html><html lang="en"><head><title>${title} - Slashdot</title><meta name="description" content="An anonymous reader quotes a report.">
<meta property="og:site_name" content="Slashdot"><link rel="canonical" href="https://news.slashdot.org/story/26/11/17/1512224/">
<script type="text/javascript">var pageload={before_content:0,pagemark:"1795012000"};var
adsettings={"pageType":"story","topics":["books","government"]};</script>
<link rel="stylesheet" href="//a.fsdn.example/sd/css/slashdot.css"></head><body class="anon index2 story"><div id="top_parent"></div>
<header id="slashdot_header"><div class="container"><div class="nav-site"><a href="//slashdot.org" class="logo">Slashdot</a></div>
<nav role="firehose menu"><ul class="nav-site-links">${links(nav, 'nav-item')}</ul></nav></div></header>
<div id="firehose" class="main-wrap"><div class="container"><div class="main-content"><div id="firehoselist" class="fhroot">
<article class="fhitem fhitem-story article usermode thumbs grid_24" id="firehose-2310044" data-fhid="2310044" data-fhtype="story">
<span class="sd-info-block" style="display: none"><span class="sd-key-firehose-id">2310044</span></span><header><h2 class="story">
<span id="title-2310044" class="story-title"><a onclick="return toggle_fh_body_wrap_return(this);"
href="//news.slashdot.org/story/26/11/17/1512224/">${title}</a>
<span class=" no extlnk"><a class="story-sourcelnk" href="https://harrowgate-courier.example/">(harrowgate-courier.example)</a></span></span></h2>
<div class="details" id="details-2310044"><span class="story-details"><span class="story-byline">Posted by <a href="https://slashdot.org/~bremble">bremble</a>
on <time datetime="on Tuesday November 17, 2026 @11:20AM">Tuesday November 17, 2026 @11:20AM</time> from the <span
class="dept-text">no-more-shushing</span> dept.</span>
</span></div></header><div class="body" id="fhbody-2310044"><div id="text-2310044" class="p"><i>${bodyBlock(summary)}</i></div></div>
<aside class="novote"></aside><footer class="clearfix meta article-foot"><div class="story-tags"><span class="tags">${topics
  .map(
    (t) => `<a class="topic"
href="/tag/${t}">${t}</a>`,
  )
  .join(' ')}</span></div>
<div class="share"><a class="twitter" href="#">Share on X</a> <a class="facebook" href="#">Share on Facebook</a></div></footer></article></div>
<div id="commentwrap"><div class="commentBox"><span class="totalcomments">112</span> comments</div><div class="threshold">
<span>Threshold:</span> <select><option>1: 47 comments</option></select></div><ul id="commentlisting" class="d2">
${comments.map(cmt).join('\n')}</ul><div class="commentBox"><a href="//news.slashdot.org/comments.pl?sid=2310044&amp;op=reply">Load All
Comments</a></div></div></div>
<aside class="rail-right"><section class="deals-rail"><h4>Slashdot Top Deals</h4><ul>${links(deals)}</ul></section><section class="most-discussed">
<h4>Most Discussed</h4><ul>${links(discussed)}</ul></section><div class="ad-label">Advertisement</div></aside></div></div>
<footer id="fhft" class="grid_24 nf"><div class="container"><ul>${links(foot)}</ul><p>Copyright © 2026 Slashdot Media. All Rights Reserved.</p>
<p class="footer-quote">The trouble with being punctual is that nobody's there to appreciate it.</p></div></footer></body></html>`;
const slashdot: TestPage = {
  name: 'heldout265-slashdot-story',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...summary, ...comments.flatMap((c) => c[4])]),
  bylines: ['Posted by bremble on Tuesday November 17, 2026 @11:20AM from the no-more-shushing dept.', ...comments.flatMap((c) => [c[2], c[3]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slashdot', ...nav, '(harrowgate-courier.example)', ...topics, 'Share on X', 'Share on Facebook', '112 comments', 'Threshold:', '1: 47 comments',
    ...comments.flatMap((c) => [c[0], `(${c[1]})`]), 'Reply to This', 'Share', 'Load All Comments', 'Slashdot Top Deals', ...deals, 'Most Discussed',
    ...discussed, 'Advertisement', ...foot, 'Copyright © 2026 Slashdot Media. All Rights Reserved.',
    "The trouble with being punctual is that nobody's there to appreciate it.",
  ],
};

export const HELDOUT265_D: readonly TestPage[] = [slashdot, tomsHardware];
