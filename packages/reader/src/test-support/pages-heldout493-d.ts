import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout493-kit.js';

/**
 * Held-out batch 493, file d: a veg-box company's journal post on Webflow (CMS template) and a local news article about a
 * farm shop on a Next.js news site.
 */
const fTitle = 'Why your January box is full of roots';
const fBody = [
  j(
    'Every January we get the same few emails: where have the tomatoes gone, and why is there another swede? The short answer is',
    'that we only pack what grows in this country in this season, and in January that is mostly things that grow underground.',
  ),
  'The hungry gap starts early',
  j(
    'Our growers harvest leeks, kale, cabbages and parsnips straight from the field through the winter. Carrots, beetroot, onions',
    'and potatoes come out of store. Salad is the hardest thing to grow in the cold, so the only leaves you will see until March are',
    'winter purslane and a little chard from our polytunnels.',
  ),
  'Three things to do with a swede',
  'Roast it in chunks with honey and thyme until the edges catch.',
  'Mash it half and half with carrot and plenty of black pepper.',
  'Grate it raw into a slaw with apple and a mustard dressing.',
  j(
    'If you really cannot face another root, you can add a fruit bag or a bag of imported organic salad to any box from the',
    'Extras page. We will always tell you where it came from.',
  ),
];
const fNav = ['Our boxes', 'How it works', 'Journal', 'Log in'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 06 2026 10:12:44 GMT+0000 -->
<html data-wf-domain="www.furrowandfork.co.uk" data-wf-page="65a1f0c2d4e5b6a7c8d9e0f2" data-wf-site="65a1f0c2d4e5b6a7c8d9e0f1"
data-wf-collection="65a1f0c2d4e5b6a7c8d9e0f5"
 data-wf-item-slug="why-your-january-box-is-full-of-roots" lang="en"><head><meta charset="utf-8">
<title>Why your January box is full of roots | Furrow &amp; Fork</title>
<meta content="Swede again? Here is why winter boxes look the way they do, and three things to do with a swede." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2d4e5b6a7c8d9e0f1/css/furrow-and-fork.webflow.4f1c2b3a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var
n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}","datePublished":"2026-01-06"}</script></head>
<body class="body-journal"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets-global.website-files.com/65a1/logo.svg"
loading="lazy"
 alt="Furrow &amp; Fork" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
   .map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`)
   .join('')}<a href="/boxes" class="button-nav w-button">Order a box</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-journal-hero"><div class="container-narrow w-container"><a href="/journal" class="link-back">← Back to journal</a>
<div class="journal-category">Seasons</div><h1 class="heading-journal">${fTitle}</h1><div class="journal-meta"><div
class="text-author">Words by Priya Lund</div>
<div class="text-dot">·</div><div class="text-date">January 6, 2026</div></div></div></div>
<div class="section-journal-body"><div class="container-narrow w-container"><img src="https://assets-global.website-files.com/65a1/swede.jpg" loading="lazy"
alt=""
 class="image-journal-main"><div class="rich-text-journal w-richtext">
${ps([at(fBody, 0)])}<h2>${fBody[1]}</h2>${ps([at(fBody, 2)])}
<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/65a1/leeks.jpg"
 loading="lazy" alt=""></div><figcaption>Leeks at Hobb\u2019s Farm, one of our six growers</figcaption></figure>
<h3>${fBody[3]}</h3><ol role="list">${lis(fBody.slice(4, 7))}</ol>${ps([at(fBody, 7)])}</div>
<div class="share-row"><div class="text-share">Share</div><a href="https://twitter.com/intent/tweet" class="share-link w-inline-block">X</a>
<a href="https://www.facebook.com/sharer/sharer.php" class="share-link w-inline-block">Facebook</a></div></div></div>
<div class="section-more"><div class="container w-container"><h2 class="heading-more">More from the journal</h2><div class="w-dyn-list"><div role="list"
class="collection-list w-dyn-items">
<div role="listitem" class="w-dyn-item"><a href="/journal/meet-hobbs-farm" class="card-journal w-inline-block"><div
class="text-card-title">Meet the grower: Hobb\u2019s Farm</div></a></div>
<div role="listitem" class="w-dyn-item"><a href="/journal/plastic-free" class="card-journal w-inline-block"><div
class="text-card-title">How we went plastic-free</div></a></div>
</div></div></div></div>
<div class="footer"><div class="container w-container"><div class="footer-form w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get">
<label for="email" class="field-label">Recipes and news, once a month</label><input class="text-field w-input" maxlength="256" name="email"
placeholder="Your email" type="email" id="email">
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div>
<div class="text-footer">© 2026 Furrow &amp; Fork Ltd. Registered in England No. 11428850.</div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c2d4e5b6a7c8d9e0f1/js/webflow.4d2a3c1b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout493-webflow-veg-box-journal',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [at(fBody, 1), at(fBody, 3)],
  body: texts(fBody.filter((_, i) => i !== 1 && i !== 3)),
  bylines: ['Words by Priya Lund', 'January 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Order a box', '← Back to journal', 'Seasons', 'Leeks at Hobb’s Farm, one of our six growers', 'Share', 'X', 'Facebook',
    'More from the journal', 'Meet the grower: Hobb’s Farm', 'How we went plastic-free', 'Recipes and news, once a month',
    '© 2026 Furrow & Fork Ltd. Registered in England No. 11428850.',
  ],
};

const nTitle = 'Farm shop that began as an honesty box opens £1.2m barn extension';
const nDek = 'Pellow\u2019s at Tremarrow now employs 34 people and sells produce from more than 60 local suppliers';
const nBody = [
  j(
    'A farm shop near Tremarrow that started life as a table of eggs and an honesty box at the end of a lane has opened a',
    '£1.2 million extension in a converted threshing barn.',
  ),
  j(
    'Pellow\u2019s Farm Shop, run by brother and sister Kit and Morwenna Pellow, now takes up three barns on the family\u2019s',
    'dairy farm, with a butchery counter, a bakery and a 60-seat caf\u00e9 that opened on Saturday.',
  ),
  j(
    '"Our dad put the honesty box out in 1998 because he had too many eggs," said Morwenna Pellow. "He would be amazed that we now',
    'need a car park attendant on a Saturday."',
  ),
  j(
    'The extension was part-funded by a £240,000 rural business grant. The shop says it now buys from more than 60 producers within',
    'twenty miles, including cheesemakers, a brewery and two vegetable growers who supply it daily.',
  ),
  j(
    'Some neighbours objected to the planning application in 2024, raising concerns about traffic on the narrow lane from the',
    'main road. The council approved the scheme on condition that the shop paid for two passing places, which were built last spring.',
  ),
  'The shop is open from 8am to 6pm every day except Christmas Day and Boxing Day.',
];
const nNav = ['News', 'Sport', 'What\u2019s On', 'Food & Drink', 'Property', 'Jobs'];
const nRel = ['Harbour caf\u00e9 wins national pasty award', 'Dairy farmers warn over milk price cut', 'Penhallow market to close for resurfacing'];
const nCls = (c: string): string => `ArticlePage_${c}__${c.length.toString(36)}Qz7`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle.replace(/&/g, '&amp;')} | Tremarrow Packet</title><meta name="description" content="${nDek}">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-05-18T06:00:00+01:00"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/css/8b2e1f0a4c3d5e6f.css" as="style"><link rel="stylesheet" href="/_next/static/css/8b2e1f0a4c3d5e6f.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"${nTitle}","author":[{"@type":"Person","name":"Jago Treloar"}],
"datePublished":"2026-05-18T06:00:00+01:00","publisher":{"@type":"NewsMediaOrganization","name":"Tremarrow Packet"}}</script>
<script src="/_next/static/chunks/webpack-4f7c3d9a1b2e.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-2c9e8d.js"
defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__x8Tq1" href="#main">Skip to main content</a>
<div class="ConsentBanner_wrapper__k2Jd8" role="dialog" aria-live="polite"><p
class="ConsentBanner_text__3mPq0">We and our partners use cookies to personalise content and ads.</p>
<button class="Button_primary__9sLkQ">I agree</button><button class="Button_secondary__a1Vb2">Manage options</button></div>
<header class="Masthead_masthead__Fq2xL"><div class="Masthead_top__p0Wz3"><a href="/" class="Masthead_logo__Lz1Xk"
aria-label="Tremarrow Packet home">Tremarrow Packet</a>
<a href="/subscribe" class="Masthead_subscribe__0qTnR">Subscribe</a></div><nav class="Nav_nav__7hYk2" aria-label="Sections"><ul class="Nav_list__Pw3d0">${nNav
  .map((n) => `<li class="Nav_item__Rt5aQ"><a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}">${n.replace(/&/g, '&amp;')}</a></li>`)
  .join('')}</ul></nav></header>
