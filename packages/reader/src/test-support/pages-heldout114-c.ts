import { links, ps, type TestPage, texts } from './page-kit.js';
import { keyPointsPage } from './pages-heldout114-c2.js';

/**
 * Held-out batch 114, file c: a Gannett local-network story (gnt_ template) opened by an inline image gallery with its
 * "1 of 8" counters, captions and credits, "View Gallery" and hidden slides, then the story (site nav, "Subscribe" and
 * "Sign In", the byline with "Published" and "Updated" lines, the share tools, an in-story ad, "Contributing:" line, the
 * "In case you missed it" list and the footer) and, from file c2, a public broadcaster's story opened by a "Key points"
 * box and a "Share this story" row inside the article.
 */
const title = 'Riverfront festival draws record crowd as new pedestrian bridge opens';
const slides = [
  ['Crowds cross the new Tillman Street pedestrian bridge on its opening day, Saturday, Sept. 27, 2025.', 'Ava Lindgren/Carrow Courier'],
  ['A drum line from Eastgate High School leads the parade onto the bridge.', 'Ava Lindgren/Carrow Courier'],
  ['Mayor Lorraine Okafor cuts the ribbon at the east end of the bridge.', 'Dominic Reyes/Carrow Courier'],
  ['Vendors set up along the riverwalk before the festival opens.', 'Dominic Reyes/Carrow Courier'],
  ['Children watch the boat parade from the bridge railing.', 'Ava Lindgren/Carrow Courier'],
  ['Fireworks over the Carrow River close the night.', 'Dominic Reyes/Carrow Courier'],
  ['The bridge lit in blue after dark.', 'Ava Lindgren/Carrow Courier'],
  ['Festivalgoers wait in line for food trucks on Front Street.', 'Dominic Reyes/Carrow Courier'],
];
const paras = [
  'More than 48,000 people turned out for the Carrow Riverfront Festival on Saturday, organizers said, the largest crowd in the ' +
    'event’s 31-year history and a first big test for the city’s new pedestrian bridge.',
  'The $23 million Tillman Street bridge, which links downtown to the Eastgate neighborhood across the Carrow River, opened to ' +
    'foot traffic at 10 a.m. after a ribbon-cutting by Mayor Lorraine Okafor. Police estimated that 15,000 people crossed it before noon.',
  '“For 40 years, if you lived in Eastgate and wanted to walk downtown, you had to go a mile and a half out of your way to the ' +
    'highway bridge,” Okafor said. “Today that is a six-minute walk.”',
  'The bridge was paid for mostly with a federal grant and took nearly three years to build, about eight months longer than ' +
    'planned. Delays in delivering the steel arch sections pushed back the opening from the spring.',
  'Festival director Samir Haddad said the bridge changed how people moved through the event. In past years, most visitors ' +
    'stayed on the downtown side. This year, the food trucks and music stage on the Eastgate bank were busy from the start.',
  '“We had vendors on that side sell out by 4 o’clock,” Haddad said. “That has never happened.”',
  'Not everyone was happy with the crowds. Some Eastgate residents complained that festivalgoers parked in front of their ' +
    'driveways, and police said they issued 212 parking tickets, nearly double last year’s number.',
  'The city plans to add signs and a shuttle from the downtown garages before next year’s festival, a spokesperson said.',
  'The bridge will be open to pedestrians and cyclists 24 hours a day. Lighting on the arch, which can change color, will be ' +
    'blue on weeknights and will mark holidays and local sports wins, the city said.',
  'The city said it will count bridge crossings with sensors at both ends for the first year to help plan future events and maintenance.',
];
const nav = ['News', 'Sports', 'Entertainment', 'Life', 'Money', 'Opinion', 'Obituaries', 'E-Edition', 'Legals'];
const icymi = [
  'Carrow schools to add 12 school resource officers this fall',
  'Here’s where to find pumpkin patches near Carrow this year',
  'Downtown parking rates rise Oct. 1: What to know',
];
const foot = ['Staff Directory', 'Contact Us', 'Newsletters', 'Support', 'Manage Account', 'Terms of Service', 'Privacy Policy', 'Your Privacy Choices'];
const slide = (s: readonly string[], i: number): string => `<div class="gnt_em_gl_i" data-c-idx="${i}"${i > 0 ? ' hidden' : ''}>
<img class="gnt_em_gl_img" src="https://www.carrowcourier.example/gcdn/presto/2025/09/27/bridge-${i}.jpg?width=660" alt="">
<div class="gnt_em_gl_c"><span class="gnt_em_gl_ct">${i + 1} of ${slides.length}</span><span class="gnt_em_gl_cp">${s[0]}</span>
<span class="gnt_em_gl_cr">${s[1]}</span></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:site_name" content="Carrow Courier">
<meta property="og:title" content="${title}"><meta name="description" content="More than 48,000 people turned out for the Carrow Riverfront Festival.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-09-27T23:18:04Z",
"dateModified":"2025-09-28T09:40:12Z",
"author":[{"@type":"Person","name":"Jordan Kessler"}],"publisher":{"@type":"Organization","name":"Carrow Courier"}}</script>
<script>window.gnt=window.gnt||{};gnt.pd={"ssts":"news/local","cst":"news/local"};</script><script src="/gcdn/dcjs/2025/bundle.js" defer></script></head>
<body class="gnt_pr"><div class="gnt_n"><a class="gnt_n_skp" href="#mainContentSection">Skip to main content</a><a class="gnt_n_lg" href="/">Carrow Courier</a>
<nav class="gnt_n_mn" aria-label="Main Navigation">${nav.map((n) => `<a class="gnt_n_mn_l" href="#">${n}</a>`).join('')}</nav>
<a class="gnt_n_us_a" href="/subscribe/">Subscribe</a><a class="gnt_n_us_a" href="/signin/">Sign In</a></div>
<main class="gnt_cw" id="mainContentSection"><article class="gnt_pr"><div class="gnt_ar_lbl"><a href="/news/local/">LOCAL</a></div>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">${title}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/jordan-kessler/">Jordan Kessler</a><div class="gnt_ar_by_j">Carrow Courier</div></div>
<div class="gnt_ar_dt" aria-label="Published: 7:18 p.m. ET Sept. 27, 2025 Updated: 5:40 a.m. ET Sept. 28, 2025">
Published 7:18 p.m. ET Sept. 27, 2025 <span class="gnt_ar_dt_u">Updated 5:40 a.m. ET Sept. 28, 2025</span></div>
<div class="gnt_ss"><button class="gnt_ss_fb" aria-label="Share on Facebook"></button><button class="gnt_ss_x"></button><button class="gnt_ss_em"></button>
<button class="gnt_ss_cp">Copy link</button></div>
<div class="gnt_ar_b" aria-label="Article Body">
<div class="gnt_em gnt_em_gl" data-t-l="|inline|intext|n/a" aria-label="Gallery: Carrow Riverfront Festival 2025">
<div class="gnt_em_t">Carrow Riverfront Festival 2025</div>
${slides.map(slide).join('\n')}<button class="gnt_em_gl_vw">View Gallery</button></div>
${ps(paras.slice(0, 4), ' class="gnt_ar_b_p"')}
<aside class="gnt_em gnt_em__ad" aria-label="advertisement"><div class="gnt_em_ad_lb">Advertisement</div><div id="poster_1"></div></aside>
${ps(paras.slice(4), ' class="gnt_ar_b_p"')}
<p class="gnt_ar_b_p">Contributing: Meghan Ruiz, Carrow Courier</p>
<p class="gnt_ar_b_p"><em>Jordan Kessler covers city government for the Carrow Courier. Reach him at jkessler@carrowcourier.example.</em></p>
<h3 class="gnt_ar_b_h3">In case you missed it</h3><ul class="gnt_ar_b_ul">${links(icymi, 'gnt_ar_b_ul_li')}</ul></div></article></main>
<footer class="gnt_f"><ul>${links(foot)}</ul><p class="gnt_f_c">© 2025 www.carrowcourier.example. All rights reserved.</p></footer>
</body></html>`;
const galleryPage: TestPage = {
  name: 'heldout114-gannett-gallery-counters-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: ['Jordan Kessler', 'Published 7:18 p.m. ET Sept. 27, 2025', 'Updated 5:40 a.m. ET Sept. 28, 2025', 'Contributing: Meghan Ruiz, Carrow Courier'],
  furniture: [
    'Skip to main content',
    'Carrow Courier',
    ...nav,
    'Subscribe',
    'Sign In',
    'LOCAL',
    'Copy link',
    'Carrow Riverfront Festival 2025',
    ...slides.map((_, i) => `${i + 1} of 8`),
    ...slides.map((s) => s[0] ?? ''),
    'Ava Lindgren/Carrow Courier',
    'Dominic Reyes/Carrow Courier',
    'View Gallery',
    'Advertisement',
    'Jordan Kessler covers city government for the Carrow Courier. Reach him at jkessler@carrowcourier.example.',
    'In case you missed it',
    ...icymi,
    ...foot,
    '© 2025 www.carrowcourier.example. All rights reserved.',
  ],
};
export const HELDOUT114_C: readonly TestPage[] = [galleryPage, keyPointsPage];
