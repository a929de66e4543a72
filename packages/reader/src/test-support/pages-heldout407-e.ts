import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout407-kit.js';

/**
 * Held-out batch 407, file e: a shelter's annual statistics page built with WordPress and Elementor (every block an
 * elementor-widget wrapper, animated counter widgets, a data table, a chart image with its caption, a PDF download button,
 * a popup newsletter form and an Elementor footer template) and a farm sanctuary's sponsorship page on Webflow (w-nav
 * navbar, hero, sponsorship tiers with prices and "Sponsor" buttons, a testimonial slider, an FAQ dropdown and footer).
 */
const elTitle = '2025 Shelter Statistics';
const elIntro = [
  j(
    'Every year we publish our intake and outcome numbers in full, using the national Shelter Animals Count definitions, so that',
    'supporters and other shelters can see exactly how we are doing. These figures cover January 1 to December 31, 2025.',
  ),
  j(
    'It was a hard year. Dog intake rose by 14 percent, driven mostly by owners who told us they could no longer afford housing that',
    'allowed pets. Even so, our live release rate held at 91 percent, and more animals went home than in any year since we opened.',
  ),
];
const elTable: readonly (readonly [string, string, string, string])[] = [
  ['Stray intake', '1,204', '1,388', '2,592'],
  ['Owner surrender', '611', '540', '1,151'],
  ['Transfers in', '96', '212', '308'],
  ['Adoptions', '1,322', '1,601', '2,923'],
  ['Returned to owner', '388', '61', '449'],
  ['Transfers out', '84', '190', '274'],
  ['Euthanasia', '121', '139', '260'],
];
const elNotes = [
  j(
    'Return-to-owner numbers for dogs improved for the third year in a row, mostly because our field officers now scan every stray',
    'for a microchip before bringing it in. Forty-one dogs went straight home from the truck and never entered the building.',
  ),
  j(
    'Cat euthanasia fell by a quarter. Almost all of the remaining cases were kittens with panleukopenia or adults with severe injuries.',
    'We did not euthanize any healthy or treatable cat for space.',
  ),
];
const elGoals = [
  'Expand the community pet food bank to two more towns',
  'Open a second low-cost spay and neuter clinic day each week',
  'Recruit 100 new foster homes, especially for large dogs',
];
const elNav = ['Adopt a Pet', 'Surrender a Pet', 'Clinic', 'Support Us', 'About'];
const elCounters = ['5,842', 'Animals cared for', '91%', 'Live release rate', '412', 'Foster homes'];
const elFoot = ['Ridgeway Regional Animal Shelter', '800 Quarry Lane, Ridgeway, CO 80544', 'Open Tuesday to Sunday, noon to 6 pm', 'Privacy Policy'];
const ew = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}
</div></div>`;
const elHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>2025 Shelter Statistics - Ridgeway Regional Animal Shelter</title><meta name="description" content="Intake and outcome statistics for 2025.">
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1' media='all'>
<link rel='stylesheet' id='elementor-post-1188-css' href='/wp-content/uploads/elementor/css/post-1188.css?ver=1740011' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"2025 Shelter Statistics","dateModified":"2026-02-10"}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.20.1","post":{"id":1188}};</script>
</head>
<body class="page-template page-template-elementor_header_footer page page-id-1188 elementor-default elementor-kit-6 elementor-page elementor-page-1188">
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header">
<div class="elementor-element e-con-full e-flex e-con">
${ew('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2024/05/rras-logo.png" alt="Ridgeway Regional Animal Shelter"></a>')}
${ew(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5d2e" class="elementor-nav-menu">${links(elNav, 'menu-item')}
</ul></nav>`,
)}
${ew('button', '<a class="elementor-button elementor-button-link elementor-size-sm" href="/donate"><span class="elementor-button-text">Donate</span></a>')}
</div></div>
<div data-elementor-type="wp-page" data-elementor-id="1188" class="elementor elementor-1188"><div class="elementor-element e-con-boxed e-flex e-con">
${ew('heading', `<h1 class="elementor-heading-title elementor-size-default">${elTitle}</h1>`)}
${ew('text-editor', ps(elIntro))}
</div><div class="elementor-element e-con-boxed e-flex e-con e-parent">
${[0, 2, 4]
  .map((i) =>
    ew(
      'counter',
      `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-duration="2000"
data-to-value="${elCounters[i] ?? ''}">${elCounters[i] ?? ''}</span></div><div class="elementor-counter-title">${elCounters[i + 1] ?? ''}</div></div>`,
    ),
  )
  .join('\n')}
