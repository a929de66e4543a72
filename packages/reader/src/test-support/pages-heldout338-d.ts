import { links, type TestPage, texts } from './page-kit.js';
import { cells, lis, paras, rows } from './pages-heldout338-kit.js';

/**
 * Held-out batch 338, file d: a materials supplier's technical article on a Drupal 10 site (node and field classes, block
 * regions, author field, reading time, download block, "Related materials" view, webform newsletter block, EU cookie
 * compliance banner), and an industrial automation vendor's knowledge-base article on a Zendesk Help Center (article
 * header, article meta, votes, "Articles in this section" sidebar, related articles, request form link).
 */
const mTitle = 'Choosing Between 6061 and 6082 Aluminium for Machined Structural Parts';
const mIntro = paras(`
Buyers often treat 6061 and 6082 as interchangeable, and for many parts they are. Both are heat-treatable
aluminium-magnesium-silicon alloys, both are usually supplied in the T6 temper, and both machine and anodise well. The
differences show up in three places: strength in thicker sections, the finish after machining, and what your supplier
can actually deliver from stock.
`);
const mStrength = paras(`
6082 contains more manganese, which refines the grain and gives it a slightly higher proof strength, especially in
plate thicker than 50 mm. In thin sections the two alloys are close enough that the difference rarely changes a design.
`);
const mTable = [
  ['6061-T6', '240 MPa', '260 MPa', '8 %'],
  ['6082-T6', '250 MPa', '290 MPa', '6 %'],
  ['6082-T651 plate, 100 mm', '240 MPa', '275 MPa', '5 %'],
];
const mMach = paras(`
The same manganese that strengthens 6082 makes it a little more abrasive, and it tends to form longer chips. On most
CNC work you will not notice, but on deep pockets with small tools it pays to use sharp polished-flute cutters and
high-pressure coolant. 6061 gives a marginally brighter machined surface, which some customers prefer for parts that
will be clear anodised.
`);
const mTips = [
  'Specify T651 (stress-relieved) plate for parts with heavy material removal to limit distortion.',
  'Ask for a mill certificate listing the actual, not the minimum, mechanical properties.',
  'Avoid mixing the alloys in one anodised assembly: the colour match will differ slightly.',
];
const mSupply = paras(`
In Europe, 6082 is the common structural alloy and is stocked in far more sizes; 6061 is more common in North America.
If a drawing specifies 6061 only because the designer was used to it, accepting 6082 can cut lead times from weeks to
days. We recommend agreeing the substitution in writing with the customer before the order is placed.
`);
const mNav = ['Materials', 'Services', 'Industries', 'Technical Resources', 'About Us', 'Request a Quote'];
const mCrumbs = ['Home', 'Technical Resources', 'Articles'];
const mRelated = ['Aluminium 6082-T651 plate', 'Aluminium 6061-T6 round bar', 'Understanding temper designations'];
const mFoot = ['Terms & Conditions of Sale', 'Quality Accreditations', 'Privacy Notice', 'Sitemap', 'Corrin Metals Ltd, Unit 4, Falstone Park, Deverell'];
const mHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${mTitle} | Corrin Metals</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-10-02T10:30:00+0100">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${mTitle}",
"author":{"@type":"Person","name":"Hollis Dunmore"},"publisher":{"@type":"Organization","name":"Corrin Metals"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/812"},
"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-technical-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo">Corrin Metals</a></div>
<nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main"><ul class="menu">${links(mNav, 'menu-item')}</ul></nav>
<div class="block-phone">Sales: 01632 960 412</div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol>${links(mCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article role="article" class="node node--type-technical-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">${mTitle}</span></h1>
<div class="node__meta"><div class="field field--name-field-author field--type-entity-reference field--label-hidden">By Hollis Dunmore, Technical
Sales Manager</div><span class="field field--name-created">2 October 2025</span> <span class="node__reading-time">5 min read</span></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${mIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Strength</h2>${mStrength.map((p) => `<p>${p}</p>`).join('\n')}
<table><caption>Typical minimum properties, EN 755-2 and EN 485-2</caption><thead><tr><th>Alloy and temper</th><th>0.2% proof</th><th>Tensile</th>
<th>Elongation</th></tr></thead><tbody>${rows(mTable)}</tbody></table>
<h2>Machining and finish</h2>${mMach.map((p) => `<p>${p}</p>`).join('\n')}
<div class="callout callout--info"><p>Read more: <a href="/technical/anodising-guide">Anodising aluminium: a buyer's guide</a></p></div>
<h3>Tips for buyers</h3><ul>${lis(mTips)}</ul>
<h2>Availability</h2>${mSupply.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items"><a href="/tags/aluminium">Aluminium alloys</a>
<a href="/tags/machining">CNC machining</a></div></div></div></article>
<div id="block-downloadbox" class="block"><h2>Download the datasheets</h2><p>PDF datasheets for both alloys, with full chemical composition.</p>
<a href="/downloads/6082-6061.pdf" class="button">Download (PDF, 420 KB)</a></div>
<div class="views-element-container block"><h2>Related materials</h2><ul>${links(mRelated, 'views-row')}</ul></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="block block-webform"><h2>Technical newsletter</h2>
<p>One email a month with new articles, price trends and stock updates.</p><form class="webform-submission-form"><input type="email"
placeholder="Email address"><button class="webform-button--submit">Sign up</button></form></div></aside></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(mFoot)}</ul><p>© 2026 Corrin Metals Ltd. Registered in England and Wales.</p></footer>
</div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept cookies</button><button type="button"
class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></body></html>`;
const drupal: TestPage = {
  name: 'heldout338-corrin-drupal-technical-article-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['Strength', 'Machining and finish', 'Tips for buyers', 'Availability'],
  body: texts([...mIntro, ...mStrength, 'Typical minimum properties, EN 755-2 and EN 485-2', ...cells(mTable), ...mMach, ...mTips, ...mSupply]),
  bylines: ['By Hollis Dunmore, Technical Sales Manager', '2 October 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Corrin Metals', ...mNav, 'Sales: 01632 960 412', 'Home', 'Articles',
    "Read more: Anodising aluminium: a buyer's guide", 'Tags', 'Aluminium alloys', 'CNC machining', 'Download the datasheets',
    'PDF datasheets for both alloys, with full chemical composition.', 'Download (PDF, 420 KB)', 'Related materials', ...mRelated,
    'Technical newsletter', 'One email a month with new articles, price trends and stock updates.', 'Sign up', ...mFoot,
    '© 2026 Corrin Metals Ltd. Registered in England and Wales.', 'We use cookies on this site to enhance your user experience',
    'By clicking the Accept button, you agree to us doing so.', 'Accept cookies', 'No, thanks',
  ],
};

/** A Zendesk Help Center (Copenhagen theme) knowledge-base article of an invented industrial automation vendor. */
const zTitle = 'Drive faults F0231 and F0232 after replacing an encoder cable';
const zIntro = paras(`
After an encoder cable has been replaced on a Vantor SD700 servo drive, the drive may trip with fault F0231 (encoder
communication lost) or F0232 (encoder position jump) within a few seconds of enabling the axis. This article explains
the usual causes and how to clear the fault without returning the motor.
`);
const zApplies = ['SD700 servo drives, firmware 3.2 and later', 'VM series motors with 23-bit absolute encoders', 'Encoder cables of type VC-E12 and VC-E12F'];
const zCause = paras(`
In almost every case we have seen, the fault is caused by the cable rather than by the encoder. The SD700 uses a
two-wire RS-485 encoder protocol at 4 Mbit/s, which is sensitive to the shield termination and to the length of the
unshielded tails at the connector.

Replacement cables bought from third parties are a frequent source of trouble. They often use a foil-only shield or a
drain wire instead of a braid, and although they pass a continuity test they do not carry the high-frequency return
current that the encoder link relies on.
`);
const zSteps = [
  'Disable the axis and remove power from the drive.',
  'Check that the cable shield is clamped to the drive\u2019s shield bracket over 360 degrees, not connected through a pigtail.',
  'Make sure the unshielded wire length at each end is less than 30 mm.',
  'Confirm that the cable type matches the motor: the VC-E12F flex cable is required for drag-chain installations.',
  'Restore power, then clear the fault with parameter P0.97 = 1 and enable the axis at low speed.',
];
const zNote = paras(`
If the fault returns after these checks, read the encoder error counter in parameter d3.14. A counter that increases
only when the axis moves points to a damaged cable in the drag chain; a counter that increases at standstill points to
interference from a nearby power cable. Keep encoder and motor power cables at least 200 mm apart where they run in
parallel.
`);
const zSection = ['Resetting a drive to factory defaults', 'Updating SD700 firmware with VantorLink', 'Encoder battery replacement on VM motors'];
const zRel = ['Fault F0140: DC bus overvoltage during deceleration', 'Recommended shielding practice for servo cables'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zTitle} – Vantor Automation Support</title>
<meta name="description" content="After an encoder cable has been replaced on a Vantor SD700 servo drive, the drive may trip with fault F0231.">
<link rel="canonical" href="https://support.vantor.example/hc/en-us/articles/36017724419987"><meta property="og:type" content="website">
<script>window.HelpCenter={};HelpCenter.account={"subdomain":"vantorautomation"};HelpCenter.user={"role":"anonymous"};</script>
<link rel="stylesheet" href="//theme.zdassets.example/theme_assets/11920456/style.css"></head>
<body><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><span>Vantor Automation Support</span></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list"><li><a class="submit-a-request"
href="/hc/en-us/requests/new">Submit a request</a></li><li><a class="sign-in" href="/hc/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><ol class="breadcrumbs">
${links(['Vantor Automation Support', 'Servo Drive Systems', 'Troubleshooting'])}</ol><div class="search-container"><form role="search" class="search"
action="/hc/en-us/search"><input type="search" name="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<ul>${links(zSection, 'sidenav-item')}</ul><a href="/hc/en-us/sections/200417" class="article-sidebar-item">See more</a></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/system/photos/agent.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/401-Jarek-Osterman">Jarek Osterman</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-01-22T13:05:12Z" title="2026-01-22 13:05" data-datetime="relative">Updated January 22, 2026</time></li></ul></div></div>
<a class="article-subscribe button" href="#" rel="nofollow" role="button">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${zIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Applies to</h2><ul>${lis(zApplies)}</ul>
<h2>Cause</h2>${zCause.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Resolution</h2><ol>${lis(zSteps)}</ol>
<h2>If the fault persists</h2>${zNote.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="article-attachments"><ul class="attachments"><li class="attachment-item"><a href="/hc/article_attachments/SD700-wiring.pdf">SD700
encoder wiring guide.pdf</a><div class="attachment-meta">1.2 MB</div></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group"><button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></section>
<footer><div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRel)}</ul></section></div></footer></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Vantor Automation Support</a>
<p>© 2026 Vantor Automation GmbH · Imprint · Data protection</p></div></footer></body></html>`;
const zendesk: TestPage = {
  name: 'heldout338-vantor-zendesk-kb-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: ['Applies to', 'Cause', 'Resolution', 'If the fault persists'],
  body: texts([...zIntro, ...zApplies, ...zCause, ...zSteps, ...zNote]),
  bylines: ['Jarek Osterman', 'Updated January 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Vantor Automation Support', 'Submit a request', 'Sign in', 'Servo Drive Systems', 'Troubleshooting', 'Articles in this section',
    ...zSection, 'See more', 'Follow', 'SD700 encoder wiring guide.pdf', '1.2 MB', 'Was this article helpful?', 'Yes',
    '14 out of 17 found this helpful', 'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRel,
    '© 2026 Vantor Automation GmbH · Imprint · Data protection',
  ],
};

export const HELDOUT338_D: readonly TestPage[] = [drupal, zendesk];
