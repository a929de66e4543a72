import { links, ps, type TestPage, texts } from './page-kit.js';
import { dibPage } from './pages-heldout175-f2.js';

/**
 * Held-out batch 175, file f: a Te Ara story page (the Te Ara header with "Browse", "Search" and the te reo toggle, the
 * breadcrumb, the "Story:" title, the story-by line, the page list of the story with the current page marked, the page
 * heading, the text with subheadings, the images and media with captions and "Enlarge" links, "Next page", the "How to
 * cite this page" box, the "Story summary" and "Sources and websites" tabs, the share buttons, the Creative Commons note and
 * the Manatū Taonga footer) and, from file f2, a Dictionary of Irish Biography entry.
 */
const taTitle = 'Lake fisheries';
const taPage = 'Page 2. Tuna (eels) in Lake Rangiwai';
const taP1 = [
  'Lake Rangiwai, a shallow lake behind the coastal dunes south of the Manawahe River, was one of the richest eel fisheries in the ' +
    'lower North Island. Each autumn, on dark, wet nights, mature eels left the lake in their thousands to migrate to the sea. For ' +
    'centuries local hapū took them at the lake\u2019s outlet, where the water ran out through a narrow channel to the beach.',
];
const taH1 = 'Eel weirs';
const taP2 = [
  'The channel was divided by long fences of mānuka stakes, set in a V shape to lead the migrating eels into hīnaki (woven eel pots) ' +
    'at the narrow end. Each weir belonged to a particular whānau, and the right to build it passed from one generation to the next. ' +
    'In the 1860s a visitor counted twenty-three weirs along a stretch of channel less than a kilometre long.',
  'The eels were split, dried on racks in the wind and stored for winter, or traded inland for birds preserved in fat and other ' +
    'forest foods. A good season could yield several tonnes of dried eel.',
];
const taH2 = 'Drainage and loss';
const taP3 = [
  'From the 1890s the Crown and local settlers began draining the swamps around the lake for farmland. A drain cut through the ' +
    'dunes in 1911 lowered the lake by more than a metre and dried out the outlet channel. Without their old path to the sea, far ' +
    'fewer eels were caught, and the weirs fell into disuse.',
  'Local iwi petitioned Parliament in 1914 and again in 1936, asking for the drain to be closed or the fishery compensated. Both ' +
    'petitions were referred to the government \u2018for consideration\u2019, and no action followed.',
];
const taH3 = 'Restoration';
const taP4 = [
  'In 2004 a settlement with the Crown returned the lake bed to iwi ownership, and a joint board began restoring the outlet. A ' +
    'fish pass built in 2009 allows eels to reach the sea again, and a small customary fishery reopened in 2015, governed by rules ' +
    'that limit the catch to the needs of the hapū.',
];
const taBy = 'Story by Hēmi Tāwhai and Clare Lindqvist';
const taPublished = 'Story by Hēmi Tāwhai and Clare Lindqvist, published 18 Oct 2012';
const taNav = ['Browse', 'Search', 'Te reo Māori', 'Kids', 'About'];
const taCrumbs = ['Home', 'The Settled Landscape', 'Freshwater fishing'];
const taPages = ['1. Lakes and people', '2. Tuna (eels) in Lake Rangiwai', '3. Kōura and kākahi', '4. Trout and introduced fish'];
const taCaps = ['Eel weir at Rangiwai outlet, 1905', 'Hīnaki (eel pot)', 'Rangiwai fish pass, 2010'];
const taMedia = ['Enlarge this image', 'Enlarge this image ', 'Listen to this audio'];
const taTabs = ['Story summary', 'All images & media in this story', 'Sources and websites', 'Print this page'];
const taCite =
  'Hēmi Tāwhai and Clare Lindqvist, \u2018Lake fisheries - Tuna (eels) in Lake Rangiwai\u2019, Te Ara - the Encyclopedia of New Zealand, ' +
  'http://www.TeAra.govt.nz/en/lake-fisheries/page-2 (accessed 6 October 2025)';
const taShare = ['Share this item', 'Facebook', 'Email', 'Copy link'];
const taCc =
  'All text licensed under the Creative Commons Attribution-NonCommercial 3.0 New Zealand Licence unless otherwise stated. ' +
  'Commercial re-use may be allowed on request.';
