import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, settle } from './pages-heldout553-kit.js';

/**
 * Held-out batch 553, file c: a regional news site's county show report on Next.js (CSS-module classes, OneTrust banner, share
 * bar, inline "Read more" link, most-read rail), and a home baker's show-day post on Ghost (Casper) with a read-more card.
 */
const nTitle = 'Rain fails to dampen spirits as record 31,000 flock to Wendlebury Show';
const nDek = 'Organisers hail best gate in the show’s 162-year history despite a wet start, with a Holstein from Crickley taking the supreme title';
const nP1 = [
  j(
    'More than 31,000 people passed through the gates of the Wendlebury Show on Saturday, beating the previous record set in 2019 by',
    'almost 2,000, despite heavy rain that closed two of the car parks before 10am.',
  ),
  j(
    'Show director Ruth Menzies said the crowds had "simply refused to be put off". She added: "By lunchtime the sun was out, the',
    'grandstand was full and the queue for the cheese tent went all the way back to the sheep lines."',
  ),
  j(
    'The supreme champion of the cattle section was Crickley Dolly 14, a five-year-old Holstein shown by the Parfitt family of',
    'Crickley Farm, who have exhibited at the show for four generations. Judge Alan Brayshaw described her as "a cow with',
    'everything in the right place, and she walked like she knew it".',
  ),
];
const nRead = 'Read more: Wendlebury Show to move to new site in 2029';
const nSheepH = 'Sheep and pigs';
const nP2 = [
  j(
    'In the sheep lines, the interbreed title went to a Texel shearling ram from Owen Pritchard of Llanfair Hill, who was showing',
    'at Wendlebury for the first time. The pig section, restored last year after a six-year absence, drew 84 entries, its largest',
    'since 2012, with a Gloucestershire Old Spots gilt named Primrose taking the championship.',
  ),
  j(
    'Young handlers were out in force. Twelve-year-old Isla Fenn won the junior sheep handling class with a Jacob ewe lamb she',
    'has raised on her family’s smallholding at Morton Cross.',
  ),
];
const nProduceH = 'Produce and crafts';
const nP3 = [
  j(
    'The produce marquee had 1,140 entries across 212 classes. The Hebden Cup for the best exhibit in the vegetable section went',
    'to 81-year-old Leonard Stiles for a tray of five leeks that steward Pam Oakley called "as straight as a guardsman".',
  ),
  'Other winners included:',
];
const nWinners = [
  'Best cheese: Upper Farleigh Dairy, for its cloth-bound cheddar',
  'Best bread: Sarah Quill of Bishops Netley, for a seeded sourdough',
  'Best in the floral art classes: Wendlebury WI, for "Harvest Home"',
  'Champion heavy horse: Netley Duchess, a Shire mare owned by the Coombes family',
];
const nP4 = [
  j(
    'Next year’s show will be the last on the Castle Meadows site before the move to Hyde Farm. Tickets go on sale in March, and',
    'organisers said they would look again at parking after some visitors waited more than an hour to leave.',
  ),
];
const nNav = ['News', 'Sport', 'What’s On', 'Farming', 'Property', 'Jobs', 'Announcements'];
const nMost = [
  'Bypass plans go to public inquiry',
  'Cheesemaker wins world title',
  'Six new homes approved at Netley Mill',
  'Flood warning lifted on the Wend',
];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Terms and conditions', 'Privacy notice', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Wendle Valley Gazette</title><meta name="description" content="${nDek}"/>
<meta property="og:type" content="article"/><meta property="article:published_time" content="2027-08-07T18:45:00+01:00"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Tom Harrowby"}]}</script>
<link rel="preload" href="/_next/static/css/7f3c1e0a9b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7f3c1e0a9b.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-8c1f.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-2b9e.js" defer="">
</script>
</head><body><div id="__next"><a class="SkipLink_skip__3kQ2a" href="#main">Skip to main content</a>
<header class="Header_header__Zx1p0"><div class="Header_top__q8LmA"><a class="Header_logo__Pp7Yd" href="/" aria-label="Wendle Valley Gazette home">
<svg viewBox="0 0 240 32" aria-hidden="true"></svg></a><a class="Button_button__ab1 Button_primary__c9s" href="/subscribe">Subscribe</a>
<a class="Header_signin__tT0d" href="/account/login">Sign in</a></div>
<nav class="Nav_nav__m2RkP" aria-label="Sections"><ul class="Nav_list__0aQ1x">${links(nNav, 'Nav_item__Hj3ee')}</ul></nav>
<div class="Ticker_ticker__f0a1" role="marquee"><span class="Ticker_label__k2b">Breaking</span>
<a href="/news/a38-reopens">A38 reopens after overnight closure</a></div>
</header>
<main id="main" class="Layout_main__lw9E2"><div class="Layout_grid__uX1kd"><article class="Article_article__b1N9q">
<a class="Article_kicker__y7Hs2" href="/farming">Farming</a><h1 class="Article_headline__e0O8K">${nTitle}</h1>
<p class="Article_standfirst__uKj3m">${nDek}</p>
<div class="Byline_byline__hR0a1"><span class="Byline_author__9sD2">By <a href="/authors/tom-harrowby">Tom Harrowby</a></span>
<span class="Byline_role__e5Fq">Farming reporter</span>
<time class="Byline_time__0Rm7" dateTime="2027-08-07T18:45:00+01:00">Published 7 August 2027, 6:45pm</time></div>
<div class="ShareBar_share__p0Lc3"><span class="ShareBar_label__Mn2">Share</span>
<a href="https://www.facebook.com/sharer/sharer.php" aria-label="Share on Facebook">
<svg aria-hidden="true"></svg></a><a href="https://twitter.com/intent/tweet" aria-label="Share on X"><svg aria-hidden="true"></svg></a>
<button class="ShareBar_copy__v2" type="button">Copy link</button></div>
<figure class="Figure_figure__1Zc8a"><img alt="Crowds at the main ring" src="/_next/image?url=%2Fuploads%2Fshow.jpg&amp;w=1200&amp;q=75" loading="eager"/>
<figcaption class="Figure_caption__dW3k1">Crowds packed the main ring for the grand parade of livestock
<span class="Figure_credit__a0S">Picture: Jo Fairlie</span>
</figcaption></figure>
<div class="ArticleBody_body__t9Lq8">
${ps(nP1, ' class="ArticleBody_para__0P1q"')}
<p class="ArticleBody_readMore__Hx7e"><strong><a href="/news/wendlebury-show-new-site">${nRead}</a></strong></p>
<h2 class="ArticleBody_subhead__kL9p">${nSheepH}</h2>
${ps(nP2, ' class="ArticleBody_para__0P1q"')}
<aside class="Related_related__Vq0p"><h3 class="Related_title__a1">Related</h3><ul><li><a href="/farming/young-farmers-rally">Young farmers rally draws
teams from six counties</a></li></ul></aside>
<h2 class="ArticleBody_subhead__kL9p">${nProduceH}</h2>
${ps(nP3, ' class="ArticleBody_para__0P1q"')}
<ul class="ArticleBody_list__Ab3">${lis(nWinners)}</ul>
${ps(nP4, ' class="ArticleBody_para__0P1q"')}
</div>
<div class="Tags_tags__2mC7"><a href="/tags/wendlebury-show">Wendlebury Show</a><a href="/tags/agriculture">Agriculture</a></div>
</article>
<aside class="Rail_rail__9yVn"><section class="MostRead_mostRead__o1Rf"><h2 class="MostRead_title__Ly8">Most read</h2><ol>${links(nMost)}</ol></section>
<section class="Newsletter_box__kX0"><h2>The Gazette Daily</h2><p>The day’s top stories from the valley, every morning at 7am.</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"/><button type="submit">Sign me up</button></form></section></aside>
</div></main>
<footer class="Footer_footer__sY5hb"><ul class="Footer_links__d8b">${links(nFoot)}</ul>
<p class="Footer_copy__Xq2">© 2027 Wendle Valley Media Ltd. All rights reserved.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><p id="onetrust-policy-text">We and our partners use cookies to personalise content and ads and to analyse our traffic.</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-accept-btn-handler">Accept all</button>
</div>
</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":40921,"headline":"${nTitle}"}}},"page":"/[section]/[slug]",
"buildId":"q1w2e3"}</script>
</body></html>`;
const nextShowReport: TestPage = settle({
  name: 'heldout553-nextjs-show-report',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nSheepH, nProduceH],
  body: texts([nDek, ...nP1, ...nP2, ...nP3, ...nWinners, ...nP4]),
  bylines: ['By Tom Harrowby', 'Published 7 August 2027, 6:45pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', 'Sign in', ...nNav, 'Breaking', 'A38 reopens after overnight closure', 'Farming reporter', 'Share', 'Copy link',
    'Crowds packed the main ring for the grand parade of livestock', 'Picture: Jo Fairlie', nRead, 'Related',
    'Young farmers rally draws teams from six counties', 'Wendlebury Show', 'Agriculture', 'Most read', ...nMost, 'The Gazette Daily',
    'The day’s top stories from the valley, every morning at 7am.', 'Email address', 'Sign me up', ...nFoot,
    '© 2027 Wendle Valley Media Ltd. All rights reserved.',
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'Manage preferences', 'Accept all',
  ],
});

const gTitle = 'Second place for the lemon drizzle (and a lesson about the judge)';
const gDek = 'Notes from the Pellingham Village Show, where the cake classes were fiercer than ever.';
const gBody = [
  j(
    'I entered three classes this year: the lemon drizzle, the six cheese straws and the "cake for a village celebration". The drizzle',
    'came second out of nineteen, the cheese straws got nothing, and the celebration cake was Highly Commended, which I will take.',
  ),
  j(
    'The judge’s card on the cheese straws said "uneven in length". She is right. I cut them by eye at eleven o’clock the night before.',
    'Next year I am using a ruler, and I do not care who sees me do it.',
  ),
  j(
    'The winning drizzle, from Maureen at the Old Bakehouse, had a crackle of sugar on top that I have never managed. I asked her about',
    'it over a cup of tea and she said: granulated, not caster, and pour it while the cake is still hot. So that is what I will be',
    'practising all winter.',
  ),
];
const gNav = ['Home', 'Recipes', 'Shows', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1c2d" />
<meta name="description" content="${gDek}"><link rel="canonical" href="https://crumbandcrust.blog/second-place-lemon-drizzle/">
<meta name="generator" content="Ghost 5.82"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gTitle}",
"author":{"@type":"Person","name":"Ros Tilling"},"datePublished":"2027-08-16T09:02:11.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://crumbandcrust.blog/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-shows tag-baking is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://crumbandcrust.blog">${esc('Crumb & Crust')}</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg aria-hidden="true"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-shows tag-baking">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/shows/">Shows</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ros/" class="author-avatar"><img class="author-profile-image" src="/content/images/ros.jpg" alt="Ros Tilling" /></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ros/">Ros Tilling</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-08-16">Aug 16, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span>
</div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w600/2027/08/drizzle.jpg 600w" src="/content/images/2027/08/drizzle.jpg" alt="A lemon drizzle cake">
<figcaption><span style="white-space: pre-wrap;">The second-placed drizzle, with its red card</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/seeded-sourdough/">
<img class="post-card-image" src="/content/images/2027/07/loaf.jpg" alt="Seeded sourdough" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/seeded-sourdough/"><header class="post-card-header">
<h2 class="post-card-title">A seeded sourdough for the show bench</h2>
</header><div class="post-card-excerpt">Why I stopped scoring my loaves in a cross.</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2027-07-02">Jul 2, 2027</time><span class="post-card-meta-length">3 min read</span></footer></div></article></div>
</aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://crumbandcrust.blog">${esc('Crumb & Crust')}</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="/assets/built/casper.js?v=8a1c2d"></script></body></html>`;
const ghostBaker: TestPage = settle({
  name: 'heldout553-ghost-baking-show-day',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [gDek, ...gBody],
  bylines: ['Ros Tilling', 'Aug 16, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Crumb & Crust', ...gNav, 'Sign in', 'Subscribe', '• 2 min read', 'The second-placed drizzle, with its red card', 'Sign up for more like this.',
    'Enter your email', 'A seeded sourdough for the show bench', 'Why I stopped scoring my loaves in a cross.', 'Jul 2, 2027', '3 min read',
    'Crumb & Crust © 2027', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
});

export const HELDOUT553_C: readonly TestPage[] = [nextShowReport, ghostBaker];
