import { links, type TestPage, texts } from './page-kit.js';
import { vbulletinThread } from './pages-heldout44-b2.js';

/**
 * Held-out batch 44, file b: a topic on a UBB.threads 7.7 forum in its flat view (the header with the site name and the
 * top links, the breadcrumb, "Print Thread" and the previous/next links, "Thread Options", the post tables with a subject bar
 * per post ("Re: ... [Re: user]"), the post number and date, the author cell with title, registration date, post count and
 * location, an "Originally Posted by" quote block, a signature, the Quote/Reply/Report options, "Top" links, "Moderated by",
 * the "Hop to" box, the sidebar with popular topics and forum statistics, "Who's Online", and the footer with the timing line).
 */
const ubTitle = 'Chipbreaker setting for curly maple - how close is close?';
const ubP1 = [
  'I am flattening a pair of curly maple panels for a blanket chest lid and getting tear-out no matter which direction I plane. ' +
    'The iron is freshly honed to 8000 grit on a Stanley No. 4 type 11, and the mouth is about as tight as the frog will allow.',
  'I have read that the chipbreaker should sit very close to the edge for figured wood, but the numbers I see range from a ' +
    "sixty-fourth of an inch to a hair's width. How close are you setting yours, and do you change the angle of the breaker's " +
    'leading edge?',
];
const ubP2 = [
  'For curly maple I set it so close that I can only just see a line of light when I hold the plane up to a window. On a ' +
    'smoothing plane that is roughly two or three hundredths of a millimetre, which is less than most people think is possible.',
  'The angle matters as much as the distance. I put a small secondary bevel on the front edge of the breaker, around 45 to 50 ' +
    'degrees, so it actually bends the shaving back instead of just guiding it. The factory edge on older Stanley breakers is ' +
    'too shallow to do much.',
  'Expect the plane to push a little harder when it is set this way. That is how you know it is working.',
];
const ubP3 = [
  'Tried this last night. I stoned a bevel on the breaker at about 50 degrees, flattened the underside so it mates with the iron ' +
    'with no gap, and set it as close as I could get without touching the edge. The difference is remarkable. The panel that was ' +
    'tearing out in patches is now almost clean, with just a little fuzz around one knot.',
  'It does push harder, as you said. I also had to back the iron out slightly because the thinner shaving was clogging the mouth.',
];
const ubP4 = [
  'For the knot, try skewing the plane about thirty degrees and taking the lightest pass you can. If that still fuzzes, a card ' +
    'scraper will finish it faster than any plane. No shame in it, the old-timers scraped figured maple all the time.',
];
const ubQuoted = 'I put a small secondary bevel on the front edge of the breaker, around 45 to 50 degrees, so it actually bends the shaving back';
const ubTop = ['Forums', 'Active Topics', 'Search', 'Help', 'Register', 'Log In'];
const ubCrumbs = ['Galoot Bench Talk', 'Workshop', 'Hand Tools'];
const ubPopular = ['Restoring a Disston D-8 with a kinked plate', 'Sharpening jig or freehand for chisels?', 'Best finish for a pine workbench top'];
const ubStats = ['Forums', '24', 'Topics', '38,112', 'Posts', '412,907', 'Members', '9,804'];
const ubFoot = ['Contact Us', 'Galoot Bench Talk', 'Privacy Statement', 'Top'];

interface UbUser {
  n: number;
  name: string;
  title: string;
  reg: string;
  posts: string;
  loc: string;
}
const jane: UbUser = { n: 8841, name: 'PlaneJaneTN', title: 'Member', reg: 'Aug 2016', posts: '412', loc: 'Knoxville, TN' };
const pete: UbUser = { n: 1207, name: 'Pete Halloran', title: 'Veteran', reg: 'Jan 2009', posts: '5,870', loc: 'Vermont' };
const al: UbUser = { n: 19023, name: 'woodbutcher_al', title: 'Junior Member', reg: 'Nov 2023', posts: '38', loc: 'Coos Bay, OR' };

