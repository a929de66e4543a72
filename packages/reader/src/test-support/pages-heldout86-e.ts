import { links, type TestPage, texts } from './page-kit.js';
import { healthTopic } from './pages-heldout86-e2.js';

/**
 * Held-out batch 86, file e: an encyclopedia topic page on a Britannica-like site (the leaderboard ad, the header with
 * category nav, "Subscribe", "Login" and "Ask the Chatbot", the table of contents rail, the topic header with identifier,
 * "Also known as", Print / Cite / Share / Feedback, "Written by" and "Fact-checked by" with hidden author bios and
 * "Last Updated • Article History", the lead figure with caption and credit, the "Related Topics" box, in-content ad slots,
 * a quiz promo between paragraphs, the premium subscription box, the "most recently revised" line, "More from" cards
 * and the footer) and, from file e2, a health-topic page of MedlinePlus shape.
 */
const brTitle = 'salt marsh';
const brIntro = [
  '<strong>salt marsh</strong>, coastal wetland that is flooded and drained by salt water brought in by the tides. Salt marshes ' +
    'form in sheltered places—behind barrier islands and spits, along <a href="/science/estuary">estuaries</a>, and at the heads ' +
    'of bays—where waves are weak enough for fine sediment to settle. They occur on low-lying coasts in most parts of the world ' +
    'outside the tropics, where mangrove forests take their place.',
  'Although they cover a small fraction of the land surface, salt marshes are among the most productive ecosystems on Earth. ' +
    'They shelter young fish and shellfish, feed migrating birds, filter nutrients from river water, and store large amounts of ' +
    'carbon in their waterlogged soils.',
];
const brH = ['Formation', 'Vegetation zones', 'Animal life', 'Human use and conservation'];
const brForm = [
  'A salt marsh begins when mud and silt carried by rivers and tides settle on a sheltered tidal flat. Once the flat is high ' +
    'enough to be exposed for several hours at each low tide, seeds and fragments of salt-tolerant grasses can take root. The ' +
    'plants slow the water, which then drops more sediment, and the surface gradually builds upward.',
  'The marsh surface rises roughly in step with sea level as long as enough sediment arrives. Where the supply is low or the ' +
    'sea rises quickly, the marsh may drown and turn back into open mudflat. Dense networks of creeks drain the marsh at each ' +
    'ebb tide and carry water back onto it on the flood.',
];
const brVeg = [
  'Plants on a salt marsh grow in bands that follow the height of the ground, because each species tolerates a different ' + 'amount of flooding and salt.',
  'The lowest zone, flooded twice a day, is usually dominated by cordgrasses (<em>Spartina</em>) or glassworts ' +
    '(<em>Salicornia</em>). Higher up, where the tides reach only a few times a month, grow shorter grasses, rushes, and ' +
    'flowering herbs such as sea lavender and sea aster. At its landward edge the marsh grades into freshwater wetland, scrub, or dunes.',
  'Salt pans—shallow depressions where seawater collects and evaporates—are common on the upper marsh. Their soils can be ' +
    'saltier than the sea itself, and few plants grow in them.',
];
const brAnimals = [
  'Snails, crabs, and mussels live among the stems and on the mud, feeding on plant debris and on the film of algae that coats ' +
    'the surface at low tide. These animals are food for fish that enter the marsh on the rising tide and for wading birds that ' +
    'forage when it falls.',
  'Many commercially important fish and shrimp spend part of their early life in marsh creeks, where the shallow water ' +
    'protects them from larger predators. In winter, marshes in temperate regions hold large flocks of geese and ducks.',
];
const brHuman = [
  'For centuries people have grazed livestock on salt marshes, cut their grasses for hay, and enclosed them behind sea walls ' +
    'to make farmland. In the 20th century large areas were also filled for ports, housing, and waste disposal. By some ' +
    'estimates, half of the salt marsh that once existed has been lost.',
  'Coastal managers now value marshes as natural defenses that absorb wave energy and reduce flooding. In several countries ' +
    'sea walls have been deliberately breached to let the tide back onto former farmland, a practice known as managed ' +
    'realignment, and new marsh has formed there within a few years.',
];
const brNav = ['Games & Quizzes', 'History & Society', 'Science & Tech', 'Biographies', 'Animals & Nature', 'Geography & Travel'];
const brNav2 = ['Arts & Culture', 'Money', 'Videos'];
const brToc = ['Introduction', 'References & Edit History', 'Quick Facts & Related Topics'];
const brMedia = ['Images', 'Quizzes', 'Related Questions'];
const brBios = [
  'Jessamy Holt is a coastal ecologist and the author of Between the Tides, a natural history of estuaries.',
  'Meridian’s editors oversee subject areas in which they have extensive knowledge, whether from years of experience or ' + 'advanced study.',
];
const brFigure = ['Salt marsh at low tide, with creeks draining into an estuary', '© Tomas Lindgren/Meridian Images'];
const brRelated = ['wetland', 'estuary', 'mangrove', 'cordgrass', 'tidal flat'];
const brQuiz = ['Meridian Quiz', 'Wetlands and Coasts Quiz'];
const brPremium = ['Get a Meridian Premium subscription and gain access to exclusive content.', 'Subscribe Now'];
const brMore = ['More from Meridian', 'coastal landform', 'wetland: Swamps, bogs and fens', 'barrier island'];
const brFoot = ['About Us & Legal Notices', 'Contact Us', 'Privacy Notice', 'Terms of Use', 'Accessibility Statement', 'Partner Program'];
const brP = (a: readonly string[]): string => a.map((p) => `<p class="topic-paragraph">${p}</p>`).join('\n');
const brAd = (slot: string): string => `<div class="marketing-${slot} marketing-content" data-ad-slot="${slot}"><div class="ad-label">Advertisement</div>
<div id="div-gpt-ad-${slot.toLowerCase()}" class="gpt-ad"></div></div>`;
const brSection = (i: number, h: string, body: string): string =>
  `<section data-level="1" id="ref${7100 + i}"><h2 class="h1"><a href="/science/salt-marsh#ref${7100 + i}">${h}</a></h2>\n${body}\n</section>`;
const brHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Salt marsh | Definition, Ecology, &amp; Facts | Meridian</title>
<meta name="description" content="salt marsh, coastal wetland that is flooded and drained by salt water brought in by the tides.">
<meta property="og:title" content="Salt marsh | Definition, Ecology, &amp; Facts"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.meridian-encyclopedia.example/science/salt-marsh">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"salt marsh","author":[{"@type":"Person",
"name":"Jessamy Holt"}],"dateModified":"2025-10-14","publisher":{"@type":"Organization","name":"Meridian Encyclopedia"}}</script>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot('/1234/science/topic',[728,90],
'div-gpt-ad-leaderboard');googletag.enableServices();});</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" href="/static/css/topic.7f0e31.css"></head>
<body class="topic-page science" data-page-type="topic"><div id="page-wrapper">
${brAd('LEADERBOARD')}
<header id="header" class="header"><div class="header-top"><a class="header-logo" href="/" aria-label="Meridian Encyclopedia home"><img
src="/static/images/meridian-logo.svg" alt="Meridian Encyclopedia"></a><form class="header-search" action="/search" role="search"><input type="search"
name="query" placeholder="Search Meridian" aria-label="Search Meridian"><button type="submit">Search</button></form>
<button class="header-chatbot btn">Ask the Chatbot</button><a class="header-subscribe btn btn-blue" href="/premium">Subscribe</a>
<a class="header-login" href="/auth/login">Login</a></div><nav class="header-nav" aria-label="Categories"><ul>${links(brNav)}
${links(brNav2)}</ul></nav></header>
<main id="content" class="md-content"><div class="grid"><aside class="md-sidebar col-left" aria-label="Table of Contents"><div
class="toc-header">Table of Contents</div><ul class="toc-list"><li class="toc-item active"><a href="#ref1">${brToc[0]}</a></li>
${brH.map((t, i) => `<li class="toc-item"><a href="#ref${7101 + i}">${t}</a></li>`).join('\n')}
${links(brToc.slice(1), 'toc-item')}</ul><ul class="toc-media">${links(brMedia, 'toc-item')}</ul></aside>
<article class="article-content col-main"><div class="topic-header"><nav class="breadcrumbs"><a href="/browse/science">Science &amp; Tech</a></nav>
<h1 class="topic-title">${brTitle}</h1><div class="topic-identifier">ecosystem</div>
<div class="topic-also-known-as"><strong>Also known as:</strong> tidal marsh, saltmarsh</div>
<div class="topic-tools"><button class="tool-print">Print</button><button class="tool-cite">Cite</button><button class="tool-share">Share</button>
<button class="tool-feedback">Feedback</button></div>
<div class="topic-byline"><div class="byline-written"><span class="byline-label">Written by</span> <a href="/contributor/jessamy-holt">Jessamy Holt</a>
<div class="byline-bio" hidden>${brBios[0]}</div></div><div class="byline-fact"><span class="byline-label">Fact-checked by</span> <a
href="/editor/the-editors">The Editors of Meridian Encyclopedia</a><div class="byline-bio" hidden>${brBios[1]}</div></div>
<div class="topic-updated">Last Updated: <time datetime="2025-10-14">Oct 14, 2025</time> • <a href="/science/salt-marsh/additional-info#history">Article
History</a></div></div></div>
<figure class="md-assembly card" data-assembly-id="271044"><img src="https://cdn.meridian-encyclopedia.example/s:800x450/27/271044-050-salt-marsh.jpg"
alt="salt marsh" width="800" height="450"><figcaption class="md-assembly-caption"><div class="md-assembly-title">${brFigure[0]}</div>
<div class="md-assembly-credit">${brFigure[1]}</div></figcaption></figure>
<div class="topic-related"><div class="related-label">Related Topics:</div><ul class="related-list">${links(brRelated)}</ul></div>
<div class="topic-content"><section data-level="1" id="ref1">
${brP(brIntro)}
</section>
${brAd('CONTENT_AD_1')}
${brSection(1, brH[0]!, brP(brForm))}
<div class="assembly-quiz card"><span class="quiz-label">${brQuiz[0]}</span><a href="/quiz/wetlands-and-coasts">${brQuiz[1]}</a></div>
${brSection(2, brH[1]!, brP(brVeg))}
${brAd('CONTENT_AD_2')}
${brSection(3, brH[2]!, brP(brAnimals))}
<div class="premium-box"><p>${brPremium[0]}</p><a class="btn btn-blue" href="/premium">${brPremium[1]}</a></div>
${brSection(4, brH[3]!, brP(brHuman))}
</div>
<p class="topic-revised">This article was most recently revised and updated by <a href="/editor/ilse-varga">Ilse Varga</a>.</p>
<section class="more-from"><h2 class="more-from-title">${brMore[0]}</h2><ul class="more-from-list">${links(brMore.slice(1), 'card')}</ul></section>
</article><aside class="col-right">${brAd('RIGHT_RAIL')}</aside></div></main>
<footer class="footer"><ul class="footer-links">${links(brFoot)}</ul><div class="footer-kids"><a href="https://kids.meridian-encyclopedia.example">Meridian
Kids</a></div><div class="footer-copyright">©2025 Meridian Encyclopedia, Inc.</div></footer></div>
<script src="/static/js/topic.8b1d40.js" defer></script></body></html>`;

const encyclopedia: TestPage = {
  name: 'heldout86-meridian-encyclopedia-wiki',
  kind: 'wiki',
  // the identifier, "Also known as", the "Related Topics" box, ad labels, the quiz promo between sections and the premium
  // box are furniture; "Written by", "Fact-checked by" and the hidden bios are furniture, the names, the update line and
  // the "most recently revised" line bylines; the table of contents entries that repeat headings are left out
  html: brHtml,
  title: brTitle,
  headings: brH,
  body: texts([...brIntro, ...brForm, ...brVeg, ...brAnimals, ...brHuman]),
  bylines: [
    'Jessamy Holt',
    'The Editors of Meridian Encyclopedia',
    'Last Updated: Oct 14, 2025',
    'This article was most recently revised and updated by Ilse Varga.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Advertisement', 'Search', 'Ask the Chatbot', 'Subscribe', 'Login', ...brNav, ...brNav2, 'Table of Contents', ...brToc, ...brMedia,
      'Science & Tech', 'ecosystem', 'Also known as: tidal marsh, saltmarsh', 'Print', 'Cite', 'Share', 'Feedback', 'Written by', 'Fact-checked by',
      ...brBios, 'Article History', ...brFigure, 'Related Topics:', ...brRelated, ...brQuiz, ...brPremium, ...brMore, ...brFoot, 'Meridian Kids',
      '©2025 Meridian Encyclopedia, Inc.',
    ]),
  ],
};

export const HELDOUT86_E: readonly TestPage[] = [encyclopedia, healthTopic];
