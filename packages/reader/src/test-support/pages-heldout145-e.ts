import { links, type TestPage, texts } from './page-kit.js';
import { whoPage } from './pages-heldout145-e2.js';
import { furnish } from './pages-heldout145-kit.js';

/**
 * Held-out batch 145, file e: an NIH news release (the U.S. government banner with its hidden "Here's how you know"
 * panel, the header with the mega-menu labels and search, breadcrumbs, the "News Release" label and date line, h1 and
 * subtitle, the release text with quotes, funding line, the institute and NIH boilerplate and the tagline, the reference
 * and the media contact, the share links, "This page last reviewed on", the related-news rail and the footer) and, from
 * file e2, a World Health Organization fact sheet.
 */
const T = 'Hearing aid use linked to slower decline in walking speed among older adults';
const sub = 'Findings suggest that treating hearing loss may help older people stay mobile and independent for longer.';
const p = [
  'Older adults with hearing loss who used hearing aids lost walking speed about a third more slowly over eight years than those who did not, ' +
    'according to a study funded by the National Institutes of Health. The results, published in <i>Journal of Gerontology: Medical Sciences</i>, ' +
    'add to evidence that hearing and physical function are closely linked as people age.',
  'Walking speed is a simple measure that predicts a range of health outcomes in later life, including falls, hospital stays and the need for ' +
    'long-term care. Earlier studies had shown that people with untreated hearing loss tend to walk more slowly, but it was not clear whether ' +
    'treating the hearing loss made a difference.',
  'The research team, led by Dr. Tomas Reyburn of Marlowe University School of Public Health, analyzed data from 2,310 adults aged 65 to 84 taking ' +
    'part in a long-running study of aging in four U.S. communities. Participants had their hearing tested at the start and walked a short, timed ' +
    'course every two years. About 640 of them had hearing loss, and 212 of those used hearing aids regularly.',
  'After accounting for age, sex, education, and health conditions such as diabetes and heart disease, the researchers found that participants who ' +
    'used hearing aids lost an average of 0.011 meters per second of walking speed each year, compared with 0.017 meters per second for those with ' +
    'untreated hearing loss. Participants with normal hearing declined at about the same rate as hearing aid users.',
  '“Hearing is part of how we keep our balance and move through a busy world,” said Dr. Reyburn. “When people can hear well, they may stay more ' +
    'active and more confident walking outside the home, and that seems to show up in their walking speed years later.”',
  'The authors note that the study was observational and cannot prove that hearing aids caused the slower decline. People who choose to use ' +
    'hearing aids may differ in other ways, such as income or access to health care, that the analysis could not fully measure. A randomized trial ' +
    'now underway will test whether providing hearing aids to older adults with hearing loss slows changes in physical function.',
  '“These results give us good reason to look more closely at hearing care as part of healthy aging,” said Dr. Renata Solberg, a program officer in ' +
    'NIA’s Division of Behavioral and Social Research. “Hearing loss is common, and it is treatable.”',
  'The study was funded by NIH’s National Institute on Aging (R01AG071842) and the National Institute on Deafness and Other Communication ' +
    'Disorders (R21DC019377).',
  '<strong>About the National Institute on Aging (NIA):</strong> NIA leads the U.S. federal government effort to conduct and support research on ' +
    'aging and the health and well-being of older people. Learn more about age-related cognitive change and neurodegenerative diseases via NIA’s ' +
    'Alzheimer’s and related Dementias Education and Referral (ADEAR) Center website. For information about a broad range of aging topics, visit the ' +
    'main NIA website and stay connected.',
  '<strong>About the National Institutes of Health (NIH):</strong> NIH, the nation’s medical research agency, includes 27 Institutes and Centers ' +
    'and is a component of the U.S. Department of Health and Human Services. NIH is the primary federal agency conducting and supporting basic, ' +
    'clinical, and translational medical research, and is investigating the causes, treatments, and cures for both common and rare diseases. For ' +
    'more information about NIH and its programs, visit www.nih.gov.',
  'NIH…Turning Discovery Into Health<sup>®</sup>',
];
const ref =
  'Reyburn T, et al. Hearing aid use and longitudinal change in gait speed among older adults with hearing loss. <i>J Gerontol A Biol Sci Med Sci</i>. ' +
  'DOI: 10.1093/gerona/glaf211 (2025).';