const ubPost = (id: number, alt: string, who: UbUser, subject: string, when: string, body: string, sig = ''): string => `<div id="number${id}">
<table width="100%" class="t_inner" cellpadding="0" cellspacing="1"><tr><td class="subjecttable" colspan="2">
<div class="fblock" style="float: left;"><a name="Post${id}" id="Post${id}"></a><img src="/images/icons/book.gif" alt="" /> <b>${subject}</b></div>
<div class="fblock" style="float: right;"><span class="post-number">#${id}</span> - <span class="date">${when}</span></div></td></tr>
<tr><td class="author-content ${alt}" valign="top" rowspan="2"><a href="/ubbthreads.php/users/${who.n}/${who.name.replace(/ /g, '_')}"
class="username" rel="nofollow">${who.name}</a><br /><span class="small">${who.title}</span><br />
<img src="/images/avatars/${who.n}.jpg" alt="" class="avatar" width="60" height="60" /><br /><br />
<span class="small">Registered: ${who.reg}</span><br /><span class="small">Posts: ${who.posts}</span><br /><span class="small">Loc: ${who.loc}</span></td>
<td class="post-content ${alt}" valign="top"><div class="post_inner"><div id="body${id}">${body}</div>
${sig === '' ? '' : `<div class="signature"><hr class="signature" />${sig}</div>`}</div></td></tr>
<tr><td class="post-options ${alt}" valign="bottom"><div class="post-options-inner">
<a href="/ubbthreads.php/posts/${id}#Post${id}" rel="nofollow" class="post-link">Link</a> |
<a href="/ubbthreads.php?ubb=newreply&amp;Number=${id}&amp;what=showflat&amp;quote=1" rel="nofollow">Quote</a> |
<a href="/ubbthreads.php?ubb=newreply&amp;Number=${id}&amp;what=showflat" rel="nofollow">Reply</a> |
<a href="/ubbthreads.php?ubb=notifymod&amp;Number=${id}"
rel="nofollow">Report</a> <span class="top"><a href="#top">Top</a></span></div></td></tr></table></div>`;

const ubBody = (ps: readonly string[]): string => ps.join('<br /><br />');
const reTo = (u: string): string => `Re: ${ubTitle} [Re: ${u}]`;
const ubQuote = `<div class="ubbcode-block"><div class="ubbcode-header">Originally Posted By: <a href="/ubbthreads.php/posts/612412">Pete Halloran</a></div>
<div class="ubbcode-body">${ubQuoted}</div></div><br />`;

const ubHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" /><title>${ubTitle} - Galoot Bench Talk</title>
<meta name="generator" content="UBB.threads 7.7.5" /><link rel="stylesheet" href="/styles/common.css?v=7.7.5" type="text/css" />
<link rel="stylesheet" href="/styles/workshop_1701204210.css" type="text/css" />
<link rel="alternate" title="RSS" href="/ubbthreads.php?ubb=rss&amp;forum=14" type="application/rss+xml" />
<script>var baseurl = "/"; var fullurl = "https://www.gallootbench.example/"; var myUid = "1"; var submitClicked = "Your post has already been submitted.";
var loadingpreview = "Loading Preview..."; var today = "14"; var s_priv = ""; var copyright = "Galoot Bench Talk";</script>
<script src="/ubb_js/jquery.min.js?v=7.7.5"></script><script src="/ubb_js/ubb_jslib.js?v=7.7.5"></script></head>
<body onclick="if(event.which != 3) { clearMenus(event) }"><a name="top"></a>
<div id="content"><div id="ubbheader"><table width="100%" class="t_outer" cellpadding="0" cellspacing="0"><tr><td>
<a href="/"><img src="/images/general/bench_banner.png" alt="Galoot Bench Talk" /></a></td>
<td align="right" class="small">Hand tools, old iron and the people who sharpen them</td></tr></table>
<table width="100%" class="t_outer" cellpadding="0" cellspacing="0"><tr><td><table width="100%" class="t_inner" cellpadding="0" cellspacing="1"><tr>
<td class="navigation" nowrap="nowrap"><ul class="top-links">${links(ubTop, 'top-link')}</ul></td></tr></table></td></tr></table></div>
<div id="mainbody"><table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" class="body_col">
<table width="100%" class="t_standard" cellpadding="0" cellspacing="0"><tr><td class="breadcrumbs">
<a href="/">${ubCrumbs[0]}</a> »
<a href="/ubbthreads.php/category/3/workshop">${ubCrumbs[1]}</a> » <a href="/ubbthreads.php/forums/14/1/hand-tools">${ubCrumbs[2]}</a>
» <span class="bc-current">${ubTitle}</span></td></tr></table>
<table width="100%" class="t_outer" cellpadding="0" cellspacing="0"><tr><td class="tdheader"><table width="100%"><tr>
<td class="tdheader-title"><span class="subject">${ubTitle}</span></td>
<td align="right" class="tdheader-links"><a href="/ubbthreads.php?ubb=printthread&amp;Board=14&amp;main=61240"
rel="nofollow">Print Thread</a></td></tr></table></td></tr>
<tr><td class="navigation"><table width="100%"><tr><td class="alt-1"><a href="/ubbthreads.php/topics/61189" rel="nofollow">« Previous Thread</a></td>
<td class="alt-1" align="center"><a href="#" id="options_control" onclick="showHideMenu('options_control','options_popup'); return false;">Thread Options</a>
<div id="options_popup" style="display:none;"><table class="popup_menu"><tr><td class="popup_menu_content"><a href="#">Flat</a></td></tr>
<tr><td class="popup_menu_content"><a href="#">Threaded</a></td></tr><tr><td class="popup_menu_content"><a href="#">Email Thread</a></td></tr>
<tr><td class="popup_menu_content"><a href="#">Subscribe to Thread</a></td></tr></table></div></td>
<td class="alt-1" align="right"><a href="/ubbthreads.php/topics/61277" rel="nofollow">Next Thread »</a></td></tr></table></td></tr>
<tr><td class="alt-2">
${ubPost(612400, 'alt-1', jane, ubTitle, '03/03/25 04:18 PM', ubBody(ubP1))}
${ubPost(612412, 'alt-2', pete, reTo('PlaneJaneTN'), '03/03/25 06:02 PM', ubBody(ubP2), 'Pete<br />Plane Crazy in the Green Mountains')}
${ubPost(612451, 'alt-1', jane, reTo('Pete Halloran'), '03/04/25 09:37 AM', `${ubQuote}${ubBody(ubP3)}`)}
${ubPost(612477, 'alt-2', al, reTo('PlaneJaneTN'), '03/04/25 01:55 PM', ubBody(ubP4), 'Al -- measure with a rule, mark with a knife, cut once')}
</td></tr></table>
<table width="100%" class="t_outer" cellpadding="0" cellspacing="0"><tr><td class="footer">Moderated by:&nbsp;
<a href="/ubbthreads.php/users/2/GalootAdmin">GalootAdmin</a>, <a href="/ubbthreads.php/users/311/Sawset_Sam">Sawset_Sam</a></td>
<td class="footer" align="right"><form method="post" action="/ubbthreads.php"><input type="hidden" name="ubb" value="jumper" />Hop To
<select name="forum" class="form-select" onchange="this.form.submit()"><option value="">Select a forum</option>
<option value="14" selected="selected">Hand Tools</option><option value="15">Power Tools</option><option value="16">Finishing</option>
<option value="17">Projects &amp; Plans</option></select></form></td></tr></table></td>
<td valign="top" class="right_col" width="200"><div class="sidebar-box"><h3 class="sidebar-title">Popular Topics(Views)</h3><ul class="popular">
${ubPopular
  .map(
    (t, i) => `<li><a href="/ubbthreads.php/topics/${60000 + i * 37}">${t}</a> <span class="small">(${[18442, 9903, 7250][i]})</span>
</li>`,
  )
  .join('\n')}
