import { links, ps, type TestPage, texts } from './page-kit.js';
import { webmdArticle } from './pages-heldout97-a2.js';

/**
 * Held-out batch 97, file a: a Mayo Clinic style disease overview ("Symptoms & causes" tab) on an invented clinic's site
 * (the utility bar with "Request appointment" and "Give Now", the main nav, the condition tabs, the "Print" link, the
 * article sections with an in-text "Request an appointment" box and the in-text "From ... to your inbox" e-newsletter box
 * with its hidden thank-you and error states, "Advertisement" slots with the "does not endorse" policy line and its links,
 * "By ... Staff", the "Show references" accordion, "Related" and "Associated procedures" rails, "Products & Services",
 * the footer and the OneTrust cookie banner) and, from file a2, a WebMD style health article.
 */
const mcTitle = 'Plantar fasciitis';
const mcOverview = [
  'Plantar fasciitis (PLAN-tur fas-e-I-tis) is one of the most common causes of heel pain. It involves irritation of a thick band ' +
    'of tissue, called the plantar fascia, that runs across the bottom of each foot and connects the heel bone to the toes.',
  'Plantar fasciitis commonly causes stabbing pain that usually occurs with the first steps in the morning. As the foot limbers ' +
    'up, the pain often eases. But it might return after long periods of standing or when getting up after sitting.',
  'The cause of plantar fasciitis is not well understood. It is more common in runners and in people who are overweight.',
];
const mcH = ['Symptoms', 'When to see a doctor', 'Causes', 'Risk factors', 'Complications'];
const mcSymptoms = [
  'Plantar fasciitis typically causes a stabbing pain on the bottom of the foot near the heel. The pain is usually the worst with ' +
    'the first few steps after waking. It also can be triggered by long periods of standing or when getting up after sitting.',
];
const mcDoctor = [
  'See a health care provider if heel pain does not get better after a few weeks of rest, ice and supportive shoes. Get care ' +
    'right away if the pain is severe, began after an injury, or comes with swelling, numbness or tingling in the foot.',
];
const mcCauses = [
  'The plantar fascia is a band of tissue, called fascia, shaped like a bowstring. It supports the arch of the foot and absorbs ' + 'shock when walking.',
  'Tension and stress on the fascia can cause small tears. Repeated stretching and tearing of the fascia can irritate or inflame ' +
    'it, though the cause remains unclear in many cases of plantar fasciitis.',
];
const mcRiskIntro = ['Even though plantar fasciitis can develop without an obvious cause, some factors can increase the risk:'];
const mcRisks = [
  '<strong>Age.</strong> Plantar fasciitis is most common between the ages of 40 and 60.',
  '<strong>Some types of exercise.</strong> Activities that place a lot of stress on the heel and attached tissue can add to ' +
    'the risk. These include long-distance running, ballet dancing and aerobic dance.',
  '<strong>Foot mechanics.</strong> Flat feet, a high arch or an unusual walking pattern can affect the way weight is spread when ' +
    'standing. This can put added stress on the plantar fascia.',
  '<strong>Obesity.</strong> Extra pounds put extra stress on the plantar fascia.',
  '<strong>Occupations that keep people on their feet.</strong> Factory workers, teachers and others who spend most of their ' +
    'work hours walking or standing on hard surfaces can be at higher risk.',
];
const mcComplications = [
  'Ignoring plantar fasciitis may result in long-term heel pain that gets in the way of regular activities. Changing the way you ' +
    'walk to ease the pain might lead to foot, knee, hip or back problems.',
];
const mcUtility = ['Request appointment', 'Log in to Patient Account', 'Give Now', 'English'];
const mcNav = ['Care at Brennick Clinic', 'Health Library', 'For Medical Professionals', 'Research & Education', 'Giving to Brennick Clinic'];
const mcTabs = ['Symptoms & causes', 'Diagnosis & treatment', 'Doctors & departments', 'Care at Brennick Clinic'];
const mcAppt = [
  'Request an appointment',
  'There is a problem with information submitted for this request. Review/update the information highlighted below and resubmit the form.',
];
const mcNews = [
  'From Brennick Clinic to your inbox',
  'Sign up for free and stay up to date on research advancements, health tips, current health topics, and expertise on managing ' +
    'health. Click here for an email preview.',
  'Email',
  'Error Email field is required',
  'Error Include a valid email address',
  'To provide you with the most relevant and helpful information, and understand which information is beneficial, we may combine ' +
    'your email and website usage information with other information we have about you.',
  'Learn more about Brennick Clinic’s use of data.',
  'Subscribe!',
  'Thank you for subscribing!',
  'Our Housecall e-newsletter will keep you up to date on the latest health information.',
  'Sorry something went wrong with your subscription',
  'Please, try again in a couple of minutes',
  'Retry',
];
const mcAdPolicy = 'Brennick Clinic does not endorse companies or products. Advertising revenue supports our not-for-profit mission.';
const mcAdLinks = ['Advertising & Sponsorship', 'Policy', 'Opportunities', 'Ad Choices'];
const mcRefs = [
  'Plantar fasciitis. Harlan Academy of Orthopaedic Surgeons. https://orthoinfo.harlan.example/plantar-fasciitis. Accessed Feb. 3, 2025.',
  'Whitcombe DL. Plantar fasciitis and heel pain in adults. https://clinref.example/topics/plantar-fasciitis. Accessed Feb. 3, 2025.',
  'Ferrand P, et al. Stretching and night splints for chronic heel pain: A randomized trial. Journal of Foot Care. 2023; doi:10.1016/jfc.2023.117.',
];
const mcRelated = ['Heel pain', 'Plantar fasciitis stretches', 'Night splints: Do they help?', 'Show more related content'];
const mcProcs = ['Acupuncture', 'Cortisone shots', 'Ultrasound'];
const mcProducts = ['A Book: Brennick Clinic Family Health Book, 6th Edition', 'Newsletter: Brennick Clinic Health Letter — Digital Edition'];
const mcFoot = ['Find a doctor', 'Explore careers', 'Sign up for free e-newsletters', 'About Brennick Clinic', 'About this Site', 'Contact Us', 'Locations'];
const mcLegal = ['Terms & Conditions', 'Privacy Policy', 'Notice of Privacy Practices', 'Notice of Nondiscrimination', 'Accessibility Statement', 'Site Map'];
const mcCopy = '© 1998-2025 Brennick Foundation for Medical Education and Research (BFMER). All rights reserved.';
const mcCookie =
  'We use cookies and similar technologies to help us understand how visitors use our website, to improve it and to show you ' +
  'relevant content. You can change your choices at any time.';
