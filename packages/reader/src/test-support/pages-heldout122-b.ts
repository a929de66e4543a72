import { links, ps, type TestPage, texts } from './page-kit.js';
import {
  cdBanner,
  cdFootAbout,
  cdFootMisc,
  cdFootPolicies,
  cdH,
  cdKey,
  cdKeyList,
  cdL1,
  cdL2,
  cdLanguages,
  cdP1,
  cdP2,
  cdP3,
  cdP4,
  cdP5,
  cdP6,
  cdRelated,
  cdSources,
  cdTitle,
  cdTopicNav,
} from './pages-heldout122-b2.js';
import { mayoOverview } from './pages-heldout122-b3.js';

/**
 * Held-out batch 122, file b: a CDC health topic page in the 2024 cdc.gov template (skip links, the "official website"
 * banner, the header with logo, search and the language link, the blue topic title bar with "Related Topics", the topic
 * section navigation in the left column with its mobile "View All" copy, the h1 with the date and the Print / Share tools,
 * the "Key points" callout, "dfe" sections with h2s, the collapsed "Sources" box with the content source, and the footer
 * with contact, about, policies, languages and archive columns) and, from file b3, a Mayo Clinic disease overview.
 */
const cdUl = (items: readonly string[]): string => `<ul>\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const cdSection = (id: string, inner: string): string => `<div class="dfe-section" data-section="cdc_${id}"><div class="row"><div class="col-md-12">
<div class="dfe-block dfe-block--text">${inner}</div></div></div></div>`;
const cdHtml = `<!DOCTYPE html>
<html lang="en-us" class="theme-orange"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cdTitle} | Heat Health | CDC</title><meta name="description" content="${cdKeyList[0]}">
<meta property="cdc:first_published" content="2024-05-02T09:00:00Z"><meta property="cdc:last_updated" content="2025-08-12T14:30:00Z">
<meta property="cdc:last_reviewed" content="2025-08-12T14:30:00Z"><meta property="cdc:content_id" content="31874"><meta name="cdc:template_version"
content="5.0">
<meta property="dcterms:subject" content="Heat-related illness"><meta property="og:title" content="${cdTitle}"><meta property="og:site_name"
content="Heat Health">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary_large_image"><link rel="canonical"
href="https://www.cdc.gov/heat-health/sports/index.html">
<link rel="stylesheet" href="/TemplatePackage/5.0/css/app.min.css?_=74211"><link rel="stylesheet" href="/TemplatePackage/5.0/css/theme-orange.min.css?_=74211">
<script src="/TemplatePackage/contrib/libs/jquery/latest/jquery.min.js?_=74211"></script>
<script src="https://assets.adobedtm.com/launch-EN8f3d2c1b.min.js" async></script></head>
<body class="cdc-2022 body-wrapper"><div class="cdc-page-offset">
<a class="skippy sr-only-focusable" href="#content">Skip directly to site content</a>
<a class="skippy sr-only-focusable" href="#cdc-search__input">Skip directly to search</a>
<header class="cdc-header noindex"><section class="usa-banner cdc-gov-banner" aria-label="Official website of the United States government">
<div class="container"><div class="usa-banner__header"><img class="usa-banner__header-flag" src="/TemplatePackage/5.0/img/us_flag_small.png" alt=""
aria-hidden="true">
<p class="usa-banner__header-text">${cdBanner[0]}</p><button type="button" class="usa-banner__button" aria-expanded="false" aria-controls="gov-banner">
<span class="usa-banner__button-text">${cdBanner[1]}</span></button></div>
<div class="usa-banner__content" id="gov-banner" hidden><div class="usa-banner__guidance"><p><strong>${cdBanner[2]}</strong><br>
${cdBanner[3]}</p></div><div class="usa-banner__guidance"><p><strong>${cdBanner[4]}</strong><br>
A <strong>lock</strong> ( <span class="cdc-fa-lock" aria-hidden="true"></span> ) or <strong>https://</strong> ${cdBanner[5]}</p></div></div></div></section>
<div class="container"><div class="row cdc-header__row"><div class="col cdc-header__logo"><a href="https://www.cdc.gov">
<img src="/TemplatePackage/5.0/img/logo/logo-notext.svg"
alt="Centers for Disease Control and Prevention. CDC twenty four seven. Saving Lives, Protecting People">
</a></div><div class="col cdc-header__search"><form class="cdc-header-search-form" action="https://search.cdc.gov/search/" role="search">
<div class="input-group"><label for="cdc-search__input" class="sr-only">Search</label><input id="cdc-search__input" type="text" class="form-control"
placeholder="Search" autocomplete="off" name="query"><span class="cdc-header-search-form__clear" role="button" tabindex="0">
<span class="sr-only">Clear Input</span>
</span><button type="submit" class="btn cdc-header-search-form__submit"><span class="cdc-fa-magnifying-glass"></span><span class="sr-only">Submit</span>
</button>
</div></form></div>
<div class="col-auto cdc-header__languages"><a href="https://www.cdc.gov/spanish/index.html" lang="es">Español</a></div></div></div></header>
<div class="container d-flex flex-wrap body-wrapper bg-white"><div class="cdc-page-title-bar" role="navigation" aria-label="Topic">
<div class="cdc-page-title-bar__title"><a href="/heat-health/index.html">Heat and Health</a></div>
<div class="cdc-page-title-bar__related"><span class="cdc-page-title-bar__related-label">Related Topics:</span><ul class="cdc-page-title-bar__related-list">
${links(cdRelated, 'cdc-page-title-bar__related-item')}</ul><button class="cdc-page-title-bar__view-all" type="button">View All</button></div></div>
<nav class="cdc-dfe-left-nav d-none d-lg-block col-lg-3" aria-label="Heat and Health section"><ul class="cdc-dfe-left-nav__list">
${cdTopicNav
  .map((t) => `<li class="cdc-dfe-left-nav__item${t === 'Heat and Youth Sports' ? ' is-active' : ''}"><a href="/heat-health/${t.length}.html">${t}</a></li>`)
  .join('\n')}
