import { links, type TestPage, texts } from './page-kit.js';
import { lobsters } from './pages-heldout140-b2.js';

/**
 * Held-out batch 140, file b: a Slashdot story with its comment tree as an anonymous reader saves it (the nav bar with
 * the site sections and the login popup, the "powered by your submissions" banner, the story header with its source
 * link, "Posted by ... on ... from the ... dept." line, the summary quoting its source in italics with <br> breaks, the
 * share links and tags, the comment controls and threshold buttons, comments with subjects, scores, user ids and comment
 * numbers, a quoted parent, a signature, "Reply to This" / "Parent" links, the right rail (Top Deals, poll, Most
 * Discussed), the quote of the day and the footer); and, from file b2, a Lobsters story with comments.
 */
const sdTitle = 'Town Swaps Parking Meters For an App, Then Discovers Half the High Street Has No Signal';
const sdSummary = [
  'An anonymous reader quotes a report from the Wexbridge Courier:',
  '"Drivers in Wexbridge have been issued more than 1,100 parking fines in the six weeks since the town council removed its last ' +
    'coin-operated meters and moved all payments to the ParkPass app. The problem, according to traders, is that the south end of ' +
    'the high street sits in a mobile dead zone. Motorists who cannot get a signal cannot pay, and wardens have been ticketing them ' +
    'anyway.',
  '"The council says a phone payment line and a card terminal at the library were available throughout. Shop owners say neither was ' +
    'signposted, and that the phone line itself needs a signal. A spokesperson said the council would review every fine issued on ' +
    'the affected streets and refund those where the driver can show a failed payment attempt."',
  'The council has now agreed to reinstall two solar-powered meters as a stopgap while the mobile operator surveys the area for a ' + 'new mast.',
];
type Sd = { id: string; subject: string; score: string; user: string; when: string; depth: number; paras: string[]; quote?: string; sig?: string };
const sdComments: Sd[] = [
  {
    id: '65781652',
    subject: 'Nobody tested it at the kerb',
    score: '5, Insightful',
    user: 'wendigo_kite ( 5512893 )',
    when: 'on Wednesday November 05, 2025 @10:52AM',
    depth: 0,
    paras: [
      'Somebody signed off on this after a demo in the council office, on the council Wi-Fi. Ten minutes standing at the actual parking ' +
        'bays with a phone would have shown the problem.',
      'This is the same pattern every time a service goes app-only. The people designing it are never the people who use it in the rain.',
    ],
    sig: 'If it compiles, ship it. If it ships, blame QA.',
  },
  {
    id: '65781688',
    subject: 'Re:Nobody tested it at the kerb',
    score: '4, Interesting',
    user: 'Anonymous Coward',
    when: 'on Wednesday November 05, 2025 @11:07AM',
    depth: 1,
    quote: 'Ten minutes standing at the actual parking bays with a phone would have shown the problem.',
    paras: [
      'To be fair, coverage maps from the operators claim good signal there. The maps are modelled, not measured, and they are optimistic ' +
        'in old town centres with thick stone buildings. Councils rely on them because they have nothing better.',
    ],
  },
  {
    id: '65781705',
    subject: 'Fines for being unable to pay',
    score: '5, Informative',
    user: 'pjharrow ( 209114 )',
    when: 'on Wednesday November 05, 2025 @11:15AM',
    depth: 0,
    paras: [
      'In most places a penalty notice can be challenged if there was no reasonable way to pay. Keep a screenshot of the failed payment, ' +
        'or even a photo of your phone showing no bars with the street sign behind it. Appeals officers see this argument a lot now.',
    ],
  },
  {
    id: '65781733',
    subject: 'Re:Fines for being unable to pay',
    score: '2',
    user: 'Marrow Bone ( 7730012 )',
    when: 'on Wednesday November 05, 2025 @11:41AM',
    depth: 1,
    paras: ['Which is lovely if you own a smartphone in the first place. My mother does not, and she is the one who needs to park near the chemist.'],
  },
];
const sdSections = ['Stories', 'Firehose', 'All', 'Popular', 'Polls', 'Software', 'Thought Leadership', 'Ask Slashdot', 'Book Reviews', 'Games', 'Idle', 'YRO'];
const sdTopics = ['Devices', 'Build', 'Entertainment', 'Technology', 'Open Source', 'Science', 'YRO'];
const sdLogin = ['Nickname:', 'Password:', 'Public Terminal', 'Forgot your password?', 'Close'];
const sdTags = ['government', 'mobile', 'cellphones', 'transportation'];
const sdControls = ['Load All Comments', 'Full', 'Abbreviated', 'Hidden /Sea', 'Score:', 'More', 'Login', 'Search 57 Comments'];
const sdPoll = [
  'How do you usually pay for parking?',
  'Coins',
  'Card at the meter',
  'An app',
  'I avoid paid parking',
  'I do not drive',
  'Vote',
  'View Results',
];
const sdDiscussed = [
  'Regional Bank Ends Paper Statements, Customers Push Back',
  'Ask Slashdot: How Do You Keep an Old Laptop Useful?',
  'Survey Finds Most Smart Plugs Never Get a Firmware Update',
];
const sdFoot = [
  'Submit Story',
  'FAQ',
  'Story Archive',
  'Hall of Fame',
  'Advertising',
  'Terms',
  'Privacy Statement',
  'About',
  'Feedback',
  'Mobile View',
  'Blog',
];
const sdFortune = 'A committee is a group that keeps minutes and wastes hours.';
const sdNote =
  'There may be more comments in this discussion. Without JavaScript enabled, you might want to turn on Classic Discussion System in your ' +
  'preferences instead.';
