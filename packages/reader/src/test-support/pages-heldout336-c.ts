import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout336-kit.js';
import { discourse } from './pages-heldout336-c2.js';

/**
 * Held-out batch 336, file c: an NHS trust's talking therapies service page built with the NHS.UK frontend (cookie banner,
 * header with search and navigation, breadcrumb, lede text, contents list, urgent care card, inset text, a table, the
 * "Page last reviewed" dates, feedback banner and footer) and, from file c2, a peer-support forum thread on Discourse.
 */
const nTitle = 'Ridgeway Talking Therapies';
const nLede = 'Free NHS talking therapies for adults aged 18 and over who live in Ridgeway, Fallowmere or the Ashby valley.';
const nHeads = ['Who we can help', 'How to refer yourself', 'What happens after you refer yourself', 'The therapies we offer'];
const nS1 = ['We can help if you are feeling low, anxious or stressed, or have problems such as:'];
const nS1List = [
  'depression',
  'generalised anxiety disorder and worry',
  'panic attacks',
  'social anxiety',
  'obsessive compulsive disorder (OCD)',
  'post-traumatic stress disorder (PTSD)',
];
const nS1b = [
  j(
    'You must be registered with a GP surgery in our area. If your problems are more complex or you need urgent help, we will',
    'talk with you about the service that can support you best.',
  ),
];
const nS2 = [
  j(
    'You do not need to see your GP first. You can refer yourself by filling in our online form, which takes about 10 minutes,',
    'or by calling our team on 01632 960 418, Monday to Friday, 9am to 5pm.',
  ),
  'Your GP or another health professional can also refer you, if you prefer.',
];
const nInset = 'If English is not your first language, you can ask for an interpreter for your assessment and all your sessions.';
const nS3 = [
  j(
    'Within 2 weeks, one of our therapists will call you for an assessment. This is a conversation of around 45 minutes about',
    'what is troubling you and what you would like to change.',
  ),
  j(
    'Together you will agree which therapy is right for you. Sometimes there may be a wait before treatment starts. We will tell',
    'you how long it is likely to be and who to contact if things get worse while you wait.',
  ),
];
const nS4 = ['Most people are offered one of the following. All of them can be done in person, by video or by phone.'];
const nTable: readonly (readonly [string, string, string])[] = [
  ['Guided self-help', 'Workbooks or online courses with support from a practitioner', '6 to 8 sessions of 30 minutes'],
  ['Cognitive behavioural therapy (CBT)', 'Changing patterns of thinking and behaviour that keep problems going', 'Up to 20 sessions of 1 hour'],
  ['Counselling for depression', 'Talking through feelings and relationships with a trained counsellor', 'Up to 20 sessions of 1 hour'],
  ['Group courses', 'Evening courses on managing stress, sleep and low mood', '6 weekly sessions of 2 hours'],
];
const nTHead = ['Therapy', 'What it involves', 'How long it lasts'];
const nUrgent = ['Urgent advice: Get help now if:', 'you are thinking about harming yourself or ending your life', 'you feel unable to keep yourself safe'];
const nUrgentAct = 'Call 111 and select the mental health option, or call 999 if your life is at risk.';
const nNav = ['Our services', 'Referrals', 'Your health', 'Work for us', 'About the trust'];
const nCrumb = ['Home', 'Our services', 'Mental health services'];
const nFoot = ['Contact us', 'Accessibility statement', 'Complaints', 'Freedom of information', 'Privacy notice', 'Cookies'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Ridgeway Talking Therapies - Ridgeway and Fallowmere NHS Foundation Trust</title>
<meta name="description" content="Free NHS talking therapies for adults in Ridgeway, Fallowmere and the Ashby valley. Refer yourself online.">
<link rel="stylesheet" href="/assets/css/nhsuk-9.1.0.min.css"><script src="/assets/js/nhsuk-9.1.0.min.js" defer></script>
<meta property="og:site_name" content="Ridgeway and Fallowmere NHS Foundation Trust"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Ridgeway Talking Therapies",
"telephone":"01632 960418","parentOrganization":{"@type":"Organization","name":"Ridgeway and Fallowmere NHS Foundation Trust"}}</script>
</head><body class="js-enabled">
<div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container">
<h2>Cookies on our website</h2><p>We’ve put some small files called cookies on your device to make our site work.</p>
<p>We’d also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics.</p>
<ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with analytics cookies</button></li>
<li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button></li></ul></div></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header nhsuk-header--organisation" role="banner"><div class="nhsuk-header__container nhsuk-width-container">
<div class="nhsuk-header__logo"><a class="nhsuk-header__link" href="/" aria-label="Ridgeway and Fallowmere NHS Foundation Trust homepage">
<span class="nhsuk-organisation-name">Ridgeway and Fallowmere</span><span class="nhsuk-organisation-descriptor">NHS Foundation Trust</span></a></div>
<div class="nhsuk-header__search"><form class="nhsuk-header__search-form" action="/search" role="search">
<label class="nhsuk-u-visually-hidden" for="search-field">Search the site</label><input class="nhsuk-header__search-input" id="search-field" type="search">
</form></div></div>
<nav class="nhsuk-navigation" aria-label="Primary navigation"><ul class="nhsuk-header__navigation-list">${links(nNav, 'nhsuk-header__navigation-item')}
</ul></nav></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">
${links(nCrumb, 'nhsuk-breadcrumb__item')}</ol><p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/services/mental-health">
<span class="nhsuk-u-visually-hidden">Back to &nbsp;</span>Mental health services</a></p></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds"><h1>${nTitle}</h1><p class="nhsuk-lede-text">${nLede}</p>
<nav class="nhsuk-contents-list" role="navigation" aria-label="Pages in this guide"><h2 class="nhsuk-u-visually-hidden">Contents</h2>
<ol class="nhsuk-contents-list__list">${links(nHeads, 'nhsuk-contents-list__item')}</ol></nav>
<section><h2>${nHeads[0]}</h2>${ps(nS1)}<ul>${lis(nS1List)}</ul>${ps(nS1b)}</section>
<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent"><div class="nhsuk-card--care__heading-container">
<h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">Urgent advice: </span>Get help now if:</span></h3>
<span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div><div class="nhsuk-card__content"><ul>${lis(nUrgent.slice(1))}</ul>
<p>${nUrgentAct}</p></div></div>
<section><h2>${nHeads[1]}</h2>${ps(nS2)}
<a class="nhsuk-action-link__link" href="/talking-therapies/refer"><span class="nhsuk-action-link__text">Refer yourself online</span></a>
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>${ps([nInset])}</div></section>
<section><h2>${nHeads[2]}</h2>${ps(nS3)}</section>
<section><h2>${nHeads[3]}</h2>${ps(nS4)}
<table class="nhsuk-table"><caption class="nhsuk-table__caption">Therapies at Ridgeway Talking Therapies</caption>
<thead class="nhsuk-table__head"><tr>${nTHead.map((h) => `<th scope="col" class="nhsuk-table__header">${h}</th>`).join('')}</tr></thead>
<tbody class="nhsuk-table__body">${nTable
  .map((r) => `<tr class="nhsuk-table__row">${r.map((c) => `<td class="nhsuk-table__cell">${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></section>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 14 January 2026<br>Next review due: 14 January 2027</p></div>
</div><div class="nhsuk-grid-column-one-third"><aside class="nhsuk-related-nav"><h2 class="nhsuk-related-nav__heading">Related services</h2>
<ul class="nhsuk-related-nav__list">${links(['Community mental health teams', 'Perinatal mental health', 'Crisis resolution team'], 'nhsuk-related-nav__item')}
</ul></aside></div></div></main></div>
<div class="nhsuk-width-container trust-feedback"><p>Is this page useful?</p><button class="nhsuk-button nhsuk-button--secondary">Yes</button>
<button class="nhsuk-button nhsuk-button--secondary">No</button></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(nFoot, 'nhsuk-footer__list-item')}</ul>
<p class="nhsuk-footer__copyright">© Ridgeway and Fallowmere NHS Foundation Trust 2026</p></div></div></div></footer></body></html>`;

const nhsTrust: TestPage = {
  name: 'heldout336-nhsuk-frontend-service-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nLede, ...nS1, ...nS1List, ...nS1b, ...nS2, nInset, ...nS3, ...nS4, 'Therapies at Ridgeway Talking Therapies', ...nTable.flat()]),
  bylines: ['Page last reviewed: 14 January 2026', 'Next review due: 14 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on our website', 'We’ve put some small files called cookies on your device to make our site work.',
    'We’d also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics.',
    "I'm OK with analytics cookies", 'Do not use analytics cookies', 'Skip to main content', 'Ridgeway and Fallowmere', 'NHS Foundation Trust',
    'Search the site', ...nNav, ...nCrumb, ...nUrgent, nUrgentAct, 'Refer yourself online',
    'Related services', 'Community mental health teams', 'Perinatal mental health',
    'Crisis resolution team', 'Is this page useful?', 'Support links', ...nFoot, '© Ridgeway and Fallowmere NHS Foundation Trust 2026',
  ],
};

export const HELDOUT336_C: readonly TestPage[] = [nhsTrust, discourse];
