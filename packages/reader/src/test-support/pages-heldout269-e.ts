import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout269-kit.js';

/**
 * Held-out batch 269, file e: a Google Translate proxy page (*.translate.goog) of a German regional news article in English
 * (the translate toolbar, every sentence in the two nested font wrappers, the site's menu, byline and "Lesen Sie auch" promo
 * translated, the footer) and a browser "Save as" of a Notion public page (notion-app markup: topbar breadcrumbs and buttons,
 * page properties, text, header, bulleted-list, callout and table blocks, and the "Get Notion free" banner).
 */
const fw = (s: string): string => `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${s}</font></font>`;
const fp = (sentences: readonly string[]): string => `<p>${sentences.map(fw).join(' ')}</p>`;
const gTitle = 'Rhine ferry at Wendlingen will run all year from April';
const gParas = [
  [
    'The car ferry between Wendlingen and Hausach-Ost will no longer stop for the winter from April.',
    'The district council decided this on Tuesday evening with a large majority.',
  ],
  [
    'Until now, the ferry has only operated from Easter until the end of October.',
    'In the winter months, commuters had to take a detour of around 30 kilometres via the bridge at Lenzburg.',
  ],
  [
    'The operator, the Wendlinger Fährgenossenschaft, had long called for year-round operation.',
    'A new ferryman and a second trained helmsman now make this possible, said chairwoman Gudrun Aschenbrenner.',
  ],
  [
    'The additional costs of around 85,000 euros a year will be shared by the district and the two municipalities.',
    'Fares will remain unchanged for the time being: a car crossing costs four euros, cyclists pay one euro.',
  ],
  [
    'In fog or high water, the ferry will continue to stay at the bank.',
    "Current information on operation will in future be published on the cooperative's website every morning at six o'clock.",
  ],
];
const gH = 'Costs shared between district and municipalities';
const gNav = ['Region', 'Politics', 'Economy', 'Sports', 'Culture'];
const gHtml = `<!DOCTYPE html><html lang="de" class="translated-ltr"><head><meta charset="utf-8">
<title>${gTitle}</title><meta name="description" content="Die Autofähre zwischen Wendlingen und Hausach-Ost fährt ab April ganzjährig.">
<link rel="canonical" href="https://www.rheintal-bote.de/region/wendlingen-faehre-ganzjaehrig">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rheinfähre bei Wendlingen fährt ab April ganzjährig",
"author":{"@type":"Person","name":"Matthias Oberle"},"datePublished":"2026-02-18T06:30:00+01:00"}</script>
<script src="https://www.gstatic.com/_/translate_http/_/js/k=translate_http.tr.en_GB.x/am=AAE/d=1/rs=AN8SPfq/m=corsproxy" data-sw-tr="true"></script>
<link type="text/css" rel="stylesheet" charset="UTF-8" href="https://www.gstatic.com/_/translate_http/_/ss/k=translate_http.tr.css"></head>
<body><div id="gt-nvframe" class="notranslate" style="height:56px;position:fixed;top:0;width:100%;z-index:2147483647">
<div class="gt-nvframe-bar"><span class="gt-logo">Google Translate</span>
<span class="gt-lang">Original language: <b>German</b></span> <span class="gt-lang">Translated to: <b>English</b></span>
<a class="gt-show-original" href="https://www.rheintal-bote.de/region/wendlingen-faehre-ganzjaehrig">Show original</a>
<button class="gt-options">More options</button></div></div>
<div class="page" style="margin-top:56px"><header class="site-header"><a class="logo" href="/">${fw('Rheintal-Bote')}</a>
<nav class="main-nav"><ul>${gNav.map((t) => `<li><a href="/x">${fw(t)}</a></li>`).join('\n')}</ul></nav>
<a class="abo-button" href="/abo">${fw('Subscribe now')}</a></header>
<main><article class="article"><p class="article-kicker">${fw('Wendlingen')}</p>
<h1 class="article-title">${fw(gTitle)}</h1>
<div class="article-meta"><span class="author">${fw('By Matthias Oberle')}</span>
<time datetime="2026-02-18T06:30:00+01:00">${fw('February 18, 2026, 6:30 a.m.')}</time></div>
<div class="article-text">
${gParas.slice(0, 3).map(fp).join('\n')}
<div class="read-also"><span class="read-also-label">${fw('Also read:')}</span>
 <a href="/region/bruecke-lenzburg">${fw('Lenzburg bridge closed for repairs in May')}</a></div>
<h2>${fw(gH)}</h2>
${gParas.slice(3).map(fp).join('\n')}
</div></article></main>
<footer class="site-footer"><p>${fw('© Rheintal-Bote Verlag GmbH 2026')}</p>
<ul>${['Imprint', 'Data protection', 'Contact'].map((t) => `<li>${fw(t)}</li>`).join('')}</ul>
</footer></div></body></html>`;
const googleTranslate: TestPage = {
  name: 'heldout269-google-translate-proxy-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gH],
  body: texts(gParas.map((s) => s.join(' '))),
  bylines: ['By Matthias Oberle', 'February 18, 2026, 6:30 a.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Google Translate', 'Original language: German', 'Translated to: English', 'Show original', 'More options', 'Rheintal-Bote', ...gNav,
    'Subscribe now', 'Also read:', 'Lenzburg bridge closed for repairs in May', '© Rheintal-Bote Verlag GmbH 2026', 'Imprint', 'Data protection', 'Contact',
  ],
};

