import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file f2: a journalism school's student news lab on Drupal 10 (university brand bar, site
 * branding, main navigation, breadcrumb, article node with byline and date fields, media image with caption, body with
 * an h2, a list and a data table, the lab's "About this story" note, tags, related stories view, "Support the lab"
 * block, cookie notice from the EU Cookie Compliance module, university footer).
 */
const dTitle = 'Half of county’s rural polling places lack an accessible entrance, student survey finds';
const dBody1 = [
  j(
    'Nineteen of the 38 polling places outside Marlow County’s two largest towns do not have an entrance that a wheelchair user',
    'can use without help, according to a survey carried out by reporters from the Corliss School of Journalism’s news lab',
    'between October and February.',
  ),
  j(
    'Reporters visited every polling place on the county’s list with a tape measure, a level and the federal checklist used by',
    'election officials. They measured door widths, ramp slopes and the distance from the nearest parking space to the door.',
  ),
];
const dH1 = 'What the reporters found';
const dBody2 = ['The most common problems were:'];
const dList = [
  'Ramps steeper than the 1-in-12 slope allowed by federal guidelines, at 11 locations',
  'Doors narrower than 32 inches or with heavy manual closers, at 8 locations',
  'No marked accessible parking space within 200 feet of the entrance, at 13 locations',
];
const dBody3 = [
  j(
    'Some polling places had more than one problem. At the Grange hall in Pickett Township, the only level entrance leads',
    'through a kitchen that is locked on election day.',
  ),
  j(
    'County elections director Wendell Abernathy said the county relies on temporary ramps and curbside voting to meet its',
    'obligations. “Every voter who asks for help gets it,” he said. But three voters who use wheelchairs told the lab they had',
    'waited more than 30 minutes for a poll worker to bring a ballot to their car.',
  ),
];
const dH2 = 'Results by township';
const dBody4 = [
  j(
    'Abernathy said the county applied in January for a state grant of $240,000 to replace four temporary ramps with permanent',
    'ones and to move two polling places to school buildings. A decision on the grant is expected in May, before the primary.',
  ),
  j(
    'Disability advocates said the survey confirmed what voters have been telling the county for years. “It should not take a',
    'class of journalism students with a tape measure to get this fixed,” said Odile Marchand of the Marlow Access Coalition.',
  ),
];
const dNav = ['Stories', 'Data Projects', 'Newsletters', 'About the Lab', 'Work With Us'];
const dRelated = ['How we measured 38 polling places', 'Rural broadband map shows gaps along Route 6', 'Where Marlow County’s school buses run empty'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Corliss News Lab</title><link rel="canonical" href="https://newslab.corliss.example/stories/polling-places-access">
<meta property="og:title" content="${dTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"author":[{"@type":"Person","name":"Luca Ferreira-Hahn"},{"@type":"Person","name":"Beatrix Nwosu"}],"datePublished":"2026-03-10"}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2241"},
"eu_cookie_compliance":{"popup_enabled":true}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3l9f.css"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="brand-bar"><a href="https://www.corliss.example">Corliss University</a></div>
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo">Corliss News Lab</a><div class="site-slogan">Reporting by students of the Corliss School of Journalism</div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(dNav, 'menu-item')}</ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(['Home', 'Stories'])}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article data-history-node-id="2241" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">${dTitle}</span></h1>
<div class="node__meta"><div class="field field--name-field-byline field--type-string"><div class="field__item">By Luca Ferreira-Hahn and Beatrix
Nwosu</div></div><div class="field field--name-field-published field--type-datetime"><time datetime="2026-03-10T12:00:00Z">March 10, 2026</time></div></div>
<div class="field field--name-field-media-image"><article class="media media--type-image"><img src="/sites/default/files/styles/wide/ramp.jpg"
alt="A steep wooden ramp"><div class="field field--name-field-caption">A temporary ramp at the Pickett Township Grange hall has a slope of about
1 in 7. (Beatrix Nwosu / Corliss News Lab)</div></article></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(dBody1)}
<h2>${dH1}</h2>
${ps(dBody2)}
<ul>
${lis(dList)}
</ul>
${ps(dBody3)}
<h2>${dH2}</h2>
<table><caption>Polling places with at least one barrier</caption><thead><tr><th>Township</th><th>Sites</th><th>With barriers</th></tr></thead>
<tbody><tr><td>Pickett</td><td>6</td><td>4</td></tr><tr><td>Alder Run</td><td>9</td><td>5</td></tr><tr><td>Stoneham</td><td>11</td><td>4</td></tr>
<tr><td>Other townships</td><td>12</td><td>6</td></tr></tbody></table>
${ps(dBody4)}
</div>
<div class="field field--name-field-about-story"><h3>About this story</h3><p>This story was reported and written by students in JOUR 417,
Data Reporting Lab, and edited by lab director Prof. Simone Achterberg.</p></div>
<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Tags</div>
<div class="field__items">${['Elections', 'Accessibility', 'Voting Rights']
  .map(
    (t) => `<div class="field__item"><a
href="/t">${t}</a></div>`,
  )
  .join('\n')}</div></div>
</article></div>
<div class="views-element-container block block-views" id="block-views-block-related-stories"><h2>Related stories</h2>
<div class="view view-related-stories"><ul>${links(dRelated, 'views-row')}</ul></div></div>
<div id="block-supportthelab" class="block block-block-content"><h2>Support the lab</h2><p>Gifts to the Corliss News Lab pay for student
reporters’ travel and public records fees.</p><a href="/give" class="button">Give now</a></div></div></div></main>
<footer role="contentinfo"><div class="region region-footer"><p>Corliss School of Journalism · 210 Hartwell Hall · Corliss University</p>
<ul class="menu">${links(['Accessibility', 'Privacy', 'Non-Discrimination Notice'])}</ul><p>© 2026 Corliss University</p></div></footer></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><p>We use cookies on this site to understand how visitors use it.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_Wq8b2c.js"></script></body></html>`;
export const newsLab: TestPage = {
  name: 'heldout370-drupal-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2],
  body: texts([...dBody1, ...dBody2, ...dList, ...dBody3, ...dBody4]),
  bylines: ['By Luca Ferreira-Hahn and Beatrix Nwosu', 'March 10, 2026'],
  furniture: [
    'Skip to main content',
    'Corliss University',
    'Corliss News Lab',
    'Reporting by students of the Corliss School of Journalism',
    ...dNav,
    'Home',
    'Stories',
    'A temporary ramp at the Pickett Township Grange hall has a slope of about 1 in 7. (Beatrix Nwosu / Corliss News Lab)',
    'About this story',
    'This story was reported and written by students in JOUR 417, Data Reporting Lab, and edited by lab director Prof. Simone Achterberg.',
    'Tags',
    'Elections',
    'Accessibility',
    'Voting Rights',
    'Related stories',
    ...texts(dRelated),
    'Support the lab',
    'Gifts to the Corliss News Lab pay for student reporters’ travel and public records fees.',
    'Give now',
    'Corliss School of Journalism · 210 Hartwell Hall · Corliss University',
    'Privacy',
    'Non-Discrimination Notice',
    '© 2026 Corliss University',
    'We use cookies on this site to understand how visitors use it.',
    'OK, I agree',
    'No, thanks',
  ],
};
