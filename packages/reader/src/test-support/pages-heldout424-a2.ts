import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file a2: an angling magazine's news article on a Future-style "Vanilla" publishing template (Sourcepoint
 * consent message, mega-menu, breadcrumb, strapline, byline with avatar and relative date, hero figure with caption and
 * credit, an inline "Read more" promo, a "Kit used on the day" gear box with price widgets, a newsletter sign-up, tags,
 * "Latest" and "Most Popular" rails, and the publisher footer).
 */
const mTitle = 'Barbel return to the Welland Ouse as Haddon weir fish pass opens';
const mStrap = [j('Anglers report double-figure fish above the weir for the first time in a decade after the new pass was completed in March')];
const mBody1 = [
  j(
    'Barbel are being caught above Haddon weir on the Welland Ouse for the first time in more than ten years, after a',
    'new fish pass opened to the public this spring. Members of the Haddon and District Angling Association say at least',
    'fourteen barbel have been landed on the upper stretch since the season reopened, including two fish over ten pounds.',
  ),
  j(
    'The pass, a series of low concrete steps built into the eastern side of the weir, was funded by the river trust and',
    'two local councils at a cost of around £640,000. It was designed to let coarse fish and eels move upstream during',
    'normal flows, something the old weir had blocked since it was raised in the 1970s.',
  ),
];
const mPromo = 'Read more: How to find barbel on a new river in summer';
const mH1 = 'Fish moving upstream';
const mBody2 = [
  j(
    'Monitoring by the trust over the winter counted more than 300 fish using the pass in its first six weeks, mostly chub',
    'and dace, but a camera at the top step also recorded a shoal of barbel moving through in late April.',
  ),
  j(
    'Association secretary Ruth Amberley said the news had brought members back who had given up on the upper river. "We had',
    'people fishing the top beats for years and never seeing a barbel," she said. "Now they are turning up in swims that were',
    'written off. It has changed the whole feel of the club."',
  ),
];
const mQuote = j(
  'It is the best thing to happen to this river in my lifetime, and it proves that simple fixes to old barriers pay off',
  'within a single season.',
);
const mH2 = 'Tactics on the upper river';
const mBody3 = [
  j(
    'Local anglers say the fish are feeding hard on the gravel runs just above the weir pool, especially in the evening.',
    'Most have been caught on halibut pellets or boilies fished over a bed of hemp, with heavy feeders needed to hold bottom',
    'in the faster water.',
  ),
  j(
    'The association has asked members to use barbless hooks of at least size 10 and to rest fish in a landing net in the',
    'margin before release, as water temperatures rise through June. Keepnets are banned on the upper beats until September.',
  ),
];
const mGearTitle = 'Kit used on the day';
const mGear = [
  'A 12ft 2.25lb test-curve barbel rod with a through-action blank',
  'A baitrunner reel loaded with 12lb mono',
  '3oz open-end feeders for the faster runs',
  'Size 10 barbless wide-gape hooks',
  'A 42in landing net and a padded unhooking mat',
];
const mBody4 = [
  j(
    'Day tickets for the upper stretch cost £8 and are available from the tackle shop in Haddon village. The association',
    'plans to open two further swims on the far bank once the summer vegetation has been cut back.',
  ),
];
const mNav = ['Coarse', 'Carp', 'Match', 'Game', 'Sea', 'Gear', 'News', 'Subscribe'];
const mCrumbs = ['Coarse Fishing', 'News'];
const mTags = ['Barbel fishing', 'River fishing'];
const mLatest = [
  'Tench season starts strongly on southern estates',
  'Best carp bite alarms tested for 2026',
  'Young angler smashes junior perch record on canal',
];
const mPopular = ['The 10 best barbel baits, ranked by our testers', 'Why your feeder keeps tangling and how to fix it', 'Chub on the fly: a beginner guide'];
const mFoot = ['About us', 'Contact Future experts', 'Terms and conditions', 'Privacy policy', 'Cookies policy', 'Advertise with us'];
const deal = (price: string, shop: string): string => `<div class="hawk-widget hawk-widget-insert" data-widget-type="seasonal" data-render-type="editorial">
<div class="hawk-display-price-container"><span class="hawk-display-price-price">${price}</span> <span class="hawk-merchant-name">at ${shop}</span></div>
<a class="hawk-affiliate-link-merchantlink-button" href="https://clk.tightline.example/${shop.length}" rel="sponsored noopener"
target="_blank">View Deal</a></div>`;
const mHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${mTitle} | Tightline Angler</title>
<meta name="description" content="${mStrap[0]}"><meta name="robots" content="max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:site_name" content="Tightline Angler"><meta name="parsely-author" content="Owen Prestwick">
<meta name="pub_date" content="2026-05-14T10:30:00Z"><link rel="canonical" href="https://www.tightlineangler.example/coarse/news/barbel-return-welland-ouse">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Barbel return to the Welland Ouse","datePublished":
"2026-05-14T10:30:00Z","author":[{"@type":"Person","name":"Owen Prestwick"}],"publisher":{"@type":"Organization","name":"Tightline Angler"}}</script>
<script>window.ffte = {"site":"tightlineangler","channel":"coarse","articleType":"news","vertical":"fishing"};</script></head>
<body class="body-main news-article coarse"><div id="sp_message_container_884112" class="sp_message_container"><div class="message-row">
<p class="message-component message-text">We and our partners use cookies to store and access personal data such as browsing data for purposes such as
serving and personalising content and advertising.</p><button class="message-component message-button accept-all">Accept All</button>
<button class="message-component message-button">Manage Preferences</button></div></div>
<div id="document-wrapper"><header class="primary-nav"><div class="nav-wrapper"><a class="logo" href="/" title="Tightline Angler">Tightline Angler</a>
<nav class="menu-wrapper"><ul class="menu-list">${links(mNav, 'menu-item')}</ul></nav>
<div class="subscribe-cta"><a href="/subscribe">Get 6 issues for £6</a></div></div></header>
<div class="slot-leaderboard leaderboardAdPresent"><div class="ad-unit"><span class="ad-label">Advertisement</span></div></div>
<div class="page-wrapper"><nav class="breadcrumb"><ol>${links(mCrumbs, 'breadcrumb__item')}</ol></nav>
<div class="news-article" id="main"><header><h1>${mTitle}</h1><p class="strapline">${mStrap[0]}</p>
<div class="byline-social"><div class="byline"><div class="author-byline"><img class="author-byline__image" src="https://cdn.tightline.example/owen.jpg"
alt="Owen Prestwick" width="50" height="50"><div class="author-byline__author-name"><span class="by-author">By
<span class="author-byline__link"><a href="/author/owen-prestwick" rel="author">Owen Prestwick</a></span></span></div>
<div class="author-byline__date"><span class="author-byline__affiliate-disclaimer">published</span>
<time class="relative-date chunk" datetime="2026-05-14T10:30:00Z">14 May 2026</time></div></div></div>
<div class="social-share"><span class="social-share__label">Share this article</span><ul class="social-share__list">
<li><a class="social-share__link facebook" href="#">Facebook</a></li><li><a class="social-share__link twitter" href="#">Share on X</a></li>
<li><a class="social-share__link whatsapp" href="#">WhatsApp</a></li></ul></div></div>
<div class="affiliate-disclaimer"><p>When you purchase through links on our site, we may earn an affiliate commission.
<a href="/about/affiliates">Here&#39;s how it works.</a></p></div></header>
<section class="content-wrapper"><div class="hero-image-wrapper"><figure class="van-image-figure inline-layout" data-bordeaux-image-check>
<div class="image-full-width-wrapper"><picture><img src="https://cdn.tightline.example/haddon-weir.jpg" alt="" width="1200" height="675"></picture></div>
<figcaption itemprop="caption description" class="inline-layout"><span class="caption-text">The new fish pass on the eastern side of Haddon weir.</span>
<span class="credit" itemprop="copyrightHolder">(Image credit: Welland Rivers Trust)</span></figcaption></figure></div>
<div id="article-body" class="text-copy bodyCopy auto">
${ps(mBody1)}
<p class="fancy-box"><a href="/coarse/how-to/find-barbel-new-river">${mPromo}</a></p>
<h2 id="section-fish-moving-upstream">${mH1}</h2>
${ps(mBody2)}
<blockquote class="pull-quote"><p>${mQuote}</p><footer>Mark Treadwell, Welland Rivers Trust</footer></blockquote>
<h2 id="section-tactics-on-the-upper-river">${mH2}</h2>
${ps(mBody3)}
<div class="fancy-box gear-box"><h3 class="fancy_box-title">${mGearTitle}</h3><div class="fancy_box_body"><ul>
${mGear.map((t) => `<li>${t}</li>`).join('\n')}
</ul>${deal('£89.99', 'Anglers Depot')}${deal('£64.50', 'River Tackle Direct')}</div></div>
${ps(mBody4)}
</div>
<div id="slice-container-newsletterForm-articleInbodyContent" class="newsletter-inbodyContent-slice"><div class="newsletter-form__wrapper">
<p class="newsletter-form__strapline">Get the best of Tightline Angler straight to your inbox</p>
<p class="newsletter-form__description">Fishery news, tactics and gear reviews every Thursday.</p>
<form class="newsletter-form"><input type="email" placeholder="Your Email Address" aria-label="Your Email Address"><button>Sign me up</button></form>
<p class="newsletter-form__terms">By submitting your information you agree to the Terms &amp; Conditions and Privacy Policy and are aged 16 or over.</p>
</div></div>
<div class="tags-container"><span class="tags-label">Topics</span>${links(mTags, 'tag')}</div>
<div class="author-bio"><p class="author-bio__name">Owen Prestwick</p><p class="author-bio__text">Owen is news editor at Tightline Angler and has fished
rivers in the Midlands for thirty years.</p></div>
<div class="latestArticles"><h3 class="latestArticles-title">Latest</h3><ul>${links(mLatest, 'latestArticles-item')}</ul>
<a class="see-more" href="/coarse/news">See more Coarse News</a></div></section>
<aside class="sidebar"><div class="ad-unit"><span class="ad-label">Advertisement</span></div><div class="trending-container">
<h3 class="trending__heading">Most Popular</h3><ol class="trending__list">${links(mPopular, 'trending__item')}</ol></div></aside></div></div>
<footer class="site-footer"><div class="footer-publisher">Tightline Angler is part of Marlow Media Group, an international media group and leading
digital publisher.</div><ul class="footer-links">${links(mFoot)}</ul>
<p class="footer-copyright">© Marlow Media Limited Quay House, The Ambury, Bath BA1 1UA. All rights reserved.</p></footer></div>
<script src="https://vanilla.tightline.example/static/js/main.js" async></script></body></html>`;
export const magazine: TestPage = {
  name: 'heldout424-vanilla-magazine-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mGearTitle],
  body: texts([...mStrap, ...mBody1, ...mBody2, mQuote, ...mBody3, ...mGear, ...mBody4]),
  bylines: ['Owen Prestwick', '14 May 2026', 'published'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners use cookies to store and access personal data such as browsing data for purposes such as serving and personalising content',
    'Accept All', 'Manage Preferences', 'Tightline Angler', ...mNav, 'Get 6 issues for £6', 'Advertisement', ...mCrumbs, 'Share this article', 'Facebook',
    'Share on X', 'WhatsApp', 'When you purchase through links on our site, we may earn an affiliate commission.', "Here's how it works.",
    'The new fish pass on the eastern side of Haddon weir.', '(Image credit: Welland Rivers Trust)', mPromo, 'Mark Treadwell, Welland Rivers Trust',
    '£89.99', 'at Anglers Depot', '£64.50', 'at River Tackle Direct', 'View Deal', 'Get the best of Tightline Angler straight to your inbox',
    'Fishery news, tactics and gear reviews every Thursday.', 'Sign me up',
    'By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.', 'Topics', ...mTags,
    'Owen is news editor at Tightline Angler and has fished rivers in the Midlands for thirty years.', 'Latest', ...mLatest, 'See more Coarse News',
    'Most Popular', ...mPopular, 'Tightline Angler is part of Marlow Media Group, an international media group and leading digital publisher.', ...mFoot,
    '© Marlow Media Limited Quay House, The Ambury, Bath BA1 1UA. All rights reserved.',
  ],
};
