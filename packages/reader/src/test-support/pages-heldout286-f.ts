import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, table } from './pages-heldout286-kit.js';

/**
 * Held-out batch 286, file f: a running club's race results post built with Elementor on WordPress (nested sections,
 * columns and widgets, a results table, a call-to-action box) and a fan forum's transfer-rumours roundup thread on phpBB
 * (prosilver: the roundup post and the replies are the body).
 */
const rTitle = 'Race report: a club record and 31 finishers at the Tarnside 10K';
const rBody = [
  j(
    'What a morning! Thirty-one Hollin Striders lined up in bright sunshine at the Tarnside 10K on Sunday, our biggest turnout at',
    'a road race since before the pandemic, and the yellow vests were everywhere on the lap of the lake.',
  ),
  j(
    'The headline is Becky Ormerod’s run of 35:12, which takes 19 seconds off the women’s club record set by Jan Heald in 2014.',
    'Becky went through halfway in 17:40 and somehow ran the hilly second half faster. She finished fourth woman overall.',
  ),
  j(
    'In the men’s race, Arjun Bhatt was our first finisher in 33:48, with Paddy Coyle just behind after a sprint up the finishing',
    'straight that had the whole marshal team cheering.',
  ),
  'Well done as well to everyone who ran their first 10K:',
  'Lucy Farrant, who started our beginners’ course in January',
  'Graham Ostler, who ran with his daughter Megan',
  'Nadia Shire, who says she is already signed up for the half marathon',
  j(
    'A big thank you to the Tarnside Harriers for a brilliantly organised race, and to our own marshals, Sue and Derek, who gave',
    'up their morning to stand at the 7K water station. Full results are on the race website.',
  ),
];
const rHeads = ['A new club record', 'First-timers', 'Thank yous'];
const rMenu = ['Home', 'About Us', 'Training', 'Races', 'Results', 'Join', 'Contact'];
const rRecent = ['Summer handicap series: dates announced', 'Cross-country kit swap this Thursday', 'AGM minutes 2026'];
const res = table(
  ['Pos', 'Name', 'Time', 'Cat'],
  [
    ['41', 'Arjun Bhatt', '33:48', 'M35'],
    ['44', 'Paddy Coyle', '33:51', 'MSen'],
    ['58', 'Becky Ormerod', '35:12', 'F35'],
  ],
);
const el = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const rHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${rTitle} – Hollin Striders Running Club</title>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_css_loading; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${rTitle}","datePublished":"2026-04-27T20:15:00+01:00",
"author":{"@type":"Person","name":"Fiona Tate"}}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},
"version":"3.21.4","post":{"id":1882}};</script></head>
<body class="post-template-default single single-post postid-1882 elementor-default elementor-kit-6 elementor-page elementor-page-1882">
<div data-elementor-type="header" data-elementor-id="44" class="elementor elementor-44 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed" data-element_type="section"><div class="elementor-container">
${el('3b1c', 'theme-site-logo', '<a href="/">Hollin Striders Running Club</a>')}
${el('5d2e', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(rMenu, 'menu-item')}</ul></nav>`)}</div></section></div>
<div data-elementor-type="wp-post" data-elementor-id="1882" class="elementor elementor-1882">
<section class="elementor-section elementor-top-section" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el('7a0f', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${rTitle}</h1>`)}
${el(
  '81c2',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">
<span class="elementor-post-info__item elementor-post-info__item--type-author">Fiona Tate</span></li><li class="elementor-icon-list-item">
<span class="elementor-post-info__item elementor-post-info__item--type-date">27th April 2026</span></li></ul>`,
)}
${el('90aa', 'text-editor', ps(rBody.slice(0, 1)))}
${el('91ab', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${rHeads[0]}</h2>`)}
${el('92bc', 'text-editor', ps(rBody.slice(1, 3)))}
${el(
  '93cd',
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/04/becky.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">Becky on the final straight – photo by Tony Ackroyd</figcaption></figure>`,
)}
${el('94de', 'html', res)}
${el('95ef', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${rHeads[1]}</h2>`)}
${el(
  '96f0',
  'text-editor',
  `${ps(rBody.slice(3, 4))}<ul>${rBody
    .slice(4, 7)
    .map((t) => `<li>${t}</li>`)
    .join('')}</ul>`,
)}
${el('97a1', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${rHeads[2]}</h2>`)}
${el('98b2', 'text-editor', ps(rBody.slice(7)))}
${el(
  '99c3',
  'call-to-action',
  `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Fancy joining us?</h3>
<div class="elementor-cta__description">All abilities welcome. Tuesday and Thursday nights, 6.30pm from the leisure centre.</div>
<a class="elementor-cta__button elementor-button" href="/join">Find out more</a></div>`,
)}
${el('9ad4', 'share-buttons', `<div class="elementor-share-btn__title">Share on Facebook</div>`)}</div></div>
<div class="elementor-column elementor-col-33" data-element_type="column"><div class="elementor-widget-wrap">
${el('a1e5', 'heading', '<h3 class="elementor-heading-title">Recent posts</h3>')}
${el('a2f6', 'posts', `<ul>${links(rRecent, 'elementor-post')}</ul>`)}</div></div></div></section></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer">${el(
  'f001',
  'text-editor',
  '<p>Hollin Striders is affiliated to England Athletics. © 2026 Hollin Striders Running Club</p>',
)}</div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout286-elementor-club-race-results',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: texts(rBody),
  bylines: ['Fiona Tate', '27th April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hollin Striders Running Club', ...rMenu, 'Becky on the final straight – photo by Tony Ackroyd', 'Fancy joining us?',
    'All abilities welcome. Tuesday and Thursday nights, 6.30pm from the leisure centre.', 'Find out more', 'Share on Facebook', 'Recent posts',
    ...rRecent, 'Hollin Striders is affiliated to England Athletics. © 2026 Hollin Striders Running Club',
  ],
};

