import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes } from './pages-heldout151-a2.js';

/**
 * Held-out batch 151, file f2: a Mayo Clinic symptoms page (Health Library, "Symptoms" section) as the current Next.js
 * site renders it: the skip link, the header with primary and utility navigation, the "On this page" anchor list, the
 * definition, causes (with the condition list and the standard diagnosis disclaimer) and "when to see a doctor" sections,
 * the "By Mayo Clinic Staff" byline and date, the "Request an appointment" call-outs, the "Show references" list, the ad
 * slot with its disclaimer and policy links, the Mayo Clinic Press promo, the e-newsletter box, the large footer and the
 * cookie banner.
 */
const title = 'Night sweats';
const hDef = 'Definition';
const def = [
  'Night sweats are repeated episodes of very heavy sweating during sleep, heavy enough to soak your nightclothes or bedding. They are often ' +
    'caused by an underlying condition or illness.',
  'Sometimes you may wake up after sweating heavily, particularly if you are sleeping under too many blankets or if your bedroom is too warm. ' +
    'Although uncomfortable, these episodes usually are not considered night sweats and typically are not a sign of a medical problem.',
  'Night sweats are different from the flushing that some people have from time to time, although flushing and heavy sweating can occur ' +
    'together. Keeping a diary of when the episodes happen, and what you ate, drank or took beforehand, can help your health care team find the cause.',
];
const hCauses = 'Causes';
const causesIntro = ['Many conditions can cause night sweats. Some of the more common ones include:'];
const causes = [
  'Anxiety disorders',
  'Autoimmune conditions that cause inflammation',
  'Hormone changes during menopause',
  'Infections, including some bacterial and fungal infections',
  'Low blood sugar (hypoglycemia)',
  'Certain medicines, such as some antidepressants, hormone therapy drugs and fever reducers',
  'Obstructive sleep apnea',
  'An overactive thyroid (hyperthyroidism)',
  'Some types of cancer, particularly lymphoma',
  'Alcohol use disorder or withdrawal from alcohol or some drugs',
];
const disclaimer =
  'Causes shown here are commonly associated with this symptom. Work with your doctor or other health care professional for an accurate diagnosis.';
