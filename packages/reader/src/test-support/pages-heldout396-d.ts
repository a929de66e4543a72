import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout396-kit.js';

/**
 * Held-out batch 396, file d: a provincial finance ministry's spending review release on a Cision newswire page (the
 * "News provided by" header, the inline dateline, the share bar, the "SOURCE" line and media contact, the "Also from this
 * source" rail and the footer) and a participatory budgeting project page on Decidim 0.28 (the process header with its
 * phase, the budget amount and vote button, the project's short text, the attachments, the follow button and the comments).
 */
const rTitle = 'Province of Haldane releases 2026 Spending Review, identifies $1.1 billion in savings for reinvestment';
const rSub = ['Review of 14 ministries finds duplication in grant programs and IT contracts; savings redirected to home care and transit'];
const rDateline = 'HALDANE CITY, ON, March 4, 2026 /CNW/ -';
const r1 = [
  j(
    'The Ministry of Finance today released the 2026 Spending Review, the first full review of program spending in the',
    'province in more than a decade. The review examined 312 programs across 14 ministries and identified $1.1 billion in',
    'annual savings that will be reinvested in front-line services over the next three years.',
  ),
  j(
    '"Every dollar the province spends should be working for the people who pay for it," said Finance Minister Delphine',
    'Arsenault. "This review shows where we can do better, and we are acting on every one of its recommendations."',
  ),
  'The review found:',
  'Eleven separate grant programs for small business with overlapping eligibility, to be merged into a single program by April 2027.',
  'Information technology contracts renewed without competition for an average of 9.4 years; all will now be retendered.',
  'Office space leased for 4,200 positions that have moved to hybrid work, to be consolidated by 2028.',
  j(
    'Of the savings, $620 million will fund 1.9 million additional hours of home care a year, and $480 million will support',
    'transit operating grants for municipalities with populations over 50,000.',
  ),
  j(
    'The review was overseen by an independent panel chaired by former deputy minister Ignatius Olawale and included public',
    'consultations that drew more than 9,000 submissions. The full report and a summary of the consultations are available',
    'on the ministry’s website.',
  ),
  j(
    'The province will publish a progress report on the implementation of the review each fall alongside the economic',
    'statement, and a second review, covering the health and education ministries, will begin in 2027.',
  ),
];
const rAlso = [
  'Province of Haldane tables 2026 Budget',
  'Minister Arsenault to deliver fall economic statement',
  'Province of Haldane announces new debt issuance program',
];
const rNav = ['News', 'Products', 'Contact', 'Log In', 'Sign Up'];
const rFoot = ['Contact Cision', 'Terms of Use', 'Privacy Policy', 'Information Security Policy', 'Site Map', 'Cookie Settings'];
const rHtml = `<!DOCTYPE html>
<html lang="en-CA"><head><meta charset="utf-8"><title>${rTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${rSub[0]}"><meta property="og:title" content="${rTitle}"><meta property="og:site_name" content="Newswire.ca">
<meta name="author" content="Province of Haldane - Ministry of Finance"><meta name="date" content="2026-03-04T10:15:00-05:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rTitle}","datePublished":"2026-03-04T15:15:00Z",
"publisher":{"@type":"Organization","name":"Cision"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"releaseId":"8811239","industry":"GOV"});</script>
<link rel="stylesheet" href="/newswire/css/release.min.css"></head>
<body class="release-page"><div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to improve your experience,
analyse traffic and personalise content. You can manage your preferences at any time.</p></div><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<header class="header"><div class="container"><a class="logo" href="/">Newswire</a><nav class="main-nav"><ul>${links(rNav)}</ul></nav></div></header>
<main><article class="news-release inline-gallery-template"><header class="container release-header"><div class="row"><div class="col-sm-8 col-lg-9">
<h1>${rTitle}</h1><p class="subtitle">${rSub[0]}</p></div>
<div class="col-sm-4 col-lg-3"><div class="meta-release"><p class="mb-no">News provided by</p>
<a href="/news/province-of-haldane-ministry-of-finance/" title="Province of Haldane - Ministry of Finance">
<strong>Province of Haldane - Ministry of Finance</strong></a>
<p class="mb-no">Mar 04, 2026, 10:15 ET</p></div></div></div>
<div class="row"><div class="col-sm-12"><ul class="social-share-list"><li class="share-text">Share this article</li>
<li><a href="#" class="share-facebook" aria-label="Share to Facebook">Facebook</a></li><li><a href="#" class="share-x" aria-label="Share to X">X</a></li>
<li><a href="#" class="share-linkedin" aria-label="Share to LinkedIn">LinkedIn</a></li><li>
<a href="#" class="share-email" aria-label="Share by email">Email</a></li></ul>
</div></div></header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<p><span class="xn-location">HALDANE CITY, ON</span>, <span class="xn-chron">March 4, 2026</span> /CNW/ - ${r1[0]}</p>
${ps(r1.slice(1, 3))}
<ul type="disc">${r1
  .slice(3, 6)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(r1.slice(6))}
<p>SOURCE Province of Haldane - Ministry of Finance</p>
<p class="contact">For further information: Media contact: Bettina Lowry, Communications Branch, 555-410-2287, media.finance@haldane.example</p>
</div></div></section>
<div class="container related-releases"><h2 class="related-title">Also from this source</h2><ul class="list-unstyled">${links(rAlso, 'related-item')}</ul></div>
</article></main>
<footer class="footer"><div class="container"><ul class="footer-links">${links(rFoot)}</ul>
<p class="copyright">Copyright © 2026 Cision Ltd. All Rights Reserved.</p></div></footer>
<script src="/newswire/js/release.min.js"></script></body></html>`;
const cision: TestPage = {
  name: 'heldout396-cision-newswire-release-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rSub, ...r1]),
  bylines: [rDateline, 'Province of Haldane - Ministry of Finance', 'Mar 04, 2026, 10:15 ET'],
  furniture: [
    'We use cookies to improve your experience, analyse traffic and personalise content. You can manage your preferences at any time.',
    'Accept All Cookies',
    'Cookie Settings',
    'Newswire',
    ...rNav,
    'News provided by',
    'Share this article',
    'Facebook',
    'LinkedIn',
    'Email',
    'SOURCE Province of Haldane - Ministry of Finance',
    'For further information: Media contact: Bettina Lowry, Communications Branch, 555-410-2287, media.finance@haldane.example',
    'Also from this source',
    ...rAlso,
    ...rFoot,
    'Copyright © 2026 Cision Ltd. All Rights Reserved.',
  ],
};

