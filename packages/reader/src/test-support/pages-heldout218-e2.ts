import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file e2: a model railway forum thread on phpBB 3.3 (prosilver), with a quoted reply and post profiles. */
const title = 'DCC sound chip in an N gauge Class 37 – worth the squeeze?';
interface Post {
  id: number;
  user: string;
  rank: string;
  posts: string;
  joined: string;
  loc: string;
  time: string;
  paras: string[];
  quote?: string;
}
const posts: Post[] = [
  {
    id: 412877,
    user: 'Wickham Jct',
    rank: 'Regular',
    posts: '388',
    joined: 'Sat Mar 12, 2016 7:41 pm',
    loc: 'North Yorkshire',
    time: 'Tue Feb 24, 2026 9:14 pm',
    paras: [
      'I have a newer-tooling N gauge Class 37 with a Next18 socket and I am tempted to fit sound. The trouble is the only place for ' +
        'a speaker seems to be the fuel tank area, and everything I have read says small speakers in N sound thin and rattly.',
      'Has anyone done one? Which decoder did you use and where did the speaker go? Layout is a 6 by 2 foot end-to-end branch line, ' +
        'so the loco will mostly be running slowly and quietly, which might actually suit a small speaker.',
    ],
  },
  {
    id: 412881,
    user: 'Gresley_Pete',
    rank: 'Moderator',
    posts: '6214',
    joined: 'Wed Jan 07, 2009 11:02 am',
    loc: 'Swindon',
    time: 'Tue Feb 24, 2026 9:52 pm',
    paras: [
      'Done three of them. The trick is a sugar cube speaker mounted in the fuel tank with the tank itself sealed up as an enclosure. ' +
        'Seal the gaps with a thin bead of canopy glue and the bass improves no end. It will never rumble like OO, but at slow speed ' +
        'with the engine ticking over it is lovely.',
      'Use a decoder with a proper sound project for a 37 rather than a generic diesel. The thrash when you notch up is the bit that ' +
        'sells it, and the generic ones just do not get it right.',
    ],
  },
  {
    id: 412903,
    user: 'Wickham Jct',
    rank: 'Regular',
    posts: '388',
    joined: 'Sat Mar 12, 2016 7:41 pm',
    loc: 'North Yorkshire',
    time: 'Wed Feb 25, 2026 7:30 am',
    quote: 'Seal the gaps with a thin bead of canopy glue and the bass improves no end.',
    paras: [
      'Thanks Pete, that is encouraging. Did you have to remove any of the chassis weight to get the speaker in? I am worried about ' +
        'losing haulage, as the branch has a 1 in 40 up to the terminus.',
    ],
  },
  {
    id: 412917,
    user: 'Gresley_Pete',
    rank: 'Moderator',
    posts: '6214',
    joined: 'Wed Jan 07, 2009 11:02 am',
    loc: 'Swindon',
    time: 'Wed Feb 25, 2026 8:45 am',
    paras: [
      'A little, about four grams from the underside of the weight. Mine still takes five Mk1 coaches up a similar gradient without ' +
        'slipping. If you are worried, add some tungsten putty in the cab ends where there is spare room.',
    ],
  },
  {
    id: 412960,
    user: 'siphon_van',
    rank: 'New member',
    posts: '12',
    joined: 'Thu Jan 15, 2026 6:20 pm',
    loc: 'Cardiff',
    time: 'Wed Feb 25, 2026 6:11 pm',
    paras: [
      'Following this with interest, I have the same loco in green. One thing to watch: set a decent amount of momentum in the CVs, ' +
        'otherwise the sound and the movement get out of step when you notch up and the effect is lost.',
    ],
  },
];
const nav = ['Quick links', 'FAQ', 'Register', 'Login', 'Board index', 'N Gauge', 'DCC and Electrics'];
const tools = ['Post Reply', 'Search this topic…', 'Search', '5 posts • Page 1 of 1'];
const labels = ['Posts:', 'Joined:', 'Location:'];
const jump = ['Return to “DCC and Electrics”', 'Jump to'];
const who = ['Who is online', 'Users browsing this forum: No registered users and 14 guests'];
const foot = ['Contact us', 'The team', 'Delete cookies', 'All times are UTC', 'Privacy', 'Terms', 'Powered by phpBB® Forum Software © phpBB Limited'];
const cookie = 'This board uses cookies to give you the best and most relevant experience. To use this board this means you need to accept the policy.';
const post = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile bg${(i % 2) + 1}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>${labels[0]}</strong> <a href="./search.php?author_id=${p.id}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>${labels[1]}</strong> ${p.joined}</dd><dd class="profile-from"><strong>${labels[2]}</strong> ${p.loc}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a href="#p${p.id}">${i === 0 ? title : `Re: ${title}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i>
<span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}"
class="username">${p.user}</a></strong>
» </span><time datetime="2026-02-24T21:14:00+00:00">${p.time}</time></p>
<div class="content">${
  p.quote
    ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=412881">Gresley_Pete</a> wrote: <a href="./viewtopic.php?p=412881#p412881"
data-post-id="412881">↑</a>
<span class="responsive-hide">Tue Feb 24, 2026 9:52 pm</span></cite>${p.quote}</div></blockquote>`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div>
</div></div><div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>${title} - Ballast &amp; Branch Line Forum</title><link rel="canonical" href="https://www.ballastforum.example/viewtopic.php?t=38814">
<link href="./assets/css/font-awesome.min.css?assets_version=88" rel="stylesheet"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=88"
rel="stylesheet">
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Ballast and Branch Line Forum</h1>
<p>Modelling the railways of Britain in every scale</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">
<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>${nav[0]}</span></a></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>${nav[1]}</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>${nav[2]}</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x"
role="menuitem"><span>${nav[3]}</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
${nav
  .slice(4)
  .map(
    (c, i) =>
      `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}"><span
itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}
</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=38814">${title}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=38814" class="button" title="Post a reply"><span>${tools[0]}</span>
<i class="icon fa-reply fa-fw" aria-hidden="true"></i></a><div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php">
<fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="${tools[1]}">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
class="sr-only">${tools[2]}</span></button>
</fieldset></form></div><div class="pagination">${tools[3]}</div></div>
${posts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=38814" class="button"><span>${tools[0]}</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=22" class="left-box arrow-left" accesskey="r">
<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>${jump[0]}</span></a></p><div class="jumpbox dropdown-container">
<span class="button button-secondary dropdown-trigger"><span>${jump[1]}</span></span></div></div>
<div class="stat-block online-list"><h3>${who[0]}</h3><p>${who[1]}</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist">
<li class="breadcrumbs"><span class="crumb"><a href="./index.php"><span>Board index</span></a></span></li>${links(foot.slice(0, 3), 'rightside')}
<li class="rightside">${foot[3]}</li></ul></div></div><div class="copyright"><p class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy">
<span class="footer-link-text">${foot[4]}</span></a> | <a class="footer-link" href="./ucp.php?mode=terms"><span
class="footer-link-text">${foot[5]}</span></a></p>
<p class="footer-row"><span class="footer-copyright">${foot[6]}</span></p></div></div></div>
<div class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom" role="dialog" aria-label="cookieconsent"><span id="cookieconsent:desc"
class="cc-message">
${cookie} <a class="cc-link" href="./ucp.php?mode=privacy">Learn more</a></span><div class="cc-compliance"><a class="cc-btn cc-dismiss">Got it!</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=88"></script><script
src="./styles/prosilver/template/forum_fn.js?assets_version=88"></script>
</body></html>`;

export const railwayThread: TestPage = {
  name: 'heldout218-phpbb-model-railway-forum',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: [...new Set(posts.flatMap((p) => [p.user, p.time]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ballast and Branch Line Forum', 'Modelling the railways of Britain in every scale', 'Skip to content', ...nav, ...tools.filter((t) => t !== tools[1]),
    ...labels,
    ...new Set(posts.flatMap((p) => [p.rank, p.posts, p.joined, p.loc])), 'Quote', 'Top', ...jump, ...who, ...foot, cookie, 'Learn more', 'Got it!',
  ],
};
