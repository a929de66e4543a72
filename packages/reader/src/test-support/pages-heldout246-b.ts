import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout246-kit.js';
import { medium } from './pages-heldout246-b2.js';

/**
 * Held-out batch 246, file b: a DeFi lending protocol's docs page on Docusaurus (announcement bar, navbar, doc sidebar,
 * breadcrumbs, admonitions with their labels, a parameter table, "Edit this page" and last-updated line, pagination, table of
 * contents, footer) and, from file b2, a payments company's engineering blog post on Medium.
 */
const dTitle = 'Liquidations';
const dIntro = [
  j(
    'When the value of a borrower\u2019s collateral falls too far relative to their debt, the position becomes eligible for',
    'liquidation. Liquidations keep Ferrule solvent: they repay part of the bad-looking debt before it can become actual bad debt.',
  ),
  'This page explains when a position can be liquidated, how much can be repaid at once, and what the liquidator receives.',
];
const dH1 = 'Health factor';
const dHealth = [
  j(
    'Every account has a health factor, computed as the sum of each collateral asset\u2019s value multiplied by its liquidation',
    'threshold, divided by the total value of the account\u2019s borrows. Prices come from the protocol\u2019s oracle adapter.',
  ),
  'A position with a health factor below 1.0 can be liquidated by anyone. Above 1.0, no one can touch it.',
];
const dWarn = j(
  'The health factor can drop without any action on your part: a fall in the collateral price, a rise in the borrowed asset\u2019s',
  'price or accrued interest are each enough.',
);
const dH2 = 'Close factor';
const dClose = [
  j(
    'A liquidator may repay at most 50% of a single borrowed asset in one call. If the health factor is below 0.95, the close factor',
    'rises to 100%, so that deeply underwater positions can be cleared in one transaction.',
  ),
];
const dH3 = 'Liquidation bonus';
const dBonus = [
  j(
    'In return for repaying debt, the liquidator receives collateral worth the repaid amount plus a bonus. The bonus is set per',
    'collateral asset by governance:',
  ),
];
const dRows = [
  ['WETH', '82.5%', '5.0%'],
  ['wstETH', '80.0%', '6.0%'],
  ['USDC', '87%', '4.5%'],
  ['FRL', '55.0%', '10.0%'],
];
const dH4 = 'Running a liquidator';
const dRun = ['Liquidations are open to anyone. Most are performed by bots that:'];
const dRunList = [
  'watch the LiquidationCall-eligible accounts published by the subgraph,',
  'simulate the call against the latest block to check the bonus covers gas,',
  'submit the transaction through a private relay to avoid being front-run.',
];
const dTip = 'The protocol keeps 10% of each bonus for the reserve fund; the figures in the table are what the liquidator receives.';
const dSide = ['Introduction', 'Supplying', 'Borrowing', 'Interest rates', 'Liquidations', 'Oracles', 'Governance'];
const dNav = ['Docs', 'Developers', 'Governance', 'Security', 'Launch app'];
const dToc = [dH1, dH2, dH3, dH4];
const dFoot = ['Discord', 'Forum', 'Bug bounty', 'Audits', 'Brand kit', 'Terms'];
const h2 = (t: string): string =>
  `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${t.toLowerCase().replace(/ /g, '-')}">${t}<a href="#${t
    .toLowerCase()
    .replace(/ /g, '-')}" class="hash-link" aria-label="Direct link to ${t}" title="Direct link to ${t}"></a></h2>`;
const adm = (kind: string, text: string): string => `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3 alert alert--${
  kind === 'tip' ? 'success' : 'warning'
}"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 16 16"></svg></span>${kind}</div>
<div class="admonitionContent_BuS1"><p>${text}</p></div></div>`;
const dHtml = `<!doctype html><html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.5.2">
<title data-rh="true">Liquidations | Ferrule Docs</title><meta data-rh="true" name="twitter:card" content="summary_large_image">
<meta data-rh="true" property="og:title" content="Liquidations | Ferrule Docs"><meta data-rh="true" name="description"
content="When the value of a borrower's collateral falls too far, the position becomes eligible for liquidation.">
<link data-rh="true" rel="canonical" href="https://docs.ferrule.example/protocol/liquidations">
<link rel="stylesheet" href="/assets/css/styles.4f1e2a.css"><script src="/assets/js/runtime~main.9c1b.js" defer="defer"></script>
<script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script></head>
<body class="navigation-with-keyboard"><div id="__docusaurus"><div role="region" aria-label="Skip to main content">
<a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">Ferrule v3 is live on
three new networks. <a href="/blog/v3">Read the announcement</a></div></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/">
<b class="navbar__title text--truncate">Ferrule</b></a>${dNav.map((n) => `<a class="navbar__item navbar__link" href="/${n}">${n}</a>`).join('')}</div>
<div class="navbar__items navbar__items--right"><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button"
aria-label="Search"><span class="DocSearch-Button-Placeholder">Search</span></button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><nav aria-label="Docs sidebar"
class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">${links(dSide, 'theme-doc-sidebar-item-link menu__list-item')}
</ul></nav></div></aside><main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row">
<div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl"
aria-label="Breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/">
<svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"></svg></a></li><li class="breadcrumbs__item"><span class="breadcrumbs__link">Protocol</span>
</li><li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">Liquidations</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page
</button></div><div class="theme-doc-markdown markdown"><header><h1>${dTitle}</h1></header>
${ps(dIntro)}
${h2(dH1)}
${ps(dHealth)}
${adm('warning', dWarn)}
${h2(dH2)}
${ps(dClose)}
${h2(dH3)}
${ps(dBonus)}
<table><thead><tr><th>Collateral</th><th>Liquidation threshold</th><th>Bonus</th></tr></thead><tbody>
${dRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${adm('tip', dTip)}
${h2(dH4)}
${ps(dRun)}
<ul>${lis(dRunList)}</ul></div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a
href="https://github.example/ferrule/docs/edit/main/docs/protocol/liquidations.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page">Edit this page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated on <b><time
datetime="2026-02-02T09:12:40.000Z" itemprop="dateModified">Feb 2, 2026</time></b> by <b>Nadia Oyelaran</b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/protocol/interest-rates">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Interest rates</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/protocol/oracles"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Oracles</div></a></nav></div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar
theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">${dToc
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="table-of-contents__link toc-highlight">${t}</a></li>`)
  .join('')}</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col">
<div class="footer__title">Community</div><ul class="footer__items clean-list">${links(dFoot, 'footer__item')}</ul></div></div>
<div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2026 Ferrule Labs. Built with Docusaurus.</div></div></div></footer></div>
</body></html>`;
const docusaurus: TestPage = {
  name: 'heldout246-docusaurus-defi-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3, dH4],
  body: texts([...dIntro, ...dHealth, dWarn, ...dClose, ...dBonus, ...dRows.flat(), dTip, ...dRun, ...dRunList]),
  bylines: ['Last updated on Feb 2, 2026 by Nadia Oyelaran'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ferrule v3 is live on three new networks.', 'Read the announcement', ...dNav, 'Search', 'Introduction', 'Supplying', 'Borrowing',
    'Oracles', 'Protocol', 'On this page', 'warning', 'Edit this page', 'Previous', 'Interest rates', 'Next', 'Community', ...dFoot,
    'Copyright © 2026 Ferrule Labs. Built with Docusaurus.',
  ],
};

export const HELDOUT246_B: readonly TestPage[] = [docusaurus, medium];
