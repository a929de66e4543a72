import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout313-kit.js';

/**
 * Held-out batch 313, file d: a port authority's notice to mariners on Joomla 4 with the Cassiopeia template (short main
 * text: a notice with a position table; header menu, breadcrumbs, the article info block with category, "Published" and
 * "Hits", print / email icons, a sidebar module of latest notices, the footer module) and a plane-spotting forum thread on
 * phpBB 3.3 prosilver, where the posts are the body (header navbar, breadcrumbs, pagination, post profiles, signatures,
 * "Who is online", the jump box and the footer).
 */
const jTitle = 'Notice to Mariners No. 14/2026: Dredging works in the Kestrel Bay approach channel';
const jP1 = [
  j(
    'Mariners are advised that maintenance dredging will take place in the Kestrel Bay approach channel from 16 March to 30 April',
    '2026, between buoys KB3 and KB8. The work will be carried out by the trailing suction hopper dredger Marlin, call sign VSQR4,',
    'which will keep a listening watch on VHF channel 12.',
  ),
  'The dredger will work within the area bounded by the following positions (WGS 84):',
];
const jPos = ['A: 57° 12.40′ N, 011° 48.10′ E', 'B: 57° 12.40′ N, 011° 49.35′ E', 'C: 57° 11.85′ N, 011° 49.35′ E', 'D: 57° 11.85′ N, 011° 48.10′ E'];
const jP2 = [
  j(
    'Vessels are requested to pass the dredger at reduced speed and with a minimum passing distance of 100 metres. The dredged',
    'material will be discharged at the licensed disposal site 4 nautical miles south-west of buoy KB1; the pipeline will not be used.',
  ),
  j(
    'During the works the least depth in the channel may temporarily be reduced to 11.2 metres. Vessels with a draught above',
    '10 metres must contact Kestrel Bay VTS before entering the channel.',
  ),
  'Inquiries: Harbour Master’s Office, tel. +46 555 0190, VHF channel 12.',
];
const jNav = ['Home', 'Port information', 'Notices to mariners', 'Tariffs', 'News', 'Contact'];
const jCrumb = ['Home', 'Notices to mariners', '2026'];
const jLatest = ['No. 13/2026: Light on buoy KB5 unlit', 'No. 12/2026: Cable laying at Ostervik', 'No. 11/2026: Wreck marked east of Hollin'];
const jHtml = `<!DOCTYPE html><html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Harbour Master">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${jTitle} - Port of Kestrel Bay</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.3" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":""}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${jTitle}",
"datePublished":"2026-03-11T10:12:00+00:00"}</script>
</head><body class="site com_content wrapper-static view-article no-layout no-task itemid-112">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Port of Kestrel Bay">Port of Kestrel Bay</span></a><div class="site-description">Kestrel Bay Port Authority</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav">${links(jNav, 'nav-item')}</ul>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Search</label><input type="text" name="q" id="mod-finder-searchword"
class="js-finder-search-query form-control" placeholder="Search ..."></form></div></div></header>
<div class="site-grid"><div class="grid-child container-top-b"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>${links(jCrumb, 'mod-breadcrumbs__item breadcrumb-item')}</ol></nav></div>
<div class="grid-child container-component"><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">${jTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/notices-to-mariners/2026"
itemprop="genre">2026 notices</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-03-11T10:12:00+00:00"
itemprop="datePublished">Published: 11 March 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:318">Hits: 318</dd></dl>
<div class="icons"><ul class="dropdown-menu"><li class="print-icon"><a href="?tmpl=component&amp;print=1">Print</a></li>
<li class="email-icon"><a href="/component/mailto">Email</a></li></ul></div>
<div itemprop="articleBody" class="com-content-article__body">
${ps(jP1)}
<table class="table table-bordered"><tbody>${jPos.map((x) => `<tr><td>${x}</td></tr>`).join('\n')}</tbody></table>
${ps(jP2)}
<p class="signature">Harbour Master, Port of Kestrel Bay</p>
</div>
<ul class="pagenavigation pagination ms-0"><li><a class="btn btn-sm btn-secondary previous" href="/notices/13-2026" rel="prev">Prev</a></li>
<li><a class="btn btn-sm btn-secondary next" href="/notices/15-2026" rel="next">Next</a></li></ul></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Latest notices</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">${links(jLatest)}</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Subscribe to notices</h3><div class="card-body"><p>Receive every new notice by email.</p>
<a class="btn btn-primary" href="/subscribe">Sign up</a></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>Kestrel Bay Port Authority · Harbour Office,
Quay 1 · VTS 24 h: VHF 12</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.4.3" defer></script></body></html>`;
const notice: TestPage = {
  name: 'heldout313-joomla-notice-to-mariners-docs',
  kind: 'docs',
  html: jHtml,
  title: jTitle,
  headings: [],
  body: texts([...jP1, ...jPos, ...jP2]),
  bylines: ['Published: 11 March 2026', 'Harbour Master, Port of Kestrel Bay'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Port of Kestrel Bay', 'Kestrel Bay Port Authority', ...jNav, 'Search', 'You are here:', 'Details', 'Category:', '2026 notices', 'Hits: 318', 'Print',
    'Email', 'Prev', 'Next', 'Latest notices', ...jLatest, 'Subscribe to notices', 'Receive every new notice by email.', 'Sign up',
    'Kestrel Bay Port Authority · Harbour Office, Quay 1 · VTS 24 h: VHF 12',
  ],
};

