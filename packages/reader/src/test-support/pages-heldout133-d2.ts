import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 133, file d2: a Mayo Clinic disease overview, "Symptoms & causes" tab (the utility bar and main nav, the
 * linked h1 with the tab bar and "Print", an image with its two-part caption and "Enlarge image", the "Request an
 * appointment" button and the "From Mayo Clinic to your inbox" newsletter form placed between the Symptoms and Causes
 * sections, "By Mayo Clinic Staff" and the date, collapsed references, the ad with its disclaimer, the Mayo Clinic Press
 * promo, the Related / Associated Procedures / Products & Services lists, the giving banner and the big footer).
 */
const title = 'Ganglion cyst';
const utility = ['Request an Appointment', 'Find a Doctor', 'Find a Job', 'Give Now', 'Log in to Patient Account', 'English'];
const mainNav = ['Care at Mayo Clinic', 'Health Library', 'For Medical Professionals', 'Research & Education at Mayo Clinic', 'Giving to Mayo Clinic'];
const tabs = ['Symptoms & causes', 'Diagnosis & treatment', 'Doctors & departments'];
const caption = [
  'Ganglion cyst',
  'Ganglion cysts are most often found on the back of the wrist. They can also form on the palm side of the wrist, at the base of a finger or on the top of a' +
    ' finger joint.',
];
const overview = [
  `Ganglion cysts are noncancerous lumps that most often develop along the tendons or joints of the wrists or hands. They also may form in the
ankles and feet. Ganglion cysts are usually round or oval and are filled with a thick fluid that looks like jelly.`,
  `Small ganglion cysts can be pea-sized, while larger ones can grow to around an inch (2.5 centimeters) across. A cyst can press on a nearby
nerve, which may be painful. But many people with ganglion cysts have no symptoms at all.`,
  'Treatment often isn\u2019t needed. A ganglion cyst may go away on its own. If the cyst causes pain or gets in the way of using the joint, a health care' +
    ' provider may suggest draining it or removing it with surgery.',
];
const symptomsIntro = ['Signs and symptoms of ganglion cysts include:'];
const symptoms = [
  '<strong>Location.</strong> Ganglion cysts most often form along the tendons or joints of the wrists or hands. The ankles and feet are the next most common' +
    ' places.',
  '<strong>Shape and size.</strong> The cysts are round or oval and usually measure less than an inch across. Some are too small to feel. A cyst\u2019s size' +
    ' can change, often getting bigger when the joint is used more.',
  '<strong>Pain.</strong> Ganglion cysts usually don\u2019t hurt. But if a cyst presses on a nerve, even a small one can cause pain, tingling, numbness or' +
    ' muscle weakness.',
];
const doctor = [
  'See your health care provider if you have a lump on your wrist, hand, ankle or foot that hurts or makes it hard to move the joint. Your provider can tell' +
    ' you whether you need treatment.',
];
const causes = [
  `No one knows exactly what causes a ganglion cyst to form. It grows out of a joint or the lining of a tendon and looks like a tiny water
balloon on a stalk. The cyst seems to happen when the tissue that surrounds a joint or a tendon bulges out of place.`,
  'The fluid inside a ganglion cyst is like the fluid that lubricates joints and tendons, but thicker.',
];
const riskIntro = ['Factors that may raise the risk of ganglion cysts include:'];
const risks = [
  '<strong>Sex and age.</strong> Ganglion cysts can develop in anyone, but they most often appear in women between the ages of 20 and 40.',
  '<strong>Osteoarthritis.</strong> People who have wear-and-tear arthritis in the finger joints closest to the fingernails are at higher risk of ganglion' +
    ' cysts near those joints.',
  '<strong>Joint or tendon injury.</strong> Joints or tendons that have been injured in the past are more likely to develop ganglion cysts.',
];
const newsletter = [
  'From Mayo Clinic to your inbox',
  'Sign up for free and stay up to date on research advancements, health tips, current health topics, and expertise on managing health. Click here for an' +
    ' email preview.',
  'Email',
  'Learn more about Mayo Clinic\u2019s use of data.',
  'Subscribe!',
];
const staff = 'By Mayo Clinic Staff';
const date = 'May 02, 2024';
const adText = [
  'Advertisement',
  'Mayo Clinic does not endorse companies or products. Advertising revenue supports our not-for-profit mission.',
  'Advertising & Sponsorship',
];
const adLinks = ['Policy', 'Opportunities', 'Ad Choices'];
const press = [
  'Mayo Clinic Press',
  'Check out these best-sellers and special offers on books and newsletters from Mayo Clinic Press.',
  'NEW – The Essential Guide to Hand and Wrist Health',
  'Mayo Clinic on Arthritis – Living Well With Joint Pain',
  'FREE book offer – Mayo Clinic Health Letter',
];
const rails: readonly (readonly [string, readonly string[]])[] = [
  ['Related', ['Ganglion cyst', 'Wrist pain', 'Hand pain']],
  ['Associated Procedures', ['Ganglion cyst aspiration', 'Wrist arthroscopy']],
  ['Products & Services', ['A Book: Mayo Clinic Guide to Hand and Wrist Health', 'Mayo Clinic Health Letter']],
];
const give = [
  'Help transform healthcare',
  'Your donation can make a difference in the future of healthcare. Give now to support Mayo Clinic\u2019s research.',
  'Give Today',
];
const footGroups: readonly (readonly [string, readonly string[]])[] = [
  ['Find a doctor', []],
  ['Explore careers', []],
  ['Sign up for free e-newsletters', []],
  ['About Mayo Clinic', ['About this Site', 'Contact Us', 'Locations', 'Health Information Policy', 'Media Requests', 'News Network', 'Price Transparency']],
  ['Medical Professionals', ['AskMayoExpert', 'Clinical Trials', 'Mayo Clinic Alumni Association', 'Refer a Patient']],
  ['Businesses', ['Executive Health Program', 'International Business Collaborations', 'Facilities & Real Estate', 'Supplier Information']],
  ['Students', ['Admissions Requirements', 'Degree Programs', 'Student & Faculty Portal']],
  ['Researchers', ['Research Faculty', 'Laboratories']],
  ['International Patients', ['Appointments', 'Financial Services', 'International Locations & Offices']],
];
const legal = [
  'Terms & Conditions',
  'Privacy Policy',
  'Notice of Privacy Practices',
  'Notice of Nondiscrimination',
  'Accessibility Statement',
  'Advertising & Sponsorship Policy',
  'Site Map',
  'Manage Cookies',
];
const copyright = '© 1998-2025 Mayo Foundation for Medical Education and Research (MFMER). All rights reserved.';
const refs = [
  'Ganglion cyst of the wrist and hand. Westbrook Society for Surgery of the Hand. Accessed March 4, 2024.',
  'Harrow JT, et al. Ganglion cysts: A review of diagnosis and management. Journal of Hand Therapy Practice. 2022; doi:10.1000/jhtp.2022.118.',
  'Okafor L. Wrist masses in adults. Clinical Orthopedic Summaries. 2023;14:211.',
];
const text = (inner: string): string => `<div class="cmp-text"><div class="content">${inner}</div></div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const html = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="UTF-8"><title>${title} - Symptoms &amp; causes - Mayo Clinic</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Learn about these noncancerous lumps that most often form on
the wrists or hands and what you can do about them."><meta name="PublishDate" content="2024-05-02"><meta name="contentid" content="CON-20168003">
<meta property="og:title" content="${title} - Symptoms and causes"><meta property="og:site_name" content="Mayo Clinic"><meta property="og:type"
content="article">
<link rel="canonical" href="https://www.mayoclinic.org/diseases-conditions/ganglion-cyst/symptoms-causes/syc-20351156">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"${title}",
"url":"https://www.mayoclinic.org/diseases-conditions/ganglion-cyst/symptoms-causes/syc-20351156",
"about":{"@type":"MedicalCondition","name":"${title}","alternateName":"Ganglion"},"audience":"http://schema.org/Patient","lastReviewed":"2024-05-02",
"publisher":{"@type":"Organization","name":"Mayo Clinic","logo":{"@type":"ImageObject","url":"https://www.mayoclinic.org/content/dam/logo.png"}}}</script>
<link rel="stylesheet" href="/etc.clientlibs/mayoclinic/clientlibs/clientlib-site.lc-7c1b9e4f2a-lc.min.css" type="text/css">
<script src="/etc.clientlibs/mayoclinic/clientlibs/clientlib-dependencies.lc-d41d8cd98f-lc.min.js"></script>
<script>window.adobeDataLayer=window.adobeDataLayer||[];window.adobeDataLayer.push({"page":{"contentType":"Diseases and Conditions","section":"Symptoms &
causes",
"contentId":"CON-20168003"}});</script></head>
<body class="page basicpage cmp-page--patient-care" id="page-3f1d9e7a2b"><div class="root container responsivegrid"><div id="container-5e0c"
class="cmp-container">
<header class="experiencefragment cmp-experiencefragment--header"><div class="cmp-header"><div class="cmp-header__utility"><ul class="cmp-utility-nav">
${links(utility, 'cmp-utility-nav__item')}</ul></div><div class="cmp-header__main"><a class="cmp-header__logo" href="https://www.mayoclinic.org/"><img
src="/content/dam/mayoclinic/logos/mayo-clinic-logo.svg" alt="Mayo Clinic Home Page" width="71" height="88"></a><nav class="cmp-navigation"
aria-label="Primary">
<ul class="cmp-navigation__group">${links(mainNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav>
<div class="cmp-search"><form action="/search/search-results" role="search"><label class="cmp-search__label" for="cmp-search-input">Search</label>
<input id="cmp-search-input" class="cmp-search__input" type="text" name="q" placeholder="Search Mayo Clinic"></form></div></div></div></header>
<main class="cmp-container--main" id="main-content"><div class="cmp-title"><h1 class="cmp-title__text"><a
href="/diseases-conditions/ganglion-cyst/symptoms-causes/syc-20351156">${title}</a></h1></div>
<nav class="cmp-tabs" aria-label="Ganglion cyst sections"><ul class="cmp-tabs__tablist" role="tablist">${tabs
  .map(
    (t, i) =>
      `<li role="tab" class="cmp-tabs__tab${i === 0 ? ' cmp-tabs__tab--active' : ''}"><a href="/diseases-conditions/ganglion-cyst/${i}">${t.replace(
        '&',
        '&amp;',
      )}</a></li>`,
  )
  .join('')}</ul><a class="cmp-print" href="/diseases-conditions/ganglion-cyst/symptoms-causes/syc-20351156?p=1">Print</a></nav>
<div class="cmp-container cmp-container--content"><div class="aem-Grid aem-Grid--12">
${text(`<h2>Overview</h2>`)}
<div class="cmp-image cmp-image--landscape" data-cmp-is="image"><img class="cmp-image__image"
src="/-/media/kcms/gbs/patient-consumer/images/2013/08/26/10/35/ds00627_im00939_r7_ganglioncyst.jpg"
alt="Ganglion cyst" loading="lazy" width="400" height="300"><button class="cmp-image__enlarge" type="button">Enlarge image</button>
<div class="cmp-image__caption"><span class="cmp-image__title">${caption[0]}</span><p>${caption[1]}</p></div></div>
${text(ps(overview))}
${text(`<h2>Symptoms</h2>\n${ps(symptomsIntro)}\n${ul(symptoms)}\n<h3>When to see a doctor</h3>\n${ps(doctor)}`)}
<div class="cmp-button cmp-button--request-appointment"><a class="cmp-button__link" href="https://www.mayoclinic.org/appointments"><span
class="cmp-button__text">Request an appointment</span></a></div>
<div class="cmp-newsletter" data-list-id="mayo-clinic-newsletter"><form class="cmp-newsletter__form" novalidate><h3
class="cmp-newsletter__title">${newsletter[0]}</h3>
<p class="cmp-newsletter__description">Sign up for free and stay up to date on research advancements, health tips, current health topics, and expertise on
managing health. <a href="https://www.mayoclinic.org/newsletter-preview">Click here for an email preview.</a></p><label class="cmp-newsletter__label"
for="newsletter-email">${newsletter[2]}</label><input id="newsletter-email" type="email" required><div class="cmp-newsletter__error" hidden>Error Email field is
required</div><p class="cmp-newsletter__privacy"><a href="https://www.mayoclinic.org/about-this-site/privacy-policy">${newsletter[3]}</a></p>
<button class="cmp-newsletter__submit" type="submit">${newsletter[4]}</button></form></div>
${text(`<h2>Causes</h2>\n${ps(causes)}`)}
${text(`<h2>Risk factors</h2>\n${ps(riskIntro)}\n${ul(risks)}`)}
<div class="cmp-author"><p class="cmp-author__byline">${staff}</p></div>
<div class="cmp-button cmp-button--request-appointment"><a class="cmp-button__link" href="https://www.mayoclinic.org/appointments"><span
class="cmp-button__text">Request an appointment</span></a></div>
<div class="cmp-next-tab"><a href="/diseases-conditions/ganglion-cyst/diagnosis-treatment/drc-20351160"><span>Diagnosis &amp; treatment</span></a></div>
<div class="cmp-references"><button class="cmp-references__toggle" aria-expanded="false">Show references</button><ol class="cmp-references__list" hidden>
${refs.map((r) => `<li>${r}</li>`).join('\n')}</ol></div><div class="cmp-publish-date"><p>${date}</p></div>
</div></div>
<aside class="cmp-container--sidebar"><div class="cmp-advertisement"><p class="cmp-advertisement__label">${adText[0]}</p><div id="ad-mobile-top-container"
class="cmp-advertisement__slot"></div><p class="cmp-advertisement__disclaimer">${adText[1]}</p><p
class="cmp-advertisement__links">${adText[2]}</p><ul>${links(adLinks)}</ul>
</div><div class="cmp-promo cmp-promo--press"><h3>${press[0]}</h3><p>${press[1]}</p><ul>${links(press.slice(2))}</ul></div></aside>
<div class="cmp-related">${rails
  .map(
    ([h, items]) => `<div class="cmp-related__group"><h2
