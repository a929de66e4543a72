import { type TestPage, texts } from './page-kit.js';
import { wikiwand } from './pages-heldout139-f2.js';

/**
 * Held-out batch 139, file f: a CDC topic page on the 2024 cdc.gov template (the usa-banner "An official website of the
 * United States government" with its hidden "Here's how you know" panel, the CDC header with search and the Español link,
 * the topic title bar, the topic left nav with "View All", the h1, the "Key points" callout, dfe sections, a "Keep Reading"
 * card inside the text, the "Resources" links, the "Related pages" rail, the source and last-reviewed lines, the print and
 * share buttons, the language-assistance list and the HHS footer) and, from file f2, a Wikiwand article view.
 */
const title = 'About Carrow Valley Fever';
const topic = 'Carrow Valley Fever';
const keyPoints = [
  'Carrow Valley fever is an illness caused by a virus spread by the bite of an infected blacklegged tick.',
  'Most people recover fully within two weeks, but some develop severe illness that needs hospital care.',
  'There is no vaccine. The best way to prevent Carrow Valley fever is to prevent tick bites.',
];
const heads = ['Key points', 'Overview', 'Signs and symptoms', 'Who is at risk', 'Prevention', 'Testing and treatment'];
const overview = [
  `Carrow Valley fever is caused by Carrow Valley virus, which was first identified in 2011 after a cluster of illnesses among farm workers in the Carrow
Valley region. Since then, cases have been reported in 14 states, mostly in the upper Midwest and the Northeast.`,
  'Ticks can pick up the virus when they feed on infected small mammals, such as white-footed mice. They can then spread it to people during later feedings.',
];
const symptoms = ['Symptoms usually begin 3 to 10 days after a tick bite. They can include:'];
const symptomsList = ['Fever and chills', 'Headache', 'Muscle and joint aches', 'Tiredness', 'Nausea or vomiting'];
const symptoms2 = [
  `Some people, especially older adults and people with weakened immune systems, develop severe illness. Severe illness can affect the brain and
spinal cord and may cause confusion, difficulty speaking or seizures.`,
];
const risk = [
  `Anyone who spends time outdoors where ticks live can get Carrow Valley fever. Most cases happen from late spring through early fall, when ticks are
most active. People who work outdoors, hike, hunt or camp in wooded and brushy areas are at higher risk.`,
];
const prevention = ['You can lower your risk of tick bites by taking these steps:'];
const preventionList = [
  'Use an EPA-registered insect repellent on skin and clothing.',
  'Treat clothing and gear with products containing 0.5% permethrin.',
  'Walk in the center of trails and avoid high grass and leaf litter.',
  'Check your body, children and pets for ticks after being outdoors.',
];
const testing = [
  `Healthcare providers diagnose Carrow Valley fever based on symptoms, possible exposure to ticks and laboratory tests of blood or spinal fluid. Tell
your healthcare provider if you have been bitten by a tick or spent time in areas where ticks are common.`,
  `There are no medicines to treat Carrow Valley fever. Antibiotics do not work against viruses. Treatment focuses on relieving symptoms, and people
with severe illness may need to be hospitalized for supportive care.`,
];
const banner = ['An official website of the United States government', "Here's how you know"];
const bannerHidden = [
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  "A lock or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.",
];
const leftNav = [`${topic} Home`, 'Signs and Symptoms', 'Clinical Overview', 'Data and Maps', 'Preventing Tick Bites', 'Resources for Health Departments'];
const keepReading = ['Keep Reading:', 'Preventing Tick Bites on People'];
const resources = ['Tickborne Diseases of the United States', 'Tick Bite Bot', 'Carrow Valley Fever Fact Sheet (PDF)'];
const related = ['Signs and Symptoms of Carrow Valley Fever', `Clinical Overview of ${topic}`, `${topic} Data and Maps`];
const source = 'Source: National Center for Emerging and Zoonotic Infectious Diseases (NCEZID); Division of Vector-Borne Diseases';
const reviewed = 'January 29, 2025';
const langs = [
  'Español',
  '繁體中文',
  'Tiếng Việt',
  '한국어',
  'Tagalog',
  'Русский',
  'العربية',
  'Kreyòl Ayisyen',
  'Français',
  'Polski',
  'Português',
  'Italiano',
  'Deutsch',
];
const footerTop = ['Contact Us', 'Call 800-232-4636', 'Email Us'];
const footerAbout = ['About CDC', 'Jobs', 'Funding'];
const footerPolicy = [
  'Accessibility',
  'External Links',
  'Privacy',
  'Web Policies',
  'FOIA',
  'OIG',
  'No Fear Act',
  'Nondiscrimination',
  'Vulnerability Disclosure Policy',
];
const footerBottom = ['U.S. Department of Health & Human Services', 'USA.gov'];
const social = ['Facebook', 'Instagram', 'LinkedIn', 'YouTube', 'Pinterest', 'Snapchat', 'RSS'];
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const sec = (t: string, inner: string): string => `<div class="dfe-section"><h2 id="${t.toLowerCase().replace(/ /g, '-')}">${t}</h2>${inner}</div>`;
const anchors = (items: readonly string[]): string =>
  `<ul class="list-bullet">${items.map((t) => `<li><a href="/carrow-valley-fever/${t.length}.html">${t.replace(/&/g, '&amp;')}</a></li>`).join('')}</ul>`;
