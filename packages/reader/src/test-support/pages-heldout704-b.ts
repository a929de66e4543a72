import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout704-kit.js';

/**
 * Held-out batch 704, file b: a rugby club's official news page on a Next.js club site (ticket promo inside the article,
 * partners strip, latest-news rail), and a county cricket fan blog post on WordPress with the Newspaper theme (tagDiv) with
 * share bars, an inline ad, tags, author box, related posts and comments.
 */
const cTitle = 'Oduya signs new three-year deal with Harriers';
const cDek = 'Club captain Seb Oduya has committed his future to Tarnbridge Harriers until the end of the 2029/30 season.';
const cIntro = [
  j(
    'The 28-year-old back-rower, who joined the club’s academy at 15, has made 141 first-team appearances and has captained the side',
    'since the start of last season, when he led Harriers to a third-place finish in the Premiership and a first home semi-final in',
    '11 years.',
  ),
  j(
    'Oduya was named Players’ Player of the Season at Thursday night’s awards dinner at the Corn Exchange, and he signed the new',
    'contract on the pitch at Ferrier Road the following morning.',
  ),
  j(
    '“This club is my home,” Oduya said. “I walked through the gates here as a skinny teenager who didn’t know what a ruck was',
    'supposed to look like, and everything I have in rugby I owe to the people in this building. We have unfinished business.',
    'We got close this year, and the group we have now is good enough to go further.”',
  ),
];
const cView = [
  'Director of Rugby Fiona Castell said keeping her captain had been the club’s first priority since the end of the season.',
  j(
    '“Seb sets the standard for everyone here, on and off the field,” Castell said. “He is the first in and the last out, and the',
    'younger players follow him because they see how hard he works, not because he tells them to. To keep him at Ferrier Road',
    'through his best years is a huge statement from the club and from Seb himself.',
  ),
  '“He had other options, and we know that. The fact that he wanted to stay tells you everything about the culture we are building.”',
];
const cFacts = [
  'Academy: joined aged 15 from Tarnbridge Grammar School',
  'First-team debut: v Corlan Dragons, September 2018',
  'Appearances: 141 (23 tries)',
  'Captain: since September 2026',
  'International caps: 6',
];
const cEnd = [
  j(
    'Oduya is the ninth member of the first-team squad to commit his future to the club this summer, following new deals for prop',
    'Harri Beddoe and scrum-half Luca Fenn last month.',
  ),
  'Season tickets for 2027/28 are on sale now, with early-bird prices available until 30 June.',
];
const cTop = ['Club Shop', 'Tickets', 'Harriers TV', 'Hospitality'];
const cNav = ['News', 'Fixtures & Results', 'Tables', 'Teams', 'Commercial', 'Community', 'The Club'];
const cLatest = [
  ['Beddoe and Fenn extend Harriers stay', 'Wed 26 May 2027'],
  ['Pre-season fixtures confirmed', 'Mon 24 May 2027'],
  ['Academy graduates handed senior contracts', 'Fri 21 May 2027'],
];
const cFoot = ['Contact Us', 'Accessibility', 'Privacy Policy', 'Cookie Policy', 'Careers'];
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Oduya signs new three-year deal with Harriers | Tarnbridge Harriers</title>
<meta name="description" content="${cDek}"><meta property="og:type" content="article"><meta property="og:title" content="${cTitle}">
<meta property="og:image" content="https://images.harriersrugby.co.uk/news/2027/06/oduya-signs.jpg"><meta name="next-head-count" content="12">
<link rel="preload" href="/_next/static/css/9e1f4c7a.css" as="style"><link rel="stylesheet" href="/_next/static/css/9e1f4c7a.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2027-06-11T10:00:00+01:00",
"publisher":{"@type":"SportsOrganization","name":"Tarnbridge Harriers"}}</script></head>
<body><div id="__next"><a class="skip-link" href="#main">Skip to content</a>
<div class="top-bar"><ul class="top-bar__links">${links(cTop, 'top-bar__item')}</ul></div>
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/"><img src="/images/crest.svg" alt="Tarnbridge Harriers crest">
<span class="visually-hidden">Tarnbridge Harriers home</span></a><nav class="main-nav" aria-label="Main"><ul
class="main-nav__list">${links(cNav, 'main-nav__item')}</ul>
</nav><button class="main-nav__toggle" aria-expanded="false"><span class="visually-hidden">Open menu</span></button></div>
<div class="sponsor-lockup"><span class="sponsor-lockup__label">Principal Partner</span><img src="/images/partners/kelder.svg"
alt="Kelder Building Society"></div>
</header>
<main id="main" class="page page--article"><article class="article"><header class="article-header">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li
aria-current="page">Club News</li></ol></nav>
<span class="article-header__category">Club News</span><h1 class="article-header__title">${cTitle}</h1>
<p class="article-header__standfirst">${cDek}</p>
<div class="article-header__meta"><span class="article-header__author">By Harriers Media</span><time class="article-header__date"
datetime="2027-06-11T10:00:00+01:00">
Fri 11 Jun 2027</time><span class="article-header__read-time">3 min read</span></div>
<figure class="article-header__image"><img src="https://images.harriersrugby.co.uk/news/2027/06/oduya-signs.jpg" alt="Seb Oduya signs his contract">
<figcaption><span class="caption">Seb Oduya puts pen to paper at Ferrier Road</span> <span class="credit">Photo: Kit Ramsey</span></figcaption></figure>
</header><div class="article__layout"><aside class="article-share article-share--sticky" aria-label="Share this article"><span
class="article-share__title">Share</span>
<ul class="article-share__list"><li><a href="#" class="article-share__link article-share__link--facebook">Facebook</a></li>
<li><a href="#" class="article-share__link article-share__link--x">X</a></li><li><a href="#"
class="article-share__link article-share__link--whatsapp">WhatsApp</a></li>
<li><button class="article-share__link article-share__link--copy">Copy link</button></li></ul></aside>
<div class="article-body rich-text">${ps(cIntro)}
<div class="promo-block promo-block--fixture"><span class="promo-block__eyebrow">Next home match</span>
<p class="promo-block__title">Harriers v Corlan Dragons</p><p class="promo-block__meta">Sat 18 Sep 2027, 3:00pm, Ferrier Road</p>
<a class="button button--primary" href="/tickets">Buy tickets</a></div>
<h2>Director of Rugby’s view</h2>${ps(cView)}
<div class="video-embed"><div class="video-embed__player" data-video-id="hv-2291"></div><p class="video-embed__title">WATCH: Oduya on his new deal</p>
<span class="video-embed__duration">2:41</span></div>
<h2>Oduya at Harriers</h2><ul>${lis(cFacts)}</ul>${ps(cEnd)}</div></div>
<footer class="article-footer"><div class="article-tags"><span class="article-tags__label">Related tags</span><ul>
<li><a href="/tags/seb-oduya">Seb Oduya</a></li><li><a href="/tags/contracts">Contracts</a></li><li><a href="/tags/first-team">First Team</a></li></ul></div>
</footer></article>
<section class="latest-news"><h2 class="latest-news__title">Latest News</h2><div class="card-grid">${cLatest
  .map(
    ([t, d]) => `<a class="news-card" href="/news/x"><div class="news-card__image"><img src="/news/thumb.jpg" alt=""></div><div class="news-card__body">
<span class="news-card__category">Club News</span><h3 class="news-card__title">${t}</h3><time class="news-card__date">${d}</time></div></a>`,
  )
  .join('\n')}</div><a class="latest-news__more" href="/news">View all news</a></section>
