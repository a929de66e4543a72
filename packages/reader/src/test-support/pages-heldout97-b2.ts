import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 97, file b2: a CDC style topic page (2024 template) of an invented federal health agency (the official
 * government banner with its hidden "Here's how you know" panel, header with search and "Español", the topic title bar with
 * the left topic nav, the h1, the "At a glance" callout, dfe-sections, a "Keep Reading:" callout, a figure with caption,
 * "Resources" links, "Sources" list, the "Content Source:" and "Last Reviewed:" lines, the share menu, the CDC-INFO
 * contact footer with policy and language links).
 */
const cdTitle = 'Preventing Tick Bites';
const cdGlance = [
  'Tick bites can spread germs that make people sick. Use insect repellent, check your body for ticks after being outdoors, and ' +
    'shower soon after coming inside to lower your chance of getting a tickborne disease.',
];
const cdH = ['Before you go outdoors', 'After you come indoors', 'If you find a tick', 'Prevent ticks on pets'];
const cdBefore = [
  'Ticks live in grassy, brushy or wooded areas, and some live on animals. Spending time outside walking your dog, camping, ' +
    'gardening or hunting could bring you in close contact with ticks. Many people get ticks in their own yard or neighborhood.',
];
const cdBeforeList = [
  '<strong>Know where to expect ticks.</strong> Ticks are most active in warmer months, April through September, but can be found ' +
    'year-round in some areas.',
  '<strong>Treat clothing and gear</strong> with products containing 0.5% permethrin. Permethrin can be used to treat boots, ' +
    'clothing and camping gear and remain protective through several washings.',
  '<strong>Use an EPA-registered insect repellent</strong> containing DEET, picaridin, IR3535, oil of lemon eucalyptus, ' +
    'para-menthane-diol or 2-undecanone. Always follow product instructions.',
  '<strong>Avoid contact with ticks.</strong> Walk in the center of trails and avoid wooded and brushy areas with high grass and ' + 'leaf litter.',
];
const cdAfter = [
  'Check your clothing for ticks. Ticks may be carried into the house on clothing. Any ticks that are found should be removed. ' +
    'Tumble dry clothes on high heat for 10 minutes to kill ticks on dry clothing after you come indoors.',
  'Shower soon after being outdoors. Showering within two hours of coming indoors has been shown to reduce your risk of getting ' +
    'Lyme disease and may be effective in reducing the risk of other tickborne diseases.',
  'Check your body for ticks after being outdoors. Use a hand-held or full-length mirror to view all parts of your body. Check ' +
    'under the arms, in and around the ears, inside the belly button, behind the knees, between the legs, around the waist, and ' +
    'especially in the hair.',
];
const cdFound = [
  'Remove the attached tick as soon as possible with fine-tipped tweezers. Grasp the tick as close to the skin’s surface as you ' +
    'can and pull upward with steady, even pressure. Do not twist or jerk the tick.',
  'After removing the tick, clean the bite area and your hands with rubbing alcohol or soap and water. Watch for a fever or rash ' +
    'in the next several weeks, and see a healthcare provider if you develop either. Tell them about the tick bite, when it ' +
    'happened and where you most likely got it.',
];
const cdPets = [
  'Dogs are very susceptible to tick bites and tickborne diseases. Talk to your veterinarian about the best tick prevention ' +
    'products for your dog, and check your pets for ticks daily, especially after they spend time outdoors.',
];
const cdNavTopic = [
  'About Tick Bites',
  'Preventing Tick Bites',
  'Removing a Tick',
  'Symptoms of Tickborne Illness',
  'Tickborne Diseases of the U.S.',
  'Data and Maps',
  'For Healthcare Providers',
];
const cdCaption = 'Ticks can be as small as a poppy seed. Check carefully, including in the hair and behind the knees.';
const cdResources = ['Tick ID Guide', 'Preventing Ticks in the Yard', 'Find the Right Insect Repellent'];
const cdSources = [
  'Harwell M, Osei B, Lindgren T. Showering after outdoor activity and the risk of Lyme disease. Am J Prev Med. 2021;60(4):512-9.',
  'Quist A, et al. Permethrin-treated clothing and tick bites among outdoor workers. Clin Infect Dis. 2019;68(2):221-8.',
];
const cdBanner = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'A lock (LockA locked padlock) or https:// means you’ve safely connected to the .gov website. Share sensitive information only ' +
    'on official, secure websites.',
];
const cdShare = ['Print', 'Share', 'Facebook', 'LinkedIn', 'Twitter', 'Syndicate'];
const cdFootContact = ['Contact CPHP-INFO', 'Have questions?', 'Visit CPHP-INFO', 'Call 800-232-4636', 'Email CPHP-INFO', 'Open 24/7'];
const cdFootAbout = ['About CPHP', 'Contact Us', 'Careers', 'Funding', 'Media'];
const cdFootPol = [
  'Accessibility',
  'External Links',
  'Privacy',
  'Web Policies',
  'FOIA',
  'OIG',
  'No FEAR Act',
  'Nondiscrimination',
  'Vulnerability Disclosure Policy',
];
const cdLangs = ['Español', '繁體中文', 'Tiếng Việt', '한국어', 'Tagalog', 'Русский', 'العربية', 'Kreyòl Ayisyen', 'Français'];
const cdUl = (items: readonly string[]): string => `<ul class="dfe-list">${items.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const cdPs = (items: readonly string[]): string => items.map((t) => `<p>${t}</p>`).join('\n');
const cdSec = (id: string, h: string, inner: string): string => `<div class="dfe-section" data-section="cdc_${id}">
<div class="dfe-section__header"><h2>${h}</h2></div><div class="dfe-block dfe-block--text">${inner}</div></div>`;
const cdHtml = `<!DOCTYPE html>
<html lang="en-us" class="theme-teal"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preventing Tick Bites | Ticks | CPHP</title><meta name="description" content="Protect yourself from tick bites and tickborne disease.">
<meta property="cdc:last_reviewed" content="2024-05-15"><meta property="cdc:content_source" content="National Center for Vector-Borne Diseases">
<meta name="cdc:template_package" content="5.0"><meta property="og:title" content="${cdTitle}"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.cphp.example/ticks/prevention/index.html"><link rel="stylesheet" href="/TemplatePackage/5.0/css/app.min.css">
<script src="/TemplatePackage/contrib/libs/cdc/metrics/v1/metrics.min.js"></script>
<script>window.CDC = window.CDC || {}; CDC.tp5 = {"topic":"ticks","pageType":"article","language":"en"};</script></head>
<body class="cdc-2024 topic-page"><div class="skippy"><a href="#content" class="visually-hidden-focusable">Skip directly to site content</a>
<a href="#search" class="visually-hidden-focusable">Skip directly to search</a></div>
<section class="usa-banner cdc-gov-banner" aria-label="Official website of the United States government"><div class="usa-accordion">
<header class="usa-banner__header"><div class="usa-banner__inner"><img class="usa-banner__header-flag" src="/TemplatePackage/5.0/img/us_flag_small.png"
alt=""><p class="usa-banner__header-text">${cdBanner[0]}</p><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"
aria-controls="gov-banner-default"><span class="usa-banner__button-text">${cdBanner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="usa-banner__guidance">
<p><strong>${cdBanner[2]}</strong><br>${cdBanner[3]}</p></div><div class="usa-banner__guidance"><p><strong>${cdBanner[4]}</strong><br>A
<strong>lock</strong> (<span class="icon-lock"><svg role="img" aria-labelledby="banner-lock-title"><title id="banner-lock-title">Lock</title></svg></span>A
locked padlock) or <strong>https://</strong> means you’ve safely connected to the .gov website. Share sensitive information only on official, secure
websites.</p></div></div></div></section>
<header class="cdc-header noindex" role="banner"><div class="container"><a class="cdc-logo" href="/"><img src="/TemplatePackage/5.0/img/logo/logo-notext.svg"
alt="Centers for Public Health Protection"></a><div class="cdc-header-search" id="search"><form class="cdc-header-search-form" role="search" action="/search/">
<label for="cdc-search" class="visually-hidden">Search</label><input id="cdc-search" type="text" name="query" placeholder="Search">
<button type="submit" class="btn"><span class="visually-hidden">Submit</span></button></form></div>
<a class="cdc-header-language" href="/ticks/es/prevention/index.html" lang="es">Español</a></div></header>
<div class="cdc-page-title-bar"><div class="container"><div class="cdc-page-title-bar__title">Ticks</div>
<button class="cdc-page-title-bar__menu" type="button" aria-controls="topic-nav">Ticks Home</button></div></div>
<div class="container d-flex flex-wrap body-wrapper bg-white"><nav class="col-md-3 cdc-leftnav" id="topic-nav" aria-label="Left Navigation Menu">
<ul class="cdc-leftnav__list">${cdNavTopic.map((t) => `<li${t === cdTitle ? ' class="active"' : ''}><a href="#">${t}</a></li>`).join('\n')}</ul></nav>
<main class="col-xl-9 col-md-8" role="main" aria-label="Main Content Area"><div class="cdc-dfe-body">
<div class="cdc-dfe-body__top"><div class="cdc-page-offset"><h1 id="content">${cdTitle}</h1></div>
<div class="cdc-share"><button class="cdc-share__print" type="button">Print</button><div class="dropdown cdc-share__dropdown">
<button class="dropdown-toggle" type="button" aria-expanded="false">Share</button><ul class="dropdown-menu">${links(cdShare.slice(2))}</ul></div></div></div>
<div class="cdc-dfe-body__center"><div class="dfe-section cdc-callout cdc-callout--at-a-glance" data-section="cdc_at_a_glance">
<div class="cdc-callout__heading"><h2>At a glance</h2></div><div class="cdc-callout__body"><p>${cdGlance[0]}</p></div></div>
${cdSec(
  'before',
  cdH[0] as string,
  `${cdPs(cdBefore)}${cdUl(cdBeforeList)}<figure class="image-figure"><img src="/ticks/images/tick-sizes.jpg" alt="Sizes of ticks
at different life stages"><figcaption>${cdCaption}</figcaption></figure>`,
)}
<div class="cdc-callout cdc-callout--keep-reading"><p class="cdc-callout__heading"><strong>Keep Reading:</strong>
<a href="/ticks/tickbornediseases/index.html">Tickborne Diseases of the United States</a></p></div>
${cdSec('after', cdH[1] as string, cdUl(cdAfter))}
${cdSec('found', cdH[2] as string, cdPs(cdFound))}
${cdSec('pets', cdH[3] as string, cdPs(cdPets))}
<div class="dfe-section" data-section="cdc_resources"><div class="dfe-section__header"><h2>Resources</h2></div>
<ul class="dfe-list">${links(cdResources)}</ul></div>
<div class="dfe-section" data-section="cdc_sources"><div class="dfe-section__header"><h2>Sources</h2></div><ol class="dfe-list">
${cdSources.map((t) => `<li>${t}</li>`).join('\n')}</ol></div></div>
<div class="cdc-dfe-body__bottom"><div class="cdc-page-content-source"><span class="content-source-label">Content Source:</span>
<a href="/ncvbd/index.html">National Center for Vector-Borne Diseases (NCVBD)</a></div>
<div class="last-reviewed"><span>Last Reviewed: </span><span>May 15, 2024</span></div></div></div></main></div>
<footer class="cdc-footer noindex"><div class="container"><div class="cdc-footer__contact"><h2>${cdFootContact[0]}</h2>
<p>${cdFootContact[1]}</p><ul>${links(cdFootContact.slice(2))}</ul></div><div class="cdc-footer__about"><ul>${links(cdFootAbout)}</ul></div>
<div class="cdc-footer__policies"><ul>${links(cdFootPol)}</ul></div><div class="cdc-footer__languages"><h3>Language Assistance</h3>
<ul>${cdLangs.map((t) => `<li><a href="#" lang="x">${t}</a></li>`).join('\n')}</ul></div></div></footer>
<script src="/TemplatePackage/5.0/js/app.min.js"></script></body></html>`;
export const cdcPage: TestPage = {
  html: cdHtml,
  name: 'heldout97-cdc-topic-page',
  kind: 'docs',
  // the "At a glance" callout is the page's summary: its heading is a heading and its text body; the left topic nav (which
  // holds the page's own title, left out), share menu, figure caption, "Keep Reading:" callout, "Resources" links and the
  // "Sources" list with their headings are furniture; "Content Source:" and "Last Reviewed:" lines are bylines
  title: cdTitle,
  headings: ['At a glance', ...cdH],
  body: texts([...cdGlance, ...cdBefore, ...cdBeforeList, ...cdAfter, ...cdFound, ...cdPets]),
  bylines: ['Content Source: National Center for Vector-Borne Diseases (NCVBD)', 'Last Reviewed: May 15, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip directly to site content', 'Skip directly to search', ...cdBanner.slice(0, 5),
    'A lock (LockA locked padlock) or https:// means you’ve safely connected to the .gov website.', 'Search', 'Submit', 'Español',
    'Ticks Home', ...cdNavTopic.filter((t) => t !== cdTitle), ...cdShare, cdCaption, 'Keep Reading:', 'Tickborne Diseases of the United States',
    'Resources', ...cdResources, 'Sources', ...cdSources, ...cdFootContact, ...cdFootAbout, ...cdFootPol, 'Language Assistance', ...cdLangs.slice(1),
  ],
};
