import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file b2: a union's news story on a Drupal site (EU Cookie Compliance banner, utility and main menus,
 * system breadcrumb, node with date and author fields, body with headings, a pay table and a quote, tags, AddToAny share kit,
 * a "Related news" view, join call-out and footer menus).
 */
const uTitle = 'Porters and cleaners at Wendmoor General win 6.5% after three-day strike';
const uHeads = ['What the deal includes', 'How the dispute was won', 'What happens next'];
const uIntro = [
  j(
    'More than 340 porters, cleaners and catering staff at Wendmoor General Hospital have voted to accept a pay offer worth 6.5% this',
    'year, ending a dispute that saw them walk out for three days in February.',
  ),
  j(
    'The members, who are employed by the contractor Greyfield Facilities rather than directly by the hospital trust, voted by 91%',
    'to accept the deal in a ballot that closed on Monday. Turnout was 78%.',
  ),
];
const uDeal = [
  'The agreement, which is backdated to 1 January, also closes part of the gap between contracted staff and those employed directly by the trust.',
  'a 6.5% rise in basic pay for all grades, backdated to 1 January;',
  'sick pay from the first day of absence, in line with directly employed staff;',
  'an extra two days of annual leave from April;',
  'a joint review of staffing levels on night shifts, to report by the summer.',
];
const uRows = [
  ['Domestic assistant', '£11.90', '£12.67'],
  ['Porter', '£12.20', '£12.99'],
  ['Catering assistant', '£11.90', '£12.67'],
];
const uWon = [
  j(
    'Branch secretary Ayesha Moorcroft said the strike had been the first in the hospital’s history among contracted staff and that',
    'support from nurses, doctors and patients had made the difference.',
  ),
  j(
    'Greyfield had offered 3% before the walkout and refused to discuss sick pay at all. After the second day of action, with',
    'picket lines at every entrance and a petition signed by more than 4,000 patients, the company asked for talks through Acas.',
  ),
];
const uQuote = j(
  '“Our members clean the wards, move the patients and feed the sick. For years they were told there was no money. They stood',
  'together and proved that there was.”',
);
const uNext = [
  j(
    'The union will now press the trust to bring all facilities staff back in-house when the Greyfield contract ends in 2027.',
    'Members at two other hospitals run by the same contractor, in Haldon and Pirbright, are due to be balloted on pay in April.',
  ),
];
const uUtil = ['Join UCW', 'Member login', 'Contact'];
const uNav = ['About us', 'News', 'Campaigns', 'Get help at work', 'Find your branch'];
const uTags = ['Health', 'Pay', 'Strikes', 'Outsourcing'];
const uRel = ['Haldon porters to ballot on pay', 'Outsourced staff deserve equal sick pay, union tells ministers', 'Record turnout in branch elections'];
const uFoot = ['Privacy notice', 'Cookies', 'Accessibility', 'Modern slavery statement', 'Rules and constitution'];
const uHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${uTitle} | United Care Workers</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="description" content="More than 340 porters, cleaners and catering staff at Wendmoor General Hospital have voted to accept a pay offer.">
<meta property="og:type" content="article"><meta property="og:title" content="${uTitle}"><link rel="canonical" href="https://www.ucw.example/news/wendmoor-win">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4172"},
"eu_cookie_compliance":{"popup_enabled":true}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_k2QmV0.css"></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><nav role="navigation" id="block-utility-menu"><ul class="menu">${links(uUtil, 'menu-item')}</ul></nav>
<div id="block-site-branding"><a href="/" rel="home">United Care Workers</a></div>
<nav role="navigation" aria-labelledby="block-main-menu" id="block-main-menu"><h2 class="visually-hidden" id="block-main-menu">Main navigation</h2>
<ul class="menu menu--main">${links(uNav, 'menu-item')}</ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><div id="block-ucw-content">
<article role="article" about="/news/wendmoor-win" class="node node--type-news node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">${uTitle}</span></h1>
<div class="node__meta"><div class="field field--name-field-date"><time datetime="2026-03-03T09:00:00Z">3 March 2026</time></div>
<div class="field field--name-field-author">By Priya Halloran, Communications Officer</div></div>
<div class="field field--name-field-image"><figure><img src="/sites/default/files/2026-03/wendmoor-picket.jpg" alt="Pickets outside Wendmoor General">
<figcaption>Members on the picket line at the main entrance on the second day of the strike. Photo: Sam Okonedo</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(uIntro)}
<h2>${uHeads[0]}</h2>
<p>${uDeal[0]}</p>
<ul>${lis(uDeal.slice(1))}</ul>
<table><caption>Hourly rates before and after the deal</caption><thead><tr><th>Grade</th><th>Old rate</th><th>New rate</th></tr></thead>
<tbody>${uRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>${uHeads[1]}</h2>
${ps(uWon)}
<blockquote><p>${uQuote}</p></blockquote>
<h2>${uHeads[2]}</h2>
${ps(uNext)}
</div>
<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Tags</div>
<div class="field__items">${uTags.map((t) => `<div class="field__item"><a href="/taxonomy/term/${t.length}" hreflang="en">${t}</a></div>`).join('')}</div></div>
<span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="https://www.ucw.example/news/wendmoor-win"><span class="a2a_label">Share this story</span>
<a class="a2a_button_facebook"><span class="a2a_svg"></span>Facebook</a><a class="a2a_button_bluesky">Bluesky</a><a class="a2a_button_email">Email</a></span>
</article></div>
<div class="views-element-container block block-views" id="block-views-block-related-news"><h2>Related news</h2>
<div class="view view-related-news"><div class="view-content">${uRel
  .map((r) => `<div class="views-row"><a href="/news/${r.length}">${r}</a></div>`)
  .join('\n')}</div>
</div></div>
<div id="block-join-callout" class="block block-block-content"><h2>Not a member yet?</h2><p>Join thousands of care, health and facilities
workers standing up for fair pay. Membership starts at £9.50 a month.</p><a href="/join" class="button">Join today</a></div></div></main>
<footer role="contentinfo"><div class="region region-footer"><nav><ul class="menu">${links(uFoot, 'menu-item')}</ul></nav>
<p>© 2026 United Care Workers. Registered with the Certification Officer under number 2219T.</p></div></footer></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p><button type="button" class="find-more-button">More info</button></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/core/assets/vendor/once/once.min.js"></script><script src="/modules/contrib/addtoany/js/addtoany.js"></script></body></html>`;
export const union: TestPage = {
  name: 'heldout297-drupal-union-news',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: uHeads,
  body: texts([...uIntro, ...uDeal, 'Hourly rates before and after the deal', ...uRows.flat(), ...uWon, uQuote, ...uNext]),
  bylines: ['3 March 2026', 'By Priya Halloran, Communications Officer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...uUtil, 'United Care Workers', 'Main navigation', ...uNav, 'Breadcrumb', 'Home',
    'Members on the picket line at the main entrance on the second day of the strike. Photo: Sam Okonedo', 'Tags', ...uTags, 'Share this story',
    'Facebook', 'Bluesky', 'Email', 'Related news', ...uRel, 'Not a member yet?',
    'Join thousands of care, health and facilities workers standing up for fair pay. Membership starts at £9.50 a month.', 'Join today', ...uFoot,
    '© 2026 United Care Workers. Registered with the Certification Officer under number 2219T.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info',
    'Accept', 'No, thanks',
  ],
};
