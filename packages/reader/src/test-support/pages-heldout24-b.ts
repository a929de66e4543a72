import { links, type TestPage, texts } from './page-kit.js';
import { localTvStory } from './pages-heldout24-b2.js';

/**
 * Held-out batch 24, file b: a story syndicated on Yahoo News (the Yahoo header with its search and "Sign in", the news nav,
 * the original publisher's logo and name, headline, author and date line with the reading time, share icons, lead image with
 * caption, the first paragraphs, the "Story continues" button with the rest of the story collapsed below it in the page,
 * the "This article originally appeared on" credit line, the "View comments" button, the "Trending" and "Recommended
 * stories" lists, ad slots and the footer).
 */
const yhTitle = 'Fire crews save historic covered bridge as wildfire jumps river near Millbrook';
const yhBody1 = [
  'MILLBROOK — Firefighters from four counties spent Sunday night wrapping a 150-year-old covered bridge in fire-resistant foil ' +
    'after a fast-moving grass fire jumped the Tansy River and came within a few hundred feet of the structure.',
  'The Hollins Ford Bridge, one of only six covered bridges left in the state, was undamaged, according to Millbrook Fire Chief ' +
    'Ramona Delgado, who called the effort "the most nerve-racking night of my career."',
  '"You have dry timber, a strong wind from the south, and embers landing on the roof," Delgado said Monday. "If that roof had ' +
    'caught, we would have lost it in minutes."',
];
const yhBody2 = [
  'The fire started around 4 p.m. Sunday in a hayfield off County Road 12 and burned about 320 acres before crews contained it ' +
    'early Monday morning. No homes were lost, and one firefighter was treated for heat exhaustion.',
  'Crews used the same foil wrap that the U.S. Forest Service uses to protect cabins and fire lookouts in the West. The Millbrook ' +
    'department bought 40 rolls of it last year with a state grant, Delgado said, after a smaller fire scorched the bridge’s ' +
    'east abutment in 2022.',
  'Residents gathered on a hill above the river to watch the crews work by floodlight. "People here were married on that ' +
    'bridge," said Ellen Voss, 71, who lives a quarter mile away. "My father carried me across it when I was a baby."',
  'The cause of the fire is under investigation. The bridge will remain closed to foot traffic until an engineer inspects it ' +
    'later this week, the county highway department said.',
];
const yhCredit = 'This article originally appeared on Tansy Valley Courier: Fire crews save historic covered bridge as wildfire jumps river';
const yhNav = ['News', 'Today’s news', 'US', 'Politics', 'World', 'Weather', 'Climate change', 'Health', 'Science', 'Originals'];
const yhTop = ['Mail', 'News', 'Finance', 'Sports', 'Entertainment', 'Life', 'Shopping', 'More'];
const yhTrend = [
  'Winter storm watch issued for three states',
  'Supreme Court to hear water rights case',
  'Airline pilots vote to authorize strike',
  'Lottery jackpot climbs past $800 million',
];
const yhRec = [
  'Millbrook council approves new fire station on Route 9',
  'Drought map shows dry conditions spreading across the region',
  'How to protect your home from embers, according to fire experts',
];
const yhFoot = ['Terms and Privacy Policy', 'Your Privacy Choices', 'CA Privacy Notice', 'About Our Ads', 'Help', 'Feedback'];
const yhHtml = `<!DOCTYPE html>
<html id="atomic" class="ltr desktop Desktop bkt201" lang="en-US"><head><meta charset="utf-8">
<title>${yhTitle}</title><link rel="canonical" href="https://www.tansyvalleycourier.example/story/news/local/2025/09/15/fire/75012345007/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${yhTitle}",
"provider":{"@type":"Organization","name":"Tansy Valley Courier"},"author":{"@type":"Person","name":"Jordan Pike"}}</script>
<script>window.YAHOO=window.YAHOO||{};YAHOO.context={"site":"news","lang":"en-US","region":"US","device":"desktop"};</script></head>
<body class="my3columns ua-chr"><div id="module-header" class="ybar-ytheme-crystal"><div class="_yb_logo"><a href="https://www.yahoo.com/">Yahoo</a></div>
<form class="_yb_search" role="search"><input type="text" name="p" aria-label="Search query" placeholder="Search the web">
<button type="submit" aria-label="Search">Search</button></form><a class="_yb_signin" href="https://login.yahoo.com/">Sign in</a>
<ul class="_yb_nav">${links(yhTop, '_yb_navitem')}</ul></div>
<nav id="module-nav" class="news-nav"><ul>${links(yhNav, 'nav-item')}</ul></nav>
<div id="sda-LDRB" class="sda-ad"><span class="ad-label">Advertisement</span></div>
<div id="module-article" class="caas-container"><article role="article" class="caas-container caas-content" data-uuid="f4c9e1a2">
<header class="caas-header"><div class="caas-logo"><a href="https://www.tansyvalleycourier.example" class="link caas-attr-provider-logo">
<img src="https://s.yimg.com/cv/apiv2/default/tansy-courier-logo.png" alt="Tansy Valley Courier"></a></div>
<div class="caas-title-wrapper"><h1 data-test-locator="headline">${yhTitle}</h1></div></header>
<div class="caas-attr"><div class="caas-attr-meta"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse">
<a href="https://www.tansyvalleycourier.example/staff/jordan-pike/" class="link caas-attr-provider-author">Jordan Pike</a></span></div>
<div class="caas-attr-time-style"><time class="" datetime="2025-09-15T18:40:12.000Z">Mon, September 15, 2025 at 2:40 PM EDT</time>
<span class="caas-attr-mins-read">· 2 min read</span></div></div>
<div class="caas-share-buttons"><button aria-label="Share on Facebook" title="Facebook"></button><button aria-label="Share on X" title="X"></button>
<button aria-label="Email this article" title="Email"></button><button class="caas-share-more">Share</button></div></div>
<div class="caas-body-wrapper"><div class="caas-body">
<figure class="caas-figure"><div class="caas-img-container"><img src="https://s.yimg.com/ny/api/res/1.2/bridge.jpg" alt=""></div>
<figcaption class="caption-collapse">Firefighters wrap the Hollins Ford Bridge in fire-resistant foil Sunday night near Millbrook.
<span class="caas-img-credit">Jordan Pike/Tansy Valley Courier</span></figcaption></figure>
${yhBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="caas-da"><div id="sda-INARTICLE" class="sda-ad"><span class="ad-label">Advertisement</span></div></div>
<div class="caas-readmore caas-readmore-collapse"><button class="link caas-button collapse-button" aria-label="Story continues"
 data-ylk="elm:readmore;slk:Story continues">Story continues</button></div>
<div class="caas-body-collapse">
${yhBody2.map((p) => `<p>${p}</p>`).join('\n')}
<p><i>${yhCredit}</i></p></div></div></div>
<div class="caas-content-footer"><button class="caas-comments-button" aria-label="View comments">View comments</button>
<span class="caas-comment-count">(148)</span></div></article></div>
<aside id="module-trending" class="trending-list"><h3>Trending Now</h3>
<ol>${yhTrend.map((t, i) => `<li><span class="rank">${i + 1}.</span><a href="/t${i}">${t}</a></li>`).join('')}</ol></aside>
<section id="module-recommended" class="stream"><h2>Recommended Stories</h2><ul>${yhRec
  .map((t) => `<li class="js-stream-content"><div class="provider">Tansy Valley Courier</div><h3><a href="/r">${t}</a></h3></li>`)
  .join('\n')}</ul></section>
<footer id="module-footer"><ul>${links(yhFoot)}</ul><p>© 2025 Yahoo. All rights reserved.</p></footer></body></html>`;
const yahoo: TestPage = {
  html: yhHtml,
  name: 'heldout24-yahoo-syndicated-story',
  kind: 'news',
  // the body is all seven paragraphs, the four behind "Story continues" too (they are in the page, only collapsed); the
  // "MILLBROOK —" dateline is inline in the first paragraph and stays body; the italic "originally appeared on" line is the
  // publisher's credit: furniture; the author and the date line are bylines ("· 2 min read" furniture); the publisher's name
  // stands in the logo's alt only, in the caption credit and over each recommended story (the caption credit is listed whole);
  // Yahoo's bar and nav, share buttons, ad labels, caption, "Story continues", "View comments" and its count, "Trending Now",
  // "Recommended Stories" and the footer are furniture; the share buttons' labels are attributes only (not in the page text)
  title: yhTitle,
  headings: [],
  body: [...texts(yhBody1), ...texts(yhBody2)],
  bylines: ['Jordan Pike', 'Mon, September 15, 2025 at 2:40 PM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Yahoo', 'Search', 'Sign in', ...yhTop, ...yhNav.filter((t) => t !== 'News'), 'Advertisement', '· 2 min read', 'Share',
    'Firefighters wrap the Hollins Ford Bridge in fire-resistant foil Sunday night near Millbrook.', 'Jordan Pike/Tansy Valley Courier',
    'Story continues', yhCredit, 'View comments', '(148)', 'Trending Now', ...yhTrend, 'Recommended Stories', ...yhRec, 'Tansy Valley Courier',
    ...yhFoot, '© 2025 Yahoo. All rights reserved.',
  ],
};

export const HELDOUT24_B: readonly TestPage[] = [yahoo, localTvStory];
