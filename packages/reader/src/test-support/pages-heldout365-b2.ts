import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file b2: a council's procurement news story on LocalGov Drupal (Civic Cookie Control banner, the lgd
 * header with service search, breadcrumb, the news article with its date field, a figure with caption and credit, an inline
 * "Read more" promo, the share block, related news, the "Sign up for email updates" block, the feedback form and the footer).
 */
const nTitle = 'Council opens bidding for £14m school meals contract with local food pledge';
const nHeads = ['What the contract covers', 'Help for local producers', 'Timetable'];
const nIntro = [
  j(
    'Bramley Downs Council has opened the tender for its new school meals contract, which will supply around 9,500 lunches a day',
    'to 61 primary schools and four special schools across the borough from September 2027.',
  ),
  j(
    'The contract is worth an estimated £14 million over four years. For the first time, bidders will be scored on how much of',
    'their fresh produce, meat and dairy they buy from farms and suppliers within 50 miles of the borough.',
  ),
  j(
    'Councillor Priya Elstow, cabinet member for children and education, said: “Parents told us loud and clear that they want',
    'food on their children’s plates that is fresh, healthy and, where possible, grown nearby. This contract is our chance to put',
    'that into practice and to keep more of the money we spend circulating in the local economy.”',
  ),
];
const nCovers = [
  j(
    'The successful caterer will prepare and serve hot lunches in school kitchens, provide packed lunches for school trips and run',
    'breakfast clubs in 22 schools. Menus must meet the national school food standards and will be approved each term by a panel',
    'that includes pupils, parents and a council dietitian.',
  ),
];
const nCoversList = [
  'at least 30 percent of the food budget spent with local producers by the second year',
  'free-range eggs and sustainably sourced fish on every menu',
  'a target to cut food waste per meal by a fifth within three years',
  'apprenticeships for at least six local young people over the contract',
];
const nLocal = [
  j(
    'Because many small farms and bakeries cannot supply every school on their own, the council will hold two free workshops for',
    'local producers in July. They will explain how to become a supplier to the main caterer and how to meet the food safety and',
    'traceability requirements.',
  ),
  j(
    'The Bramley Downs Growers’ Co-operative, which represents 34 farms, welcomed the move. Its chair, Hal Merriman, said the',
    'pledge could make school catering one of the largest regular buyers of local produce in the area.',
  ),
];
const nTime = [
  j(
    'Tenders close on 29 August 2026. The council expects to announce the preferred bidder in December, with a six-month handover',
    'period before the new menus start. Full details are available on the council’s procurement portal.',
  ),
];
const nReadMore = 'Read more: Free school meals take-up rises for third year running';
const nMain = ['Bins and recycling', 'Council tax', 'Housing', 'Schools and education', 'Business', 'Your council'];
const nCrumbs = ['Home', 'News', 'Council opens bidding for school meals contract'];
const nRelated = [
  'New contract for street lighting repairs awarded to local firm',
  'Have your say on the council’s social value policy',
  'Meet the buyer event for small businesses returns in October',
];
const nFoot = ['Accessibility', 'Contact us', 'Cookies', 'Privacy', 'Jobs', 'Sitemap'];
const nHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${nTitle} | Bramley Downs Council</title>
<meta name="description" content="Bramley Downs Council has opened the tender for its new school meals contract.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-06-30T10:00:00+01:00">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-06-30T10:00:00+01:00",
"publisher":{"@type":"GovernmentOrganization","name":"Bramley Downs Council"}}</script>
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script><script>CookieControl.load({apiKey:"2f1e",product:"PRO"});</script>
</head><body class="path-node page-node-type-localgov-news-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page">
<header class="lgd-header"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="lgd-header__logo"><img src="/sites/default/files/logo.svg" alt="Bramley Downs Council home"></a></div>
<div class="lgd-header__search"><form class="localgov-search" action="/search"><label for="edit-s">Search this site</label><input id="edit-s" type="text"
name="s"><button type="submit">Search</button></form></div></div></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Main"><ul
class="lgd-header__nav-list">${links(nMain, 'lgd-header__nav-item')}</ul></nav></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(nCrumbs)}</ol></nav></div>
<main id="main-content" class="lgd-main"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<article class="localgov-news-article node node--type-localgov-news-article node--view-mode-full">
<h1 class="lgd-page-title-block__title"><span class="field field--name-title">${nTitle}</span></h1>
<div class="localgov-news-article__date field--name-localgov-news-date"><span class="visually-hidden">Published: </span><time
datetime="2026-06-30T09:00:00Z">30 June 2026</time></div>
<figure class="localgov-news-article__image"><img src="/sites/default/files/2026-06/school-kitchen.jpg" alt="Cook serving lunch in a school hall"
width="800" height="450">
<figcaption>Cooks at Fernhill Primary School serve lunch. Photo: Bramley Downs Council</figcaption></figure>
<div class="localgov-news-article__body text-long">
${ps(nIntro)}
<h2>${nHeads[0]}</h2>
${ps(nCovers)}
<p>The specification asks bidders to commit to:</p>
<ul>${lis(nCoversList)}</ul>
<div class="localgov-news-promo"><p><a href="/news/free-school-meals-take-up">${nReadMore}</a></p></div>
<h2>${nHeads[1]}</h2>
${ps(nLocal)}
<h2>${nHeads[2]}</h2>
${ps(nTime)}
</div>
<div class="localgov-news-article__share"><h2 class="share-title">Share this page</h2><ul
class="social-share">${links(['Facebook', 'X', 'LinkedIn', 'Email'])}</ul></div>
</article></div>
<aside class="lgd-row__one-third lgd-sidebar"><div class="block block-localgov-news-related"><h2 class="block__title">Related news</h2>
<ul>${links(nRelated)}</ul></div>
<div class="block block-localgov-newsletter"><h2 class="block__title">Sign up for email updates</h2><p>Get council news, consultations and events in
your inbox every week.</p>
<a class="button" href="/subscribe">Subscribe</a></div></aside></div></div>
<div class="lgd-container"><div class="page-feedback"><h2>Was this page helpful?</h2><a href="/feedback?yes">Yes</a> <a href="/feedback?no">No</a>
<p><a href="/report-a-problem">Report a problem with this page</a></p></div></div></main>
<footer class="lgd-footer"><div class="lgd-container padding-horizontal"><ul class="lgd-footer__nav">${links(nFoot)}</ul>
<p class="lgd-footer__address">Bramley Downs Council, Town Hall, Chapel Street, Bramley Downs BD7 1HS</p><p>© 2026 Bramley Downs Council</p></div></footer>
</div></div><div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify-bar"><h3 id="ccc-notify-title">This site
uses cookies to store
information on your computer.</h3><button id="ccc-notify-accept" class="ccc-notify-button">Accept recommended settings</button>
<button id="ccc-notify-reject" class="ccc-notify-button">Reject all</button></div></div>
<script src="/core/assets/vendor/once/once.min.js"></script><script src="/core/misc/drupal.js"></script></body></html>`;
export const councilNews: TestPage = {
  name: 'heldout365-localgov-drupal-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([...nIntro, ...nCovers, 'The specification asks bidders to commit to:', ...nCoversList, ...nLocal, ...nTime]),
  bylines: ['30 June 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search this site', ...nMain,
    'Breadcrumb', ...nCrumbs, 'Cooks at Fernhill Primary School serve lunch. Photo: Bramley Downs Council',
    nReadMore, 'Share this page', 'Facebook', 'LinkedIn', 'Email', 'Related news', ...nRelated, 'Sign up for email updates',
    'Get council news, consultations and events in your inbox every week.', 'Subscribe', 'Was this page helpful?', 'Report a problem with this page',
    ...nFoot, 'Bramley Downs Council, Town Hall, Chapel Street, Bramley Downs BD7 1HS', '© 2026 Bramley Downs Council',
    'This site uses cookies to store information on your computer.', 'Accept recommended settings', 'Reject all',
  ],
};
