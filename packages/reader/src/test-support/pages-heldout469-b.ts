import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout469-kit.js';

/**
 * Held-out batch 469, file b: a school board candidate's endorsement list on Squarespace 7.1 (blocks in fluid-engine
 * sections, an announcement bar and a newsletter block), and a short ActBlue contribution page.
 */
const sTitle = 'Endorsements';
const sIntro = j(
  'Priya Lindqvist is proud to be endorsed by teachers, parents, and neighbors across the Westmere Unified School District.',
  'Want to add your name? Email us and we will add you to the list.',
);
const sGroups: { h: string; items: string[] }[] = [
  {
    h: 'Organizations',
    items: ['Westmere Education Association', 'Calder County Labor Council', 'Parents for Safe Routes to School', 'Westmere Young Democrats'],
  },
  {
    h: 'Elected officials',
    items: [
      'Rosa Delacroix, Westmere City Council, District 2',
      'Dr. Samuel Achebe-Fink, Westmere Unified School Board, Trustee Area 4',
      'Henrik Olmo, Calder County Board of Supervisors',
    ],
  },
  {
    h: 'Community leaders',
    items: [
      'Lena Marsh, PTA president, Hillcrest Elementary',
      'Coach Darnell Pryce, Westmere High School track and field',
      'Ines Carvalho, owner, Little Sprout Bookshop',
      'Rev. Marcus Hale, Grace Street Community Church (title for identification only)',
    ],
  },
];
const sQuote = j(
  '"Priya has sat in the back row of every board meeting for five years. She reads the budget. She will be ready on day one."',
  '— Lena Marsh, PTA president',
);
const sNav = ['About', 'Priorities', 'Endorsements', 'Get Involved'];
const group = (g: { h: string; items: string[] }, i: number): string => `<div class="fe-block fe-block-${i}"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${g.h}</h3>
<ul data-rte-list="default">${g.items.map((t) => `<li><p style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul></div></div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Endorsements &mdash; Priya Lindqvist for School Board</title><link rel="canonical" href="https://www.priyaforschools.org/endorsements">
<meta property="og:site_name" content="Priya Lindqvist for School Board"><meta property="og:title"
content="Endorsements &mdash; Priya Lindqvist for School Board">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Priya Lindqvist for School Board"},"pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.priyaforschools.org","name":"Priya Lindqvist for School
Board","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/21/5c5a/64a1/1/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1f0" class="header-overlay-alignment-center tweak-social-icons-style-regular primary-button-style-solid view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a class="sqs-announcement-bar-url" href="/get-involved"></a>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></span>
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Ballots arrive October 5. Make a plan to vote!</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-title"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Priya Lindqvist for School Board</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/donate">Donate</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f1">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1f2">
<div class="fe-block fe-block-title"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${sIntro}</p></div></div></div></div>
${sGroups.map(group).join('\n')}
<div class="fe-block fe-block-quote"><div class="sqs-block quote-block sqs-block-quote"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>${sQuote}</span></blockquote></figure></div></div></div>
<div class="fe-block fe-block-img"><div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure">
<img data-src="https://images.squarespace-cdn.com/content/v1/64a1/endorse.jpg" alt="Priya with teachers at Hillcrest Elementary">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Priya with teachers at the Hillcrest back-to-school night.</p></div></figcaption>
</figure></div></div></div></div></div></div></section>
<section class="page-section" data-section-theme="dark"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="64a1f3"><header class="newsletter-form-header"><h2>Stay in the loop</h2>
<div class="newsletter-form-header-description"><p>Sign up for campaign updates. We respect your privacy.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-footer">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit"><span class="newsletter-form-button-label">Sign Up</span>
</button></div></form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><div class="sqs-html-content">
<p style="text-align:center;white-space:pre-wrap;">Paid for by Priya Lindqvist for School Board 2026, FPPC #1478201</p>
<p style="text-align:center;white-space:pre-wrap;"><a href="mailto:hello@priyaforschools.org">hello@priyaforschools.org</a></p></div>
<div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list"><a href="https://instagram.com/priyaforschools"
class="sqs-svg-icon--wrapper instagram-unauth"
aria-label="Instagram"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use href="#instagram-unauth-icon"></use></svg></div></a></nav></div>
</div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout469-squarespace-endorsements',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sGroups.map((g) => g.h),
  body: texts([sIntro, ...sGroups.flatMap((g) => g.items), sQuote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ballots arrive October 5. Make a plan to vote!', 'Skip to Content', 'Priya Lindqvist for School Board', 'About', 'Priorities', 'Get Involved',
    'Donate', 'Priya with teachers at the Hillcrest back-to-school night.', 'Stay in the loop', 'Sign up for campaign updates. We respect your privacy.',
    'Email Address', 'Sign Up', 'Paid for by Priya Lindqvist for School Board 2026, FPPC #1478201', 'hello@priyaforschools.org',
  ],
};