const sdBody = (ps: readonly string[]): string => ps.join('<br><br>');
const sdComment = (
  c: Sd,
): string => `<li id="tree_${c.id}" class="comment contain"><div id="comment_${c.id}" class="cw"><div id="comment_top_${c.id}" class="commentTop">
<div class="title"><h4><a id="comment_link_${c.id}" name="comment_link_${c.id}"
href="//tech.slashdot.example/comments.pl?sid=23781234&amp;cid=${c.id}">${c.subject}</a>
<span id="comment_score_${c.id}" class="score">(<span class="hide-hidden">Score:</span>${c.score})</span></h4></div><div class="details">by <span class="by">${
  c.user === 'Anonymous Coward' ? c.user : `<a href="//slashdot.example/~${c.user.split(' (')[0]}">${c.user}</a>`
}</span> <span class="otherdetails" id="comment_otherdetails_${c.id}">${c.when} (<a href="//tech.slashdot.example/comments.pl?cid=${c.id}">#${c.id}</a>)</span>
</div></div><div class="commentBody"><div id="comment_body_${c.id}">${c.quote ? `<div class="quote"><p>${c.quote}</p></div>` : ''}${c.paras
  .map((p) => `<p>${p}</p>`)
  .join('')}</div>${c.sig ? `<div class="sig">--<br>${c.sig}</div>` : ''}</div><div class="commentSub" id="comment_sub_${c.id}"><span class="nbutton"><b>
<a href="//tech.slashdot.example/comments.pl?op=Reply&amp;pid=${c.id}">Reply to This</a></b></span>${
  c.depth > 0 ? ' <span class="nbutton"><b><a href="#" class="parent">Parent</a></b></span>' : ''
} <span class="nbutton"><b><a href="#" class="share">Share</a></b></span></div></div>`;
const sdTree = (): string => {
  let out = '<ul id="commentlisting" class="d2">';
  sdComments.forEach((c, i) => {
    const next = sdComments[i + 1];
    out += sdComment(c);
    if (next && next.depth > c.depth) out += `<ul id="group_${c.id}">`;
    else out += '</li>';
    if (!next || next.depth < c.depth) out += '</ul></li>'.repeat(c.depth - (next?.depth ?? 0));
  });
  return `${out}</ul>`;
};
const sdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sdTitle} - Slashdot</title>
<meta name="description" content="An anonymous reader quotes a report from the Wexbridge Courier: Drivers in Wexbridge have been issued more than 1,100
parking fines">
<meta property="og:title" content="${sdTitle} - Slashdot"><meta property="og:type" content="article"><meta property="og:site_name" content="Slashdot">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://tech.slashdot.example/story/25/11/05/1040234/">
<link rel="stylesheet" href="//a.fsdn.example/sd/css/slashdot.css?f50a2c9e"><script src="//a.fsdn.example/sd/all-minified.js?f50a2c9e"></script>
<script>window.sd_kw = ['government','mobile']; var fsdn_ads = {"page_type":"story"};</script></head>
<body class="anon index2 fhbody-story story-page"><div id="top_parent"></div>
<div class="nav-wrap ntv-sponsored-disabled"><div class="container"><nav role="firehose menu" class="nav-primary" aria-label="primary">
<a href="//slashdot.example" class="logo" title="Slashdot"><span>Slashdot</span></a><ul class="nav-site">${links(sdSections, 'nav-item')}</ul>
<ul class="nav-secondary"><li class="nav-search"><form method="get" action="//slashdot.example/index2.pl"><input type="text" name="fhfilter"
placeholder="Search"
aria-label="Search"></form></li><li class="nav-login"><a href="//slashdot.example/my/login" id="loginlink" class="log-in">Log In/Create an
Account</a></li></ul></nav>
<div id="login-popup" class="hide" role="dialog"><form action="//slashdot.example/my/login" method="post"><label>${sdLogin[0]}<input type="text"
name="unickname"></label>
<label>${sdLogin[1]}<input type="password" name="upasswd"></label><label><input type="checkbox" name="login_temp">${sdLogin[2]}</label><input type="submit"
value="Log In">
<a href="//slashdot.example/my/mailpassword">${sdLogin[3]}</a><a href="#" class="close">${sdLogin[4]}</a></form></div></div></div>
<div class="banner-contain"><div class="container"><div class="banner-text">Slashdot is powered by <strong>your submissions</strong>, so send in your
scoop</div>
</div></div>
<section class="container"><div class="main-wrap has-rightbar"><aside class="sidebar-nav"
aria-label="topics"><h2>Topics:</h2><ul>${links(sdTopics, 'nav-topic')}</ul></aside>
<div class="main-content"><div id="firehose" class="nothumbs"><div id="firehoselist" class="fhroot">
<article data-fhid="178123456" data-fhtype="story" class="fhitem fhitem-story article usermode thumbs grid_24" id="fhitem-178123456">
<span class="sd-info-block" style="display: none"><span class="sd-key-firehose-id">178123456</span><span class="type">story</span></span>
<header><h2 class="story"><span id="title-178123456" class="story-title"><a onclick="return toggle_fh_body_wrap_return(this);"
href="//tech.slashdot.example/story/25/11/05/1040234/">${sdTitle}</a> <span class=" no extlnk"><a class="story-sourcelnk"
href="https://www.wexbridgecourier.example/news/parking-app-fines" title="External link - https://www.wexbridgecourier.example/news/parking-app-fines"
target="_blank">(wexbridgecourier.example)</a></span></span></h2><div class="details" id="details-178123456"><span class="story-byline">
Posted by <a href="//slashdot.example/~kestrelBD">kestrelBD</a>
<time id="fhtime-178123456" datetime="on Wednesday November 05, 2025 @10:40AM">on Wednesday November 05, 2025 @10:40AM</time>
from the <span class="dept-text">can-you-hear-me-now</span> dept.</span></div></header>
<div class="body" id="fhbody-178123456"><div id="text-178123456" class="p">${sdSummary[0]}
<i>${sdBody(sdSummary.slice(1, 3))}</i><br><br>${sdSummary[3]}</div></div>
<aside class="grid_24 view_mode"><div class="story-controls"><div class="share-wrap"><a class="twitter" href="#">Share on Twitter</a>
<a class="facebook" href="#">Share on Facebook</a></div><span class="cmt-bubble"><a href="#comments"><span class="cmntcnt"><span
class="cmnt-cnt">57</span></span></a></span>
</div><div class="story-tags"><span class="tag-bar none"><a href="#" class="more">more</a></span><div class="tag-display"><ul class="tag-display">${sdTags
  .map((t) => `<li><a class="popular tag" href="//slashdot.example/tag/${t}">${t}</a></li>`)
  .join('')}</ul></div></div></aside></article>