const hDoctor = 'When to see a doctor';
const doctor = ['Night sweats on their own are not usually a cause for concern. Make an appointment with your health care professional if night sweats:'];
const doctorList = [
  'Happen on a regular basis',
  'Interrupt your sleep',
  'Come with a fever, weight loss you cannot explain, a cough that will not go away or diarrhea',
  'Begin months or years after your menopause symptoms have ended',
];
const doctorAfter = [
  'If you are going through menopause and night sweats are the main symptom, ask about ways to manage them, such as keeping the bedroom cool, ' +
    'wearing light layers to bed and limiting alcohol and spicy food in the evening.',
  'Your health care professional may ask how long the episodes last, how often they happen and whether anything seems to trigger them. Blood ' +
    'tests or other tests may be needed to look for an underlying cause.',
];
const staff = 'By Mayo Clinic Staff';
const date = 'Oct. 14, 2025';
const refs = [
  'Okoro AB, et al. Evaluation of night sweats in adults. Journal of Primary Care Practice. 2024;18:221.',
  'Night sweats. Family Health Reference. Accessed Sept. 2, 2025.',
  'Lindahl PR (expert opinion). Mayo Clinic. Sept. 18, 2025.',
];
const primary = ['Care at Mayo Clinic', 'Health Library', 'For Medical Professionals', 'Research & Education at Mayo Clinic', 'Giving to Mayo Clinic'];
const utility = ['Request appointment', 'Log in', 'Search', 'Menu'];
const ad = [
  'Advertisement',
  'Mayo Clinic does not endorse companies or products. Advertising revenue supports our not-for-profit mission.',
  'Advertising & Sponsorship',
  'Policy',
  'Opportunities',
  'Ad Choices',
];
const press = [
  'Mayo Clinic Press',
  'Check out these best-sellers and special offers on books and newsletters from Mayo Clinic Press.',
  'NEW – Sleep Well at Every Age',
  'The Everyday Health Handbook',
  'Mayo Clinic Health Letter - FREE book',
];
const news = [
  'From Mayo Clinic to your inbox',
  'Sign up for free and stay up to date on research advancements, health tips, current health topics, and expertise on managing health.',
  'Click here for an email preview.',
  'Email',
  'Subscribe!',
  'Learn more about Mayo Clinic’s use of data.',
];
const cta = ['Request an appointment', 'Show references', 'Products & Services', 'A Book: Mayo Clinic Family Health Book', 'See more Products and Services'];
const footCols: [string, string[]][] = [
  ['Find a doctor', []],
  ['Explore careers', []],
  ['Sign up for free e-newsletters', []],
  ['About Mayo Clinic', ['About this Site', 'Contact Us', 'Locations', 'Health Information Policy', 'Media Requests', 'News Network', 'Price Transparency']],
  ['Medical Professionals', ['AskMayoExpert', 'Clinical Trials', 'Mayo Clinic Alumni Association', 'Refer a Patient']],
  ['Businesses', ['Executive Health Program', 'International Business Collaborations', 'Facilities & Real Estate', 'Supplier Information']],
  ['Students', ['Admissions Requirements', 'Degree Programs', 'Student & Faculty Portal']],
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
const langs = ['Language:', 'English', 'Español', 'العربية', '简体中文'];
const copyright = '© 1998-2026 Mayo Foundation for Medical Education and Research (MFMER). All rights reserved.';
const cookie = [
  'This website uses cookies and similar technologies to improve your experience, analyze site use and support our advertising.',
  'Cookie Settings',
  'Accept All',
];
const esc = (t: string): string => t.replace(/&/g, '&amp;');
const lis = (a: readonly string[]): string => a.map((t) => `<li>${t}</li>`).join('\n');
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Night sweats Causes - Mayo Clinic</title>
<meta name="description" content="Find out what can cause night sweats and when to see a health care professional.">
<meta property="og:title" content="Night sweats Causes"><meta property="og:type" content="article"><meta property="og:site_name" content="Mayo Clinic">
<meta name="PublishDate" content="2025-10-14"><meta name="ContentType" content="Symptom"><meta name="Section" content="Patient Care &amp; Health Info">
<link rel="canonical" href="https://www.mayoclinic.org/symptoms/night-sweats/basics/causes/sym-20050768">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Night sweats","about":{"@type":"MedicalSignOrSymptom",
"name":"Night sweats"},"lastReviewed":"2025-10-14","author":{"@type":"Organization","name":"Mayo Clinic"},"publisher":{"@type":"Organization",
"name":"Mayo Clinic","logo":{"@type":"ImageObject","url":"https://www.mayoclinic.org/-/media/logo.png"}}}</script>
<script src="https://assets.adobedtm.example/launch-EN3f1a.min.js" async></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="8a1c3e9f" async></script>
<link rel="stylesheet" href="/_next/static/css/5c2a8f3b1e7d9a04.css"></head>
<body><div id="__next"><a class="mc-skip-link" href="#main-content">Skip to content</a>
<header class="cmp-header" data-testid="header"><div class="cmp-header__top"><a class="cmp-header__logo" href="/"><img src="/_next/static/media/mc-logo.svg"
alt="Mayo Clinic Home Page" width="72" height="60"></a><nav class="cmp-header__primary" aria-label="Primary"><ul>${primary
  .map((t) => `<li><button class="cmp-header__primary-btn" aria-expanded="false">${esc(t)}</button></li>`)
  .join('')}</ul></nav><nav class="cmp-header__utility" aria-label="Utility"><ul>${utility
  .map((t) => `<li><a class="cmp-header__utility-link" href="#">${t}</a></li>`)
  .join('')}</ul></nav></div></header>