<section class="newsletter"><h2 class="newsletter__title">Sign up to the Harriers newsletter</h2>
<p class="newsletter__text">Get the latest team news, ticket offers and competitions straight to your inbox.</p>
<form class="newsletter__form"><label for="nl-email" class="newsletter__label">Email address</label><input id="nl-email" type="email">
<button type="submit" class="button">Subscribe</button></form></section></main>
<div class="partners"><h2 class="partners__title">Our Partners</h2><ul class="partners__list">
<li><span class="partners__tier">Principal Partner</span><img src="/images/partners/kelder.svg" alt="Kelder Building Society"></li>
<li><span class="partners__tier">Official Kit Supplier</span><img src="/images/partners/vantor.svg" alt="Vantor"></li></ul></div>
<footer class="site-footer"><div class="site-footer__address"><p>Tarnbridge Harriers RFC</p><p>Ferrier Road, Tarnbridge TB4 2RN</p></div>
<ul class="site-footer__links">${links(cFoot)}</ul><p class="site-footer__copyright">© 2027 Tarnbridge Harriers RFC Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":2291,"slug":"oduya-signs-new-deal","title":"${cTitle}"}}},
"page":"/news/[slug]","query":{"slug":"oduya-signs-new-deal"},"buildId":"h7Yq2","isFallback":false}</script>
<script src="/_next/static/chunks/main-3c1b.js" defer></script></body></html>`;
const club: TestPage = gold({
  name: 'heldout704-nextjs-club-contract-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['Director of Rugby’s view', 'Oduya at Harriers'],
  body: texts([cDek, ...cIntro, ...cView, ...cFacts, ...cEnd]),
  bylines: ['By Harriers Media', 'Fri 11 Jun 2027', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...cTop, 'Tarnbridge Harriers home', ...cNav, 'Open menu', 'Principal Partner', 'Home', 'News', 'Club News',
    'Seb Oduya puts pen to paper at Ferrier Road', 'Photo: Kit Ramsey', 'Share', 'Facebook', 'X', 'WhatsApp', 'Copy link', 'Next home match',
    'Harriers v Corlan Dragons', 'Sat 18 Sep 2027, 3:00pm, Ferrier Road', 'Buy tickets', 'WATCH: Oduya on his new deal', '2:41', 'Related tags',
    'Seb Oduya', 'Contracts', 'First Team', 'Latest News', ...cLatest.flat(), 'View all news', 'Sign up to the Harriers newsletter',
    'Get the latest team news, ticket offers and competitions straight to your inbox.', 'Email address', 'Subscribe', 'Our Partners',
    'Official Kit Supplier', 'Tarnbridge Harriers RFC', 'Ferrier Road, Tarnbridge TB4 2RN', ...cFoot,
    '© 2027 Tarnbridge Harriers RFC Ltd. All rights reserved.',
  ],
});

const wTitle = 'Five things we learned from Wexmoor’s first Championship win of the summer';
const wIntro = [
  j(
    'It took until the fourth afternoon, and there were a couple of hours on Saturday when it looked like slipping away, but',
    'Wexmoor have their first County Championship win of the season. The 64-run victory over Hallamford at Orchard Lane lifts',
    'us to third in Division Two, and after last year’s washouts it felt like a lot more than 16 points.',
  ),
  'Here is what stood out from four days on the grass bank.',
];
const wSecs: [string, string][] = [
  [
    '1. Pell’s new-ball spell was the real thing',
    j(
      'Everyone has been waiting two seasons for Corin Pell to put together a spell like Thursday morning’s. Eight overs, three',
      'for 11, and the ball moving late both ways off a pitch that had nothing in it for anyone else. He looks stronger through',
      'the crease, and the extra yard of pace he found over the winter was obvious even from the boundary.',
    ),
  ],
  [
    '2. The top order still worries me',
    j(
      'We were 38 for four in the first innings and 51 for three in the second. The tail bailed us out both times, but you cannot',
      'rely on Dev Santhakumar making 70 from number eight every week. Mikkel Aas has looked out of touch since the first net',
      'session of the year, and I would give young Ollie Prentice a run at the top.',
    ),
  ],
  [
    '3. Santhakumar is an all-rounder now',
    j(
      'Speaking of Santhakumar: 74 and 41 with the bat, five wickets in the match with the ball. Last season he was batting at ten',
      'and bowling six overs a day. The coaches deserve credit for trusting him.',
    ),
  ],
  [
    '4. The new scoreboard is a disgrace',
    j(
      'Three days in a row it stopped working after lunch. On Saturday it showed Hallamford as 412 for 19 for most of the',
      'afternoon. For £180,000 we expected better.',
    ),
  ],
  [
    '5. The crowds are back',
    j(
      'The club says 2,870 came through the gates over the four days, the best for a Championship game at Orchard Lane since 2019.',
      'The Pavilion Bar ran out of the local bitter by tea on Friday, which is the best sign of all.',
    ),
  ],
];
const wRows = [
  ['Team', 'First innings', 'Second innings'],
  ['Wexmoor', '231', '268'],
  ['Hallamford', '205', '230'],
];
const wClose = 'Next up is the trip to Easterby on Thursday. I’ll be there with the flask, so come and say hello on the hill.';
const wNav = ['Home', 'County Cricket', 'Match Reports', 'Opinion', 'Podcast', 'Archive', 'About'];
const wTags = ['County Championship', 'Corin Pell', 'Hallamford', 'Orchard Lane'];
const wRelated = ['Player ratings: Wexmoor v Hallamford', 'Pre-season predictions: where will Wexmoor finish?', 'Why we need a new overseas seamer'];
const wComments = [
  ['Bernie Callow', 'April 14, 2027 At 8:51 pm', 'Spot on about the scoreboard. My grandson thought Hallamford had invented a new format.'],
  ['Jas', 'April 15, 2027 At 7:02 am', 'Prentice has to play at Easterby. Aas needs a few games in the seconds.'],
];
const wShare = (
  pos: string,
) => `<div class="td-post-sharing-${pos}"><div id="td_social_sharing_article_${pos}" class="td-post-sharing td-ps-bg td-post-sharing-style1">
<div class="td-post-sharing-visible">${['Facebook', 'Twitter', 'WhatsApp', 'Pinterest']
  .map(
    (n) => `<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-${n.toLowerCase()}" href="#">
<div class="td-social-but-icon"><i class="td-icon-${n.toLowerCase()}"></i></div><div class="td-social-but-text">${n}</div></a>`,
  )
  .join('')}</div></div></div>`;
const wHtml = `<!doctype html >
<!--[if IE 8]><html class="ie8" lang="en"> <![endif]-->
<html lang="en-GB"><head><title>Five things we learned from Wexmoor’s first Championship win of the summer | The Tanner’s End</title>
<meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots"
content="index, follow, max-image-preview:large">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${wTitle}">
<meta property="article:published_time" content="2027-04-14T19:22:11+00:00"><meta name="author" content="Gareth Penlan">
<link rel='stylesheet' id='td-theme-css' href='https://thetannersend.co.uk/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />
<script type="text/javascript">var tdBlocksArray = []; var tds_general_modal_image = "yes"; var tdc_is_installed = "yes";
var td_ajax_url = "https:\\/\\/thetannersend.co.uk\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5";</script>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Gareth Penlan"},"datePublished":"2027-04-14T19:22:11+00:00"}]}</script></head>
<body class="post-template-default single single-post postid-2291 single-format-standard td-standard-pack global-block-template-1 td-full-layout"
itemscope="itemscope"
itemtype="https://schema.org/WebPage"><div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div><div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container">
<div class="td-mobile-content"><ul class="td-mobile-main-menu">${links(wNav)}</ul></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap"><div class="tdc-header-wrap "><div class="td-header-wrap td-header-style-1 ">
<div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">
<div class="td-header-sp-top-menu"><div class="td_data_time"><div>Wednesday, April 14, 2027</div></div>
<ul class="top-header-menu td_ul_login"><li class="menu-item"><a class="td-login-modal-js menu-item" href="#login-form">Sign in / Join</a></li></ul></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="#" title="Twitter"><i
class="td-icon-font td-icon-twitter"></i></a></span>
</div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo">
<h1 class="td-logo"><a class="td-main-logo" href="https://thetannersend.co.uk/"><img class="td-retina-data" src="/wp-content/uploads/2026/02/logo.png"
alt="The Tanner’s End"><span class="td-visual-hidden">The Tanner’s End</span></a></h1></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div
class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><div class="menu-main-menu-container"><ul id="menu-main-menu-1"
class="sf-menu">${links(wNav, 'menu-item')}</ul></div></div>
</div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default "><div class="td-crumb-container"><div
class="entry-crumbs">
<span><a title="" class="entry-crumb" href="https://thetannersend.co.uk/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a title="View all posts in County Cricket" class="entry-crumb" href="/category/county-cricket/">County Cricket</a></span>
<i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">${wTitle}</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-2291" class="post-2291 post type-post status-publish format-standard has-post-thumbnail category-county-cricket" itemscope
itemtype="https://schema.org/Article"><div class="td-post-header"><ul class="td-category"><li class="entry-category"><a
href="/category/county-cricket/">County Cricket</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${wTitle}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div
class="td-author-by">By</div>
<a href="https://thetannersend.co.uk/author/gareth/">Gareth Penlan</a><div class="td-author-line"> - </div></div><span class="td-post-date">
<time class="entry-date updated td-module-date" datetime="2027-04-14T19:22:11+00:00">April 14, 2027</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-2291">1,204</span></div>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>2</a></div></div></header></div>
${wShare('top')}
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><a href="/wp-content/uploads/2027/04/pell.jpg"
data-caption="Corin Pell on his way to three for 11 on the first morning"><img width="696" height="464" class="entry-thumb td-modal-image"
src="/wp-content/uploads/2027/04/pell-696x464.jpg" alt="" title="pell"></a><figcaption
class="wp-caption-text">Corin Pell on his way to three for 11 on the first
morning</figcaption></figure></div>
${ps(wIntro)}
${wSecs
  .slice(0, 2)
  .map(([h, p]) => `<h3 class="wp-block-heading">${h}</h3>\n<p>${p}</p>`)
  .join('\n')}