<div class="AdSlot_leaderboard__mN3c1"><span class="AdSlot_label__Zq8Tr">Advertisement</span><div id="div-gpt-ad-leaderboard"></div></div>
<main id="main" class="${nCls('main')}"><article class="${nCls('article')}"><header class="ArticleHeader_header__Hx0pL">
<a href="/news" class="ArticleHeader_kicker__vB4nE">News</a><h1 class="ArticleHeader_headline__Tq6yM">${nTitle.replace(/&/g, '&amp;')}</h1>
<p class="ArticleHeader_standfirst__Wn2rB">${nDek}</p><div class="Byline_byline__Ck9sD"><span class="Byline_author__Lm4Qa">By <a
href="/author/jago-treloar">Jago Treloar</a></span>
<time class="Byline_time__Ux2Zp" dateTime="2026-05-18T06:00:00+01:00">Monday 18 May 2026, 6:00am</time></div>
<div class="ShareBar_bar__s0Gd7"><button aria-label="Share on Facebook" class="ShareBar_btn__9Yh2k">Share</button><button
class="ShareBar_btn__9Yh2k">Copy link</button></div>
</header><figure class="ArticleImage_figure__0Lp4q"><img alt="Kit and Morwenna Pellow in the new barn"
src="/_next/image?url=%2Fimg%2Fpellows.jpg&amp;w=1200&amp;q=75">
<figcaption class="ArticleImage_caption__Jd5Rk">Kit and Morwenna Pellow in the converted threshing barn <span
class="ArticleImage_credit__b8Ty1">(Image: Tremarrow Packet)</span></figcaption></figure>
<div class="ArticleBody_body__Rj2mV">${ps(nBody.slice(0, 3), ' class="ArticleBody_para__w5Ne0"')}
<aside class="InlineRelated_box__Zp1Lc"><span class="InlineRelated_label__d7Vq2">Read more</span><a href="/news/dairy-farmers-milk-price">${nRel[1]}</a></aside>
${ps(nBody.slice(3), ' class="ArticleBody_para__w5Ne0"')}</div>
<div class="ArticleTags_tags__q1Rz5"><a href="/topic/farming">Farming</a><a href="/topic/business">Business</a></div></article>
<aside class="${nCls('rail')}"><div class="AdSlot_mpu__Hp7Wd"><span class="AdSlot_label__Zq8Tr">Advertisement</span></div>
<section class="MostRead_section__Yt3Lk"><h2 class="MostRead_title__Qm1Vx">Most read</h2><ol>${nRel
  .map(
    (r) => `<li><a href="/news/${r.length}">${r}</a>
</li>`,
  )
  .join('')}</ol></section></aside></main>