const html = `<!DOCTYPE html>
<html lang="en-us" class="theme-teal"><head><meta charset="utf-8"><title>About Carrow Valley Fever | Carrow Valley Fever | CDC</title>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="description"
content="Learn about Carrow Valley fever, a tickborne viral illness.">
<meta property="og:title" content="About Carrow Valley Fever"><meta property="og:site_name" content="Carrow Valley Fever"><meta name="cdc:last_reviewed"
content="2025-01-29">
<meta name="cdc:content_source" content="National Center for Emerging and Zoonotic Infectious Diseases"><meta name="cdc:template_package" content="DFE">
<link rel="canonical" href="https://www.cdc.gov/carrow-valley-fever/about/index.html"><link rel="stylesheet"
href="/TemplatePackage/contrib/css/cdc-2024.min.css">
<script src="/TemplatePackage/contrib/libs/adobe/launch/adobe-launch.min.js" async></script>
<script>window.CDC=window.CDC||{};CDC.Page={"title":"About Carrow Valley Fever","topic":"carrow-valley-fever","contentType":"topic page"};</script></head>
<body class="cdc-2022 topic-page"><a class="skippy sr-only-focusable" href="#content">Skip directly to site content</a>
<a class="skippy sr-only-focusable" href="#cdc-search">Skip directly to search</a>
<header class="cdc-header noindex" role="banner"><section class="usa-banner" aria-label="Official website of the United States government"><div
class="usa-accordion">
<header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag"
src="/TemplatePackage/5.0/img/us_flag_small.png" alt=""></div><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p
class="usa-banner__header-text">${banner[0]}</p>
<p class="usa-banner__header-action">${banner[1]}</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"
aria-controls="gov-banner-default"><span class="usa-banner__button-text">${banner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg"><div
class="usa-banner__guidance tablet:grid-col-6">
<div class="usa-media-block__body"><p><strong>${bannerHidden[0]}</strong><br>${bannerHidden[1]}</p></div></div><div
class="usa-banner__guidance tablet:grid-col-6">
<div class="usa-media-block__body"><p><strong>${bannerHidden[2]}</strong><br>${bannerHidden[3]}</p></div></div></div></div></div></section>
<div class="container cdc-header__inner"><a class="cdc-header__logo" href="https://www.cdc.gov"><img src="/TemplatePackage/5.0/img/logo/logo-notext.svg"
alt="Centers for Disease Control and Prevention. CDC twenty four seven. Saving Lives, Protecting People"></a>
<form class="cdc-header-search-form" id="cdc-search" role="search" action="https://search.cdc.gov/search/"><label class="sr-only"
for="search-input">Search</label>
<input id="search-input" type="search" placeholder="Search" autocomplete="off"><button type="submit" class="btn search-submit"><span
class="sr-only">Submit</span></button></form>
<a class="cdc-header__lang" href="https://www.cdc.gov/carrow-valley-fever/es/about/index.html" lang="es">Español</a></div></header>
<div class="cdc-page-title-bar"><div class="container"><div class="cdc-page-title-bar__inner"><span class="cdc-page-title-bar__text">${topic}</span>
<button class="cdc-page-title-bar__toggle" aria-expanded="false">View All</button></div></div></div>
<div class="container d-flex flex-wrap body-wrapper"><nav class="cdc-dfe-body__left-nav" aria-label="${topic} pages"><div class="cdc-left-nav__title">On This
Site</div>
<ul class="cdc-left-nav">${leftNav
  .map(
    (t) => `<li class="nav-item"><a class="nav-link"
