import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 96, file c2: a health information page shaped like a Mayo Clinic "Symptoms & causes" page, for an invented
 * clinic (utility links and "Request an appointment", the main nav, the condition title with its tab bar and "Print", the
 * article sections with an h3 inside "Symptoms", an illustration with a caption title and description, a "Products &
 * Services" box and an appointment box between sections, the "From ... to your inbox" newsletter box with its hidden error
 * and thank-you texts, the "By ... Staff" line, the collapsed references list and date, related links, the advertising
 * disclaimer and ad slots, and the long footer).
 */
const mcTitle = 'Plantar fasciitis';
const mcOverview = [
  'Plantar fasciitis is irritation and swelling of the plantar fascia, the tough band of tissue that stretches along the sole of ' +
    'the foot from the heel to the base of the toes. It is a frequent reason adults see a doctor about heel pain.',
  'The pain tends to be sharpest when you first put weight on the foot after rest. Many people find it eases once they have ' +
    'walked around for a few minutes, then comes back later in the day.',
];
const mcSymIntro = ['The main symptom is pain on the underside of the heel, and sometimes along the arch. The pain is often:'];
const mcSym = [
  'Sharp or stabbing with the first steps of the morning',
  'Worse after standing for a long time or getting up from a chair',
  'Worse after exercise rather than during it',
  'In one foot, although both feet can be affected',
];
const mcWhen = [
  'Make an appointment if heel pain lasts more than a few weeks despite rest and comfortable shoes, if it keeps you from your ' +
    'usual activities, or if you also have numbness, tingling or swelling in the foot.',
  'Seek care promptly if the pain began after an injury or if you cannot put weight on the foot.',
];
const mcCauses = [
  'The plantar fascia works like a bowstring, supporting the arch and absorbing shock when you walk. Repeated stress can cause ' +
    'small tears in the tissue, particularly where it joins the heel bone. Over time this leads to irritation and pain.',
  'Often there is no single clear cause. Several factors tend to combine, such as a sudden increase in activity along with ' + 'worn-out shoes.',
];
const mcRiskIntro = ['Anyone can develop plantar fasciitis, but some factors make it more likely:'];
const mcRisk = [
  '<strong>Age.</strong> It is most common between the ages of 40 and 60.',
  '<strong>Certain types of exercise.</strong> Activities that put repeated load on the heel, such as distance running and ' +
    'jumping sports, can bring on symptoms.',
  '<strong>Foot shape.</strong> Flat feet, a high arch or an unusual walking pattern changes how weight is spread when you stand.',
  '<strong>Extra body weight.</strong> Carrying more weight increases the stress on the plantar fascia with every step.',
  '<strong>Jobs that keep you on your feet.</strong> Long shifts standing on hard floors, as in factory, retail or hospital ' + 'work, raise the risk.',
];
const mcComp = [
  'Left untreated, plantar fasciitis can turn into heel pain that lasts a long time and gets in the way of daily life. Some ' +
    'people change the way they walk to avoid the pain, which can lead to new problems in the foot, knee, hip or back.',
  'Most people improve within several months with simple measures such as rest, stretching and supportive footwear.',
];
const mcUtil = ['Request an appointment', 'Find a doctor', 'Find a location', 'Contact us', 'Log in to Patient Account'];
const mcNav = ['Care at Harwell Clinic', 'Health Library', 'For Medical Professionals', 'Research & Education', 'Giving to Harwell Clinic'];
const mcTabs = ['Symptoms & causes', 'Diagnosis & treatment', 'Doctors & departments'];
const mcFig = [
  'Plantar fascia',
  'The plantar fascia runs along the bottom of the foot and supports the arch. Strain where it attaches to the heel bone is ' + 'the usual source of pain.',
];
const mcProducts = ['Products & Services', 'A Book: Harwell Clinic Guide to Healthy Feet', 'Show more products from Harwell Clinic'];
const mcNews = [
  'From Harwell Clinic to your inbox',
  'Sign up for free and stay current on research, health tips and the conditions that matter to you. Click here for an email preview.',
  'Error',
  'Email field is required',
  'Include a valid email address',
  'Subscribe!',
  'To provide you with the most relevant and helpful information, we may combine your email with other information we have about you.',
  'Thank you for subscribing!',
  'You’ll soon start receiving the latest health information you requested in your inbox.',
];
const mcRefs = [
  'Moreau L, et al. Heel pain in adults: A practical review. Journal of Foot Care. 2024;18:211.',
  'Plantar heel pain. American Society of Podiatric Practice. Accessed Sept. 2, 2025.',
  'Okafor C. Stretching and footwear for plantar heel pain. Clinical Rehabilitation Reports. 2023;9:45.',
];
const mcRelated = ['Heel pain', 'Foot pain', 'Stretches for heel pain', 'Choosing running shoes'];
const mcAd = [
  'Advertisement',
  'Harwell Clinic does not endorse companies or products. Advertising revenue supports our not-for-profit mission.',
  'Advertising & Sponsorship',
  'Policy',
  'Opportunities',
  'Ad Choices',
];
const mcFoot = [
  ['Find a doctor', 'Explore careers', 'Sign up for free e-newsletters'],
  ['About Harwell Clinic', 'About this Site', 'Send us feedback', 'Locations', 'Health Information Policy', 'Media Requests', 'News Network'],
  ['Terms and Conditions', 'Privacy Policy', 'Notice of Privacy Practices', 'Notice of Nondiscrimination', 'Accessibility Statement', 'Site Map'],
];
const mcCopy = '© 1998-2025 Harwell Foundation for Medical Education and Research (HFMER). All rights reserved.';
const sec = (h: string, inner: string, tag = 'h2'): string => `<${tag}>${h}</${tag}>\n${inner}`;
const mp = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const mu = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const adSlot = (n: number): string => `<div class="ad-container"><div class="label">${mcAd[0]}</div><div id="ad-mobile-top-container-${n}"
class="adslot" data-adslot="mayo-inline-${n}"></div><div class="policy"><p>${mcAd[1]}</p><p><a
href="/about-this-site/advertising-sponsorship">${mcAd[2]}</a></p>
<ul><li><a href="/policy">${mcAd[3]}</a></li><li><a href="/opportunities">${mcAd[4]}</a></li><li><a href="/adchoices">${mcAd[5]}</a></li></ul></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Plantar fasciitis - Symptoms and causes - Harwell Clinic</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Learn about heel pain from plantar fasciitis, what
causes it and who is most likely to get it."><meta name="PocID" content="POC-20354846"><meta name="ContentType" content="Diseases and Conditions">
<link rel="canonical" href="https://www.harwellclinic.example/diseases-conditions/plantar-fasciitis/symptoms-causes/syc-20354846">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"${mcTitle}","about":{"@type":"MedicalCondition",
"name":"${mcTitle}"},"lastReviewed":"2025-10-14","audience":"https://schema.org/Patient"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"contentType":"Diseases and Conditions","section":"Symptoms-Causes"});</script>
<link rel="stylesheet" href="/_next/static/css/8a3c1f2e9b7d6a40.css"></head>
<body><div id="__next"><a class="cmp-skip-link" href="#main-content">Skip to main content</a>
<header class="cmp-header"><div class="cmp-header__utility"><ul class="cmp-utility-nav">${links(mcUtil, 'cmp-utility-nav__item')}</ul></div>
<div class="cmp-header__main"><a class="cmp-header__logo" href="/"><img src="/-/media/logo.svg" alt="Harwell Clinic"></a>
<nav class="cmp-navigation" aria-label="Main"><ul class="cmp-navigation__group">${links(mcNav, 'cmp-navigation__item')}</ul></nav>
<div class="cmp-header__actions"><button class="cmp-search-toggle" aria-label="Search"><span class="cmp-search-toggle__text">Search</span></button>
<a class="cmp-button cmp-button--give" href="/giving">Give Now</a></div></div></header>
<main id="main-content"><div class="main"><div class="row"><div class="content-header"><h1><a
href="/diseases-conditions/plantar-fasciitis/symptoms-causes/syc-20354846"
>${mcTitle}</a></h1><div class="cmp-tab-list" role="tablist">
${mcTabs.map((t, i) => `<a role="tab" aria-selected="${i === 0}" class="cmp-tab${i === 0 ? ' cmp-tab--active' : ''}" href="/t${i}">${t}</a>`).join('\n')}</div>
<div class="cmp-print"><button type="button" class="cmp-button cmp-button--print">Print</button></div></div>
<div id="main-content-body" class="content"><article>
${sec('Overview', mp(mcOverview))}
<figure class="cmp-image"><img src="/-/media/images/plantar-fascia.jpg" alt="Plantar fascia" loading="lazy"><figcaption class="cmp-image__caption">
<h3 class="cmp-image__title">${mcFig[0]}</h3><p>${mcFig[1]}</p></figcaption></figure>
${adSlot(1)}
${sec('Symptoms', `${mp(mcSymIntro)}\n${mu(mcSym)}`)}
${sec('When to see a doctor', mp(mcWhen), 'h3')}
<div class="cmp-request-appointment"><h3>Request an appointment</h3><p class="error hidden">There is a problem with information submitted for this request.
Review/update the information highlighted below and resubmit the form.</p><a class="cmp-button" href="/appointments">Make an appointment</a></div>
<div class="cmp-products-services"><h3>${mcProducts[0]}</h3><ul><li><a href="https://store.harwellclinic.example/feet">${mcProducts[1]}</a></li></ul>
<a class="cmp-link--more" href="/products">${mcProducts[2]}</a></div>
${sec('Causes', mp(mcCauses))}
${sec('Risk factors', `${mp(mcRiskIntro)}\n${mu(mcRisk)}`)}
<div class="cmp-newsletter" id="newsletter"><h3>${mcNews[0]}</h3><p>${mcNews[1]!.replace('Click here', '<a href="/preview">Click here</a>')}</p><form
class="cmp-newsletter__form"><label for="nl-email">Email</label><input id="nl-email" type="email" aria-describedby="nl-err"><div id="nl-err"
class="cmp-newsletter__error hidden" aria-live="polite"><span class="label">${mcNews[2]}</span><p class="required">${mcNews[3]}</p>
<p class="invalid">${mcNews[4]}</p></div><button type="submit" class="cmp-button">${mcNews[5]}</button></form><p class="cmp-newsletter__disclaimer">${mcNews[6]}
<a href="/privacy">Learn more about Harwell Clinic’s use of data.</a></p><div class="cmp-newsletter__thanks hidden"><h3>${mcNews[7]}</h3>
<p>${mcNews[8]}</p></div></div>
${sec('Complications', mp(mcComp))}
<div class="cmp-byline"><p>By Harwell Clinic Staff</p></div>
<div class="cmp-references"><button class="cmp-references__toggle" aria-expanded="false">Show references</button><ol class="cmp-references__list hidden">
${mcRefs.map((t) => `<li>${t}</li>`).join('\n')}</ol></div>
<p class="cmp-date">Oct. 14, 2025</p>
<div class="cmp-related"><h3>Related</h3><ul>${links(mcRelated, 'cmp-related__item')}</ul></div>
<div class="cmp-share"><button class="cmp-share__button">Share</button><button class="cmp-share__button">Print</button></div>
</article></div>
<aside class="rail">${adSlot(2)}<div class="cmp-rail-promo"><h3>Harwell Clinic Press</h3><p>Check out these best-sellers and special offers on books
and newsletters from Harwell Clinic Press.</p><a href="/press">Shop now</a></div></aside></div></div></main>
<footer class="cmp-footer">${mcFoot.map((col) => `<ul class="cmp-footer__list">${links(col, 'cmp-footer__item')}</ul>`).join('\n')}
<p class="cmp-footer__copyright">${mcCopy}</p><p class="cmp-footer__reprint">A single copy of these materials may be reprinted for noncommercial
personal use only.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"pocId":"POC-20354846","section":"symptoms-causes"}},"page":"/[...slug]"}</script>
</body></html>`;
export const healthPage: TestPage = {
  html,
  name: 'heldout96-harwell-clinic-health-info',
  kind: 'wiki',
  // the illustration's caption title and description, the products box, the appointment box, the newsletter box (with its hidden
  // texts), the collapsed references list (bibliography), related links and ad disclaimers are furniture; "By ... Staff" and the
  // review date are bylines
  title: mcTitle,
  headings: ['Overview', 'Symptoms', 'When to see a doctor', 'Causes', 'Risk factors', 'Complications'],
  body: [...mcOverview, ...mcSymIntro, ...mcSym, ...mcWhen, ...mcCauses, ...mcRiskIntro, ...texts(mcRisk), ...mcComp],
  bylines: ['By Harwell Clinic Staff', 'Oct. 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mcUtil, ...mcNav, 'Search', 'Give Now', ...mcTabs, 'Print', ...mcFig, ...mcAd,
    'There is a problem with information submitted for this request. Review/update the information highlighted below and resubmit the form.',
    'Make an appointment', ...mcProducts, 'Email', ...mcNews, 'Learn more about Harwell Clinic’s use of data.', 'Show references', ...mcRefs, 'Related',
    ...mcRelated,
    'Share', 'Harwell Clinic Press', 'Check out these best-sellers and special offers on books and newsletters from Harwell Clinic Press.', 'Shop now',
    ...mcFoot.flat().filter((t) => t !== 'Find a doctor'), mcCopy, 'A single copy of these materials may be reprinted for noncommercial personal use only.',
  ],
};