<section class="Newsletter_box__Gq4Ap"><h2>Get the Packet in your inbox</h2>
<p>The day\u2019s top stories from Tremarrow and the Roseland, every morning at 7am.</p>
<form><input type="email" aria-label="Email address" placeholder="Email address"><button type="submit">Sign me up</button></form></section>
<footer class="Footer_footer__Bq9Xs"><ul class="Footer_links__Kp2Wz"><li><a href="/contact">Contact us</a></li><li><a href="/privacy">Privacy policy</a></li>
<li><a href="/complaints">Complaints</a></li></ul><p class="Footer_copy__aL4Hn">© 2026 Tremarrow Packet Ltd</p></footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"article":{"id":"a81734","headline":"${nTitle}","section":"news"}}},"page":"/[section]/[slug]",
"query":{"section":"news","slug":"pellows-farm-shop-barn"},"buildId":"g7QwX2pLk","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout493-nextjs-farm-shop-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: [nDek, ...nBody],
  bylines: ['By Jago Treloar', 'Monday 18 May 2026, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We and our partners use cookies to personalise content and ads.', 'I agree', 'Manage options', 'Tremarrow Packet', 'Subscribe',
    ...nNav, 'Advertisement', 'Share', 'Copy link', 'Kit and Morwenna Pellow in the converted threshing barn (Image: Tremarrow Packet)', 'Read more',
    ...nRel, 'Farming', 'Most read', 'Get the Packet in your inbox', 'The day’s top stories from Tremarrow and the Roseland, every morning at 7am.',
    'Sign me up', 'Contact us', 'Privacy policy', 'Complaints', '© 2026 Tremarrow Packet Ltd',
  ],
};

export const HELDOUT493_D: readonly TestPage[] = [webflow, nextjs];
