import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout400-kit.js';

/**
 * Held-out batch 400, file d: a bar association's notice on Joomla 4 with the Cassiopeia template (brand bar, mod_menu,
 * breadcrumbs module, article info block with author, category, published and hits, print and email icons, pagenavigation,
 * sidebar modules, footer) and a teachers' union ballot result page on HubSpot CMS (hs_cos_wrapper modules, a results table,
 * a "Key figures" row, HubSpot form, related posts and the HubSpot cookie banner), a data page whose text is mostly figures.
 */
const kTitle = 'Notice to members: changes to the duty solicitor and court rota from 1 May';
const kBody = [
  j(
    'The Council of the Association gives notice that the arrangements for the criminal court rota will change',
    'from Friday 1 May 2026, following the consultation with members that closed in February.',
  ),
  j(
    'The changes were approved at the Council meeting of 12 March. They are intended to spread early-morning hearings more evenly',
    'across the membership and to reduce the number of late substitutions, which members identified as the main problem with',
    'the current rota.',
  ),
  j(
    'Eighty-four members responded to the consultation. Most supported a longer publication period, and a clear majority asked',
    'for a simpler way to exchange slots. Several junior members asked for support on their first days in the busier courts.',
  ),
];
const kChanges = [
  'The rota will be published six weeks in advance instead of four.',
  'Members may swap slots through the members’ area without asking the rota clerk, up to 48 hours before the hearing.',
  'No member will be placed on more than two early lists in any calendar month unless they opt in.',
  'Members in their first three years of practice will be paired with a senior member for their first five rota days.',
];
const kBody2 = [
  j(
    'Members who wish to join or leave the rota must update their availability in the members’ area by Friday 17 April. Members',
    'who take no action will remain on the rota on the new terms.',
  ),
  j(
    'Questions about this notice should be sent to the Honorary Secretary. The Council will review the new arrangements after',
    'six months and will report to the general meeting in November.',
  ),
  'By order of the Council.',
];
const kMenu = ['Home', 'About the Association', 'Notices', 'Education', 'Find a Member', 'Members’ Area'];
const kSide = ['Annual dinner: tickets now available', 'CPD lecture: disclosure in practice', 'Library opening hours over Easter'];
const kHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Honorary Secretary">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>Notice to members: changes to the duty solicitor and court rota from 1 May – Carrowmore Bar Association</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4f6e1a" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"csrf.token":"5a9e1f","system.paths":{"root":"","base":""}}</script>
<script src="/media/system/js/core.min.js?83f2c9"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${kTitle}","author":{"@type":"Person",
"name":"Honorary Secretary"}}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Carrowmore Bar Association">Carrowmore Bar Association</span></a><div class="site-description">Est. 1889</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><div class="collapse navbar-collapse" id="navbar1">
<ul class="mod-menu mod-list nav ">${links(kMenu, 'nav-item')}</ul></div></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search"><label
for="mod-finder-searchword" class="visually-hidden finder">Search</label><input type="text" name="q" class="js-finder-search-query form-control"
placeholder="Search ..."></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
<li itemprop="itemListElement" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway">
<span itemprop="name">Home</span></a></li>
<li itemprop="itemListElement" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/notices" class="pathway"><span
itemprop="name">Notices</span></a></li>
<li itemprop="itemListElement" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">Court rota changes</span></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${kTitle}</h1></div>
<div class="icons"><div class="float-end"><div class="dropdown"><button class="btn btn-secondary dropdown-toggle" type="button" id="dropdownMenuButton-41"
aria-label="User tools">User tools</button><ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">Print</a></li>
<li class="email-icon"><a href="#" rel="nofollow">Email</a></li></ul></div></div></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Honorary Secretary</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Category: <a href="/notices" itemprop="genre">Council
Notices</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-03-16T09:30:00+00:00" itemprop="datePublished">
Published: 16 March 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:418">Hits: 418</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${ps(kBody)}
<h3>Summary of the changes</h3>
<ol>${lis(kChanges)}</ol>
<h3>What members need to do</h3>
${ps(kBody2.slice(0, 2))}
<p><em>${kBody2[2]}</em></p>
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-4 tag-list0"><a href="/tags/rota" class="btn btn-sm btn-info">Court rota</a></li>
<li class="list-inline-item tag-7 tag-list1"><a href="/tags/council" class="btn btn-sm btn-info">Council decisions</a></li></ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/notices/agm"
rel="prev"><span class="visually-hidden">Previous article: Notice of the spring general meeting</span> <span class="icon-chevron-left"
aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Latest notices</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">${links(kSide)}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">Members’ helpdesk</h3><div class="card-body"><div class="mod-custom custom">
<p>The Association office is open Monday to Thursday, 9.30am to 4pm.</p></div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>Carrowmore Bar Association, Law Library,
Courthouse Square, Carrowmore</p><p>Copyright © 2026 Carrowmore Bar Association. All rights reserved.</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>`;
const bar: TestPage = {
  name: 'heldout400-joomla-cassiopeia-bar-notice',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: ['Summary of the changes', 'What members need to do'],
  body: texts([...kBody, ...kChanges, ...kBody2]),
  bylines: ['Written by: Honorary Secretary', 'Published: 16 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Carrowmore Bar Association', 'Est. 1889', ...kMenu, 'You are here:', 'Court rota changes', 'User tools', 'Print', 'Details',
    'Category: Council Notices', 'Hits: 418', 'Court rota', 'Council decisions', 'Previous article: Notice of the spring general meeting',
    'Latest notices', ...kSide, 'Members’ helpdesk', 'The Association office is open Monday to Thursday, 9.30am to 4pm.',
    'Carrowmore Bar Association, Law Library, Courthouse Square, Carrowmore', 'Copyright © 2026 Carrowmore Bar Association. All rights reserved.',
  ],
};

const tTitle = 'Ballot result: members vote for action over workload and pay';
const tIntro = j(
  'The statutory ballot of members in state-funded schools closed at noon on Thursday 26 March. The independent scrutineer’s',
  'results are set out below.',
);
const tRows = [
  ['Strike action', '86.4%', '13.6%', '54.2%'],
  ['Action short of a strike', '93.1%', '6.9%', '54.0%'],
] as const;
const tFigures = ['142,380 ballot papers issued', '77,170 valid votes counted', '212 spoilt papers'];
const tBody = [
  j(
    'Both questions passed the legal thresholds: a turnout of at least 50 per cent, and, because education is an important',
    'public service, at least 40 per cent of all those entitled to vote supporting action.',
  ),
  j(
    'General secretary Hollis Ndiaye-Brook said the result gave the union a clear mandate. “Teachers have told the government',
    'in the only way the law allows that they cannot go on like this. We will now meet the executive to agree a programme of',
    'action, and we will give schools and parents as much notice as we can.”',
  ),
];
const tNext = [
  'The national executive meets on Saturday 4 April to decide on dates.',
  'The union must give employers at least 14 days’ notice before any action starts.',
  'The mandate lasts for six months, until 26 September 2026.',
  'Members will receive guidance on action short of a strike before it begins.',
];
const tBody2 = j(
  'The union remains willing to negotiate. It has written to the education secretary asking for talks on a fully funded pay',
  'award and a cap on working hours, and has said it will suspend action if a serious offer is made.',
  'Members with questions about how the action will affect them should contact their school representative or the regional office.',
);
const tMenu = ['Pay and conditions', 'Advice', 'Campaigns', 'Training', 'News', 'Join'];
const tRelated = ['What action short of a strike means for you', 'Your questions about the ballot answered', 'Workload survey 2026: the findings'];
const mod = (type: string, inner: string, n: number): string => `<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-${type}" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module" id="hs_cos_wrapper_widget_1711${n}">${inner}</div>`;
const tHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${tTitle} | National Union of School Teachers</title>
<meta name="description" content="Members have voted for strike action and action short of a strike.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article">
<link rel="stylesheet" href="//7081422.fs1.hubspotusercontent-na1.example/hubfs/7081422/hub_generated/template_assets/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tTitle}",
"datePublished":"2026-03-26T14:05:00Z"}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-1711 hs-blog-post hs-blog-id-4502"><div data-global-resource-path="nust/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__logo"><a href="/">NUST</a></div>
<div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><nav class="menu menu--desktop"
aria-label="Main menu"><ul class="menu__wrapper no-list">${links(tMenu, 'hs-menu-item hs-menu-depth-1')}</ul></nav></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${tTitle}</span></h1>
<div class="blog-post__meta"><a href="/news/author/press-team">Press Team</a><time datetime="2026-03-26 14:05:00" class="blog-post__timestamp">
Mar 26, 2026 2:05:00 PM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><p>${tIntro}</p>
<h2>The results</h2>
<table style="width:100%;border-collapse:collapse;"><caption>Scrutineer’s report, 26 March 2026</caption><thead><tr><th>Question</th><th>Yes</th><th>No</th>
<th>Turnout</th></tr></thead><tbody>${tRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
</span></div>
${mod('key-figures', `<div class="key-figures"><h3 class="key-figures__title">Key figures</h3><ul>${lis(tFigures, 'key-figures__item')}</ul></div>`, 1)}
<div class="blog-post__body"><span class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">
${ps(tBody)}
<h2>What happens next</h2>
<ul>${lis(tNext)}</ul>
<p>${tBody2}</p></span></div>
<div class="blog-post__tags"><span class="blog-post__tags-label">Tags:</span> <a class="blog-post__tag-link" href="/news/tag/ballots">Ballots</a>,
<a class="blog-post__tag-link" href="/news/tag/pay">Pay campaign</a></div></article>
${mod(
  'form',
  `<div class="form-block"><h3>Stay informed during the dispute</h3><p>Get updates by email as soon as dates are announced.</p>
