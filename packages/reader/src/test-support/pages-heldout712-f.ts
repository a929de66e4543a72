import { type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout712-kit.js';

/**
 * Held-out batch 712, file f: a peach leaf curl thread on a gardening forum running phpBB 3.3 with prosilver (header with
 * site description, quick links, breadcrumbs, topic search and paging, post profiles with rank, posts, joined and location,
 * "Re:" subjects, a quote with its "wrote:" line, an attachment box, signatures, jump box, who is online, footer), and a
 * heat pump radiator thread on a retrofit community forum running NodeBB with the Harmony theme (left navigation rail,
 * topic labels, tags and stats, posts with group badges, edit indicator, mention quote, votes, reply count, suggested topics).
 */
type BbPost = {
  id: number;
  user: string;
  uid: number;
  rank: string;
  posts: string;
  joined: string;
  location: string;
  date: string;
  iso: string;
  html: string;
  sig?: string;
  attach?: string;
};
const bTitle = 'Peach leaf curl on fan-trained peach – too late to spray?';
const bOp = [
  j(
    "Our fan-trained peach against the south wall has just started to break bud and I've spotted the first red, puckered leaves",
    'at the top. Last year it lost nearly all its leaves in May and we got about six peaches.',
  ),
  j(
    "I meant to put a rain cover up in January but never got round to it. Is it too late to do anything this year? I've read that",
    'copper sprays are no longer allowed for home use, so what are people using instead?',
  ),
];
const bM1 = j(
  "Not too late to help, Pete, but too late to stop this year's infection completely. The spores get in when the buds are",
  'swelling in wet weather, usually from January, so the leaves you can see now were infected weeks ago.',
);
const bM2 = 'What you can still do:';
const bMList = [
  'Get a cover up now anyway. Anything that keeps rain off the tree until mid-May will stop new infections on the later leaves.',
  'Pick off the worst affected leaves as they appear and put them in the bin, not the compost.',
  'Feed and water well once the new leaves come. The tree will throw out a second flush in June, and that flush is usually clean.',
];
const bM3 = j(
  "Next year, have the cover up by Christmas and leave it on until the end of May. I've not had more than a handful of curled",
  'leaves since I started doing that.',
);
const bQuote = bMList[0] ?? '';
const bF = [
  j(
    'Seconding this. I made a lean-to frame from roofing battens and clear corrugated sheet, screwed to the wall above the tree,',
    'with a length of fleece I can drop down the front on frosty nights. It cost about £60 and has lasted four seasons.',
  ),
  j("Leave the sides open, though, or you'll get red spider mite and poor pollination. I hand-pollinate with a soft paintbrush", 'while the cover is on.'),
];
const bOp2 = [
  "Thanks both. The cover went up this morning, a bit wonky but it's up. I've picked off about thirty leaves and I'll keep at it.",
  "fennel_and_finch, do you have a photo of your frame? I'd like to make something sturdier for next winter.",
];
const bF2 = j(
  'Here you go. The battens are 50 x 25mm, the roof slopes at about 20 degrees and the front edge sits 60cm out from the wall, with',
  'two brackets at each end screwed into the mortar. Nothing clever, but it keeps the rain off.',
);
const pete = { user: 'plumtree_pete', uid: 2291, rank: 'Green Shoot', posts: '37', joined: 'Sat Apr 17, 2021 6:12 pm', location: 'North Bedfordshire' };
const marj = { user: 'Marjorie H', uid: 118, rank: 'Old Hand', posts: '4812', joined: 'Tue Sep 09, 2008 8:44 am', location: 'Somerset Levels' };
const finch = { user: 'fennel_and_finch', uid: 3307, rank: 'Sturdy Seedling', posts: '212', joined: 'Wed Jun 02, 2021 9:30 pm', location: 'Leeds' };
const peteSig = 'Pete – heavy clay in north Beds, too many fruit trees for the space';
const marjSig = 'Forty years on the same patch of Somerset clay';
const bPosts: BbPost[] = [
  { id: 512001, ...pete, date: 'Sat Mar 06, 2027 4:18 pm', iso: '2027-03-06T16:18:40+00:00', html: bOp.join('<br><br>'), sig: peteSig },
  {
    id: 512004,
    ...marj,
    date: 'Sat Mar 06, 2027 5:02 pm',
    iso: '2027-03-06T17:02:13+00:00',
    html: `${bM1}<br><br>${bM2}<br><ul>${lis(bMList)}</ul><br>${bM3}`,
    sig: marjSig,
  },
  {
    id: 512009,
    ...finch,
    date: 'Sat Mar 06, 2027 7:45 pm',
    iso: '2027-03-06T19:45:02+00:00',
    html: `<blockquote cite="./viewtopic.php?p=512004#p512004"><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=118">Marjorie H</a> wrote: <a
href="./viewtopic.php?p=512004#p512004" data-post-id="512004" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a><span
class="responsive-hide">Sat Mar 06, 2027 5:02 pm</span></cite>${bQuote}</div></blockquote>${bF.join('<br><br>')}`,
  },
  { id: 512015, ...pete, date: 'Sun Mar 07, 2027 10:21 am', iso: '2027-03-07T10:21:55+00:00', html: bOp2.join('<br><br>'), sig: peteSig },
  {
    id: 512018,
    ...finch,
    date: 'Sun Mar 07, 2027 12:03 pm',
    iso: '2027-03-07T12:03:30+00:00',
    html: bF2,
    attach: 'peach-cover.jpg (148.2 KiB) Viewed 212 times',
  },
];
const bCrumbs = ['Board index', 'Fruit & Veg', 'Fruit trees and soft fruit'];
const bJump = ['Fruit & Veg', 'Vegetables', 'Fruit trees and soft fruit', 'Flowers & Ornamentals', 'Pests and diseases', 'The Potting Shed (off topic)'];
const bPost = (p: BbPost, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}">
<div class="inner">
<dl class="postprofile" id="profile${p.id}">
<dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u=${p.uid}"
class="username">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.uid}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd>
<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.location}</dd>
</dl>
<div class="postbody"><div id="post_content${p.id}">
<h3 ${i === 0 ? 'class="first"' : ''}><a href="./viewtopic.php?p=${p.id}#p${p.id}">${i === 0 ? '' : 'Re: '}${bTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only"><i class="icon
fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.uid}"
class="username">${p.user}</a></strong> &raquo; </span><time datetime="${p.iso}">${p.date}</time></p>
<div class="content">${p.html}</div>
${
  p.attach
    ? `<dl class="attachbox"><dt>Attachments</dt><dd><dl class="file"><dt class="attach-image"><img class="postimage"
src="./download/file.php?id=9921" alt="peach-cover.jpg" onclick="viewableArea(this);" title="peach-cover.jpg (148.2 KiB) Viewed 212 times"></dt>
<dd>${p.attach}</dd></dl></dd></dl>`
    : ''
}${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}
</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
class="sr-only">Top</span></a></div>
</div></div>
<hr class="divider">`;
const bSearch = `<fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span>
</button>
<a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span
class="sr-only">Advanced
search</span></a><input type="hidden" name="t" value="48211"><input type="hidden" name="sf" value="msgonly"></fieldset>`;
const bHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${bTitle} - Greenfinch Gardeners' Forum</title>
<link rel="alternate" type="application/atom+xml" title="Feed - Greenfinch Gardeners' Forum" href="/app.php/feed">
<link rel="canonical" href="https://forum.greenfinchgardeners.org.uk/viewtopic.php?t=48211">
<link href="./assets/css/font-awesome.min.css?assets_version=57" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=57" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=57" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Greenfinch Gardeners' Forum</h1><p>Friendly advice for gardeners, growers and
allotment holders</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords"
id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…"><button
class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button><a
href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced
search</span></a></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links" class="quick-links
dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i>
<span>Quick
links</span></a><div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents" role="menu"><li
class="separator"></li><li><a href="./search.php?search_id=unanswered" role="menuitem"><i class="icon fa-file-o fa-fw icon-gray"
aria-hidden="true"></i><span>Unanswered topics</span></a></li><li><a href="./search.php?search_id=active_topics" role="menuitem"><i class="icon fa-file-o fa-fw
icon-blue" aria-hidden="true"></i><span>Active topics</span></a></li><li class="separator"></li><li><a href="./search.php" role="menuitem"><i class="icon
fa-search fa-fw" aria-hidden="true"></i><span>Search</span></a></li><li class="separator"></li></ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle
fa-fw"
aria-hidden="true"></i><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=viewtopic.php%3Ft%3D48211" title="Login" accesskey="x"
role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw"
aria-hidden="true"></i><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">${bCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item"
href="./${i === 0 ? 'index.php' : `viewforum.php?f=${i === 1 ? 3 : 14}`}"${i === 0 ? ' accesskey="h" data-navbar-reference="index"' : ''}>${
      i === 0 ? '<i class="icon fa-home fa-fw"></i>' : ''
    }<span itemprop="name">${c.replace(/&/g, '&amp;')}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=48211">${bTitle}</a></h2>
<div style="display: none !important;">Apples, pears, plums, peaches and berries<br></div>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=48211" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon
fa-reply fa-fw" aria-hidden="true"></i></a>
<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button button-secondary dropdown-trigger
dropdown-select"><i class="icon fa-wrench fa-fw" aria-hidden="true"></i><span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
</span>
<div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents"><li><a
href="./viewtopic.php?t=48211&amp;view=print"
title="Print view" accesskey="p"><i class="icon fa-print fa-fw" aria-hidden="true"></i><span>Print view</span></a></li></ul></div></div>
<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php">${bSearch}</form></div>
<div class="pagination">5 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${bPosts.map(bPost).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=48211" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon
fa-reply fa-fw" aria-hidden="true"></i></a><div class="pagination">5 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=14" class="left-box arrow-left" accesskey="r"><i class="icon
fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “Fruit trees and soft fruit”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox"><span title="Jump to"
class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span><span class="caret"><i class="icon fa-sort-down fa-fw"
aria-hidden="true"></i></span></span><div class="dropdown"><div class="pointer"><div class="pointer-inner"></div></div><ul class="dropdown-contents">${bJump
  .map((c, i) => `<li><a href="./viewforum.php?f=${i + 3}" class="jumpbox-${i === 0 ? 'cat' : 'sub'}-link"><span> ${c.replace(/&/g, '&amp;')}</span></a></li>`)
  .join('\n')}</ul></div></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer
linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw"
aria-hidden="true"></i><span>Board index</span></a></span></li><li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside"><a
href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem"><i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>Delete
cookies</span></a></li><li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><i class="icon fa-envelope
fa-fw" aria-hidden="true"></i><span>Contact us</span></a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy;
phpBB
Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span
class="footer-link-text">Privacy</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span
class="footer-link-text">Terms</span></a></p></div>
<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong when processing your request."><div
id="darken" class="darken">&nbsp;</div></div>
<div id="phpbb_alert" class="phpbb_alert" data-l-err="Error" data-l-timeout-processing-req="Request timed out."><a href="#" class="alert_close"><i class="icon
fa-times-circle fa-fw" aria-hidden="true"></i></a><h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p></div></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=57"></script><script src="./assets/javascript/core.js?assets_version=57"></script>
<script>var phpbb = phpbb || {}; phpbb.plupload = {}; var forum_id = 14; var topic_id = 48211;</script></body></html>`;
const phpbb: TestPage = gold({
  name: 'heldout712-phpbb-peach-leaf-curl',
  kind: 'forum',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts([...bOp, bM1, bM2, ...bMList, bM3, bQuote, ...bF, ...bOp2, bF2]),
  bylines: ['by', ...bPosts.flatMap((p) => [p.user, p.date])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Greenfinch Gardeners' Forum", 'Friendly advice for gardeners, growers and allotment holders', 'Skip to content', 'Search', 'Advanced search',
    'Quick links', 'Unanswered topics', 'Active topics', 'FAQ', 'Login', 'Register', ...bCrumbs, 'Post Reply', 'Print view', '5 posts • Page 1 of 1',
    ...[pete, marj, finch].flatMap((u) => [u.rank, u.posts, u.joined, u.location]), 'Posts:', 'Joined:', 'Location:', `Re: ${bTitle}`, 'Quote', 'Post',
    'Marjorie H wrote:', 'Attachments', 'peach-cover.jpg (148.2 KiB) Viewed 212 times', peteSig, marjSig, 'Top', 'Return to “Fruit trees and soft fruit”',
    'Jump to', ...bJump, 'Who is online', 'Users browsing this forum: No registered users and 3 guests', 'All times are UTC', 'Delete cookies', 'Contact us',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
  ],
});

