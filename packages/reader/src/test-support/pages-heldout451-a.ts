import { links, ps, type TestPage, texts } from './page-kit.js';
import { pocket } from './pages-heldout451-a2.js';
import { j, lis } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file a: a regional newspaper's print-friendly view on the BLOX (TownNews) CMS (print header with the
 * logo and a "Print this page" button, byline with the staff title, posted and updated times, a photo with its caption and
 * credit, an inline "Read more" promo, a fact box, tags, the copyright line and the print footer) and, from file a2, a
 * Pocket saved article.
 */
const bTitle = 'County approves $14 million plan to rebuild Fennick Street bridge';
const bP1 = [
  j(
    'ASHGROVE — The Marlow County Board of Supervisors voted 4-1 on Tuesday to replace the Fennick Street bridge, the',
    'ninety-year-old concrete span that has carried traffic over the Tolley River since 1936 and has been closed to trucks since last spring.',
  ),
  j(
    'The $14.2 million project will tear down the existing two-lane bridge and build a wider span with a protected',
    'walking and cycling lane on its downstream side. Construction is expected to start in the summer of 2027 and to take about',
    'eighteen months, during which traffic will be sent over the Route 9 crossing two miles to the north.',
  ),
  j(
    '“We have patched this bridge for twenty years and the patches are now patching each other,” said Supervisor Lena Hartigan, whose',
    'district includes the east bank. “This is the responsible vote, even if the detour is going to be painful for a year and a half.”',
  ),
];
const bH1 = 'What inspectors found';
const bP2 = [
  j(
    'A state inspection in April 2025 rated the bridge’s deck and substructure “poor,” the second-lowest rating, after divers found',
    'exposed reinforcing steel on two of the four river piers. The county lowered the weight limit to 10 tons the same week, which',
    'ended school bus and delivery truck traffic over the span.',
  ),
  j(
    'County engineer Marcus Delvaux told supervisors that repairing the piers alone would cost about $6 million and would buy',
    'perhaps fifteen more years. A full replacement, he said, is designed to last seventy-five.',
  ),
];
const bFacts = [
  'Built: 1936, concrete arch with four river piers',
  'Daily traffic before the weight limit: about 8,400 vehicles',
  'Replacement cost: $14.2 million, of which $9.1 million is a state grant',
  'Expected closure: summer 2027 to winter 2028',
];
const bH2 = 'Businesses worry about the detour';
const bP3 = [
  j(
    'Owners of shops along lower Fennick Street, many of whom spoke at the board’s February hearing, said the closure since the weight',
    'limit has already cost them customers. Rosa Albescu, who runs a hardware store two blocks from the bridge, said her deliveries',
    'now arrive from the north and add forty minutes to each trip.',
  ),
  j(
    'The county plans to keep the bridge open to cars until demolition begins and has promised signs on Route 9 directing drivers to',
    'the east-bank businesses. Supervisor Dale Moorcroft, who cast the only vote against the plan, argued for a phased rebuild that would',
    'keep one lane open, which engineers estimated would add $3 million and a year of work.',
  ),
  j(
    'The board will hold a public meeting on the bridge design, including the width of the cycling lane and the style of the railings,',
    'on April 21 at the Ashgrove library.',
  ),
];
const bPromo = 'Read more: Route 9 crossing to get new signals before bridge detour';
const bCaption = 'The Fennick Street bridge, seen from the west bank of the Tolley River, has been closed to trucks since April 2025.';
const bCredit = 'Jonah Pelletier, Courier file photo';
const bTags = ['Bridges', 'Infrastructure', 'Local Government', 'Transportation'];
const bHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>${bTitle} | Local News | marlowcourier.com</title>
<meta name="robots" content="noindex, follow"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="The Marlow Valley Courier">
<meta name="author" content="Tessa Rourke"><meta name="description" content="The 90-year-old span has been closed to trucks since last spring.">
<link rel="canonical" href="https://www.marlowcourier.example/news/local/county-approves-plan/article_4f2a9c.html">
<link rel="stylesheet" href="https://bloximages.example/marlowcourier.com/shared-content/art/tncms/templates/print.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bTitle}",
"datePublished":"2026-03-10T18:45:00-05:00","dateModified":"2026-03-11T09:12:00-05:00","author":[{"@type":"Person","name":"Tessa Rourke"}],
"publisher":{"@type":"Organization","name":"The Marlow Valley Courier"}}</script>
<script>var TNCMS = TNCMS || {}; TNCMS.Print = {autoPrint: false, assetId: "4f2a9c"};</script></head>
<body class="print-view asset-type-article" data-asset-uuid="4f2a9c10-1a2b-11f1-9c3d-0b1e2f3a4b5c">
<div id="tncms-print-header" class="hidden-print-btn"><div class="print-logo"><img src="/logo-print.png"
alt="The Marlow Valley Courier"></div>
<div class="print-actions"><button class="btn btn-primary" onclick="window.print()">Print this page</button>
<a class="btn btn-default" href="/news/local/county-approves-plan/article_4f2a9c.html">Return to article</a></div></div>
<div id="main-page-container" class="container"><article id="article_4f2a9c" class="asset full" itemscope itemtype="http://schema.org/NewsArticle">
<header class="asset-header"><span class="asset-section"><a href="/news/local/">Local News</a></span>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">${bTitle}</span></h1>
<h2 class="subhead"><span class="tnt-subheadline">Span has been closed to trucks since last spring</span></h2>
<ul class="list-inline asset-byline"><li><span itemprop="author" class="tnt-byline">By <a href="/users/profile/trourke">Tessa Rourke</a>
Staff writer</span></li></ul>
<ul class="list-inline asset-date"><li><time class="tnt-date asset-date text-muted" datetime="2026-03-10T18:45:00-05:00">Mar 10, 2026</time></li>
<li><span class="tnt-date">Updated Mar 11, 2026</span></li></ul></header>
<div class="asset-photo"><figure class="photo layout-horizontal"><img src="/content/tncms/assets/v3/editorial/4/f2/bridge.jpg" alt="">
<figcaption class="caption-container"><div class="caption-text"><p>${bCaption}</p></div>
<div class="tnt-byline photo-credit">${bCredit}</div></figcaption></figure></div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
<div class="subscriber-only">
${ps(bP1)}
<h3>${bH1}</h3>
${ps(bP2)}
<aside class="tnt-asset-type-article inline-asset"><p class="tnt-summary"><strong>${bPromo}</strong></p></aside>
<div class="tncms-block fact-box"><h4>Bridge at a glance</h4><ul>
${lis(bFacts)}
</ul></div>
<h3>${bH2}</h3>
${ps(bP3)}
</div></div>
<div class="asset-tags"><span class="label">Tags</span><ul class="list-inline">${links(bTags, 'tag')}</ul></div>
<div id="tncms-print-copyright"><p>Copyright 2026 The Marlow Valley Courier. All rights reserved. This material may not be published,
broadcast, rewritten or redistributed.</p></div></article></div>
<footer class="print-footer"><p>The Marlow Valley Courier · 212 Canal Street, Ashgrove · (555) 310-4400</p>
<p>Printed from marlowcourier.com</p></footer>
<script>if (TNCMS.Print.autoPrint) { window.print(); }</script></body></html>`;
const blox: TestPage = {
  name: 'heldout451-blox-print-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2],
  body: texts([...bP1, ...bP2, ...bFacts, ...bP3]),
  bylines: ['By Tessa Rourke Staff writer', 'Mar 10, 2026', 'Updated Mar 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Print this page', 'Return to article', 'Local News', bCaption, bCredit, bPromo, 'Tags', ...bTags,
    'Copyright 2026 The Marlow Valley Courier. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    'The Marlow Valley Courier · 212 Canal Street, Ashgrove · (555) 310-4400', 'Printed from marlowcourier.com',
  ],
};

export const HELDOUT451_A: readonly TestPage[] = [blox, pocket];
