import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file c2: an Encyclopedia.com-style biography entry (Drupal page: top menu, breadcrumb, the "views updated"
 * line, the source title of the reference work, run-in section heads as h3, the sources list, the "Cite this article" block
 * with its MLA / Chicago / APA styles, "More From encyclopedia.com" and "About this article" rails, ads and footer).
 */
const eTitle = 'Morn, Tessaly';
const eLead = ['<b>Tessaly Morn</b> (1822–1891) was a Lessmark surveyor and mapmaker whose survey of the River Osk was the first accurate map of the valley.'];
const eEarly = [
  j(
    'Morn was born in Varnholt, the daughter of a harbour pilot. Her father taught her to take soundings and to use a sextant,',
    'and at fifteen she was keeping the tide tables for the Varnholt pilots. Women could not then enter the provincial school of',
    'engineering, so she studied mathematics with a retired army surveyor who lodged in the family house.',
  ),
];
const eSurvey = [
  j(
    'In 1849 the province advertised for a surveyor to map the Osk from its mouth to the falls at Greyfold. Morn applied under her',
    'initials and was appointed before the commissioners learned that T. Morn was a woman. They tried to withdraw the post, but the',
    'governor, who had seen her tide tables, let the appointment stand.',
  ),
  j(
    'The survey took six years. Morn and two assistants walked both banks of the river, measuring a chain of triangles tied to',
    'church towers and mill chimneys, and took more than 40,000 soundings from a flat-bottomed boat. Her map, published in 1856 in',
    'eleven sheets at a scale of 1:10,000, showed for the first time the shifting sandbanks below Kessary.',
  ),
];
const eLater = [
  j(
    'Morn later mapped the harbours of the Sallow Coast for the navy and trained a generation of surveyors, several of them women,',
    'at a private school she ran in Kessary. She never married. She died at Kessary in 1891.',
  ),
  j('Her Osk map remained in use by pilots until the 1920s. The Lessmark Geographical Society has awarded the Morn Medal for', 'field survey since 1931.'),
];
const eSources = [
  'Hask, Marit. <i>The Mills of the Osk</i>. Varnholt: Pondhead Press, 2004.',
  'Varga, Liesel. <i>Chain and Compass: Women Surveyors of Lessmark</i>. Orlen: University of Orlen Press, 1997.',
];
const eCite = ['"Morn, Tessaly." Encyclopedia of Lessmark Biography. . Encyclopedia.com. 3 Mar. 2026 &lt;https://www.encyclopedia.example&gt;.'];
const eMenu = ['Science', 'Medicine', 'Technology', 'Social Sciences', 'Humanities', 'People', 'Places', 'Literature and the Arts'];
const eMore = ['Chain survey', 'Sounding (navigation)', 'Sallow Coast harbours', 'Cartography in Lessmark'];
const eFoot = ['About this Site', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Cookie Settings'];
const eHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Morn, Tessaly | Encyclopedia.com</title><meta name="description" content="Morn, Tessaly (1822–1891), Lessmark surveyor and mapmaker.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="https://www.encyclopedia.example/people/morn-tessaly">
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot('/2291/enc_top',[728,90],'div-gpt-ad-top');});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Morn, Tessaly","publisher":"Encyclopedia.com"}</script>
</head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner"><div class="region region-header"><a href="/" rel="home" class="site-logo">Encyclopedia.com</a>
<form class="search-block-form" action="/gsearch">
<input type="search" placeholder="Search Encyclopedia.com" name="q"><input type="submit" value="Search"></form>
</div><nav role="navigation" id="block-mainnavigation"><ul class="menu">${links(eMenu, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Home</a></li><li><a href="/people">People</a></li>
<li><a href="/people/science-and-technology">Science and Technology</a></li><li>Surveyors and Cartographers</li></ol></nav></div>
<div id="div-gpt-ad-top" class="ad-container"><span class="ad-label">ADVERTISEMENT</span></div>
<main id="content" class="column main-content" role="main"><a id="main-content" tabindex="-1"></a>
<h1 class="page-header doctitle"><span>${eTitle}</span></h1>
<div class="views-updated"><span class="views">views <b>1,204</b></span> <span class="updated">updated</span></div>
<div class="topic-content"><div class="doccontentwrapper" id="ency-1"><div class="doccontent">
<h2 class="doctitle">Morn, Tessaly</h2><div class="pub-name">Encyclopedia of Lessmark Biography</div>
${ps(eLead)}
<h3>Early Years</h3>
${ps(eEarly)}
<h3>The Osk Survey</h3>
${ps(eSurvey)}
<div class="ad-container" id="div-gpt-ad-mid"><span class="ad-label">ADVERTISEMENT</span></div>
<h3>Later Life</h3>
${ps(eLater)}
<h3>Further Reading</h3>
${ps(eSources)}
<div class="contributor-name">Liesel Varga</div></div>
<div class="citation-box"><h2>Cite this article</h2><p>Pick a style below, and copy the text for your bibliography.</p>
<ul class="citation-tabs"><li>MLA</li><li>Chicago</li><li>APA</li></ul>
<div class="citation">${eCite[0]}</div>
<p class="citation-note">Learn more about citation styles</p></div></div></div></main>
<aside class="sidebar" role="complementary"><section class="block-more"><h2>More From encyclopedia.com</h2><ul>${links(eMore)}</ul></section>
<section class="block-about"><h2>About this article</h2><p>Morn, Tessaly</p><p>Updated About encyclopedia.com content</p>
<a href="/print" class="print-link">Print Article</a></section>
<section class="block-related"><h2>You Might Also Like</h2><ul>${links(['Hask, Jorit', 'Wessen, Aldo'])}</ul></section></aside>
<footer class="site-footer"><ul class="menu">${links(eFoot)}</ul><p>© 2026 Encyclopedia.com | All rights reserved.</p></footer>
</div></div></div>
<script>(function(){var s=document.createElement('script');s.src='https://cdn.encyclopedia.example/ads.js';document.body.appendChild(s);})();</script>
</body></html>`;
export const encyc: TestPage = {
  name: 'heldout267-encyclopedia-com-wiki',
  kind: 'wiki',
  html: eHtml,
  title: eTitle,
  headings: ['Early Years', 'The Osk Survey', 'Later Life', 'Further Reading'],
  body: texts([...eLead, ...eEarly, ...eSurvey, ...eLater]),
  bylines: ['Liesel Varga', 'updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Encyclopedia.com', ...eMenu, 'Home', 'Science and Technology', 'Surveyors and Cartographers', 'ADVERTISEMENT', 'views',
    '1,204', 'Encyclopedia of Lessmark Biography', ...texts(eSources), 'Cite this article', 'Pick a style below, and copy the text for your bibliography.',
    'MLA', 'Chicago', 'APA', ...texts(eCite), 'Learn more about citation styles', 'More From encyclopedia.com', ...eMore, 'About this article',
    'Updated About encyclopedia.com content', 'Print Article', 'You Might Also Like', 'Hask, Jorit', 'Wessen, Aldo', ...eFoot,
    '© 2026 Encyclopedia.com | All rights reserved.',
  ],
};
