import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 219, file f2: an Institute for Fiscal Studies comment (skip link, the header nav with search, the
 * "Comment" label, the "Published on" date, the author cards with their roles, the "Part of" series link, the DOI line,
 * the share list, the "first published in" note at the top of the text, the "Related" publications with their type
 * labels and dates, the topics list, the newsletter box, the footer with its charity line and the cookie banner).
 */
const ifTitle = 'The council tax freeze is neither cheap nor well targeted';
const ifNote = 'This article was first published in The Courier Standard.';
const ifP = [
  'Next month’s budget is expected to extend the freeze on council tax bills in England for a third year. The policy is ' +
    'popular, easy to explain and visible on every household’s bill. It is also an expensive way of helping the people it is ' +
    'meant to help.',
  'Our estimates suggest that compensating councils for a third year of the freeze would cost the Treasury around £2.4 ' +
    'billion in 2026–27. Because council tax is only loosely related to income, much of that money would go to households who ' +
    'are comfortably off. The richest tenth of households would gain about £190 a year on average, the poorest tenth about £70.',
  'That pattern reflects the way council tax works. Bills depend on property values in 1991, not on income, and the bands are ' +
    'compressed so that the owner of a house worth ten times as much as another pays only three times as much tax. Many of the ' +
    'poorest households already receive council tax support, so a freeze does little for them.',
];
const ifH1 = 'Councils bear the risk';
const ifP2 = [
  'The freeze also shifts risk onto councils. Compensation is calculated on the basis of what councils could have raised with ' +
    'a 3% increase, but demand for adult social care and temporary accommodation is rising much faster than that. Several ' +
    'councils have warned that they will need to cut discretionary services to balance their budgets.',
  'A freeze that is extended year after year also makes a future reform harder. Each year that bills stay flat, the gap between ' +
    'council tax and the cost of the services it pays for widens, and the eventual increase needed to close it grows larger.',
];
const ifH2 = 'A better use of the money';
const ifP3 = [
  'If the government’s aim is to help households with the cost of living, there are better-targeted options. Increasing the ' +
    'generosity of council tax support would direct help to those on low incomes. If the aim is to reform an outdated tax, a ' +
    'revaluation of properties, phased in over several years, would make bills fairer without raising more money overall.',
  'Neither option is as simple to announce as a freeze. But at a time when the public finances are tight, the government ' +
    'should be asking whether each pound it spends is doing as much good as it could.',
];
const ifNav = ['Research areas', 'Publications', 'Data', 'Events', 'Experts', 'About', 'Funding'];
const ifAuth = [
  { n: 'Isobel Carraway-Nkemelu', r: 'Associate Director' },
  { n: 'Fergus Tolland', r: 'Research Economist' },
];
const ifShare = ['Share', 'Email', 'Facebook', 'LinkedIn', 'X', 'Bluesky'];
const ifRelated = [
  { type: 'Report', t: 'Council tax: options for reform', d: '3 February 2025' },
  { type: 'Briefing note', t: 'Local government finances ahead of the budget', d: '24 January 2025' },
  { type: 'Comment', t: 'Who really pays for social care?', d: '9 December 2024' },
];
const ifTopics = ['Council tax', 'Local government', 'Public finances', 'Tax and benefits'];
const ifNews = ['Sign up to our newsletters', 'Get our latest research and events in your inbox.', 'Email address', 'Sign up'];
const ifFoot = ['Contact us', 'Work with us', 'Privacy notice', 'Cookie policy', 'Accessibility', 'Terms of use'];
const ifCharity = 'The Institute for Fiscal Studies is a registered charity, No. 258815, and a company limited by guarantee, No. 954616.';
const ifCookie = [
  'We use cookies to help our website work and to understand how it is used.',
  'Accept all cookies',
  'Reject optional cookies',
  'Manage cookies',
];
const ifHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1.0"><title>${ifTitle} | Institute for Fiscal Studies</title>
<meta name="description" content="${ifP[0]}"><meta property="og:title" content="${ifTitle}"><meta property="og:type" content="article">
<meta name="citation_doi" content="10.1920/co.ifs.2025.0311"><link rel="canonical"
href="https://ifs.org.uk/articles/council-tax-freeze-neither-cheap-nor-well-targeted">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${ifTitle}","datePublished":"2025-03-11T00:01:00+00:00",
"author":[{"@type":"Person","name":"Isobel Carraway-Nkemelu"},{"@type":"Person","name":"Fergus Tolland"}]}</script>
<script src="/themes/custom/ifs/dist/js/main.js" defer></script><link rel="stylesheet" href="/themes/custom/ifs/dist/css/main.css"></head>
<body class="page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="header"><a href="/" class="header__logo"><span class="visually-hidden">Institute for Fiscal Studies</span></a>
<nav class="header__nav" aria-label="Main"><ul>${links(ifNav, 'header__nav-item')}</ul></nav><button class="header__search"
aria-label="Open search">Search</button></header>
<main id="main-content"><article class="article"><div class="article-hero"><span class="article-hero__type">Comment</span><h1
class="article-hero__title">${ifTitle}</h1>
<div class="article-hero__date">Published on <time datetime="2025-03-11">11 March 2025</time></div>
<ul class="article-hero__authors">${ifAuth
  .map((a) => `<li class="person-card"><a class="person-card__name" href="#">${a.n}</a><span class="person-card__role">${a.r}</span></li>`)
  .join('')}</ul>
