import { type TestPage, texts } from './page-kit.js';
import { bodyOf, heads, j, type Sec, secs } from './pages-heldout461-kit.js';

/** Held-out batch 461, file e: a fountain pen forum thread on phpBB 3.3 (prosilver), and a piston filler servicing guide on Hugo (Docsy). */
const pTitle = 'Stuck piston on a Glasmoor 400 – safe to use silicone grease?';
interface PPost {
  id: number;
  user: string;
  rank: string;
  posts: string;
  joined: string;
  date: string;
  paras: readonly string[];
  quote?: readonly [string, string];
}
const pPosts: PPost[] = [
  {
    id: 88120,
    user: 'inkblot_ann',
    rank: 'Fresh nib',
    posts: '12',
    joined: 'Tue Sep 15, 2026 7:02 pm',
    date: 'Sat Jan 23, 2027 11:41 am',
    paras: [
      j('My Glasmoor 400 piston has seized halfway up the barrel. I can turn the knob a little, then it stops. I have flushed it', 'with water for two days.'),
      'Is pure silicone grease safe on the seal, or will it swell? I do not want to open it if I can avoid it.',
    ],
  },
  {
    id: 88127,
    user: 'Tobias R',
    rank: 'Pen doctor',
    posts: '6417',
    joined: 'Mon Mar 02, 2009 9:15 pm',
    date: 'Sat Jan 23, 2027 1:05 pm',
    paras: [
      j(
        "Pure silicone grease is fine on the 400's seal, which is a synthetic rubber. Do not use petroleum jelly. Put a tiny amount on",
        'a cotton bud, reach in from the nib end with the section out, and work the piston slowly.',
      ),
    ],
    quote: ['inkblot_ann', 'I do not want to open it if I can avoid it.'],
  },
  {
    id: 88140,
    user: 'inkblot_ann',
    rank: 'Fresh nib',
    posts: '12',
    joined: 'Tue Sep 15, 2026 7:02 pm',
    date: 'Sun Jan 24, 2027 9:20 am',
    paras: ['That did it. Section out, a smear of grease, twenty slow turns and it runs all the way again. Thank you!'],
  },
];
const pPost = (p: PPost, n: number): string => `<div id="p${p.id}" class="post has-profile ${n % 2 === 0 ? 'bg1' : 'bg2'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}" class="username">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id}&amp;sr=posts">${p.posts}</a>
</dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${n === 0 ? 'class="first"' : ''}>
<a href="./viewtopic.php?p=${p.id}#p${p.id}">${n === 0 ? '' : 'Re: '}${pTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post">
<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a>
<span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}" class="username">${p.user}</a></strong> &raquo; </span>
<time datetime="2027-01-23T11:41:00+00:00">${p.date}</time></p>
<div class="content">${
  p.quote === undefined
    ? ''
    : `<blockquote><div><cite>
<a href="./memberlist.php?mode=viewprofile&amp;u=88120">${p.quote[0]}</a> wrote: <a href="./viewtopic.php?p=88120#p88120" data-post-id="88120">↑</a>
</cite>${p.quote[1]}</div></blockquote>`
}${p.paras.join('<br>\n<br>\n')}</div>
</div></div><div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const pHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} - The Nib Bench</title><link rel="canonical" href="https://nibbench.example/viewtopic.php?t=14022">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=58" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=58" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>
<h1>The Nib Bench</h1><p>Fountain pens, repairs and restorations</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value=""
placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span>
</button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li class="rightside" data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem">
<i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">
<i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem">
<i class="icon fa-pencil-square-o  fa-fw" aria-hidden="true"></i><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h">
<i class="icon fa-home fa-fw"></i><span itemprop="name">Board index</span></a></span>
<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=4">
<span itemprop="name">Repair and Restoration</span></a></span></li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=14022">${pTitle}</a></h2><div class="action-bar bar-top">
<a href="./posting.php?mode=reply&amp;t=14022" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true">
</i></a>
<div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${pPosts.map(pPost).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=14022" class="button" title="Post a reply"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=4" class="left-box arrow-left" accesskey="r">
<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “Repair and Restoration”</span></a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist" role="menubar">
<li class="rightside"><a href="/ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a></li>
<li class="rightside"><a href="/ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></li>
<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><span>Contact us</span></a></li></ul></div></div>
<div class="copyright"><p class="footer-row">
<span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p></div></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=58"></script><script src="./assets/javascript/core.js?assets_version=58"></script></body>
</html>`;
const phpbbThread: TestPage = {
  name: 'heldout461-phpbb-pen-thread',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote[1]]), ...p.paras])),
  bylines: ['inkblot_ann', 'Tobias R', ...pPosts.map((p) => p.date), 'by', 'inkblot_ann wrote:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Nib Bench', 'Fountain pens, repairs and restorations', 'Skip to content', 'Search', 'FAQ', 'Login', 'Register', 'Board index',
    'Repair and Restoration', 'Post Reply', '3 posts • Page 1 of 1', 'Fresh nib', 'Pen doctor', 'Posts:', 'Joined:', '12', '6417',
    'Tue Sep 15, 2026 7:02 pm', 'Mon Mar 02, 2009 9:15 pm', `Re: ${pTitle}`, 'Quote', 'Post', 'Top', 'Return to “Repair and Restoration”', 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', 'Privacy', 'Terms', 'Contact us', 'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};

