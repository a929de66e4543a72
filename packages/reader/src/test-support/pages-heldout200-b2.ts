import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 200, file b2: a CliffsNotes subject study guide page (header with the subject menus and log-in links,
 * breadcrumbs, the chapter's table of contents in the left rail, a worked-example table, previous/next links, the
 * tutor promo box in the middle of the text, the "Related" rail, the quiz link, the cookie banner and the footer).
 */
const clTitle = 'Price Elasticity of Demand';
const clP1 = [
  'Knowing that buyers purchase less of a good when its price rises tells you the direction of the change, but not its size. ' +
    '<b>Price elasticity of demand</b> measures how strongly the quantity demanded responds to a change in price. Economists ' +
    'calculate it as the percentage change in quantity demanded divided by the percentage change in price.',
  'Because price and quantity demanded move in opposite directions, the result is negative. By convention, economists drop the ' +
    'minus sign and talk about the absolute value, so an elasticity of 2 means that quantity demanded changes twice as much, in ' +
    'percentage terms, as price does.',
];
const clH1 = 'Using the midpoint formula';
const clP2 = [
  'A percentage change depends on where you start. A rise in price from $4 to $5 is a 25 percent increase, while a fall from $5 ' +
    'to $4 is only a 20 percent decrease. To get the same answer in both directions, use the <b>midpoint method</b>: divide each ' +
    'change by the average of the starting and ending values rather than by the starting value alone.',
  'Consider the weekly sales of smoothies at a campus café in the table below.',
];
const clTable = [
  ['A', '$4.00', '500'],
  ['B', '$5.00', '350'],
];
const clP3 = [
  'Between points A and B, quantity falls by 150, and the average quantity is 425, so the percentage change in quantity is about ' +
    '35.3 percent. Price rises by $1 around an average of $4.50, a change of about 22.2 percent. Dividing 35.3 by 22.2 gives an ' +
    'elasticity of roughly 1.6.',
];
const clH2 = 'Elastic, inelastic and unit elastic demand';
const clP4 = ['The size of the elasticity puts demand into one of three groups:'];
const clList = [
  '<b>Elastic demand</b> (greater than 1): quantity changes proportionally more than price, as with the café’s smoothies.',
  '<b>Inelastic demand</b> (less than 1): quantity changes proportionally less than price, as with tap water or insulin.',
  '<b>Unit elastic demand</b> (exactly 1): quantity and price change by the same percentage.',
];
const clH3 = 'Elasticity and total revenue';
const clP5 = [
  'Elasticity tells a seller what a price change will do to total revenue, which is price multiplied by quantity. When demand ' +
    'is elastic, raising the price lowers total revenue, because the lost sales outweigh the higher price. At the café, revenue ' +
    'falls from $2,000 at point A to $1,750 at point B.',
  'When demand is inelastic, the opposite happens: a higher price brings in more revenue even though fewer units are sold. This ' +
    'is why businesses selling goods with few substitutes can often raise prices without losing much income.',
];
const clNav = ['Literature Notes', 'Test Prep', 'Study Guides', 'Log In', 'Sign Up'];
const clCrumbs = ['Home', 'Study Guides', 'Economics', 'Elasticity'];
const clToc = [
  'Introduction to Elasticity',
  'Price Elasticity of Demand',
  'Determinants of Price Elasticity',
  'Income Elasticity of Demand',
  'Cross-Price Elasticity',
  'Price Elasticity of Supply',
  'Quiz: Elasticity',
];
const clPromo = ['Stuck on a homework question? Our verified tutors can answer all questions, from basic math to advanced rocket science!', 'Ask a question'];
const clRelated = ['Demand and the Law of Demand', 'Consumer Surplus', 'Taxes and Elasticity'];
const clFoot = [
  'About CliffsNotes',
  'Advertise with Us',
  'Contact Us',
  'Follow us',
  'Privacy Policy',
  'Terms of Use',
  'Cookie Policy',
  'Do Not Sell or Share My Personal Information',
];
const clCookie = 'This site uses cookies to offer you a better browsing experience and to analyze site traffic.';
const clHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Price Elasticity of Demand | CliffsNotes</title>
<meta name="description" content="Price elasticity of demand measures how strongly the quantity demanded responds to a change in price.">
<meta property="og:type" content="article"><meta property="og:site_name" content="CliffsNotes">
<link rel="canonical" href="https://www.cliffsnotes.com/study-guides/economics/elasticity/price-elasticity-of-demand">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${clTitle}",
"publisher":{"@type":"Organization","name":"CliffsNotes"},"isPartOf":{"@type":"Course","name":"Economics"}}</script>
<script>window.__CN__={"page":"study-guide","subject":"economics","chapter":"elasticity"};</script>
<link rel="stylesheet" href="https://www.cliffsnotes.example/static/css/cn-main.2b7d.css"></head>
<body><div id="__next"><header class="cn-header"><a class="cn-header__logo" href="/" aria-label="CliffsNotes home">CliffsNotes</a>
<nav class="cn-header__nav" aria-label="Primary"><ul>${links(clNav, 'cn-header__nav-item')}</ul></nav>
<form class="cn-search" role="search"><input type="search" aria-label="Search CliffsNotes" placeholder="Search study guides"></form></header>
<main class="cn-main"><nav class="cn-breadcrumbs" aria-label="breadcrumb"><ol>${links(clCrumbs, 'cn-breadcrumbs__item')}</ol></nav>
<div class="cn-layout"><aside class="cn-toc"><h2 class="cn-toc__title">Elasticity</h2><ul>${links(clToc, 'cn-toc__item')}</ul></aside>
<article class="cn-article"><h1 class="cn-article__title">${clTitle}</h1>
<div class="cn-article__body copy">
${ps(clP1)}
<h3>${clH1}</h3>
${ps(clP2)}
<table class="cn-table"><caption>Table 1. Smoothie Sales at Different Prices</caption>
<thead><tr><th>Point</th><th>Price</th><th>Smoothies sold per week</th></tr></thead>
<tbody>${clTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(clP3)}
<div class="cn-tutor-promo" data-testid="tutor-promo"><p>${clPromo[0]}</p><a class="cn-button" href="/ask">${clPromo[1]}</a></div>
<h3>${clH2}</h3>
${ps(clP4)}
<ul>${clList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${clH3}</h3>
${ps(clP5)}
</div>
<nav class="cn-pagination" aria-label="Chapter"><a class="cn-pagination__prev" href="/study-guides/economics/elasticity/introduction">
<span>Previous</span> <span>Introduction to Elasticity</span></a><a class="cn-pagination__next"
href="/study-guides/economics/elasticity/determinants"><span>Next</span> <span>Determinants of Price Elasticity</span></a></nav></article>
<aside class="cn-rail"><section><h2>Related</h2><ul>${links(clRelated, 'cn-rail__item')}</ul></section>
<div class="cn-ad" data-ad-slot="rail_1"><span class="cn-ad__label">Advertisement</span></div></aside></div></main>
<footer class="cn-footer"><ul>${links(clFoot, 'cn-footer__item')}</ul><p>© 2026 Course Hero, Inc. All rights reserved.</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${clCookie}</p>
<button id="onetrust-accept-btn-handler">Accept</button><button id="onetrust-reject-all-handler">Reject All</button></div>
<script src="https://www.cliffsnotes.example/_next/static/chunks/main-0c8f2a.js" defer></script></body></html>`;
export const cliffsGuide: TestPage = {
  html: clHtml,
  name: 'heldout200-cliffsnotes-study-guide-docs',
  kind: 'docs',
  // table data cells are body (the header cells and the table caption are in neither list); the tutor promo inside the
  // text, the chapter contents rail, breadcrumbs, pagination, "Related", ad label, footer and banner are furniture
  title: clTitle,
  headings: [clH1, clH2, clH3],
  body: [...texts(clP1), ...texts(clP2), ...clTable.flat(), ...texts(clP3), ...clP4, ...texts(clList), ...texts(clP5)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...clNav, 'Home', 'Economics', ...clToc.filter((t) => t !== clTitle), ...clPromo, 'Previous', 'Next', 'Related', ...clRelated,
    'Advertisement', ...clFoot, '© 2026 Course Hero, Inc. All rights reserved.', clCookie, 'Accept', 'Reject All',
  ],
};
