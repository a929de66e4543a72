import { links, type TestPage, texts } from './page-kit.js';
import { usaToday } from './pages-heldout129-a2.js';

/**
 * Held-out batch 129, file a: a local newspaper story syndicated on Yahoo News (the "caas" article template: the ybar with
 * "Sign in" and "Mail", the section nav, the provider logo and name, author, time and "min read", the icon share bar, the
 * cover figure with its caption, in-body ad slots, the "Story continues" button in the middle of the text, the "originally
 * appeared on" line at the end of the body, "View comments", "Recommended Stories", the "Trending now" rail and the footer)
 * and, from file a2, a USA TODAY story.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const yTitle = 'Pinecrest County orders first farm water cuts in four decades as reservoir drops';
const yTop = paras(`
<strong>ALDER FALLS —</strong> Farmers in Pinecrest County will have to cut their irrigation use by a quarter starting next month, the
county water board decided Monday night, the first mandatory cuts to agricultural water since 1984.

The 5-2 vote came after nearly four hours of public comment in a packed school gymnasium, where growers, ranchers and residents lined up
to speak. Many said they understood the need for cuts but worried about how the water that is left would be shared.

“Nobody in this room wants to be the one who takes less,” board chair Lorraine Esquivel said before the vote. “But the lake doesn’t care
what we want. It’s at 31% and falling.”`);
const yMid = paras(`
<a href="https://www.carrowcourier.example/story/news/2025/09/12/harlan-lake-level/">Harlan Lake</a>, which supplies about 70% of the
county’s farm water, has dropped 14 feet since June after the driest summer on record in the valley. Engineers told the board that
without cuts the reservoir could fall below its lowest intake pipe by late February.

Under the plan, each of the county’s 412 irrigation permit holders will receive 75% of their average use over the past five years.
Growers of permanent crops such as orchards and vineyards can apply for a hardship allowance of up to 10% more, to keep trees alive
through the winter.

Residential customers are not included in the order, but the board asked the cities of Alder Falls and Brinton to consider their own
limits on lawn watering.`);
const yEnd = paras(`
Several farmers said the five-year average would punish people who had already been saving water. Tomás Aguirre, who grows almonds and
walnuts on 240 acres east of Brinton, said he cut his use by a fifth in 2023 after installing drip lines.

“Now my average is lower, so my share is lower,” Aguirre said. “The guy down the road who never changed anything gets more water than me.
How is that fair?”

Board member Kevin Oduya, who voted against the plan, said he would push for an amendment at the next meeting that would let growers use an
earlier baseline if they could show they had invested in saving water.

Others urged the board to go further. Marisol Tran, who runs a small organic vegetable farm outside Alder Falls and spoke on behalf of the
Valley Growers Cooperative, said a 25% cut was likely too small if the winter turned out dry as well.

“We’re going to be back here in March having the same fight, only worse,” she said.

The county’s water manager, Phil Beaumont, said staff would report on the lake level every two weeks and that the board could tighten the
limits at any time. Permit holders who go over their allocation will face fines starting at $500 per acre-foot.

The cuts take effect Dec. 1 and run through the end of May, unless the board lifts them earlier.

<em>Dana Whitfield covers agriculture and water for the Carrow Valley Courier. Reach her at dwhitfield@carrowcourier.example.</em>`);
const yOrigin = `This article originally appeared on Carrow Valley Courier: ${yTitle}`;
const yCaption = 'Harlan Lake near Alder Falls on Oct. 28, 2025, when the reservoir stood at 31% of its capacity.';
const yCredit = 'Dana Whitfield/Carrow Valley Courier';
const yNav = ['News', 'Today’s news', 'US', 'Politics', 'World', 'Tech', 'Climate change', 'Health', 'Science', 'Originals', 'Newsletters'];
const yBar = ['Mail', 'Sign in'];
const yProps = ['Finance', 'Sports', 'Entertainment', 'Life', 'More'];
const yRecommended = [
  'Brinton approves new limits on lawn watering after heated council meeting',
  'Why the valley’s driest summer on record may be a sign of what’s to come',
  'Almond growers weigh tearing out orchards as water costs climb',
];
const yRecSources = ['Carrow Valley Courier', 'The Westbrook Sentinel', 'Farm Ledger Weekly'];
const yTrending = [
  'Man rescued after 30 hours trapped in collapsed grain silo',
  'State park closes trail after rockfall injures two hikers',
  'Record turnout expected as early voting opens in three counties',
  'Power company to pay $40 million over wildfire, settlement shows',
  'Freight train derails near river crossing, no injuries reported',
];
const yFoot = ['Terms and Privacy Policy', 'Your Privacy Choices', 'CA Privacy Notice', 'About Our Ads', 'Help', 'Feedback', 'Sitemap'];
const yAd = (id: string): string => `<div class="caas-da"><div class="sda-${id} sda-container" data-ad-region="${id}" id="sda-${id}-iframe">
<div class="ad-label-wrap"><span class="ad-label">Advertisement</span></div><div id="defaultdest-${id}" class="D(ib) H(250px)"></div></div></div>`;
const yHtml = `<!DOCTYPE html>
<html id="atomic" class="NoJs chrome desktop failsafe" lang="en-US"><head><meta charset="utf-8">
<title>${yTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Farmers in Pinecrest County will have to cut irrigation use by a quarter, the first mandatory cuts since 1984.">
<meta property="og:type" content="article"><meta property="og:title" content="${yTitle}"><meta property="og:site_name" content="Yahoo News">
<meta name="twitter:site" content="@YahooNews"><meta name="oath:guce:consent-host" content="guce.yahoo.example">
<link rel="canonical" href="https://www.carrowcourier.example/story/news/2025/11/04/pinecrest-county-farm-water-cuts/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${yTitle}","datePublished":"2025-11-04T12:10:02.000Z",
"author":{"@type":"Person","name":"Dana Whitfield"},"provider":{"@type":"Organization","name":"The Carrow Valley Courier"},
"publisher":{"@type":"Organization","name":"Yahoo News","logo":{"@type":"ImageObject","url":"https://s.yimg.example/rz/p/yahoo_news_en-US.png"}}}</script>
<script>window.YAHOO=window.YAHOO||{};window.YAHOO.context={"bucket":"news-ca-1","lang":"en-US","region":"US","site":"news","device":"desktop"};</script>
<link rel="stylesheet" href="https://s.yimg.example/aaq/news/css/main.7d1f0a9e.css"></head>
<body class="my3columns Bgc(#f5f8fa) Pos(r)">
<div id="ybar-wrapper"><div id="ybar" class="ybar-ytheme-crmsn" role="banner"><div class="_yb_1c4y8"><a id="ybar-logo" class="_yb_1mz5y"
href="https://news.yahoo.example/"><img alt="Yahoo News" src="https://s.yimg.example/rz/p/yahoo_news_en-US_h_p_newsv2.png"></a>
<div id="ybar-search-box-container"><form id="ybar-sf" role="search" action="https://search.yahoo.example/search">
<input id="ybar-sbq" type="text" name="p" placeholder="Search the web" aria-label="Search query"><button id="ybar-search" type="submit"
aria-label="Search" class="_yb_1ytq1"></button></form></div><div id="ybar-inner-wrap"><ul class="_yb_mkaqp">
${yProps.map((t) => `<li class="_yb_vbz8b"><a class="_yb_1ft2s" href="https://${t.toLowerCase()}.yahoo.example/">${t}</a></li>`).join('\n')}</ul>
<a class="_yb_1s7gs" href="https://mail.yahoo.example/" id="ybarMailLink"><span class="_yb_1f5zv">${yBar[0]}</span></a>
<a class="_yb_gs0wt _yb_7lccu" href="https://login.yahoo.example/?.done=https%3A%2F%2Fnews.yahoo.example" id="ybarAccountProfile">${yBar[1]}</a>
</div></div></div></div>
<div id="module-nav" class="D(f) Bgc(#fff)"><nav id="navigation-container" aria-label="Yahoo News navigation"><ul class="Pos(r) M(0) D(f)">
${links(yNav, 'nav-item D(ib) Mend(20px)')}</ul></nav></div>
<div id="render-target-default" class="render-target-active"><div class="caas-page-container D(f) Jc(c)">
<main id="Main" class="Main W(640px)" role="main"><div id="module-article" class="caas-container">
<article class="caas-container caas-container-multiple" data-uuid="5c1f9a2e-7b61-3b4f-a1c8-2d09e4b7f113" role="article">
<header class="caas-header"><div class="caas-title-wrapper"><h1 data-test-locator="headline">${yTitle}</h1></div></header>
<div class="caas-attr"><div class="caas-attr-meta"><div class="caas-logo"><a href="https://www.carrowcourier.example/" class="link caas-attr-provider-logo"
rel="nofollow noopener" target="_blank"><img class="caas-img" alt="Carrow Valley Courier" src="https://s.yimg.example/os/creatr/carrow-courier-logo.png"></a>
<span class="caas-attr-provider">The Carrow Valley Courier</span></div><div class="caas-attr-item-author">
<span class="caas-author-byline-collapse">Dana Whitfield</span></div><div class="caas-attr-time-style">
<time class="" datetime="2025-11-04T12:10:02.000Z">November 4, 2025 at 7:10 AM</time><span class="caas-attr-mins-read">4 min read</span></div></div>
<div class="caas-share-buttons"><ul class="caas-share-buttons-list" role="list">
<li class="caas-share-button"><a class="link caas-share-facebook" aria-label="Share on Facebook" href="https://www.facebook.example/sharer.php"></a></li>
<li class="caas-share-button"><a class="link caas-share-twitter" aria-label="Share on X" href="https://x.example/intent/tweet"></a></li>
<li class="caas-share-button"><a class="link caas-share-email" aria-label="Email" href="mailto:?subject=${encodeURIComponent(yTitle)}"></a></li>
<li class="caas-share-button"><button class="caas-button caas-share-copy" aria-label="Copy link"></button></li></ul></div></div>
<div class="caas-body-section"><div class="caas-cover"><figure class="caas-figure"><div class="caas-figure-with-pb" style="max-height:427px">
<img class="caas-img has-preview" alt="${yCaption}" src="https://s.yimg.example/ny/api/res/1.2/harlan-lake.jpg" width="640" height="427"></div>
<figcaption class="caption-collapse"><div class="caption-desc">${yCaption} <span class="caption-credit">${yCredit}</span></div></figcaption>
<button class="link caption-expand" aria-label="Expand caption"><span class="caption-expand-text">Show more</span></button></figure></div>
<div class="caas-body">
${yTop.map((p) => `<p>${p}</p>`).join('\n')}
${yAd('INARTICLE')}
<div class="caas-readmore caas-readmore-collapse"><button aria-label="Story continues" class="link rapid-noclick-resp caas-button collapse-button"
title="Story continues" data-ylk="elm:readmore;slk:Story continues">Story continues</button></div>
${yMid.map((p) => `<p>${p}</p>`).join('\n')}
${yAd('MIDCENTER')}
${yEnd.map((p) => `<p>${p}</p>`).join('\n')}
<p>This article originally appeared on <a href="https://www.carrowcourier.example/">Carrow Valley Courier</a>:
<a href="https://www.carrowcourier.example/story/news/2025/11/04/pinecrest-county-farm-water-cuts/">${yTitle}</a></p>
</div></div>
<div class="caas-comment-cta"><button class="caas-button view-cmts-cta" data-ylk="elm:cmmt_open;itc:1" aria-label="View comments">
<span class="view-cmts-text">View comments</span></button></div></article></div>
<div id="module-recommended-stories" class="recommended-stories"><h2 class="Fz(20px) Fw(b)">Recommended Stories</h2><ul class="stream-items">
${yRecommended
  .map(
    (t, i) => `<li class="stream-item js-stream-content"><div class="Cf"><div class="Ov(h) Pend(44px)"><div class="C(#959595) Fz(13px)">
<span class="provider-name">${yRecSources[i]}</span></div><h3 class="Mb(5px)"><a class="js-content-viewer" href="/news/story-${i}.html">${t}</a></h3>
</div></div></li>`,
  )
  .join('\n')}</ul></div></main>
<aside id="YDC-Side" class="W(300px) Mstart(30px)"><div id="sda-LREC" class="sda-container"><div class="ad-label-wrap">
<span class="ad-label">Advertisement</span></div><div id="defaultdest-LREC" class="H(250px)"></div></div>
<div id="module-trending-now" class="trending-list"><h3 class="Fz(14px) Fw(b)">Trending now</h3>
<ol class="M(0) P(0)">${yTrending
  .map(
    (t, i) => `<li class="trending-item"><span class="trending-rank">${i + 1}</span>
<a href="/news/trending-${i}.html">${t}</a></li>`,
  )
  .join('\n')}
</ol></div></aside></div></div>
<footer id="module-footer" class="footer" role="contentinfo"><ul class="footer-links">${links(yFoot, 'D(ib) Mend(10px)')}</ul>
<p class="footer-copyright">© 2025 Yahoo. All rights reserved.</p></footer>
<script src="https://s.yimg.example/aaq/news/js/main.4c27bb61.js" defer></script>
<script>if(window.YAHOO&&window.YAHOO.i13n){window.YAHOO.i13n.SPACEID="1197808038";}</script></body></html>`;
const yahoo: TestPage = {
  html: yHtml,
  name: 'heldout129-yahoo-news-syndicated-story',
  kind: 'news',
  // the provider name, author, time and "min read" are bylines; the dateline "ALDER FALLS —" is part of the first paragraph;
  // the reporter's italic contact line and the "originally appeared on" line at the end of the body, "Story continues", the
  // caption and credit, ad labels, the comments button, rails, nav and footer are furniture (share labels are aria only)
  title: yTitle,
  headings: [],
  body: texts([...yTop, ...yMid, ...yEnd.slice(0, -1)]),
  bylines: ['The Carrow Valley Courier', 'Dana Whitfield', 'November 4, 2025 at 7:10 AM', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...yProps, ...yBar, ...yNav, yCaption, yCredit, 'Show more', 'Advertisement', 'Story continues', ...texts(yEnd.slice(-1)), yOrigin, 'View comments',
    'Recommended Stories', ...yRecommended, ...yRecSources, 'Trending now', ...yTrending, ...yFoot, '© 2025 Yahoo. All rights reserved.',
  ],
};

export const HELDOUT129_A: readonly TestPage[] = [yahoo, usaToday];
