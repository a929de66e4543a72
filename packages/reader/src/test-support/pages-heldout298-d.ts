import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout298-kit.js';

/**
 * Held-out batch 298, file d: an owners' club wiki page on MediaWiki's Vector 2022 skin (header, main menu, page tools,
 * table of contents, infobox, [edit] links, a note box, categories, "last edited" line, footer) and a car maker's press-room
 * release on Drupal (node--type-press-release with a subtitle field, a dateline ahead of the body, media contacts, downloads,
 * related releases, tags, footer).
 */
const wTitle = 'Torvik 240 rear axle overhaul';
const wLead = [
  j(
    'The <b>Torvik 240 rear axle</b> is the live axle fitted to all 240-series saloons and estates built between 1975 and 1993.',
    'It is a robust unit, but after forty years most need new bearings and seals, and many have been fitted with the wrong',
    'ratio by previous owners. This page collects what club members have learned from overhauling them.',
  ),
];
const wSec: [string, string[], string[]][] = [
  [
    'Identifying your axle',
    [
      j(
        'The axle type and ratio are stamped on a small aluminium tag held by one of the differential cover bolts. Type 1030 axles',
        'were used on four-cylinder cars and type 1031 on six-cylinder and turbo models. If the tag is missing, count the turns of the',
        'propeller shaft for one turn of a rear wheel.',
      ),
    ],
    [],
  ],
  [
    'Tools and parts',
    ['Members recommend gathering the following before starting:'],
    [
      'A slide-hammer puller for the half-shafts',
      'Bearing kit with new retaining collars (one per side)',
      'Two pinion and half-shaft seals',
      'Hypoid gear oil, 75W-90 GL-5, about 1.3 litres',
    ],
  ],
  [
    'Removing the half-shafts',
    [
      j(
        'Raise and support the car on axle stands, remove the wheels and the brake calipers, then undo the four nuts holding the',
        'bearing retainer plate. The half-shaft comes out with the bearing still pressed on; a slide hammer is usually needed.',
      ),
      j(
        'The bearing retaining collar must be cut off, never heated. Several members have reported cracked shafts after trying to',
        'remove collars with a torch.',
      ),
    ],
    [],
  ],
  [
    'Refitting',
    [
      j(
        'Press the new bearing and collar on together and check the end float with a dial gauge. The workshop manual gives',
        '0.02 to 0.20 mm. Refill with oil to the bottom of the filler hole and road test before refitting the wheel trims.',
      ),
      j(
        'A faint whine on the overrun after refitting usually settles within a few hundred kilometres. A rumble that changes when',
        'you steer left and right points to a bearing that was not seated fully and should be checked at once.',
      ),
    ],
    [],
  ],
];
const wNote = 'Note: estates from 1986 onward use a different bearing size on the left side. Check the part number before ordering.';
const wMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Club shop', 'Join the club'];
const wTools = ['Article', 'Talk', 'Read', 'Edit', 'View history', 'What links here', 'Printable version'];
const wInfo = ['Axle types', '1030, 1031', 'Ratios', '3.54, 3.73, 3.91, 4.10', 'Years', '1975–1993'];
const wCats = ['Categories:', 'Rear axle', '240 series', 'Workshop guides'];
const wFoot = ['Privacy policy', 'About Torvik Club Wiki', 'Disclaimers', 'Powered by MediaWiki'];
const wEdit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">edit</a><span class="mw-editsection-bracket">]</span></span>';
const wHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wTitle} - Torvik Club Wiki</title>
<script>(RLCONF={"wgPageName":"Torvik_240_rear_axle_overhaul","wgTitle":"Torvik 240 rear axle overhaul","wgCurRevisionId":18842,
"wgNamespaceNumber":0,"wgAction":"view"});RLSTATE={"site.styles":"ready","skins.vector.styles":"ready"};</script>
<meta name="generator" content="MediaWiki 1.41.1"><link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles">
</head><body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Torvik_240_rear_axle_overhaul skin-vector-2022">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Torvik Club Wiki</span></a></div>
<div class="vector-search-box"><form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search Torvik Club Wiki"
class="cdx-text-input__input"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links"><ul><li id="pt-login"><a href="#">Log in</a></li></ul></nav></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="vector-main-menu"
class="vector-main-menu"><div class="vector-pinnable-header-label">Main menu</div><div id="p-navigation" class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">${links(wMenu, 'mw-list-item')}</ul></div></div></div>
<div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="vector-toc-landmark"><div id="vector-toc" class="vector-toc">
<div class="vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul id="mw-panel-toc-list" class="vector-toc-contents">
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li>
${wSec
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav class="vector-menu vector-menu-tabs"><ul>${links(wTools, 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Torvik Club Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Torvik 240 rear axle</th></tr>
<tr><td colspan="2" class="infobox-image"><img src="/images/thumb/axle.jpg" alt=""><div class="infobox-caption">A type 1031 axle on the club's
workshop day</div></td></tr>
${[0, 2, 4].map((i) => `<tr><th scope="row" class="infobox-label">${wInfo[i]}</th><td class="infobox-data">${wInfo[i + 1]}</td></tr>`).join('\n')}
</tbody></table>
${ps(wLead)}
${wSec
  .map(
    ([h, p, l]) => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2>${wEdit}</div>
${ps(p)}${l.length > 0 ? `\n<ul>${l.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}`,
  )
  .join('\n')
  .replace('<p>The bearing', `<div class="ambox ambox-notice"><div class="mbox-text">${wNote}</div></div>\n<p>The bearing`)}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">${wCats[0]}</a><ul>${links(wCats.slice(1))}</ul></div></div></div></main></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 14 February
2026, at 21:07.</li></ul><ul id="footer-places">${links(wFoot)}</ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":121});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout298-mediawiki-ownersclub-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wSec.map(([h]) => h),
  body: texts([...wLead, ...wSec.flatMap(([, p, l]) => [...p, ...l])]),
  bylines: ['This page was last edited on 14 February 2026, at 21:07.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Torvik Club Wiki', 'Search', 'Log in', 'Main menu', ...wMenu, 'Contents', '(Top)', ...wTools, 'From Torvik Club Wiki',
    "A type 1031 axle on the club's workshop day", ...wInfo, wNote, ...wCats, ...wFoot,
  ],
};

const pTitle = 'Aurel Motors Opens Battery Module Plant in Carrow Valley';
const pSub = 'The $640 million facility will supply modules for three electric models and create 1,100 jobs';
const pDate = 'CARROW VALLEY, Ohio, March 12, 2026 –';
const pBody = [
  j(
    'Aurel Motors today opened its first battery module plant in North America, a 1.2-million-square-foot facility in Carrow',
    'Valley that will supply modules for the Aurel Vela, the Vela Cross and an electric pickup due in 2027.',
  ),
  j(
    'The plant represents an investment of $640 million and will employ 1,100 people at full production, which is expected by',
    'the end of 2026. It is designed to assemble modules for up to 150,000 vehicles a year.',
  ),
  j(
    '"Building modules a few hours from our assembly line shortens our supply chain and gives us more control over quality,"',
    'said Ingrid Sallow, president of Aurel Motors North America. "Carrow Valley has a long history in manufacturing, and we are',
    'proud to be part of its next chapter."',
  ),
  j(
    'Construction began in the spring of 2024 on the site of a former glass works. More than 400 local contractors worked on the',
    'project, and Aurel has committed to filling at least 60 percent of production roles with residents of the surrounding county.',
  ),
  j(
    "Modules built in Carrow Valley will be shipped by rail to Aurel's assembly plant in Bellmont, 190 miles away, where they are",
    'combined into battery packs and installed in vehicles.',
  ),
  'Key features of the facility include:',
];
const pList = [
  "A rooftop solar array supplying about 18 percent of the plant's electricity",
  'A closed-loop cooling system that cuts water use by half compared with conventional designs',
  'A training center run with Carrow Valley Community College',
];
const pAbout = [
  j(
    'Aurel Motors designs and builds passenger cars and light trucks in six countries. Its North American operations employ',
    '14,000 people at two assembly plants, a research center and now the Carrow Valley module plant.',
  ),
];
const pNav = ['Newsroom', 'Releases', 'Media Kits', 'Images & Video', 'Contacts'];
const pTags = ['Manufacturing', 'Electrification', 'Facilities'];
const pRelated = ['Aurel Vela Cross Earns Top Safety Rating', 'Aurel Reports Fourth-Quarter Sales Results', 'Aurel Names New Head of Design'];
const pHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${pTitle} | Aurel Motors Newsroom</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="/news/releases/battery-module-plant-carrow-valley">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2026-03-12T10:00:00-0400",
"publisher":{"@type":"Organization","name":"Aurel Motors"}}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/5521"},"gtag":{"tagId":"G-X"}}</script>
</head><body class="path-node page-node-type-press-release"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="site-header" role="banner">
<div class="region region-header"><div id="block-aurel-branding" class="block block-system block-system-branding-block"><a href="/" rel="home">Aurel
Motors Newsroom</a></div><nav role="navigation" id="block-aurel-main-menu" class="block block-menu navigation menu--main"><ul class="menu">
${links(pNav, 'menu-item')}</ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><div id="block-aurel-content" class="block block-system">
<article data-history-node-id="5521" class="node node--type-press-release node--view-mode-full"><div class="node__meta">
<span class="field field--name-field-release-type">Press Release</span></div>
<h1 class="page-title"><span class="field field--name-title field--type-string">${pTitle}</span></h1>
<div class="field field--name-field-subtitle field--type-string field--label-hidden field__item"><h2>${pSub}</h2></div>
<div class="node__content"><div class="field field--name-field-media-image"><figure><img src="/sites/default/files/styles/wide/plant.jpg" alt="">
<figcaption>Employees at the opening of the Carrow Valley plant. Photo: Aurel Motors</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p><span class="dateline">${pDate}</span> ${pBody[0]}</p>
${ps(pBody.slice(1))}
<ul>${pList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>About Aurel Motors</h3>
${ps(pAbout)}
</div>
<div class="field field--name-field-media-contacts"><div class="field__label">Media Contacts</div><div class="field__item"><p>Dana Whitcomb<br>
Aurel Motors North America Communications<br>(555) 630-2219</p></div></div>
<div class="field field--name-field-downloads"><div class="field__label">Downloads</div><ul>
<li><a href="#">Photo pack (ZIP, 48 MB)</a></li><li><a href="#">Fact sheet (PDF)</a></li></ul></div>
<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Tags</div><ul class="field__items">
${links(pTags, 'field__item')}</ul></div></div></article></div>
<div class="views-element-container block block-views block-views-blockrelated-releases-block-1"><h2 class="block__title">Related Releases</h2>
<div class="view-content"><ul>${links(pRelated, 'views-row')}</ul></div></div></div></main>
<footer class="site-footer"><div class="region region-footer"><p>© 2026 Aurel Motors North America, Inc.</p><ul class="menu">
<li><a href="#">Aurel Motors Global</a></li><li><a href="#">Privacy</a></li><li><a href="#">RSS</a></li></ul></div></footer>
<div class="eu-cookie-compliance-banner" role="dialog"><div class="popup-content info"><div id="popup-text"><p>We use cookies to give you the best
experience on our newsroom.</p></div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I
agree</button></div></div></div></div></body></html>`;
const drupal: TestPage = {
  name: 'heldout298-drupal-pressroom-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [pSub, 'About Aurel Motors'],
  body: texts([...pBody, ...pList, ...pAbout]),
  bylines: [pDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Aurel Motors Newsroom', ...pNav, 'Press Release', 'Employees at the opening of the Carrow Valley plant. Photo: Aurel Motors',
    'Media Contacts', 'Dana Whitcomb', 'Aurel Motors North America Communications', '(555) 630-2219', 'Downloads', 'Photo pack (ZIP, 48 MB)',
    'Fact sheet (PDF)', 'Tags', ...pTags, 'Related Releases', ...pRelated, '© 2026 Aurel Motors North America, Inc.', 'Aurel Motors Global', 'Privacy',
    'RSS', 'We use cookies to give you the best experience on our newsroom.', 'OK, I agree',
  ],
};

export const HELDOUT298_D: readonly TestPage[] = [wiki, drupal];
