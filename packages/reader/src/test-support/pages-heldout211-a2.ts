import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 211, file a2: a Eurogamer news article on the ReedPop template (the Sourcepoint consent banner, the site
 * header with its nav and "Sign in", the supporter strip, breadcrumbs, strapline, author, "Published on" time and
 * "Follow" topic prompt, the hero figure with its credit, a studio statement as a blockquote, an inline "Read more" aside,
 * the mid-article ad, the "Related topics" follow box, the newsletter promo, the comments prompt, the "Most popular" and
 * "Latest" rails and the ReedPop footer).
 */
const egTitle = 'Lanternfall sequel delayed to 2027 as Brightwater Studios doubles the size of its team';
const egStrap = 'But the studio promises a playable demo "before the year is out".';
const egP1 = [
  'Brightwater Studios has delayed <em>Lanternfall 2</em>, the follow-up to its 2022 lighthouse-keeping adventure, from autumn ' +
    'next year to an unspecified date in 2027.',
  'The news came in a post on the studio’s blog this afternoon, in which co-founder Ines Marrow said the team had grown from 14 ' +
    'people to just over 30 since the sequel was announced, and that the game had "outgrown the plan we made for it".',
  'In the post, Marrow explained that the sequel’s biggest new feature, a coastline that changes between visits depending on ' +
    'the tides and the weather, had taken far longer to build than expected.',
];
const egQuote = [
  'We could have shipped a smaller game next year, and some of us wanted to. But every time we played the build with the ' +
    'living coastline switched off, it felt like the first game again with a new coat of paint. We would rather take the ' +
    'extra time and make the thing we promised.',
];
const egP2 = [
  'The original <em>Lanternfall</em> was a surprise success for the Cardiff-based studio, selling more than 1.2 million copies ' +
    'across PC and consoles and picking up a handful of awards for its sound design. Its sequel was revealed at a showcase ' +
    'last summer with a short trailer showing a storm rolling in over a rebuilt harbour town.',
  'Marrow said the extra staff had mostly joined the art and engineering teams, and that the studio had also opened a small ' +
    'second office in Bristol. She added that nobody on the team had been asked to work overtime to hit the original date, ' +
    'and that the delay was partly about "keeping it that way".',
  'There is some good news for those waiting. Brightwater said it would release a free demo on Steam before the end of the ' +
    'year, covering the opening two days of the game and a short section of the new tide system. The studio also confirmed ' +
    'the sequel will launch on PC, PlayStation 5 and Xbox Series X/S, with a Switch 2 version "being looked at".',
  'Publisher Harrowgate Games, which signed the sequel after the first game’s launch, said in a statement that it "fully ' +
    'supports" the new schedule. Pre-orders, which opened on some storefronts last month, will be honoured at the original ' +
    'price.',
  'We have asked Brightwater whether the delay affects the planned physical edition and will update this story if we hear back.',
];
const egNav = ['News', 'Reviews', 'Features', 'Guides', 'Videos', 'Deals', 'Podcasts'];
const egCrumbs = ['Home', 'News'];
const egTopics = ['Brightwater Studios', 'Harrowgate Games', 'Adventure', 'PC', 'PS5', 'Xbox Series X/S'];
const egCaption = 'A storm rolls over the harbour in the Lanternfall 2 reveal trailer.';
const egReadMore = 'Lanternfall review: a quiet, beautiful game about keeping the light on';
const egPopular = [
  'The best co-op games to play with a friend this winter',
  'Our favourite hidden details in this year’s biggest open-world game',
  'Digital Foundry: how a tiny team pushed a handheld to 60fps',
  'Eight years later, this puzzle game still has an unsolved secret',
];
const egLatest = ['Steam Next Fest returns in February with a new demo format', 'A cosy fishing game about grief is out now', 'This week’s free games'];
const egConsent = [
  'We and our partners use cookies and similar technologies to store and access information on your device, and to process ' +
    'personal data such as unique identifiers and browsing data, for personalised ads and content, ad and content measurement, ' +
    'audience research and services development.',
  'Accept',
  'Reject',
  'Options',
];
const egFollow = 'Follow topics and we’ll email you when we publish something new about them.';
const egNewsletter = ['Sign up for the Eurogamer newsletter', 'Get the best of Eurogamer delivered straight to your inbox every week.'];
const egComments = ['Comments', 'Sign in and unlock a world of features', 'Get access to commenting, homepage personalisation and more.'];
const egFoot = ['About Eurogamer', 'Contact us', 'Write for us', 'Advertise', 'Privacy policy', 'Terms of use', 'Cookie settings', 'Corrections'];
const egFootCopy = '© 2025 Gamer Network Limited, Gateway House, 28 The Quadrant, Richmond, Surrey, TW9 1DN, United Kingdom.';
const egHtml = `<!DOCTYPE html>
<html lang="en-GB" data-site="eurogamer"><head><meta charset="utf-8">
<title>Lanternfall sequel delayed to 2027 as Brightwater Studios doubles the size of its team | Eurogamer.net</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${egStrap.replace(/"/g, '&quot;')}">
<meta property="og:title" content="${egTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Eurogamer.net">
<meta property="article:published_time" content="2025-11-20T16:42:00+00:00"><meta name="author" content="Tomasz Wren">
<link rel="canonical" href="https://www.eurogamer.example/lanternfall-sequel-delayed-to-2027">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${egTitle}","datePublished":"2025-11-20T16:42:00+00:00",
"author":[{"@type":"Person","name":"Tomasz Wren","url":"https://www.eurogamer.example/authors/tomasz-wren"}],
"publisher":{"@type":"Organization","name":"Eurogamer.net"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"articleId":731204,"section":"news","premium":false});</script>
<script src="https://assetsio.gnwcdn.example/static/js/app.2b7e.js" defer></script></head>
<body class="page_article article_type_news" data-article-id="731204">
<div id="sp_message_container_892" class="sp_message_container"><div class="message"><p>${egConsent[0]}</p>
<button title="Accept">${egConsent[1]}</button><button title="Reject">${egConsent[2]}</button><button title="Options">${egConsent[3]}</button></div></div>
<a class="skip_link" href="#content_above">Skip to main content</a>
<header class="site_header"><div class="site_header_inner"><a class="logo" href="/" title="Eurogamer.net"><span class="visually_hidden">Eurogamer</span></a>
<nav class="primary_nav" aria-label="Primary"><ul class="nav_list">${links(egNav, 'nav_item')}</ul></nav>
<div class="user_controls"><a class="sign_in" href="/login">Sign in</a><button class="search_toggle" aria-label="Search"></button></div></div></header>
<div class="supporter_strip"><p>Support Eurogamer and get ad-free reading. <a href="/supporters">Become a Supporter</a></p></div>
<div class="leaderboard_ad ad" data-ad-slot="leaderboard"><span class="ad_label">Advertisement</span></div>
<div class="page_content" id="content_above"><main class="main">
<article class="article" data-type="news"><header class="article_header"><nav class="breadcrumbs" aria-label="Breadcrumbs">
<ol>${links(egCrumbs, 'breadcrumb')}</ol></nav>
<h1 class="title">${egTitle}</h1><p class="strapline">${egStrap}</p>
<div class="article_meta"><div class="author"><img class="author_avatar" src="https://assetsio.gnwcdn.example/authors/wren.jpg" alt="">
<div class="details"><span class="author_name"><a href="/authors/tomasz-wren" rel="author">Tomasz Wren</a></span>
<span class="author_role">News Reporter</span></div></div>
<div class="published_at"><span class="label">Published on </span><time datetime="2025-11-20T16:42:00+00:00">Nov. 20, 2025</time></div>
<div class="follow_cta"><button class="follow_button" data-follow-topic="brightwater-studios">Follow Brightwater Studios</button></div></div>
</header>
<figure class="headline_image_wrapper"><img class="headline_image" src="https://assetsio.gnwcdn.example/lanternfall-2-storm.jpg" alt="">
<figcaption><span class="caption">${egCaption}</span> <span class="credit">Image credit: Brightwater Studios</span></figcaption></figure>
<div class="article_body"><section class="article_body_content">
${ps(egP1)}
<blockquote class="quote">${ps(egQuote)}</blockquote>
<aside class="read_more"><p class="read_more_label">Read more</p><a href="/lanternfall-review">${egReadMore}</a></aside>
${ps(egP2.slice(0, 2))}
<div class="mpu_ad ad" data-ad-slot="mpu_1"><span class="ad_label">Advertisement</span></div>
${ps(egP2.slice(2))}
</section>
<section class="follow_topics"><h2 class="follow_topics_title">Related topics</h2><p class="follow_topics_intro">${egFollow}</p>
<ul class="topic_list">${links(egTopics, 'topic')}</ul><a class="follow_manage" href="/account/follows">Manage follows</a></section>
<section class="newsletter_promo"><h2>${egNewsletter[0]}</h2><p>${egNewsletter[1]}</p><a class="button" href="/newsletter">Sign up</a></section>
</div>
<section class="comments" id="comments"><h2 class="comments_title">${egComments[0]}</h2><div class="comments_login"><p class="strong">${egComments[1]}</p>
<p>${egComments[2]}</p><a class="button" href="/login">Sign in</a></div></section>
</article></main>
<aside class="sidebar"><section class="popular"><h2>Most popular</h2><ol>${links(egPopular, 'popular_item')}</ol></section>
<div class="mpu_ad ad" data-ad-slot="sidebar"><span class="ad_label">Advertisement</span></div>
<section class="latest"><h2>Latest</h2><ul>${links(egLatest, 'latest_item')}</ul></section></aside></div>
<footer class="site_footer"><nav class="footer_nav"><ul>${links(egFoot)}</ul></nav>
<p class="legal">${egFootCopy}</p><p class="reedpop">Eurogamer is part of the ReedPop gaming network.</p></footer>
</body></html>`;
export const eurogamer: TestPage = {
  html: egHtml,
  name: 'heldout211-eurogamer-news',
  kind: 'news',
  // the strapline and the quoted statement (part of the story) are body; the author role and follow prompts are furniture
  title: egTitle,
  headings: [],
  body: texts([egStrap, ...egP1, ...egQuote, ...egP2]),
  bylines: ['Tomasz Wren', 'Published on Nov. 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...egConsent, 'Skip to main content', ...egNav, 'Sign in', 'Support Eurogamer and get ad-free reading.', 'Become a Supporter', 'Advertisement',
    'Home', 'News Reporter', 'Follow Brightwater Studios', egCaption, 'Image credit: Brightwater Studios', 'Read more', egReadMore,
    'Related topics', egFollow, ...egTopics, 'Manage follows', ...egNewsletter, 'Sign up', ...egComments, 'Most popular', ...egPopular,
    'Latest', ...egLatest, ...egFoot, egFootCopy, 'Eurogamer is part of the ReedPop gaming network.',
  ],
};
