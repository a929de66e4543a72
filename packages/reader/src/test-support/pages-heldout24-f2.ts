import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 24, file f2: a news story on a university department's Drupal 10 site (the university's utility bar and
 * header, the department name bar and its menu, the emergency alert, the breadcrumb, the node's title, date field and "Story
 * by" field, the hero image with caption and credit, the body with a subheading and a pull quote, the "Media contact" box,
 * the tag field, the share links, the "Related news" view with cards, the department's footer with address and social links,
 * and the university's global footer).
 */
const unTitle = 'Graduate student’s seafloor maps help lobster fishers avoid lost gear';
const unBody1 = [
  'A set of high-resolution seafloor maps made by a doctoral student in the university’s earth and ocean sciences department is helping ' +
    'lobster fishers in Casco Bay find and recover traps lost in storms, and avoid setting new ones where they are likely to ' +
    'snag.',
  'Leila Haddad, a fourth-year PhD student, spent two summers on a 26-foot research boat running a multibeam sonar along more ' +
    'than 90 miles of the bay’s fishing grounds. Her maps show ledges, boulder fields and old debris in enough detail to spot a ' +
    'single lost trap.',
  'The project began as part of her dissertation on how sediment moves in shallow bays. It changed direction when a fisher from ' +
    'Harpswell asked whether her sonar could find the 40 traps he had lost in a January storm.',
];
const unH = 'From research data to working charts';
const unBody2 = [
  'Haddad and her adviser, Professor Thomas Greer, worked with the Casco Bay Lobstermen’s Cooperative to turn the survey data ' +
    'into charts that load on the plotters most boats already carry. Since March, cooperative members have recovered 212 lost ' +
    'traps using the maps.',
  '“Every trap that comes back is one less trap that keeps fishing on its own for years,” Haddad said. “And the fishers know ' +
    'this bay better than any sonar. They told me where to look.”',
  'Greer said the work shows how graduate research can answer questions that matter to people outside the university. The ' +
    'department plans to extend the survey to two more bays next summer with support from the state’s Sea Grant program.',
  'Haddad will present the maps at the Maine Fishermen’s Forum in March.',
];
const unPull = '“The fishers know this bay better than any sonar. They told me where to look.”';
const unUtil = ['Apply', 'Visit', 'Give', 'Directory', 'MyNorthhaven'];
const unMain = ['Academics', 'Admissions', 'Research', 'Campus Life', 'Athletics', 'About'];
const unDept = ['About', 'People', 'Undergraduate', 'Graduate', 'Research', 'News & Events', 'Contact'];
const unTags = ['Graduate students', 'Marine science', 'Community partnerships'];
const unRelated = [
  ['Oct 28, 2025', 'Department welcomes three new faculty members'],
  ['Oct 9, 2025', 'Undergraduates spend a summer aboard the R/V Osprey'],
  ['Sep 22, 2025', 'New lab will measure microplastics in coastal sediment'],
];
const unFoot = ['Accessibility', 'Non-discrimination notice', 'Privacy', 'Emergency information', 'Careers', 'Report a concern'];
const unHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${unTitle} | Department of Earth and Ocean Sciences</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical"
 href="https://eos.northhaven.example/news/2025/11/seafloor-maps-lobster">
<script type="application/json"
 data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2231"},"gtag":{"tagId":"G-1X2Y3Z"}}</script>
</head><body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="alert-bar" role="region"
 aria-label="Campus alert"><p><strong>Campus notice:</strong> Marlow Hall is closed Nov. 24–28 for elevator repairs.</p></div>
<div class="utility-bar"><ul class="menu">${links(unUtil, 'menu-item')}</ul></div>
<header class="univ-header" role="banner"><a href="https://www.northhaven.example" class="univ-logo" rel="home">University of Northhaven</a>
<nav role="navigation" aria-labelledby="block-univ-main-menu" id="block-univ-main"><h2 class="visually-hidden" id="block-univ-main-menu">Main navigation</h2>
<ul class="menu menu--main">${links(unMain, 'menu-item')}</ul></nav>
<button class="search-toggle" aria-controls="search-panel">Search</button></header>
<div class="dept-bar"><a href="/" class="dept-name">Department of Earth and Ocean Sciences</a>
<nav aria-label="Department menu"><ul class="menu menu--dept">${links(unDept, 'menu-item')}</ul></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
 class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>