<div class="prev-next"><a href="//slashdot.example/story/25/11/05/0312201/" class="prev"><span class="nav-title">Previous Story</span></a>
<a href="//slashdot.example/story/25/11/05/1207255/" class="next"><span class="nav-title">Next Story</span></a></div></div></div>
<div id="comments"><div class="commentBox"><div id="commentControls"><div class="commentlisting-header"><span class="totalcommentcount">57</span> comments</div>
<ul class="d2-controls">${sdControls.map((t) => `<li><a href="#" class="btn">${t}</a></li>`).join('')}</ul><noscript><p
class="note">${sdNote}</p></noscript></div>
${sdTree()}
<div class="loadall"><a href="#" class="btn">Load More Comments</a></div></div></div></div>
<aside id="slashboxes" class="rightbar" role="complementary"><section id="sdtopdeals" class="block"><header><h2>Slashdot Top Deals</h2></header>
<div class="content"><span class="ad-label">Sponsored Content</span></div></section>
<section id="poll" class="block"><header><h2>Slashdot Poll</h2></header><form action="//slashdot.example/pollBooth.pl" class="poll-form"><h3>${sdPoll[0]}</h3>
<ul>${sdPoll
  .slice(1, 6)
  .map((t) => `<li><label><input type="radio" name="aid">${t}</label></li>`)
  .join('')}</ul><button type="submit">${sdPoll[6]}</button><a href="//slashdot.example/pollBooth.pl?view=1">${sdPoll[7]}</a></form></section>
