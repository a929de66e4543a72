import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file d2: a university staff profile on Drupal 10 (a person content type with its job title,
 * department, email, phone and office fields with labels, a text-formatted body with h2 sections and a publication list,
 * the EU Cookie Compliance banner, the utility and main menus, the breadcrumb, a sidebar with contact and related links,
 * a "Page last updated" line and the university footer).
 */
const title = 'Dr Emrys Halvorsen-Achebe';
const h = ['Biography', 'Research interests', 'Teaching', 'Selected publications', 'PhD supervision'];
const bio = [
  j(
    'Emrys is a senior lecturer in medieval history. He joined the department in 2018 after a research fellowship at the',
    'Marrowby Institute of Medieval Studies, and before that taught in schools for five years, an experience that still',
    'shapes how he runs seminars.',
  ),
  j(
    'His first book, on the records of river ferries in the northern borderlands, won the Gattridge Prize for a first',
    'monograph. He is currently writing a history of tolls and bridge-keepers between 1200 and 1450.',
  ),
];
const research = [
  j(
    'Emrys works on the everyday economy of medieval travel: who paid to cross rivers, how much, and who kept the money.',
    'His sources are mostly account rolls and court records, read alongside the physical remains of bridges and fords.',
  ),
];
const interests = [
  'Tolls, ferries and bridge finance, 1200 – 1450',
  'Manorial account rolls as evidence for local trade',
  'Digital mapping of medieval river crossings',
];
const teaching = [
  j(
    'He convenes the second-year module HIS2041 Roads, Rivers and Markets, and teaches on the first-year survey of medieval',
    'Europe. He also supervises undergraduate dissertations on medieval economic and social history.',
  ),
];
const pubs = [
  'Halvorsen-Achebe, E. (2024) <em>Paying the Ferryman: River Crossings in the Northern Borderlands</em>. Marrowby: Westgate Academic Press.',
  'Halvorsen-Achebe, E. (2022) ‘Who kept the bridge? Custodians and their accounts, 1280 – 1390’, <em>Journal of Medieval Economies</em>, 41(2), pp. 155–180.',
  'Halvorsen-Achebe, E. and Pryce, L. (2020) ‘Mapping fords from court rolls’, <em>Historical Geography Review</em>, 12, pp. 33–58.',
];
const phd = [
  j(
    'Emrys welcomes enquiries from prospective doctoral students interested in medieval trade, transport or local government,',
    'especially projects that combine documents with landscape evidence. Please send a short outline of your idea by email.',
  ),
];
const util = ['Study', 'Research', 'Business', 'Alumni', 'Staff intranet'];
const mainNav = ['About the school', 'Undergraduate', 'Postgraduate', 'Research', 'People', 'News and events'];
const crumbs = ['Home', 'School of History', 'People'];
const fields: [string, string][] = [
  ['Job title', 'Senior Lecturer in Medieval History'],
  ['Department', 'School of History'],
  ['Email', 'e.halvorsen-achebe@westmere.example'],
  ['Telephone', '+44 (0)1632 960 214'],
  ['Office', 'Room 2.17, Gatehouse Building'],
];
const related = ['Medieval Studies Centre', 'Research seminars in history', 'Postgraduate research in history', 'Find an expert for the media'];
const foot = ['Contact the university', 'Accessibility', 'Freedom of information', 'Privacy notice', 'Cookies', 'Modern slavery statement'];
const html = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8" />
<meta name="description" content="Senior Lecturer in Medieval History, School of History, Westmere University." />
<link rel="canonical" href="https://www.westmere.example/history/people/emrys-halvorsen-achebe" /><meta property="og:site_name" content="Westmere University" />
<meta property="og:type" content="profile" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>${title} | School of History | Westmere University</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Jf0hX3b6y2kQ.css?delta=0&amp;language=en&amp;theme=westmere&amp;include=eJx" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4812","currentPathIsAdmin":false},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false,"method":"opt_in"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-person"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-westmere-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/westmere/logo.svg" alt="Home" /></a><div class="site-name"><a href="/" rel="home">Westmere
University</a></div></div>
<nav role="navigation" aria-labelledby="block-utility-menu" id="block-utility"><h2 class="visually-hidden" id="block-utility-menu">Utility</h2>
<ul class="menu">${links(util, 'menu-item')}</ul></nav>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-search" role="search"><form action="/search/node"
method="get" id="search-block-form" accept-charset="UTF-8"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish
to search for." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" size="15" class="form-search" /><input type="submit" value="Search"
class="button js-form-submit form-submit" /></form></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden"
id="block-mainnavigation-menu">Main navigation</h2><ul class="menu menu--level-1">${links(mainNav, 'menu-item menu-item--expanded')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(crumbs)}</ol></nav>
</div></div>
<div data-drupal-messages-fallback class="hidden"></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-westmere-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title
field--type-string field--label-hidden">${title}</span></h1></div>
<div id="block-westmere-content" class="block block-system block-system-main-block"><article data-history-node-id="4812" role="article"
about="/history/people/emrys-halvorsen-achebe" class="node node--type-person node--view-mode-full"><div class="node__content">
<div class="field field--name-field-photo field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/profile/
public/people/halvorsen-achebe.jpg" width="300" height="300" alt="Emrys Halvorsen-Achebe" /></div>
${fields
  .map(
    ([l, v]) => `<div class="field field--name-field-${l.toLowerCase().replace(' ', '-')} field--label-inline clearfix"><div
class="field__label">${l}</div><div class="field__item">${v}</div></div>`,
  )
  .join('\n')}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h2>${h[0]}</h2>
