import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file e2: a university press office news story on a Drupal 10 site. */
const title = 'Self-healing asphalt trial begins on Northmere campus roads';
const lede =
  'Engineers at the University of Northmere have resurfaced a stretch of campus road with asphalt that repairs its own cracks ' +
  'when warmed, in the first full-scale trial of the material in the region.';
const p1 = [
  'The 300-metre section of Ferris Lane, which carries buses and delivery lorries to the north of the campus, was resurfaced ' +
    'over the February half-term. The new surface contains tiny capsules of recycled cooking oil and short strands of steel ' +
    'wool mixed into the bitumen.',
  'When the road develops fine cracks, the capsules break open and release oil that softens the surrounding bitumen so that it ' +
    'flows back together. Every few months, a maintenance vehicle fitted with an induction coil will pass slowly over the road, ' +
    'heating the steel wool and speeding up the healing process.',
  '“Potholes start as cracks too small to see,” said Professor Aled Whitcombe of the School of Engineering, who leads the ' +
    'project. “If you can close those cracks before water gets in and freezes, you stop the pothole before it exists.”',
];
const h1 = 'Five years of laboratory work';
const p2 = [
  'The trial follows five years of testing in the university’s pavement laboratory, where slabs of the material were loaded ' +
    'millions of times by a wheel-tracking machine. Slabs containing the capsules recovered up to 80% of their original ' +
    'strength after being cracked and heated, compared with less than 30% for ordinary asphalt.',
  'The team estimates that the material could double the life of a road surface. Although it costs about 25% more to lay, ' +
    'fewer repairs would make it cheaper over the life of the road, as well as reducing the disruption and carbon emissions of ' +
    'resurfacing work.',
];
const h2 = 'Working with the council';
const p3 = [
  'The project is a partnership with Northmere City Council, which will use the results to decide whether to include the ' +
    'material in its resurfacing programme from 2027. Sensors embedded in the road will measure temperature, strain and the ' +
    'growth of cracks for the next three years.',
  'Councillor Bethan Rowlands, cabinet member for highways, said: “Residents tell us every week that potholes are their biggest ' +
    'frustration. If this trial works, it could change the way we look after every road in the city.”',
  'Students on the university’s civil engineering degrees will help to collect and analyse the data as part of their final-year ' + 'projects.',
];
const notes = [
  'Notes to editors',
  'The project is funded by the Northmere Highways Innovation Fund and the university’s Impact Acceleration Account.',
  'Images of the trial are available on request.',
];
const utility = ['Students', 'Staff', 'Alumni', 'Give', 'Contact us'];
const nav = ['Study', 'Research', 'Business', 'International', 'About us', 'News and events'];
const crumbs = ['Home', 'News and events', 'News'];
const caption = 'The trial section of Ferris Lane after resurfacing.';
const share = ['Share this page', 'Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Copy link'];
const contact = ['Media enquiries', 'Press Office', 'press@northmere.example', '+44 (0)1632 960 412'];
const tags = ['Engineering', 'Research', 'Sustainability', 'School of Engineering'];
const related = [
  'Northmere team wins funding for low-carbon cement research',
  'New bridge monitoring lab opens',
  'Students design flood barrier for local park',
];
const relatedDates = ['4 March 2025', '25 February 2025', '11 February 2025'];
const foot = ['Accessibility', 'Privacy notice', 'Cookies', 'Freedom of information', 'Modern slavery statement', 'Jobs', 'Maps and directions'];
const address = 'University of Northmere, Castle Road, Northmere NM1 4QP';
const cookie = 'We use cookies to make our website work and to understand how you use it.';
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Self-healing asphalt trial begins on Northmere campus roads | University of Northmere</title>
<meta name="description" content="${lede}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><link rel="canonical"
href="https://www.northmere.example/news/self-healing-asphalt-trial">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}",
"datePublished":"2025-03-12T10:00:00+0000",
"publisher":{"@type":"CollegeOrUniversity","name":"University of Northmere"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48213"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx9.css"></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="cookie-banner" class="eu-cookie-compliance-banner" role="dialog"><p>${cookie}</p><button class="agree-button">Accept all</button>
<button class="decline-button">Reject non-essential</button></div>
<header role="banner" class="site-header"><nav class="utility-nav" aria-label="Utility"><ul>${links(utility)}</ul></nav>
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/northmere/logo.svg" alt="University of Northmere"></a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="main-nav"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main
navigation</h2>
<ul class="menu">${links(nav, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol>${links(crumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<article role="article" about="/news/self-healing-asphalt-trial" class="node node--type-news node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">${title}</span></h1>
<div class="news-meta"><span class="news-meta__label">Published:</span> <time datetime="2025-03-12T10:00:00Z">12 March 2025</time></div>
<div class="field field--name-field-summary"><p class="lede">${lede}</p></div>
<div class="field field--name-field-hero-image"><figure><img src="/sites/default/files/2025-03/ferris-lane.jpg"
alt=""><figcaption>${caption}</figcaption></figure></div>
<div class="share-links"><h2 class="share-links__title">${share[0]}</h2><ul>${share
  .slice(1)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}</ul></div>
<div class="clearfix text-formatted field field--name-body field__item">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<h2>${h2}</h2>
${ps(p3)}
<div class="notes-to-editors"><h3>${notes[0]}</h3>${ps(notes.slice(1))}</div>
</div>
<div class="field field--name-field-tags"><h2 class="field__label">Tags</h2><ul class="field__items">${links(tags, 'field__item')}</ul></div>
</article></div>
<aside class="layout-sidebar-second" role="complementary"><div class="block media-contact"><h2>${contact[0]}</h2><p>${contact[1]}</p>
<p><a href="mailto:press@northmere.example">${contact[2]}</a></p><p>${contact[3]}</p></div>
<div class="block related-news"><h2>Related
news</h2><ul>${related.map((t, i) => `<li><a href="/news/r${i}">${t}</a><span>${relatedDates[i]}</span></li>`).join('')}</ul>
<a href="/news">More news</a></div></aside></main>
<footer role="contentinfo" class="site-footer"><p class="address">${address}</p><ul>${links(foot)}</ul>
<p class="copyright">© University of Northmere 2025</p></footer></div>
<script src="/sites/default/files/js/js_R2c.js"></script></body></html>`;

export const university: TestPage = {
  name: 'heldout230-university-press-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([lede, ...p1, ...p2, ...p3]),
  bylines: ['12 March 2025'],
  // the "Notes to editors" box at the end of the body, the media contact and the tags are furniture
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', cookie, 'Accept all', 'Reject non-essential', ...utility, 'Main navigation', ...nav, 'Breadcrumb', 'Home', 'Published:', caption,
    ...share,
    ...notes, 'Tags', ...tags, ...contact, 'Related news', ...related, ...relatedDates, 'More news', address, ...foot, '© University of Northmere 2025',
  ],
};