const mcAd = (id: string): string => `<div class="cmp-advertisement cmp-advertisement--${id}" data-testid="advertisement">
<div class="cmp-advertisement__wrapper"><span class="cmp-advertisement__label">Advertisement</span>
<div id="ad-${id}-container" class="cmp-advertisement__slot" data-ad-slot="/8484/bc.health/diseases-conditions/${id}" style="min-height:250px"></div>
</div></div>`;
const mcTab = (t: string, i: number): string =>
  `<li role="tab" class="cmp-tabs__tab${i === 0 ? ' cmp-tabs__tab--active" aria-current="page' : ''}"><a href="#t${i}">${t.replace(/&/g, '&amp;')}</a></li>`;
const mcH2 = (t: string): string => `<h2>${t}</h2>`;
const mcHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plantar fasciitis - Symptoms &amp; causes - Brennick Clinic</title>
<meta name="description" content="Learn about stretches and other treatments for this common cause of heel pain.">
<meta name="PublishDate" content="2025-02-11"><meta name="ContentType" content="Disease and Condition"><meta name="Subtopic" content="Symptoms &amp; causes">
<meta property="og:title" content="Plantar fasciitis - Symptoms &amp; causes"><meta property="og:type" content="article">
<meta property="og:site_name" content="Brennick Clinic">
<link rel="canonical" href="https://www.brennickclinic.example/diseases-conditions/plantar-fasciitis/symptoms-causes/syc-20354846">
<link rel="preload" as="font" href="/_next/static/media/brennick-sans.woff2" crossorigin="">
<link rel="stylesheet" href="/_next/static/css/3c9e6c2b71a1e0d4.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Plantar fasciitis - Symptoms &amp; causes",
"about":{"@type":"MedicalCondition","name":"Plantar fasciitis"},"lastReviewed":"2025-02-11","audience":"https://schema.org/Patient",
"publisher":{"@type":"Organization","name":"Brennick Clinic"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageCategory":"diseases-conditions","contentId":"syc-20354846"});</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0190c9a1-bc" defer></script></head>
<body><div id="__next"><a class="cmp-skip-to-main" href="#main-content">Skip to content</a>
<header class="cmp-header" role="banner"><div class="cmp-header__utility"><ul class="cmp-header__utility-list">
${links(mcUtility, 'cmp-header__utility-item')}</ul></div>
<div class="cmp-header__main"><a class="cmp-header__logo" href="/"><img src="/content/dam/brennick/logos/brennick-logo.svg" alt="Brennick Clinic"></a>
<nav class="cmp-navigation" aria-label="Primary"><ul class="cmp-navigation__group">${links(mcNav, 'cmp-navigation__item')}</ul></nav>
<form class="cmp-search" role="search" action="/search/search-results"><label class="visually-hidden" for="q">Search</label>
<input id="q" name="q" type="search" placeholder="Search Brennick Clinic"><button type="submit" aria-label="Search"></button></form></div></header>
<main id="main-content"><div class="cmp-container content-container"><div class="cmp-title cmp-title--hero"><h1 class="cmp-title__text">${mcTitle}</h1></div>
<nav class="cmp-tabs" aria-label="Page tabs"><ul class="cmp-tabs__tablist" role="tablist">
${mcTabs.map(mcTab).join('\n')}
</ul></nav><div class="cmp-page-utility"><a class="cmp-button cmp-button--print" href="javascript:window.print()">Print</a></div>
<div class="cmp-layout-container aem-Grid"><div class="cmp-layout-container__main"><div class="cmp-text" data-cmp-data-layer="{}">
${mcH2('Overview')}
<figure class="cmp-image"><img src="/-/media/kcms/gbs/patient-consumer/images/2025/plantar-fasciitis-8col.jpg" alt="Plantar fascia"
loading="lazy"><figcaption class="cmp-image__caption"><span class="cmp-image__title">Plantar fascia</span><p>The plantar fascia is a thick,
weblike band that runs from the heel to the toes. It supports the arch of the foot and absorbs shock.</p></figcaption></figure>
${ps(mcOverview)}
</div>${mcAd('mobile-top')}<div class="cmp-text">
${mcH2(mcH[0] as string)}
${ps(mcSymptoms)}
${mcH2(mcH[1] as string)}
${ps(mcDoctor)}
</div><div class="cmp-request-appointment" data-testid="request-appointment"><div class="cmp-request-appointment__container">
<a class="cmp-button cmp-button--primary" href="https://www.brennickclinic.example/appointments">${mcAppt[0]}</a>
<div class="cmp-request-appointment__error" hidden><p>${mcAppt[1]}</p></div></div></div>
<div class="cmp-newsletter" id="newsletter-inline" data-newsletter="housecall"><form class="cmp-newsletter__form" novalidate>
<h2 class="cmp-newsletter__title">${mcNews[0]}</h2><p class="cmp-newsletter__description">Sign up for free and stay up to date on research advancements,
health tips, current health topics, and expertise on managing health. <a href="/newsletter-preview">Click here for an email preview.</a></p>
<label class="cmp-newsletter__label" for="nl-email">${mcNews[2]}</label><input id="nl-email" type="email" autocomplete="email">
<span class="cmp-newsletter__error" hidden>${mcNews[3]}</span><span class="cmp-newsletter__error" hidden>${mcNews[4]}</span>
<p class="cmp-newsletter__privacy">${mcNews[5]} <a href="/about-this-site/privacy-policy">${mcNews[6]}</a></p>
<button class="cmp-button cmp-button--primary" type="submit">${mcNews[7]}</button></form>
<div class="cmp-newsletter__success" hidden><h2>${mcNews[8]}</h2><p>${mcNews[9]}</p></div>
<div class="cmp-newsletter__failure" hidden><h2>${mcNews[10]}</h2><p>${mcNews[11]}</p><button type="button">${mcNews[12]}</button></div></div>
<div class="cmp-text">
${mcH2(mcH[2] as string)}
${ps(mcCauses)}
</div>${mcAd('mobile-mid')}<div class="cmp-text">
${mcH2(mcH[3] as string)}
${ps(mcRiskIntro)}
<ul>${mcRisks.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mcH2(mcH[4] as string)}
${ps(mcComplications)}
</div><div class="cmp-author-byline"><p class="cmp-author-byline__text">By Brennick Clinic Staff</p></div>
<div class="cmp-accordion cmp-references"><button class="cmp-accordion__button" aria-expanded="false" aria-controls="refs">Show references</button>
<div id="refs" class="cmp-accordion__panel" hidden><ol>${mcRefs.map((t) => `<li>${t}</li>`).join('\n')}</ol></div></div>
<div class="cmp-related"><h3 class="cmp-related__title">Related</h3><ul>${links(mcRelated.slice(0, 3))}</ul>
<button class="cmp-button cmp-button--link" type="button">${mcRelated[3]}</button></div>
<div class="cmp-related cmp-related--procedures"><h3 class="cmp-related__title">Associated Procedures</h3><ul>${links(mcProcs)}</ul></div>
<div class="cmp-products"><h3 class="cmp-products__title">Products &amp; Services</h3><ul>${links(mcProducts)}</ul>
<a class="cmp-button cmp-button--link" href="/products">Show more products from Brennick Clinic</a></div>
<div class="cmp-page-meta"><p>Feb. 11, 2025</p><a href="#top">Print</a></div></div>
<aside class="cmp-layout-container__rail">${mcAd('desktop-rail')}
<div class="cmp-ad-policy"><p>${mcAdPolicy}</p><ul class="cmp-ad-policy__links">${links(mcAdLinks)}</ul></div>${mcAd('desktop-rail-2')}</aside>
</div></div></main>
<footer class="cmp-footer"><ul class="cmp-footer__links">${links(mcFoot)}</ul><ul class="cmp-footer__legal">${links(mcLegal)}
<li><button class="ot-sdk-show-settings" type="button">Manage Cookies</button></li></ul><p class="cmp-footer__copyright">${mcCopy}</p>
<p class="cmp-footer__trademark">This site complies with the HONcode standard for trustworthy health information.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<p id="onetrust-policy-text">${mcCookie}</p><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"contentId":"syc-20354846"}},"page":"/[...slug]"}</script>
<script src="/_next/static/chunks/main-8f2a.js" async></script></body></html>`;
const brennickOverview: TestPage = {
  html: mcHtml,
  name: 'heldout97-mayo-clinic-disease-overview',
  kind: 'wiki',
  // the Overview h2 is a heading; the figure title and caption, ad labels and policy, the request-appointment box, the
  // in-text newsletter box (with its hidden states), "By ... Staff" and the page date are not article text: the staff
  // line and date are bylines, the rest furniture; the references (collapsed) are furniture; the figure title ("Plantar
  // fascia") is words of a short list item: left out
  title: mcTitle,
  headings: ['Overview', ...mcH],
  body: [...mcOverview, ...mcSymptoms, ...mcDoctor, ...mcCauses, ...mcRiskIntro, ...texts(mcRisks), ...mcComplications],
  bylines: ['By Brennick Clinic Staff', 'Feb. 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...mcUtility, ...mcNav, 'Search', ...mcTabs.slice(0, 3), 'Print',
    'The plantar fascia is a thick, weblike band that runs from the heel to the toes. It supports the arch of the foot and absorbs shock.',
    'Advertisement', ...mcAppt, ...mcNews, 'Show references', ...mcRefs, 'Related', ...mcRelated, 'Associated Procedures', ...mcProcs,
    'Products & Services', ...mcProducts, 'Show more products from Brennick Clinic', mcAdPolicy, ...mcAdLinks, ...mcFoot, ...mcLegal, 'Manage Cookies',
    mcCopy, 'This site complies with the HONcode standard for trustworthy health information.', mcCookie, 'Cookie Settings', 'Reject All',
    'Accept All Cookies',
  ],
};

export const HELDOUT97_A: readonly TestPage[] = [brennickOverview, webmdArticle];