${ps(bio)}
<h2>${h[1]}</h2>
${ps(research)}
<ul>
${lis(interests)}
</ul>
<h2>${h[2]}</h2>
${ps(teaching)}
<h2>${h[3]}</h2>
<ul class="publications">
${lis(pubs)}
</ul>
<h2>${h[4]}</h2>
${ps(phd)}
</div></div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div id="block-related" class="block block-block-content">
<h2>Related links</h2><div class="field field--name-body field__item"><ul>${links(related)}</ul></div></div>
<div id="block-media-enquiries" class="block block-block-content"><h2>Media enquiries</h2><div class="field field--name-body field__item"><p>For interviews
and comment, contact the press office on +44 (0)1632 960 000.</p></div></div></div></aside></main>
<div class="region region-content-bottom"><p class="page-updated">Page last updated: 3 March 2026</p></div>
<footer role="contentinfo"><div class="region region-footer"><div class="block block-block-content footer-address"><p>Westmere University, Gatehouse Road,
Harrowgate HG4 7QT</p><p>© 2026 Westmere University. Registered charity number 1139902.</p></div>
<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer"><h2 class="visually-hidden" id="block-footer-menu">Footer</h2>
<ul class="menu">${links(foot, 'menu-item')}</ul></nav></div></footer></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog" aria-label="Cookie consent"><div
class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site</h2><p>Some
are needed for the site to work; others help us understand which pages students read.</p><button type="button" class="find-more-button
eu-cookie-compliance-more-button">Read our cookie policy</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
class="agree-button eu-cookie-compliance-default-button">Accept all</button><button type="button" class="decline-button
eu-cookie-compliance-default-button">Necessary only</button></div></div></div>
<script src="/sites/default/files/js/js_Q8aLm3r1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=westmere"></script></body></html>`;
export const drupal: TestPage = {
  name: 'heldout449-drupal-staff-docs',
  kind: 'docs',
  html,
  title,
  headings: h,
  body: texts([...bio, ...research, ...interests, ...teaching, ...pubs, ...phd]),
  bylines: ['Page last updated: 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Westmere University', ...util, 'Utility', 'Main navigation', ...mainNav, 'Breadcrumb', ...crumbs, ...fields.flat(),
    'Related links', ...related, 'Media enquiries', 'For interviews and comment, contact the press office on +44 (0)1632 960 000.',
    'Westmere University, Gatehouse Road, Harrowgate HG4 7QT', '© 2026 Westmere University. Registered charity number 1139902.', 'Footer', ...foot,
    'We use cookies on this site', 'Some are needed for the site to work; others help us understand which pages students read.', 'Read our cookie policy',
    'Accept all', 'Necessary only',
  ],
};