const dTitle = 'Servicing the piston mechanism';
const dLead = 'How to take apart, clean, grease and reassemble the piston unit of Glasmoor 300 and 400 series pens.';
const dSecs: Sec[] = [
  {
    ps: [
      j(
        'The piston unit is the only part of a Glasmoor pen that needs regular care. A unit that is greased every two or three',
        'years will outlast the pen; one that is left dry will start to squeak, then stick, and finally tear its seal.',
      ),
    ],
  },
  {
    h: 'Before you start',
    ps: ['You will need:'],
    list: ['the Glasmoor piston wrench (part GW-4) or a wrench with the same three lugs', 'pure silicone grease', 'a soft cloth and warm water'],
  },
  {
    h: 'Removing the unit',
    ps: [],
    list: [
      'Flush the pen with water until it runs clear and expel all the water.',
      'Unscrew the blind cap fully, then wind the piston down to the bottom of the barrel.',
      'Fit the wrench over the three lugs at the end of the barrel and turn it anticlockwise. The thread is normal, not reversed.',
      'Pull the unit out of the barrel in a straight line.',
    ],
    ordered: true,
  },
  {
    h: 'Cleaning and greasing',
    ps: [
      j(
        'Wipe the old grease from the seal and the barrel wall. Check the seal for nicks against a bright light. Spread a thin',
        'film of grease over the seal and the spindle thread, then wind the piston up and down a few times to spread it.',
      ),
    ],
  },
  {
    h: 'Refitting',
    ps: [
      j(
        'Push the unit back into the barrel and tighten it with the wrench until it stops, then a little more. Fill the pen',
        'with water and check for leaks at the back before you fill it with ink.',
      ),
    ],
  },
];
const dWarn = 'Never use petroleum jelly or oil-based greases. They swell the seal and void the lifetime warranty on the mechanism.';
const dNav = ['Documentation', 'Shop', 'Warranty', 'Contact'];
const dSide = ['Getting started', 'Filling and cleaning', 'Servicing', 'Nib adjustment', 'Warranty and repairs'];
const dHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.134.2"><title>${dTitle} | Glasmoor Pen Works</title><meta name="description" content="${dLead}">
<meta property="og:title" content="${dTitle}"><meta property="og:type" content="article"><meta property="article:section" content="docs">
<meta property="article:modified_time" content="2027-02-02T10:12:44+01:00">
<link rel="preload" href="/scss/main.min.6a1f.css" as="style"><link href="/scss/main.min.6a1f.css" rel="stylesheet" integrity="">
<script src="https://code.jquery.com/jquery-3.7.1.min.js" crossorigin="anonymous"></script><script defer src="/js/lunr.min.js"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Glasmoor Pen Works</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${dNav
  .map(
    (t) => `<li class="nav-item">
<a class="nav-link" href="/${t.toLowerCase()}/"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.json"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner">
<nav class="td-sidebar-nav collapse" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">${dSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child">
<a href="/docs/${t.length}/" class="align-left ps-0 td-sidebar-link td-sidebar-link__page"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/glasmoor/docs/edit/main/content/en/docs/servicing/piston.md" class="td-page-meta--edit td-page-meta__edit" target="_blank"
rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/glasmoor/docs/issues/new?title=Servicing%20the%20piston%20mechanism" class="td-page-meta--issue td-page-meta__issue"
target="_blank" rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${heads(dSecs)
  .map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`)
  .join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li>
<li class="breadcrumb-item"><a href="/docs/servicing/">Servicing</a></li><li class="breadcrumb-item active" aria-current="page">${dTitle}</li></ol></nav>
<div class="td-content"><h1>${dTitle}</h1><div class="lead">${dLead}</div><header class="article-meta"></header>
${secs(dSecs.slice(0, 3))}
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Warning</h4>${dWarn}</div>
${secs(dSecs.slice(3))}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button></div><br>
<div class="td-page-meta__lastmod">Last modified February 2, 2027: <a data-proofer-ignore
 href="https://github.com/glasmoor/docs/commit/a1b2c3d">Clarify seal sizes (a1b2c3d)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2027 <span class="td-footer__authors">Glasmoor Pen Works</span> |
<span class="td-footer__all_rights_reserved">All Rights Reserved</span></span>
<span class="ms-2"><a href="/privacy/" target="_blank" rel="noopener">Privacy Policy</a></span></div></div></div></footer></div>
<script src="/js/main.min.8d1c.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const hugoDocs: TestPage = {
  name: 'heldout461-hugo-piston-guide',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...heads(dSecs.slice(0, 3)), 'Warning', ...heads(dSecs.slice(3))],
  body: [dLead, ...bodyOf(dSecs.slice(0, 3)), dWarn, ...bodyOf(dSecs.slice(3))],
  bylines: ['Last modified February 2, 2027: Clarify seal sizes (a1b2c3d)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Glasmoor Pen Works', ...dNav.filter((t) => t !== 'Warranty'), ...dSide.filter((t) => t !== 'Servicing'), 'Edit this page', 'Create documentation issue',
    'Feedback', 'Was this page helpful?', 'Yes', 'No', '© 2027 Glasmoor Pen Works | All Rights Reserved', 'Privacy Policy',
  ],
};

export const HELDOUT461_E: readonly TestPage[] = [phpbbThread, hugoDocs];
