import { ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout705-kit.js';

/**
 * Held-out batch 705, file c: a film essay on a film blog built with Squarespace 7.1 (blog item with image, quote and video
 * blocks, author profile, tags and previous/next pagination), and a reblogged text post on a Tumblr blog with a custom theme
 * (legacy reblog trail of nested blockquotes, tags, note count and the notes list).
 */
const sTitle = 'What ‘Nine Winters at the Odeon’ Knows About Going to the Movies';
const sSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'There is a shot about twenty minutes into Ilona Barsk’s documentary <em>Nine Winters at the Odeon</em> that I have not been',
        'able to stop thinking about. The camera sits at the back of an empty auditorium in Kellsbridge, a market town of nine',
        'thousand people, while the cinema’s manager walks the aisles before the evening show, tipping up every seat that has been',
        'left down. It takes him four minutes. Barsk does not cut once.',
      ),
      j(
        'The film, which opened at a handful of independent cinemas this month after a long festival run, follows the Kellsbridge',
        'Odeon – not part of any chain, despite the name – through nine winters between 2017 and 2026, the years in which it nearly',
        'closed twice, flooded once and, against every prediction, survived.',
      ),
    ],
  ],
  [
    'A building as a character',
    [
      j(
        'Barsk is not interested in nostalgia, or not only. The Odeon is shown as a working building, with all the small',
        'indignities that implies: a boiler that has to be kicked, a roof that leaks onto row F, a popcorn machine held together with',
        'gaffer tape. What makes these scenes more than a list of repairs is the patience of the camera. We come to know the building',
        'the way its staff do, by its noises.',
      ),
      j(
        'The flood of 2020 is the film’s centre, and Barsk handles it with remarkable restraint. There is no music, only the sound',
        'of water running down the stairs to the projection box, and a volunteer reading out the titles of the film cans as they',
        'are carried to a van. It is one of the most moving sequences I have seen in a cinema this year.',
      ),
    ],
  ],
  [
    'The projectionist',
    [
      j(
        'If the Odeon is the film’s main character, its co-star is Dermot Fahy, who has run the projection box since 1979 and who',
        'refuses, for most of the film, to learn the digital system installed in 2018. His scenes are very funny, and then, as he',
        'trains his own replacement in the final winter, quietly devastating.',
      ),
      'Barsk told me when we spoke last month that she almost left him out of the film entirely:',
    ],
  ],
  [
    'Why it stays with you',
    [
      j(
        'It would be easy to describe <em>Nine Winters at the Odeon</em> as a film about a dying way of watching films. It is the',
        'opposite. By the final winter the cinema is busier than it has been in a decade, run largely by teenagers who were not born',
        'when Dermot first threaded a projector, and the last shot – a full house laughing at a comedy we never see – is as hopeful',
        'as anything I can remember.',
      ),
      j(
        'Go and see it in a cinema if you can. Preferably a small one, with a leaky roof, where somebody has walked the aisles',
        'before you arrived and tipped up all the seats.',
      ),
    ],
  ],
];
const sQuote = j(
  '“I thought he was too good to be true. Every time I pointed the camera at him he said something perfect, and I worried',
  'that nobody would believe he was real. In the end I realised that was the point.”',
);
const sQuoteSource = '— Ilona Barsk';
const sNav = ['Essays', 'Reviews', 'Podcast', 'About', 'Newsletter'];
const sTags = ['Documentary', 'Cinemas', 'Ilona Barsk'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>What ‘Nine Winters at the Odeon’ Knows About Going to the Movies &mdash; Reel Weather</title>
<link rel="canonical" href="https://www.reelweather.co.uk/essays/nine-winters-at-the-odeon"><meta property="og:site_name" content="Reel Weather">
<meta property="og:title" content="What ‘Nine Winters at the Odeon’ Knows About Going to the Movies &mdash; Reel Weather">
<meta property="og:type" content="article">
<meta itemprop="author" content="Nadia Verhoef"><meta itemprop="datePublished" content="2027-02-14T10:00:00+0000">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61c0","siteTitle":"Reel Weather"},"collection":{"title":"Essays","typeName":"blog-basic-grid"},
"item":{"title":"What Nine Winters at the Odeon Knows About Going to the Movies","author":{"displayName":"Nadia Verhoef"}},
"templateId":"5c5a519771c10ba3470d8101"};
</script>
<script type="application/ld+json">{"url":"https://www.reelweather.co.uk","name":"Reel Weather","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting",
"headline":"What Nine Winters at the Odeon Knows About Going to the Movies",
"author":"Nadia Verhoef","datePublished":"2027-02-14T10:00:00+0000"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/61c0/24/site.css"></head>
<body id="item-65d1" class="collection-type-blog-basic-grid view-item blog-item-show-author-profile header-width-full tweak-blog-item-width-narrow">
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to understand how it is used.</p></div>
<div class="sqs-cookie-banner-v2-cta"><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/podcast" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-content"><p>New episode: our winter double-bill special is out now →</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary">
<div class="header-inner container--fluid"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text">
<a href="/" class="">Reel Weather</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--social">
<a class="icon icon--fill" href="https://www.instagram.com/reelweather" target="_blank" aria-label="Instagram"><svg viewBox="23 23 64 64"></svg></a></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d0"><section data-test="page-section"
class="page-section full-bleed-section layout-engine-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry blog-item hentry category-documentary author-nadia-verhoef post-type-text article-index-1" data-item-id="65d1">
<div class="blog-item-top-wrapper"><div class="blog-item-title">
<h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary">
<span class="blog-author">Written by <a href="/essays?author=61c0a">Nadia Verhoef</a></span>
<time class="dt-published date-highlight" datetime="2027-02-14">14 Feb 2027</time></span>
<span class="blog-meta-secondary"><span class="blog-categories-list"><a href="/essays?category=Documentary" class="blog-categories">Documentary</a></span>
</span></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1802426400000" id="item-65d1"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content">
<div class="sqs-html-content">${ps(sSecs[0]?.[1] ?? [], ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio">
<img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/61c0/odeon-aisle.jpg" alt="An empty cinema auditorium with red seats"
data-image-dimensions="2000x1125" src="https://images.squarespace-cdn.com/content/v1/61c0/odeon-aisle.jpg?format=1000w"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">The auditorium of the Kellsbridge Odeon
in a still from the film. Courtesy of Tallow Lane Films.</p></div></figcaption></figure></div></div></div>
${sSecs
  .slice(1)
  .map(
    ([h, paras]) => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${h}</h2>
${ps(paras, ' class="" style="white-space:pre-wrap;"')}</div></div></div>${
      h === 'The projectionist'
        ? `
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-a5"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>I thought he was too good to be true. Every time I pointed the camera at him he said something perfect,
and I worried that nobody would believe he was real. In the end I realised that was the point.<span>”</span></blockquote>
<figcaption class="source">${sQuoteSource}</figcaption></figure></div></div>
<div class="sqs-block video-block sqs-block-video" data-block-type="32" id="block-a6"><div class="sqs-block-content">
<div class="intrinsic"><div class="sqs-video-wrapper" data-provider-name="Vimeo"><iframe title="Nine Winters at the Odeon – trailer"
src="https://player.vimeo.example/video/88231"></iframe></div></div>
<div class="video-caption-wrapper"><div class="video-caption"><p>Watch the trailer for Nine Winters at the Odeon.</p></div></div></div></div>`
        : ''
    }`,
  )
  .join('\n')}
</div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="squarespace-comments-65d1"><div class="comments-heading">
<span class="comment-count">2 Comments</span></div><button class="comment-btn">Add a comment</button></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/essays?author=61c0a" class="blog-item-author-profile">
<div class="blog-item-author-profile-image-wrapper"><img src="https://images.squarespace-cdn.com/content/v1/61c0/nadia.jpg" alt=""></div>
<div class="blog-item-author-profile-info-wrapper"><div class="author-name">Nadia Verhoef</div>
<div class="author-bio"><p>Nadia writes about cinemas, audiences and the films they watch. She co-hosts the Reel Weather podcast.</p></div></div></a></div>
<div class="blog-item-tags"><span class="blog-meta-item blog-meta-item--tags">Tagged:</span>
${sTags.map((t) => `<a href="/essays/tag/${t.replace(/ /g, '+')}" class="blog-item-tag">${t}</a>`).join('\n')}</div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
<a href="/essays/ten-cinemas-worth-a-train-ride" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-icon icon icon--stroke">
<svg class="caret-left-icon--small" viewBox="0 0 9 16"></svg></div><div class="pagination-title-wrapper">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Ten Cinemas Worth a Train Ride</h2></div></a>
<a href="/essays/in-praise-of-the-intermission" class="item-pagination-link item-pagination-link--next"><div class="pagination-title-wrapper">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">In Praise of the Intermission</h2></div></a></section>
</div></div></div></section>
<section class="page-section background-width--full-bleed theme-col--primary"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">The Sunday Matinee</h2>
<div class="newsletter-form-header-description"><p>One essay, three recommendations and a film we think you missed, every Sunday morning.</p></div></div>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper"><label class="newsletter-form-field-label title" for="email-65d9">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<button class="newsletter-form-button sqs-system-button" type="submit">Sign Up</button></form>
<div class="form-submission-text hidden">Thank you!</div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p>© 2027 Reel Weather. Written and edited in Kellsbridge and Leeming.</p><p><a href="/privacy">Privacy</a></p></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = gold({
  name: 'heldout705-squarespace-film-essay',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.slice(1).map(([h]) => h),
  body: texts([...sSecs.slice(0, 3).flatMap(([, p]) => p), sQuote, sQuoteSource, ...(sSecs[3]?.[1] ?? [])]),
  bylines: ['Written by Nadia Verhoef', '14 Feb 2027', 'Nadia Verhoef'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience and to understand how it is used.', 'Accept', 'Decline', 'Manage cookies',
    'New episode: our winter double-bill special is out now →', 'Reel Weather', ...sNav, 'Documentary',
    'The auditorium of the Kellsbridge Odeon in a still from the film. Courtesy of Tallow Lane Films.', 'Watch the trailer for Nine Winters at the Odeon.',
    '2 Comments', 'Add a comment', 'Nadia writes about cinemas, audiences and the films they watch. She co-hosts the Reel Weather podcast.', 'Tagged:',
    ...sTags, 'Previous', 'Ten Cinemas Worth a Train Ride', 'Next', 'In Praise of the Intermission', 'The Sunday Matinee',
    'One essay, three recommendations and a film we think you missed, every Sunday morning.', 'Email Address', 'Sign Up',
    '© 2027 Reel Weather. Written and edited in Kellsbridge and Leeming.', 'Privacy',
  ],
});

const tTitle = 'the lost ending of ‘The Cartwright Sisters’ (1931)';
const tOriginal = [
  j(
    'For ninety years, everyone who has written about <i>The Cartwright Sisters</i> (1931) has said the same thing: the last reel',
    'is lost. The version that survives, a 16mm print found in a church hall in Dunlow in 1974, stops dead in the middle of the',
    'sisters’ argument on the pier, and the final title card was added by the archive that restored it.',
  ),
  'Except it turns out the ending was never lost. It was just filed under the wrong name.',
  j(
    'Last month an archivist at the Penhallow Film Collection, cataloguing a box of unlabelled nitrate marked only “CART. – PIER',
    '– RETAKES”, found 340 feet of film that matches the costumes, the set and both lead actresses. It runs about four minutes.',
    'The sisters make up. Nobody drowns. The whole tragic reputation of the film is apparently down to a missing reel and a lot',
    'of critics filling in the blanks.',
  ),
  j(
    'The Collection is screening the reconstructed version on March 12 with a live piano score by Odile Franck, and says it will',
    'put the restored ending online afterwards.',
  ),
];
const tMiddle = j(
  'I have seen the old version at least six times and I have thought of it as the saddest film ever made for my entire adult',
  'life. I do not know how to feel about the sisters just… being fine??',
);
const tOwn = [
  j(
    'ok but this is genuinely one of my favourite kinds of film history news, because it says so much about how we read',
    'incomplete things. the Dunlow print ends on a close-up of Edith Marr’s face and for decades people wrote whole essays about',
    'that look, the despair in it, the sea behind her. and she was about to <b>laugh</b>!!',
  ),
  j(
    'also “filed under the wrong name” is the most archivist sentence ever written. if you are anywhere near Penhallow on the',
    '12th please go and report back, I will be there in spirit and possibly on a very bad train connection',
  ),
];
const tTags = ['#film history', '#silent film', '#lost media', '#the cartwright sisters', '#archives', '#my posts'];
const tNotes: [string, string][] = [
  ['sprocket-holes', 'reblogged this from marginalia-and-matinees and added:'],
  ['nitrate-dreams', 'liked this'],
  ['lanternslide', 'reblogged this from ushers-ghost'],
  ['a-reel-situation', 'liked this'],
];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>marginalia &amp; matinees — the lost ending of ‘The Cartwright Sisters’ (1931)</title>
<meta name="description" content="filmhistorybits: For ninety years, everyone who has written about The Cartwright Sisters (1931) has said the same thing">
<meta property="og:type" content="tumblr-feed:text"><meta property="og:site_name" content="marginalia &amp; matinees">
<meta property="og:url" content="https://marginalia-and-matinees.tumblr.com/post/742118830551/the-lost-ending-of-the-cartwright-sisters-1931">
<meta name="twitter:card" content="summary"><link rel="canonical" href="https://marginalia-and-matinees.tumblr.com/post/742118830551/the-lost-ending">
<link rel="alternate" type="application/rss+xml" href="https://marginalia-and-matinees.tumblr.com/rss">
<script type="application/ld+json">{"@type":"SocialMediaPosting","@context":"http://schema.org",
"url":"https://marginalia-and-matinees.tumblr.com/post/742118830551",
"headline":"the lost ending of The Cartwright Sisters (1931)","author":"marginalia-and-matinees","datePublished":"2027-02-03T21:14:05+00:00"}</script>
<link href="https://assets.tumblr.com/fonts/favorit/stylesheet.css?v=3" rel="stylesheet" type="text/css">
<style type="text/css">#sidebar{position:fixed;width:220px}.post{margin:0 auto 60px;max-width:540px}.tags a{color:#999}</style>
</head><body>
<iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-loggedout-controls iframe-controls--desktop" title="Tumblr controls"
src="https://www.tumblr.com/dashboard/iframe?tumblelogName=marginalia-and-matinees&amp;pid=742118830551" width="1" height="1"></iframe>
<div id="sidebar"><a href="/"><img class="portrait" src="https://64.media.tumblr.com/avatar_9c2e_128.pnj" alt="portrait"></a>
<h1 class="blog-title"><a href="/">marginalia &amp; matinees</a></h1>
<div class="description"><p>old films, old theatres, old ephemera. she/her. thirties. ask me about projection booths.</p></div>
<ul class="links"><li><a href="/ask">ask</a></li><li><a href="/archive">archive</a></li><li><a href="/tagged/my-posts">my posts</a></li>
<li><a href="/submit">submit</a></li></ul></div>
<div id="content"><div id="posts">
<article class="post text" id="post-742118830551">
<h2 class="title"><a href="https://marginalia-and-matinees.tumblr.com/post/742118830551/the-lost-ending">${tTitle}</a></h2>
<div class="body"><p><a class="tumblr_blog" href="https://ushers-ghost.tumblr.com/post/742096511027/the-lost-ending">ushers-ghost</a>:</p>
<blockquote><p><a class="tumblr_blog" href="https://filmhistorybits.tumblr.com/post/741998002211/the-lost-ending">filmhistorybits</a>:</p>
<blockquote>${ps(tOriginal)}
<figure class="tmblr-full" data-orig-height="720" data-orig-width="1080"><img src="https://64.media.tumblr.com/7b1e/tumblr_cartwright_pier_540.jpg"
data-orig-height="720" data-orig-width="1080" alt="Two women in cloche hats arguing on a wooden pier"></figure></blockquote>
<p>${tMiddle}</p></blockquote>
${ps(tOwn)}</div>
<div class="post-meta"><a class="date" href="https://marginalia-and-matinees.tumblr.com/post/742118830551/the-lost-ending">Feb 3rd, 2027</a>
<a class="notecount" href="https://marginalia-and-matinees.tumblr.com/post/742118830551/the-lost-ending#notes">4,218 notes</a>
<span class="via">(via <a href="https://ushers-ghost.tumblr.com/post/742096511027">ushers-ghost</a>)</span>
<span class="source">(Source: <a href="https://filmhistorybits.tumblr.com/post/741998002211">filmhistorybits</a>)</span>
<a class="reblog" href="https://www.tumblr.com/reblog/742118830551/Xk2pQ">reblog</a></div>
<div class="tags">${tTags.map((t) => `<a href="/tagged/${t.slice(1).replace(/ /g, '-')}">${t}</a>`).join('\n')}</div>
<div id="notes"><ol class="notes">${tNotes
  .map(
    ([who, what], i) => `<li class="note ${what.startsWith('liked') ? 'like' : 'reblog'} tumblelog_${who} without_commentary">
<a rel="nofollow" class="avatar_frame" target="_blank" href="https://${who}.tumblr.com/" title="${who}">
<img src="https://64.media.tumblr.com/avatar_${i}_16.pnj"
class="avatar" alt=""></a><span class="action" data-post-url="https://${who}.tumblr.com/post/74212${i}"><a rel="nofollow" href="https://${who}.tumblr.com/"
class="tumblelog" title="${who}">${who}</a> ${what}</span><div class="clear"></div>${
      i === 0
        ? `
<blockquote><a href="https://sprocket-holes.tumblr.com/post/742120" title="View post">the way I just gasped out loud on the bus</a></blockquote>`
        : ''
    }</li>`,
  )
  .join('\n')}
<li class="more_notes_link_container"><span class="notes_loading">Loading...</span><a class="more_notes_link" href="#">Show more notes</a></li></ol></div>
</article></div>
<div class="credit">Theme: <a href="https://www.tumblr.com/theme/42051">Quiet Reel</a> by <a href="https://pastelcode.tumblr.com/">pastelcode</a></div>
</div>
<script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/tumblelog_post_message_queue.js?_v=9c2e"></script></body></html>`;
const tumblr: TestPage = gold({
  name: 'heldout705-tumblr-reblog-film-history',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tOriginal, tMiddle, ...tOwn]),
  bylines: ['ushers-ghost:', 'filmhistorybits:', 'Feb 3rd, 2027', '(via ushers-ghost)', '(Source: filmhistorybits)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'marginalia & matinees', 'old films, old theatres, old ephemera. she/her. thirties. ask me about projection booths.', 'ask', 'archive', 'my posts',
    'submit', '4,218 notes', 'reblog', ...tTags, ...tNotes.map(([who, what]) => `${who} ${what}`), 'the way I just gasped out loud on the bus',
    'Loading...', 'Show more notes', 'Theme: Quiet Reel by pastelcode',
  ],
});

export const HELDOUT705_C: readonly TestPage[] = [squarespace, tumblr];
