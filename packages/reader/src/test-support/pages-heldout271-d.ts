import { links, ps, type TestPage, texts } from './page-kit.js';
import { adblockPage } from './pages-heldout271-d2.js';
import { ld, lis, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file d: a music magazine on WordPress with tagDiv's Newspaper theme under a Quantcast Choice (qc-cmp2)
 * dialog, and, from file d2, a GeneratePress tech blog with an adblock-detected overlay and WordPress comments.
 */
const qTitle = 'The Lantern Bay Sessions: how a fishing town became a folk festival stop';
const qP = paras(`
  Ten years ago Lantern Bay had one pub with a piano and a harbourmaster who played the fiddle badly. This August the town of
  1,900 people will host 42 acts over three days, and every one of its 600 tickets sold out in eleven minutes.

  The Lantern Bay Sessions began as a fundraiser for the lifeboat station. Its founder, retired music teacher Evadne Rusk,
  booked four local bands and charged five pounds at the door of the net loft. "We made enough to buy two drysuits," she says.
  "Then people kept asking when the next one was."

  What makes the festival unusual is what it refuses to do. There is no main stage, no sponsor's logo and no headline act.
  Performers play in the net loft, the chapel, the upstairs room of the Anchor and, weather permitting, on the slipway.

  Rusk's rule is that every act plays twice, once in a big room and once in a small one. "You hear a different band in the
  chapel," she says. "The quiet songs come out."

  The town's relationship with the festival is not without strain. Parking is impossible for the weekend, and some residents
  let their spare rooms for more than a month's rent. The organisers now run a shuttle from the park-and-ride at Tolcarne.

  This year's line-up leans towards young players from the west. Among the names Rusk is most excited about:

  For the town, the Sessions have become something like a second harvest. The lifeboat station, which still receives every
  penny of profit, launched a new inshore boat last spring. Its name, painted on the bow in blue, is Net Loft.
`);
const qActs = [
  'The Skerry Sisters, a harp and voice trio from Port Isaac',
  'Fennick Row, whose debut was recorded in a sail loft',
  'Ode Barrowcliffe, a solo concertina player',
];
const qHeads = ['No stage, no headliner', 'Growing pains'];
const qNav = ['Home', 'News', 'Reviews', 'Features', 'Interviews', 'Festivals', 'Videos'];
const qPop = ['Ten albums that defined the new folk revival', 'Interview: Marra Quell on touring by bicycle', 'Review: The Gannets – Low Water'];
const qTags = ['festivals', 'Cornwall', 'folk music'];
const qHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>${qTitle} | Tidewrack Magazine</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:type" content="article">
<meta property="article:section" content="Features"><meta name="generator" content="WordPress 6.5.3">
${ld({ '@context': 'https://schema.org', '@type': 'Article', headline: qTitle, author: { '@type': 'Person', name: 'Corin Maddox' } })}
<!-- InMobi Choice. Consent Manager Tag v3.0 (for TCF 2.2) --><script type="text/javascript" async=true>(function(){var host=window.location.hostname;
var element=document.createElement('script');var firstScript=document.getElementsByTagName('script')[0];
var url='https://cmp.inmobi.example'.concat('/choice/','Xk2rT9aL','/',host,'/choice.js?tag_version=V3');element.async=true;element.type='text/javascript';
element.src=url;firstScript.parentNode.insertBefore(element,firstScript);})();</script>
<script>var tdBlocksArray=[];var tdLocalCache={};var td_ajax_url="https://tidewrack.example/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5";</script>
</head><body class="post-template-default single single-post td-standard-pack global-block-template-1 single_template_2 td-full-layout">
<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap">
<div class="top-header-menu"><span class="td_data_time">Monday, March 2, 2026</span></div></div>
<div class="td-header-menu-wrap-full"><div class="td-header-main-menu">
<ul id="menu-main-menu" class="sf-menu">${links(qNav, 'menu-item')}</ul></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-2"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a class="entry-crumb" href="/category/features/">Features</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-30917" class="post-30917 post type-post status-publish format-standard has-post-thumbnail category-features">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/features/">Features</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${qTitle}</h1>
<p class="td-post-sub-title">A decade on, the festival with no stage still sells out in minutes.</p>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/corin/">Corin Maddox</a>
<div class="td-author-line">-</div></div><span class="td-post-date"><time class="entry-date updated td-module-date"
datetime="2026-03-02T08:15:00+00:00">March 2, 2026</time></span><div class="td-post-views"><span class="td-nr-views-30917">2,418</span></div>
<div class="td-post-comments"><a href="#respond">0</a></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing"><span class="td-social-share-text">Share</span>
<a class="td-social-sharing-button td-social-facebook"><div class="td-social-but-text">Facebook</div></a>
<a class="td-social-sharing-button td-social-twitter"><div class="td-social-but-text">Twitter</div></a>
<a class="td-social-sharing-button td-social-pinterest"><div class="td-social-but-text">Pinterest</div></a></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2026/02/netloft.jpg" alt="">
<figcaption class="wp-caption-text">The net loft during last year's Sunday session. Photo: Tamsin Gribble</figcaption></figure></div>
${ps(qP.slice(0, 2))}
<h2>${qHeads[0]}</h2>
${ps(qP.slice(2, 4))}
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle"></ins></div>
<h2>${qHeads[1]}</h2>
${ps(qP.slice(4, 6))}
<ul>${lis(qActs)}</ul>
${ps(qP.slice(6))}
</div><footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${links(qTags)}</ul></div>
<div class="td-author-name vcard author"><a href="/author/corin/">Corin Maddox</a></div>
<div class="td-author-description">Corin writes about folk and traditional music from a caravan near Penzance.</div></footer>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item">RELATED ARTICLES</a>
<a class="td-related-right">MORE FROM AUTHOR</a></h4><div class="td-related-row"><h3 class="entry-title td-module-title">
<a href="/shanty-revival">The shanty revival, five years later</a></h3></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h4 class="td-comments-title">LEAVE A REPLY</h4>
<p class="comment-form-cancel">Please enter your comment!</p></div></div></article></div></div>
<div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap td_block_7"><h4 class="block-title"><span>Popular</span></h4>
<ul>${links(qPop)}</ul></div></div></div></div></div>
<div class="td-footer-wrapper"><div class="td-sub-footer-container"><div class="td-sub-footer-copy">© Tidewrack Magazine 2026</div></div></div></div>
<div id="qc-cmp2-container" data-nosnippet><div class="qc-cmp2-main"><div id="qc-cmp2-ui" role="dialog" aria-label="qc-cmp2-ui" aria-modal="true">
<div class="qc-cmp2-summary-section"><div class="qc-cmp2-summary-info"><h2>We value your privacy</h2><div class="qc-cmp2-summary-text">
<p>We and our partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers
and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research
and services development.</p></div><h3 class="qc-cmp2-publisher-purposes">We and our partners process data to provide:</h3>
<p class="qc-cmp2-purposes-list">Store and/or access information on a device. Personalised advertising and content, advertising and content
measurement, audience research and services development.</p><button class="qc-cmp2-link-inline" mode="link" size="small">List of Partners
(vendors)</button></div></div><div class="qc-cmp2-footer qc-cmp2-footer-overlay qc-cmp2-footer-scrolled"><div class="qc-cmp2-summary-buttons">
<button mode="secondary" size="large" class=" css-1hy2vtq">MORE OPTIONS</button><button mode="secondary" size="large" class=" css-1hy2vtq">DISAGREE</button>
<button mode="primary" size="large" class=" css-47sehv">AGREE</button></div></div></div></div></div></body></html>`;
const qc: TestPage = {
  name: 'heldout271-newspaper-qccmp2-magazine',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: ['A decade on, the festival with no stage still sells out in minutes.', ...texts(qP.slice(0, 6)), ...texts(qActs), ...texts(qP.slice(6))],
  bylines: ['Corin Maddox', 'March 2, 2026'],
  furniture: [
    'Monday, March 2, 2026',
    ...qNav,
    '2,418',
    'Share',
    'Facebook',
    'Twitter',
    'Pinterest',
    "The net loft during last year's Sunday session. Photo: Tamsin Gribble",
    '- Advertisement -',
    'TAGS',
    ...qTags,
    'Corin writes about folk and traditional music from a caravan near Penzance.',
    'RELATED ARTICLES',
    'MORE FROM AUTHOR',
    'The shanty revival, five years later',
    'LEAVE A REPLY',
    'Please enter your comment!',
    'Popular',
    ...qPop,
    '© Tidewrack Magazine 2026',
    'We value your privacy',
    paras(`We and our partners store and/or access information on a device, such as cookies and process personal data,
      such as unique identifiers and standard information sent by a device for personalised advertising and content,
      advertising and content measurement, audience research and services development.`)[0] ?? '?',
    'We and our partners process data to provide:',
    paras(`Store and/or access information on a device. Personalised advertising and content, advertising and content
      measurement, audience research and services development.`)[0] ?? '?',
    'List of Partners (vendors)',
    'MORE OPTIONS',
    'DISAGREE',
    'AGREE',
  ],
};

export const HELDOUT271_D: readonly TestPage[] = [qc, adblockPage];