</ul></nav>
<main class="container cdc-main col-lg-9" id="content" role="main"><div class="cdc-dfe-left-nav__mobile d-lg-none"><button class="cdc-dfe-left-nav__toggle"
type="button" aria-expanded="false">Heat and Health</button><ul class="cdc-dfe-left-nav__list"
hidden>${links(cdTopicNav.slice(1), 'cdc-dfe-left-nav__item')}</ul></div>
<div class="row"><div class="col-md-12 split-title"><h1 id="page-title">${cdTitle}</h1></div></div>
<div class="row cdc-page-tools"><div class="col"><span class="cdc-page-date">Aug. 12, 2025</span></div><div class="col-auto cdc-page-tools__actions">
<button class="cdc-page-tools__print" type="button" onclick="window.print()"><span class="cdc-fa-print" aria-hidden="true"></span> Print</button>
<div class="dropdown cdc-page-tools__share"><button class="dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false">
<span class="cdc-fa-share" aria-hidden="true"></span> Share</button>
<ul class="dropdown-menu">${links(['Facebook', 'LinkedIn', 'X', 'Syndicate'], 'dropdown-item')}</ul>
</div></div></div>
${cdSection(
  'key_points',
  `<div class="cdc-callout cdc-callout--key-points"><h2 class="cdc-callout__heading">${cdKey}</h2>
<ul class="cdc-callout__list">${cdKeyList.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>`,
)}
${cdSection('why', `<h2>${cdH[0]}</h2>\n${ps(cdP1)}`)}
${cdSection('symptoms', `<h2>${cdH[1]}</h2>\n${ps(cdP2)}\n${cdUl(cdL1)}\n${ps(cdP3)}`)}
${cdSection('prevention', `<h2>${cdH[2]}</h2>\n${ps(cdP4)}\n${cdUl(cdL2)}\n${ps(cdP5)}`)}
${cdSection('emergency', `<h2>${cdH[3]}</h2>\n${ps(cdP6)}`)}
<div class="dfe-section cdc-sources" data-section="cdc_sources"><div class="accordion"><div class="accordion-item"><h2 class="accordion-header">
<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#sources-1" aria-expanded="false">Sources</button></h2>
<div id="sources-1" class="accordion-collapse collapse"><div class="accordion-body"><p class="cdc-sources__content-source">${cdSources}</p></div></div>
</div></div></div></main></div>
<footer class="cdc-footer noindex" id="cdc-footer"><nav class="cdc-footer-nav" aria-label="Footer"><div class="container"><div class="row">
<div class="col-md-3"><section class="cdc-footer-nav__section"><h3 class="cdc-footer-nav__heading">Contact Us</h3><ul class="cdc-footer-nav__list">
<li><a href="tel:800-232-4636">Call 800-232-4636</a></li><li><a href="https://wwwn.cdc.gov/dcs/ContactUs/Form">Email Us</a></li></ul></section></div>
<div class="col-md-3"><section class="cdc-footer-nav__section"><h3 class="cdc-footer-nav__heading">About CDC</h3><ul class="cdc-footer-nav__list">
${links(cdFootAbout)}</ul></section></div>
<div class="col-md-3"><section class="cdc-footer-nav__section"><h3 class="cdc-footer-nav__heading">Policies</h3><ul class="cdc-footer-nav__list">
${links(cdFootPolicies)}</ul></section></div>
<div class="col-md-3"><section class="cdc-footer-nav__section"><h3 class="cdc-footer-nav__heading">Languages</h3><ul class="cdc-footer-nav__list">
<li><a href="/other-languages/index.html">Language Assistance</a></li>${links(cdLanguages)}</ul></section>
<section class="cdc-footer-nav__section"><h3 class="cdc-footer-nav__heading">Archive</h3><ul class="cdc-footer-nav__list">${links(cdFootMisc.slice(0, 2))}</ul>
</section></div></div></div></nav>
<div class="cdc-footer__bottom"><div class="container"><div class="row"><div class="col cdc-footer__social">
${['Facebook', 'Instagram', 'LinkedIn', 'X', 'YouTube']
  .map((t) => `<a href="https://www.cdc.gov/socialmedia/${t}" title="${t}"><span class="sr-only">${t}</span></a>`)
  .join('\n')}
