import { links, ps, type TestPage, texts } from './page-kit.js';
import { ecPressRelease } from './pages-heldout122-e2.js';

/**
 * Held-out batch 122, file e: an NIH news release on nih.gov (the "official website" banner, skip link, the header with
 * its navigation and search, the breadcrumb, the "News Release" label and the date, the h1 and its subtitle, the text with
 * the institute and NIH "About" paragraphs, the tagline, "###", the reference, the contact block, the share links, the
 * "More news releases" sidebar, "This page last reviewed on" and the footer) and, from file e2, a European Commission press
 * release on the Press Corner.
 */
const nhTitle = 'Brighter daytime light linked to better sleep for nursing home residents';
const nhSub = 'NIH-funded trial finds simple lighting changes reduce nighttime waking and daytime napping.';
const nhP = [
  'Residents of nursing homes slept longer at night and napped less during the day when their common rooms were lit more brightly in the ' +
    'morning and early afternoon, according to a study funded by the National Institutes of Health. The findings, published in ' +
    '<em>Journal of Geriatric Sleep Medicine</em>, suggest that a low-cost change to building lighting could help many older adults who ' +
    'struggle with disrupted sleep.',
  'Sleep problems are common among people living in long-term care, particularly those with dementia, and are linked to falls, agitation, ' +
    'and faster cognitive decline. Many residents spend most of the day indoors under dim lighting, which gives the body’s internal clock ' +
    'a weak signal about the time of day.',
  'In the trial, researchers at Westbrook University School of Medicine worked with 12 nursing homes in three states. In six of the homes, ' +
    'ceiling lights in dining rooms and lounges were replaced with fixtures that delivered bright, blue-enriched light from 7 a.m. to 2 p.m. ' +
    'and warmer, dimmer light in the evening. The other six homes kept their standard lighting.',
  'Over 16 weeks, 214 residents wore wrist devices that tracked their sleep and activity. Residents in homes with the new lighting gained ' +
    'an average of 38 minutes of nighttime sleep and woke about a third less often during the night. Daytime napping fell by 27 minutes a ' +
    'day. The largest improvements were seen among residents with moderate dementia.',
  '“Light is the strongest signal our body clock receives, and for many nursing home residents that signal is almost absent,” said Dr. ' +
    'Lorna Quigley-Haddad, the study’s senior author. “We were able to improve sleep without adding any medication, and staff told us ' +
    'evenings were calmer, too.”',
  'The researchers note that the study was not designed to measure whether better sleep reduced falls or slowed memory loss, and that ' +
    'longer studies are needed. They are now planning a larger trial that will follow residents for a full year.',
  '“This is a practical, scalable change that care facilities could make as they replace old fixtures,” said Dr. Samuel Okonjo-Reyes, ' +
    'a program director in the Division of Behavioral and Social Research at the National Institute on Aging (NIA), which funded the study.',
  'The study was supported by NIA grant R01AG071844.',
  '<strong>About the National Institute on Aging (NIA):</strong> NIA leads the U.S. federal government effort to conduct and support ' +
    'research on aging and the health and well-being of older people. Learn more about age-related cognitive change and neurodegenerative ' +
    'disease via NIA’s Alzheimer’s and related Dementias Education and Referral (ADEAR) Center website.',
  '<strong>About the National Institutes of Health (NIH):</strong> NIH, the nation’s medical research agency, includes 27 Institutes and ' +
    'Centers and is a component of the U.S. Department of Health and Human Services. NIH is the primary federal agency conducting and ' +
    'supporting basic, clinical, and translational medical research, and is investigating the causes, treatments, and cures for both ' +
    'common and rare diseases. For more information about NIH and its programs, visit www.nih.gov.',
];
const nhRef =
  'Quigley-Haddad L, et al. Dynamic daytime lighting and sleep in nursing home residents: a cluster randomized trial. ' +
  '<em>J Geriatr Sleep Med</em>. DOI: 10.1016/jgsm.2025.08.014 (2025).';
