import { links, ps, type TestPage, texts } from './page-kit.js';
import { foiStory } from './pages-heldout371-d2.js';
import { j, lis } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file d: a spending data explainer rendered by Gatsby (the `___gatsby` root and focus wrapper, the
 * site header with its data tools menu, the explainer's hero with reading time and date, a glossary tooltip, a chart with
 * caption and source, a "Read more" promo, the "Explore the data" card, the related explainers and the footer) and, from
 * file d2, a journalist's FOI-based story on a Newspack site.
 */
const sTitle = 'Where does a grant dollar go? Following federal money from award to spending';
const sIntro = [
  j(
    'Every year the federal government awards hundreds of billions of dollars in grants to states, cities, universities and',
    'nonprofits. The money does not move all at once. It passes through several stages, and each stage shows up differently',
    'in the spending data.',
  ),
];
const sStages = [
  'Obligation: the agency legally commits to pay, for example when it signs a grant agreement.',
  'Outlay: money actually leaves the Treasury, usually when the recipient draws down funds to cover costs it has incurred.',
  'Subaward: the prime recipient passes part of the money on to another organization, such as a county or a contractor.',
];
const sWhy = [
  j(
    'A grant of $10 million obligated in September may produce outlays over three or four years. That is why a chart of',
    'obligations for a program can look very different from a chart of outlays for the same program in the same year.',
  ),
  j(
    'Obligations tell you what the government has promised. Outlays tell you what has been spent. Neither number, on its',
    'own, tells you whether the money reached the people the program was meant to serve.',
  ),
];
const sSub = [
  j(
    'Prime recipients must report subawards of $30,000 or more within a month of making them. Reporting has improved, but',
    'gaps remain: in a sample of 400 large grants we reviewed, about one in six had no subawards reported even though the',
    'grant agreement described work by partner organizations.',
  ),
  j(
    'When subaward data is missing, a records request to the prime recipient or the awarding agency is often the only way',
    'to find out who did the work. Reporters have used this approach to trace disaster recovery money to individual contractors.',
  ),
];
const sTips = [
  'Compare obligations and outlays over several years, not one.',
  'Check the period of performance before assuming a grant is underspent.',
  'Look for subawards, and treat their absence as a question, not an answer.',
  'Read the award description, which often names the partners doing the work.',
];
const sNav = ['Search award data', 'Explore spending', 'Agency profiles', 'Data Lab', 'Download center', 'Resources'];
const sRelated = ['What is a federal account?', 'How contract data is reported', 'Understanding disaster spending codes'];
const sFoot = ['About', 'Glossary', 'API', 'Accessibility', 'Privacy policy', 'FOIA', 'Contact'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.3"/>
<title>${sTitle} | Spending Explained</title><meta name="description" content="An explainer on obligations, outlays and subawards."/>
<meta property="og:title" content="${sTitle}"/><meta property="og:type" content="article"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${sTitle}","datePublished":"2026-01-22",
"author":{"@type":"Organization","name":"Office of Spending Transparency"}}</script>
<link as="script" rel="preload" href="/webpack-runtime-3a8f0e6c.js"/><link as="script" rel="preload" href="/app-91c3ad02.js"/></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<div class="usa-banner site-banner"><p>An official website of the United States government</p></div>
<header class="site-header"><a class="site-header__logo" href="/">Spending Explained</a>
<nav class="site-header__nav"><ul class="site-header__menu">${links(sNav, 'site-header__menu-item')}</ul></nav></header>
<main id="main-content" class="explainer"><div class="explainer-hero"><p class="explainer-hero__eyebrow">Data Lab explainer</p>
<h1 class="explainer-hero__title">${sTitle}</h1><div class="explainer-hero__meta"><span class="explainer-hero__date">January 22, 2026</span>
<span class="explainer-hero__read">7 min read</span></div></div>
<div class="explainer-body"><section class="explainer-section">${ps(sIntro)}</section>
<section class="explainer-section"><h2 class="explainer-section__heading">Three stages of a grant</h2><ul class="explainer-list">${lis(sStages)}</ul>
<div class="glossary-tooltip" role="tooltip"><span class="glossary-tooltip__term">Obligation</span>
<span class="glossary-tooltip__def">Glossary: a binding agreement that will result in outlays.</span></div></section>
<section class="explainer-section"><h2 class="explainer-section__heading">Why the numbers differ</h2>${ps(sWhy)}
<figure class="chart-figure"><div class="chart-figure__svg" role="img" aria-label="Line chart"></div>
<figcaption>Obligations and outlays for a typical five-year grant program, fiscal years 2021–2025.</figcaption>
<p class="chart-figure__source">Source: Spending Explained analysis of agency financial data</p></figure>
<aside class="inline-promo"><p>Read more: <a href="/data-lab/disaster-codes">How disaster spending is tagged in the data</a></p></aside></section>
<section class="explainer-section"><h2 class="explainer-section__heading">Following the money to subrecipients</h2>${ps(sSub)}</section>
<section class="explainer-section"><h2 class="explainer-section__heading">Tips for reading grant data</h2><ol class="explainer-list">${lis(sTips)}</ol>
</section>
<aside class="cta-card"><h3 class="cta-card__title">Explore the data</h3><p class="cta-card__text">Search every grant awarded since 2008 by recipient,
place or program.</p><a class="usa-button" href="/search">Start searching</a></aside></div>
<section class="related-explainers"><h2>More from the Data Lab</h2><ul>${links(sRelated, 'related-explainers__item')}</ul></section></main>
<footer class="site-footer"><ul class="site-footer__links">${links(sFoot)}</ul>
<p class="site-footer__agency">A product of the Office of Spending Transparency</p></footer></div>
<div id="gatsby-announcer" style="position:absolute" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/data-lab/grant-dollar/";/*]]>*/</script>
<script src="/app-91c3ad02.js" async></script></body></html>`;
const spending: TestPage = {
  name: 'heldout371-gatsby-spending-explainer',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Three stages of a grant', 'Why the numbers differ', 'Following the money to subrecipients', 'Tips for reading grant data'],
  body: texts([...sIntro, ...sStages, ...sWhy, ...sSub, ...sTips]),
  bylines: ['January 22, 2026', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'Spending Explained', ...sNav, 'Data Lab explainer',
    'Glossary: a binding agreement that will result in outlays.', 'Obligations and outlays for a typical five-year grant program, fiscal years 2021–2025.',
    'Source: Spending Explained analysis of agency financial data', 'Read more: How disaster spending is tagged in the data', 'Explore the data',
    'Search every grant awarded since 2008 by recipient, place or program.', 'Start searching', 'More from the Data Lab', ...sRelated, ...sFoot,
    'A product of the Office of Spending Transparency',
  ],
};

export const HELDOUT371_D: readonly TestPage[] = [spending, foiStory];