<div class="article-hero__series">Part of
<a href="/budget-2025">Autumn Budget 2025</a></div><p class="article-hero__doi">DOI: 10.1920/co.ifs.2025.0311</p></div>
<div class="article-layout"><aside class="article-layout__aside"><div class="share-links"><span class="share-links__label">${ifShare[0]}</span><ul>
${ifShare
  .slice(1)
  .map((s) => `<li><a href="#" class="share-links__link"><span class="visually-hidden">Share on </span>${s}</a></li>`)
  .join('')}</ul></div></aside>
<div class="article-layout__body text-long"><p><em>${ifNote}</em></p>
${ifP.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${ifH1}</h2>
${ifP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${ifH2}</h2>
${ifP3.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<div class="article-topics"><h2 class="article-topics__title">Topics</h2><ul>${links(ifTopics, 'tag')}</ul></div></article>
<section class="related"><h2 class="related__title">Related</h2><ul>
${ifRelated
  .map(
    (r) => `<li class="card"><span class="card__type">${r.type}</span><h3 class="card__title"><a href="#">${r.t}</a></h3><span
class="card__date">${r.d}</span></li>`,
  )
  .join('\n')}
</ul></section></main>
<footer class="footer"><div class="footer__newsletter"><h2>${ifNews[0]}</h2><p>${ifNews[1]}</p><label for="nl">${ifNews[2]}</label><input
id="nl"><button>${ifNews[3]}</button></div>
<ul class="footer__links">${links(ifFoot, 'footer__link')}</ul><p class="footer__address">7 Ridgmount Street, London WC1E 7AE</p><p
class="footer__charity">${ifCharity}</p></footer>
<div class="cookie-banner" role="region" aria-label="Cookie banner"><p>${ifCookie[0]}</p><button>${ifCookie[1]}</button><button>${ifCookie[2]}</button>
<a href="/cookie-policy">${ifCookie[3]}</a></div></body></html>`;
export const ifsComment: TestPage = {
  html: ifHtml,
  name: 'heldout219-ifs-comment',
  kind: 'news',
  // the italic "first published in" note at the top of the text is furniture
  title: ifTitle,
  headings: [ifH1, ifH2],
  body: texts([...ifP, ...ifP2, ...ifP3]),
  bylines: ['Published on 11 March 2025', ...ifAuth.map((a) => a.n)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ifNav, 'Search', 'Comment', ...ifAuth.map((a) => a.r), 'Part of Autumn Budget 2025', 'DOI: 10.1920/co.ifs.2025.0311',
    ...ifShare, ifNote, 'Topics', ...ifTopics, 'Related', ...ifRelated.flatMap((r) => [r.type, r.t, r.d]).filter((t) => t !== 'Comment'), ...ifNews,
    ...ifFoot, '7 Ridgmount Street, London WC1E 7AE', ifCharity, ...ifCookie,
  ],
};