<div class="hbspt-form" id="hbspt-form-2b6f"><form class="hs-form stacked" data-form-id="2b6f">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-2b6f"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-2b6f" type="email" name="email"></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Submit"></div></div></form></div></div>`,
  2,
)}
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${tRelated
  .map(
    (r) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/news/${r.length}">${r}</a></h3>
</article>`,
  )
  .join('\n')}
</div></section></div></div></main>
<footer class="footer"><div class="footer__container"><p>National Union of School Teachers, Ashby House, Wrenfield Road, Castlebury</p>
<p>© 2026 NUST. Registered as a trade union under certificate 0412T.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your computer to improve your experience.</p>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script>var hsVars = {"render_id":"9e1b","ticks":1774533900000,"page_id":1711,"content_group_id":4502,"portal_id":7081422};</script>
</body></html>`;
const ballot: TestPage = {
  name: 'heldout400-hubspot-teachers-ballot-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: ['The results', 'What happens next'],
  body: texts([tIntro, 'Scrutineer’s report, 26 March 2026', ...tRows.flat(), ...tFigures, ...tBody, ...tNext, tBody2]),
  bylines: ['Press Team', 'Mar 26, 2026 2:05:00 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...tMenu, 'Tags:', 'Ballots', 'Pay campaign', 'Stay informed during the dispute',
    'Get updates by email as soon as dates are announced.', 'Related posts', ...tRelated,
    'National Union of School Teachers, Ashby House, Wrenfield Road, Castlebury', '© 2026 NUST. Registered as a trade union under certificate 0412T.',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT400_D: readonly TestPage[] = [bar, ballot];
