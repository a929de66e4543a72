import { links, ps, type TestPage, texts } from './page-kit.js';
import { nhsCondition } from './pages-heldout75-a2.js';

/**
 * Held-out batch 75, file a: a clinic's disease page on the Mayo Clinic template ("Symptoms & causes" tab: Overview, Symptoms,
 * "When to see a doctor", Causes, Risk factors, Prevention, with the skip link, the top bar and main menu, the tab bar and
 * "Print", an image with caption, two ad slots with their disclaimer, the "Request an appointment" box with its hidden form
 * error and the e-mail sign-up, "By ... Staff" and the date, "Show references", the related and products rails and the
 * footer), and an NHS-style condition page (file a2).
 */
const hcTitle = 'Tennis elbow';
const hcOverview = [
  'Tennis elbow is pain on the outer side of the elbow that comes from overloading the tendons that join the forearm muscles to the bone ' +
    'there. Despite the name, most people who get it have never played tennis. Painters, carpenters, cooks, plumbers and people who spend ' +
    'long hours using a mouse are all commonly affected.',
  'The condition is also called lateral epicondylitis, after the bony bump on the outside of the elbow where the sore tendons attach. ' +
    'Rest, pain relievers and a course of physical therapy help most people feel better within several months. A small number of people ' +
    'need further treatment, such as injections or, rarely, surgery.',
];
const hcSymptoms = [
  'The pain of tennis elbow begins at the bony knob on the outside of the elbow and may spread into the forearm and wrist. It often starts ' +
    'slowly and gets worse over weeks. Pain and weakness may make it hard to:',
];
const hcSymptomList = [
  'Shake hands or grip an object',
  'Turn a doorknob or open a jar',
  'Hold a coffee cup or a full kettle',
  'Lift a bag with the arm held straight',
];
const hcDoctor = [
  'Talk with your health care professional if self-care steps such as rest, ice and pain relievers you can buy without a prescription ' +
    'don’t ease the pain and tenderness after a few weeks. Get care right away if the elbow is hot and swollen, if you can’t bend it, or ' +
    'if it looks misshapen after a fall.',
];
const hcCauses = [
  'Tennis elbow is an overuse and muscle strain injury. Repeated contractions of the forearm muscles that straighten and raise the hand ' +
    'and wrist pull again and again on the same tendon. Over time the stress can cause tiny tears in the tissue and a slow breakdown of ' +
    'the tendon’s structure.',
  'Activities that can cause symptoms include using plumbing tools, painting, driving screws, cutting up cooking ingredients, ' +
    'particularly meat, and using a computer mouse for long periods. Racket sports played with a poor backhand are a well-known cause, ' +
    'but they account for only a small share of cases.',
];
const hcRisk = ['Factors that may raise the risk of tennis elbow include:'];
const hcRiskList = [
  '<strong>Age.</strong> Tennis elbow affects people of all ages, but it is most common in adults between 30 and 50.',
  '<strong>Work.</strong> People whose jobs involve repeated wrist and arm motions are more likely to develop it.',
  '<strong>Certain sports.</strong> Racket sports raise the risk, especially with poor technique or a racket grip that is the wrong size.',
];
const hcPrevention = [
  'Warming up before work or play, using tools with larger grips, and taking short breaks from repeated tasks can lower the strain on ' +
    'the tendons. If you play a racket sport, ask a coach to check your stroke and your equipment.',
  'Strengthening and stretching the forearm muscles a few times a week also helps. A physical therapist can show you exercises that ' +
    'are safe to do at home.',
];
const hcCaption = 'Tennis elbow is felt on the outside of the elbow, where the forearm muscles that extend the wrist and fingers attach to a bony bump.';
const hcTop = ['Request appointment', 'Log in', 'Search', 'Menu'];
const hcMenu = [
  'Care at Halvorsen Clinic',
  'Health Library',
  'For Medical Professionals',
  'Research & Education at Halvorsen Clinic',
  'Giving to Halvorsen Clinic',
];
const hcTabs = ['Symptoms & causes', 'Diagnosis & treatment', 'Doctors & departments', 'Care at Halvorsen Clinic'];
const hcAdNote = 'Halvorsen Clinic does not endorse companies or products. Advertising revenue supports our not-for-profit mission.';
const hcAdLinks = ['Advertising & Sponsorship', 'Policy', 'Opportunities', 'Ad Choices'];
const hcFormError = 'There is a problem with information submitted for this request. Review/update the information highlighted below and resubmit the form.';
const hcNews = [
  'From Halvorsen Clinic to your inbox',
  'Sign up for free and stay up to date on research advancements, health tips, current health topics, and expertise on managing health.',
  'Click here for an email preview.',
];
const hcNewsData = 'To provide you with the most relevant and helpful information, we may combine your email with other information we have about you.';
const hcRefs = [
  'Ostrander PL. Lateral elbow tendinopathy in working adults. Journal of Upper Limb Medicine. 2023;18:211.',
  'Elbow pain in manual trades. Northern Society of Hand Therapists. Accessed June 2, 2025.',
  'Quist MV, et al. Load management for tendon pain: A review. Clinical Sports Review. 2022;9:44.',
];
const hcRelated = ['Elbow pain', 'Golfer’s elbow', 'Forearm stretches (slideshow)', 'Counterforce brace: How to wear one'];
const hcProducts = ['Book: Halvorsen Clinic Guide to Joint Health', 'Newsletter: Halvorsen Clinic Health Letter — Digital Edition'];
const hcFoot = ['Find a doctor', 'Explore careers', 'Sign up for free e-newsletters', 'About Halvorsen Clinic', 'About this Site', 'Contact Us', 'Locations'];
const hcFoot2 = [
  'Health Information Policy',
  'Media Requests',
  'News Network',
  'Price Transparency',
  'Terms and Conditions',
  'Privacy Policy',
  'Notice of Privacy Practices',
];
const hcLegal = 'Any use of this site constitutes your agreement to the Terms and Conditions and Privacy Policy linked below.';
const hcCopy = '© 1999-2025 Halvorsen Foundation for Medical Education and Research (HFMER). All rights reserved.';
const hcSection = (id: string, h: string, inner: string): string =>
  `<div class="cmp-text" data-section="${id}"><div class="cmp-text__rich-content"><h2>${h}</h2>\n${inner}</div></div>`;