const pTitle = 'Transfer rumours roundup – January window, week 2';
const pOp = [
  'Right, here is this week’s roundup of everything linked with the Saints. Usual rules: rumours only, sources in brackets, no',
  'in-thread arguments about the board please.',
];
const pIn = [
  'Kieran Walcott (Brenton United, CB) – two local papers say a bid of around £1.2m was turned down on Monday. Brenton want closer to £2m.',
  'Oskar Lindahl (free agent, GK) – trained with us on Wednesday according to the club podcast. Short-term deal likely if Pearce is out long.',
  'Jordan Mbeki (Crossfield, LW) – loan with an option to buy mentioned on a few accounts I do not trust. Treat with caution.',
];
const pOut = [
  'Sam Hollis – Wexley Town want him on loan for the rest of the season. Manager said he would “listen”.',
  'Ryan Teague – contract up in the summer and no talks yet, so expect the usual noise.',
];
const pOp2 = 'I will update the first post as things move. Reply below with anything I have missed.';
const pReplies = [
  j('Walcott would be a proper signing. Watched him twice at Brenton last season and he wins everything in the air.', 'Not sure he is worth £2m though.'),
  'Lindahl makes sense. We cannot go into the derby with the youth keeper in goal.',
  'Hollis going on loan is the right call for everyone. He needs games, not twenty minutes off the bench every other week.',
];
const pHeads = ['Incoming', 'Outgoing'];
const pCrumb = ['Board index', 'Saints Talk', 'Transfer Talk'];
const post = (id: number, author: string, date: string, inner: string, rank: string, posts: string): string => `<div id="p${id}"
class="post has-profile bg${(id % 2) + 1}"><div class="inner"><dl class="postprofile" id="profile${id}"><dt class="has-profile-rank">
<a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="username">${author}</a></dt><dd class="profile-rank">${rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> ${posts}</dd></dl>
<div class="postbody"><div id="post_content${id}"><h3 class="first"><a href="#p${id}">Re: ${pTitle}</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="#" class="username">${author}</a></strong> » </span>${date}</p>
<div class="content">${inner}</div></div></div><div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider">`;
const opInner = `${j(...pOp)}<br><br><span style="font-weight: bold">${pHeads[0]}</span><ul>${pIn.map((t) => `<li>${t}</li>`).join('')}</ul>
<span style="font-weight: bold">${pHeads[1]}</span><ul>${pOut.map((t) => `<li>${t}</li>`).join('')}</ul>${pOp2}
<div id="sig1" class="signature">Up the Saints since 1987</div>`;
const pHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${pTitle} - The Saints Supporters Forum</title><link href="./styles/prosilver/theme/stylesheet.css?assets_version=91" rel="stylesheet">
<link rel="canonical" href="https://saintsforum.example/viewtopic.php?t=48812"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>The Saints Supporters Forum</h1>
<p>Independent fan forum since 2003</p></div></div></div>
<div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist" role="menubar"><li><a href="/app.php/help/faq">FAQ</a></li>
<li><a href="./ucp.php?mode=register">Register</a></li><li><a href="./ucp.php?mode=login">Login</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs">${pCrumb
  .map((c) => `<span class="crumb"><a href="./index.php">${c}</a></span>`)
  .join('')}</li></ul></div></div>
