import { links, type TestPage, texts } from './page-kit.js';
import { physicsForumsThread } from './pages-heldout164-a2.js';

/**
 * Held-out batch 164, file a: a Bogleheads.org phpBB 3.3 (prosilver) topic as a guest saves it (header with site
 * description, quick-links menu, login/register, breadcrumbs, topic action bar with search box and pagination, posts with
 * the profile column (posts count, joined date), "Re:" subjects, quoted posts, Quote and Top buttons, the bottom action bar,
 * "Return to" link, jump box, "Who is online", and the footer) and, from file a2, a Physics Forums (XenForo 2) thread.
 */
const bhTitle = 'Roth conversions in the gap years before a pension starts';
const bhForum = 'Personal Finance (Not Investing)';
type BhPost = { id: number; user: string; posts: string; joined: string; when: string; quote?: [string, string]; paras: string[] };
const bhPosts: BhPost[] = [
  {
    id: 7712041,
    user: 'tallgrass_saver',
    posts: '412',
    joined: 'Thu Feb 11, 2016 8:05 pm',
    when: 'Mon Oct 13, 2025 9:14 am',
    paras: [
      'My wife and I (both 58) plan to retire at the end of next year. I have a small municipal pension that starts at 65 and we ' +
        'both intend to delay Social Security to 70. That leaves us roughly seven years living on taxable savings with very little ' +
        'reported income.',
      'About 80% of our portfolio is in traditional 401(k) and IRA accounts. Everyone here says the gap years are the time to do ' +
        'Roth conversions, but I am struggling with how much. Filling the 12% bracket each year feels timid. Filling the 22% bracket ' +
        'would mean paying a lot of tax now on money we might not need for twenty years.',
      'We live in a state with a flat 4.25% income tax and no plans to move. ACA premium credits also matter for the first few ' +
        'years. Is there a sensible way to pick a target, or is this just a judgement call?',
    ],
  },
  {
    id: 7712088,
    user: 'Marsh Hen',
    posts: '6184',
    joined: 'Sat Jun 02, 2012 4:40 pm',
    when: 'Mon Oct 13, 2025 9:52 am',
    paras: [
      'It is partly a judgement call, but you can narrow it down. Project what your required minimum distributions will look like ' +
        'at 75 if you convert nothing, then add the pension and both Social Security benefits. If that lands you in the 22% ' +
        'bracket anyway, converting at 12% now is an easy win and converting at 22% is roughly a wash.',
      'The ACA piece is the one that changes the answer. Every dollar you convert raises your MAGI, and losing the premium credit ' +
        'works like an extra marginal tax. For the years you are on a marketplace plan, I would convert only up to the point where ' +
        'the subsidy starts to fall off steeply.',
    ],
  },
  {
    id: 7712130,
    user: 'tallgrass_saver',
    posts: '412',
    joined: 'Thu Feb 11, 2016 8:05 pm',
    when: 'Mon Oct 13, 2025 10:31 am',
    quote: ['Marsh Hen', 'Project what your required minimum distributions will look like at 75 if you convert nothing'],
    paras: [
      'I ran that in a spreadsheet last night. With no conversions, RMDs plus pension plus Social Security put us about $30,000 ' +
        'into the 22% bracket at 75, and that is with a fairly conservative 5% nominal return.',
      'So it sounds like converting to the top of 12% is clearly right, and going partway into 22% is defensible.',
    ],
  },
  {
    id: 7712217,
    user: 'Okefenokee Retired',
    posts: '2290',
    joined: 'Wed Jan 08, 2020 11:17 am',
    when: 'Mon Oct 13, 2025 12:08 pm',
    paras: [
      'One thing nobody mentions enough: the survivor. When one of you dies, the other files single with most of the same income. ' +
        'The brackets roughly halve, and the 22% household easily becomes a 24% widow or widower.',
      'That was the deciding factor for us. We filled the 22% bracket for five years and I have not regretted it. Pay the ' +
        'conversion tax from taxable savings, not from the IRA itself, or you lose much of the benefit.',
    ],
  },
  {
    id: 7712301,
    user: 'Marsh Hen',
    posts: '6184',
    joined: 'Sat Jun 02, 2012 4:40 pm',
    when: 'Mon Oct 13, 2025 2:45 pm',
    paras: [
      'Good point on the survivor. A practical plan for the OP:',
      'Years on the ACA: convert to roughly 200% to 250% of the poverty line, whichever keeps the subsidy you care about.',
      'Years after Medicare starts: convert to the top of the 22% bracket, watching the IRMAA thresholds two years ahead.',
      'Revisit every December once you know the year’s actual income.',
    ],
  },
];
const bhNav = ['Quick links', 'FAQ', 'Login', 'Register'];
const bhCrumbs = ['Board index', bhForum];
const bhFoot = ['Delete cookies', 'All times are UTC-05:00', 'Privacy', 'Terms'];
const bhSubject = (i: number): string => (i === 0 ? bhTitle : `Re: ${bhTitle}`);
const bhBody = (p: BhPost): string =>
  p.id === 7712301 ? `${p.paras[0]}<br>\n<ul><li>${p.paras[1]}</li><li>${p.paras[2]}</li><li>${p.paras[3]}</li></ul>` : p.paras.join('<br>\n<br>\n');
