import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 195, file d2: a court's press release on Mass.gov (Mayflower design system: the "official website" banner with
 * its hidden explanation, the header with "Mass.gov" search and utility nav, the "Press Release" label, the h1 and dek, the
 * "For immediate release" date, the organization link, the media contact block with phone and email, the release text ending in
 * "###", the "Media Contact" repeat, the feedback form "Did you find what you were looking for on this webpage?", the footer).
 */
const mgTitle = 'Trial Court opens Housing Court help centers in three more counties';
const mgDek = 'Walk-in centers will offer free guidance to landlords and tenants on the day of their hearing.';
const mgDate = '4/10/2025';
const mgP1 = [
  'BOSTON — The Trial Court today announced that Court Service Centers dedicated to housing cases will open in the Hollisford, ' +
    'Marrow Falls and Cobb’s Landing courthouses on May 5, bringing the total number of locations to nine.',
  'The centers are staffed by court employees and volunteer attorneys who explain court forms, help people prepare for mediation, and ' +
    'connect tenants and small landlords with legal aid and rental assistance programs. Services are free and no appointment is needed.',
  '“More than eight in ten tenants and many small landlords come to housing court without a lawyer,” said Chief Justice of the Trial ' +
    'Court Anita Varga-Holmes. “A half hour with someone who can explain the process can make the difference between a hearing that ' +
    'resolves the case and one that has to be put off.”',
  'In the six existing centers, staff assisted 14,200 people in 2024. A review by the Trial Court’s research office found that cases in ' +
    'which a party had visited a center before the hearing were 31 percent more likely to settle in mediation on the first court date.',
  'The new centers will be open Monday through Friday from 8:30 a.m. to 4:00 p.m. Interpreters will be available in Spanish, Portuguese ' +
    'and Haitian Creole, and by telephone in more than 100 other languages.',
  'First Justice of the Housing Court Department Raymond Oduya said the expansion was made possible by funding in the fiscal year 2025 ' +
    'budget. “We are grateful to the Legislature for recognizing that access to justice starts at the courthouse door,” he said.',
  'People who cannot visit in person can reach the centers by video through the Trial Court’s online portal, or by calling the Court ' +
    'Service Center line. A list of locations, hours and languages is posted on the Trial Court’s website.',
];
const mgEnd = '###';
const mgOfficial = ['An official website of the Commonwealth of Massachusetts', 'Here’s how you know'];
const mgHidden = [
  'Official websites use .mass.gov',
  'A .mass.gov website belongs to an official government organization in Massachusetts.',
  'Secure websites use HTTPS certificate',
];
const mgHeader = ['Mass.gov', 'Search Mass.gov', 'Translate', 'Log in to...', 'Living', 'Working', 'Learning', 'Visiting & Exploring', 'Your Government'];
const mgContact = ['Media Contact', 'Jennifer Dunleavy, Public Information Officer', 'Phone', '(617) 555-0193', 'Online', 'trialcourt.media@jud.example.gov'];
const mgOrg = 'Massachusetts Trial Court';
const mgFeedback = [
  'Did you find what you were looking for on this webpage?',
  'Yes',
  'No',
  'If you need to contact someone, please do not submit your question here. Use the contact information on this page.',
  'Send Feedback',
];
const mgFoot = ['Site Policies', 'Public Records Requests', 'Accessibility', 'Privacy Policy'];
const mgCopy = '© 2025 Commonwealth of Massachusetts.';
const mgMark = 'Mass.gov® is a registered service mark of the Commonwealth of Massachusetts.';
const mgHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Trial Court opens Housing Court help centers in three more counties | Mass.gov</title>
<meta name="description" content="${mgDek}"><meta name="mg_date" content="20250410"><meta name="mg_type" content="press_release">
<meta property="og:title" content="${mgTitle}"><link rel="canonical" href="https://www.mass.gov/news/trial-court-opens-housing-court-help-centers">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mgTitle}","datePublished":"2025-04-10T10:00:00-04:00",
"author":{"@type":"GovernmentOrganization","name":"${mgOrg}"}}</script>
<link rel="stylesheet" href="/themes/custom/mass_theme/overrides/css/global.css"><script src="/libraries/mayflower-artifacts/assets/js/index-generated.js"
defer></script></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="ma__skip-link">Skip to main content</a>
<section class="ma__site-banner" aria-label="Official government website"><div class="ma__site-banner__container">
<span class="ma__site-banner__text">${mgOfficial[0]}</span><button class="ma__button-dropdown" aria-expanded="false">${mgOfficial[1]}</button></div>
<div class="ma__site-banner__content"
hidden><div><p><strong>${mgHidden[0]}</strong></p><p>${mgHidden[1]}</p></div><div><p><strong>${mgHidden[2]}</strong></p></div></div></section>
<header class="ma__header_slim"><div class="ma__header__container"><a class="ma__header__logo" href="/"><span
class="ma__visually-hidden">${mgHeader[0]}</span></a>
<form class="ma__header-search" role="search"><label for="header-search" class="ma__visually-hidden">${mgHeader[1]}</label><input id="header-search"
type="search"></form>
<div class="ma__utility-nav"><button class="ma__utility-nav__link">${mgHeader[2]}</button><button class="ma__utility-nav__link">${mgHeader[3]}</button></div>
<nav class="ma__main-nav" aria-label="main navigation"><ul
class="ma__main-nav__items">${links(mgHeader.slice(4), 'ma__main-nav__item')}</ul></nav></div></header>
<main id="main-content" class="ma__press-release" role="main"><div class="pre-content"><section class="ma__page-header ma__page-header--press">
<div class="ma__page-header__container"><span class="ma__page-header__category">Press Release</span>
<h1 class="ma__page-header__title">${mgTitle}</h1><p class="ma__page-header__sub-title">${mgDek}</p></div></section>
<section class="ma__press-status"><div class="ma__press-status__date"><span class="ma__press-status__label">FOR IMMEDIATE RELEASE:</span>
<span class="ma__press-status__date-value">${mgDate}</span></div><ul class="ma__press-status__orgs"><li><a
href="/orgs/massachusetts-trial-court">${mgOrg}</a></li></ul>
<div class="ma__press-status__contact"><h2 class="ma__press-status__title">${mgContact[0]}</h2><p class="ma__contact-group__name">${mgContact[1]}</p>
<p><span class="ma__contact-group__label">${mgContact[2]}</span> <a href="tel:6175550193">${mgContact[3]}</a></p>
<p><span class="ma__contact-group__label">${mgContact[4]}</span> <a href="mailto:${mgContact[5]}">${mgContact[5]}</a></p></div></section></div>
<div class="main-content main-content--two"><div class="page-content"><section class="ma__rich-text js-ma-rich-text">
${ps(mgP1)}
<p class="has-text-align-center">${mgEnd}</p>
</section></div>
<aside class="sidebar"><section class="ma__contact-list"><h2 class="ma__comp-heading">${mgContact[0]} for
${mgTitle}</h2><p>${mgContact[1]}</p></section></aside></div>
<section class="ma__mass-feedback-form"><h2 class="ma__comp-heading">${mgFeedback[0]}</h2><label><input type="radio" name="found">${mgFeedback[1]}</label>
<label><input type="radio" name="found">${mgFeedback[2]}</label><p class="ma__mass-feedback-form__instructions">${mgFeedback[3]}</p>
<button type="submit" class="ma__button">${mgFeedback[4]}</button></section></main>
<footer class="ma__footer-new"><ul class="ma__footer-new__links">${links(mgFoot)}</ul><p
class="ma__footer-new__copyright">${mgCopy}</p><p>${mgMark}</p></footer>
</body></html>`;
export const massCourtRelease: TestPage = {
  html: mgHtml,
  name: 'heldout195-mass-gov-court-press-release',
  kind: 'news',
  // the dek is body, the "###" end mark is in neither list; the release date and the issuing court are bylines; the media
  // contact block (and its sidebar repeat), the official-site banner with its hidden text, the feedback form and footer are furniture
  title: mgTitle,
  headings: [],
  body: texts([mgDek, ...mgP1]),
  bylines: ['FOR IMMEDIATE RELEASE:', mgDate, mgOrg],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mgOfficial, ...mgHidden, ...mgHeader, 'Press Release', ...mgContact, `Media Contact for ${mgTitle}`, ...mgFeedback,
    ...mgFoot, mgCopy, mgMark,
  ],
};