type NbPost = {
  pid: number;
  user: string;
  uid: number;
  color: string;
  date: string;
  iso: string;
  html: string;
  votes: string;
  badge?: string;
  sig?: string;
  edited?: string;
  replies?: string;
};
const nTitle = 'Heat pump in a 1930s semi: do I really need bigger radiators?';
const nOp = [
  j(
    "We've had two installers round to quote for an air source heat pump. Both did a room-by-room heat loss calculation, and both",
    'want to replace most of our radiators. One wants to change 9 of the 11, the other 7.',
  ),
  j(
    'The house is a 1930s semi, cavity walls filled in 2015, 270mm of loft insulation, double glazing throughout. Current gas use',
    'is about 11,000 kWh a year. Is it normal to change this many radiators, or are they padding the quote?',
  ),
];
const nH = [
  j(
    "Pretty normal for a house that age, I'm afraid. Radiators sized for a gas boiler assume water at 70°C or more. A heat pump",
    'runs most efficiently at 35 to 45°C, and at those temperatures a radiator gives out roughly a third to a half of its rated',
    'output.',
  ),
  j(
    "The difference between the two quotes is probably the design flow temperature. Ask each of them what they've designed for. If",
    'one has designed for 45°C and the other for 50°C, that alone could explain two radiators.',
  ),
];
const nQuote = "Ask each of them what they've designed for.";
const nQuoteBy = `@Hannah_Lyle said in ${nTitle}:`;
const nR = [
  j(
    'This is the key question. We went for the quote with the lower flow temperature (40°C) even though it meant changing more',
    'radiators, and our running costs have been better than predicted. Our SCOP last year was 3.9.',
  ),
  j(
    "Also worth asking whether they've used your actual gas use as a sanity check on the heat loss numbers. 11,000 kWh a year",
    'suggests a peak heat loss of somewhere around 5 to 6 kW, so if either quote has a much bigger unit, ask why.',
  ),
];
const nOp2 = [
  j(
    "Thanks, that's really useful. Just checked: quote A is designed for 45°C flow with a 7 kW unit, quote B for 50°C with an",
    '8.5 kW unit. So the one changing fewer radiators is also the bigger pump.',
  ),
  'Going back to quote A with a few questions. Will report back.',
];
const nH2 = 'Sounds like A has done the more careful job. A 7 kW unit at 45°C sounds about right for that house. Good luck!';
const hSig = 'Heating engineer in Shropshire · Retrofit Circle volunteer';
const nPosts: NbPost[] = [
  {
    pid: 9911,
    user: 'owen_k',
    uid: 301,
    color: '#2196f3',
    date: 'Mar 3, 2027, 6:02 PM',
    iso: '2027-03-03T18:02:11.000Z',
    html: nOp.map((p) => `<p dir="auto">${p}</p>`).join('\n'),
    votes: '3',
    edited: 'Mar 3, 2027, 6:10 PM',
  },
  {
    pid: 9914,
    user: 'Hannah_Lyle',
    uid: 57,
    color: '#009688',
    date: 'Mar 3, 2027, 7:15 PM',
    iso: '2027-03-03T19:15:40.000Z',
    html: nH.map((p) => `<p dir="auto">${p}</p>`).join('\n'),
    votes: '9',
    badge: 'Installer',
    sig: hSig,
    replies: '1 reply',
  },
  {
    pid: 9920,
    user: 'retrofit_raj',
    uid: 412,
    color: '#673ab7',
    date: 'Mar 3, 2027, 9:40 PM',
    iso: '2027-03-03T21:40:05.000Z',
    html: `<blockquote>
<p dir="auto"><a class="plugin-mentions-user plugin-mentions-a" href="/uid/57">@Hannah_Lyle</a> said in <a href="/post/9914">${nTitle}</a>:</p>
<p dir="auto">${nQuote}</p>
</blockquote>
${nR.map((p) => `<p dir="auto">${p}</p>`).join('\n')}`,
    votes: '6',
  },
  {
    pid: 9933,
    user: 'owen_k',
    uid: 301,
    color: '#2196f3',
    date: 'Mar 4, 2027, 8:12 AM',
    iso: '2027-03-04T08:12:51.000Z',
    html: nOp2.map((p) => `<p dir="auto">${p}</p>`).join('\n'),
    votes: '1',
  },
  {
    pid: 9935,
    user: 'Hannah_Lyle',
    uid: 57,
    color: '#009688',
    date: 'Mar 4, 2027, 9:03 AM',
    iso: '2027-03-04T09:03:17.000Z',
    html: `<p dir="auto">${nH2}</p>`,
    votes: '2',
    badge: 'Installer',
    sig: hSig,
  },
];
const nNav = ['Categories', 'Recent', 'Tags', 'Popular', 'World', 'Users', 'Groups'];
const nTags = ['heat pumps', 'radiators'];
const nSuggested: [string, string, string][] = [
  ['Flow temperature on a combi: what are you running at?', '14 posts', '1.2k views'],
  ['Loft insulation over a boarded floor', '6 posts', '388 views'],
];
const nPost = (p: NbPost, i: number): string => `<li component="post" class="${i === 0 ? ' topic-owner-post' : ''}" data-index="${i}"
data-pid="${p.pid}" data-uid="${p.uid}" data-timestamp="${Date.parse(p.iso)}" data-username="${p.user}" data-userslug="${p.user.toLowerCase()}"
itemprop="comment" itemscope itemtype="http://schema.org/Comment"><a component="post/anchor" data-index="${i}" id="${i + 1}"></a>
<meta itemprop="datePublished" content="${p.iso}">
<div class="d-flex align-items-start gap-3"><div class="bg-body d-none d-sm-block rounded-circle" style="outline: 2px solid var(--bs-body-bg);"><a
class="d-inline-block position-relative text-decoration-none" href="/user/${p.user.toLowerCase()}" aria-label="Profile page for user ${p.user}"><span
title="${p.user}" data-uid="${p.uid}" class="avatar avatar-rounded" component="user/picture" style="--avatar-size: 48px; background-color: ${p.color};"
aria-hidden="true">${p.user.charAt(0).toUpperCase()}</span><span component="user/status" class="position-absolute top-100 start-100 border border-white
border-2 rounded-circle status offline"><span class="visually-hidden">Offline</span></span></a></div>
<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;"><div class="d-flex align-items-start justify-content-between gap-1
flex-nowrap w-100 post-header" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="d-flex gap-1 flex-wrap align-items-center
text-truncate"><meta itemprop="name" content="${p.user}"><div class="d-flex flex-nowrap gap-1 align-items-center text-truncate"><a class="fw-bold
text-nowrap text-truncate" href="/user/${p.user.toLowerCase()}" data-username="${p.user}" data-uid="${p.uid}">${p.user}</a></div>${
  p.badge
    ? `<a href="/groups/installers" class="badge rounded-1 text-uppercase text-truncate text-decoration-none" style="max-width: 150px;color:#ffffff;