</div><div class="elementor-element e-con-boxed e-flex e-con">
${ew('heading', '<h2 class="elementor-heading-title elementor-size-default">Intake and outcomes</h2>')}
${ew(
  'text-editor',
  `<table><thead><tr><th>Category</th><th>Dogs</th><th>Cats</th><th>Total</th></tr></thead><tbody>
${elTable.map((r) => `<tr>\n<td>${r[0]}</td>\n<td>${r[1]}</td>\n<td>${r[2]}</td>\n<td>${r[3]}</td>\n</tr>`).join('\n')}
</tbody></table>`,
)}
${ew(
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/02/outcomes-chart.png" alt="Bar chart of outcomes by month"><figcaption
class="widget-image-caption wp-caption-text">Monthly outcomes, 2025. Source: shelter records.</figcaption></figure>`,
)}
${ew('heading', '<h2 class="elementor-heading-title elementor-size-default">What the numbers tell us</h2>')}
${ew('text-editor', ps(elNotes))}
${ew('heading', '<h2 class="elementor-heading-title elementor-size-default">Our goals for 2026</h2>')}
${ew(
  'icon-list',
  `<ul class="elementor-icon-list-items">${elGoals
    .map(
      (g) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${g}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${ew(
  'button',
  `<a class="elementor-button" href="/wp-content/uploads/2026/02/2025-stats.pdf">
<span class="elementor-button-text">Download the full report (PDF)</span></a>`,
)}
${ew('text-editor', '<p><em>Page updated February 10, 2026</em></p>')}
</div></div>
<div data-elementor-type="popup" data-elementor-id="2301" class="elementor elementor-2301 elementor-location-popup"><div class="elementor-element e-con">
${ew('heading', '<h3 class="elementor-heading-title">Get Tails &amp; Tales in your inbox</h3>')}
${ew(
  'form',
  `<form class="elementor-form"><input type="email" placeholder="Your email"><button type="submit">
<span class="elementor-button-text">Join</span></button></form>`,
)}
</div></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"><div class="elementor-element e-con">
${ew('text-editor', ps(elFoot.slice(0, 3)))}
${ew('text-editor', `<p><a href="/privacy-policy/">${elFoot[3] ?? ''}</a> | © 2026 All rights reserved</p>`)}
</div></div><script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.1" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout407-elementor-shelter-statistics',
  kind: 'docs',
  html: elHtml,
  title: elTitle,
  headings: ['Intake and outcomes', 'What the numbers tell us', 'Our goals for 2026'],
  body: texts([...elIntro, ...elCounters, ...elTable.flat(), ...elNotes, ...elGoals]),
  bylines: ['Page updated February 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...elNav, 'Donate', 'Monthly outcomes, 2025. Source: shelter records.', 'Download the full report (PDF)', 'Get Tails & Tales in your inbox', 'Join',
    ...elFoot, '© 2026 All rights reserved',
  ],
};

const wfTitle = 'Sponsor a Resident';
const wfIntro = [
  j(
    'Most of the 140 animals at the sanctuary will live here for the rest of their lives. Pigs can live to fifteen, goats',
    'to eighteen and our oldest cow, Marigold, is twenty-two. Sponsorship is how we make sure that every one of them has hay, shelter',
    'and a vet on call for all of those years.',
  ),
  'When you sponsor a resident, your monthly gift goes to the care of that animal and the others who share their barn.',
];
const wfTiers: readonly (readonly [string, string, string])[] = [
  ['Hen Friend', '$10 / month', 'Covers a month of feed and bedding for two of our rescued hens.'],
  ['Goat Buddy', '$25 / month', 'Pays for hoof trims and worming for one goat for a year, spread over twelve months.'],
  ['Pig Pal', '$40 / month', 'Feeds one of our pot-bellied or farm pigs and keeps their mud wallow topped up in summer.'],
  ['Cow Companion', '$75 / month', 'Helps with hay, mineral licks and the annual vet visit for one of our cattle.'],
];
const wfGet = [
  'A digital sponsorship certificate with your animal\u2019s photo and story',
  'A short video update from their caregivers every three months',
  'An invitation to our sponsors-only open day each September',
];
const wfFaq = j(
  'You can change or cancel your sponsorship at any time from the link in your receipt email. Sponsorships are tax-deductible,',
  'and you can give one as a gift: we will send the certificate to the person you name.',
);
const wfNav = ['Meet the Residents', 'Visit', 'Give Monthly', 'Shop', 'Donate'];
const wfQuote = 'Getting a video of Pickles the pig rolling in mud every season is the best thing in my inbox.';
const wfFoot = [
  'Thistledown Farm Sanctuary',
  '1450 Hollis Road, Vernon Falls, VT 05071',
  'Instagram',
  'Facebook',
  'YouTube',
  '© 2026 Thistledown Farm Sanctuary',
];
const wfHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 14:22:05 GMT+0000 -->
<html data-wf-domain="www.thistledown.example" data-wf-page="65b8c1d2e3f4a5b6c7d8e9f0" data-wf-site="65b8c1d2e3f4a5b6c7d8e9a1" lang="en"><head>
<meta charset="utf-8"><title>Sponsor a Resident | Thistledown Farm Sanctuary</title><meta content="Sponsor a pig, goat, cow or hen at the sanctuary."
name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65b8c1/css/thistledown.webflow.7f3a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://cdn.prod.website-files.example/65b8c1/logo.svg" alt="Thistledown"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wfNav
  .map(
    (n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${n}</a>`,
  )
  .join('\n')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-sponsor"><div class="container w-container"><h1 class="heading-hero">${wfTitle}</h1>
<div class="rich-text w-richtext">${ps(wfIntro)}</div></div></section>
<section class="section tiers"><div class="container w-container"><h2 class="heading-2">Choose a sponsorship</h2><div class="w-layout-grid tier-grid">
${wfTiers
  .map(
    (t) => `<div class="tier-card"><h3 class="tier-name">${t[0]}</h3><div class="tier-price">${t[1]}</div><p class="tier-text">${t[2]}</p>
<a href="https://donate.thistledown.example/sponsor?tier=${t[0].split(' ')[0]?.toLowerCase() ?? ''}" class="button w-button">Sponsor now</a></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section what-you-get"><div class="container w-container"><h2 class="heading-2">What sponsors receive</h2>
<div class="rich-text w-richtext"><ul role="list">${wfGet.map((g) => `<li>${g}</li>`).join('\n')}</ul></div></div></section>
<section class="section testimonials"><div data-delay="4000" data-animation="slide" class="slider w-slider"><div class="mask w-slider-mask"><div
class="slide w-slide"><blockquote class="testimonial">${wfQuote}</blockquote><div class="testimonial-name">Jo R., sponsor since 2021</div></div></div>
<div class="left-arrow w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="w-slider-nav w-round"></div></div></section>
<section class="section faq"><div class="container w-container"><h2 class="heading-2">Good to know</h2><div data-hover="false" class="faq-dropdown w-dropdown">
<div class="faq-toggle w-dropdown-toggle"><div class="faq-question">Can I cancel or give a sponsorship as a gift?</div></div><nav class="faq-answer
w-dropdown-list"><p class="paragraph">${wfFaq}</p></nav></div></div></section>
<footer class="footer"><div class="footer-container w-container"><div class="footer-block">${ps(wfFoot.slice(0, 2), ' class="footer-text"')}</div>
<div class="footer-social">${wfFoot
  .slice(2, 5)
  .map((s) => `<a href="#" class="footer-link">${s}</a>`)
  .join('\n')}</div><div class="footer-copy">${wfFoot[5] ?? ''}</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65b8c1/js/webflow.a1b2.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout407-webflow-sanctuary-sponsorship',
  kind: 'docs',
  html: wfHtml,
  title: wfTitle,
  headings: ['Choose a sponsorship', ...wfTiers.map((t) => t[0]), 'What sponsors receive', 'Good to know', 'Can I cancel or give a sponsorship as a gift?'],
  body: texts([...wfIntro, ...wfTiers.flatMap((t) => [t[1], t[2]]), ...wfGet, wfFaq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...wfNav, 'Sponsor now', wfQuote, 'Jo R., sponsor since 2021', ...wfFoot],
};

export const HELDOUT407_E: readonly TestPage[] = [elementor, webflow];
