import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout640-kit.js';

/**
 * Held-out batch 640, file b: a model aircraft club's summer fly-in report on Squarespace (7.1 blog item with image blocks,
 * captions and a comment count), and a kite club's festival report on a Wix blog post with its comment section.
 */
const qTitle = 'Fly-in report: a scorching day at Larkhollow';
const qBody = [
  j(
    'Forty-one pilots from nine clubs signed in for the Larkhollow Summer Fly-In on Saturday, our biggest turnout since the field',
    'reopened. The forecast promised a light easterly and delivered almost exactly that, with the sock barely lifting until lunch.',
  ),
  j(
    'The morning belonged to the scale fliers. Oswin Tregarth\u2019s quarter-scale Auster, finished only a week earlier, flew three',
    'textbook circuits and a three-pointer that drew applause from the pits. The Dunmere club brought a pair of matched Chipmunks',
    'and flew them in formation for ten minutes, which is harder than they made it look.',
  ),
  'Lunch and the raffle',
  j(
    'The barbecue ran out of burgers at half past one, for which the catering team apologises and promises double next year. The',
    'raffle raised £486 for the air ambulance; the top prize, a donated 40-size trainer, went to a nine-year-old from Hemsby who',
    'has already booked a training slot.',
  ),
  'The afternoon',
  j(
    'After lunch the wind picked up to 10 mph and the aerobatic crowd took over. Vintage free-flight models had a slot at three,',
    'chased across the stubble by their owners. The only casualty of the day was a foam jet that met the hedge at the end of',
    'the strip; its owner took it well.',
  ),
  j(
    'Thanks to the farm for letting us use the lower field for parking, to the eight marshals who stood in the sun all day, and to',
    'everyone who came. Next year\u2019s fly-in is pencilled in for the second Saturday in July.',
  ),
];
const qNav = ['Home', 'Club', 'Training', 'News', 'Events', 'Contact'];
const qCaps = ['The Auster on finals. Photo: Lena Marsh', 'The pits at midday'];
const qTags = ['fly-in', 'scale', 'events'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${qTitle} &mdash; Larkhollow Aeromodellers</title><link rel="canonical" href="https://www.larkhollowaero.org/news/fly-in-report-2027">
<meta property="og:site_name" content="Larkhollow Aeromodellers"><meta property="og:title" content="${qTitle} &mdash; Larkhollow Aeromodellers">
<meta itemprop="author" content="Bryony Callis"><meta itemprop="datePublished" content="2027-07-12T20:14:33+0100">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.larkhollowaero.org","name":"Larkhollow Aeromodellers",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/62a1/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-64ad7f" class="header-overlay-alignment-center tweak-blog-item-width-narrow tweak-blog-item-meta-position-above-title primary-button-style-solid
collection-type-blog-basic view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Membership renewals for 2028 open 1 October</p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Larkhollow Aeromodellers</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a></div>`).join('\n')}
</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
</button></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64ad7f"><section
class="page-section content-collection full-bleed-section collection-type-blog-basic"><div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper"><article class="entry h-entry hentry author-bryony-callis post-type-text">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-meta-primary"><span class="blog-author">Bryony Callis</span><time class="dt-published blog-meta-item blog-meta-item--date"
datetime="2027-07-12">12 July 2027</time></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content">
${ps([at(qBody, 0), at(qBody, 1)], ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/auster.jpg" alt="Quarter-scale Auster landing"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>${at(qCaps, 0)}</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${at(qBody, 2)}</h3>${ps([at(qBody, 3)], ' class="" style="white-space:pre-wrap;"')}
<h3>${at(qBody, 4)}</h3>${ps([at(qBody, 5), at(qBody, 6)], ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/pits.jpg" alt=""><figcaption class="image-caption-wrapper"><div class="image-caption">
<p>${at(qCaps, 1)}</p></div></figcaption></figure></div></div>
</div></div></div></div>
<div class="blog-item-meta-post-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/news?category=Events"
class="blog-categories">Events</a></span><span class="blog-tags-list">${qTags.map((t) => `<a href="/news?tag=${t}" class="blog-tags">#${t}</a>`).join(' ')}
</span></div><div class="blog-share-buttons"><a class="ss-social-button" data-service="facebook">Facebook</a><a class="ss-social-button"
data-service="twitter">Twitter</a><a class="ss-social-button" data-service="email">Email</a></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a class="item-pagination-link item-pagination-link--prev"
href="/news/new-training-trainer"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">New club trainer arrives</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/news/silage-closure"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Field closed for silage</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments"><div class="comment-count">2 Comments</div></div></div>
</div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p style="text-align:center;white-space:pre-wrap;">Larkhollow Aeromodellers · Larkhollow Farm, Ewebridge</p>
<p style="text-align:center;white-space:pre-wrap;">Affiliated to the national model flying association</p></div></div></section></footer>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout640-squarespace-fly-in',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [at(qBody, 2), at(qBody, 4)],
  body: qBody.filter((_, i) => i !== 2 && i !== 4),
  bylines: ['Bryony Callis', '12 July 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Membership renewals for 2028 open 1 October', 'Larkhollow Aeromodellers',
    ...qNav.filter((n) => n !== 'Club' && n !== 'Training'), ...qCaps, ...qTags.map((t) => `#${t}`), 'Facebook', 'Twitter',
    'Email', 'Previous', 'New club trainer arrives', 'Field closed for silage', '2 Comments',
    'Larkhollow Aeromodellers · Larkhollow Farm, Ewebridge', 'Affiliated to the national model flying association',
  ],
};