background-color: #16a085;"><i class="fa fa-wrench"></i><span class="badge-text align-text-bottom">${p.badge}</span></a>`
    : ''
}<div class="d-flex gap-1 align-items-center"><span class="text-muted">${
  i === 0 ? 'wrote' : 'replied'
} <a href="/post/${p.pid}" class="timeago text-muted" title="${p.iso}">${p.date}</a></span>${
  p.edited
    ? `<i component="post/edit-indicator" class="fa fa-edit text-muted edit-icon" title="Edited ${p.edited}"></i><span data-editor="${p.user.toLowerCase()}"
component="post/editor" class="visually-hidden">last edited by <a href="/user/${p.user.toLowerCase()}">${p.user}</a> <span class="timeago"
title="2027-03-03T18:10:02.000Z">${p.edited}</span></span>`
    : ''
}</div></div><div class="d-flex align-items-center gap-1 justify-content-end"><span class="bookmarked opacity-0 text-primary"><i
class="fa fa-bookmark-o"></i></span><a href="/post/${p.pid}" class="post-index text-muted d-none d-md-inline">#${i + 1}</a></div></div>
<div class="content text-break" component="post/content" itemprop="text">
${p.html}
</div>
<div class="post-footer border-bottom pb-2">${
  p.sig ? `<div component="post/signature" data-uid="${p.uid}" class="text-xs text-muted mt-2">${p.sig}</div>` : ''
}<div class="d-flex flex-wrap-reverse gap-2 justify-content-end">${
  p.replies
    ? `<a component="post/reply-count" data-target-component="post/replies/container" href="#" class="d-flex gap-2 align-items-center btn btn-ghost
ff-secondary border rounded-1 p-1 text-muted text-decoration-none text-xs"><span class="ms-2 replies-count fw-semibold text-nowrap"
component="post/reply-count/text" data-replies="1">${p.replies}</span><i class="fa fa-fw fa-chevron-down" component="post/replies/open"></i></a>`
    : ''
}<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools"><div class="d-flex votes align-items-center">
<a
component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="Upvote post"><i class="fa fa-fw fa-chevron-up text-primary"></i></a><meta
itemprop="upvoteCount" content="${p.votes}"><a href="#" class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="${p.votes}"
title="Voters">${p.votes}</a><a component="post/downvote" href="#" class="btn btn-ghost btn-sm" title="Downvote post"><i class="fa fa-fw fa-chevron-down
text-primary"></i></a></div><span component="post/tools" class="dropdown bottom-sheet"><a class="btn btn-ghost btn-sm ff-secondary dropdown-toggle" href="#"
data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false" aria-label="Post tools"><i class="fa fa-fw fa-ellipsis-v text-primary"></i></a><ul
class="dropdown-menu dropdown-menu-end p-1 text-sm" role="menu"></ul></span></div></div>
<div component="post/replies/container" class="my-2 col-11 border rounded-1 p-3 hidden-empty"></div></div></div></div></li>`;
const nHtml = `<!DOCTYPE html>
<html lang="en-GB" data-dir="ltr" style="direction: ltr;"><head><title>${nTitle} | Retrofit Circle</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0"><meta name="content-type" content="text/html; charset=UTF-8"
http-equiv="content-type">
<meta name="apple-mobile-web-app-capable" content="yes"><meta name="mobile-web-app-capable" content="yes">
<meta property="og:site_name" content="Retrofit Circle">
<meta name="title" content="${nTitle}"><meta property="og:title" content="${nTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-03-03T18:02:11.000Z"><meta property="article:section" content="Heating &amp; Hot Water">
<link rel="stylesheet" type="text/css" href="/assets/client.css?v=8f2k1c7mq"><link rel="canonical"
href="https://forum.retrofitcircle.org/topic/1842/heat-pump-in-a-1930s-semi-do-i-really-need-bigger-radiators">
<script>var config = JSON.parse('{"relative_path":"","upload_url":"/assets/uploads","asset_base_url":"/assets","assetBaseUrl":"/assets",' +
'"siteTitle":"Retrofit Circle",' +
'"browserTitle":"Retrofit Circle","titleLayout":"&#123;pageTitle&#125; | &#123;browserTitle&#125;",' +
'"showSiteTitle":true,"maintenanceMode":false,"loggedIn":false,' +
'"theme:id":"nodebb-theme-harmony","version":"3.11.1"}'); var app = { user: JSON.parse('{"uid":0,"username":"Guest"}') };</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${nTitle}",
"author":{"@type":"Person","name":"owen_k"},"datePublished":"2027-03-03T18:02:11.000Z","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script></head>
<body class="page-topic page-topic-1842 page-topic-heat-pump-in-a-1930s-semi-do-i-really-need-bigger-radiators template-topic page-topic-category-7
page-topic-category-heating-hot-water parent-category-7 page-status-200 theme-harmony user-guest skin-noskin"><a class="visually-hidden-focusable
position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Skip to content</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0"><nav component="sidebar/left" class="text-dark bg-light sidebar sidebar-left start-0
border-end vh-100 d-none d-lg-flex flex-column justify-content-between sticky-top"><ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2
overflow-y-auto">${nNav
  .map(
    (t) => `<li class="nav-item mx-2" title="${t}"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center"
href="/${t.toLowerCase()}" aria-label="${t}"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><span class="position-relative"><i
class="fa
fa-fw fa-list" data-content=""></i></span><span class="nav-text small visible-open fw-semibold text-truncate">${t}</span></span></a></li>`,
  )
  .join('\n')}</ul><div class="sidebar-toggle-container align-self-start"><div class="sidebar-toggle m-2 d-none d-lg-block"><a href="#" role="button"
