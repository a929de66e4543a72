import { type TestPage, texts } from './page-kit.js';
import { j, tr } from './pages-heldout324-kit.js';

/**
 * Held-out batch 324, file f2: a parish church's "Burial register" page built with Wix (absolutely positioned comp- boxes,
 * rich-text elements with font_ classes, the Wix header with its horizontal menu, a table of burial entries as a data page,
 * a "Plan your visit" strip, a donate button, a Wix Forms contact box, the footer and the "made with Wix" free-site banner).
 * The table's data rows are body, one item a row; its header cells are in neither list.
 */
const cTitle = 'Parish burial records, 1838–1870';
const cIntro = [
  j(
    'St Mildred’s has kept a burial register since 1653. The volumes up to 1812 are now at the diocesan record office, but the',
    'register for 1813 to 1870 is still kept in the vestry safe, and our volunteers have been transcribing it for family historians.',
  ),
  j(
    'Below is the first part of the transcription, the entries from 1838 to 1842, together with the grave locations where our',
    'churchyard survey has found a surviving marker. Spellings are as written in the register. Ages are in years unless stated.',
  ),
];
const cRows = [
  ['14 Jan 1838', 'Thomas Ashby', 'Oxley Green', '67', 'North side, row C'],
  ['2 Mar 1838', 'Mary Ann Fennell', 'Church Lane', '3 months', 'Not located'],
  ['19 Jul 1838', 'William Crouch', 'Mill Farm', '42', 'South side, row F'],
  ['8 Dec 1839', 'Sarah Pocock', 'The Street', '81', 'South side, row B'],
  ['27 Apr 1840', 'John Pocock', 'The Street', '84', 'South side, row B'],
  ['11 Nov 1840', 'Elizabeth Hartridge', 'Oxley Green', '29', 'Not located'],
  ['5 Feb 1841', 'George Fennell', 'Church Lane', '36', 'North side, row A'],
  ['30 Aug 1841', 'Hannah Crouch', 'Mill Farm', '7', 'South side, row F'],
  ['16 May 1842', 'Richard Stace', 'Workhouse, Ledford', '58', 'Not located'],
].map(tr);
const cAfter = [
  j(
    'The register records the abode of each person, not the place of death. Several entries give "Workhouse, Ledford", where the',
    'poor law union workhouse stood; those buried here were usually returned to their home parish.',
  ),
  j(
    'We are happy to answer look-up requests for later years while the transcription continues. Please give the name and an',
    'approximate year, and allow up to four weeks for a reply, as the work is done by volunteers.',
  ),
  'Photographs of individual headstones can be supplied for a donation towards the churchyard fund.',
  j(
    'Readers sometimes ask why so few markers survive from the 1840s. Most families could not afford a stone, and wooden rails or',
    'crosses have long since rotted away; the headstones that remain are mostly of local sandstone, which weathers badly.',
  ),
];
const cVisit = 'The churchyard is open every day from dawn to dusk. The church is open on Saturdays, 10am to 4pm.';
const cHead = ['Date of burial', 'Name', 'Abode', 'Age', 'Grave location'];
const cMenu = ['Home', 'Services', 'Weddings & Baptisms', 'History', 'Burial records', 'Contact'];
const box = (id: string, inner: string): string => `<div id="comp-${id}" class="wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Burial records | St Mildred's Church, Oxley</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<meta property="og:title" content="Burial records | St Mildred's Church, Oxley"><meta property="og:site_name" content="St Mildred's Church, Oxley">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Church","name":"St Mildred's Church, Oxley","address":{"@type":
"PostalAddress","addressLocality":"Oxley"}}</script>
<script>window.viewerModel = {"siteFeatures":["dynamicPages","wixForms"],"site":{"metaSiteId":"3c1f9a20","isPremium":false},"language":"en"};</script>
<script id="wix-warmup-data" type="application/json">{"platform":{"ssrPropsUpdates":[]}}</script></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="WIX_ADS" class="VXAmO2 ytGGBw"><a href="#" class="_2Kq7C">
<span>This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span> <span class="_3hgo5">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header">
${box('kq2a9x1', '<p class="font_9 wixui-rich-text__text">St Mildred’s Church, Oxley</p>')}
<nav id="comp-kq2a9x4" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsContainer">
${cMenu
  .map(
    (m) => `<li class="item wixui-horizontal-menu__item"><a class="linkElement" href="#"><span class="label">${m.replace('&', '&amp;')}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1xw8" class="P0kib4 wixui-page">
