import { links, ps, type TestPage, texts } from './page-kit.js';
import { nhs } from './pages-heldout277-c2.js';
import { j } from './pages-heldout277-kit.js';

/**
 * Held-out batch 277, file c: a European Commission news article on europa.eu built with the Europa Component Library
 * (cookie consent kit banner, global banner, site header with the language selector, mega menu, breadcrumb, page header
 * with its meta line, a figure with caption and credit, the "Details" block, "Related links", the social share bar and
 * the ECL site footer) and, from file c2, an NHS website condition page.
 */
const eTitle = 'Commission proposes €1.2 billion fund to restore coastal wetlands';
const eDesc = 'The new fund would help coastal regions rebuild salt marshes and seagrass meadows that protect towns from storms.';
const eBody1 = [
  j(
    'The European Commission has today proposed a Coastal Wetlands Restoration Facility worth €1.2 billion over six years. The',
    'facility would co-finance projects that bring back salt marshes, seagrass meadows and tidal flats along the coasts of the',
    'Union, many of which have shrunk by more than half since the 1950s.',
  ),
  j(
    'Healthy wetlands slow down storm surges, store large amounts of carbon and shelter young fish. Restoring them is often',
    'cheaper than raising sea walls, and it brings benefits for fishing and tourism that hard defences cannot offer.',
  ),
];
const eHow = ['Regional and local authorities, port authorities and non-profit bodies in coastal regions would be able to apply. The facility would:'];
const eHowList = [
  'cover up to 70% of eligible costs, rising to 85% in outermost regions;',
  'give priority to projects that reconnect former wetlands to the tide;',
  'fund ten years of monitoring after each project is completed;',
  'support cross-border projects in shared estuaries and lagoons.',
];
const eHow2 = [
  j(
    'Projects would have to show how they involve local fishers, farmers and residents from the planning stage. A technical',
    'assistance desk would help smaller municipalities prepare their applications.',
  ),
];
const eQuote = [
  j(
    '“Our coasts are on the front line of climate change. Wetlands are nature’s own flood barriers, and every euro we put into',
    'them comes back several times over in safer homes, richer fisheries and cleaner water,” said Commissioner Elin Varga.',
  ),
];
const eNext = [
  j(
    'The proposal will now be discussed by the European Parliament and the Council. If it is adopted this year, the first call',
    'for projects could open in spring 2027. A public consultation on the detailed selection criteria will run until 30 June.',
  ),
];
const eMenu = ['About the European Commission', 'Energy, climate change, environment', 'Law', 'Funding, tenders', 'Research and innovation'];
const eRelated = ['Proposal for a regulation on the Coastal Wetlands Restoration Facility', 'Questions and answers', 'Factsheet: Europe’s coastal wetlands'];
const eFoot1 = ['Contact the European Commission', 'Follow the European Commission on social media', 'Resources for partners', 'Report an IT vulnerability'];
const eFoot2 = ['Language policy', 'Cookies', 'Privacy policy', 'Legal notice', 'Accessibility'];
const eHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8"><title>${eTitle} - European Commission</title>
<meta name="description" content="${eDesc}"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:site_name" content="European Commission"><meta property="og:type" content="article"><meta name="Date" content="2026-03-03">
<link rel="canonical" href="https://commission.europa.eu/news-and-media/news/commission-proposes-coastal-wetlands-fund-2026-03-03_en">
<script type="application/json">{"utility":"cck","url":"https://commission.europa.eu/cookies-policy_en"}</script>
<script defer src="https://webtools.europa.eu/load.js?globan=1110"></script>
<link rel="stylesheet" href="/themes/contrib/oe_whitelabel/assets/styles/ecl-ec.css"></head>
<body class="language-en ecl-typography path-node page-node-type-oe-news">
<div id="cookie-consent-banner"><div class="cck-container" role="dialog" aria-label="Cookie consent banner"><div class="cck-content">
<h2 class="cck-title">This site uses cookies</h2><p>We use cookies to give you the best possible experience and to help us understand how you use
our site.</p>
<div class="cck-actions"><a href="#accept" class="cck-actions-button">Accept all cookies</a>
<a href="#refuse" class="cck-actions-button">Accept only essential cookies</a>
</div></div></div></div>
<a href="#main-content" class="ecl-skip-link">Skip to main content</a>
<header class="ecl-site-header" data-ecl-auto-init="SiteHeader"><div class="ecl-site-header__header"><div class="ecl-site-header__container ecl-container">
<div class="ecl-site-header__top"><a class="ecl-link ecl-link--standalone ecl-site-header__logo-link" href="https://commission.europa.eu/index_en"
aria-label="Home - European Commission"><img alt="European Commission logo" title="European Commission" class="ecl-site-header__logo-image"
src="/logo-ec--en.svg"></a>
<div class="ecl-site-header__action"><div class="ecl-site-header__language"><a class="ecl-button ecl-button--tertiary ecl-site-header__language-selector"
href="#" data-ecl-language-selector="true" role="button" aria-label="Change language, current language is English"><span
class="ecl-site-header__language-icon"></span>English</a></div>
<div class="ecl-site-header__search-container"><a class="ecl-button ecl-button--tertiary ecl-site-header__search-toggle" href="#">Search</a></div></div></div>
</div></div>
<div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">European Commission</div></div></div>
<nav class="ecl-menu" data-ecl-menu aria-expanded="false" aria-label="Main navigation"><div class="ecl-menu__container ecl-container">
<ul class="ecl-menu__list">${links(eMenu, 'ecl-menu__item')}</ul></div></nav></header>
<main id="main-content"><div class="ecl-page-header"><div class="ecl-container"><nav class="ecl-breadcrumb" aria-label="You are here:">
<ol class="ecl-breadcrumb__container">${links(['Home', 'News and media', 'News'], 'ecl-breadcrumb__segment')}</ol></nav>
<div class="ecl-page-header__info"><ul class="ecl-page-header__meta"><li class="ecl-page-header__meta-item">News article</li>
<li class="ecl-page-header__meta-item">3 March 2026</li><li class="ecl-page-header__meta-item">Directorate-General for Environment</li></ul>
<h1 class="ecl-page-header__title">${eTitle}</h1></div>
<div class="ecl-page-header__description-container"><p class="ecl-page-header__description">${eDesc}</p></div></div></div>
<div class="ecl-container"><div class="ecl-row"><div class="ecl-col-s-12 ecl-col-m-9"><article class="ecl-u-type-paragraph">
<figure class="ecl-media-container"><img class="ecl-media-container__media" src="/wetland.jpg" alt="Salt marsh at low tide">
<figcaption class="ecl-media-container__caption">A restored salt marsh in the Veldt estuary. © European Union, 2026</figcaption></figure>
<div class="ecl"><div class="ecl-u-type-paragraph">
${ps(eBody1)}
<h2>How the facility would work</h2>
${ps(eHow)}
<ul class="ecl-unordered-list">${eHowList.map((t) => `<li class="ecl-unordered-list__item">${t}</li>`).join('\n')}</ul>
${ps(eHow2)}
<blockquote class="ecl-blockquote"><div class="ecl-blockquote__body">${ps(eQuote, ' class="ecl-blockquote__quote"')}</div></blockquote>
<h2>Next steps</h2>
${ps(eNext)}
</div></div>
<div class="ecl-u-mt-l"><h2 class="ecl-u-type-heading-2">Details</h2><dl class="ecl-description-list ecl-description-list--horizontal">
<dt class="ecl-description-list__term">Publication date</dt> <dd class="ecl-description-list__definition">3 March 2026</dd>
<dt class="ecl-description-list__term">Author</dt> <dd class="ecl-description-list__definition">Directorate-General for Environment</dd></dl></div>
<div class="ecl-u-mt-l"><h2 class="ecl-u-type-heading-2">Related links</h2><ul class="ecl-link-list">${links(eRelated, 'ecl-link-list__item')}</ul></div>
<div class="ecl-social-media-share"><p class="ecl-social-media-share__description">Share this page</p><ul class="ecl-social-media-share__list">
${links(['Facebook', 'X', 'LinkedIn', 'E-mail'], 'ecl-social-media-share__item')}</ul></div></article></div></div></div></main>
<footer class="ecl-site-footer"><div class="ecl-container ecl-site-footer__container"><div class="ecl-site-footer__row">
<div class="ecl-site-footer__column"><div class="ecl-site-footer__section"><h2 class="ecl-site-footer__title">European Commission website</h2>
<p class="ecl-site-footer__description">This site is managed by the Directorate-General for Communication</p></div></div>
<div class="ecl-site-footer__column"><ul class="ecl-site-footer__list">${links(eFoot1, 'ecl-site-footer__list-item')}</ul></div></div>
<div class="ecl-site-footer__row"><ul class="ecl-site-footer__list">${links(eFoot2, 'ecl-site-footer__list-item')}</ul></div></div></footer>
<script src="/themes/contrib/oe_whitelabel/assets/js/ecl-ec.js"></script><script>ECL.autoInit();</script></body></html>`;
const europa: TestPage = {
  name: 'heldout277-europa-ecl-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: ['How the facility would work', 'Next steps'],
  body: texts([eDesc, ...eBody1, ...eHow, ...eHowList, ...eHow2, ...eQuote, ...eNext]),
  bylines: ['3 March 2026', 'Directorate-General for Environment'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies', 'We use cookies to give you the best possible experience and to help us understand how you use our site.',
    'Accept all cookies', 'Accept only essential cookies', 'Skip to main content', 'English', 'Search', ...eMenu, 'Home',
    'News and media', 'News article', 'A restored salt marsh in the Veldt estuary. © European Union, 2026', 'Details', 'Publication date', 'Author',
    'Related links', ...eRelated, 'Share this page', 'Facebook', 'LinkedIn', 'E-mail', 'European Commission website',
    'This site is managed by the Directorate-General for Communication', ...eFoot1, ...eFoot2,
  ],
};

export const HELDOUT277_C: readonly TestPage[] = [europa, nhs];