const bhPost = (p: BhPost, i: number): string => `<div id="p${p.id}" class="post has-profile bg${i % 2 === 0 ? 2 : 1}">
<div class="inner"><dl class="postprofile" id="profile${p.id}"><dt class="no-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 9973}" class="username">${p.user}</a></dt>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id % 9973}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a href="./viewtopic.php?p=${p.id}#p${p.id}">${bhSubject(i)}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 9973}"
class="username">${p.user}</a></strong> &raquo; </span><time datetime="2025-10-13T14:14:00+00:00">${p.when}</time></p>
<div class="content">${
  p.quote
    ? `<blockquote><div><cite>${p.quote[0]} wrote: <a href="./viewtopic.php?p=7712088#p7712088" data-post-id="7712088">↑</a><span
class="responsive-hide">Mon Oct 13, 2025 9:52 am</span></cite>${p.quote[1]}</div></blockquote>\n`
    : ''
}${bhBody(p)}</div>
</div></div><div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const bhActionBar = (where: string): string => `<div class="action-bar bar-${where}">
<a href="./posting.php?mode=reply&amp;t=461207" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw"
aria-hidden="true"></i></a>${
  where === 'top'
    ? `<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php">
<fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…">
<button class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button></fieldset></form></div>`
    : ''
}
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const bhHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${bhTitle} - Bogleheads.org</title>
<link rel="canonical" href="https://www.bogleheads.org/forum/viewtopic.php?t=461207">
<link href="./assets/css/font-awesome.min.css?assets_version=612" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=612" rel="stylesheet">
<link href="./styles/bogleheads/theme/bh.css?assets_version=612" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="https://www.bogleheads.org/" title="Board index"><span class="site_logo"></span></a>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">
<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>${bhNav[0]}</span></a><div class="dropdown"><div class="pointer"><div class="pointer-inner"></div>
</div>
<ul class="dropdown-contents" role="menu"><li class="separator"></li>
<li><a href="./search.php?search_id=unanswered" role="menuitem"><span>Unanswered topics</span></a></li>
<li><a href="./search.php?search_id=active_topics" role="menuitem"><span>Active topics</span></a></li>
<li class="separator"></li><li><a href="./search.php" role="menuitem"><span>Search</span></a></li></ul></div></li>
<li data-skip-responsive="true"><a href="/forum/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>${bhNav[1]}</span></a>
</li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>${bhNav[2]}</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>${bhNav[3]}</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
${bhCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope>
<a itemprop="item" href="./viewforum.php?f=${i + 1}"><span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}
</ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=461207">${bhTitle}</a></h2>
<div class="topic-rules"><p>Non-investing personal finance issues including insurance, credit, real estate, taxes, employment and legal issues such as
trusts and wills.</p></div>
${bhActionBar('top')}
${bhPosts.map(bhPost).join('\n')}
${bhActionBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r">
<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “${bhForum}”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox">
<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span></span><div class="dropdown">
<ul class="dropdown-contents">
${links(['Investing - Theory, News & General', 'Personal Investments', bhForum, 'Non-US Investing'], 'jumpbox-sub-link')}</ul></div></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: Marsh Hen, Okefenokee Retired and 41 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index">
<span>Board index</span></a></span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem"><span>${bhFoot[0]}</span></a></li>
<li class="rightside"><span>${bhFoot[1]}</span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB
Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" role="menuitem">
<span class="footer-link-text">${bhFoot[2]}</span></a>
| <a class="footer-link" href="./ucp.php?mode=terms" role="menuitem"><span class="footer-link-text">${bhFoot[3]}</span></a></p></div>
<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong" style="display: none;">
<div id="darken" class="darken">&nbsp;</div></div>
<div id="phpbb_alert" class="phpbb_alert" data-l-err="Error" data-l-timeout-processing-req="Request timed out.">
<a href="#" class="alert_close"><i class="icon fa-times-circle fa-fw" aria-hidden="true"></i></a><h3 class="alert_title">&nbsp;</h3>
<p class="alert_text"></p></div></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=612"></script><script src="./assets/javascript/core.js?assets_version=612"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=612"></script></body></html>`;
const bogleheads: TestPage = {
  html: bhHtml,
  name: 'heldout164-bogleheads-phpbb-topic',
  kind: 'forum',
  // every post is body (the list items of the last post too); the quoted line in the third post is in neither list; user
  // names and post times are bylines; "Re:" subjects, post and joined counts, buttons, the forum's rules line, jump box,
  // who-is-online block and footer are furniture
  title: bhTitle,
  headings: [],
  body: bhPosts.flatMap((p) => texts(p.paras)),
  bylines: [...new Set(bhPosts.map((p) => p.user)), ...bhPosts.map((p) => p.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bhNav, 'Unanswered topics', 'Active topics', 'Search', ...bhCrumbs, `Re: ${bhTitle}`, 'Post Reply',
    '5 posts • Page 1 of 1', 'Quote', 'Top', 'Posts:', ...new Set(bhPosts.map((p) => p.posts)), 'Joined:', ...new Set(bhPosts.map((p) => p.joined)),
    'Non-investing personal finance issues including insurance, credit, real estate, taxes, employment and legal issues such as trusts and wills.',
    `Return to “${bhForum}”`, 'Jump to', 'Investing - Theory, News & General', 'Personal Investments', 'Non-US Investing', 'Who is online',
    'Users browsing this forum: Marsh Hen, Okefenokee Retired and 41 guests', ...bhFoot, 'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};

export const HELDOUT164_A: readonly TestPage[] = [bogleheads, physicsForumsThread];
