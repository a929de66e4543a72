import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 189, file c2: a district council's news release on a LocalGov Drupal site (the Civic cookie control
 * banner, skip link, the header search and service menu, the "Service alert" banner, the breadcrumb, the published date, the
 * hero image caption, the notes to editors, the media enquiries box, the share links, the related news list, the "Was this
 * page helpful?" feedback form, the social links and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const ccTitle = 'Work to start on new riverside path linking Eastbridge and Millford';
const ccSummary = 'Construction of a 2.4km walking and cycling route along the River Lune will begin on 12 January.';
const ccP1 = paras(`
Work will start in the new year on a long-awaited walking and cycling path along the river between Eastbridge and Millford,
Westmarch District Council has confirmed.

The 2.4km route will follow the north bank of the River Lune from the Old Mill car park in Eastbridge to Station Road in
Millford, replacing a narrow, often muddy footpath that floods several times each winter. It will be three metres wide,
surfaced throughout and lit at both ends, and will include a new footbridge over Bracken Beck.

The scheme is expected to cost £3.1 million, with £2.4 million coming from the government's Active Travel Fund and the rest
from the council's capital budget and developer contributions from the Millford Fields housing site.`);
const ccH1 = 'What the work involves';
const ccP2 = paras(`
The contractor, Northfell Civil Engineering, will carry out the work in three phases. The council expects the whole route
to open by the end of September, subject to weather and river levels.`);
const ccPhases = [
  'Phase one, January to April: the section from the Old Mill car park to Bracken Beck, including the new footbridge.',
  'Phase two, April to July: the central section across the water meadows, raised above the usual flood level.',
  'Phase three, July to September: the link to Station Road in Millford, lighting and new benches.',
];
const ccP3 = paras(`
The existing footpath will stay open where it is safe to do so. Signed diversions will be in place when sections have to close,
and the council will post updates on its website and social media channels before each closure.`);
const ccH2 = 'What people have said';
const ccP4 = paras(`
Councillor Helen Okoro, cabinet member for environment and transport, said: "People have been asking for a proper path between
our two biggest towns for as long as I have been a councillor. This route will let children cycle to school, give commuters a
safe alternative to the A591, and open up one of the most beautiful stretches of river in the district to everyone,
including wheelchair and pushchair users."

During the public consultation last spring, 1,240 people responded, and 86 per cent supported the plans. Changes made as a
result include moving the path further from the riverbank at Kingfisher Bend, where otters have been recorded, and adding a
second access point from Meadow Lane.

Jo Whitworth, chair of the Millford Walking Group, said: "We are delighted the path is finally going ahead. Our members have
walked that route in all weathers for years, and it will be wonderful to do it without wellies."`);
const ccH3 = 'Notes to editors';
const ccNotes = [
  "The route was approved by the council's cabinet on 18 September 2026.",
  "Maps of the route and the consultation report are available on the council's website.",
  'Photographs of the existing footpath are available on request.',
];
const ccSkip = 'Skip to main content';
const ccCookie = [
  'This site uses cookies to store information on your computer.',
  'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site ' + 'is being used.',
  'Accept recommended settings',
  'Reject all',
  'Cookie settings',
];
const ccNav = ['Bins and recycling', 'Council tax', 'Housing', 'Planning and building control', 'Roads and travel', 'Leisure and culture', 'Your council'];
const ccAlert = ['Service alert', 'Garden waste collections are suspended from 15 December until 5 January.', 'Find out more'];
const ccCrumbs = ['Home', 'News', 'Press releases'];
const ccCaption = 'The existing footpath near Bracken Beck, which floods several times each winter.';
const ccMedia = ['Media enquiries', 'Communications team', 'Email: press@westmarch.example', 'Telephone: 01539 700 100'];
const ccShare = ['Share this page', 'Facebook', 'X', 'LinkedIn', 'Email'];
const ccRelated = [
  'Council sets out plans for new leisure centre in Millford',
  'Christmas and New Year bin collection changes',
  'Free parking on Saturdays in December',
];
const ccFeedback = ['Was this page helpful?', 'Yes', 'No', 'Report a problem with this page'];
const ccSocial = ['Follow us', 'Facebook', 'Instagram', 'YouTube', 'Nextdoor'];
const ccFoot = ['Contact us', 'Accessibility statement', 'Privacy notice', 'Cookies', 'Jobs', 'Sign up for email updates'];
const ccHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${ccTitle} | Westmarch District Council</title><meta name="description" content="${ccSummary}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:site_name" content="Westmarch District Council">
<link rel="canonical" href="https://www.westmarch.example/news/work-start-new-riverside-path-linking-eastbridge-and-millford">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${ccTitle}",
"datePublished":"2026-12-04T10:00:00+0000","publisher":{"@type":"GovernmentOrganization","name":"Westmarch District Council"}}]}</script>
<script src="https://cc.civiccomputing.example/9/cookieControl-9.x.min.js"></script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qd1p3x.css"></head>
<body class="path-node page-node-type-localgov-news-article">
<a href="#main-content" class="visually-hidden focusable skip-link">${ccSkip}</a>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify-box">
<p id="ccc-notify-title">${ccCookie[0]}</p><p>${ccCookie[1]}</p>
<button class="ccc-notify-button ccc-accept-button">${ccCookie[2]}</button><button class="ccc-reject-button">${ccCookie[3]}</button>
<button class="ccc-notify-link">${ccCookie[4]}</button></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="lgd-header"><div class="lgd-header__inner"><a href="/" rel="home" class="lgd-header__logo">
<span class="visually-hidden">Westmarch District Council home</span></a>
<form class="lgd-header__search" action="/search"><label for="edit-s" class="visually-hidden">Search</label>
<input id="edit-s" name="s" type="search"><button class="button">Search</button></form></div>
<nav class="lgd-header__nav" aria-label="Services"><ul class="lgd-header__nav-list">${links(ccNav, 'lgd-header__nav-item')}</ul></nav></header>
<div class="localgov-alert-banner localgov-alert-banner--minor" role="region" aria-label="${ccAlert[0]}">
<h2 class="localgov-alert-banner__title">${ccAlert[0]}</h2><div class="localgov-alert-banner__body"><p>${ccAlert[1]}</p>
<a href="/bins-and-recycling/garden-waste">${ccAlert[2]}</a></div><button class="js-localgov-alert-banner__close">Hide</button></div>
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(ccCrumbs)}</ol></nav>
<main id="main-content" class="main-content" role="main"><div class="lgd-row"><div class="lgd-row__two-thirds">
<article class="localgov-news-article full"><h1 class="lgd-page-title-block__header">${ccTitle}</h1>
<div class="localgov-news-article__date">Published: <time datetime="2026-12-04T10:00:00Z">4 December 2026</time></div>
<div class="localgov-news-article__summary field--name-body-summary"><p>${ccSummary}</p></div>
<figure class="localgov-news-article__image"><img src="/sites/default/files/styles/large/public/2026-12/bracken-beck.jpg" alt="">
<figcaption>${ccCaption}</figcaption></figure>
<div class="field field--name-body field--type-text-with-summary">
${ps(ccP1)}
<h2>${ccH1}</h2>
${ps(ccP2)}
<ul>${ccPhases.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(ccP3)}
<h2>${ccH2}</h2>
${ps(ccP4)}
<h2>${ccH3}</h2>
<ol>${ccNotes.map((t) => `<li>${t}</li>`).join('\n')}</ol>
</div>
<div class="localgov-news-article__contact callout"><h3>${ccMedia[0]}</h3><p>${ccMedia[1]}<br>${ccMedia[2]}<br>${ccMedia[3]}</p></div>
<div class="social-share"><h3 class="social-share__title">${ccShare[0]}</h3><ul>${links(ccShare.slice(1))}</ul></div>
</article></div>
<aside class="lgd-row__one-third"><div class="localgov-news-related"><h2>Related news</h2><ul>${links(ccRelated)}</ul></div></aside></div>
<div class="localgov-page-feedback"><form><fieldset><legend>${ccFeedback[0]}</legend><button name="helpful" value="yes">${ccFeedback[1]}</button>
<button name="helpful" value="no">${ccFeedback[2]}</button></fieldset></form><a href="/report-problem">${ccFeedback[3]}</a></div>
</main>
<footer class="lgd-footer"><div class="lgd-footer__social"><h2>${ccSocial[0]}</h2><ul>${links(ccSocial.slice(1))}</ul></div>
<ul class="lgd-footer__links">${links(ccFoot)}</ul><p class="lgd-footer__copyright">© Westmarch District Council</p></footer>
</div>
<script>window.drupalSettings={"path":{"currentPath":"node/4471"},"localgov_alert_banner":{"cookie":"alert-7"}};</script>
</body></html>`;

export const councilPage: TestPage = {
  name: 'heldout189-localgov-council-news-release',
  kind: 'news',
  html: ccHtml,
  title: ccTitle,
  headings: [ccH1, ccH2, ccH3],
  body: texts([ccSummary, ...ccP1, ...ccP2, ...ccPhases, ...ccP3, ...ccP4, ...ccNotes]),
  bylines: ['Published: 4 December 2026'],
  furniture: [
    ...new Set([
      ccSkip,
      ...ccCookie,
      'Westmarch District Council home',
      'Search',
      ...ccNav,
      ...ccAlert,
      'Hide',
      'Breadcrumb',
      ...ccCrumbs,
      ccCaption,
      ...ccShare,
      'Related news',
      ...ccRelated,
      ...ccFeedback,
      ...ccSocial,
      ...ccFoot,
      '© Westmarch District Council',
    ]),
  ],
};