const nTitle = 'Support rota: how on-call works';
const nH = ['Who is on call', 'Handing over', 'Escalation times'];
const nText = [
  j(
    'This page describes how the customer support rota runs at Brindle Labs. It is the page to read before your first on-call week,',
    'and the page to check when you are unsure who should pick up a ticket.',
  ),
  j(
    'Each week two people are on call: a primary, who answers new urgent tickets, and a secondary, who takes over if the primary',
    'has not acknowledged a ticket within fifteen minutes. The rota is set four weeks ahead.',
  ),
  j(
    'Swaps are fine, but both people must agree in the rota channel and update the calendar themselves. The support lead does not',
    "arrange swaps on anyone's behalf.",
  ),
];
const nList = [
  'Write a short note of every ticket still open, with what has been tried.',
  'Mention any customer who was promised a follow-up, and when.',
  'Hand over on Monday at 10:00, on a call rather than in writing only.',
];
const nCallout = 'If you are ever unsure whether something is urgent, treat it as urgent. Nobody has been told off for escalating too early.';
const nTable = ['Urgent', '15 minutes', 'High', '2 hours', 'Normal', 'Next working day'];
const blk = (cls: string, inner: string, id: number): string => `<div data-block-id="3b1e${id}-7a2c-4f55" class="notion-selectable ${cls}"
style="width:100%;max-width:708px;margin-top:2px;margin-bottom:1px"><div style="display:flex"><div spellcheck="true" class="notranslate"
data-content-editable-leaf="true" contenteditable="false" style="max-width:100%;white-space:pre-wrap;word-break:break-word;padding:3px 2px">${inner}</div>
</div></div>`;
const hd = (text: string, id: number): string => `<div data-block-id="9c4d${id}-1e0b" class="notion-selectable notion-sub_header-block"
style="width:100%;max-width:708px;margin-top:1.4em"><div style="display:flex"><h3 spellcheck="true" class="notranslate" contenteditable="false"
style="font-size:1.5em;margin:0">${text}</h3></div></div>`;
const nHtml = `<!DOCTYPE html><html lang="en" class="notion-html"><head><meta charset="utf-8">
<title>${nTitle}</title>
<meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta property="og:site_name" content="Brindle Labs on Notion"><meta name="description" content="Built with Notion, the all-in-one connected workspace.">
<link rel="stylesheet" href="./Support rota_files/app-2f1b9c.css"><script src="./Support rota_files/vendor-8e2c1.js"></script>
<script>window.CONFIG={"env":"production","isAdminMode":false};</script></head>
<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color:rgb(55,53,47)">
<div class="notion-cursor-listener"><div class="notion-frame"><div class="notion-topbar" style="height:45px"><div class="notranslate shadow-cursor-breadcrumb">
<a href="/Brindle-Labs-Handbook-11f2"><div class="notranslate">Brindle Labs Handbook</div></a><span class="notion-breadcrumb-separator">/</span>
<a href="/Customer-support-2c81"><div class="notranslate">Customer support</div></a><span class="notion-breadcrumb-separator">/</span>
<a href="#"><div class="notranslate">Support rota</div></a></div>
<div class="notion-topbar-share-menu"><div role="button">Search</div><div role="button">Duplicate</div><div role="button">Get Notion free</div></div></div>
<div class="notion-scroller vertical"><div class="notion-page-controls"></div>
<div class="notion-page-block"><h1 spellcheck="true" class="notranslate" contenteditable="false" placeholder="Untitled">${nTitle}</h1></div>
<div class="notion-collection_view-block notion-page-properties"><div class="notion-property"><span class="notion-property-name">Owner</span>
<span class="notion-property-value">Esme Tarrant</span></div><div class="notion-property"><span class="notion-property-name">Last edited</span>
<span class="notion-property-value">March 2, 2026 4:15 PM</span></div><div class="notion-property"><span class="notion-property-name">Team</span>
<span class="notion-property-value">Customer support</span></div></div>
<div class="notion-page-content" style="flex-shrink:0;display:flex;flex-direction:column;padding-bottom:30vh">
${blk('notion-text-block', nText[0] ?? '', 1)}
${hd(nH[0] ?? '', 1)}
${nText
  .slice(1)
  .map((t, i) => blk('notion-text-block', t, i + 2))
  .join('\n')}
${hd(nH[1] ?? '', 2)}
${nList.map((t, i) => blk('notion-bulleted_list-block', t, i + 10)).join('\n')}
${blk('notion-callout-block', nCallout, 20)}
${hd(nH[2] ?? '', 3)}
<div class="notion-selectable notion-table-block"><table><tbody><tr><td><div class="notranslate">Priority</div></td> <td><div class="notranslate">First reply
within</div></td></tr>
<tr><td><div class="notranslate">${nTable[0]}</div></td> <td><div class="notranslate">${nTable[1]}</div></td></tr>
<tr><td><div class="notranslate">${nTable[2]}</div></td> <td><div class="notranslate">${nTable[3]}</div></td></tr>
<tr><td><div class="notranslate">${nTable[4]}</div></td> <td><div class="notranslate">${nTable[5]}</div></td></tr></tbody></table></div>
</div></div></div></div>
<div class="notion-overlay-container"><div class="notion-public-page-banner" role="dialog"><span>Made with Notion, the connected workspace.</span>
<a href="/signup">Try Notion</a></div></div></div></div>
<script>window.__notionHydrate && window.__notionHydrate();</script></body></html>`;
const notion: TestPage = {
  name: 'heldout269-notion-public-page-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...nText, ...nList, nCallout, ...nTable]),
  bylines: ['Esme Tarrant', 'March 2, 2026 4:15 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brindle Labs Handbook', 'Customer support', 'Support rota', 'Search', 'Duplicate', 'Get Notion free', 'Owner', 'Last edited', 'Team',
    'Made with Notion, the connected workspace.', 'Try Notion',
  ],
};

export const HELDOUT269_E: readonly TestPage[] = [googleTranslate, notion];
