import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout532-kit.js';

/**
 * Held-out batch 532, file a: a design studio's case study on Webflow, with a Finsweet cookie banner, project facts, a results grid and a testimonial.
 */
const hTitle = 'Tarnby Ferries: a booking flow people can finish on a moving deck';
const hDek = 'We rebuilt the ticket booking journey for a regional ferry operator, from the timetable search to the boarding pass in the wallet.';
const hBrief = [
  j(
    'Tarnby Ferries runs eleven routes between the mainland and the outer islands, with around 1.3 million crossings a year. Its',
    'booking site was built in 2014 for desktop screens, and by last spring 61 percent of the mobile sessions that started a booking',
    'never reached the payment step.',
  ),
  j(
    'The team asked us for a new website. After two weeks of research we argued for something smaller and faster: keep the brand and',
    'the content pages, and rebuild only the journey from “where are you going” to “here is your ticket”.',
  ),
];
const hFound = j(
  'We spent three mornings in the terminal café at Ostervik watching people book, and ran twelve remote sessions with islanders',
  'who cross every week. Three things came up again and again:',
);
const hFoundList = [
  'Passengers booked on their phones, one-handed, often while already standing in the queue.',
  'Vehicle length was asked before the date, so anyone towing a trailer had to start again when the sailing was full.',
  'A return trip was a second booking with a second card payment, and a second chance to give up.',
];
const hBuilt = [
  j(
    'The new flow asks for one thing per screen and puts the next action where a thumb can reach it. Outbound and return are chosen',
    'on the same calendar, with the sailings that still have room for your vehicle shown first. Prices update as you go, so there is',
    'no surprise on the last step.',
  ),
  j(
    'We built the front end as a small React app inside the existing site, talking to the operator’s reservation system through the',
    'API their supplier already had. Boarding passes go straight to Apple Wallet and Google Wallet, and they update if a sailing is',
    'moved because of the weather.',
  ),
];
const hStats: readonly (readonly [string, string])[] = [
  ['38%', 'more mobile bookings completed'],
  ['2m 10s', 'median time to book, down from 6m 40s'],
  ['−71%', 'calls to the booking line about payment errors'],
];
const hQuote = j(
  '“Halden didn’t sell us the big redesign we thought we wanted. They fixed the part that was costing us money, and our crews noticed',
  'the difference on the car deck within a month.”',
);
const hQuoteBy = 'Mirela Sandvik, Head of Digital, Tarnby Ferries';
const hNav = ['Work', 'Studio', 'Services', 'Journal', 'Contact'];
const hFacts = ['Client', 'Services', 'Research, product design, front-end build', 'Year', '2025', 'Team', 'Four people over 14 weeks'];
const hFoot = ['Instagram', 'LinkedIn', 'Dribbble', 'Privacy policy'];
const hHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 08:12:40 GMT+0000 -->
<html data-wf-domain="www.haldenstudio.no" data-wf-page="65f1a0c2e4b7d9001c3a8f21" data-wf-site="65e9b1d07c2a4f0012d6e310"
data-wf-collection="65f19ab3e4b7d9001c3a8e02" data-wf-item-slug="tarnby-ferries" lang="en"><head><meta charset="utf-8"/>
<title>Tarnby Ferries — Case study | Halden Studio</title><meta content="${hDek}" name="description"/>
<meta content="Tarnby Ferries — Case study | Halden Studio" property="og:title"/><meta content="width=device-width, initial-scale=1" name="viewport"/>
<meta content="Webflow" name="generator"/><link href="https://assets-global.website-files.com/65e9b1d07c2a4f0012d6e310/css/halden.webflow.a1b2c3.css"
rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<style>.w-richtext figure{margin-bottom:2rem}.result-number{font-variant-numeric:tabular-nums}</style></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">We use cookies to measure
how the site is used. See our <a href="/privacy" class="fs-cc-banner_text-link">privacy policy</a>.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div fs-cc="preferences" class="fs-cc-prefs_component" style="display:none"><div class="fs-cc-prefs_title">Privacy preference center</div>
<div class="fs-cc-prefs_text">When you visit websites, they may store or retrieve data in your browser.</div></div>
<div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-no-scroll="1"
data-duration="400" data-doc-height="1"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/65e9b1d07c2a4f0012d6e310/halden-logo.svg" loading="lazy" alt="Halden Studio" class="logo"/></a>
<nav role="navigation" class="nav-menu w-nav-menu">${hNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/contact" class="button-nav w-button">Start a project</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<main class="main-wrapper"><section class="section-cs-hero"><div class="container w-container"><div class="eyebrow">Case study</div>
<h1 class="cs-title">${hTitle}</h1><p class="cs-intro">${hDek}</p>
<div class="w-layout-grid cs-facts"><div class="cs-fact"><div class="cs-fact-label">${hFacts[0]}</div><div class="cs-fact-value">Tarnby Ferries</div></div>
<div class="cs-fact"><div class="cs-fact-label">${hFacts[1]}</div><div class="cs-fact-value">${hFacts[2]}</div></div>
<div class="cs-fact"><div class="cs-fact-label">${hFacts[3]}</div><div class="cs-fact-value">${hFacts[4]}</div></div>
<div class="cs-fact"><div class="cs-fact-label">${hFacts[5]}</div><div class="cs-fact-value">${hFacts[6]}</div></div></div></div></section>
<img src="https://assets-global.website-files.com/65f19ab3e4b7d9001c3a8e02/tarnby-hero.webp" loading="eager" alt="Booking screens on a phone held
on a ferry deck" sizes="100vw" class="cs-hero-image"/>
<section class="section-cs-body"><div class="container-narrow w-container"><div class="cs-rich w-richtext">
<h2>The brief</h2>${ps(hBrief)}
<h2>What we found</h2><p>${hFound}</p><ul role="list">${lis(hFoundList)}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/65f19ab3e4b7d9001c3a8e02/tarnby-prototypes.webp" loading="lazy" alt=""/></div>
<figcaption>Early paper prototypes, tested in the Ostervik terminal.</figcaption></figure>
<h2>What we built</h2>${ps(hBuilt)}<h2>Results</h2></div></div></section>
<section class="section-results"><div class="container w-container"><div class="w-layout-grid results-grid">
${hStats.map(([n, l]) => `<div class="result"><div class="result-number">${n}</div><div class="result-label">${l}</div></div>`).join('\n')}
</div></div></section>
<section class="section-testimonial"><div class="container-narrow w-container"><blockquote class="testimonial-quote">${hQuote}</blockquote>
<div class="testimonial-author">${hQuoteBy}</div></div></section>
<section class="section-next"><div class="container w-container"><a href="/work/lindqvist-bakery" class="next-project w-inline-block">
<div class="next-label">Next project</div><div class="next-title">Lindqvist Bakery — ordering for eleven shops</div></a></div></section></main>
<footer class="footer"><div class="container w-container"><div class="footer-cta"><h2 class="footer-heading">Have a project in mind?</h2>
<a href="/contact" class="button-large w-button">Let’s talk</a></div><div class="footer-grid w-layout-grid"><div class="footer-brand">Halden Studio</div>
<div class="footer-address">Kaigata 14, 5003 Ostervik</div><a href="mailto:hello@haldenstudio.no" class="footer-link">hello@haldenstudio.no</a>
<div class="footer-links">${hFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2026 Halden Studio AS</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e9b1d07c2a4f0012d6e310" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65e9b1d07c2a4f0012d6e310/js/webflow.4f2a1c.js" type="text/javascript"></script></body></html>`;
const webflowCase: TestPage = {
  name: 'heldout532-webflow-studio-case-study',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['The brief', 'What we found', 'What we built', 'Results'],
  body: texts([hDek, ...hBrief, hFound, ...hFoundList, ...hBuilt, ...hStats.map(([n, l]) => `${n} ${l}`), hQuote, hQuoteBy]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to measure how the site is used. See our privacy policy.', 'Preferences', 'Deny', 'Accept', ...hNav, 'Start a project',
    'Case study', ...hFacts.filter((t) => t !== 'Year' && t !== 'Team'), 'Early paper prototypes, tested in the Ostervik terminal.', 'Next project',
    'Lindqvist Bakery — ordering for eleven shops', 'Have a project in mind?', 'Let’s talk', 'Halden Studio', 'Kaigata 14, 5003 Ostervik',
    'hello@haldenstudio.no', ...hFoot, '© 2026 Halden Studio AS',
  ],
};

export const HELDOUT532_A: readonly TestPage[] = [webflowCase];