<div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="2231" class="node node--type-news node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${unTitle}</span></h1>
<div class="node__meta"><div class="field field--name-field-news-date field--type-datetime field--label-hidden field__item">
<time datetime="2025-11-17T12:00:00Z">November 17, 2025</time></div>
<div class="field field--name-field-author field--type-string field--label-inline clearfix"><div class="field__label">Story by</div>
<div class="field__item">Rachel Amundsen</div></div></div>
<div class="field field--name-field-hero-image field--type-entity-reference field--label-hidden field__item"><figure class="media media--type-image">
<img loading="lazy" src="/sites/default/files/styles/hero/public/2025-11/haddad-sonar.jpg" alt="Leila Haddad on the deck of a research boat.">
<figcaption>Leila Haddad prepares the multibeam sonar before a survey run in Casco Bay. <span
 class="photo-credit">Photo: Ben Sorensen</span></figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${unBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${unH}</h2>
<p>${unBody2[0]}</p>
<blockquote class="pull-quote"><p>${unPull}</p></blockquote>
${unBody2
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div>
<div class="field field--name-field-media-contact field--type-text-long field--label-above contact-box"><div class="field__label">Media contact</div>
<div class="field__item"><p>Rachel Amundsen<br>Communications Coordinator, College of Science<br><a
 href="mailto:ramundsen@northhaven.example">ramundsen@northhaven.example</a>
<br>207-555-0148</p></div></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-inline"><div class="field__label">Tags</div>
<div class="field__items">${unTags.map((t) => `<div class="field__item"><a href="/taxonomy/term/1" hreflang="en">${t}</a></div>`).join('')}</div></div>
<div class="share-links"><span>Share this story</span><a href="#" class="share--facebook">Facebook</a><a href="#" class="share--linkedin">LinkedIn</a>
<a href="#" class="share--email">Email</a></div></article>
<div class="views-element-container"><div class="view view-related-news view-display-id-block_1"><h2>Related news</h2><div class="view-content">
${unRelated
  .map(
    ([d, t]) => `<div class="views-row"><div class="card"><div
 class="card__date">${d}</div><h3 class="card__title"><a href="/news/x">${t}</a></h3></div></div>`,
  )
  .join('\n')}
</div><div class="more-link"><a href="/news">More news</a></div></div></div></div></div></main>
<footer class="dept-footer"><div class="dept-footer__name">Department of Earth and Ocean Sciences</div>
<address>114 Marlow Hall<br>2200 College Avenue<br>Northhaven, ME 04011</address><p>Phone: 207-555-0100</p>
<ul class="social">${links(['Instagram', 'YouTube', 'LinkedIn'])}</ul></footer>
<footer class="univ-footer"><ul>${links(unFoot)}</ul><p>© 2025 University of Northhaven</p></footer></div></body></html>`;
export const departmentNews: TestPage = {
  html: unHtml,
  name: 'heldout24-university-department-news',
  kind: 'news',
  // body is the seven paragraphs; the h2 is the one heading; the pull quote repeats words of a body paragraph (in neither
  // list); "Rachel Amundsen" (the "Story by" field) and the date are the bylines; she is also the media contact, whose box
  // (label, title, email, phone) is furniture like the tag field, share links, caption and credit, "Related news" cards with
  // their dates, alert, utility bar, headers, department menu, breadcrumb and footers; "About" stands in two menus (listed
  // once); "Research", in both menus, is a word of the heading: left out
  title: unTitle,
  headings: [unH],
  body: [...texts(unBody1), ...texts(unBody2)],
  bylines: ['November 17, 2025', 'Rachel Amundsen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Campus notice:', 'Marlow Hall is closed Nov. 24–28 for elevator repairs.', ...unUtil, 'University of Northhaven',
    'Main navigation', ...unMain.filter((t) => t !== 'Research'), 'Search',
    'Department of Earth and Ocean Sciences', ...unDept.filter((t) => !unMain.includes(t)), 'Breadcrumb',
    'Home', 'News', 'Story by', 'Leila Haddad prepares the multibeam sonar before a survey run in Casco Bay.', 'Photo: Ben Sorensen',
    'Media contact', 'Communications Coordinator, College of Science', 'ramundsen@northhaven.example', '207-555-0148', 'Tags', ...unTags,
    'Share this story', 'Facebook', 'LinkedIn', 'Email', 'Related news', ...unRelated.flat(), 'More news', '114 Marlow Hall', '2200 College Avenue',
    'Northhaven, ME 04011', 'Phone: 207-555-0100', 'Instagram', 'YouTube', ...unFoot, '© 2025 University of Northhaven',
  ],
};