const xTitle = 'Colour over Crane Bay: our 2027 kite festival';
const xBody = [
  j(
    'It took three days of nervous weather-watching, but the Crane Bay Kite Festival finally got its sunshine on Sunday. By ten',
    'o\u2019clock the big show kites were up: a 30-metre octopus, a whale that needed four people to launch and a line of',
    'forty small deltas carrying the names of local schools.',
  ),
  j(
    'Our arena team ran a full programme of displays. The Gannet Stunt Team flew a synchronised routine to music that ended with',
    'all six kites landing in a row on the sand. In the afternoon the rokkaku battle drew a crowd of children shouting for the',
    'little orange kite, which cut down three rivals before losing its own line.',
  ),
  'Kite-making tent',
  j(
    'Volunteers helped 212 children build a sled kite from a bin bag, two dowels and a length of tape. Almost every one of them',
    'flew, and the tent ran out of dowels at three o\u2019clock.',
  ),
  'Thank you',
  j(
    'The festival is run entirely by volunteers from Crane Bay Kite Fliers. Thank you to the harbour trust, to the lifeguards who',
    'kept the arena clear, and to everyone who dropped a coin in the buckets: we raised £1,930 for the lifeboat station.',
  ),
];
const xNav = ['Home', 'Festival', 'Club Nights', 'Gallery', 'Blog', 'Join'];
const xComments = [
  ['Marnie Quill', 'Jul 21', 'Best one yet! The octopus was amazing. See you next year.'],
  ['Dev Ashworth', 'Jul 22', 'Thanks for the kite tent, my two have not stopped flying their sleds.'],
];
const xRecent = ['Winter club nights at the sailing club', 'How we repair a torn ripstop sail'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>${xTitle}</title><meta name="description" content="Sunshine, a 30-metre octopus and 212 home-made sled kites.">
<link rel="canonical" href="https://www.cranebaykites.org/post/colour-over-crane-bay-2027"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}",
"author":{"@type":"Person","name":"Hollis Penrose"},"datePublished":"2027-07-20T08:31:12.000Z"}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"4f2a","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_CONTAINER{--font_0:normal normal normal 60px/1.4em raleway,sans-serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header">
<div class="_C0cVf"><div id="comp-kx1" class="comp-kx1 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">Crane Bay Kite Fliers</span></p></div>
<nav id="comp-kx2" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${links(xNav, 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="post-page">
<div data-hook="post-page__breadcrumbs" class="breadcrumbs"><ol><li><a href="/blog">All Posts</a></li><li>${xTitle}</li></ol></div>
<article data-hook="post" class="blog-post-page-font"><div class="post-header"><div data-hook="post-metadata" class="post-metadata">
<span data-hook="user-name" class="user-name">Hollis Penrose</span><ul class="post-metadata__list"><li><span data-hook="time-ago" title="Jul 20">Jul 20</span>
</li>
<li><span data-hook="time-to-read">2 min read</span></li></ul></div></div>
<div class="post-title"><h1 data-hook="post-title" class="blog-post-title-font blog-post-title-color"><span class="post-title__text">${xTitle}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><div data-id="rich-content-viewer" class="rcv-block-wrapper">
<p id="viewer-a1" class="MHw2C B8QRh" dir="auto"><span class="tsp5z">${at(xBody, 0)}</span></p>
<p id="viewer-a2" class="MHw2C B8QRh" dir="auto"><span class="tsp5z">${at(xBody, 1)}</span></p>
<div id="viewer-img1" class="kmjms"><figure data-hook="figure-IMAGE"><div data-hook="imageViewer"><img src="https://static.wixstatic.com/media/octo.jpg"
alt="Giant octopus kite"></div><figcaption dir="auto" data-hook="imageViewerCaption" class="uLB4b">The octopus and friends over the dunes</figcaption>
</figure></div>
<h2 id="viewer-h1" class="sWhXf" dir="auto"><span class="tsp5z">${at(xBody, 2)}</span></h2>
<p id="viewer-a3" class="MHw2C B8QRh" dir="auto"><span class="tsp5z">${at(xBody, 3)}</span></p>
<h2 id="viewer-h2" class="sWhXf" dir="auto"><span class="tsp5z">${at(xBody, 4)}</span></h2>
<p id="viewer-a4" class="MHw2C B8QRh" dir="auto"><span class="tsp5z">${at(xBody, 5)}</span></p>
</div></div>
<div class="post-footer"><div data-hook="post-main-actions" class="post-main-actions"><div class="share-buttons" aria-label="Share Post">
<button aria-label="Share via Facebook">Facebook</button><button aria-label="Share via X">X</button><button aria-label="Share via LinkedIn">LinkedIn</button>
</div></div><div class="post-stats"><span data-hook="view-count">96 views</span><span data-hook="comment-count">2 comments</span>
<button data-hook="like-button"><span class="like-button-count">14</span></button></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><h2 class="recent-posts__title">Recent Posts</h2><a href="/blog">See All</a><ul>${links(xRecent)}</ul>
</section>
<section data-hook="comments-root" class="comments"><h2 data-hook="comments-title">Comments</h2><div data-hook="comment-box">
<button>Write a comment...</button></div>
${xComments
  .map(
    (
      c,
    ) => `<div data-hook="comment"><div class="comment-header"><span data-hook="author-name">${at(c, 0)}</span><span data-hook="comment-date">${at(c, 1)}</span>
</div><div data-hook="comment-content"><p>${at(c, 2)}</p></div><button data-hook="reply-button">Reply</button></div>`,
  )
  .join('\n')}
</section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-ft1" class="wixui-rich-text"><p class="font_9"><span>© 2027 by Crane Bay Kite Fliers.
Proudly created with <a href="https://www.wix.com" target="_blank">Wix.com</a></span></p></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.ad2b.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout640-wix-kite-festival',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [at(xBody, 2), at(xBody, 4)],
  body: xBody.filter((_, i) => i !== 2 && i !== 4),
  bylines: ['Hollis Penrose', 'Jul 20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Crane Bay Kite Fliers',
    ...xNav.filter((n) => n !== 'Festival'), 'All Posts', '2 min read', 'The octopus and friends over the dunes', 'Facebook', 'X', 'LinkedIn',
    '96 views', '2 comments', '14', 'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...',
    ...xComments.flatMap((c) => [at(c, 0), at(c, 1), at(c, 2)]), 'Reply', '© 2027 by Crane Bay Kite Fliers. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT640_B: readonly TestPage[] = [squarespace, wix];