const nhBanner = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
];
const nhNav = ['Health Information', 'Grants & Funding', 'News & Events', 'Research & Training', 'Institutes at NIH', 'About NIH'];
const nhCrumbs = ['Home', 'News & Events', 'News Releases'];
const nhMore = [
  'NIH study finds hearing aids may slow loneliness in older adults',
  'Blood test shows promise for earlier detection of Parkinson’s disease',
  'Researchers map how sleep clears waste from the brain',
];
const nhFoot = [
  'Contact Us',
  'Web Policies and Notices',
  'No FEAR Act',
  'Freedom of Information Act (FOIA)',
  'Accessibility',
  'Disclaimers',
  'Privacy Notice',
  'HHS Vulnerability Disclosure',
  'HHS.gov',
  'USA.gov',
];
const nhHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${nhTitle} | National Institutes of Health (NIH)</title><meta name="description" content="${nhSub}">
<link rel="canonical" href="https://www.nih.gov/news-events/news-releases/brighter-daytime-light-linked-better-sleep-nursing-home-residents">
<meta property="og:site_name" content="National Institutes of Health (NIH)"><meta property="og:type" content="article"><meta property="og:title"
content="${nhTitle}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="dcterms.date" content="2025-10-01T10:00:00-04:00">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_nT4b1xQz.css?delta=0&amp;language=en&amp;theme=nih_uswds">
<script async src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=HHS&amp;subagency=NIH" id="_fed_an_ua_tag"></script></head>
<body class="path-node page-node-type-news-release"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">${nhBanner[0]}</p>
<p class="usa-banner__header-action">${nhBanner[1]}</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"
aria-controls="gov-banner"><span class="usa-banner__button-text">${nhBanner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner" hidden><div class="usa-banner__guidance"><p><strong>${nhBanner[2]}</strong><br>
${nhBanner[3]}</p></div><div class="usa-banner__guidance"><p><strong>${nhBanner[4]}</strong><br>
A <strong>lock</strong> ( <span class="icon-lock"></span> ) or <strong>https://</strong> ${nhBanner[5]}</p></div></div></div></section>
<header class="usa-header usa-header--extended nih-header" role="banner"><div class="usa-navbar"><div class="usa-logo"><a href="/" title="Home">
<img src="/themes/custom/nih_uswds/images/nih-logo.svg" alt="National Institutes of Health (NIH) - Turning Discovery into Health"></a></div>
<button type="button" class="usa-menu-btn">Menu</button></div><nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion">
${links(nhNav, 'usa-nav__primary-item')}</ul><form class="usa-search usa-search--small" role="search" action="/search"><label class="usa-sr-only"
for="nih-search">Search</label><input class="usa-input" id="nih-search" type="search" name="query"><button class="usa-button" type="submit">
<span class="usa-sr-only">Search</span></button></form></nav></header>
<main id="main-content" class="usa-layout-docs"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs">
<ol class="usa-breadcrumb__list">
${links(nhCrumbs, 'usa-breadcrumb__list-item')}</ol></nav><div class="grid-row grid-gap"><div class="desktop:grid-col-8">
<article role="article" class="node node--type-news-release node--view-mode-full"><div class="news-release__label">News Release</div>
<div class="news-release__date"><time datetime="2025-10-01T12:00:00Z">Wednesday, October 1, 2025</time></div>
<h1 class="page-title">${nhTitle}</h1>
<div class="field field--name-field-subtitle field--type-string"><p><em>${nhSub}</em></p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(nhP)}
<p class="tagline">NIH…Turning Discovery Into Health<sup>®</sup></p>
<p class="text-align-center">###</p>
<p class="reference"><strong>Reference:</strong> ${nhRef}</p>
</div>
<div class="news-release__contact"><h2 class="news-release__contact-label">Contact</h2><p>NIA Office of Communications and Public Liaison<br>
<a href="mailto:nianews3@mail.nih.gov">nianews3@mail.nih.gov</a><br>
301-496-1752</p></div>
<div class="share-links"><span class="share-links__label">Share</span><ul>${links(['Facebook', 'X', 'LinkedIn', 'Email'], 'share-links__item')}</ul></div>
</article></div>
<aside class="desktop:grid-col-4 news-sidebar"><h2 class="news-sidebar__heading">More news releases</h2><ul class="news-sidebar__list">${links(nhMore)}</ul>
<a class="usa-button usa-button--outline" href="/news-events/news-releases">See all news releases</a>
<div class="news-sidebar__subscribe"><h3>Subscribe to NIH news releases</h3><p>Get news releases by email.</p><a class="usa-button"
href="/subscribe">Subscribe</a>
</div></aside></div>
<div class="last-reviewed"><p>This page last reviewed on October 1, 2025</p></div></div></main>
<footer class="usa-footer nih-footer"><div class="usa-footer__primary-section"><div class="grid-container"><h2 class="usa-footer__heading">Connect with Us</h2>
<ul class="usa-footer__social">${['Facebook', 'Instagram', 'X', 'YouTube', 'LinkedIn'].map((t) => `<li><a href="#" aria-label="${t}"></a></li>`).join('')}</ul>
<ul class="usa-footer__links">${links(nhFoot)}</ul></div></div>
<div class="usa-footer__secondary-section"><div class="grid-container"><p class="nih-footer__address">National Institutes of Health, 9000 Rockville Pike,
Bethesda, Maryland 20892</p></div></div></footer>
<script src="/sites/default/files/js/js_aF3m9qT1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=nih_uswds"></script></body></html>`;
const nih: TestPage = {
  html: nhHtml,
  name: 'heldout122-nih-news-release',
  kind: 'news',
  // the subtitle and the institute and NIH "About" paragraphs are body; the tagline, "###", the reference and the contact
  // block are in neither list; the "News Release" label, share links, sidebar and footer are furniture; the date and
  // the "last reviewed" line are bylines
  title: nhTitle,
  headings: [],
  body: texts([nhSub, ...nhP]),
  bylines: ['Wednesday, October 1, 2025', 'This page last reviewed on October 1, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...nhBanner, 'Menu', ...nhNav, 'Search', ...nhCrumbs, 'News Release', 'Share', 'Facebook', 'X', 'LinkedIn', 'Email',
    'More news releases', ...nhMore, 'See all news releases', 'Subscribe to NIH news releases', 'Get news releases by email.', 'Subscribe',
    'Connect with Us', ...nhFoot, 'National Institutes of Health, 9000 Rockville Pike, Bethesda, Maryland 20892',
  ])],
};

export const HELDOUT122_E: readonly TestPage[] = [nih, ecPressRelease];