const taFoot = ['Contact us', 'Privacy', 'Copyright', 'Manatū Taonga Ministry for Culture and Heritage', 'Te Kāwanatanga o Aotearoa New Zealand Government'];
const taFig = (i: number): string => `<div class="media-item"><a class="enlarge" href="/en/photograph/4${i}201/">
<img src="/files/styles/thumbnail/public/p-4${i}201.jpg" alt=""></a><p class="caption">${taCaps[i]}</p>
<a class="enlarge-link" href="/en/photograph/4${i}201/">${taMedia[0]}</a></div>`;
const taHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lake fisheries - Tuna (eels) in Lake Rangiwai \u2013 Te Ara Encyclopedia of New Zealand</title>
<meta name="description" content="Lake Rangiwai was one of the richest eel fisheries in the lower North Island.">
<meta name="dcterms.creator" content="Hēmi Tāwhai and Clare Lindqvist"><meta name="dcterms.date" content="2012-10-18">
<link rel="stylesheet" href="/sites/all/themes/teara/css/teara.css?r7x3a"><script src="/misc/jquery.js?v=1.4.4"></script>
<script>jQuery.extend(Drupal.settings, {"basePath":"/","teara":{"storyNid":"26811","page":2}});</script></head>
<body class="html not-front page-node node-type-story-page i18n-en">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<header id="header"><a href="/en" id="logo"><img src="/sites/all/themes/teara/images/te-ara-logo.png" alt="Te Ara - the Encyclopedia of New Zealand"></a>
<nav id="main-menu"><ul class="menu">${links(taNav)}</ul></nav></header>
<div id="main"><div class="breadcrumb">${taCrumbs.map((t) => `<a href="#">${t}</a>`).join(' \u203a ')}</div>
<div id="story-header"><p class="story-label">Story:</p><h1 class="story-title">${taTitle}</h1><p class="story-author">${taBy}</p></div>
<div class="row"><aside id="story-nav" class="col-sm-3"><h2 class="element-invisible">Pages in this story</h2><ol class="story-pages">
${taPages.map((t, i) => `<li${i === 1 ? ' class="active"' : ''}><a href="/en/lake-fisheries/page-${i + 1}">${t}</a></li>`).join('\n')}</ol>
<ul class="story-tabs">${links(taTabs)}</ul></aside>
<div id="main-content" class="col-sm-9"><div class="story-page">
<h2 class="page-title">${taPage}</h2>
${taFig(0)}
${ps(taP1)}
<h3>${taH1}</h3>
${ps(taP2)}
${taFig(1)}
<h3>${taH2}</h3>
${ps(taP3)}
<div class="media-item audio"><p class="caption">${taCaps[2]}</p><a href="#" class="audio-link">${taMedia[2]}</a></div>
<h3>${taH3}</h3>
${ps(taP4)}
<div class="pager"><a class="next" href="/en/lake-fisheries/page-3">Next page: Kōura and kākahi</a></div>
</div>
<div class="cite-box"><h2>How to cite this page:</h2><p>${taCite}</p><p class="story-published">${taPublished}</p></div>
<div class="share"><span>${taShare[0]}</span>${taShare
  .slice(1)
  .map((t) => `<a href="#">${t}</a>`)
  .join('')}</div></div></div></div>
<footer id="footer"><p class="cc">${taCc}</p><ul>${links(taFoot)}</ul></footer></body></html>`;
const teAra: TestPage = {
  html: taHtml,
  name: 'heldout175-teara-story-page',
  kind: 'wiki',
  // the story title (h1) is the title and the page heading is the first heading; the page list, which holds the page
  // heading's words, is left out except for the other pages; the citation and "Story by" lines are bylines
  title: taTitle,
  headings: [taPage, taH1, taH2, taH3],
  body: texts([...taP1, ...taP2, ...taP3, ...taP4]),
  bylines: [taBy, taCite, taPublished],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...taNav, ...taCrumbs, 'Story:', 'Pages in this story', taPages[0] ?? '', taPages[2] ?? '', taPages[3] ?? '', ...taTabs,
    ...taCaps, taMedia[0] ?? '', taMedia[2] ?? '', 'Next page: Kōura and kākahi', 'How to cite this page:', ...taShare, taCc, ...taFoot,
  ],
};

export const HELDOUT175_F: readonly TestPage[] = [teAra, dibPage];
