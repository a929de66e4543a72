import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout441-kit.js';

/**
 * Held-out batch 441, file f2: an OER Commons resource page, a data page whose main text is short: the site header with hubs,
 * groups and sign-in, breadcrumbs, the resource title with its action buttons (View Resource, Add to Folder, Remix, Share,
 * Report), the star rating, the "Overview" abstract, the metadata list (subject, level, material type, author, provider, date
 * added, licence, language, media format), tags, the standards and evaluation tabs, reviews, related resources and the footer.
 */
const ocTitle = 'Stream Table Investigations: How Rivers Shape Land';
const ocAbstract = [
  `This unit guides middle school students through five short investigations with a classroom stream table, a tray of sand that
  water flows across. Students change the slope, the flow and the sediment, and record how channels form, bend and deposit
  material. Each investigation takes one lesson of about 45 minutes.`,
  `The unit was written by teachers in the Pellam County school district and tested with seventh-grade classes over two years.
  It includes student recording sheets, a teacher guide with suggested questions, and a short assessment.`,
];
const ocGoals = [
  'Describe how slope and flow rate affect erosion in a stream table.',
  'Explain why rivers deposit sediment on the inside of bends.',
  'Use observations to predict how a landscape will change over time.',
];
const ocMeta: [string, string][] = [
  ['Subject:', 'Earth and Space Science'],
  ['Material Type:', 'Unit of Study'],
  ['Level:', 'Middle School'],
  ['Grades:', 'Grade 6, Grade 7, Grade 8'],
  ['Provider:', 'Pellam County Schools'],
  ['License:', 'Creative Commons Attribution Non-Commercial'],
  ['Language:', 'English'],
  ['Media Formats:', 'Downloadable docs, Text/HTML'],
];
const ocPeople: [string, string][] = [
  ['Author:', 'Delphine Achterberg'],
  ['Date Added:', '09/23/2025'],
];
const ocTags = ['Geomorphology', 'Hydrology', 'Landforms', 'Hands-on Lab'];
const ocNav = ['Hubs', 'Groups', 'Collections', 'Open Author', 'Sign in', 'Register'];
const ocCrumbs = ['Browse', 'Earth and Space Science', 'Middle School'];
const ocActions = ['View Resource', 'Add to Folder', 'Remix', 'Share', 'Report'];
const ocTabs = ['Overview', 'Standards', 'Evaluations', 'Reviews'];
const ocRelated = ['Weathering and Erosion Card Sort', 'Build a Watershed Model', 'Glaciers: Rivers of Ice'];
const ocFoot = ['About', 'Help Center', 'Contact Us', 'Terms of Service', 'Privacy Policy', 'Accessibility'];
const ocHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ocTitle} | OER Commons</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="This unit guides middle school students through five
short investigations with a classroom stream table."><meta property="og:title" content="${ocTitle}"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LearningResource","name":"${ocTitle}","learningResourceType":"Unit of Study",
"educationalLevel":"Middle School","author":{"@type":"Person","name":"Delphine Achterberg"},"dateCreated":"2025-09-23",
"license":"https://creativecommons.org/licenses/by-nc/4.0/"}</script>
<script>window.OER = {"user":null,"material":{"id":128877,"type":"courseware"}};</script>
<link rel="stylesheet" href="/static/dist/css/main.9f21.css"></head>
<body class="material-page"><a href="#content" class="skip-link">Skip to main content</a>
<header id="header" class="oer-header"><div class="container"><a class="logo" href="/"><img src="/static/img/logo.svg" alt="OER Commons"></a>
<form class="header-search" action="/search"><input type="text" name="q" placeholder="Search OER Commons"></form>
<nav class="header-nav"><ul>${links(ocNav, 'header-nav-item')}</ul></nav></div></header>
<main id="content" class="container"><ol class="breadcrumb">${links(ocCrumbs, 'breadcrumb-item')}</ol>
<div class="material-header"><div class="material-image"><img src="/media/thumb/128877.png" alt=""></div>
<div class="material-header-body"><h1 class="material-title">${ocTitle}</h1>
<div class="material-rating"><span class="stars" aria-label="Rating 4.5 out of 5"></span> <span class="rating-count">(6 ratings)</span></div>
<div class="material-actions btn-group">${ocActions
  .map((a) => `<a class="btn btn-default js-${a.toLowerCase().replace(/ /g, '-')}" href="#">${a}</a>`)
  .join('\n')}</div>
</div></div>
<ul class="nav nav-tabs" role="tablist">${ocTabs.map((t) => `<li role="presentation"><a href="#${t.toLowerCase()}" role="tab">${t}</a></li>`).join('\n')}</ul>
<div class="tab-content"><div role="tabpanel" class="tab-pane active" id="overview"><div class="row"><div class="col-md-8">
<section class="material-abstract"><div class="abstract-full">
${ps(ocAbstract)}
<p>Students will be able to:</p><ul>${lis(ocGoals)}</ul></div></section></div>
<div class="col-md-4"><dl class="materials-details">
${[...ocMeta, ...ocPeople].map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}
</dl><div class="material-tags"><h3>Tags</h3><ul class="tag-list">${links(ocTags, 'tag')}</ul></div></div></div></div>
<div role="tabpanel" class="tab-pane" id="standards"><p class="empty">There are no standards aligned to this resource yet.</p></div>
<div role="tabpanel" class="tab-pane" id="reviews"><h3>Reviews</h3><div class="review"><p class="review-text">Worked well with my
seventh graders; the recording sheets saved a lot of prep time.</p><p class="review-author">Kwame Ostrowski, 10/14/2025</p></div>
<a href="#" class="btn btn-primary">Write a review</a></div></div>
<aside class="related-materials"><h3>More like this</h3><ul>${links(ocRelated, 'related-item')}</ul></aside></main>
<div class="newsletter-signup"><p>Get updates on new resources and hubs.</p><form><input type="email" placeholder="Email address">
<button type="submit">Subscribe</button></form></div>
<footer class="oer-footer"><ul class="footer-links">${links(ocFoot)}</ul><p>OER Commons is a project of the Institute for Shared Learning.
Unless otherwise noted, content is licensed under CC BY-NC-SA 4.0.</p></footer>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>This site uses cookies to improve your experience.</p><button class="btn">Accept</button>
<button class="btn">Decline</button></div>
<script src="/static/dist/js/main.4c8a.js"></script></body></html>`;
export const oerCommons: TestPage = {
  name: 'heldout441-oer-commons-resource-docs',
  kind: 'docs',
  html: ocHtml,
  title: ocTitle,
  headings: [],
  body: [...texts(ocAbstract), 'Students will be able to:', ...texts(ocGoals)],
  bylines: ['Delphine Achterberg', '09/23/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ocNav, ...ocCrumbs, '(6 ratings)', ...ocActions, ...ocTabs, ...ocMeta.flat(), 'Author:', 'Date Added:', 'Tags', ...ocTags,
    'There are no standards aligned to this resource yet.', 'Worked well with my seventh graders; the recording sheets saved a lot of prep time.',
    'Kwame Ostrowski, 10/14/2025', 'Write a review', 'More like this', ...ocRelated, 'Get updates on new resources and hubs.', 'Subscribe', ...ocFoot,
    'OER Commons is a project of the Institute for Shared Learning. Unless otherwise noted, content is licensed under CC BY-NC-SA 4.0.',
    'This site uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};