</div><div class="col-auto cdc-footer__links">${links(cdFootMisc.slice(2))}</div></div></div></div></footer></div>
<script src="/TemplatePackage/5.0/js/app.min.js?_=74211"></script>
<script>window.CDC = window.CDC || {}; CDC.Metrics = {channel: 'Heat Health', level2: 'sports'};</script></body></html>`;
const cdc: TestPage = {
  html: cdHtml,
  name: 'heldout122-cdc-health-topic',
  kind: 'docs',
  // the "Key points" callout's heading and items are gold (heading and body); the topic title bar, related topics, the
  // section navigation (and its mobile copy), Print / Share, the Sources box and the footer are furniture; the date under
  // the title is a byline
  title: cdTitle,
  headings: [cdKey, ...cdH],
  body: texts([...cdKeyList, ...cdP1, ...cdP2, ...cdL1, ...cdP3, ...cdP4, ...cdL2, ...cdP5, ...cdP6]),
  bylines: ['Aug. 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip directly to site content', 'Skip directly to search', ...cdBanner, 'Search', 'Clear Input', 'Submit', 'Español', 'Heat and Health',
    'Related Topics:', ...cdRelated, 'View All', ...cdTopicNav, 'Print', 'Share', 'Facebook', 'LinkedIn', 'Syndicate', 'Sources', cdSources,
    'Contact Us', 'Call 800-232-4636', 'Email Us', ...cdFootAbout, 'Policies', ...cdFootPolicies, 'Languages', 'Language Assistance', ...cdLanguages,
    'Archive', ...cdFootMisc, 'Instagram', 'YouTube',
  ])],
};

export const HELDOUT122_B: readonly TestPage[] = [cdc, mayoOverview];