class="cmp-related__title">${h}</h2><ul>${links(items)}</ul></div>`,
  )
  .join('\n')}
</div></main>
<div class="cmp-giving-banner"><h2>${give[0]}</h2><p>${give[1]}</p><a class="cmp-button__link" href="https://philanthropy.mayoclinic.org/">${give[2]}</a></div>
<footer class="experiencefragment cmp-experiencefragment--footer"><div class="cmp-footer">${footGroups
  .map(([h, items]) =>
    items.length === 0
      ? `<a class="cmp-footer__cta" href="/${h.toLowerCase().replace(/ /g, '-')}">${h}</a>`
      : `<div class="cmp-footer__group"><h3 class="cmp-footer__title">${h}</h3><ul>${links(items)}</ul></div>`,
  )
  .join('\n')}<div class="cmp-footer__social"><p>Follow Mayo Clinic</p><p>Get the Mayo Clinic app</p></div>
<ul class="cmp-footer__legal">${links(legal)}</ul><p class="cmp-footer__language">Language: <a href="#">English</a></p><p
class="cmp-footer__copyright">${copyright}</p>
<p class="cmp-footer__disclaimer">A single copy of these materials may be reprinted for noncommercial personal use only. "Mayo," "Mayo Clinic,"
"MayoClinic.org," "Mayo
Clinic Healthy Living," and the triple-shield Mayo Clinic logo are trademarks of Mayo Foundation for Medical Education and
Research.</p></div></footer></div></div>
<script src="/etc.clientlibs/mayoclinic/clientlibs/clientlib-site.lc-9b8f1c2d3e-lc.min.js"></script></body></html>`;
export const mayoOverview: TestPage = {
  name: 'heldout133-mayoclinic-disease-overview',
  kind: 'wiki',
  html,
  // the h1 is a link to the page itself; the tab bar, the image caption, the appointment buttons, the newsletter form between the
  // sections, the references (collapsed), the ad, promos, related lists, giving banner and footer are furniture; the staff line and
  // the date are bylines
  title,
  headings: ['Overview', 'Symptoms', 'When to see a doctor', 'Causes', 'Risk factors'],
  body: texts([...overview, ...symptomsIntro, ...symptoms, ...doctor, ...causes, ...riskIntro, ...risks]),
  bylines: [staff, date],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...utility, ...mainNav, 'Search', ...tabs, 'Print', 'Enlarge image', caption[1] ?? '', 'Request an appointment', ...newsletter,
    'Error Email field is required', 'Show' +
  ' references', ...refs, ...adText, ...adLinks, ...press, ...rails.flatMap(([h, items]) => [h, ...items.filter((t) => t !== title)]),
    ...give, ...footGroups.flatMap(([h, items]) => [h, ...items]), 'Follow Mayo Clinic', 'Get the Mayo Clinic app', ...legal, 'Language:', copyright,
    'A single copy of these materials may be reprinted for noncommercial personal use only.',
  ])],
};