const hcAd = (slot: string): string => `<div class="cmp-advertisement cmp-advertisement--${slot}" data-testid="ad-${slot}">
<span class="cmp-advertisement__label">Advertisement</span>
<div id="ad-${slot}-container" class="cmp-advertisement__slot" data-ad-unit="/8803/hc.org/diseases/${slot}" style="min-height:250px"></div>
<div class="cmp-advertisement__disclaimer"><p>${hcAdNote}</p><ul class="cmp-advertisement__links">${links(hcAdLinks)}</ul></div></div>`;
const hcUl = (items: readonly string[]): string => `<ul>\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const hcHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tennis elbow - Symptoms and causes - Halvorsen Clinic</title>
<meta name="description" content="Overuse of the forearm tendons can lead to pain on the outside of the elbow. Learn about symptoms, causes and prevention.">
<meta name="PocketGuid" content="d8a1f0c3-5b0e-4a51-9c7e-77e1f2a09d3b"><meta name="ContentType" content="Disease/Condition">
<meta property="og:type" content="article"><meta property="og:site_name" content="Halvorsen Clinic"><meta property="og:title"
content="Tennis elbow - Symptoms and causes">
<link rel="canonical" href="https://www.halvorsenclinic.org/diseases-conditions/tennis-elbow/symptoms-causes/syc-20351987">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Tennis elbow - Symptoms and causes",
"about":{"@type":"MedicalCondition","name":"Tennis elbow","alternateName":"Lateral epicondylitis"},"lastReviewed":"2025-08-14",
"publisher":{"@type":"Organization","name":"Halvorsen Clinic"}}</script>
<link rel="stylesheet" href="/_next/static/css/5e0c2b7a91d44f10.css"><script src="/_next/static/chunks/webpack-3f1c.js" defer></script>
<script>window.hcDataLayer=window.hcDataLayer||[];hcDataLayer.push({"pageType":"diseases-conditions","tab":"symptoms-causes"});</script>
</head><body><div id="__next">
<a class="cmp-skip-link" href="#main-content">Skip to content</a>
<header class="cmp-header" role="banner"><div class="cmp-header__container">
<a class="cmp-header__logo" href="/" aria-label="Halvorsen Clinic home"><img src="/content/dam/hc/logo/hc-logo.svg" alt="Halvorsen Clinic"></a>
<div class="cmp-header__utility"><a class="cmp-button cmp-button--primary" href="/appointments">${hcTop[0]}</a>
<a class="cmp-header__login" href="https://connect.halvorsenclinic.org/login">${hcTop[1]}</a>
<button class="cmp-header__search-toggle" type="button" aria-expanded="false">${hcTop[2]}</button>
<button class="cmp-header__menu-toggle" type="button" aria-controls="cmp-navigation" aria-expanded="false">${hcTop[3]}</button></div>
<nav id="cmp-navigation" class="cmp-navigation" aria-label="Main"><ul class="cmp-navigation__group">${links(hcMenu, 'cmp-navigation__item')}</ul></nav>
</div></header>
<main id="main-content" class="cmp-container"><div class="cmp-column-control"><div class="cmp-column-control__content">
<div class="cmp-title"><h1 class="cmp-title__text"><a href="/diseases-conditions/tennis-elbow/symptoms-causes/syc-20351987">${hcTitle}</a></h1></div>
<nav class="cmp-tabs__nav" aria-label="Tennis elbow"><ul class="cmp-tabs__list">
${hcTabs
  .map((t, i) => `<li class="cmp-tabs__item${i === 0 ? ' cmp-tabs__item--active' : ''}"><a href="/tab-${i}">${t.replace(/&/g, '&amp;')}</a></li>`)
  .join('\n')}
</ul><button class="cmp-print-button" type="button" onclick="window.print()">Print</button></nav>
${hcAd('mobile-top')}
${hcSection(
  'overview',
  'Overview',
  `<figure class="cmp-image"><img src="/-/media/hc/images/health/tennis-elbow-8col.jpg" alt="Tennis elbow" loading="lazy">
