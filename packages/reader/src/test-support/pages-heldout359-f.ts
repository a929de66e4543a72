import { links, ps, type TestPage, texts } from './page-kit.js';
import { checklist } from './pages-heldout359-f2.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file f: a humanitarian situation report on a ReliefWeb-style Drupal site (`rw-` classes: the site
 * header with its user menu, the country / disaster / source / format tags of the report, the "Originally published" and
 * "Posted" dates, the attachment box with its download link and page-count, the report body with highlights, sections and a
 * figures table, the "Related content" rail, the share links, the "Subscribe to updates" box and the footer).
 */
const rTitle = 'Calder: Floods - Situation Report No. 4 (as of 20 May 2026)';
const rH = ['Highlights', 'Situation overview', 'Key figures', 'Humanitarian response', 'Shelter', 'Water, sanitation and hygiene', 'Gaps and constraints'];
const rHigh = [
  'Some 31,600 people remain displaced across four counties, 7,200 of them in collective centres.',
  'Water supply has been restored in Ashby and Corran; Millbeck still relies on water trucking.',
  'Funding for early recovery covers 38 per cent of requirements.',
];
const rOver = [
  j(
    'Flooding along the Tarrow and Millbeck rivers between 2 and 9 May affected an estimated 84,000 people in western Calder.',
    'Water levels have now receded in most areas, but standing water persists in low-lying parts of Millbeck and Orvale, where',
    'access to around 40 villages remains limited to boats and high-clearance vehicles.',
  ),
  j(
    'Damage assessments by the national emergency directorate found 2,350 homes destroyed and a further 9,800 damaged.',
    'Twenty-six schools were damaged, and 11 are still being used as collective centres, delaying the return of some 6,000 pupils.',
  ),
];
const rFig: [string, string][] = [
  ['People affected', '84,000'],
  ['People displaced', '31,600'],
  ['Homes destroyed', '2,350'],
  ['Homes damaged', '9,800'],
  ['Schools used as collective centres', '11'],
];
const rShelter = [
  j(
    'Partners have distributed 5,400 shelter kits and 9,100 household kits. The Shelter Working Group has agreed a rental support',
    'package of three months for families whose homes are destroyed, starting with 1,200 households in Ashby and Corran.',
  ),
];
const rWash = [
  j(
    'Piped water has been restored to 92 per cent of connections in Ashby and Corran. In Millbeck, 14 water trucks deliver an',
    'average of 15 litres per person per day to collective centres and villages, below the minimum standard. Hygiene promotion',
    'teams report an increase in cases of acute watery diarrhoea among children under five.',
  ),
  j(
    'The WASH Cluster is prioritising the repair of the Millbeck pumping station, which partners expect to restore piped water to',
    'some 18,000 people by the end of May, and the installation of 120 emergency latrines in collective centres.',
  ),
];
const rGaps = ['Partners reported the following gaps and constraints during the reporting period:'];
const rGapList = [
  'Road access to 40 villages in Millbeck and Orvale remains limited.',
  'Collective centres lack separate latrines and lighting for women and girls.',
  'Stocks of water purification tablets will run out by early June without new supplies.',
];
const rTags = ['Calder', 'Floods - May 2026', 'Calder Emergency Management Directorate', 'Situation Report', 'English'];
const rThemes = ['Shelter and Non-Food Items', 'Water Sanitation Hygiene', 'Recovery and Reconstruction'];
const rRelated = ['Calder: Floods - Flash Appeal (May - August 2026)', 'Calder: Floods - Situation Report No. 3 (as of 15 May 2026)'];
const rMenu = ['Updates', 'Countries', 'Disasters', 'Organizations', 'Topics', 'Jobs', 'Training'];
const rFoot = ['About', 'Terms', 'Contact', 'Help'];
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${rTitle} - Calder | ReliefWeb</title>
<meta name="description" content="Some 31,600 people remain displaced across four counties.">
<meta property="og:type" content="article"><meta property="og:site_name" content="ReliefWeb"><meta property="og:title" content="${rTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"${rTitle}","datePublished":"2026-05-20"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"report","country":"Calder","source":"CEMD"});</script>
<link rel="stylesheet" media="all" href="/themes/custom/common_design_subtheme/css/styles.css"></head>
<body class="rw-page--report"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="cd-site-header"><div class="cd-global-header"><span class="cd-global-header__service">A service of the Humanitarian Coordination Office</span>
<a href="/user/login" class="cd-user-menu__item">Login</a></div><div class="cd-site-header__inner"><a class="cd-site-logo" href="/">ReliefWeb</a>
<nav class="cd-nav" aria-label="Main navigation"><ul class="cd-nav__menu">${links(rMenu, 'cd-nav__item')}</ul></nav></div></header>
<main id="main-content"><div class="rw-article rw-article--report"><header class="rw-article__header">
<div class="rw-entity-country-slug"><a href="/country/cld">Calder</a></div>
<h1 class="rw-article__title rw-page-title">${rTitle}</h1>
<dl class="rw-entity-meta rw-entity-meta--core"><dt class="rw-entity-meta__tag-label">Format</dt><dd class="rw-entity-meta__tag-value">Situation Report</dd>
<dt class="rw-entity-meta__tag-label">Source</dt><dd class="rw-entity-meta__tag-value">Calder Emergency Management Directorate</dd>
<dt class="rw-entity-meta__tag-label">Posted</dt><dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--date">20 May 2026</dd>
<dt class="rw-entity-meta__tag-label">Originally published</dt><dd class="rw-entity-meta__tag-value rw-entity-meta__tag-value--date">19 May 2026</dd>
</dl></header>
<section class="rw-attachment rw-file-list"><h2 class="visually-hidden">Attachments</h2><a class="rw-file__link" href="/attachments/cld-sitrep-4.pdf">
<span class="rw-file__label">Download Report</span><span class="rw-file__description">(PDF | 1.2 MB)</span></a></section>
<div class="rw-report__content">
<h2>${rH[0]}</h2><ul>${rHigh.map((h) => `<li>${h}</li>`).join('\n')}</ul>
<h2>${rH[1]}</h2>
${ps(rOver)}
<h3>${rH[2]}</h3><table><thead><tr><th>Indicator</th><th>Number</th></tr></thead><tbody>
${rFig.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('\n')}</tbody></table>
<h2>${rH[3]}</h2><h3>${rH[4]}</h3>
${ps(rShelter)}
<h3>${rH[5]}</h3>
${ps(rWash)}
<h3>${rH[6]}</h3>
${ps(rGaps)}
<ul>${rGapList.map((g) => `<li>${g}</li>`).join('\n')}</ul></div>
<footer class="rw-article__footer"><dl class="rw-entity-meta rw-entity-meta--details">
<dt>Countries</dt><dd>${rTags[0]}</dd><dt>Disaster</dt><dd>${rTags[1]}</dd><dt>Language</dt><dd>${rTags[4]}</dd><dt>Themes</dt>
<dd><ul>${links(rThemes)}</ul></dd></dl>
<div class="rw-share"><span class="rw-share__title">Share</span><a href="#" class="rw-share__link">Share on Facebook</a>
<a href="#" class="rw-share__link">Share on X</a><a href="#" class="rw-share__link">Share by email</a></div></footer></div>
<aside class="rw-river rw-river--related"><h2 class="rw-river__title">Related Content</h2><ul>${links(rRelated, 'rw-river-article')}</ul>
<a class="rw-river__more" href="/updates?disaster=fl-2026">View all Calder: Floods - May 2026 content</a></aside>
<div class="rw-subscribe"><p>Subscribe to updates on this disaster by email.</p><a href="/subscribe">Subscribe</a></div></main>
<footer class="cd-footer"><ul class="cd-footer__menu">${links(rFoot)}</ul>
<p class="cd-footer__copyright">Content is published under its original copyright unless otherwise stated.</p></footer>
<script src="/themes/custom/common_design_subtheme/js/rw.js"></script></body></html>`;
const sitrep: TestPage = {
  name: 'heldout359-reliefweb-sitrep-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rHigh, ...rOver, ...rFig.flat(), ...rShelter, ...rWash, ...rGaps, ...rGapList]),
  bylines: ['20 May 2026', '19 May 2026', 'Calder Emergency Management Directorate'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'A service of the Humanitarian Coordination Office', 'Login', 'ReliefWeb', ...rMenu, 'Format', 'Situation Report', 'Source',
    'Posted', 'Originally published', 'Download Report', '(PDF | 1.2 MB)', 'Countries', 'Disaster', 'Floods - May 2026', 'Language', 'English', 'Themes',
    ...rThemes, 'Share on Facebook', 'Share on X', 'Share by email', 'Related Content', ...rRelated, 'View all Calder: Floods - May 2026 content',
    'Subscribe to updates on this disaster by email.', 'Subscribe', ...rFoot, 'Content is published under its original copyright unless otherwise stated.',
  ],
};

export const HELDOUT359_F: readonly TestPage[] = [sitrep, checklist];