<section id="comp-lm3f8r2a" class="wixui-section"><div data-testid="columns" class="comp-lm3f8r2a-container">
${box('lm3f8r3c', `<h1 class="font_0 wixui-rich-text__text">${cTitle}</h1>`)}
${box('lm3f8r4d', cIntro.map((p) => `<p class="font_8 wixui-rich-text__text">${p}</p>`).join('\n'))}
<div id="comp-lm3f8r5e" class="wixui-table" data-testid="table"><table role="table"><thead><tr>
${cHead.map((h) => `<th scope="col">${h}</th>`).join('\n')}</tr></thead>
<tbody>${cRows.join('\n')}</tbody></table></div>
${box('lm3f8r6f', cAfter.map((p) => `<p class="font_8 wixui-rich-text__text">${p}</p>`).join('\n'))}
<div id="comp-lm3f8r7g" class="wixui-button"><a href="#" data-testid="linkElement"><span class="wixui-button__label">Donate to the churchyard fund</span>
</a></div>
</div></section>
<section id="comp-lm3f8s1h" class="wixui-section">${box('lm3f8s2i', '<h2 class="font_2 wixui-rich-text__text">Plan your visit</h2>')}
${box('lm3f8s3j', `<p class="font_8 wixui-rich-text__text">${cVisit}</p>`)}
</section>
<section id="comp-lm3f8t1k" class="wixui-section"><form id="comp-lm3f8t2l" class="wixui-form" data-testid="form">
${box('lm3f8t3m', '<h2 class="font_2 wixui-rich-text__text">Ask for a look-up</h2>')}
<label for="input_comp-1">Your name</label><input id="input_comp-1" type="text"><label for="input_comp-2">Email</label><input id="input_comp-2" type="email">
<label for="input_comp-3">Your request</label><textarea id="input_comp-3"></textarea><button type="submit" data-testid="buttonElement">
<span class="wixui-button__label">Send request</span></button></form></section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer">
${box('kq2b0a1', '<p class="font_9 wixui-rich-text__text">St Mildred’s Church, The Street, Oxley. Part of the Ledford Benefice.</p>')}
${box('kq2b0a2', '<p class="font_9 wixui-rich-text__text">© 2026 Parochial Church Council of St Mildred, Oxley. Registered charity 1130442.</p>')}
</footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" role="region"><p data-hook="consent-banner-text">This website uses cookies. We use
cookies to analyse our traffic.</p><button data-hook="consent-banner-apply-button">Accept</button>
<button data-hook="consent-banner-decline-button">Decline</button>
<button data-hook="consent-banner-settings-button">Settings</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
export const wix: TestPage = {
  name: 'heldout324-wix-parish-burials-wiki',
  kind: 'wiki',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([...cIntro, ...cRows, ...cAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'St Mildred’s Church, Oxley', ...cMenu,
    'Donate to the churchyard fund', 'Plan your visit', cVisit,
    'Ask for a look-up', 'Your name', 'Email', 'Your request', 'Send request', 'St Mildred’s Church, The Street, Oxley. Part of the Ledford Benefice.',
    '© 2026 Parochial Church Council of St Mildred, Oxley. Registered charity 1130442.', 'This website uses cookies. We use cookies to analyse our traffic.',
    'Accept', 'Decline', 'Settings',
  ],
};
