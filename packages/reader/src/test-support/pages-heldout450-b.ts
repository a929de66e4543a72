import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout450-kit.js';

/**
 * Held-out batch 450, file b: a retraction notice on a ScienceDirect-style journal platform (short main text, with the
 * article toolbar, recommended articles and the cookie banner), and a "Correction to:" erratum on a SpringerLink-style
 * article page (identifiers, author list, corrected table, References / Author information / Rights and permissions / About
 * this article sections).
 */
const sTitle = 'Retraction notice to “Seasonal nitrate flux in a restored chalk-stream floodplain” [J. Riparian Sci. 41 (2025) 118–131]';
const sBody = [
  j('This article has been retracted: please see Elsevier Policy on Article Withdrawal (https://www.elsevier.example/about/policies/article-withdrawal).'),
  j(
    'This article has been retracted at the request of the Editors-in-Chief after concerns were raised by a reader about the',
    'nitrate concentration series reported for the lower sampling transect. On examination, the Editors found that the values',
    'reported for 14 of the 22 sampling dates in Fig. 3 and Table 2 were identical to the values for the upper transect, shifted',
    'by a constant offset of 0.42 mg L⁻¹.',
  ),
  j(
    'The corresponding author explained that a spreadsheet used to merge logger exports had overwritten the lower transect data',
    'with a transformed copy of the upper transect series, and that the original logger files for the lower transect could not be',
    'recovered because the field laptop had since been wiped. Without the raw data the authors are unable to reproduce the seasonal',
    'flux estimates, which underpin the main conclusions of the paper about denitrification in the reconnected backwaters.',
  ),
  j(
    'The Editors consider that the conclusions of the article can no longer be relied upon. All authors agree with the retraction.',
    'The Editors and the authors apologise to readers of the journal for any inconvenience caused.',
  ),
];
const sNav = ['Journals & Books', 'Help', 'Search', 'My account', 'Sign in'];
const sRecommended = [
  'Denitrification hot spots in reconnected floodplain channels',
  'Groundwater upwelling and nutrient retention in chalk rivers',
  'Logger drift in long-term stream chemistry records: a correction method',
];
const sFoot = ['About ScienceDirect', 'Remote access', 'Advertise', 'Contact and support', 'Terms and conditions', 'Privacy policy'];
const sHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${sTitle} - ScienceDirect</title>
<meta name="citation_title" content="${sTitle}"><meta name="citation_journal_title" content="Journal of Riparian Science">
<meta name="citation_publication_date" content="2026/04/01"><meta name="citation_doi" content="10.1016/j.jrs.2026.104412">
<meta property="og:site_name" content="ScienceDirect"><link rel="canonical" href="https://www.sciencedirect.example/science/article/pii/S0923871026000412">
<script type="application/json" data-iso-key="_0">{"abstracts":{"content":[]},"article":{"pii":"S0923871026000412","isCorpReq":false,
"titleString":"Retraction notice","document-subtype":"err"}}</script>
<script>window.pageData={"content":[{"entitlementType":"subscribed","format":"MIME-XHTML","id":"sd:article:pii:S0923871026000412"}]};</script></head>
<body><div id="root"><div class="App"><div class="page"><section><div id="gh-cnt"><header id="gh-main-cnt" class="u-flex-center-ver"
role="banner"><a id="gh-branding" class="gh-logo" href="https://www.sciencedirect.example/"><span class="gh-wordmark">ScienceDirect</span></a>
<nav id="gh-nav-cnt"><ul class="gh-nav-list">${links(sNav, 'gh-nav-item gh-move-to-spine')}</ul></nav></header></div>
<div class="sd-flex-container"><div class="Article" id="mathjax-container" role="main"><div class="accessbar-sticky"><div role="region"
aria-label="Download options and search"><div class="accessbar"><ul aria-label="PDF Options"><li><a class="link-button accessbar-utility-component"
href="/pdfft"><span class="link-button-text">View&nbsp;<strong>PDF</strong></span></a></li>
<li><button class="button-link accessbar-utility-component" type="button"><span class="button-link-text">Download full issue</span></button></li>
</ul><form class="QuickSearch"><input type="search" aria-label="Search ScienceDirect" placeholder="Search ScienceDirect"></form></div></div></div>
<div class="article-wrapper u-padding-s-top grid row"><article class="col-lg-12 col-md-16 pad-left pad-right u-padding-s-top" lang="en">
<div class="Publication" id="publication"><div class="publication-brand u-display-block-from-sm"><img alt="Elsevier" class="publication-brand-image"
src="/logo.gif"></div><div class="publication-volume u-text-center"><h2 id="publication-title" class="publication-title u-h3 u-margin-s-top">
<a class="publication-title-link" href="/journal/journal-of-riparian-science">Journal of Riparian Science</a></h2>
<div class="text-xs"><a href="/journal/journal-of-riparian-science/vol/47/suppl/C">Volume 47</a>, April 2026, 104412</div></div></div>
<h1 id="screen-reader-main-title" class="Head u-font-serif u-h2 u-margin-s-ver"><span class="title-text">${sTitle}</span></h1>
<div class="Banner" id="banner"><div class="wrapper truncated"><div class="AuthorGroups"><div class="author-group" id="author-group">
<span class="sr-only">Author links open overlay panel</span><button class="button-link button-link-secondary button-link-underline" type="button">
<span class="button-link-text"><span class="react-xocs-alternative-link"><span class="given-name">Tamsin</span> <span class="text surname">Rook</span>
</span></span></button>, <button class="button-link button-link-secondary" type="button"><span class="button-link-text"><span
class="given-name">Ilya</span>
<span class="text surname">Demarco</span></span></button>, <button class="button-link button-link-secondary" type="button"><span
class="button-link-text"><span class="given-name">Hester</span> <span class="text surname">Abela</span></span></button></div></div></div>
<div class="banner-options u-padding-xs-bottom"><button class="button-link button-link-secondary" type="button"><span class="button-link-text">Show
more</span></button><div class="toc-button-wrap"><button class="button-link button-link-secondary" type="button"><span class="button-link-text">Add to
Mendeley</span></button></div><button class="button-link button-link-secondary" type="button"><span class="button-link-text">Share</span></button>
<button class="button-link button-link-secondary" type="button"><span class="button-link-text">Cite</span></button></div></div>
<div class="ArticleIdentifierLinks u-margin-xs-top u-margin-s-bottom"><a class="anchor doi anchor-primary" href="https://doi.example/10.1016/j.jrs.2026.104412"
target="_blank"><span class="anchor-text-container"><span class="anchor-text">https://doi.org/10.1016/j.jrs.2026.104412</span></span></a>
<a class="anchor rights-and-content" href="https://s100.copyright.example/AppDispatchServlet"><span class="anchor-text">Get rights and content</span></a></div>
<div class="related-content-links u-display-none-from-md"><button class="button-link button-link-primary" type="button"><span
class="button-link-text">Refers to</span></button>
<a href="/science/article/pii/S0923871025001187"><span class="anchor-text">Seasonal nitrate flux in a restored chalk-stream floodplain</span></a>
<span class="text-xs">Journal of Riparian Science, Volume 41, 2025, Pages 118-131</span></div>
<div class="Body u-font-serif" id="body"><div>${ps(sBody, ' class="u-margin-s-bottom"')}</div></div>
<div class="Tail"></div></article>
<aside class="RelatedContent col-lg-6 col-md-8 u-display-none-from-sm" aria-label="Related content"><section class="RecommendedArticles"
id="recommended-articles"><header class="related-content-panel-header"><h2 class="section-title u-h4">Recommended articles</h2></header>
<ul class="RecommendedArticlesList">${links(sRecommended, 'RecommendedArticleItem')}</ul></section>
<section class="CitingArticles"><h2 class="section-title u-h4">Cited by (0)</h2></section>
<div class="PageDivider"></div><p class="copyright-line">© 2026 Elsevier B.V. All rights are reserved, including those for text and data mining, AI
training, and similar technologies.</p></aside></div></div></div></section>
<footer role="contentinfo" class="els-footer u-bg-white text-xs u-padding-s-hor u-padding-m-hor-from-sm"><div class="els-footer-content">
<ul class="els-footer-links">${links(sFoot, 'els-footer-item')}</ul><p id="els-footer-cookie-message">We use cookies that are necessary to make our
site work. We may also use additional cookies to analyze, improve, and personalize our content and your digital experience.</p>
<p class="els-footer-copyright">Copyright © 2026 Elsevier B.V., its licensors, and contributors.</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="region" aria-label="Cookie banner">
<h2 id="onetrust-policy-title">Cookies are used by this site.</h2><div id="onetrust-policy-text">Cookies help us deliver and improve our
services.</div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Reject
all</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div></div></div>
<script src="https://sdfestaticassets.example/shared-assets/96/js/arp.js" async></script></body></html>`;
const scienceDirect: TestPage = {
  name: 'heldout450-sciencedirect-retraction-notice-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['Tamsin Rook', 'Ilya Demarco', 'Hester Abela'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ScienceDirect', ...sNav, 'View PDF', 'Download full issue', 'Journal of Riparian Science', 'Volume 47', 'Author links open overlay panel',
    'Show more', 'Add to Mendeley', 'Share', 'Cite', 'https://doi.org/10.1016/j.jrs.2026.104412', 'Get rights and content', 'Refers to',
    'Seasonal nitrate flux in a restored chalk-stream floodplain', 'Journal of Riparian Science, Volume 41, 2025, Pages 118-131',
    'Recommended articles', ...sRecommended, 'Cited by (0)',
    '© 2026 Elsevier B.V. All rights are reserved, including those for text and data mining, AI training, and similar technologies.', ...sFoot,
    'We use cookies that are necessary to make our site work.', 'Copyright © 2026 Elsevier B.V., its licensors, and contributors.',
    'Cookies are used by this site.', 'Cookies help us deliver and improve our services.', 'Accept all cookies', 'Reject all', 'Cookie Settings',
  ],
};

const kTitle = 'Correction to: Otolith microchemistry reveals natal origins of juvenile sea trout in the Varne estuary';
const kBody = [
  j(
    'Following publication of the original article [1], the authors identified an error in Table 3, which reports the strontium to',
    'calcium ratios measured in the otolith cores of juvenile fish from the four candidate natal tributaries. The mean ratios for',
    'the Alder Brook and Sedgewater tributaries were exchanged when the table was typeset, and the standard deviation given for',
    'the Hollin Beck samples was the standard error.',
  ),
  'The incorrect and correct values are given below. Only the affected rows are shown.',
  j(
    'The classification analysis in the Results section and Fig. 4 used the correct values from the authors’ data files, so the',
    'assignment of 71% of the estuarine juveniles to the Sedgewater tributary, and the conclusions drawn from it, are unaffected.',
    'The error was confined to the printed table.',
  ),
  j(
    'In addition, the funding statement omitted a grant. The Funding section should read: “This work was supported by the Varne',
    'Catchment Trust (grant VCT-2022-07) and the Northern Fisheries Research Fund (grant NFRF/118).”',
  ),
  'The original article has been corrected.',
];
const kRows: [string, string, string][] = [
  ['Alder Brook, mean Sr:Ca (mmol mol⁻¹)', '1.84', '2.31'],
  ['Sedgewater, mean Sr:Ca (mmol mol⁻¹)', '2.31', '1.84'],
  ['Hollin Beck, SD', '0.06', '0.19'],
];
const kTableCells = kRows.flatMap((r) => r);
const kRef = j(
  'Wexley, M., Ortolan, B. &amp; Kaye, S. Otolith microchemistry reveals natal origins of juvenile sea trout in the Varne estuary.',
  '<i>Aquat Ecol</i> <b>59</b>, 211–228 (2025).',
);
const kNav = ['Log in', 'Menu', 'Find a journal', 'Publish with us', 'Track your research', 'Search', 'Cart'];
const kCrumbs = ['Home', 'Aquatic Ecology', 'Article'];
const kFoot = ['Publish with us', 'Policies and ethics', 'Your privacy choices/Manage cookies', 'Your US state privacy rights', 'Accessibility statement'];
const kHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="UTF-8"><title>${kTitle} | Aquatic Ecology</title>
<meta name="dc.title" content="${kTitle}"><meta name="citation_article_type" content="Correction"><meta name="dc.date" content="2026-03-11">
<meta name="citation_doi" content="10.1007/s10452-026-10191-4"><meta name="twitter:site" content="@SpringerLink">
<script type="application/ld+json">{"mainEntity":{"headline":"${kTitle}","datePublished":"2026-03-11T00:00:00Z","isAccessibleForFree":true,
"author":[{"name":"Mara Wexley","@type":"Person"},{"name":"Bruno Ortolan","@type":"Person"},{"name":"Sadie Kaye","@type":"Person"}]},
"@context":"https://schema.org","@type":"WebPage"}</script>
<script>window.dataLayer = [{"content":{"category":{"contentType":"correction"},"article":{"doi":"10.1007/s10452-026-10191-4"}}}];</script></head>
<body class="shared-article-renderer"><div class="u-visually-hidden" aria-hidden="true"></div><a class="c-skip-link" href="#main">Skip to main
content</a>
<div class="u-lazy-ad-wrapper u-mbs-0"><div class="c-ad c-ad--728x90"><p class="c-ad__label">Advertisement</p><div id="div-gpt-ad-LB1"></div></div></div>
<header class="eds-c-header" data-eds-c-header=""><div class="eds-c-header__container"><div class="eds-c-header__brand"><a href="https://link.springer.example">
<img src="/oscar-static/images/darwin/header/img/logo-springer-nature-link.svg" alt="Springer Nature Link"></a></div>
<nav class="eds-c-header__nav"><ul class="eds-c-header__nav-container">${links(kNav, 'eds-c-header__item')}</ul></nav></div></header>
<nav class="eds-c-header__expander"><ol class="c-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(kCrumbs, 'c-breadcrumbs__item')}
</ol></nav>
<article lang="en"><div class="c-article-header"><header><ul class="c-article-identifiers" data-test="article-identifier">
<li class="c-article-identifiers__item" data-test="article-category">Correction</li><li class="c-article-identifiers__item"><a
href="https://www.springernature.example/gp/open-research/about/the-fundamentals-of-open-access-and-open-research" data-track="click">Open access</a></li>
<li class="c-article-identifiers__item">Published: <time datetime="2026-03-11">11 March 2026</time></li></ul>
<h1 class="c-article-title" data-test="article-title" data-article-title="">${kTitle}</h1>
<ul class="c-article-author-list c-article-author-list--short" data-test="authors-list"><li class="c-article-author-list__item"><a
data-test="author-name" href="#auth-Mara-Wexley">Mara Wexley</a><sup class="u-js-hide"><a href="#Aff1">1</a></sup>, </li>
<li class="c-article-author-list__item"><a data-test="author-name" href="#auth-Bruno-Ortolan">Bruno Ortolan</a>, </li>
<li class="c-article-author-list__item"><a data-test="author-name" href="#auth-Sadie-Kaye">Sadie Kaye</a></li></ul>
<p class="c-article-info-details" data-container-section="info"><a data-test="journal-link" href="/journal/10452"><i
data-test="journal-title">Aquatic Ecology</i></a>
<b data-test="journal-volume"><span class="u-visually-hidden">Volume</span> 60</b>, Article number: 31 (2026) <a href="#citeas"
class="c-article-info-details__cite-as u-hide-print">Cite this article</a></p>
<div class="c-article-metrics-bar__wrapper u-clear-both"><ul class="c-article-metrics-bar u-list-reset"><li class="c-article-metrics-bar__item">
<p class="c-article-metrics-bar__count">214 <span class="c-article-metrics-bar__label">Accesses</span></p></li><li class="c-article-metrics-bar__item">
<p class="c-article-metrics-bar__details"><a href="/article/10.1007/s10452-026-10191-4/metrics" rel="nofollow">Metrics details</a></p></li></ul></div>
<p class="c-article-correction-notice">The <a href="https://doi.example/10.1007/s10452-025-10044-2">Original Article</a> was published on
02 September 2025</p></header></div>
<div class="c-article-body"><section aria-labelledby="Sec1" data-title="Correction to: Aquatic Ecology (2025)"><div class="c-article-section"
id="Sec1-section"><div class="c-article-section__content" id="Sec1-content">
${ps(kBody.slice(0, 2))}
<div class="c-article-table" data-test="inline-table" data-container-section="table" id="table-1"><figure><figcaption class="c-article-table__figcaption">
<b id="Tab1" data-test="table-caption">Table 3 Corrected values</b></figcaption><div class="u-text-right u-hide-print"><a class="c-article__pill-button"
href="/article/10.1007/s10452-026-10191-4/tables/1">Full size table</a></div><table class="data last-table"><thead class="c-article-table-head"><tr>
<th class="u-text-left"><p>Row</p></th><th class="u-text-left"><p>Published</p></th><th class="u-text-left"><p>Correct</p></th></tr></thead><tbody>
${kRows.map((r) => `<tr>${r.map((c) => `<td class="u-text-left"><p>${c}</p></td>`).join('')}</tr>`).join('\n')}</tbody></table></figure></div>
${ps(kBody.slice(2))}
</div></div></section>
<div id="MagazineFulltextArticleBodySuffix"><section aria-labelledby="Bib1" data-title="References"><div class="c-article-section" id="Bib1-section">
<h2 class="c-article-section__title js-section-title js-c-reading-companion-sections-item" id="Bib1">References</h2>
<div class="c-article-section__content" id="Bib1-content"><ol class="c-article-references" data-track-component="outbound reference">
<li class="c-article-references__item js-c-reading-companion-references-item" data-counter="1."><p class="c-article-references__text"
id="ref-CR1">${kRef}</p>
<p class="c-article-references__links u-hide-print"><a data-track="click_references" href="https://doi.example/10.1007/s10452-025-10044-2">Article</a>
<a data-track="click_references" href="http://scholar.google.example/scholar_lookup">Google Scholar</a></p></li></ol>
<p class="c-article-references__download u-hide-print"><a data-track="click" href="https://citation-needed.springer.example/v2/references">Download
references</a></p></div></div></section>
<section data-title="Author information"><div class="c-article-section" id="author-information-section"><h2 class="c-article-section__title"
id="author-information">Author information</h2>
<div class="c-article-section__content" id="author-information-content"><h3 class="c-article__sub-heading" id="affiliations">Authors and Affiliations</h3>
<ol class="c-article-author-affiliation__list"><li id="Aff1"><p class="c-article-author-affiliation__address">School of Biological Sciences, University
of Corrick, Corrick, UK</p></li></ol><h3 class="c-article__sub-heading" id="corresponding-author">Corresponding author</h3>
<p id="corresponding-author-list">Correspondence to <a id="corresp-c1" href="mailto:m.wexley@corrick.example">Mara Wexley</a>.</p></div></div></section>
<section data-title="Rights and permissions"><div class="c-article-section" id="rightslink-section"><h2 class="c-article-section__title"
id="rightslink">Rights and permissions</h2><div class="c-article-section__content" id="rightslink-content"><p><b>Open Access</b> This article is
licensed under a Creative Commons Attribution 4.0 International License.</p>
<p class="c-article-rights">
<a data-track="click" href="https://s100.copyright.example/AppDispatchServlet">Reprints and permissions</a></p></div></div></section>
<section data-title="About this article"><div class="c-article-section" id="article-info-section"><h2 class="c-article-section__title"
id="article-info">About this article</h2><div class="c-article-section__content" id="article-info-content"><div class="c-bibliographic-information">
<ul class="c-bibliographic-information__list"><li class="c-bibliographic-information__list-item"><p>Published<span class="u-hide">: </span><span
class="c-bibliographic-information__value"><time datetime="2026-03-11">11 March 2026</time></span></p></li>
<li class="c-bibliographic-information__list-item c-bibliographic-information__list-item--full-width"><p><abbr title="Digital Object Identifier">DOI</abbr>
<span class="c-bibliographic-information__value">https://doi.org/10.1007/s10452-026-10191-4</span></p></li></ul></div></div></div></section></div>
</div></article>
<footer class="eds-c-footer" role="contentinfo"><div class="eds-c-footer__container"><ul class="eds-c-footer__list">${links(kFoot, 'eds-c-footer__item')}</ul>
<p class="eds-c-footer__legal">© 2026 Springer Nature</p></div></footer>
<div class="cc-banner" data-cc-banner="" role="dialog" aria-labelledby="cc-banner-heading"><h2 class="cc-banner__title" id="cc-banner-heading">Your
privacy, your choice</h2><p class="cc-banner__text">We use essential cookies to make sure the site can function. We also use optional cookies for
advertising, personalisation of content, usage analysis, and social media.</p><button class="cc-button cc-button--accept">Accept all cookies</button>
<button class="cc-button cc-button--secondary">Reject optional cookies</button><button class="cc-button cc-button--link">Manage preferences</button></div>
<script src="/oscar-static/js/app-shared-article-renderer.js" async></script></body></html>`;
const springer: TestPage = {
  name: 'heldout450-springerlink-erratum-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: [...texts(kBody), ...kTableCells],
  bylines: ['Mara Wexley', 'Bruno Ortolan', 'Sadie Kaye', 'Published: 11 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Advertisement', ...kNav, ...kCrumbs, 'Correction', 'Open access', 'Aquatic Ecology', 'Cite this article', 'Accesses',
    'Metrics details', 'The Original Article was published on 02 September 2025',
    'Table 3 Corrected values', 'Full size table', 'References', texts([kRef])[0] ?? '',
    'Google Scholar', 'Download references', 'Author information', 'Authors and Affiliations',
    'School of Biological Sciences, University of Corrick, Corrick, UK', 'Corresponding author', 'Correspondence to Mara Wexley.',
    'Rights and permissions', 'Open Access This article is licensed under a Creative Commons Attribution 4.0 International License.',
    'Reprints and permissions', 'About this article', 'https://doi.org/10.1007/s10452-026-10191-4', ...kFoot, '© 2026 Springer Nature',
    'Your privacy, your choice', 'Accept all cookies', 'Reject optional cookies', 'Manage preferences',
  ],
};

export const HELDOUT450_B: readonly TestPage[] = [scienceDirect, springer];
