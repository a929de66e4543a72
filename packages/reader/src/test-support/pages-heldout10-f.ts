import { plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 10, file f: a Bugzilla 5 bug page (header links, summary line, status fields table,
 * attachments table, the description and follow-up comments each in a <pre class="bz_comment_text"> with
 * Bugzilla's own "Created attachment" and "In reply to" lines) and a Slashdot-style story with its
 * "from the ... dept." byline, story text in one <div class="p"> cut by <br><br>, and a threaded comment section.
 */
const bugTitle = 'Printing a rotated page to PDF crops the right margin';
interface BugComment {
  who: string;
  when: string;
  /** Bugzilla's own first lines (attachment notes, reply headers), not the poster's text. */
  auto?: string;
  /** Quoted lines of an earlier comment. */
  quote?: string;
  paras: string[];
}
const bugComments: BugComment[] = [
  {
    who: 'Hanna Poell',
    when: '2025-02-10 08:31:44 UTC',
    auto:
      'Created <a href="attachment.cgi?id=9921" title="Sample document with one landscape page">attachment 9921</a> ' +
      '<a href="attachment.cgi?id=9921&amp;action=edit">[details]</a>\nSample document with one landscape page',
    paras: [
      'When a document mixes portrait and landscape pages, printing it to PDF with "Print to File" crops about 2 cm off\n' +
        'the right-hand side of every landscape page. Portrait pages come out fine, and printing the same document to a\nreal printer is fine too.',
      'Steps to reproduce:',
      '1. Open the attached sample (page 2 is landscape).',
      '2. File &gt; Print, choose "Print to File", output format PDF, all pages.',
      '3. Open the resulting file in any viewer.',
      'Actual results: page 2 is cut off at the right edge; the last column of the table\nis missing.',
      'Expected results: page 2 is rotated to fit, as it is on paper.',
      'This worked in 3.1.4, so it looks like a regression from the new print dialog in\n3.2.',
    ],
  },
  {
    who: 'Oskar Lindqvist',
    when: '2025-02-11 13:02:10 UTC',
    paras: [
      'Confirmed with current main on Fedora 41. It does not happen with "Fit to page"\nswitched off, which points at the ' +
        'scaling code rather than at the rotation itself.',
    ],
  },
  {
    who: 'Oskar Lindqvist',
    when: '2025-02-11 15:47:33 UTC',
    paras: [
      'The print dialog now computes the scale from the page size before rotation is\napplied, so a landscape page is ' +
        'scaled as if it were portrait and then turned, which\npushes its right edge off the sheet. Patch on the way.',
    ],
  },
  {
    who: 'Hanna Poell',
    when: '2025-02-12 07:15:02 UTC',
    auto: '(In reply to Oskar Lindqvist from <a href="show_bug.cgi?id=48213#c2">comment #2</a>)',
    quote: '&gt; The print dialog now computes the scale from the page size before rotation is\n&gt; applied',
    paras: ['That explains why my A5 landscape pages were fine: they fit either way. Thanks\nfor looking at this so quickly.'],
  },
  {
    who: 'Oskar Lindqvist',
    when: '2025-02-27 16:05:12 UTC',
    auto:
      'Created <a href="attachment.cgi?id=9937" title="Compute print scale after rotation">attachment 9937</a> ' +
      '<a href="attachment.cgi?id=9937&amp;action=edit">[details]</a>\nCompute print scale after rotation',
    paras: [
      'Fixed on main with the attached patch, which swaps the order of the two steps and\nadds a test with a ' +
        'mixed-orientation document. It will ship in 3.3; I have also asked\nfor it to be picked into 3.2.2.',
    ],
  },
];
const bugFields: [string, string][] = [
  ['Status', 'RESOLVED FIXED'],
  ['Alias', 'None'],
  ['Product', 'Kestrel'],
  ['Component', 'Print dialog'],
  ['Version', '3.2.1'],
  ['Hardware', 'x86_64 Linux'],
  ['Importance', 'P3 normal'],
  ['Target Milestone', '3.3'],
  ['Keywords', 'regression'],
  ['Depends on', ''],
  ['Blocks', ''],
];
const bugAttach: [number, string, string][] = [
  [9921, 'Sample document with one landscape page', '18.40 KB, application/pdf'],
  [9937, 'Compute print scale after rotation', '3.12 KB, patch'],
];
const bugHead = ['Home', 'New', 'Browse', 'Search', 'Reports'];
const cHtml = (c: BugComment, i: number): string =>
  `<div id="c${i}" class="bz_comment${i === 0 ? ' bz_first_comment' : ''}"><div class="bz_${i === 0 ? 'first_' : ''}comment_head">` +
  `<span class="bz_comment_number"><a href="show_bug.cgi?id=48213#c${i}">${i === 0 ? 'Description' : `Comment ${i}`}</a></span>\n` +
  `<span class="bz_comment_user"><span class="vcard"><span class="fn">${c.who}</span></span></span>\n` +
  `<span class="bz_comment_time">${c.when}</span></div>\n<pre class="bz_comment_text" id="comment_text_${i}">` +
  [c.auto, c.quote, ...c.paras].filter((x) => x !== undefined).join('\n\n') +
  `</pre></div>`;
const bugHtml = `<!DOCTYPE html>
<html lang="en"><head><title>48213 – ${bugTitle}</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<link href="skins/standard/global.css?1714462018" rel="stylesheet" type="text/css"><link href="skins/standard/show_bug.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="js/util.js?1714462018"></script>
<script type="text/javascript">YAHOO.util.Event.onDOMReady(function() { initHeader(); });</script>
</head><body class="bugs-kestrel-example yui-skin-sam"><div id="header"><div id="banner"></div>
<div id="titles"><span id="title">Kestrel Bugzilla – Bug 48213</span><span id="subtitle" class="subheader">${bugTitle}</span>
<span id="information" class="header_addl_info">Last modified: 2025-02-27 16:05:12 UTC</span></div>
<div id="common_links">
<ul class="links">${bugHead.map((t, i) => `<li>${i === 0 ? '' : '<span class="separator">| </span>'}<a href="${t}.cgi">${t}</a></li>`).join('')}
<li class="form"><span class="separator">| </span><form action="buglist.cgi" method="get"><input class="txt" type="text" id="quicksearch_top" name="quicksearch"
 title="Quick Search"><input class="btn" type="submit" value="Search"></form><a href="page.cgi?id=quicksearch.html" title="Quicksearch Help">[?]</a></li></ul>
<ul class="links"><li id="mini_login_container_top"><a id="login_link_top" href="show_bug.cgi?id=48213&amp;GoAheadAndLogIn=1">Log In</a></li>
<li id="forgot_container_top"><span class="separator">| </span><a id="forgot_link_top" href="#">Forgot Password</a></li></ul></div></div>
<div id="bugzilla-body"><form name="changeform" id="changeform" method="post" action="process_bug.cgi">
<div class="bz_alias_short_desc_container edit_form"><a href="show_bug.cgi?id=48213"><b>Bug&nbsp;48213</b></a> -
<span id="short_desc_nonedit_display">${bugTitle}</span></div>
<table class="edit_form"><tr><td id="bz_show_bug_column_1" class="bz_show_bug_column"><table>
${bugFields.map(([k, v]) => `<tr><th class="field_label"><a href="page.cgi?id=fields.html#${k}">${k}</a>:</th><td>${v}</td></tr>`).join('\n')}
<tr><th class="field_label">Assignee:</th><td><span class="vcard"><span class="fn">Oskar Lindqvist</span></span></td></tr>
<tr><th class="field_label">URL:</th><td></td></tr></table></td>
<td id="bz_show_bug_column_2" class="bz_show_bug_column"><table>
<tr><th class="field_label">Reported:</th><td>2025-02-10 08:31 UTC by <span class="vcard"><span class="fn">Hanna Poell</span></span></td></tr>
<tr><th class="field_label">Modified:</th><td>2025-02-27 16:05 UTC (<a href="show_activity.cgi?id=48213">History</a>)</td></tr>
<tr><th class="field_label">CC List:</th><td>3 users (<a href="#">show</a>)</td></tr>
<tr><th class="field_label">See Also:</th><td></td></tr></table></td></tr></table>
<table id="attachment_table"><tr id="a0"><th colspan="3" class="left">Attachments</th></tr>
${bugAttach
  .map(
    ([id, d, info]) =>
      `<tr class="bz_contenttype_text"><td><a href="attachment.cgi?id=${id}"><b>${d}</b></a> <span class="bz_attach_extra_info">(${info})</span></td>` +
      `<td>no flags</td><td><a href="attachment.cgi?id=${id}&amp;action=edit">Details</a></td></tr>`,
  )
  .join('\n')}
<tr class="bz_attach_footer"><td colspan="3"><a href="attachment.cgi?bugid=48213&amp;action=viewall">View All</a>
<a href="attachment.cgi?bugid=48213&amp;action=enter">Add an attachment</a> (proposed patch, testcase, etc.)</td></tr></table>
<table class="bz_comment_table"><tr><td>
${bugComments.map(cHtml).join('\n')}
</td></tr></table>
<p>Note: You need to <a href="show_bug.cgi?id=48213&amp;GoAheadAndLogIn=1">log in</a> before you can comment on or make changes to this bug.</p>
</form><hr><ul class="related_actions"><li><a href="show_bug.cgi?format=multiple&amp;id=48213">Format For Printing</a></li>
<li>&nbsp;-&nbsp;<a href="show_bug.cgi?ctype=xml&amp;id=48213">XML</a></li><li>&nbsp;-&nbsp;<a href="enter_bug.cgi?cloned_bug_id=48213">Clone This Bug</a></li>
<li>&nbsp;-&nbsp;<a href="#">Top of page</a></li></ul></div></body></html>`;
const bugzilla: TestPage = {
  html: bugHtml,
  name: 'heldout10-bugzilla-bug',
  kind: 'forum',
  // hard calls: the bug summary is the title; the description and the four comments are the thread, so each of
  // their paragraphs (steps and result lines too) is body, though they sit in <pre> elements with hard line breaks;
  // Bugzilla's own "Created attachment ... [details]" lines with the attachment's description, the "(In reply to
  // ...)" line and the "Description" / "Comment n" labels are furniture; the quoted "&gt;" lines repeat comment 2
  // and are neither body nor listed; names and times are bylines (the reporter line and "Last modified" too); the
  // status fields table, the attachments table, the header links and the footer actions are furniture
  title: bugTitle,
  headings: [],
  body: bugComments.flatMap((c) => texts(c.paras)),
  bylines: [...new Set(bugComments.flatMap((c) => [c.who, c.when]))].concat([
    'Last modified: 2025-02-27 16:05:12 UTC',
    '2025-02-10 08:31 UTC by Hanna Poell',
    '2025-02-27 16:05 UTC',
  ]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel Bugzilla – Bug 48213', ...bugHead, 'Log In', 'Forgot Password', 'Bug 48213',
    ...bugFields.flatMap(([k, v]) => [`${k}:`, v].filter((x) => x !== '')), 'Assignee:', 'Reported:', 'Modified:', 'History', 'CC List:', '3 users',
    'See Also:', 'Attachments', ...bugAttach.flatMap(([, d, info]) => [d, `(${info})`]), 'no flags', 'View All', 'Add an attachment',
    '(proposed patch, testcase, etc.)', 'Description', ...[1, 2, 3, 4].map((n) => `Comment ${n}`), 'Created attachment 9921 [details]',
    'Created attachment 9937 [details]', '(In reply to Oskar Lindqvist from comment #2)',
    'Note: You need to log in before you can comment on or make changes to this bug.', 'Format For Printing', 'Clone This Bug', 'Top of page',
  ],
};

const sdStory = [
  'An anonymous reader quotes a report from the Midland Courier: <i>"A year-long trial of porous asphalt on two residential ' +
    'streets in Elmbridge has cut night-time noise complaints by more than half, the borough council said on Monday. The ' +
    'surface, which is full of tiny air pockets that swallow tyre noise, was laid on Carrow Road and Peel Street last March ' +
    'at about 1.4 times the cost of ordinary asphalt.</i>',
  '<i>"Measurements taken at the kerb showed average levels falling by 4 to 5 decibels for cars, which engineers say a ' +
    'listener hears as roughly a third quieter. The gain was smaller for lorries, whose noise comes more from engines than ' +
    'tyres. The council now plans to use the surface on three more streets near the ring road, but warned that the pores ' +
    'clog over time and the benefit may fade after seven or eight years unless the road is cleaned with high-pressure water."</i>',
  'The trial follows similar schemes in the Netherlands and Denmark, where porous surfaces are common on motorways but ' +
    'rarer in towns, because slow traffic does less to keep the pores clear.',
];
const sdTitle = 'Town Trial Finds Porous Asphalt Halves Night-Time Noise Complaints';
const sdComments: [string, string, string, string, string, string[]][] = [
  // [id, title, score, user, date, paragraphs]
  [
    '65190211',
    'Cost per decibel',
    '(Score:5, Insightful)',
    'gravelpit ( 1938204 )',
    'Tuesday March 04, 2025 @08:22PM',
    [
      'Forty percent more per square metre sounds like a lot until you price the alternative, which is noise barriers. A ' +
        'single stretch of fence along a ring road costs more than resurfacing the whole street, and it looks worse.',
    ],
  ],
  [
    '65190387',
    'Re:Cost per decibel',
    '(Score:4, Informative)',
    'Anonymous Coward',
    'Tuesday March 04, 2025 @08:41PM',
    [
      'The catch is the cleaning. Nobody budgets for the pressure washer truck, so after five years you have paid extra for ' +
        'ordinary asphalt with holes in it.',
    ],
  ],
  [
    '65190402',
    'Tyres matter more',
    '(Score:3, Interesting)',
    'quietcar ( 877120 )',
    'Tuesday March 04, 2025 @08:44PM',
    [
      'Half the noise on my street is from wide low-profile tyres on heavy electric SUVs. Fix that and the road surface ' +
        'becomes a much smaller part of the problem.',
    ],
  ],
];
const sdNav = ['Stories', 'Firehose', 'All', 'Popular', 'Polls', 'Software', 'Submit'];
const sdComment = ([id, t, score, user, date, ps]: (typeof sdComments)[number], nested: string): string =>
  `<li id="tree_${id}" class="comment contain"><div id="comment_${id}" class="cw"><div id="comment_top_${id}" class="commentTop"><div class="title">` +
  `<h4><a id="comment_link_${id}" href="//tech.slashdot.example/comments.pl?sid=23611207&amp;cid=${id}">${t}</a> ` +
  `<span id="comment_score_${id}" class="score">${score}</span></h4></div><div class="details">by <span class="by">` +
  `${user.startsWith('Anonymous') ? user : `<a href="//slashdot.example/~${user.split(' ')[0]}">${user}</a>`}</span> ` +
  `<span class="otherdetails">on <span class="date">${date}</span> (<span class="sd-key-comment-id"><a href="#">#${id}</a></span>)</span></div></div>` +
  `<div class="commentBody"><div id="comment_body_${id}">${ps.join('<p>')}</div></div>` +
  `<div class="commentSub"><span class="nbutton"><b><a href="#">Reply to This</a></b></span> <span class="nbutton"><b><a href="#">Share</a></b></span>` +
  `</div></div><ul id="group_${id}">${nested}</ul></li>`;
const sdHtml = `<!DOCTYPE html>
<html id="slashdot_tech" lang="en"><head><meta charset="utf-8"><title>${sdTitle} - Slashdot</title>
<meta name="description" content="An anonymous reader quotes a report from the Midland Courier">
<link rel="stylesheet" href="//a.fsdn.example/sd/css/core.css"><script src="//a.fsdn.example/sd/all-minified.js"></script></head>
<body class="anon index2 fhitem-wide story-page"><div id="top_parent"></div>
<header id="slashdot-header"><div class="container"><a href="//slashdot.example" class="logo" title="Slashdot"></a>
<div class="nav-sub"><span class="slogan">News for nerds, stuff that matters</span></div>
<nav role="firehose menu" class="nav-primary"><ul>${sdNav.map((t) => `<li><a href="//slashdot.example/${t.toLowerCase()}">${t}</a></li>`).join('')}</ul></nav>
<div class="user-access"><a href="//slashdot.example/my/login" class="btn">Login</a> or <a href="//slashdot.example/my/newuser">Sign up</a></div>
<p class="submit-pitch">Slashdot is powered by <strong>your submissions</strong>, so send in your scoop</p></div></header>
<div id="firehose" class="row"><div id="firehoselist" class="fhroot"><article data-fhid="23611207" data-fhtype="story"
 class="fhitem fhitem-story article usermode thumbs grid_24" id="firehose-23611207">
<span class="sd-info-block" style="display:none"><span class="type">story</span></span><header>
<span class="topic"><a href="//tech.slashdot.example/index2.pl?fhfilter=transportation"><img src="//a.fsdn.example/sd/topics/transportation_64.png"
 alt="Transportation" width="64" height="64" title="Transportation"></a></span>
<h2 class="story"><span id="title-23611207" class="story-title"><a href="//tech.slashdot.example/story/25/03/04/1954203/">${sdTitle}</a>
<span class="no extlnk"><a class="story-sourcelnk" href="https://midlandcourier.example/news/elmbridge-asphalt">(midlandcourier.example)</a></span></span></h2>
<div class="details" id="details-23611207"><span class="story-byline">
Posted by <a href="//slashdot.example/~harlanv">harlanv</a> on <time id="fhtime-23611207" datetime="on Tuesday March 04, 2025 @08:00PM">Tuesday March 04, 2025
@08:00PM</time> <span class="dept-text">from the tread-softly dept.</span></span></div></header>
<div class="body" id="fhbody-23611207"><div id="text-23611207" class="p">${sdStory.join('<br><br>\n')}</div></div>
<aside class="grid_24 view_mode"><div class="story-tags"><span class="tag-bar"><a class="tag" href="/tag/transportation">transportation</a>
<a class="tag" href="/tag/science">science</a></span></div>
<footer><span class="cmt-bubble"><a href="#comments" class="comment-bubble">42</a> comments</span></footer></aside></article></div>
<aside id="slashboxes" class="col-sidebar"><div class="block" id="related"><h2>Related Links</h2><ul>
<li><a href="#">Study Says Electric Cars Are Not Much Quieter at Speed</a></li>
<li><a href="#">Ask Slashdot: Best Way To Soundproof a Street-Facing Flat?</a></li>
</ul></div><div class="block" id="poll"><h2>Slashdot Poll</h2><p>The loudest thing near my home is:</p></div></aside>
<div id="comments" class="comments-wrapper"><div class="commentBox"><small>This discussion has been archived. No new comments can be posted.</small></div>
<div id="d2header"><span>Load All Comments</span> <span>Full</span> <span>Abbreviated</span> <span>Hidden/Share</span></div>
<ul id="commentlisting" class="d2">
${sdComment(sdComments[0]!, sdComment(sdComments[1]!, ''))}
${sdComment(sdComments[2]!, '')}
</ul><div id="more_comments_button"><a href="#">Load More Comments</a></div></div></div>
<footer id="fhft"><div class="quote">The fastest road is the one they are not resurfacing. --Traffic proverb</div>
<nav><a href="//slashdot.example/faq">FAQ</a> <a href="//slashdot.example/privacy">Privacy</a> <a href="//slashdot.example/terms">Terms</a></nav>
<p>© 2025 Slashdot Media. All Rights Reserved.</p></footer></body></html>`;
const slashdot: TestPage = {
  html: sdHtml,
  name: 'heldout10-slashdot-story',
  kind: 'news',
  // hard calls: the story is the article and its three paragraphs (two quoted in <i>, all in one <div class="p">
  // cut by <br><br>) are the body, three being all this genre allows; the comment section under it is the readers'
  // discussion of the story, not the story, so comment titles and texts are furniture (unlike a forum thread or a
  // Lobsters link page, where the posts are the page), and commenters and their dates are bylines; "Posted by
  // harlanv" and the story date are bylines, the "from the tread-softly dept." tag line, the source link, tags,
  // comment count, related links, poll, comment controls, quote and footer are furniture
  title: sdTitle,
  headings: [],
  body: texts(sdStory),
  bylines: ['harlanv', 'Tuesday March 04, 2025 @08:00PM', ...sdComments.flatMap(([, , , u, d]) => [u, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'News for nerds, stuff that matters', ...sdNav, 'Login', 'Sign up', 'Slashdot is powered by your submissions, so send in your scoop',
    '(midlandcourier.example)', 'from the tread-softly dept.', 'transportation', 'science', '42 comments', 'Related Links',
    'Study Says Electric Cars Are Not Much Quieter at Speed', 'Ask Slashdot: Best Way To Soundproof a Street-Facing Flat?', 'Slashdot Poll',
    'The loudest thing near my home is:', 'This discussion has been archived. No new comments can be posted.', 'Load All Comments',
    ...sdComments.flatMap(([, t, s, , , ps]) => [t, s, ...ps.map(plain)]), 'Reply to This', 'Share', 'Load More Comments',
    'The fastest road is the one they are not resurfacing. --Traffic proverb', 'FAQ', '© 2025 Slashdot Media. All Rights Reserved.',
  ],
};

export const HELDOUT10_F: readonly TestPage[] = [bugzilla, slashdot];