const bTitle = 'Rare visitor: Tarvik T-78 prototype at Vessmark this morning';
const bPosts = [
  {
    id: 90211,
    user: 'kestrel_spotter',
    when: 'Sat Mar 07, 2026 10:42 am',
    rank: 'Regular',
    posts: '1,482',
    sig: 'Canon R7 + 100-500 · spotting since 1998',
    text: [
      'Morning all. The second T-78 prototype, VS-XTB in the grey and orange test scheme, came in on runway 09 at 09:55 on a',
      'flight from the Tarvik works at Brannock. It taxied to the north apron and the crew went into the Aeralis technical base.',
      'Rumour at the fence says it is here for two days of ground tests with the Aeralis engineers before the airline’s first',
      'delivery. Best viewing is from the car park on Ridge Road; the light is behind you until about 2 pm.',
    ],
  },
  {
    id: 90214,
    user: 'Gundersen72',
    when: 'Sat Mar 07, 2026 11:18 am',
    rank: 'Senior member',
    posts: '6,010',
    sig: 'Logged 4,312 regs and counting',
    text: [
      'Great catch, thanks for posting. I got there just in time to see it towed to the compass base, so it looks like they are',
      'swinging the compass today. The tow bar is a Tarvik one, not the usual Aeralis tug, so they came prepared.',
      'For anyone heading over: the north apron gate is closed to cars at weekends, park by the fuel farm instead.',
    ],
  },
  {
    id: 90220,
    user: 'linnea_r',
    when: 'Sat Mar 07, 2026 1:06 pm',
    rank: 'New member',
    posts: '12',
    sig: '',
    text: [
      'First post here after years of lurking. Does anyone know whether it will fly again before Monday? I am working tomorrow',
      'but could get to the airport early on Monday morning. I have never seen a prototype and would love a photo of it departing.',
    ],
  },
  {
    id: 90223,
    user: 'kestrel_spotter',
    when: 'Sat Mar 07, 2026 2:31 pm',
    rank: 'Regular',
    posts: '1,483',
    sig: 'Canon R7 + 100-500 · spotting since 1998',
    text: [
      'Welcome! The flight plan filed for tomorrow shows a departure at 15:30 back to Brannock, but test flights move around a lot.',
      'If it slips to Monday it will probably go first thing, before the morning bank of Aeralis departures. Keep an eye on this',
      'thread, someone usually posts when the crew bus turns up.',
    ],
  },
  {
    id: 90231,
    user: 'Gundersen72',
    when: 'Sun Mar 08, 2026 4:02 pm',
    rank: 'Senior member',
    posts: '6,011',
    sig: 'Logged 4,312 regs and counting',
    text: [
      'Update: VS-XTB departed runway 27 at 15:41 today, with a low pass over the Aeralis hangar on the way out. Lovely sound from',
      'those new propellers, far quieter than the old T-46s. Photos in the gallery this evening.',
    ],
  },
];
const bBody = bPosts.map((p) => j(...p.text));
const bNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const bCrumb = ['Board index', 'Airport reports', 'Vessmark (VSM)'];
const post = (p: (typeof bPosts)[number], i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}">
<div class="inner"><dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 977}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id % 977}&amp;sr=posts">${p.posts}</a></dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">${i === 0 ? '' : 'Re: '}${bTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><span class="imageset icon_post_target"></span></a>
<span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 977}" class="username">${p.user}</a></strong>
» </span><time datetime="2026-03-07T10:42:00+00:00">${p.when}</time></p>
<div class="content">${p.text.join('\n')}</div>
${p.sig === '' ? '' : `<div id="sig${p.id}" class="signature">${p.sig}</div>`}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider">`;
const bHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>${bTitle} - Fence Line Spotters Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=88" rel="stylesheet">
<link rel="canonical" href="https://forum.fenceline.example/viewtopic.php?t=7712">
<script>var phpbb = {}; phpbb.plupload = {};</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Fence Line Spotters Forum</h1>
<p>Airliners, airports and the people who photograph them</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search">
<input name="keywords" id="keywords" type="search" title="Search for keywords" class="inputbox search tiny" placeholder="Search…"></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(bNav)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">${links(bCrumb, 'breadcrumbs')}</ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=7712">${bTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=7712" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${bPosts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=7712" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=21" class="left-box arrow-left">Return to “Vessmark (VSM)”</a></p>
<div class="jumpbox dropdown-container"><span class="button dropdown-trigger"><span>Jump to</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul class="linklist">
<li><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li>All times are <span title="UTC+1">UTC+01:00</span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB Limited</span></p>
<p class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> | <a class="footer-link" href="./ucp.php?mode=terms">Terms</a></p>
</div></div></div><script src="./assets/javascript/core.js?assets_version=88"></script></body></html>`;
const forum: TestPage = {
  name: 'heldout313-phpbb-spotting-forum',
  kind: 'forum',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bBody),
  bylines: [...new Set(bPosts.flatMap((p) => [p.user, p.when]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fence Line Spotters Forum', 'Airliners, airports and the people who photograph them', 'Skip to content', ...bNav, ...bCrumb, 'Post Reply',
    '5 posts • Page 1 of 1', ...new Set(bPosts.flatMap((p) => [p.rank, p.sig].filter((x) => x !== ''))), 'Posts:', '1,482', '6,010', '1,483', '6,011',
    'Quote', 'Top', `Re: ${bTitle}`, 'Return to “Vessmark (VSM)”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 4 guests',
    'Delete cookies', 'All times are UTC+01:00', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
  ],
};

export const HELDOUT313_D: readonly TestPage[] = [notice, forum];