<section id="mostdiscussed" class="block"><header><h2>Most Discussed</h2></header><ul>${links(sdDiscussed)}</ul></section></aside></div></section>
<footer id="ft" class="main-footer"><div class="container"><div class="row"><div class="footer-logo"><a href="//slashdot.example">Slashdot</a></div>
<div class="submit-story"><a href="//slashdot.example/submission">${sdFoot[0]}</a></div><div class="fortune"><p>${sdFortune}</p></div><ul
class="footer-links">${links(sdFoot.slice(1))}</ul><p class="copyright">Copyright © 2025 Slashdot Media. All Rights Reserved.</p></div></div></footer>
<div id="working" class="hide"><span>Working...</span></div>
<script>$(function(){ D2.init({"sid":23781234,"threshold":1,"highlightthresh":4}); });</script></body></html>`;
const slashdot: TestPage = {
  html: sdHtml,
  name: 'heldout140-slashdot-story-comments',
  kind: 'forum',
  // the story summary (with its quoted report, which is the story) and the comments are body; comment subjects and the
  // quoted parent are in neither list; the "Posted by" line, user names with ids and comment times are bylines; the dept.
  // joke, scores, comment numbers, signatures and controls are furniture
  title: sdTitle,
  headings: [],
  body: texts([...sdSummary, ...sdComments.flatMap((c) => c.paras)]),
  bylines: ['Posted by kestrelBD on Wednesday November 05, 2025 @10:40AM', ...sdComments.map((c) => c.user), ...sdComments.map((c) => c.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slashdot', ...sdSections, 'Log In/Create an Account', ...sdLogin, 'Slashdot is powered by your submissions, so send in your scoop', 'Topics:', 'Devices',
    'Build', 'Entertainment', 'Technology', 'Open Source', 'Science', '(wexbridgecourier.example)', 'from the can-you-hear-me-now dept.', 'Share on Twitter',
    'Share on Facebook', 'more', ...sdTags, 'Previous Story', 'Next Story', '57 comments', ...sdControls, sdNote, '(Score:5, Insightful)',
    '(Score:4, Interesting)', '(Score:5, Informative)', '(Score:2)', ...sdComments.map((c) => `#${c.id}`), `--${sdComments[0]?.sig}`, 'Reply to This', 'Parent',
    'Share', 'Load More Comments', 'Slashdot Top Deals', 'Sponsored Content', 'Slashdot Poll', ...sdPoll, 'Most Discussed', ...sdDiscussed, ...sdFoot,
sdFortune,
    'Copyright © 2025 Slashdot Media. All Rights Reserved.', 'Working...',
  ],
};

export const HELDOUT140_B: readonly TestPage[] = [slashdot, lobsters];