</ul></div><div class="sidebar-box"><h3 class="sidebar-title">Forum Statistics</h3><table class="stats">
${[0, 2, 4, 6].map((i) => `<tr><td>${ubStats[i]}</td><td align="right">${ubStats[i + 1]}</td></tr>`).join('')}</table>
<p class="small">Most Online 1,120<br />Jan 5th, 2021</p></div>
<div class="sidebar-box"><h3 class="sidebar-title">Who's Online Now</h3>
<p class="small">3 members (PlaneJaneTN, Sawset_Sam, HewnByHand), 57 guests, and 14 spiders.</p>
<p class="small">Key: <span class="adminname">Admin</span>, <span class="globalmodname">Global Mod</span>, <span class="modname">Mod</span></p></div></td>
</tr></table></div>
<div id="ubbfooter"><table width="100%" class="t_outer" cellpadding="0" cellspacing="0"><tr><td class="footer" align="center">
${ubFoot.map((t) => `<a href="${t === 'Top' ? '#top' : `/${t.toLowerCase().replace(/ /g, '-')}`}">${t}</a>`).join(' | ')}</td></tr>
<tr><td class="alt-1 small" align="center">Powered by UBB.threads™ PHP Forum Software 7.7.5<br />
(Release build 20221218)<br />Responsive Width: PHP: 8.2.18 Page Time: 0.041s Queries: 14 (0.006s) Memory: 2.4121 MB (Peak: 2.7990 MB) Data Comp: Zlib
Server Time: 2025-03-14 18:11:05 UTC</td></tr></table></div></div></body></html>`;

export const ubbThread: TestPage = {
  html: ubHtml,
  name: 'heldout44-ubbthreads-topic',
  kind: 'forum',
  // every post is body; the "Originally Posted By:" line is the quote's author line (byline) and the quoted sentence is in
  // neither list; names and post dates are bylines; each reply's subject bar ("Re: ... [Re: user]") is furniture, as are the
  // post numbers, user titles, registration dates, post counts, locations, signatures, the post options (Link, Quote, Reply,
  // Report, Top), the header, top links, breadcrumb, thread options, previous/next, "Moderated by", the hop box, the sidebar
  // (popular topics, statistics, who's online with its member names, which are not posters here except the starter's) and the
  // footer; the breadcrumb's and title bar's repeat of the title is the title; the stats' "Posts", "Forums" and "Members" are
  // the same words as the author cells' labels and the top links: listed once; "Top" is the footer's and the posts'
  title: ubTitle,
  headings: [],
  body: [...texts(ubP1), ...texts(ubP2), ...texts(ubP3), ...texts(ubP4)],
  bylines: [
    'PlaneJaneTN',
    'Pete Halloran',
    'woodbutcher_al',
    '03/03/25 04:18 PM',
    '03/03/25 06:02 PM',
    '03/04/25 09:37 AM',
    '03/04/25 01:55 PM',
    'Originally Posted By: Pete Halloran',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hand tools, old iron and the people who sharpen them', ...ubTop, ...ubCrumbs, 'Print Thread', '« Previous Thread', 'Thread Options', 'Flat', 'Threaded',
    'Email Thread', 'Subscribe to Thread', 'Next Thread »', reTo('PlaneJaneTN'), reTo('Pete Halloran'), '#612400', '#612412', '#612451', '#612477', 'Member',
    'Veteran', 'Junior Member', 'Registered: Aug 2016', 'Registered: Jan 2009', 'Registered: Nov 2023', 'Posts: 412', 'Posts: 5,870', 'Posts: 38',
    'Loc: Knoxville, TN', 'Loc: Vermont', 'Loc: Coos Bay, OR', 'Plane Crazy in the Green Mountains', 'Al -- measure with a rule, mark with a knife, cut once',
    'Link', 'Quote', 'Reply', 'Report', 'Top', 'Moderated by:', 'GalootAdmin', 'Sawset_Sam', 'Hop To', 'Select a forum', 'Power Tools', 'Finishing',
    'Projects & Plans', 'Popular Topics(Views)', ...ubPopular, 'Forum Statistics', 'Topics', '38,112', '412,907', '9,804', 'Most Online 1,120',
    'Jan 5th, 2021', "Who's Online Now", '3 members (PlaneJaneTN, Sawset_Sam, HewnByHand), 57 guests, and 14 spiders.', 'Key:', 'Admin', 'Global Mod', 'Mod',
    'Contact Us', 'Privacy Statement', 'Powered by UBB.threads™ PHP Forum Software 7.7.5', '(Release build 20221218)', 'Server Time: 2025-03-14 18:11:05 UTC',
    'Posts', 'Members', 'Responsive Width: PHP: 8.2.18 Page Time: 0.041s Queries: 14 (0.006s) Memory: 2.4121 MB (Peak: 2.7990 MB) Data Comp: Zlib',
  ],
};

export const HELDOUT44_B: readonly TestPage[] = [ubbThread, vbulletinThread];
