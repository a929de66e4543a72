import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout628-kit.js';

/**
 * Held-out batch 628, file b: a motorhome habitation check page on Wix (rich-text components, absolute layout), and a
 * motorhome owners' forum thread on phpBB 3.3 (prosilver) about damp readings after a habitation check.
 */
const wTitle = 'Motorhome Habitation Checks';
const wBody = [
  j(
    'A habitation check looks at the living side of your motorhome: the gas, electrics, water and the body itself.',
    'Most manufacturers ask for one every twelve months to keep the water ingress warranty valid.',
  ),
  'What we check',
  'LPG system tested for leaks and regulator pressure checked',
  '230V and 12V systems tested, including the leisure battery and charger',
  'Fridge, heater and water heater run on every fuel source',
  'Damp readings taken at over 40 points around the body',
  'Smoke and carbon monoxide alarms tested',
  'Roof lights, windows, locks and the entrance step checked and lubricated',
  'Prices',
  'Standard habitation check, up to 7.5 metres: £199',
  'Over 7.5 metres or with a slide-out: £239',
  'Mobile visit within 20 miles of Brackenmoor: add £35',
  j(
    'You receive a printed report and a stamp in your service book on the day. If we find anything that needs work we will',
    'call you with a price first and never go ahead without your agreement.',
  ),
];
const wNav = ['Home', 'Habitation Checks', 'Repairs', 'Storage', 'About', 'Contact'];
const rt = (id: string, inner: string): string => `<div id="comp-${id}" class="KaEeLN comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wList = (a: number, b: number): string =>
  `<ul class="font_8 wixui-rich-text__text">${wBody
    .slice(a, b)
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p></li>`)
    .join('\n')}</ul>`;
const wh2 = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Habitation Checks | Brackenmoor Leisure Services</title>
<meta name="description" content="Annual motorhome and caravan habitation checks near Brackenmoor. Approved workshop, mobile service available.">
<meta property="og:title" content="Habitation Checks | Brackenmoor Leisure Services"><link rel="canonical"
href="https://www.brackenmoorleisure.co.uk/habitation-checks">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Brackenmoor Leisure Services",
"telephone":"01632 961 207"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"3b7f1c2a"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50}.font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_c1dmp" class="pageBackground_c1dmp"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="Tpft9A"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div id="comp-kx9q1lq3" class="KaEeLN comp-kx9q1lq3 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">Brackenmoor Leisure Services</span></p></div>
<nav id="comp-kx9q1lq7" class="comp-kx9q1lq7 wixui-horizontal-menu" aria-label="Site"><ul class="itemsContainer" data-testid="itemsContainer">${wNav
  .map(
    (n) =>
      `<li class="wixui-horizontal-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="https://www.brackenmoorleisure.co.uk/${n
        .toLowerCase()
        .replace(' ', '-')}" class="UiHgGh"><div class="itemDepth02233374943__root"><p class="label">${n}</p></div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="comp-kx9q1lqa wixui-button" id="comp-kx9q1lqa" aria-disabled="false"><a data-testid="linkElement" href="tel:01632961207" class="uDW_Qe
wixui-button"><span class="w4Vxx6 wixui-button__label">Call 01632 961 207</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dNh7zW c1dmp">
<div class="Ry26q7" data-testid="page-bg"></div><div class="ZHatEK"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content">
<section id="comp-lt2k9a1b" tabindex="-1" class="Oqnisf comp-lt2k9a1b wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lt2k9a1binlineContent" data-testid="inline-content">
${rt('lt2k9a2c', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt('lt2k9a3d', wp(at(wBody, 0)))}
<div id="comp-lt2k9a4e" class="MazNVa comp-lt2k9a4e wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lt2k9a4e"
class="HlRz5e BI8PVQ" data-image-info="{}"><img src="https://static.wixstatic.com/media/9b1e_habcheck.jpg/v1/fill/w_480,h_320/habcheck.jpg"
alt="Technician testing a motorhome gas locker" style="width:480px;height:320px;object-fit:cover"></wow-image></div></div>
${rt('lt2k9a5f', wh2(at(wBody, 1)) + wList(2, 8))}
${rt('lt2k9a6g', wh2(at(wBody, 8)) + wList(9, 12) + wp(at(wBody, 12)))}
<div class="comp-lt2k9a7h wixui-button" id="comp-lt2k9a7h" aria-disabled="false"><a data-testid="linkElement" href="/book-online" class="uDW_Qe
wixui-button"><span class="w4Vxx6 wixui-button__label">Book a Check</span></a></div>
${rt('lt2k9a8i', wp('<span style="font-style:italic;" class="wixui-rich-text__text">Approved Workshop Scheme member since 2019</span>'))}
</div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="Tpft9A"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">${rt('kx9q1lqf', wp('Unit 3, Fellgate Farm, Brackenmoor BM7 4LT') + wp('Open Monday to Friday, 8:30 to 5'))}
${rt('kx9q1lqg', wp('© 2026 by Brackenmoor Leisure Services. Proudly created with Wix.com'))}</div></div></footer></div></div></div></div>
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" role="button" data-testid="skipToContentButton">Skip to Main Content</div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = gold({
  name: 'heldout628-wix-habitation-check',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 1), at(wBody, 8)],
  body: texts(wBody.filter((_, i) => i !== 1 && i !== 8)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Brackenmoor Leisure Services', ...wNav, 'Call 01632 961 207', 'Book a Check', 'Approved Workshop Scheme member since 2019',
    'Unit 3, Fellgate Farm, Brackenmoor BM7 4LT', 'Open Monday to Friday, 8:30 to 5', '© 2026 by Brackenmoor Leisure Services. Proudly created with Wix.com',
    'Skip to Main Content',
  ],
});

const fTitle = 'Damp readings of 28% after habitation check - panic or not?';
const fPosts = [
  {
    id: 48213,
    user: 'ridgeway_rover',
    rank: 'Regular Member',
    posts: '212',
    joined: 'Sat Apr 11, 2020 6:02 pm',
    date: 'Mon Oct 12, 2026 8:47 pm',
    paras: [
      j(
        'Had our 2019 coachbuilt in for its habitation check last week and the report shows 28% on the offside rear corner, everything else',
        'under 15%. The dealer says it is "within tolerance for now" and to come back in three months. Is that right?',
      ),
      'No soft spots that I can feel and no smell. Should I be pushing for the corner to be opened up now while the warranty is live?',
    ],
  },
  {
    id: 48219,
    user: 'Marjorie P',
    rank: 'Moderator',
    posts: '6481',
    joined: 'Tue Jan 08, 2013 9:15 am',
    date: 'Mon Oct 12, 2026 9:30 pm',
    paras: [
      j(
        'Most workshops treat under 15% as normal, 15 to 20% as worth watching, and anything over 20% as a sign that water is getting in',
        'somewhere. 28% in one corner usually means a failed seal on a rear light cluster or the corner trim.',
      ),
      j(
        'I would not wait three months. Ask them in writing to record it as a warranty claim now, so it is logged before the next check',
        'even if the repair is done later.',
      ),
    ],
  },
  {
    id: 48225,
    user: 'ridgeway_rover',
    rank: 'Regular Member',
    posts: '212',
    joined: 'Sat Apr 11, 2020 6:02 pm',
    date: 'Tue Oct 13, 2026 7:12 am',
    paras: ['Thanks Marjorie, email sent to the dealer this morning. I will report back.'],
  },
  {
    id: 48240,
    user: 'tinman64',
    rank: 'Member',
    posts: '37',
    joined: 'Sun Jun 02, 2024 1:40 pm',
    date: 'Tue Oct 13, 2026 6:55 pm',
    paras: [
      j(
        'Same thing happened to ours on the nearside. It turned out to be the screws for the bike rack, which had never been sealed properly.',
        'Worth checking anything bolted on near that corner before they start pulling panels off.',
      ),
    ],
  },
];
type Post = (typeof fPosts)[number];
const fCrumbs = ['Board index', 'Motorhome Talk', 'Maintenance and Repairs'];
const post = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 997}" class="username">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd><dd class="profile-posts">
<strong>Posts:</strong> <a href="./search.php?author_id=${p.id % 997}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">${i === 0 ? fTitle : `Re: ${fTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left
fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${
  p.id % 997
}" class="username">${p.user}</a></strong> &raquo; </span><time datetime="2026-10-12T19:47:00+00:00">${p.date}</time></p>
<div class="content">${p.paras.join('<br><br>')}</div></div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${fTitle} - The Motorhome Owners Forum</title>
<link rel="canonical" href="https://forum.motorhomeowners.example/viewtopic.php?t=9127">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>The Motorhome Owners Forum</h1>
<p>Friendly advice on buying, owning and touring in motorhomes</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value=""
placeholder="Search…"><button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
class="sr-only">Search</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links"
class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick
links</span></a></li><li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle fa-fw"
aria-hidden="true"></i><span>FAQ</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login"
accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li><li class="rightside"
data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i>
<span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"
itemscope itemtype="https://schema.org/BreadcrumbList">${fCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}">
<span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=9127">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=9127" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon
fa-reply fa-fw" aria-hidden="true"></i></a><div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=9127" class="button" title="Post a reply"><span>Post Reply</span></a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer
linklist" role="menubar"><li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem"><span>Delete cookies</span></a></li><li
class="rightside" data-last-responsive="true"><span class="icon fa-clock-o fa-fw" aria-hidden="true"></span><span>All times are <span
title="UTC+1">UTC+01:00</span></span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software ©
phpBB Limited</span></p></div></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=112"></script><script src="./assets/javascript/core.js?assets_version=112"></script>
</body></html>`;
const phpbb: TestPage = gold({
  name: 'heldout628-phpbb-damp-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: fPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Motorhome Owners Forum', 'Friendly advice on buying, owning and touring in motorhomes', 'Skip to content', 'Search', 'Quick links', 'FAQ',
    'Login', 'Register', ...fCrumbs, 'Post Reply', '4 posts • Page 1 of 1', `Re: ${fTitle}`, 'Quote', 'Post', 'Top',
    ...fPosts.flatMap((p) => [p.rank, `Posts: ${p.posts}`, `Joined: ${p.joined}`]), 'Who is online',
    'Users browsing this forum: No registered users and 3 guests', 'Delete cookies', 'All times are UTC+01:00',
    'Powered by phpBB® Forum Software © phpBB Limited',
  ],
});

export const HELDOUT628_B: readonly TestPage[] = [wix, phpbb];