const aTitle = 'Help Teodor Vance win the 3rd District';
const aBody = [
  j(
    'We are 19 days out, and our opponent just booked $240,000 in cable ads. We cannot match that dollar for dollar, but we',
    'can keep our organizers on the doors and our mailers in the mail.',
  ),
  'Chip in today to keep our field program running through Election Day. Every gift, however small, goes to reaching voters.',
];
const aAmounts = ['$10', '$25', '$50', '$100', '$250', 'Other'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ActBlue — Help Teodor Vance win the 3rd District</title><meta name="description" content="Contribute to Vance for Congress via ActBlue.">
<meta property="og:image" content="https://s3.amazonaws.com/actblue-uploads/production/vance-share.png">
<link rel="stylesheet" href="https://secure.actblue.com/assets/contribute-5f7d2a.css">
<script>window.__INITIAL_STATE__={"entity":{"name":"Vance for Congress","id":184233},"form":{"slug":"vance-field","refcodes":{}}};</script></head>
<body class="contribution-page"><div id="root"><div class="ab-page-wrapper"><header class="ab-header" role="banner">
<a class="ab-logo" href="https://secure.actblue.com" aria-label="ActBlue home"><svg viewBox="0 0 120 24"><title>ActBlue</title></svg></a></header>
<main class="ab-main"><div class="ab-container contribution-layout"><section class="pitch" aria-labelledby="pitch-title">
<div class="entity-banner"><img src="https://s3.amazonaws.com/actblue-uploads/production/vance-banner.jpg" alt="Teodor Vance"></div>
<h1 id="pitch-title" class="pitch-title">${aTitle}</h1><div class="pitch-body rich-text">${ps(aBody)}</div></section>
<section class="contribution-form" aria-label="Contribution form"><div class="form-step form-step--amount">
<h2 class="form-step-title">Select an amount</h2><div class="amount-grid">${aAmounts
  .map((t) => `<button type="button" class="amount-button">${t}</button>`)
  .join('')}</div>
<label class="recurring-toggle"><input type="checkbox" name="recurring"> Make it monthly</label>
<button type="submit" class="btn-continue">Continue</button></div>
<p class="express-lane-note">ActBlue Express users: log in to give in one click.</p></section>
<section class="disclaimer legal"><p>Contributions to Vance for Congress are not tax deductible. Federal law requires us to use our best efforts
to collect and report the name, mailing address, occupation and name of employer of individuals whose contributions exceed $200 in an election cycle.</p>
<p class="paid-for">Paid for by Vance for Congress</p></section></div></main>
<footer class="ab-footer"><ul class="ab-footer-links">${links(['About ActBlue', 'Contact', 'Privacy Policy', 'Terms'])}</ul>
<p class="ab-footer-note">ActBlue is a nonprofit that provides online fundraising tools.</p></footer></div></div>
<script src="https://secure.actblue.com/assets/contribute-5f7d2a.js" defer></script></body></html>`;
const actBlue: TestPage = {
  name: 'heldout469-actblue-contribute',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: aBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Select an amount', ...aAmounts, 'Make it monthly', 'Continue', 'ActBlue Express users: log in to give in one click.',
    j('Contributions to Vance for Congress are not tax deductible. Federal law requires us to use our best efforts to collect and report the name,',
      'mailing address, occupation and name of employer of individuals whose contributions exceed $200 in an election cycle.'),
    'Paid for by Vance for Congress', 'About ActBlue', 'Contact', 'Privacy Policy', 'Terms', 'ActBlue is a nonprofit that provides online fundraising tools.',
  ],
};

export const HELDOUT469_B: readonly TestPage[] = [squarespace, actBlue];