component="sidebar/toggle" class="nav-link d-flex gap-2 align-items-center p-2 pointer w-100 text-nowrap" title="Expand" aria-label="Sidebar Toggle"><i
class="fa
fa-fw fa-angles-right"></i><i class="fa fa-fw fa-angles-left"></i><span class="nav-text visible-open fw-semibold small lh-1">Collapse</span></a></div></div>
</nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;"><div class="container-lg px-md-4 brand-container"><div class="col-12
d-flex border-bottom pb-3"><div component="brand/wrapper" class="d-flex align-items-center gap-3 p-2 rounded-1 align-content-stretch"><a
component="brand/anchor"
href="/"><img component="brand/logo" alt="Retrofit Circle logo" class="" src="/assets/uploads/system/site-logo.png?v=8f2k1c7mq"></a><a component="siteTitle"
class="text-truncate align-self-stretch align-items-center d-flex" href="/"><h1 class="fs-6 fw-bold text-body mb-0">Retrofit Circle</h1></a></div></div></div>
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<div class="cookie-consent bg-light border rounded-1 p-2 position-fixed bottom-0 start-50 translate-middle-x mb-3" style="z-index: 1040;"><span>This website
uses
cookies to ensure you get the best experience on our website.</span> <a href="https://www.cookiesandyou.com/" target="_blank" rel="noopener">Learn More</a>
<button
class="btn btn-primary btn-sm ms-2">Got it!</button></div>
<ol class="breadcrumb mb-0" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList"><li itemscope="itemscope"
itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta itemprop="position" content="1"><a href="/" itemprop="item"><span
class="fw-semibold" itemprop="name">Home</span></a></li><li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem"
class="breadcrumb-item"><meta itemprop="position" content="2"><a href="/category/7/heating-hot-water" itemprop="item"><span class="fw-semibold"
itemprop="name">Heating &amp; Hot Water</span></a></li><li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement"
itemtype="http://schema.org/ListItem" class="breadcrumb-item active"><meta itemprop="position" content="3"><span class="fw-semibold"
itemprop="name">${nTitle}</span></li></ol>
<div class="flex-fill" itemid="/topic/1842/heat-pump-in-a-1930s-semi-do-i-really-need-bigger-radiators" itemscope
itemtype="https://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${nTitle}"><div class="d-flex flex-column gap-3"><div class="d-flex
gap-2
flex-wrap"><div class="d-flex flex-column gap-3 flex-1"><h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break"><span
class="topic-title" component="topic/title">${nTitle}</span></h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap"><span component="topic/labels" class="d-flex gap-2 hidden"><span component="topic/pinned"
class="badge border border-gray-300 text-body hidden"><i class="fa fa-thumb-tack"></i> Pinned</span><span component="topic/locked" class="badge border
border-gray-300 text-body hidden"><i class="fa fa-lock"></i> Locked</span></span><a href="/category/7/heating-hot-water" class="badge px-1 text-truncate
text-decoration-none border" style="color: #ffffff;background-color: #c0392b;border-color: #c0392b!important; max-width: 70vw;"><i class="fa fa-fw
fa-fire"></i> Heating &amp; Hot Water</a><div data-tid="1842" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs hidden-empty
gap-2">${nTags
  .map(
    (t) => `<a href="/tags/${encodeURIComponent(t)}"><span class="badge border fw-normal tag tag-class-${t.replace(/ /g, '-')}"
data-tag="${t}">${t}</span></a>`,
  )
  .join(
    '',
  )}</div><div class="d-flex hidden-xs gap-2"><div class="stats text-muted"><i class="fa fa-fw fa-user" title="Posters"></i><span title="3">3</span></div><div
