import { links, ps, type TestPage, texts } from './page-kit.js';
import { printablesModel } from './pages-heldout188-d2.js';

/**
 * Held-out batch 188, file d: a Thingiverse thing page (the header with "Explore", "Education", search, "Sign In" and "Join",
 * the title block with "by" user and date, the like/collect/comment counts, "Download All Files" and the action buttons, the
 * image gallery, the tab bar, the "Thing Details" sections Summary, Print Settings (label/value rows and notes), Post-Printing
 * with a nested heading and How I Designed This, the licence box, category and tags, an advertisement slot, the "More by" rail
 * and the footer) and, from file d2, a Printables model page.
 */
const tvTitle = 'Stackable Seed Tray Rack for Windowsills';
const tvH1 = 'Summary';
const tvP1 = [
  'Every spring my kitchen windowsill disappears under seed trays, and every spring I knock at least one of them into the sink. ' +
    'This rack holds three standard half-size seed trays stacked above each other, with enough gap between the shelves for seedlings ' +
    'up to about nine centimetres tall, and it fits on a sill only fourteen centimetres deep.',
  'It prints in six parts without supports and slots together without glue or screws. Two racks side by side fill a typical ' +
    'ninety-centimetre window. The bottom shelf has a lip so that drips from the trays above end up in the drip tray, not on your sill.',
  'I have used four of these for two seasons now, for tomatoes, chillies and a great many lettuces. The open sides let plenty of ' +
    'light reach the lower shelves, and the slots are spaced so you can turn each tray daily without lifting the ones above it.',
];
const tvH2 = 'Print Settings';
const tvSettings = [
  ['Printer Brand:', 'Prusa'],
  ['Printer:', 'MK4'],
  ['Rafts:', 'No'],
  ['Supports:', 'No'],
  ['Resolution:', '0.2 mm'],
  ['Infill:', '15% gyroid'],
  ['Filament:', 'Hollybrook PETG Leaf Green'],
];
const tvNotes = [
  'Use PETG or ASA rather than PLA. The rack sits in full sun behind glass all day, and my first PLA version sagged within a week in April.',
  'Print the uprights lying flat on the long side. Four perimeters make the slots much stronger than extra infill does.',
];
const tvH3 = 'Post-Printing';
const tvH3a = 'Assembly';
const tvSteps = [
  'Push the two shelf rails into the lowest slots of the left upright until they click.',
  'Add the middle and top rails in the same way, then press the right upright on to all three.',
  'Drop the drip tray on to the bottom shelf, lip facing the window.',
  'If the fit is loose, a single wrap of tape on the rail ends tightens it up.',
];
const tvH4 = 'How I Designed This';
const tvP2 = [
  'I measured the trays I actually own, which turned out to vary by almost four millimetres between brands, and made the shelves ' +
    'wide enough for the largest. The rack was modelled in FreeCAD with every dimension in a spreadsheet, so you can change the ' +
    'shelf gap or width yourself; the source file is included with the downloads.',
];
const tvNav = ['Explore', 'Education', 'Sign In', 'Join'];
const tvTabs = ['Thing Details', 'Thing Files', 'Apps', 'Comments 23', 'Makes 17', 'Remixes 4'];
const tvActions = ['Download All Files', 'Like', 'Collect', 'Comment', 'Share', 'Remix It', 'Post a Make', 'Report Thing'];
const tvLicence = 'Stackable Seed Tray Rack for Windowsills by tansy_makes is licensed under the Creative Commons - Attribution - Non-Commercial license.';
const tvTags = ['garden', 'seed tray', 'windowsill', 'shelf', 'rack', 'seedlings'];
const tvMore = ['Herb Pot Drainage Feet', 'Hose Reel Bracket', 'Plant Label Stakes (Customizable)'];
const tvFoot = ['About Us', 'Blog', 'Help Center', 'Terms of Use', 'Privacy Policy', 'Thingiverse Education', 'Cookie Settings'];
const tvRow = ([k, v]: readonly string[]): string =>
  `<div class="ThingPage__printSettingRow--a2c1f"><span class="ThingPage__label--8e1f2">${k}</span><span class="ThingPage__value--c3d0a">${v}</span></div>`;
const tvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${tvTitle} by tansy_makes - Thingiverse</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Holds three half-size seed trays on a narrow sill.">
<meta property="og:title" content="${tvTitle} by tansy_makes"><meta property="og:site_name" content="Thingiverse"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.thingiverse.example/thing:6904172"><link rel="stylesheet"
href="https://cdn.thingiverse.example/site/css/main.3b9a1c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${tvTitle}","author":{"@type":"Person","name":"tansy_makes"},
"dateCreated":"2025-11-02","license":"https://creativecommons.org/licenses/by-nc/4.0/"}</script>
<script>window.__APP_CONFIG__={"thingId":6904172,"adsEnabled":true};</script></head>
<body><div id="root"><header class="Header__header--0f3e1"><a class="Header__logo--b21c0" href="/" aria-label="Thingiverse"></a>
<nav class="Header__navigation--d9a2e"><ul>${links(tvNav.slice(0, 2), 'Header__navItem--e1b7f')}</ul></nav><form class="SearchBar__form--a0c2b" role="search">
<input placeholder="Search Thingiverse" aria-label="Search Thingiverse"></form><div class="Header__authButtons--11f0e"><a href="/login">Sign In</a>
<a class="Button__button--2ce5f" href="/register">Join</a></div></header>
<main class="ThingPage__thingPage--7ac19"><div class="DetailPageTitle__titleContainer--f8a1b"><div class="DetailPageTitle__avatar--90c1e"><img alt=""
src="/av.jpg"></div>
<div><h1 class="DetailPageTitle__thingTitleName--c42e6">${tvTitle}</h1><div class="DetailPageTitle__thingTitleMeta--5ad17">by <a
class="DetailPageTitle__thingTitleLink--0a6d2" href="/tansy_makes/designs">tansy_makes</a> <span class="DetailPageTitle__date--e2b1c">November 02, 2025</span>
</div></div></div><div class="ThingPage__stats--b1d8a"><span aria-label="Likes">412</span><span aria-label="Collections">680</span><span
aria-label="Comments">23</span>
</div><div class="ThingPage__actions--6e0cb">${tvActions.map((t) => `<button class="Button__button--2ce5f" type="button">${t}</button>`).join('')}</div>
<div class="ThingPage__galleryWrapper--3f2c1"><img alt="${tvTitle}" src="https://cdn.thingiverse.example/assets/rack_1.jpg"><span>1 / 7</span></div>
<div class="Tabs__tabs--a81c2" role="tablist">${tvTabs.map((t, i) => `<button role="tab" aria-selected="${i === 0}">${t}</button>`).join('')}</div>
<div class="ThingPage__mainColumn--9d4e0" role="tabpanel"><div class="ThingPage__description--14e2a"><h2 class="ThingPage__blockTitle--d8f0b">${tvH1}</h2>
<div class="ThingPage__preview--40c1a">${ps(tvP1)}</div><h2 class="ThingPage__blockTitle--d8f0b">${tvH2}</h2><div class="ThingPage__printSettings--7b2d1">
${tvSettings.map(tvRow).join('\n')}<div class="ThingPage__printSettingRow--a2c1f"><span class="ThingPage__label--8e1f2">Notes:</span></div>
<div class="ThingPage__notes--5f0e2">${ps(tvNotes)}</div></div><h2 class="ThingPage__blockTitle--d8f0b">${tvH3}</h2><div class="ThingPage__preview--40c1a">
<h3>${tvH3a}</h3><ol>${tvSteps.map((t) => `<li>${t}</li>`).join('')}</ol></div><h2 class="ThingPage__blockTitle--d8f0b">${tvH4}</h2>
<div class="ThingPage__preview--40c1a">${ps(tvP2)}</div></div></div>
<aside class="ThingPage__sidebar--2c0ab"><div class="License__license--c9e3a"><h3>License</h3><div class="License__ccIcons--1b2e0" aria-hidden="true"></div>
<p class="License__text--7ea1d">${tvLicence}</p></div><div class="ThingPage__category--a8c0e"><h3>Category</h3><a href="/category/garden">Garden</a></div>
<div class="Tags__tags--f01b9"><h3>Tags</h3><ul>${links(tvTags, 'Tags__tag--55e1d')}</ul></div>
<div class="AdSlot__adSlot--09a1f" data-ad-unit="thing_sidebar_300x250"><span class="AdSlot__label--3c1d2">Advertisement</span><div
id="div-gpt-ad-thing-1"></div>
</div><div class="MoreFrom__moreFrom--b7c0e"><h3>More by tansy_makes</h3><ul>${links(tvMore, 'MoreFrom__card--0e1c2')}</ul>
<a href="/tansy_makes/designs">View all</a></div></aside></main>
<footer class="Footer__footer--e1a0f"><ul>${links(tvFoot)}</ul><p>Thingiverse is a part of the UltiMaker family.</p>
<p>© 2025 UltiMaker. All rights reserved.</p></footer></div>
<script src="https://cdn.thingiverse.example/site/js/app.3b9a1c.js" defer></script></body></html>`;
const thingiverse: TestPage = {
  html: tvHtml,
  name: 'heldout188-thingiverse-thing-wiki',
  kind: 'wiki',
  // the Thing Details sections are the article, their titles and the "Assembly" subheading the headings; the print-setting rows
  // (label and value) are in neither list and their notes are body; "by tansy_makes" and the date are bylines; counts, buttons,
  // tabs, gallery counter, licence, category, tags, ad label, the "More by" rail and footer are furniture
  title: tvTitle,
  headings: [tvH1, tvH2, tvH3, tvH3a, tvH4],
  body: texts([...tvP1, ...tvNotes, ...tvSteps, ...tvP2]),
  bylines: ['tansy_makes', 'November 02, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tvNav, '412', '680', '23', ...tvActions, '1 / 7', ...tvTabs, 'Notes:', 'License', tvLicence, 'Category', 'Garden', 'Tags', ...tvTags,
    'Advertisement', 'More by tansy_makes', ...tvMore, 'View all', ...tvFoot, 'Thingiverse is a part of the UltiMaker family.',
    '© 2025 UltiMaker. All rights reserved.',
  ],
};

export const HELDOUT188_D: readonly TestPage[] = [thingiverse, printablesModel];