<figcaption class="cmp-image__caption"><span class="cmp-image__title">Tennis elbow</span><p>${hcCaption}</p></figcaption></figure>
${ps(hcOverview)}`,
)}
${hcSection('symptoms', 'Symptoms', `${ps(hcSymptoms)}\n${hcUl(hcSymptomList)}\n<h3>When to see a doctor</h3>\n${ps(hcDoctor)}`)}
<div class="cmp-request-appointment" id="request-appointment"><h3 class="cmp-request-appointment__title">Request an appointment</h3>
<div class="cmp-form__error" role="alert" hidden><p>${hcFormError}</p></div>
<form class="cmp-request-appointment__form" action="/appointments" method="get">
<div class="cmp-subscribe"><h4>${hcNews[0]}</h4><p>${hcNews[1]} <a href="/email-preview">${hcNews[2]}</a></p>
<label for="hc-email" class="cmp-form__label">Email</label><input id="hc-email" type="email" name="email" autocomplete="email">
<span class="cmp-form__error-text" hidden>ErrorEmail field is required</span>
<button type="submit" class="cmp-button cmp-button--primary">Subscribe!</button>
<p class="cmp-subscribe__privacy"><a href="/about-this-site/privacy-policy">Learn more about Halvorsen Clinic’s use of data.</a></p>
<p class="cmp-subscribe__privacy">${hcNewsData}</p></div></form></div>
${hcSection('causes', 'Causes', ps(hcCauses))}
${hcAd('mobile-mid')}
${hcSection('risk-factors', 'Risk factors', `${ps(hcRisk)}\n${hcUl(hcRiskList)}`)}
${hcSection('prevention', 'Prevention', ps(hcPrevention))}
<div class="cmp-author"><p class="cmp-author__byline">By Halvorsen Clinic Staff</p>
<a class="cmp-button cmp-button--secondary" href="/departments-centers/sports-medicine">Tennis elbow care at Halvorsen Clinic</a></div>
<div class="cmp-next-step"><a class="cmp-button cmp-button--primary" href="/appointments">Request an appointment</a>
<a class="cmp-next-step__link" href="/diseases-conditions/tennis-elbow/diagnosis-treatment/drc-20351993">Diagnosis &amp; treatment</a></div>
<details class="cmp-references"><summary>Show references</summary><ol>${hcRefs.map((r) => `<li>${r}</li>`).join('\n')}</ol></details>
<p class="cmp-date"><time datetime="2025-08-14">Aug. 14, 2025</time></p>
<div class="cmp-related"><h2 class="cmp-related__title">Related</h2><ul>${links(hcRelated)}</ul></div>
<div class="cmp-products"><h2 class="cmp-products__title">Products &amp; Services</h2><ul>${links(hcProducts)}</ul></div>
</div></div></main>
<footer class="cmp-footer" role="contentinfo"><div class="cmp-footer__container"><ul class="cmp-footer__list">${links(hcFoot)}</ul>
<ul class="cmp-footer__list">${links(hcFoot2)}</ul><p class="cmp-footer__legal">${hcLegal}</p><p class="cmp-footer__copyright">${hcCopy}</p>
</div></footer></div><script src="/_next/static/chunks/main-9a2b.js" defer></script></body></html>`;
const halvorsen: TestPage = {
  html: hcHtml,
  name: 'heldout75-mayo-clinic-disease',
  kind: 'wiki',
  // the five h2 sections and the "When to see a doctor" h3 are the article; the risk factors' bold lead words are part of their
  // list items; the image caption's title is the page title ("Tennis elbow") and is left out, its sentence is furniture; the
  // "Request an appointment" box (h3, the hidden form error, the e-mail sign-up) is furniture, as are the tab bar, the ad slots
  // and their disclaimer, references, rails and footer; "By Halvorsen Clinic Staff" and the date are bylines
  title: hcTitle,
  headings: ['Overview', 'Symptoms', 'When to see a doctor', 'Causes', 'Risk factors', 'Prevention'],
  body: [...hcOverview, ...hcSymptoms, ...hcSymptomList, ...hcDoctor, ...hcCauses, ...hcRisk, ...texts(hcRiskList), ...hcPrevention],
  bylines: ['By Halvorsen Clinic Staff', 'Aug. 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hcTop, ...hcMenu, ...hcTabs.slice(0, 3), 'Print', 'Advertisement', hcAdNote, ...hcAdLinks, hcCaption, 'Request an appointment',
hcFormError,
    ...hcNews, 'Email', 'ErrorEmail field is required', 'Subscribe!', 'Learn more about Halvorsen Clinic’s use of data.', hcNewsData,
    'Tennis elbow care at Halvorsen Clinic', 'Show references', ...hcRefs, 'Related', ...hcRelated, 'Products & Services', ...hcProducts, ...hcFoot,
    ...hcFoot2, hcLegal, hcCopy,
  ],
};

export const HELDOUT75_A: readonly TestPage[] = [halvorsen, nhsCondition];
