import { links, ps, type TestPage, texts } from './page-kit.js';
import { leginfoBill } from './pages-heldout195-b2.js';

/**
 * Held-out batch 195, file b: a Citizens Advice advice page (GOV.UK-style cookie banner, "Skip to main content", the header
 * with search and the nation switcher, the topic nav, breadcrumbs, "This advice applies to England", the h1, advice
 * with an inline "cads-callout" that is part of the advice, the "Get more help" adviser box, "Page last reviewed" date,
 * "Was this advice helpful?" feedback, the "Help us improve our website" survey and the footer with the charity notice)
 * and, from file b2, a California Legislative Information bill page.
 */
const caTitle = 'Check if your landlord can increase your rent';
const caP1 = [
  'Your landlord can only increase your rent if your tenancy agreement allows it, if you agree to it, or if they follow a set legal process. ' +
    'How they can do it depends on the type of tenancy you have.',
  'Most people who rent from a private landlord or letting agent have an assured shorthold tenancy.',
];
const caCallout = ['Check what type of tenancy you have before you agree to anything. The rules below are for assured shorthold tenancies.'];
const caH1 = 'If your tenancy is for a fixed term';
const caP2 = [
  'During a fixed term your landlord can only increase the rent if your agreement has a rent review clause, or if you agree to a new amount. ' +
    'A rent review clause should say when the rent can go up and how the new rent will be worked out.',
  'If there is no clause and you do not agree, the rent stays the same until the fixed term ends.',
];
const caH2 = 'If your tenancy is periodic';
const caP3 = [
  'If your tenancy rolls on from week to week or month to month, your landlord can propose a new rent once a year using a formal notice. ' +
    'They must give you at least one month’s notice if you pay monthly, and the new rent must start on the first day of a rent period.',
  'You can also agree to a new rent without a formal notice. It is best to get any agreement in writing.',
];
const caH3 = 'If you think the increase is too high';
const caP4 = ['You can challenge a formal rent increase notice by applying to a tribunal before the new rent starts. The tribunal will:'];
const caList = [
  'compare your rent with similar properties in your area',
  'decide what the market rent should be',
  'set a date from which the new rent applies',
];
const caP5 = [
  'The tribunal can set a rent that is higher than your landlord asked for, though this is rare. It is free to apply.',
  'If you cannot afford the new rent, talk to your landlord early. You might be able to agree a smaller increase, or check if you can get ' +
    'help with your housing costs.',
];
const caReviewed = 'Page last reviewed on 11 February 2025';
const caNav = ['Benefits', 'Work', 'Debt and money', 'Consumer', 'Housing', 'Family', 'Law and courts', 'Immigration', 'Health', 'More from us'];
const caNations = ['England', 'Northern Ireland', 'Scotland', 'Wales'];
const caCrumbs = ['Home', 'Housing', 'Renting privately', 'During your tenancy'];
const caHelp = ['Get more help', 'If you need help with a rent increase, you can contact your nearest Citizens Advice.', 'Find your local Citizens Advice'];
const caFeedback = ['Was this advice helpful?', 'Yes', 'No', 'Thank you for your feedback'];
const caSurvey = 'Help us improve our website by taking a short survey';
const caCookie = [
  'Cookies on the Citizens Advice website',
  'We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use the website.',
  'Accept all cookies',
  'Reject optional cookies',
  'Set cookie preferences',
];
const caFoot = ['About us', 'Contact us', 'Accessibility', 'Privacy', 'Cookies', 'Terms and conditions', 'Donate to us', 'Volunteer'];
const caCharity = 'Citizens Advice is an operating name of The National Association of Citizens Advice Bureaux. Registered charity number 279057.';
const caHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>Check if your landlord can increase your rent - Citizens Advice</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Find out if your landlord can put your rent up.">
<link rel="canonical" href="https://www.citizensadvice.org.uk/housing/renting-privately/during-your-tenancy/rent-increases/">
<meta property="og:title" content="${caTitle}"><meta property="og:site_name" content="Citizens Advice"><meta name="twitter:site" content="@CitizensAdvice">
<link rel="stylesheet" href="/assets/application-8c0e1f.css"><script>document.documentElement.className = 'js';</script>
<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-CAB"></script></head>
<body class="cads-template">
<div class="cookie-consent cads-grid-container" data-testid="cookie-banner" role="region" aria-label="${caCookie[0]}">
<h2 class="cads-heading">${caCookie[0]}</h2><p>${caCookie[1]}</p><button class="cads-button" type="button">${caCookie[2]}</button>
<button class="cads-button cads-button__secondary" type="button">${caCookie[3]}</button><a href="/cookies/">${caCookie[4]}</a></div>
<a href="#cads-main-content" class="cads-skip-link">Skip to main content</a>
<header class="cads-header" data-testid="header"><div class="cads-grid-container"><div class="cads-header__logo">
<a href="/" class="cads-logo" title="Citizens Advice homepage"><span class="cads-sr-only">Citizens Advice homepage</span></a></div>
<form class="cads-search" action="/search/" role="search"><label class="cads-sr-only" for="search-input">Search through site content</label>
<input id="search-input" class="cads-search__input" type="search" name="q" placeholder="Search through site content">
<button class="cads-search__button" type="submit"><span class="cads-sr-only">Submit search</span></button></form>
<nav class="cads-header__nations" aria-label="Nations"><ul>${links(caNations, 'cads-header__nation')}</ul></nav></div>
<nav class="cads-navigation" aria-label="Main navigation"><ul class="cads-navigation__list">${links(caNav, 'cads-navigation__item')}</ul></nav></header>
<div class="cads-grid-container"><nav class="cads-breadcrumbs" aria-label="Breadcrumb"><ol class="cads-breadcrumbs__list">
${links(caCrumbs, 'cads-breadcrumbs__item')}</ol></nav>
<main id="cads-main-content" class="cads-page-content" role="main"><div class="cads-grid-row"><div class="cads-grid-col-md-8">
<p class="cads-badge cads-badge--nations" data-testid="applies-to">This advice applies to England</p>
<h1 class="cads-page-title">${caTitle}</h1>
<div class="cads-prose">
${ps(caP1)}
<div class="cads-callout cads-callout--important" data-testid="callout"><span class="cads-sr-only">Important</span>${ps(caCallout)}</div>
<h2>${caH1}</h2>
${ps(caP2)}
<h2>${caH2}</h2>
${ps(caP3)}
<h2>${caH3}</h2>
${ps(caP4)}
<ul>${caList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(caP5)}
</div>
<section class="cads-contact-box" aria-labelledby="get-more-help"><h2 id="get-more-help">${caHelp[0]}</h2><p>${caHelp[1]}</p>
<a class="cads-button" href="/about-us/contact-us/contact-us/search-for-your-local-citizens-advice/">${caHelp[2]}</a></section>
<p class="cads-page-review" data-testid="page-reviewed">${caReviewed}</p>
<div class="cads-page-feedback" data-testid="page-feedback"><h2 class="cads-page-feedback__title">${caFeedback[0]}</h2>
<button class="cads-button cads-button__secondary">${caFeedback[1]}</button><button class="cads-button cads-button__secondary">${caFeedback[2]}</button>
<p class="cads-page-feedback__thanks" hidden>${caFeedback[3]}</p></div></div></div></main></div>
<div class="cads-survey-banner" data-testid="survey"><p><a href="https://survey.citizensadvice.example/website">${caSurvey}</a></p></div>
<footer class="cads-footer"><div class="cads-grid-container"><ul class="cads-footer__links">${links(caFoot)}</ul>
<p class="cads-footer__charity">${caCharity}</p></div></footer>
<script src="/assets/application-3fa9e2.js" defer></script></body></html>`;
const citizensAdvice: TestPage = {
  html: caHtml,
  name: 'heldout195-citizens-advice-advice-page',
  kind: 'docs',
  // the important callout inside the prose is advice (body); "This advice applies to England", the "Get more help" box,
  // feedback, survey, cookie banner and footer are furniture; the review date is a byline
  title: caTitle,
  headings: [caH1, caH2, caH3],
  body: texts([...caP1, ...caCallout, ...caP2, ...caP3, ...caP4, ...caList, ...caP5]),
  bylines: [caReviewed],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...caCookie, 'Skip to main content', 'Citizens Advice homepage', 'Search through site content', 'Submit search', ...caNations, ...caNav,
    'Home', 'Renting privately', 'During your tenancy', 'This advice applies to England', 'Important', ...caHelp, ...caFeedback, caSurvey, ...caFoot, caCharity,
  ],
};

export const HELDOUT195_B: readonly TestPage[] = [citizensAdvice, leginfoBill];
