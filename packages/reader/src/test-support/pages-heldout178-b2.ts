import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 178, file b2: an ANSA English story on ansa.it/english (the edition bar, the header with the section menu,
 * the breadcrumb, the h1 and its h2 subtitle, the date and "Redazione ANSA" line, the share bar, the photo with its caption
 * and "© ANSA" credit, the "(ANSA) - CITY, DATE -" dateline inside the first paragraph, the "ALL RIGHTS RESERVED" and
 * "Click to reproduce" lines after the text, the "Related articles" and "Most read" rails, ad labels, the consent layer
 * and the footer).
 */
const anTitle = 'Tuscan hill town offers empty houses to families who open a shop';
const anSub = ['Valmorra scheme pairs 1-euro homes with grants for bakers, tailors and repairers'];
const anP = [
  '(ANSA) - ROME, NOV 3 - The small Tuscan hill town of Valmorra is offering empty houses for a symbolic one euro to families ' +
    'who agree to live there and open a shop or workshop in its historic centre, the mayor said on Monday.',
  'Unlike earlier schemes in other Italian towns, which sold abandoned properties to buyers from around the world, Valmorra ' +
    'will give priority to people who commit to running a business that the town of 1,300 residents currently lacks.',
  '&quot;We do not need more holiday homes that stay closed for ten months a year,&quot; Mayor Lucia Ferraresi told ANSA. ' +
    '&quot;We need a baker, a tailor, someone who can repair a bicycle or a washing machine. We need life in the streets in ' +
    'February, not only in August.&quot;',
  'The town council has identified 23 houses in the medieval centre whose owners have agreed to transfer them to the ' +
    'municipality. Most need significant work, and buyers must present a renovation plan within a year and finish the ' +
    'work within three.',
  'Those who open a business will receive a grant of up to 25,000 euros, funded by the Tuscany region and a local ' +
    'foundation, and will pay no municipal taxes on their shop for the first five years.',
  'Valmorra has lost almost half of its population since 1971, and its last grocery store closed in 2019. Residents now ' +
    'drive 14 kilometres to the nearest supermarket, and the primary school has just 31 pupils.',
  'Ferraresi said the town had already received more than 400 enquiries since the plan was first mentioned in the local ' +
    'press last month, about a third of them from abroad.',
  '&quot;The applications will be judged on the business plan, not on who arrives first,&quot; she said, adding that a small ' +
    'committee including two shopkeepers from nearby towns would review the proposals.',
  'The deadline for applications is January 31, and the first houses are expected to be assigned in the spring. (ANSA).',
];
const anEditions = ['Italiano', 'English', 'Brasil', 'Nuova Europa', 'Latina', 'Mediterranean'];
const anNav = ['News', 'Politics', 'Business', 'Culture', 'Sport', 'Food & Wine', 'Travel', 'Photos', 'Videos', 'ANSA ViaggiArt'];
const anCaption = 'A view of the historic centre of Valmorra, in the Tuscan hills';
const anRelated = [
  'Sardinian village sells out of 1-euro homes in two weeks',
  'Italy\u2019s population falls for 11th year in a row - ISTAT',
  'Molise launches grants for young farmers in mountain areas',
];
const anMost = ['Pope to visit Naples in spring', 'Venice entry fee to be extended to 60 days', 'Juventus beat Roma 2-1 in Turin'];
const anConsent = [
  'We and our partners use cookies and similar technologies on this site to store and access information on your device, to ' +
    'measure the audience and to show personalised advertising.',
  'Accept and continue',
  'Reject',
  'Learn more and customize',
];
const anFoot = ['Company', 'Contacts', 'Legal notes', 'Privacy', 'Cookie policy', 'Subscribe to ANSA newsletters'];
const anLegal = 'ANSA Società Cooperativa - P.IVA IT00876481003 - © Copyright ANSA - All rights reserved';
const anHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Tuscan hill town offers empty houses to families who open a shop - English - ANSA.it</title>
<meta name="description" content="${anSub[0]} (ANSA)"><meta property="og:title" content="${anTitle} - English">
<meta property="og:site_name" content="Agenzia ANSA">
<meta property="og:type" content="article"><meta name="section" content="English"><meta name="pubdate" content="20251103162200">
<link rel="canonical" href="https://www.ansa.it/english/news/2025/11/03/tuscan-hill-town-offers-empty-houses_7c2d4e1a.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${anTitle}","description":"${anSub[0]}",
"datePublished":"2025-11-03T16:22:00+01:00","author":{"@type":"Organization","name":"Redazione ANSA"},"publisher":{"@type":"Organization",
"name":"Agenzia ANSA"}}</script>
<link rel="stylesheet" href="/sito/static/css/ansa-site.min.css"><script src="/sito/static/js/cmp/ansa-cmp.js"></script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="page-article english">
<div class="ansa-cmp" id="ansa-cmp" role="dialog" aria-modal="true"><div class="cmp-body"><p>${anConsent[0]}</p>
<div class="cmp-buttons"><button class="btn cmp-accept">${anConsent[1]}</button><button class="btn cmp-reject">${anConsent[2]}</button>
<button class="btn cmp-more">${anConsent[3]}</button></div></div></div>
<div class="adv-skin" id="adv-Position1"></div>
<div class="header-editions"><div class="container"><ul class="editions">${links(anEditions)}</ul></div></div>
<header class="header"><div class="container"><a class="header-logo" href="/english/"><img src="/sito/static/img/logo-ansa-english.svg" alt="ANSA English"></a>
<nav class="header-menu" aria-label="Main menu"><ul class="menu">${links(anNav, 'menu-item')}</ul></nav>
<button class="header-search" aria-label="Search"></button></div></header>
<main class="main"><div class="container"><div class="row"><div class="col-md-8">
<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/english/">English</a></li><li><a href="/english/news/">News</a></li></ol></nav>
<article class="news"><header class="news-header"><h1 class="news-title">${anTitle}</h1><h2 class="news-stit">${anSub[0]}</h2>
<div class="news-info"><time class="news-date" datetime="2025-11-03T16:22:00">03 November 2025, 16:22</time>
<span class="news-author">Redazione ANSA</span> <span class="news-place">ROME</span></div></header>
<div class="news-share"><span class="label">Share</span><a class="share-fb" href="#" aria-label="Facebook"></a><a class="share-x" href="#" aria-label="X"></a>
<a class="share-wa" href="#" aria-label="WhatsApp"></a><a class="share-mail" href="#" aria-label="Email"></a></div>
<figure class="news-img"><img src="https://www.ansa.it/webimages/news_base/2025/11/3/valmorra.jpg" alt="${anCaption}">
<figcaption><span class="caption">${anCaption}</span> <span class="credits">- © ANSA</span></figcaption></figure>
<div class="post-single-text rich-text news-txt">
${ps(anP)}
</div>
<div class="news-copyright"><p>ALL RIGHTS RESERVED © Copyright ANSA</p><a class="reproduce" href="/sito/static/riproduzione.html">Click to reproduce</a></div>
</article>
<section class="related"><h3 class="section-title">Related articles</h3><ul>${links(anRelated)}</ul></section></div>
<aside class="col-md-4"><div class="adv-box"><span class="adv-label">Advertising</span><div id="adv-Middle1"></div></div>
<section class="most-read"><h3 class="section-title">Most read</h3><ol>${links(anMost)}</ol></section></aside></div></div></main>
<footer class="footer"><div class="container"><ul class="footer-links">${links(anFoot)}</ul><p class="legal">${anLegal}</p></div></footer>
<script src="/sito/static/js/ansa-site.min.js"></script></body></html>`;
export const ansaNews: TestPage = {
  html: anHtml,
  name: 'heldout178-ansa-news',
  kind: 'news',
  // the h2 subtitle is body; the "(ANSA) - ROME, NOV 3 -" dateline opens the first paragraph and "(ANSA)." ends the last (body)
  title: anTitle,
  headings: [],
  body: texts([...anSub, ...anP]),
  bylines: ['03 November 2025, 16:22', 'Redazione ANSA', 'ROME'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...anConsent, ...anEditions, ...anNav, 'English', anCaption, '- © ANSA', 'Share', 'ALL RIGHTS RESERVED © Copyright ANSA', 'Click to reproduce',
    'Related articles', ...anRelated, 'Advertising', 'Most read', ...anMost, ...anFoot, anLegal,
  ],
};
