import { ps, type TestPage, texts } from './page-kit.js';
import { j, row, trs } from './pages-heldout695-kit.js';

/**
 * Held-out batch 695, file e: a MediaWiki (Vector 2022) article on a dry ski slope in a snowsports wiki, with infobox, contents
 * and categories, and a snowboard size guide on a retailer's Next.js site with a size table.
 */
const mTitle = 'Pendle Vale Ski Slope';
const mLead = j(
  'Pendle Vale Ski Slope is an artificial ski slope on the southern edge of Pendle Vale. Opened in 1972, it is one of the',
  'oldest dry slopes still in use and has a main run of 140 metres served by a button tow.',
);
const mSecs: { h: string; paras: string[] }[] = [
  {
    h: 'History',
    paras: [
      j(
        'The slope was built by the Pendle Vale Ski Club on a spoil heap left by the Vale Colliery. Members laid the first',
        'matting by hand over two summers, and the club ran the slope with volunteers until the borough council took it over in 1986.',
      ),
      j(
        'The original tow was replaced in 1998, and the slope was resurfaced with a finer bristle in 2015. A small nursery',
        'slope and a snowboard park with two kickers and a box were added in 2019.',
      ),
    ],
  },
  {
    h: 'Facilities',
    paras: [
      j(
        'Besides the main slope the site has a nursery area, a ski hire and a café overlooking the lower slope. Floodlights',
        'allow skiing until 10 pm on weekdays. The slope is sprayed with water during busy sessions to reduce friction.',
      ),
    ],
  },
  {
    h: 'Racing',
    paras: [
      j(
        'The slope hosts a round of the Northern Dry Slope Series each spring. The course record for the giant slalom, 21.84',
        'seconds, has stood since 2011.',
      ),
    ],
  },
];
const mInfo = [
  ['Location', 'Pendle Vale'],
  ['Opened', '1972'],
  ['Length', '140 m'],
  ['Surface', 'Bristle matting'],
  ['Lifts', '1 button tow'],
];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - SnowWiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Pendle_Vale_Ski_Slope",
"wgTitle":"Pendle Vale Ski Slope","wgNamespaceNumber":0,"wgAction":"view"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://snowwiki.org/wiki/Pendle_Vale_Ski_Slope"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Pendle_Vale_Ski_Slope rootpage-Pendle_Vale_Ski_Slope skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label>
</div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">SnowWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button" title="Search SnowWiki">
<span>Search</span></a></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount">
<a href="/w/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header>
</div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mSecs
  .map(
    (s, i) => `<li id="toc-${s.h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${s.h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/Pendle_Vale_Ski_Slope">
<span>Page</span></a></li>
<li id="ca-talk"><a href="/wiki/Talk:Pendle_Vale_Ski_Slope"><span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul>
<li id="ca-view" class="selected"><a href="/wiki/Pendle_Vale_Ski_Slope"><span>Read</span></a></li><li id="ca-edit"><a href="/w/index.php?action=edit">
<span>Edit</span></a></li>
<li id="ca-history"><a href="/w/index.php?action=history"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From SnowWiki, the free snowsports encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p><b>${mTitle}</b>${mLead.slice(mTitle.length)}</p>
<meta property="mw:PageProp/toc">
${mSecs
  .map(
    (s) => `<div class="mw-heading mw-heading2"><h2 id="${s.h}">${s.h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?action=edit&amp;section=1" title="Edit section: ${s.h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
${ps(s.paras)}`,
  )
  .join('\n')}
</div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://snowwiki.org/wiki/Pendle_Vale_Ski_Slope">https://snowwiki.org/wiki/Pendle_Vale_Ski_Slope</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Dry_ski_slopes">Dry ski slopes</a></li><li>
<a href="/wiki/Category:Sports_venues_opened_in_1972">Sports venues opened in 1972</a></li></ul>
</div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 October 2026, at 14:22.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License.</li></ul><ul id="footer-places">
<li id="footer-places-privacy"><a href="/wiki/SnowWiki:Privacy_policy">Privacy policy</a></li><li id="footer-places-about">
<a href="/wiki/SnowWiki:About">About SnowWiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/SnowWiki:General_disclaimer">Disclaimers</a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout695-mediawiki-dry-slope',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map((s) => s.h),
  body: [mLead, ...mSecs.flatMap((s) => s.paras)],
  bylines: ['This page was last edited on 3 October 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'SnowWiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', '1', '2', '3', 'Page', 'Discussion',
    'Read', 'View history', 'From SnowWiki, the free snowsports encyclopedia', ...mInfo.map(row).filter((t) => !t.startsWith('Opened')),
    'edit', 'Categories', 'Dry ski slopes', 'Sports venues opened in 1972',
    'Text is available under the Creative Commons Attribution-ShareAlike License.', 'Privacy policy', 'About SnowWiki', 'Disclaimers',
  ],
};

const xTitle = 'Snowboard size guide';
const xDek = 'Find the right board length and width for your weight, boot size and riding style.';
const xH = ['Length by rider weight', 'Width and boot size', 'Adjusting for riding style'];
const xP1 = j(
  'Weight matters more than height when you choose a board, because it decides how much the board flexes under you. Use the',
  'table as a starting point, then adjust for how and where you ride.',
);
const xRows = [
  ['Under 45 kg', '128–138 cm'],
  ['45–55 kg', '138–146 cm'],
  ['55–70 kg', '146–154 cm'],
  ['70–85 kg', '152–158 cm'],
  ['Over 85 kg', '158 cm and up'],
];
const xP2 = [
  j(
    'If your boots hang more than about 1.5 cm over either edge, your toes or heels will drag when you lean into a turn. Riders',
    'with UK size 10.5 boots or larger usually need a wide (W) board, with a waist width of 260 mm or more.',
  ),
];
const xP3 = [
  'Park and dry slope riding: go 2–4 cm shorter for a board that is easier to spin and presses more readily.',
  'All-mountain: stay in the middle of your range.',
  'Powder and freeride: go 2–5 cm longer for more float.',
];
const xNav = ['Snowboards', 'Bindings', 'Boots', 'Outerwear', 'Accessories', 'Sale'];
const xFoot = ['Shipping', 'Returns', 'Size guides', 'Store finder', 'Careers', 'Privacy', 'Cookie settings'];
const xHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" as="font" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/7d1e5c3a0f5b2c1e.css" data-precedence="next"/>
<script src="/_next/static/chunks/webpack-4b1f3c2e9a.js" async=""></script><title>Snowboard Size Guide | Edgefield Boardstore</title>
<meta name="description" content="Find the right board length and width for your weight, boot size and riding style."/>
<link rel="canonical" href="https://www.edgefieldboards.co.uk/guides/snowboard-size-guide"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Guides"}]}</script>
</head><body class="__variable_3a0b9c font-sans antialiased"><div class="flex min-h-screen flex-col">
<div class="bg-black py-2 text-center text-xs text-white"><p>Free UK delivery over £75 · 60-day returns</p></div>
<header class="sticky top-0 z-40 border-b bg-white"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
<a class="text-xl font-black tracking-tight" href="/">EDGEFIELD</a><nav class="hidden gap-6 md:flex" aria-label="Main">
${xNav.map((t) => `<a class="text-sm font-medium hover:underline" href="/c/${t.toLowerCase()}">${t}</a>`).join('')}</nav>
<div class="flex items-center gap-3"><button type="button" aria-label="Search" class="p-2"><svg class="h-5 w-5"></svg></button>
<a href="/account" class="p-2"><span class="sr-only">Account</span></a><a href="/basket" class="relative p-2"><span class="sr-only">Basket</span>
<span class="absolute -right-1 -top-1 rounded-full bg-orange-500 px-1 text-[10px] text-white">0</span></a></div></div></header>
<main class="flex-1"><nav aria-label="Breadcrumb" class="mx-auto max-w-3xl px-4 pt-6 text-xs text-neutral-500"><ol class="flex gap-2">
<li><a href="/">Home</a></li><li aria-hidden="true">/</li><li><a href="/guides">Guides</a></li></ol></nav>
<article class="prose prose-neutral mx-auto max-w-3xl px-4 pb-16"><h1>${xTitle}</h1><p class="lead">${xDek}</p>
<h2>${xH[0]}</h2><p>${xP1}</p><div class="not-prose overflow-x-auto"><table class="w-full text-sm"><thead><tr><th class="text-left">Rider weight</th>
<th class="text-left">Board length</th></tr></thead><tbody>${trs(xRows, ' class="border-t py-2"')}</tbody></table></div>
<h2>${xH[1]}</h2>${ps(xP2)}<h2>${xH[2]}</h2><ul>${xP3.map((t) => `<li>${t}</li>`).join('')}</ul>
<div class="not-prose mt-10 rounded-xl bg-neutral-100 p-6"><p class="font-semibold">Still not sure?</p><p class="text-sm">Chat to a rider in our shop team.</p>
<a class="mt-3 inline-block rounded-full bg-black px-5 py-2 text-sm text-white" href="/contact">Start a chat</a></div></article>
<section class="mx-auto max-w-7xl px-4 pb-16"><h2 class="mb-4 text-lg font-bold">Shop boards</h2><div class="grid grid-cols-2 gap-4 md:grid-cols-4">
<a href="/p/northline-twin-152" class="group"><p class="mt-2 text-sm">Northline Twin 152</p><p class="text-sm font-semibold">£349.00</p></a>
<a href="/p/kestrel-park-148" class="group"><p class="mt-2 text-sm">Kestrel Park 148</p><p class="text-sm font-semibold">£279.00</p></a></div></section></main>
<footer class="border-t bg-neutral-50"><div class="mx-auto grid max-w-7xl gap-8 px-4 py-10 md:grid-cols-3"><ul class="space-y-2 text-sm">
${xFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`).join('')}</ul>
<p class="text-xs text-neutral-500">© 2026 Edgefield Boardstore Ltd. Company no. 09817342.</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"snowboard-size-guide"}},"page":"/guides/[slug]","buildId":"q8Xf1t2"}</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout695-nextjs-snowboard-size-guide',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: texts([xDek, xP1, ...xRows.map(row), ...xP2, ...xP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free UK delivery over £75 · 60-day returns', 'EDGEFIELD', 'Snowboards', 'Bindings', 'Outerwear', 'Accessories', 'Sale', 'Account', 'Basket',
    '0', 'Home', 'Guides', 'Still not sure?', 'Chat to a rider in our shop team.', 'Start a chat', 'Shop boards', 'Northline Twin 152', '£349.00',
    'Kestrel Park 148', '£279.00', ...xFoot.filter((t) => t !== 'Size guides'), '© 2026 Edgefield Boardstore Ltd. Company no. 09817342.',
  ],
};

export const HELDOUT695_E: readonly TestPage[] = [mediawiki, nextjs];