const date = 'Tuesday, October 14, 2025';
const reviewed = 'This page last reviewed on October 14, 2025';
const gov = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'A lock () or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
] as const;
const nav = ['Health Information', 'Grants & Funding', 'News & Events', 'Research & Training', 'Institutes at NIH', 'About NIH'];
const crumbs = ['Home', 'News & Events', 'News Releases'];
const share = ['Share', 'Facebook', 'X', 'LinkedIn', 'Email', 'Print'];
const relNews = [
  'Study identifies proteins in blood that predict frailty in older adults',
  'NIH launches trial of home-based balance training',
  'Sleep duration linked to memory changes in midlife',
];
const foot1 = ['Contact Us', 'Connect with Us', 'Facebook', 'X', 'LinkedIn', 'Instagram', 'YouTube'];
const foot2 = [
  'Web Policies and Notices',
  'No FEAR Act',
  'FOIA',
  'Accessibility',
  'Disclaimers',
  'Vulnerability Disclosure',
  'HHS Vulnerability Disclosure',
  'U.S. Department of Health and Human Services',
  'USA.gov',
];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${T} | National
Institutes of Health (NIH)</title>
<meta name="description" content="${sub}"><link rel="canonical"
href="https://www.nih.gov/news-events/news-releases/hearing-aid-use-linked-slower-decline-walking-speed">
<meta property="og:site_name" content="National Institutes of Health (NIH)"><meta property="og:type" content="article"><meta property="og:title" content="${T}">
<meta name="dcterms.date" content="2025-10-14T10:00:00-04:00"><script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",
"currentPath":"node\\/1998312","currentLanguage":"en"},"gtag":{"tagId":"G-NIHGOV1","consentMode":false}}</script>
<script src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=HHS&amp;subagency=NIH" id="_fed_an_ua_tag" async></script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_nihgov_uswds.css"></head>
<body class="path-node page-node-type-news-release"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag"
src="/themes/custom/nih/img/us_flag_small.png" alt="">
</div><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">${gov[0]}</p>
<p class="usa-banner__header-action">${gov[1]}</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"
aria-controls="gov-banner-default"><span class="usa-banner__button-text">${gov[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg">
<div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>${gov[2]}</strong><br>${gov[3]}</p></div></div>
<div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>${gov[4]}</strong><br>${gov[5]
  .replace('()', '(<span class="icon-lock"><svg width="52" height="64" viewBox="0 0 52 64"></svg></span>)')
  .replace(' or ', ' or <strong>')
  .replace('://', '://</strong>')}</p></div></div></div></div></div></section>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo"><a href="/" title="Home" rel="home"><img
src="/themes/custom/nih/img/nih-logo-color.svg" alt="National Institutes of Health (NIH) - Turning Discovery into Health"></a></div>
<button type="button" class="usa-menu-btn">Menu</button></div><nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner">
<button type="button" class="usa-nav__close"><img src="/themes/custom/nih/img/close.svg" role="img" alt="Close"></button><ul class="usa-nav__primary
usa-accordion">
${nav
  .map(
    (n, i) => `<li class="usa-nav__primary-item"><button type="button" class="usa-accordion__button usa-nav__link" aria-expanded="false"
aria-controls="m-${i}"><span>${n.replace('&', '&amp;')}</span></button></li>`,
  )
  .join('\n')}
</ul><section aria-label="Search component"><form class="usa-search usa-search--small" role="search" action="/search"><label class="usa-sr-only"
for="search-field">Search</label>
<input class="usa-input" id="search-field" type="search" name="query"><button class="usa-button" type="submit"><span
class="usa-sr-only">Search</span></button></form>
</section></div></nav></header>
<main id="main-content" class="main-content"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${crumbs
  .map(
    (c) => `<li class="usa-breadcrumb__list-item"><a href="/${c.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="usa-breadcrumb__link"><span>${c.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('')}
</ol></nav>
<div class="grid-row grid-gap-lg"><div class="desktop:grid-col-8"><article role="article" class="node node--type-news-release node--view-mode-full">
<div class="news-release__label">News Release</div><p class="news-release__date"><time datetime="2025-10-14T10:00:00Z">${date}</time></p>
<h1 class="page-title"><span class="field field--name-title">${T}</span></h1><h2 class="news-release__subtitle">${sub}</h2>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${p.map((x) => `<p>${x}</p>`).join('\n')}
<h3>Reference</h3><p class="reference">${ref}</p>
<h3>Contact</h3><p class="contact">Rory Delacroix<br>NIA Office of Communications &amp; Public Liaison<br>301-496-1752<br>nianews3@mail.nih.gov</p></div>
<div class="share-links"><span class="share-links__label">${share[0]}</span><ul>${links(share.slice(1), 'share-links__item')}</ul></div>
<p class="last-reviewed">${reviewed}</p></article></div>
<aside class="desktop:grid-col-4 news-sidebar"><section class="related-news"><h2>Related News Releases</h2><ul>${links(relNews)}</ul></section>
<section class="sidebar-box"><h2>Institute/Center</h2><p><a href="https://www.nia.nih.gov/">National Institute on Aging
(NIA)</a></p></section></aside></div></div></main>
<footer class="usa-footer usa-footer--big"><div class="usa-footer__primary-section"><div class="grid-container"><div class="usa-footer__contact-links">
<ul>${links(foot1)}</ul></div><nav class="usa-footer__nav" aria-label="Footer navigation"><ul>${links(foot2)}</ul></nav></div></div>
<div class="usa-footer__secondary-section"><div class="grid-container"><p class="usa-footer__logo-heading">National Institutes of Health, 9000
Rockville Pike, Bethesda,
Maryland 20892</p></div></div></footer>
<script src="/themes/custom/nih/js/uswds.min.js" defer></script></body></html>`;
const body = [sub, ...texts(p)];
const nih: TestPage = {
  html,
  name: 'heldout145-nih-news-release',
  kind: 'wiki',
  // the subtitle (h2) is body, as are the funding line, the two "About" boilerplate paragraphs and the closing tagline of
  // the release; the reference and the media contact block are in neither list; the date line and "This page last
  // reviewed on" are bylines; the gov banner (with its hidden panel), nav, breadcrumbs, "News Release" label, the
  // Reference and Contact labels, share links, sidebar and footer are furniture
  title: T,
  headings: [],
  body,
  bylines: [date, reviewed],
  furniture: furnish(
    [T, ...body],
    [
      'Skip to main content',
      ...gov,
      'Menu',
      'Close',
      ...nav,
      'Search',
      ...crumbs,
      'News Release',
      'Reference',
      'Contact',
      ...share,
      'Related News Releases',
      ...relNews,
      'Institute/Center',
      'National Institute on Aging (NIA)',
      ...foot1,
      ...foot2,
      'National Institutes of Health, 9000 Rockville Pike, Bethesda, Maryland 20892',
    ],
  ),
};

export const HELDOUT145_E: readonly TestPage[] = [nih, whoPage];
