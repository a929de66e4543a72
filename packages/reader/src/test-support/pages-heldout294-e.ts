import { ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout294-kit.js';

/**
 * Held-out batch 294, file e: a Mataroa blog post (plain nav, "Published on" dateline, email subscription, comments with
 * the comment form, "Powered by mataroa.blog" footer) and a TiddlyWiki 5 page saved from the browser (rendered story river
 * with tiddler toolbar, subtitle and tags, the sidebar with site title, tabs and recent list, and the JSON tiddler store).
 */
const mTitle = 'What I learned repairing forty radios';
const mS0 = paras(`
Four years ago I bought a broken valve radio at a car boot sale for three pounds, mostly because I liked the dial. Since then
forty radios have passed across my kitchen table. Some of them now play; a few never will. Here is what they taught me.
`);
const mH1 = 'Safety is not optional';
const mS1 = paras(`
Old mains radios can hold dangerous voltages long after they are unplugged, and many were built with a live chassis. I will
not describe how to work on them here, because the honest advice is to learn from someone in person first. My local repair
café paired me with a retired engineer for my first six sets, and I would not have managed without her.
`);
const mH2 = 'Most faults are the same three faults';
const mS2 = paras(`
After the first dozen, a pattern emerged. Nearly every radio that came to me had one of a small number of problems:
`);
const mList = [
  'Dried-out capacitors, which cause hum or silence',
  'Dirty switches and volume controls, which crackle',
  'A broken dial cord, which makes the tuning useless but is the cheapest fix of all',
];
const mS2b = paras(`
Valves themselves fail far less often than people think. Of the forty sets, only five needed a new valve.

The other thing nobody tells you is how much time goes on the cabinet rather than the circuit. Cleaning decades of kitchen grease
off a veneered case, and gluing back a loose speaker cloth, often takes longer than the electrical work.
`);
const mH3 = 'Keep a log';
const mS3 = paras(`
I keep a page for every set: where it came from, what was wrong, what I replaced and how long it took. It is the single most
useful habit I have. When set number thirty-one arrived with the same hum as number nine, I already knew where to look.

The log also tells me the uncomfortable truth that I spend more on parts than I ever get back. That is fine. It was never
about the money.
`);
const mComments = [
  ['Peregrine', 'Lovely post. The dial cord point is so true, I spent a whole weekend on one once.', 'March 3, 2026'],
  ['anon', 'Which repair café was this? I would love to find one that does radios.', 'March 4, 2026'],
];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mTitle} — Valve Kitchen</title><meta name="description" content="Four years ago I bought a broken valve radio at a car boot sale.">
<link rel="alternate" type="application/rss+xml" title="RSS" href="https://valvekitchen.mataroa.blog/rss/">
<meta property="og:type" content="article"><meta property="og:title" content="${mTitle}"><meta property="og:site_name" content="Valve Kitchen">
<style>body{max-width:720px;margin:0 auto;font-family:-apple-system,BlinkMacSystemFont,sans-serif}.posts-date{color:#777}
.comments-item{border-left:2px solid #ddd;padding-left:12px}</style></head>
<body><header><nav><a href="/">Valve Kitchen</a> — <a href="/rss/">RSS</a> — <a href="/colophon/">Colophon</a></nav></header>
<main><h1 class="posts-title">${mTitle}</h1>
<div class="posts-date">Published on <time datetime="2026-03-02">March 2, 2026</time></div>
<div class="posts-body">
${ps(mS0)}
<h2>${mH1}</h2>
${ps(mS1)}
<h2>${mH2}</h2>
${ps(mS2)}
<ul>${lis(mList)}</ul>
${ps(mS2b)}
<h2>${mH3}</h2>
${ps(mS3)}
</div>
<div class="posts-subscribe"><form method="post" action="/newsletter/"><p>Subscribe to Valve Kitchen by email:</p>
<input type="email" name="email" placeholder="your@email.com"><input type="submit" value="Subscribe"></form></div>
<section class="comments"><h2>Comments</h2>
${mComments
  .map(
    ([n, t, d]) => `<div class="comments-item"><div class="comments-item-name"><strong>${n}</strong> on <span>${d}</span></div>
<p>${t}</p></div>`,
  )
  .join('\n')}
<form method="post" action="/blog/forty-radios/comments/create/"><p>Add comment</p><label for="id_name">Name</label><input id="id_name" name="name">
<label for="id_email">Email (optional)</label><input id="id_email" name="email">
<label for="id_body">Comment</label><textarea id="id_body" name="body"></textarea>
<input type="submit" value="Submit"></form></section></main>
<footer><p><a href="/">Valve Kitchen</a> · <a href="https://mataroa.blog/">Powered by mataroa.blog</a></p></footer></body></html>`;
const mataroa: TestPage = {
  name: 'heldout294-mataroa-post-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3],
  body: texts([...mS0, ...mS1, ...mS2, ...mList, ...mS2b, ...mS3]),
  bylines: ['Published on March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Valve Kitchen', 'Colophon', 'Subscribe to Valve Kitchen by email:', 'Comments', ...mComments.flat(), 'Add comment', 'Email (optional)',
    'Powered by mataroa.blog',
  ],
};

const tTitle = 'Cider Pressing Day';
const tS0 = paras(`
Cider Pressing Day is held on the second Saturday of October in the orchard behind Nettlecombe village hall. Anyone with apples
may bring them; the press, the scratter and the bottles are shared, and the cider is divided by the weight of fruit brought.
`);
const tH1 = 'Running order';
const tList = [
  "Eight o'clock: set up the press and wash the buckets",
  "Nine o'clock: weigh in the apples and note each household's share",
  'Ten until three: scratting and pressing, in shifts of four people',
  "Four o'clock: juice is poured into demijohns and labelled",
];
const tH2 = 'Who does what';
const tTable = [
  ['Task', 'Lead', 'Notes'],
  ['Weighing', 'Marguerite', 'Scales kept in the hall cupboard'],
  ['Press', 'Osric', 'Check the pins before starting'],
  ['Labels', 'Children', 'Pens and stickers in the blue box'],
];
const tS2 = paras(`
Last year 412 kilograms of apples gave about 230 litres of juice. The sharper varieties from the old trees by the brook pressed
best. See the PressingLog tiddler for the full figures by year.

Please bring your own clean bottles if you can; the shared stock runs out by early afternoon. Windfalls are welcome, but cut out
any bruised or rotten parts before weighing, because one bad apple really does spoil a pressing.

If it rains, pressing moves into the hall porch and the weighing moves inside. The date is not changed for weather.
`);
const tSideTabs = ['Open', 'Recent', 'Tools', 'More'];
const tRecent = ['PressingLog', 'Orchard Map', 'Apple Varieties', 'Village Hall Booking'];
const tStore = JSON.stringify([{ title: tTitle, tags: 'Events Orchard', modifier: 'Wenna', text: '! Running order' }]);
const tHtml = `<!doctype html>
<html><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"><meta name="application-name" content="TiddlyWiki">
<meta name="generator" content="TiddlyWiki"><meta name="tiddlywiki-version" content="5.3.3">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="apple-mobile-web-app-capable" content="yes"><meta name="format-detection" content="telephone=no">
<link id="faviconLink" rel="shortcut icon" href="favicon.ico">
<title>${tTitle} — Nettlecombe Orchard Wiki</title>
<style class="tiddlywiki-tiddler-bundle">.tc-tiddler-frame{padding:28px 42px;margin-bottom:28px;border:1px solid #ccc;background:#fff}</style></head>
<body class="tc-body">
<div class="tc-page-container-wrapper"><div class="tc-page-container tc-page-view-classic tc-language-en-GB">
<div class="tc-topbar tc-topbar-right"><span class="tc-tiddler-controls">
<button class="tc-btn-invisible" title="Create a new tiddler">new tiddler</button></span></div>
<section class="tc-story-river" role="main">
<div data-tiddler-title="${tTitle}" data-tags="Events Orchard" class="tc-tiddler-frame tc-tiddler-view-frame tc-tiddler-exists tc-tagged-Events" role="article">
<div class="tc-tiddler-title"><div class="tc-titlebar"><span class="tc-tiddler-controls">
<button class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Fmore-tiddler-actions" title="More actions" aria-label="more"></button>
<button class="tc-btn-invisible" title="Edit this tiddler" aria-label="edit"></button><button class="tc-btn-invisible" title="Close this tiddler"
aria-label="close"></button></span>
<span class="tc-tiddler-title-icon"></span><h2 class="tc-title">${tTitle}</h2></div></div>
<div class="tc-subtitle"><a class="tc-tiddlylink tc-tiddlylink-missing" href="#Wenna">Wenna</a> 14th September 2025 at 7:42pm</div>
<div class="tc-tags-wrapper"><span class="tc-tag-list-item"><span class="tc-tag-label tc-btn-invisible" style="background-color:#ec6;">Events</span></span>
<span class="tc-tag-list-item"><span class="tc-tag-label tc-btn-invisible" style="background-color:#7b5;">Orchard</span></span></div>
<div class="tc-tiddler-body tc-reveal">
${ps(tS0)}
<h2 class="">${tH1}</h2>
<ol>${lis(tList)}</ol>
<h2 class="">${tH2}</h2>
<table><tbody><tr class="evenRow"><th>${(tTable[0] ?? []).join('</th><th>')}</th></tr>
${tTable
  .slice(1)
  .map((r, i) => `<tr class="${i % 2 ? 'evenRow' : 'oddRow'}"><td>${r.join('</td><td>')}</td></tr>`)
  .join('\n')}</tbody></table>
${ps(tS2).replace('PressingLog', '<a class="tc-tiddlylink tc-tiddlylink-resolves" href="#PressingLog">PressingLog</a>')}
</div></div></section>
<div class="tc-sidebar-scrollable" role="region" aria-label="Sidebar"><div class="tc-sidebar-header"><div class="tc-reveal">
<h1 class="tc-site-title">Nettlecombe Orchard Wiki</h1><div class="tc-site-subtitle">a shared notebook for the community orchard</div>
<div class="tc-page-controls"><button class="tc-btn-invisible" title="Save changes">save</button></div>
<div class="tc-search"><input type="search" class="tc-popup-handle" placeholder="Search"></div>
<div class="tc-sidebar-lists tc-sidebar-tabs"><div class="tc-tab-set"><div class="tc-tab-buttons tc-sidebar-tabs-main">
${tSideTabs.map((t, i) => `<button class="${i === 1 ? 'tc-tab-selected' : ''}">${t}</button>`).join('')}</div>
<div class="tc-tab-divider tc-sidebar-tabs-main"></div><div class="tc-tab-content tc-sidebar-tabs-main"><div class="tc-timeline">
<div class="tc-menu-list-item">14th September 2025</div>
${tRecent.map((r) => `<div class="tc-menu-list-subitem"><a class="tc-tiddlylink tc-tiddlylink-resolves" href="#${r}">${r}</a></div>`).join('\n')}
</div></div></div></div></div></div></div></div></div>
<script class="tiddlywiki-tiddler-store" type="application/json">${tStore}</script>
<div id="storeArea" style="display:none;"></div>
<script id="libraryModules" type="text/javascript">$tw.modules.define = function(){};</script>
<script id="bootKernel" type="text/javascript">var $tw = {}; $tw.boot = {};</script></body></html>`;
const tiddly: TestPage = {
  name: 'heldout294-tiddlywiki-saved-wiki',
  kind: 'wiki',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2],
  body: texts([...tS0, ...tList, ...tTable.slice(1).flat(), ...tS2]),
  bylines: ['Wenna', '14th September 2025 at 7:42pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'new tiddler', 'Events', 'Orchard Map', 'Apple Varieties', 'Village Hall Booking', 'Nettlecombe Orchard Wiki',
    'a shared notebook for the community orchard', 'save', 'Open', 'Recent', 'Tools', 'More', '14th September 2025',
  ],
};

export const HELDOUT294_E: readonly TestPage[] = [mataroa, tiddly];