const dTitle = 'Shade trees and water fountains for Riverside Park';
const dBody = [
  j(
    'Riverside Park is the only green space within walking distance for more than 6,000 residents of the Canal district, but',
    'it has almost no shade and a single drinking fountain that has been broken since 2023. On summer afternoons the',
    'playground is empty because the equipment is too hot to touch.',
  ),
  'This project would fund:',
  'Forty native shade trees along the main path and around the playground, planted with three years of watering and care.',
  'Three accessible drinking fountains with bottle fillers, one of them next to the outdoor gym.',
  'Two shade sails over the toddler area while the trees grow.',
  j(
    'The proposal was submitted by a residents’ group and reviewed by the Parks Department, which confirmed',
    'that it is technically feasible and can be completed within one year of approval.',
  ),
];
const dNav = ['Home', 'Processes', 'Assemblies', 'Initiatives', 'Help'];
const dComments = [
  'Yes please! My kids stopped going in July because there was nowhere to sit in the shade.',
  'Good idea, but the fountains should be maintained by the city, not volunteers, or they will break again.',
];
const dFoot = ['Terms and conditions of use', 'Accessibility', 'Download Open Data files', 'Made with free software.'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><title>Shade trees and water fountains for Riverside Park - Participatory Budget 2026 - Decide Wellbrook</title>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="csrf-param" content="authenticity_token">
<meta property="og:title" content="${dTitle}"><meta property="og:site_name" content="Decide Wellbrook"><meta property="og:type" content="website">
<link rel="stylesheet" href="/decidim-packs/css/decidim_core-9f1e.css" media="all"><script src="/decidim-packs/js/decidim_core-2a7c.js" defer></script>
<script>window.Decidim = window.Decidim || {}; window.Decidim.config = {"locale":"en","api_path":"/api"};</script></head>
<body class="text-black text-md form-defaults" data-component-id="41"><div id="dc-dialog-wrapper"></div>
<div class="layout-container"><header class="main-bar__container"><div class="main-bar"><div class="main-bar__logo"><a href="/">Decide Wellbrook</a></div>
<div class="main-bar__search"><form action="/search"><input type="search" name="term" placeholder="Search" aria-label="Search"></form></div>
<div class="main-bar__links-desktop"><a href="/users/sign_in" class="main-bar__links-desktop__item"><span>Log in</span></a>
<a href="/users/sign_up" class="main-bar__links-desktop__item"><span>Create an account</span></a></div></div>
<nav class="menu-bar" aria-label="Main"><ul class="menu-bar__main">${links(dNav, 'menu-bar__main-item')}</ul></nav></header>
<main class="layout-main"><section class="participatory-space__hero"><div class="participatory-space__hero-content">
<p class="participatory-space__hero-title">Participatory Budget 2026</p><p class="participatory-space__hero-phase">Current phase: Voting</p>
<p class="participatory-space__hero-date">Voting closes April 30, 2026</p></div></section>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/processes/pb2026">Participatory Budget 2026</a></li><li>
<a href="/processes/pb2026/f/41/budgets">Budgets</a></li>
<li><a href="/processes/pb2026/f/41/budgets/3/projects">District 3: Canal and Millpond</a></li></ol></nav>
<div class="layout-main__section layout-main__heading">
<a href="/processes/pb2026/f/41/budgets/3/projects" class="button button__sm button__text-secondary">Back to list</a>
<h1 class="h1 decorator">${dTitle}</h1><div class="layout-author"><span class="author__name">Canal Neighbours Association</span></div></div>
<div class="layout-main__section"><div class="editor-content">
${ps(dBody.slice(0, 2))}
<ul>${dBody
  .slice(2, 5)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(dBody.slice(5))}
</div></div>
<section class="layout-main__section"><div class="documents__container"><h2 class="h4">Documents</h2>
<a class="card__list" href="/uploads/attachment/riverside.pdf"><span class="card__list-title">Feasibility review (PDF, 420 KB)</span></a></div></section>
<section class="layout-main__section"><div id="comments"><div class="comments"><h2 class="h4" id="comments-count">2 comments</h2>
<div class="comments-order"><span>Order by:</span> <button>Older</button> <button>Best rated</button></div>
${dComments
  .map(
    (c, i) => `<div class="comment__container" id="comment_${900 + i}"><div class="comment__header">
<span class="author__name">${['amira_k', 'Tobias Ferre'][i]}</span>
<span class="comment__date">${['2 days ago', '1 day ago'][i]}</span></div><div class="comment__content"><div class="editor-content"><p>${c}</p></div></div>
<div class="comment__footer"><button class="button button__sm button__text-secondary">Reply</button></div></div>`,
  )
  .join('\n')}
<div class="add-comment"><p>Log in with your account or sign up to add your comment.</p></div></div></div></section></main>
<aside class="layout-aside"><section class="layout-aside__section"><div class="budget__project-amount">
<span class="budget__project-amount-label">Budget amount</span>
<span class="budget__project-amount-value">€ 148,000</span></div>
<button class="button button__lg button__secondary budget__project-vote-button" data-add="true">Add to your vote</button>
<div class="budget__project-supports"><span>312 supports</span></div></section>
<section class="layout-aside__section"><div class="tag-container"><a class="tag" href="#">Environment</a><a class="tag" href="#">Parks and green spaces</a>
</div>
<button class="button button__sm button__transparent-secondary follow-button">Follow</button>
<div class="share-button"><button class="button button__sm button__text-secondary">Share</button></div></section></aside></div>
<footer class="main-footer"><ul class="main-footer__list">${links(dFoot)}</ul>
<p class="main-footer__license">Website made with free software. Content under CC BY-SA 4.0.</p></footer>
</body></html>`;
const decidim: TestPage = {
  name: 'heldout396-decidim-budget-project-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dBody),
  bylines: ['Canal Neighbours Association'],
  furniture: [
    'Decide Wellbrook',
    'Log in',
    'Create an account',
    ...dNav,
    'Participatory Budget 2026',
    'Current phase: Voting',
    'Voting closes April 30, 2026',
    'Budgets',
    'District 3: Canal and Millpond',
    'Back to list',
    'Documents',
    'Feasibility review (PDF, 420 KB)',
    '2 comments',
    'Order by:',
    'Older',
    'Best rated',
    ...dComments,
    'amira_k',
    'Tobias Ferre',
    '2 days ago',
    '1 day ago',
    'Reply',
    'Log in with your account or sign up to add your comment.',
    'Budget amount',
    '€ 148,000',
    'Add to your vote',
    '312 supports',
    'Environment',
    'Parks and green spaces',
    'Follow',
    'Share',
    ...dFoot,
    'Website made with free software. Content under CC BY-SA 4.0.',
  ],
};

export const HELDOUT396_D: readonly TestPage[] = [cision, decidim];