class="stats text-muted"><i class="fa fa-fw fa-pencil" title="Posts"></i><span component="topic/post-count" title="5">5</span></div><div class="stats
text-muted"><i class="fa fa-fw fa-eye" title="Views"></i><span title="412">412</span></div></div></div></div></div>
<div class="row mb-4 mb-lg-0"><div class="topic col-lg-12"><ul component="topic" class="posts timeline mt-sm-2 p-0 py-3" data-tid="1842" data-cid="7">
${nPosts.map(nPost).join('\n')}
</ul><div class="d-flex gap-2 justify-content-end"><a component="topic/reply/guest" href="/login" class="d-flex align-items-center justify-content-center gap-2
btn
btn-sm btn-primary"><i class="fa fa-fw fa-sign-in"></i><span>Log in to reply</span></a></div>
<div component="topic/suggested/list" class="mt-4"><h3 class="fw-semibold fs-5">Suggested Topics</h3><ul class="categories list-unstyled">${nSuggested
  .map(
    ([
      t,
      p,
      v,
    ]) => `<li component="category/topic" class="category-item py-2 border-bottom"><a href="/topic/${t.length}/x" class="text-reset fw-semibold">${t}</a>
<div class="d-flex gap-3 text-xs text-muted"><span>${p}</span><span>${v}</span></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="d-none d-lg-flex col-lg-3 gap-2 flex-column"><div component="topic/navigator" class="pagination-block d-flex flex-column gap-2 sticky-top"><div
class="scroller-content d-flex gap-2 flex-column align-items-start"><span class="pagetop fw-semibold text-xs">Mar 3, 2027, 6:02 PM</span><div
class="scroller-container
position-relative"><div class="scroller-thumb position-absolute"><span class="thumb-text text-xs text-nowrap fw-semibold">1 / 5</span></div></div><span
class="pagebottom fw-semibold text-xs">Mar 4, 2027, 9:03 AM</span></div><div class="btn-group bottom-sheet" component="thread/sort"><button
class="btn btn-ghost btn-sm dropdown-toggle" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false" aria-label="Post sort option, Oldest to
Newest"><i class="fa fa-fw fa-arrow-down-wide-short"></i><span class="d-none d-md-inline">Oldest to Newest</span></button></div></div></div></div></div></div>
</div></main>
<nav component="sidebar/right" class="text-dark bg-light sidebar sidebar-right end-0 border-start vh-100 d-none d-lg-flex flex-column sticky-top"><ul
id="logged-out-menu" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2"><li class="nav-item mx-2"><a class="nav-link" href="/register"><i class="fa fa-fw
fa-user-plus"></i><span class="nav-text small visible-open fw-semibold">Register</span></a></li><li class="nav-item mx-2"><a class="nav-link" href="/login"><i
class="fa fa-fw fa-sign-in"></i><span class="nav-text small visible-open fw-semibold">Login</span></a></li></ul></nav></div>
<script defer src="/assets/nodebb.min.js?v=8f2k1c7mq"></script><script>window.addEventListener('load', function () { require(['forum/topic'], function (t) {
t.init(); }); });</script></body></html>`;
const nodebb: TestPage = gold({
  name: 'heldout712-nodebb-heat-pump-radiators',
  kind: 'forum',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([...nOp, ...nH, nQuote, ...nR, ...nOp2, nH2]),
  bylines: [...nPosts.flatMap((p) => [p.user, p.date]), 'wrote', 'replied', 'last edited by owen_k Mar 3, 2027, 6:10 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Collapse', 'Retrofit Circle',
    'This website uses cookies to ensure you get the best experience on our website.', 'Learn More', 'Got it!', 'Home', 'Heating & Hot Water', ...nTags,
    '3', '5', '412', 'Offline', 'Installer', '#1', '#2', '#3', '#4', '#5', nQuoteBy, hSig, '1 reply', '9', '6', '1', '2', 'Log in to reply',
    'Suggested Topics', ...nSuggested.flat(), '1 / 5', 'Oldest to Newest', 'Register', 'Login',
  ],
});

export const HELDOUT712_F: readonly TestPage[] = [phpbb, nodebb];
