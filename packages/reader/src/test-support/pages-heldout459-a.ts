import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchors, clean, j } from './pages-heldout459-kit.js';

/**
 * Held-out batch 459, file a: a Thingiverse thing page (React app with styled-components class names) with its tabs, stats,
 * tags and license, and a Printables model page (SvelteKit) with its print settings block, related models and comment count.
 */
const tTitle = 'Parametric Cable Clip for Desk Edges';
const tSummary = [
  j(
    'A simple clip that pushes onto the edge of a desk and holds up to four USB or power cables. I designed it because the adhesive',
    'clips on my standing desk kept falling off every summer.',
  ),
  j(
    'The included OpenSCAD file lets you set the desk thickness (from 15 to 40 mm) and the cable diameter. The STL files are ready',
    'for 18, 25 and 30 mm desks, which covers most office furniture.',
  ),
  'Print it flat on its side so the layer lines run along the spring arm; printed upright, the arm snaps after a few days.',
];
const tSettings = ['Printer Brand: Prusa', 'Printer: MK3S+', 'Rafts: No', 'Supports: No', 'Resolution: 0.2 mm', 'Infill: 30%'];
const tNotes = [j('Filament: PETG works best. PLA clips hold but slowly creep open on a warm desk.', 'Four perimeters make the arm much stiffer.')];
const tPost = ['Post-Printing', 'No post-processing needed. If the clip is too tight, flex the arm a few times before you push it onto the desk.'];
const tTags = ['cable management', 'desk', 'clip', 'openscad', 'parametric'];
const tNav = ['Explore', 'Education', 'Customizer', 'Groups', 'Thingiverse Blog'];
const tFoot = ['About Us', 'Developers', 'Terms of Use', 'Privacy Policy', 'Trademarks', 'Help Center'];
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tTitle} by gridbench - Thingiverse</title><meta name="description" content="${tSummary[0]}">
<meta property="og:type" content="website"><meta property="og:title" content="${tTitle} by gridbench"><meta property="og:site_name" content="Thingiverse">
<link rel="canonical" href="https://www.thingiverse.com/thing:6684120">
<style data-styled="active" data-styled-version="5.3.6">.ThingPage__modelName--3CMsV{font-size:24px;font-weight:700}.hYpIaq{display:flex}</style>
<script>window.__INITIAL_STATE__={"thing":{"id":6684120,"name":"${tTitle}","creator":"gridbench"}};</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TVX0000"></script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="react-app"><div class="App__app--2Rzvy">
<div class="CookieBanner__container--1bQxP" role="dialog"><p class="CookieBanner__text--2u9zK">We use cookies to personalize content and analyze our
traffic. By clicking Accept you consent to our use of cookies.</p><button class="Button__button--3hB8Q">Accept</button>
<button class="Button__button--3hB8Q Button__secondary--1Pq0u">Settings</button></div>
<header class="SiteHeader__header--3o7y0"><a class="SiteHeader__logo--2xI6I" href="/" aria-label="Thingiverse"></a>
<nav class="SiteHeader__navigation--1uA2n"><ul>${links(tNav, 'SiteHeader__item--1aPQq')}</ul></nav>
<form class="SearchInput__form--3F1hk" role="search"><input class="SearchInput__input--1yJ8b" type="search" placeholder="Search Thingiverse"></form>
<a class="Button__button--3hB8Q" href="/upload">Upload</a><a class="SiteHeader__signIn--2HPz8" href="/login">Sign In</a></header>
<main class="ThingPage__pageContainer--1Gk9K"><div class="ThingPage__header--2zNBq"><div class="ThingPage__avatar--3q6Sr">
<img src="https://cdn.thingiverse.com/renders/avatars/gridbench.jpg" alt="gridbench"></div><div class="ThingPage__headerText--1qB0s">
<h1 class="ThingPage__modelName--3CMsV">${tTitle}</h1><div class="ThingPage__createdBy--2w3pT">By <a href="/gridbench/designs">gridbench</a>
<span class="ThingPage__date--1u0bc">April 11, 2026</span></div></div>
<div class="ThingPage__buttons--1mZB3"><button class="Button__button--3hB8Q">Download All Files</button><button class="LikeButton__like--2bV1w">Like</button>
<button class="CollectButton__collect--3Wt0X">Collect</button><button class="ShareButton__share--1CkVt">Share</button></div></div>
<div class="ThingPage__galleryContainer--2xY7h"><img class="Gallery__image--1Wm4t" src="https://cdn.thingiverse.com/assets/6684120/clip.jpg" alt="">
</div><div class="MetricList__list--1Dr7h"><span>412 Likes</span><span>1,877 Downloads</span><span>9,310 Views</span><span>23 Makes</span></div>
<div class="TabList__tabList--2aoSs" role="tablist"><a class="TabList__tab--3zG2P TabList__active--1EyZk" href="#details">Details</a>
<a class="TabList__tab--3zG2P" href="#files">Thing Files</a><a class="TabList__tab--3zG2P" href="#comments">Comments (14)</a>
<a class="TabList__tab--3zG2P" href="#makes">Makes (23)</a><a class="TabList__tab--3zG2P" href="#remixes">Remixes (4)</a></div>
<div class="ThingPage__contentWrapper--3iGeW"><div class="ThingPage__detailsWrapper--1LE0b" id="details">
<div class="DetailSection__section--3l9jR"><h2 class="DetailSection__title--2Jc1I">Summary</h2>
<div class="ThingPage__description--14TtH">${ps(tSummary)}</div></div>
<div class="DetailSection__section--3l9jR"><h2 class="DetailSection__title--2Jc1I">Print Settings</h2>
<div class="ThingPage__description--14TtH">${tSettings.map((s) => `<p><strong>${s.replace(': ', ':</strong> ')}</p>`).join('\n')}
<p><strong>Notes:</strong></p>${ps(tNotes)}</div></div>
<div class="DetailSection__section--3l9jR"><h2 class="DetailSection__title--2Jc1I">${tPost[0]}</h2>
<div class="ThingPage__description--14TtH"><p>${tPost[1]}</p></div></div></div>
<aside class="ThingPage__sidebar--2kIoX"><div class="License__license--1n2wG"><h3>License</h3><a href="https://creativecommons.org/licenses/by/4.0/">
Creative Commons - Attribution</a></div><div class="Tags__tags--1vD8o"><h3>Tags</h3>${anchors(tTags, 'Tags__tag--2oS1a')}</div>
<div class="ThingPage__category--3xO5n"><h3>Category</h3><a href="/categories/household">Household</a></div>
<a class="ThingPage__report--2JxlI" href="/report">Report Thing</a></aside></div></main>
<footer class="Footer__footer--1f1uN"><ul>${links(tFoot)}</ul><p>© 2026 MakerBot Industries, LLC</p></footer></div></div>
<script src="https://www.thingiverse.com/static/js/main.5f3c91e0.js"></script></body></html>`;
const thingiverse: TestPage = {
  name: 'heldout459-thingiverse-cable-clip',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: ['Summary', 'Print Settings', tPost[0] ?? ''],
  body: [...tSummary, ...tSettings, 'Notes:', ...tNotes, tPost[1] ?? ''],
  bylines: ['By gridbench', 'gridbench', 'April 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalize content and analyze our traffic. By clicking Accept you consent to our use of cookies.', 'Accept', 'Settings',
    ...tNav, 'Upload', 'Sign In', 'Download All Files', 'Like', 'Collect', 'Share', '412 Likes', '1,877 Downloads', '9,310 Views', '23 Makes',
    'Details', 'Thing Files', 'Comments (14)', 'Makes (23)', 'Remixes (4)', 'License', 'Creative Commons - Attribution', 'Tags', ...tTags,
    'Category', 'Household', 'Report Thing', ...tFoot, '© 2026 MakerBot Industries, LLC',
  ],
};

const pTitle = 'Modular Seed Tray Insert with Drip Channels';
const pSummary = 'Stackable insert for standard 1020 trays, printed without supports.';
const pDesc = [
  j(
    'I grow about two hundred seedlings every spring and got tired of flimsy plastic cell inserts that split after one season.',
    'This insert is printed in four quarters that lock together with dovetails, so it fits on a 180 mm bed.',
  ),
  j(
    'Each cell is 38 mm square with a 6 mm drain hole, and the floor has shallow channels that lead water to the corners of the tray.',
    'Bottom watering works much better than with the stock inserts because no cell sits in a puddle.',
  ),
  'What you need',
  'four printed quarters (about 140 g of PETG in total)',
  'a standard 1020 tray without holes',
  'optional: the humidity dome riser from the files',
  'Assembly',
  j(
    'Slide the quarters together on a flat table, starting with the two marked A. The dovetails are tight on purpose; if yours do',
    'not close, print the quarter with 0.1 mm horizontal expansion off, or lightly sand the male side.',
  ),
  j(
    'I have used the same set for two seasons now, washed in the dishwasher on the low setting. PLA will warp there, so stick to',
    'PETG or ASA if you plan to clean them that way.',
  ),
];
const pSet = [
  ['Printer', 'Original Prusa MINI+'],
  ['Rafts', 'No'],
  ['Supports', 'No'],
  ['Resolution', '0.2 mm'],
  ['Infill', '15 %'],
  ['Filament', 'Prusament PETG Jungle Green'],
];
const pTags = ['garden', 'seedling', 'tray', 'hydroponics', 'modular'];
const pRel = ['Seed Starter Label Stakes', 'Self-Watering Herb Pot Insert', 'Tomato Cage Connector Set'];
const pNav = ['Models', 'Contests', 'Education', 'Store'];
const pFoot = ['About Printables', 'Club', 'Help', 'Terms of use', 'Privacy policy', 'Cookies settings'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/favicon.png">
<meta name="viewport" content="width=device-width, initial-scale=1"><link href="/_app/immutable/assets/0.9c1b4f2e.css" rel="stylesheet">
<link rel="modulepreload" href="/_app/immutable/entry/start.4d7a1b3c.js"><title>${pTitle} by Hollis Greenway | Download free STL model | Printables.com</title>
<meta name="description" content="${pSummary}" data-svelte-h="svelte-1x8kq2"><meta property="og:title" content="${pTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"3DModel","name":"${pTitle}","author":{"@type":"Person",
"name":"Hollis Greenway"}}</script>
</head><body data-sveltekit-preload-data="hover"><div style="display: contents"><div class="app svelte-1yk5t2a">
<div class="cookie-consent svelte-9wq2lm"><p>We use cookies to improve your experience on Printables.</p><button class="btn btn-primary">Allow all</button>
<button class="btn btn-outline">Customize</button></div>
<header class="site-header svelte-h3l0sx"><a href="/" class="logo svelte-h3l0sx" aria-label="Printables"></a>
<nav class="svelte-h3l0sx"><ul>${links(pNav, 'svelte-h3l0sx')}</ul></nav><div class="search svelte-1f2ti8c"><input type="search" placeholder="Search"></div>
<a class="btn btn-primary svelte-h3l0sx" href="/model/upload">Upload</a><a href="/login" class="svelte-h3l0sx">Log in</a></header>
<main class="svelte-1ra7a1k"><div class="model-page svelte-1ra7a1k"><div class="breadcrumbs svelte-7gq8sb"><a href="/model">3D Models</a><svg class="chevron"
aria-hidden="true" viewBox="0 0 8 8"></svg>
<a href="/model/category/home-garden">Home &amp; Garden</a><svg class="chevron" aria-hidden="true" viewBox="0 0 8 8"></svg><a
href="/model/category/outdoor-garden">Outdoor &amp; Garden</a></div>
<div class="gallery svelte-q1m3pa"><img src="https://media.printables.com/media/prints/884201/images/tray.webp" alt="${pTitle}"></div>
<div class="model-info svelte-q1m3pa"><h1 class="svelte-q1m3pa">${pTitle}</h1><p class="summary svelte-q1m3pa">${pSummary}</p>
<div class="user-info svelte-5ue4ff"><a href="/@HollisGreenway_31877" class="user-link svelte-5ue4ff">Hollis Greenway</a>
<span class="published svelte-5ue4ff">Published March 2, 2026</span></div>
<div class="stats svelte-4mcm2j"><span title="Likes">286</span><span title="Downloads">1,942</span><span title="Makes">37</span></div>
<div class="actions svelte-4mcm2j"><a class="btn btn-primary download-btn" href="#files">Download all model files</a><button
class="btn">Add to collection</button>
<button class="btn">Share</button></div></div>
<nav class="tabs svelte-vz2ick"><a href="#" class="active">Model</a><a href="#">Files</a><a href="#">Makes 37</a><a href="#">Remixes</a>
<a href="#">Comments 19</a></nav>
<div class="model-content svelte-1ra7a1k"><section class="description svelte-eqpw7g"><h2 class="svelte-eqpw7g">Description</h2>
<div class="user-inserted svelte-eqpw7g">${ps(pDesc.slice(0, 2))}<h3>${pDesc[2]}</h3><ul>${pDesc
  .slice(3, 6)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<h3>${pDesc[6]}</h3>${ps(pDesc.slice(7))}</div></section>
<section class="print-settings svelte-2ib3zl"><h2 class="svelte-2ib3zl">Print settings</h2><dl class="svelte-2ib3zl">
${pSet.map(([k, v]) => `<div class="setting svelte-2ib3zl"><dt>${k}</dt><dd>${v}</dd></div>`).join('\n')}</dl></section>
<aside class="sidebar svelte-1ra7a1k"><div class="tags svelte-p7b4wd"><h4>Tags</h4>${anchors(pTags, 'tag')}</div>
<div class="license svelte-p7b4wd"><h4>License</h4><a href="#">Creative Commons — Attribution — Noncommercial</a></div>
<div class="related svelte-p7b4wd"><h4>Related models</h4><ul>${links(pRel)}</ul></div></aside></div></div></main>
<footer class="svelte-1lbd1v6"><ul>${links(pFoot)}</ul><p>© 2026 Prusa Research a.s.</p></footer></div>
<script>{__sveltekit_1m2x3y={base:"",env:{}};const element=document.currentScript.parentElement;}</script></div></body></html>`;
const printables: TestPage = {
  name: 'heldout459-printables-seed-tray',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['Description', pDesc[2] ?? '', pDesc[6] ?? '', 'Print settings'],
  body: texts([pSummary, ...pDesc.filter((_, i) => i !== 2 && i !== 6), ...pSet.flat()]),
  bylines: ['Hollis Greenway', 'Published March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience on Printables.', 'Allow all', 'Customize', ...pNav, 'Upload', 'Log in', '3D Models',
    'Home & Garden', 'Outdoor & Garden', '286', '1,942', '37', 'Download all model files', 'Add to collection', 'Share', 'Model', 'Files',
    'Makes 37', 'Remixes', 'Comments 19', 'Tags', ...pTags, 'License', 'Creative Commons — Attribution — Noncommercial', 'Related models', ...pRel,
    ...pFoot, '© 2026 Prusa Research a.s.',
  ],
};

export const HELDOUT459_A: readonly TestPage[] = [thingiverse, printables].map(clean);