href="/carrow-valley-fever/${t.length}.html">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<main class="col-lg-9 container-fluid main-content" id="content" role="main"><div class="cdc-dfe-body__top"><h1 id="page-title">${title}</h1>
<div class="cdc-page-actions"><button class="cdc-page-actions__print" onclick="window.print()">Print</button><button class="cdc-page-actions__share"
aria-haspopup="true">Share</button></div></div>
<div class="cdc-dfe-body__center"><div class="dfe-section cdc-callout" role="complementary"><h2 id="key-points">${heads[0]}</h2>${ul(keyPoints)}</div>
${sec(heads[1]!, ps(overview))}
<div class="cdc-card cdc-keep-reading"><span class="cdc-keep-reading__label">${keepReading[0]}</span> <a
href="/carrow-valley-fever/prevention/index.html">${keepReading[1]}</a></div>
${sec(heads[2]!, `${ps(symptoms)}${ul(symptomsList)}${ps(symptoms2)}`)}
${sec(heads[3]!, ps(risk))}
${sec(heads[4]!, `${ps(prevention)}${ul(preventionList)}`)}
${sec(heads[5]!, ps(testing))}
<div class="dfe-section"><h2 id="resources">Resources</h2>${anchors(resources)}</div></div>
<div class="cdc-dfe-body__right"><div class="cdc-related-pages"><h2 class="cdc-related-pages__title">Related Pages</h2>${anchors(related)}</div></div>
<div class="cdc-dfe-body__bottom"><div class="cdc-content-source"><p>${source}</p></div><div class="last-reviewed"><span>Last Reviewed: </span>
<span>${reviewed}</span></div></div></main></div>
<section class="cdc-language-assistance" aria-label="Language Assistance"><h2>Language Assistance</h2><ul class="cdc-language-assistance__list">
${langs.map((l) => `<li><a href="https://www.cdc.gov/other/language-assistance/${l.length}.html">${l}</a></li>`).join('')}</ul></section>
<footer class="cdc-footer noindex" role="contentinfo"><div class="container"><div class="cdc-footer__top"><ul>${footerTop
  .map(
    (t) => `<li><a
href="/cdc-info/index.html">${t}</a></li>`,
  )
  .join('')}</ul>
<ul class="cdc-footer__social">${social
  .map(
    (t) => `<li><a href="https://${t.toLowerCase()}.example/cdc" aria-label="${t}"><span
class="sr-only">${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="cdc-footer__middle"><ul>${footerAbout.map((t) => `<li><a href="/about/${t.length}.html">${t}</a></li>`).join('')}</ul><ul>
${footerPolicy.map((t) => `<li><a href="/other/${t.length}.html">${t}</a></li>`).join('')}</ul></div><div class="cdc-footer__bottom"><ul>
${footerBottom.map((t) => `<li><a href="https://www.${t.length}.gov/">${t.replace(/&/g, '&amp;')}</a></li>`).join('')}</ul></div></div></footer>
<script src="/TemplatePackage/contrib/js/cdc-2024.min.js" defer></script></body></html>`;

const cdc: TestPage = {
  name: 'heldout139-cdc-topic-page',
  kind: 'wiki',
  html,
  // the "Key points" callout is part of the page's text (its heading a heading, its items body); the "Last Reviewed"
  // date is a byline; the government banner (with its hidden panel), header, topic bar, left nav (an entry that repeats
  // a heading is left out), print and share buttons, the "Keep Reading" card, the "Resources" links, related pages,
  // content source line, language list and footer are furniture
  title,
  headings: heads,
  body: texts([...keyPoints, ...overview, ...symptoms, ...symptomsList, ...symptoms2, ...risk, ...prevention, ...preventionList, ...testing]),
  bylines: ['Last Reviewed:', reviewed],
  furniture: [
    'Skip directly to site content',
    'Skip directly to search',
    ...banner,
    ...bannerHidden,
    'Search',
    'Submit',
    topic,
    'View All',
    'On This Site',
    ...leftNav.filter((t) => !heads.some((h) => h.toLowerCase() === t.toLowerCase())),
    'Print',
    'Share',
    ...keepReading,
    'Resources',
    ...resources,
    'Related Pages',
    ...related,
    source,
    'Language Assistance',
    ...langs,
    ...footerTop,
    ...social,
    ...footerAbout,
    ...footerPolicy,
    ...footerBottom,
  ],
};

export const HELDOUT139_F: readonly TestPage[] = [cdc, wikiwand];