<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=48812">${pTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=48812" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${post(1, 'HarbourEndHal', 'Sat Jan 10, 2026 9:14 am', opInner, 'Site Admin', '12408')}
${post(2, 'ChalkyW', 'Sat Jan 10, 2026 10:02 am', pReplies[0] ?? '', 'Season Ticket Holder', '3311')}
${post(3, 'gloves_off', 'Sat Jan 10, 2026 11:47 am', pReplies[1] ?? '', 'Regular', '870')}
${post(4, 'MaisieB', 'Sat Jan 10, 2026 1:25 pm', pReplies[2] ?? '', 'Newcomer', '42')}
<div class="action-bar bar-bottom"><a href="./viewforum.php?f=7" class="left-box arrow-left">Return to “Transfer Talk”</a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 14 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright"><p class="footer-row">Powered by phpBB® Forum Software © phpBB Limited</p>
<p class="footer-row">Style by Arty</p></div></div></div>
<div class="cookie-notice"><p>This board uses cookies to keep you logged in.</p><a href="#" class="button">Got it</a></div>
<script src="./assets/javascript/core.js?assets_version=91"></script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout286-phpbb-transfer-rumours-thread',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([j(...pOp), pHeads[0] ?? '', ...pIn, pHeads[1] ?? '', ...pOut, pOp2, ...pReplies]),
  bylines: [
    'HarbourEndHal',
    'Sat Jan 10, 2026 9:14 am',
    'ChalkyW',
    'Sat Jan 10, 2026 10:02 am',
    'gloves_off',
    'Sat Jan 10, 2026 11:47 am',
    'MaisieB',
    'Sat Jan 10, 2026 1:25 pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Saints Supporters Forum', 'Independent fan forum since 2003', 'FAQ', 'Register', 'Login', ...pCrumb, 'Post Reply',
    '4 posts • Page 1 of 1', 'Site Admin', 'Posts:', '12408', 'Season Ticket Holder', '3311', 'Regular', '870', 'Newcomer', `Re: ${pTitle}`,
    'Up the Saints since 1987', 'Top', 'Return to “Transfer Talk”', 'Who is online',
    'Users browsing this forum: No registered users and 14 guests', 'Powered by phpBB® Forum Software © phpBB Limited', 'Style by Arty',
    'This board uses cookies to keep you logged in.', 'Got it',
  ],
};

export const HELDOUT286_F: readonly TestPage[] = [elementor, phpbb];
