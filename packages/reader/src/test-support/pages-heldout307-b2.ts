import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file b2: an orchestra's programme notes on a Drupal 10 site (Olivero-style regions: the header with
 * the main menu and "Book tickets" button, the breadcrumb block, the concert summary box with date, venue and booking link,
 * the node with its author and date fields, an image field with caption, the "Performers" and "Programme" field lists, the
 * "In this season" view block, the cookie compliance popup and the footer).
 */
const title = 'Programme Notes: Sea Pictures and the Winter Symphony';
const lead = j(
  'Tonight\u2019s concert brings together two works written forty years apart by composers who never met, but who both spent their',
  'lives looking at the same stretch of grey water from opposite shores.',
);
const hA = 'Ilse Rautavaara: Tidewater Overture (1961)';
const pA = [
  j(
    'Rautavaara wrote the overture for the opening of the concert hall in Varnholm, a fishing town that had waited thirty years for a',
    'building big enough to hold its choir. The commission asked for "something short and cheerful," and the first two minutes are just',
    'that: bright horn calls, a skipping figure in the violins and a tune that sounds like a sea shanty without quite being one.',
  ),
  j(
    'Listen, though, for the moment halfway through when the cellos and basses drop to a low, slow swell. The cheerful tune comes back',
    'over it, but it never quite shakes off the weight underneath. Rautavaara said later that she had been thinking of the boats that',
    'did not come home.',
  ),
];
const hB = 'Tomas Hallberg: Symphony No. 3, "Winter" (2002)';
const pB = [
  j(
    'Hallberg spent the winter of 2000 in a borrowed house on the island of Skarre, where the ferry stopped running for six weeks in',
    'January. The symphony is, in his words, "a diary of being snowed in," and its four movements follow the season from the first',
    'hard frost to the morning the ice broke up in the harbour.',
  ),
];
const mvts = [
  'I. Frost. Slow, then restless: muted strings and a solo clarinet that keeps trying to start a melody and giving up.',
  'II. The Ferry Does Not Come. A scherzo built on a single repeated note in the timpani, like someone knocking.',
  'III. Lamplight. The emotional heart of the work, a long song for the cor anglais over quiet, warm brass chords.',
  'IV. Thaw. Everything that was frozen starts to move at once, ending in a huge, bright chord for full orchestra.',
];
const pB2 = [
  j(
    'Hallberg asked that the symphony be played without a break between the third and fourth movements, so that the thaw seems to grow',
    'out of the lamplight rather than interrupt it. The piece lasts about thirty-eight minutes.',
  ),
];
const hC = 'About the performers';
const pC = [
  j(
    'Our principal guest conductor, Marit Solvang, has championed Hallberg\u2019s music for over a decade and gave the first recording of',
    'the Winter Symphony with this orchestra in 2019. Tonight\u2019s cor anglais solo in the third movement is played by our own Agnes',
    'Whitlow, who joined the orchestra from the Kelderby Sinfonia last September.',
  ),
];
const nav = ['Concerts', 'Season 2026/27', 'Learning', 'Support Us', 'About the Orchestra', 'Visit'];
const season = ['Brahms by Candlelight', 'Family Concert: The Snow Queen', 'Spring Opening Night'];
const foot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie settings', 'Registered charity no. 1048832'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title} | Northmere Philharmonic</title><link rel="canonical" href="https://www.northmerephil.example/programme-notes/sea-pictures-winter-symphony">
<meta property="og:title" content="${title}"><meta name="description" content="${lead}">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4418",
"currentLanguage":"en"},"eu_cookie_compliance":{"popup_enabled":true},"user":{"uid":0}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"@type":"Person","name":"Dr Helena Cray"},"datePublished":"2026-01-28T12:00:00+0000"}]}</script></head>
<body class="path-node page-node-type-programme-note"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">Northmere
Philharmonic</a></div><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="primary-nav">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu primary-nav__menu">${links(nav, 'menu__item')}</ul>
</nav><a class="button button--primary header-cta" href="/whats-on">Book tickets</a></header>
<div id="main-wrapper" class="layout-main-wrapper"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(['Home', 'Concerts', 'Programme notes'], 'breadcrumb__item')}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region--content" id="content">
<div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title field--type-string">${title}</span></h1></div>
<div id="block-northmere-content" class="block block-system block-system-main-block"><article data-history-node-id="4418" role="article"
class="node node--type-programme-note node--view-mode-full"><div class="node__meta"><span class="field field--name-uid"><span>Notes by Dr Helena
Cray</span></span> <span class="field field--name-created">28 January 2026</span></div>
<div class="concert-summary block-views-blockconcert-summary"><div class="views-field views-field-field-date">Saturday 7 February 2026, 7.30pm</div>
<div class="views-field views-field-field-venue">Harbour Hall, Northmere</div>
<div class="views-field views-field-nothing"><a href="/whats-on/sea-pictures" class="button">Book now</a></div></div>
<div class="node__content"><div class="field field--name-field-image field--type-image"><figure><img src="/sites/default/files/2026-01/skarre.jpg"
alt=""><figcaption>The harbour at Skarre in January. Photo: Northmere Philharmonic archive</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item"><p class="lead">${lead}</p>
<h2>${hA}</h2>
${ps(pA)}
<h2>${hB}</h2>
${ps(pB)}
<ul>${mvts.map((m) => `<li>${m}</li>`).join('\n')}</ul>
${ps(pB2)}
<h2>${hC}</h2>
${ps(pC)}</div>
<div class="field field--name-field-performers"><div class="field__label">Performers</div><div class="field__items">
<div class="field__item">Marit Solvang, conductor</div><div class="field__item">Agnes Whitlow, cor anglais</div></div></div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a
href="/taxonomy/term/12">Nordic music</a></div><div class="field__item"><a href="/taxonomy/term/31">Winter season</a></div></div></div>
</div></article></div></div></main>
<aside class="region region--sidebar"><div class="views-element-container block block-views block-views-blockin-this-season"><h2
class="block__title">In this season</h2><ul>${links(season, 'views-row')}</ul></div></aside></div>
<footer class="site-footer"><div class="region region--footer"><ul class="menu">${links(foot, 'menu__item')}</ul>
<p>© Northmere Philharmonic Orchestra 2026</p></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog" aria-describedby="popup-text"><div class="popup-content info">
<div id="popup-text"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your
consent for us to set cookies.</p></div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK,
I agree</button><button type="button" class="decline-button">No, thanks</button></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.3.6"></script></body></html>`;

export const northmere: TestPage = {
  name: 'heldout307-drupal-orchestra-programme-notes-blog',
  kind: 'blog',
  html,
  title,
  headings: [hA, hB, hC],
  body: texts([lead, ...pA, ...pB, ...mvts, ...pB2, ...pC]),
  bylines: ['Notes by Dr Helena Cray', '28 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northmere Philharmonic', 'Main navigation', ...nav, 'Book tickets', 'Breadcrumb', 'Home', 'Programme notes',
    'Saturday 7 February 2026, 7.30pm', 'Harbour Hall, Northmere', 'Book now', 'The harbour at Skarre in January. Photo: Northmere Philharmonic archive',
    'Performers', 'Marit Solvang, conductor', 'Agnes Whitlow, cor anglais', 'Tags', 'Nordic music', 'Winter season', 'In this season', ...season,
    ...foot, '© Northmere Philharmonic Orchestra 2026', 'We use cookies on this site to enhance your user experience',
    'By clicking any link on this page you are giving your consent for us to set cookies.', 'OK, I agree', 'No, thanks',
  ],
};