<div class="td-a-rec td-a-rec-id-content_inline tdi_2 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span>
<div class="td-all-devices"><ins class="adsbygoogle" data-ad-client="ca-pub-000" data-ad-slot="1"></ins></div></div>
${wSecs
  .slice(2)
  .map(([h, p]) => `<h3 class="wp-block-heading">${h}</h3>\n<p>${p}</p>`)
  .join('\n')}
<h3 class="wp-block-heading">The scorecard in brief</h3><figure class="wp-block-table"><table><tbody>${wRows
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`)
  .join('\n')}</tbody></table></figure>
<p>${wClose}</p></div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${wTags
  .map((t) => `<li><a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`)
  .join('')}</ul></div>
${wShare('bottom')}
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span>
<a href="/2027/04/09/pre-season-predictions/">Pre-season predictions: where will Wexmoor finish?</a></div></div><div class="td-next-prev-separator"></div>
<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span>
<a href="/2027/04/21/easterby-preview/">Easterby preview: no Aas, no problem?</a></div></div></div>
<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="/author/gareth/">Gareth Penlan</a></span></div>
<div class="author-box-wrap"><a href="/author/gareth/"><img alt="" src="/avatar/gareth.jpg" class="avatar avatar-96 photo" height="96" width="96"></a>
<div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/gareth/">Gareth Penlan</a></span></div>
<div class="td-author-description">Member since 1994, sits on the grass bank at Orchard Lane and writes about Wexmoor when the rain lets him.</div>
<div class="td-author-social"><span class="td-social-icon-wrap"><a target="_blank" href="#" title="Twitter"><i
class="td-icon-font td-icon-twitter"></i></a></span></div>
</div></div></footer></article>
<div class="td_block_wrap td_block_related_posts td_block_template_1"><h4 class="td-related-title td-block-title">
<a id="tdi_3" class="td-related-left td-cur-simple-item" data-td_filter_value="" href="#">RELATED ARTICLES</a>
<a id="tdi_4" class="td-related-right" data-td_filter_value="td_related_more_from_author" href="#">MORE FROM AUTHOR</a></h4>
<div class="td_block_inner">${wRelated
  .map(
    (t) => `<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="item-details">
<h3 class="entry-title td-module-title"><a href="/x/" rel="bookmark" title="${t}">${t}</a></h3></div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>2 COMMENTS</span></h4></div>
<ol class="comment-list">${wComments
  .map(
    ([n, d, t], i) => `<li class="comment" id="li-comment-${i + 1}"><article><footer><img alt="" src="/avatar/${i}.jpg" class="avatar avatar-50 photo">
<cite><a href="#" rel="external nofollow ugc" class="url">${n}</a></cite><a class="comment-link" href="#comment-${i + 1}"><time pubdate="">${d}</time></a>
</footer><div class="comment-content"><p>${t}</p></div><div class="comment-meta" id="comment-${i + 1}">
<a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" name="comment" cols="45" rows="8"></textarea></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30"></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_7 td_block_template_1">
<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">MOST POPULAR</span></h4></div><div
class="td_block_inner">
${wRelated
  .map(
    (t) => `<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a
href="/x/">${t}</a></h3></div>`,
  )
  .join('\n')}</div></div>
</div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">
<div class="footer-text-wrap">The Tanner’s End is an independent fan blog and is not affiliated with Wexmoor County Cricket Club.</div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">
© The Tanner’s End 2027</div></div></div></div></div>
<script type='text/javascript' src='https://thetannersend.co.uk/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5' id='td-site-min-js'></script>
</body></html>`;
const newspaper: TestPage = gold({
  name: 'heldout704-wordpress-newspaper-cricket-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [...wSecs.map((s) => s[0]), 'The scorecard in brief'],
  body: texts([...wIntro, ...wSecs.map((s) => s[1]), ...wRows.map((r) => r.join(' ')), wClose]),
  bylines: ['By', 'Gareth Penlan', 'April 14, 2027', ...wComments.flatMap((c) => [at(c, 0), at(c, 1)])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wednesday, April 14, 2027', 'Sign in / Join', 'The Tanner’s End', ...wNav, 'Home', 'County Cricket', '1,204', '2', 'Facebook', 'Twitter',
    'WhatsApp', 'Pinterest', 'Corin Pell on his way to three for 11 on the first morning', '- Advertisement -', 'TAGS', ...wTags, 'Previous article',
    'Next article', 'Easterby preview: no Aas, no problem?',
    'Member since 1994, sits on the grass bank at Orchard Lane and writes about Wexmoor when the rain lets him.', 'RELATED ARTICLES',
    'MORE FROM AUTHOR', ...wRelated, '2 COMMENTS', ...wComments.map((c) => at(c, 2)), 'Reply', 'LEAVE A REPLY',
    'Save my name, email, and website in this browser for the next time I comment.', 'MOST POPULAR',
    'The Tanner’s End is an independent fan blog and is not affiliated with Wexmoor County Cricket Club.', '© The Tanner’s End 2027',
  ],
});

export const HELDOUT704_B: readonly TestPage[] = [club, newspaper];
