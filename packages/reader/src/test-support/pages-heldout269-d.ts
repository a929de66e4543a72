import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout269-kit.js';

/**
 * Held-out batch 269, file d: an Omnivore-style read page (a Next.js app with stitches class names: the library header,
 * the reader's left controls, the article header with the original-site link and labels, .article-inner-css around the
 * readability page, the notebook side panel and "Edit info") of a blog post, and a print-to-HTML "print view" of a magazine
 * article (?print=1: the print header with logo and print/close buttons, the article with its deck, byline and date, a
 * table, and the URL and copyright footer).
 */
const oTitle = 'What a year of commuting by canal taught me';
const oH = ['The route', 'What surprised me', 'Would I recommend it?'];
const oS0 = [
  j(
    'Last March I swapped the train for a folding bike and the canal towpath. The ride from Abbots Wharf to the office is nine miles',
    'each way, almost all of it flat, and I promised myself I would give it a full year before deciding whether it was a good idea.',
  ),
];
const oS1 = [
  j(
    'The towpath follows the Ashby Cut for most of the way, passing eleven locks and one long tunnel where cyclists are asked to',
    'walk. In summer it takes fifty minutes. In January, with mud and headwinds, it took nearer seventy.',
  ),
];
const oList = [
  'The herons. There is one at lock seven that I now think of as a colleague.',
  'How much the boaters know. I learned more about weather from them than from any app.',
  'How little I missed the train, even on the wet days, once I owned proper overtrousers.',
];
const oS2 = [
  j(
    'I did not expect to enjoy the winter, and in fact the dark mornings were the best part. The towpath is almost empty before',
    'seven, and the mist sits on the water like something out of an old film.',
  ),
  j(
    'For anyone with a flat route and somewhere to change at work, yes. For anyone who needs to arrive looking smart without a',
    'shower, probably not. I am keeping the bike and letting my season ticket lapse.',
  ),
];
const oLabels = ['Cycling', 'Personal'];
const oHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${oTitle} - Omnivore</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="next-head-count" content="3">
<style id="stitches">.c-PJLV{}.c-dhzjXW{display:flex}.c-kNvItw{max-width:720px}</style>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/[username]/[slug]","buildId":"b-21f8c"}</script></head>
<body><div id="__next"><div class="c-PJLV c-dhzjXW"><header class="c-PJLV c-dhzjXW library-header">
<a href="/home" class="c-PJLV">Home</a><nav class="c-PJLV"><ul>${links(['Library', 'Highlights', 'Subscriptions'], 'c-PJLV')}</ul></nav>
<button class="c-PJLV" title="Search">Search</button></header>
<div class="c-PJLV c-dhzjXW reader-layout"><div class="c-PJLV reader-controls" aria-label="Reader controls">
<button title="Archive (e)">Archive</button><button title="Set labels (l)">Labels</button><button title="Open notebook (t)">Notebook</button>
<button title="Edit info (i)">Edit info</button><button title="Delete (#)">Remove</button></div>
<div class="c-PJLV c-kNvItw" id="article-container"><div class="c-PJLV article-header">
<a href="https://bankside.blog/canal-commuting-year" class="c-PJLV original-link" target="_blank">bankside.blog</a>
<span class="c-PJLV">·</span><span class="c-PJLV reading-time">6 min read</span>
<h1 class="c-PJLV">${oTitle}</h1>
<span class="c-PJLV author">Joss Wetherell</span> <span class="c-PJLV date">February 21, 2026</span>
<div class="c-PJLV labels">${oLabels.map((l) => `<span class="c-PJLV label-chip">${l}</span>`).join('')}</div></div>
<div class="article-inner-css" data-testid="article-inner"><div id="readability-content"><div class="page" id="readability-page-1">
${ps(oS0)}
<h2>${oH[0]}</h2>
${ps(oS1)}
<h2>${oH[1]}</h2>
<ul>${lis(oList)}</ul>
${ps(oS2.slice(0, 1))}
<h2>${oH[2]}</h2>
${ps(oS2.slice(1))}
</div></div></div>
<div class="c-PJLV article-footer"><button class="c-PJLV">Archive this item</button></div></div>
<aside class="c-PJLV notebook-panel" aria-label="Notebook"><h3 class="c-PJLV">Notebook</h3>
<p class="c-PJLV empty">Add notes to this document...</p><h4 class="c-PJLV">Highlights</h4>
<p class="c-PJLV empty">You have not added any highlights to this document.</p></aside></div></div></div>
<script src="/_next/static/chunks/pages/_app-5c1a.js" defer></script></body></html>`;
const omnivore: TestPage = {
  name: 'heldout269-omnivore-read-blog',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([...oS0, ...oS1, ...oList, ...oS2]),
  bylines: ['Joss Wetherell', 'February 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Library', 'Highlights', 'Subscriptions', 'Search', 'Archive', 'Labels', 'Notebook', 'Edit info', 'Remove', 'bankside.blog',
    '6 min read', ...oLabels, 'Archive this item', 'Add notes to this document...', 'You have not added any highlights to this document.',
  ],
};

const mTitle = 'The last hand-cut glass works in the Velm Hills';
const mDeck = 'At Strannock, six cutters keep a craft alive that the rest of the valley gave up a generation ago';
const mH = ['A workshop out of time', 'Who buys it', 'What comes next'];
const mS1 = [
  j(
    'The glass works at Strannock stands at the end of a lane too narrow for a delivery van, which is why its sand, potash and lead',
    'still arrive on a flatbed trailer behind a farm tractor. Inside, the furnace has burned without a break since 1987.',
  ),
  j(
    'Six cutters work at wheels along the north wall, where the light is steadiest. Each piece passes through three of them: one to',
    'mark the pattern, one to make the deep mitre cuts, and one to polish the cuts with a cork wheel and pumice.',
  ),
];
const mS2 = [
  j(
    "Most of what Strannock makes goes abroad. A decanter with the works' own Thistle pattern takes two days to cut and sells for",
    "more than a month's wages of the cutter who made it, a fact the cutters mention without much bitterness.",
  ),
];
const mTable = ['Thistle decanter', '2 days', 'Lantern tumbler', '5 hours', 'Rose bowl', '3 days'];
const mS3 = [
  j(
    'The youngest cutter, Aoife Brenning, is 31 and joined as an apprentice at sixteen. She is training two more, the first',
    'apprentices the works has taken on in a decade, and hopes to add a third if orders from the spring fairs hold up.',
  ),
  j('"People think it is a dying trade," she says. "It is a small trade. That is different. Small things can last a long time if', 'you look after them."'),
];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${mTitle} | Hearth &amp; Field Magazine</title>
<meta name="robots" content="noindex, follow"><link rel="canonical" href="https://www.hearthandfield.com/features/strannock-glass-works">
<link rel="stylesheet" href="/assets/print.css" media="all">
<script>window.onload=function(){if(location.search.indexOf("autoprint")>-1)window.print();};</script>
</head><body class="print-view" onload=""><div id="print-header" class="print-header">
<img src="/assets/logo-print.png" alt="Hearth &amp; Field" class="print-logo" width="180">
<div class="print-actions no-print"><a href="javascript:window.print()" class="print-button">Print this page</a>
<a href="javascript:window.close()" class="close-button">Close window</a></div></div>
<div id="print-body" class="print-body"><p class="print-section">Features</p>
<h1 class="print-title">${mTitle}</h1><p class="print-deck">${mDeck}</p>
<p class="print-byline">Words by <span class="author">Ruairi Calloway</span> · Photographs by <span class="photographer">Tessa Vantyne</span></p>
<p class="print-date">Published in the April 2026 issue</p>
<h2>${mH[0]}</h2>
${ps(mS1)}
<h2>${mH[1]}</h2>
${ps(mS2)}
<table class="print-table"><caption>Cutting time by piece</caption><thead><tr><th>Piece</th><th>Time to cut</th></tr></thead><tbody>
<tr><td>${mTable[0]}</td> <td>${mTable[1]}</td></tr>
<tr><td>${mTable[2]}</td> <td>${mTable[3]}</td></tr>
<tr><td>${mTable[4]}</td> <td>${mTable[5]}</td></tr></tbody></table>
<h2>${mH[2]}</h2>
${ps(mS3)}
</div>
<div id="print-footer" class="print-footer"><p class="print-url">Article URL: https://www.hearthandfield.com/features/strannock-glass-works</p>
<p class="print-copyright">© 2026 Hearth &amp; Field Publishing Ltd. All rights reserved. This copy is for personal, non-commercial use only.</p>
</div></body></html>`;
const printView: TestPage = {
  name: 'heldout269-print-view-magazine-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mDeck, ...mS1, ...mS2, 'Cutting time by piece', ...mTable, ...mS3]),
  bylines: ['Ruairi Calloway', 'Tessa Vantyne', 'Published in the April 2026 issue'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Print this page', 'Close window', 'Features', 'Article URL: https://www.hearthandfield.com/features/strannock-glass-works',
    '© 2026 Hearth & Field Publishing Ltd. All rights reserved. This copy is for personal, non-commercial use only.',
  ],
};

export const HELDOUT269_D: readonly TestPage[] = [omnivore, printView];
