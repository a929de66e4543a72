import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout340-kit.js';

/**
 * Held-out batch 340, file a2: a Yahoo News-style syndicated story (the consent wall text, the Yahoo header and news
 * navigation, the caas title and provider attribution, reading time, share icons, a caas figure with caption and credit,
 * an inline "Read more" promo, the "Story continues" ad break, the comments button, the trending rail and the footer).
 */
const title = 'Orchard towns brace for a thin cherry crop after a late April frost';
const paras = [
  j(
    'Growers across the Sallow Valley are warning of one of the smallest cherry harvests in a decade after two nights of hard',
    'frost in late April killed a large share of the blossom on the valley floor, where most of the older orchards stand.',
  ),
  j(
    'The Sallow Valley Fruit Growers&#39; Cooperative estimates that its members will pick between 40 and 55 percent of a normal',
    'crop this summer. Orchards on the higher slopes, where cold air drains away at night, fared far better than those in the',
    'hollows along the river.',
  ),
  j(
    '&quot;You could walk down a row on the Monday and it was all white, and by Thursday the centres of the flowers had gone',
    'black,&quot; said Ines Barrowclough, who farms 30 acres of cherries outside the town of Pellam. She said her trees on the lower',
    'ground would carry perhaps a fifth of their usual fruit.',
  ),
  j(
    'Frost fans and overhead sprinklers, which protect blossom by keeping the air moving or coating the buds in ice, saved',
    'some orchards. But the cooperative said fewer than one in four of its members had either system, because both are',
    'expensive to install and rarely needed in the valley.',
  ),
  j(
    'The short crop is expected to push up prices at farm stands and in local shops. Last year a two-pound box of valley cherries',
    'sold for around eight dollars at the Pellam market; stall holders said they expected to charge between eleven and thirteen.',
  ),
  j(
    'Seasonal workers may also feel the loss. Picking crews that normally spend six weeks in the valley are being told to expect',
    'three, and several packing sheds have said they will run one shift instead of two.',
  ),
  j(
    'State agriculture officials said growers who lost more than 30 percent of their crop could apply for disaster loans, and that',
    'an assessment team would visit the valley in early June. The cooperative has asked the state to help pay for frost',
    'protection equipment, arguing that late frosts have become more damaging as trees flower earlier in warm springs.',
  ),
  j(
    'Barrowclough said she would apply for the loan but was more interested in the equipment. &quot;One bad spring I can live',
    'with,&quot; she said. &quot;If it happens every third year, I need fans.&quot;',
  ),
];
const nav = ['Home', 'Mail', 'News', 'Finance', 'Sports', 'Entertainment', 'Life', 'Yahoo Shopping'];
const sub = ['U.S.', 'World', 'Politics', 'Health', 'Science', 'Originals'];
const trend = ['Lottery jackpot climbs again after no winner on Saturday', 'Bridge closure to last through the summer', 'Storm warnings for the coast'];
const foot = ['Terms and Privacy Policy', 'Privacy Dashboard', 'About Our Ads', 'Help', 'Sitemap', 'Feedback'];
const html = `<!DOCTYPE html><html id="atomic" lang="en-US" class="Reader"><head><meta charset="utf-8">
<title>${title}</title><meta property="og:site_name" content="Yahoo News"><meta property="og:title" content="${title}">
<meta name="description" content="Growers across the Sallow Valley are warning of one of the smallest cherry harvests in a decade.">
<link rel="canonical" href="https://www.yahoo.example/news/orchard-towns-brace-thin-cherry-140512345.html">
${ld({
  '@context': 'http://schema.org',
  '@type': 'NewsArticle',
  headline: title,
  author: { '@type': 'Person', name: 'Dov Kasparian' },
  provider: { '@type': 'Organization', name: 'Sallow Valley Record' },
  datePublished: '2026-05-09T14:05:12.000Z',
})}
<script>window.YAHOO=window.YAHOO||{};YAHOO.context={"site":"news","lang":"en-US","region":"US","device":"desktop"};</script></head>
<body><div id="consent-page" class="consent-overlay"><div class="con-wizard"><h2 class="consent-title">Yahoo is part of the Yahoo family of brands</h2>
<p class="consent-p">We and our partners use cookies to store and access information on your device.</p>
<button class="btn accept-all" name="agree">Accept all</button><button class="btn reject-all" name="reject">Reject all</button>
<a class="btn secondary manage-settings" href="#">Manage privacy settings</a></div></div>
<div id="module-header"><header id="ybar" role="banner"><a id="ybar-logo" href="https://www.yahoo.example/">Yahoo News</a>
<form id="ybar-sf" role="search"><input id="ybar-sbq" type="text" placeholder="Search the web" aria-label="Search"></form>
<a id="ybarAccountProfile" href="https://login.yahoo.example/">Sign in</a><ul class="_yb_nav">${links(nav)}</ul></header>
<nav id="subnav" class="Pos(r)"><ul>${links(sub, 'D(ib)')}</ul></nav></div>
<div id="YDC-Col1" class="YDC-Col1"><div id="Col1-1-ArticleCanvas-Proxy" class="caas-da"><article class="caas-container caas-body-collapse">
<header class="caas-header"><div class="caas-title-wrapper"><h1 data-test-locator="headline">${title}</h1></div></header>
<div class="caas-attr"><div class="caas-attr-meta"><div class="caas-attr-provider"><a href="https://www.sallowrecord.example/"
class="caas-attr-provider-logo" aria-label="Sallow Valley Record"><img alt="Sallow Valley Record" src="https://s.yimg.example/svr.png"></a></div>
<div class="caas-attr-item-author"><span class="caas-author-byline-collapse">Dov Kasparian</span></div>
<div class="caas-attr-time-style"><time datetime="2026-05-09T14:05:12.000Z">May 9, 2026 at 10:05 AM</time>
<span class="caas-attr-mins-read">3 min read</span></div></div>
<div class="caas-share-buttons"><ul><li><button class="caas-share-button" aria-label="Share on Facebook">Facebook</button></li>
<li><button class="caas-share-button" aria-label="Share on X">X</button></li><li><button class="caas-share-button">Email</button></li>
<li><button class="caas-share-button">Copy link</button></li></ul></div></div>
<div class="caas-body-content"><figure class="caas-figure"><div class="caas-img-container"><img class="caas-img"
src="https://s.yimg.example/ny/api/res/1.2/cherry.jpg" alt="Cherry blossom damaged by frost"></div>
<figcaption class="caption-collapse"><div class="caas-img-caption">Frost-blackened blossom in an orchard near Pellam.</div>
<div class="caas-img-credit">Photo: Sallow Valley Record</div></figcaption></figure>
<div class="caas-body">
${ps(paras.slice(0, 3))}
<p class="caas-readmore caas-readmore-collapse"><strong>Read more:</strong> <a href="/news/valley-water-rights">Valley water rights case heads
to the state supreme court</a></p>
<div class="caas-da caas-content-ad"><div class="sda-story-continues">Story continues</div><div class="ad-label">Advertisement</div></div>
${ps(paras.slice(3))}
</div><div class="caas-more-from"><p>This article originally appeared on the Sallow Valley Record.</p></div></div>
<div class="caas-comments"><button class="caas-comment-button">View comments</button><span class="caas-comment-count">(37)</span></div>
</article></div></div>
<div id="YDC-Side" class="YDC-Side"><div class="trending-rail"><h3 class="Fw(b)">Trending now</h3><ol>${links(trend)}</ol></div>
<div class="ad-label">Advertisement</div></div>
<footer id="footer"><ul>${links(foot)}</ul><p>© 2026 Yahoo. All rights reserved.</p></footer></body></html>`;

export const yahooPage: TestPage = {
  name: 'heldout340-yahoo-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: ['Dov Kasparian', 'May 9, 2026 at 10:05 AM', '3 min read'],
  furniture: [
    'Yahoo is part of the Yahoo family of brands',
    'We and our partners use cookies to store and access information on your device.',
    'Accept all',
    'Reject all',
    'Manage privacy settings',
    'Yahoo News',
    'Sign in',
    ...nav,
    ...sub,
    'Facebook',
    'Email',
    'Copy link',
    'Frost-blackened blossom in an orchard near Pellam.',
    'Photo: Sallow Valley Record',
    'Read more: Valley water rights case heads to the state supreme court',
    'Story continues',
    'Advertisement',
    'This article originally appeared on the Sallow Valley Record.',
    'View comments',
    '(37)',
    'Trending now',
    ...trend,
    ...foot,
    '© 2026 Yahoo. All rights reserved.',
  ],
};