<main id="main-content" class="cmp-main"><div class="cmp-container cmp-container--symptom"><div class="cmp-layout__main"><div class="cmp-title"><h1
class="cmp-title__text">${title}</h1></div>
<nav class="cmp-anchor-navigation" aria-labelledby="on-this-page"><h2 id="on-this-page" class="cmp-anchor-navigation__title">On this page</h2><ul>${[
  hDef,
  hCauses,
  hDoctor,
]
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></nav>
<div class="cmp-text" id="definition"><h2>${hDef}</h2>
${ps(def)}</div>
<div class="cmp-advertisement cmp-advertisement--inline" data-testid="ad"><div class="cmp-advertisement__label">${ad[0]}</div><div id="ad-mobile-top"
class="cmp-advertisement__slot" data-ad-slot="/8484/mayoclinic.org/symptoms"></div></div>
<div class="cmp-text" id="causes"><h2>${hCauses}</h2>
${ps(causesIntro)}
<ul>${lis(causes.map((c, i) => (i % 3 === 0 ? `<a href="/diseases-conditions/${i}">${c}</a>` : c)))}</ul>
<p class="cmp-disclaimer"><em>${disclaimer}</em></p></div>
<div class="cmp-text" id="when-to-see-a-doctor"><h2>${hDoctor}</h2>
${ps(doctor)}
<ul>${lis(doctorList)}</ul>
${ps(doctorAfter)}</div>
<div class="cmp-cta"><a class="cmp-button cmp-button--primary" href="/appointments">${cta[0]}</a></div>
<div class="cmp-author"><p class="cmp-author__byline">${staff}</p></div>
<div class="cmp-references"><button class="cmp-references__toggle" aria-expanded="false">${cta[1]}</button><ol class="cmp-references__list" hidden>
${lis(refs)}</ol></div>
<div class="cmp-publish-date"><p>${date}</p></div>
<div class="cmp-product-services"><h2 class="cmp-product-services__title">${cta[2]}</h2><ul><li><a href="#">${cta[3]}</a></li></ul><a
href="#">${cta[4]}</a></div>
</div>
<aside class="cmp-layout__rail"><div class="cmp-advertisement cmp-advertisement--rail"><div class="cmp-advertisement__label">${ad[0]}</div><div
id="ad-rail-1" class="cmp-advertisement__slot"></div><div class="cmp-advertisement__disclaimer"><p>${ad[1]}</p><p><strong>${esc(ad[2] ?? '')}</strong></p>
<ul><li><a href="#">${ad[3]}</a></li><li><a href="#">${ad[4]}</a></li><li><a href="#">${ad[5]}</a></li></ul></div></div>
<section class="cmp-promo cmp-promo--press"><h2>${press[0]}</h2><p>${press[1]}</p><ul>${lis(press.slice(2).map((t) => `<a href="#">${t}</a>`))}</ul></section>
<section class="cmp-newsletter"><h2>${news[0]}</h2><p>${news[1]} <a href="#">${news[2]}</a></p><form><label for="nl-email">${news[3]}</label><input
id="nl-email" type="email" autocomplete="email"><button type="submit">${news[4]}</button></form><p class="cmp-newsletter__privacy"><a
href="#">${news[5]}</a></p>
</section><div class="cmp-cta"><a class="cmp-button" href="/appointments">${cta[0]}</a></div></aside></div></main>
<footer class="cmp-footer"><div class="cmp-footer__cols">${footCols
  .map(
    ([head, items]) =>
      `<div class="cmp-footer__col"><h3>${items.length ? head : `<a href="#">${head}</a>`}</h3>${
        items.length ? `<ul>${items.map((t) => `<li><a href="#">${esc(t)}</a></li>`).join('')}</ul>` : ''
      }</div>`,
  )
  .join('\n')}</div><ul class="cmp-footer__legal">${legal.map((t) => `<li><a href="#">${esc(t)}</a></li>`).join('')}</ul>
<div class="cmp-footer__language"><span>${langs[0]}</span><ul>${langs
  .slice(1)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}</ul></div><p class="cmp-footer__copyright">${copyright}</p></footer></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p
id="onetrust-policy-text">${cookie[0]}</p>
</div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">${cookie[1]}</button><button
id="onetrust-accept-btn-handler">${cookie[2]}</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"contentType":"symptom","title":"Night sweats"}},"page":"/symptoms/[...slug]",
"buildId":"b7Zc2q1nR0xJ","isFallback":false,"gssp":true}</script>
</body></html>`;

export const mayoSymptom: TestPage = dropClashes({
  name: 'heldout151-mayoclinic-symptom-page',
  kind: 'wiki',
  html,
  // the standard "Causes shown here..." disclaimer, the "On this page" list, the call-outs, the references and everything
  // in the rail and footer are furniture; "By Mayo Clinic Staff" and the date are bylines
  title,
  headings: [hDef, hCauses, hDoctor],
  body: texts([...def, ...causesIntro, ...causes, ...doctor, ...doctorList, ...doctorAfter]),
  bylines: [staff, date],
  furniture: [
    'Skip to content',
    ...primary,
    ...utility,
    'On this page',
    ...ad,
    disclaimer,
    ...cta,
    ...refs,
    ...press,
    ...news,
    ...footCols.flatMap(([head, items]) => [head, ...items]),
    ...legal,
    ...langs,
    copyright,
    ...cookie,
  ].map((t) => plain(t)),
});
