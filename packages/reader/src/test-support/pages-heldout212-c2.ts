import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 212: a EUMETSAT news item on eumetsat.int (Drupal, "Newsroom" section), as "Save page as" stores it. */
const title = 'Lightning imager data help forecasters track a record hailstorm over the Po valley';
const intro = 'Data from the Lightning Imager on Meteosat Third Generation gave forecasters up to 40 minutes of extra warning';
const p1 = [
  'When a line of supercells crossed the Po valley on the afternoon of 28 February, forecasters at the regional weather service ' +
    'of Ravenna-Ferrara were watching more than radar. Flash counts from the Lightning Imager on board Meteosat-13 showed ' +
    'the storms intensifying well before the hail cores appeared on the radar screens.',
  '“The lightning jump was the first signal,” said duty forecaster Chiara Bellomo. “We saw the flash rate in one cell triple ' +
    'within ten minutes, and that gave us the confidence to issue the red warning for the eastern districts before the ' +
    'hail arrived.”',
  'Hailstones up to 9 centimetres across were reported near the town of Lugaretto, the largest recorded in the region in ' +
    'February since observations began.',
];
const h1 = 'Continuous coverage from geostationary orbit';
const p2 = [
  'The Lightning Imager observes Europe, Africa and parts of the Atlantic continuously, detecting flashes both from cloud to ' +
    'ground and within clouds, by day and by night. Because it views the storms from above, it sees intra-cloud lightning ' +
    'that ground-based networks often miss.',
  'Since the data became operational last year, national weather services in twelve member states have started to use them ' +
    'in their nowcasting systems. Several combine the flash data with the imagery of the Flexible Combined Imager, which ' +
    'takes a full picture of the disc every ten minutes and of Europe every two and a half minutes.',
];
const h2 = 'Learning from the case';
const p3 = ['EUMETSAT’s training team is preparing a case study of the event for its forecaster courses. It will cover:'];
const list = [
  'how the lightning jump related to the growth of the hail core,',
  'the overshooting tops visible in the high-resolution visible channel,',
  'and how the warnings were timed compared with the first reports of damage.',
];
const p4 = [
  '“Cases like this show the value of having lightning, imagery and radar side by side,” said Dr Jonas Weidmann, EUMETSAT’s ' +
    'Head of Training. “We want every forecaster in our member states to be able to read these signals with confidence.”',
];
const cap = 'Lightning flash density from the MTG Lightning Imager over northern Italy, 28 February 2026, 14:00 – 16:00 UTC.';
const credit = 'Credit: EUMETSAT';
const nav = ['About us', 'Our satellites', 'Data', 'Science', 'Newsroom', 'Events', 'Careers'];
const tools = ['User Portal', 'Data Store', 'Service status', 'Contact'];
const related = ['Meteosat-13 lightning data declared operational', 'Training course: nowcasting convective storms with MTG', 'Storm Dagmar seen from space'];
const foot = ['Accessibility', 'Cookie policy', 'Legal notice', 'Privacy statement', 'Procurement', 'Sitemap'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} | EUMETSAT</title>
<meta name="description" content="${intro}"><link rel="canonical" href="https://www.eumetsat.int/lightning-imager-data-help-forecasters-track-record-hailstorm">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="stylesheet" media="all" href="/sites/default/files/css/css_eum9.css">
<script src="/sites/default/files/js/js_eum9.js"></script></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog"><div class="eu-cookie-compliance-banner"><div class="popup-content info">
<div id="popup-text"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons">
<button type="button" class="agree-button">Accept</button><button type="button" class="decline-button">No, thanks</button>
<button type="button" class="find-more-button">More info</button></div></div></div></div>
<header class="site-header"><div class="header-top"><ul class="tools-menu">${links(tools)}</ul></div>
<div class="header-main"><a href="/" class="site-logo"><img src="/themes/custom/eumetsat/logo.svg" alt="EUMETSAT"></a>
<nav class="main-menu" aria-label="Main navigation"><ul>${links(nav, 'menu-item')}</ul></nav>
<button class="search-toggle" aria-label="Open search">Search</button></div></header>
<main id="main-content"><div class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/newsroom">Newsroom</a></li>
<li><a href="/news">News</a></li></ol></div>
<article class="node node--type-news node--view-mode-full"><div class="news-header">
<div class="field--name-field-news-type">News</div><h1 class="page-title">${title}</h1>
<div class="news-meta"><span class="date">4 March 2026</span></div>
<div class="field--name-field-intro"><p>${intro}</p></div></div>
<div class="news-hero"><figure><img src="/media/49312" alt=""><figcaption><span class="caption">${cap}</span>
<span class="credit">${credit}</span></figcaption></figure></div>
<div class="news-body"><div class="clearfix text-formatted field--name-body">${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<h2>${h2}</h2>
${ps(p3)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
</div></div>
<div class="news-tags"><h3>Topics</h3><ul>${links(['Meteosat Third Generation', 'Lightning', 'Nowcasting', 'Severe weather'])}</ul></div>
<div class="share-links"><h3>Share</h3><a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="last-updated">Last Updated: 05 March 2026</div></article>
<section class="related-news"><h2>Related news</h2>${related
  .map(
    (t, i) => `<div class="teaser"><a href="/news/${i}">
<span class="teaser__type">News</span><h3 class="teaser__title">${t}</h3></a></div>`,
  )
  .join('\n')}</section>
<section class="newsletter-cta"><h2>Sign up for our newsletter</h2><p>Get the latest news, events and data updates from EUMETSAT in your inbox.</p>
<a class="button" href="/newsletter">Subscribe</a></section></main>
<footer class="site-footer"><div class="footer-address"><p>EUMETSAT, Eumetsat-Allee 1, 64295 Darmstadt, Germany</p></div>
<div class="footer-social"><a href="#">LinkedIn</a> <a href="#">YouTube</a> <a href="#">Instagram</a></div>
<ul class="footer-menu">${links(foot)}</ul><p class="copyright">© 2026 EUMETSAT</p></footer></body></html>`;
export const eumetsatNews: TestPage = {
  name: 'heldout212-eumetsat-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([intro, ...p1, ...p2, ...p3, ...list, ...p4]),
  bylines: ['4 March 2026', 'Last Updated: 05 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.',
    'Accept', 'No, thanks', 'More info', ...tools, ...nav, 'Search', 'Home', 'News', cap, credit, 'Topics', 'Meteosat Third Generation', 'Lightning',
    'Nowcasting', 'Severe weather', 'Share', 'LinkedIn', 'Facebook', 'Email', 'Related news', ...related, 'Sign up for our newsletter',
    'Get the latest news, events and data updates from EUMETSAT in your inbox.', 'Subscribe', 'EUMETSAT, Eumetsat-Allee 1, 64295 Darmstadt, Germany',
    'YouTube', 'Instagram', ...foot, '© 2026 EUMETSAT',
  ],
};
