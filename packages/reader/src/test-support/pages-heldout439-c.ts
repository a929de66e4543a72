import { links, type TestPage, texts } from './page-kit.js';
import { squarespace } from './pages-heldout439-c2.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file c: a roofing company's blog post on Wix Blog (Wix site header and menu, the post's author avatar
 * line with date and reading time, the Ricos rich-content viewer with paragraphs, headings, a list and an image with caption,
 * the share bar, the view / comment / like counters, the categories and tags, "Recent Posts" cards, the comments widget with
 * one comment, the footer and the Wix cookie banner) and, from file c2, a Squarespace project page.
 */
const wTitle = '5 Signs Your Flat Roof Needs Replacing, Not Patching';
const wIntro = [
  j(
    'Every spring our phones fill up with calls about flat roofs that have started to leak over the winter. Some of them need nothing more',
    'than a new section of membrane around an outlet. Others have been patched so many times that another repair is just money down the drain.',
  ),
  'Here are the five things our surveyors look for when deciding whether a flat roof can be repaired or should be stripped and replaced.',
];
const wSigns: [string, string][] = [
  [
    '1. Soft spots when you walk on it',
    j(
      'If the deck flexes or feels spongy underfoot, water has almost certainly reached the timber boards below the felt. Once the deck is',
      'wet, no amount of work on the surface will stop the rot spreading, and the boards need replacing along with the covering.',
    ),
  ],
  [
    '2. Ponding that lasts more than two days',
    j(
      'A little standing water after heavy rain is normal. Puddles that are still there 48 hours later mean the roof has lost its fall, and',
      'the weight of the water will keep pushing the deck down further each year.',
    ),
  ],
  [
    '3. Blisters, splits and cracking',
    j(
      'Bitumen felt blisters when moisture trapped underneath expands in the sun. One or two blisters can be cut and sealed, but a surface',
      'covered in them, or cracked like crazy paving, has reached the end of its life.',
    ),
  ],
  [
    '4. Damp patches on the ceiling below',
    j(
      'Water travels a long way under a flat roof before it shows inside, so a stain in one corner often comes from a fault metres away.',
      'If you have had the same stain reappear after two separate repairs, it is time for a full survey.',
    ),
  ],
  [
    '5. The roof is more than twenty years old',
    j(
      'Traditional three-layer felt roofs typically last fifteen to twenty years. If yours is',
      'older than that, even small faults are a sign the whole covering is tired.',
    ),
  ],
];
const wOptions = [
  'EPDM rubber: a single seamless sheet, very durable and ideal for garages and extensions',
  'GRP fibreglass: a hard, walkable finish that suits balconies and roof terraces',
  'Torch-on felt: a modern two-layer system that is quick to lay and easy to repair',
];
const wOutro = j(
  'Not sure which category your roof falls into? Our surveys are free across Bristol and North Somerset, and we will send photos of',
  'everything we find, whether or not you go ahead with us.',
);
const wNav = ['Home', 'Services', 'Flat Roofing', 'Pitched Roofs', 'Gallery', 'Blog', 'Get a Free Quote'];
const wRecent = ['Do I need planning permission for a roof terrace?', 'GRP vs EPDM: which flat roof lasts longer?', 'What happens on a roof survey?'];
const wTags = ['flat roof advice', 'roof surveys', 'rubber roofing'];
const wCaption = 'A ponded felt roof on a garage in Keynsham, photographed on a survey last March.';
const wComment = 'Really useful, we have had the damp patch for three winters now. Booked a survey!';
const rp = (id: string, t: string): string =>
  `<p class="_1wC8u uDNEs ivTKV" dir="auto" data-breakout="normal" id="viewer-${id}"><span class="Ef-wK">${t}</span></p>`;
const rh = (id: string, t: string): string =>
  `<h2 class="_1wC8u _3xF1O ivTKV" dir="auto" id="viewer-${id}"><span class="Ef-wK"><strong>${t}</strong></span></h2>`;
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title><meta name="description" content="The five signs our surveyors look for.">
<meta property="og:title" content="${wTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Harcombe Roofing">
<meta property="article:author" content="Lewis Harcombe"><meta property="article:published_time" content="2026-02-18T08:12:40.019Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person","name":"Lewis
Harcombe"},
"datePublished":"2026-02-18T08:12:40.019Z","interactionStatistic":[{"@type":"InteractionCounter","userInteractionCount":312}]}</script>
<script type="text/javascript">window.viewerModel =
{"site":{"metaSiteId":"8f2e9a41","isHttps":true},"requestUrl":"https://www.harcomberoofing.example/post/5-signs"};</script>
<script id="wix-essential-viewer-model" type="application/json">{"fleetConfig":{"fleetName":"thunderbolt-renderer","type":"GA"}}</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-kx1logo" class="WGaHUc wixui-image"><a href="/"><img src="https://static.wixstatic.example/media/logo.png" alt="Harcombe Roofing"></a></div>
<nav id="comp-kx1menu" aria-label="Site" class="wixui-dropdown-menu"><ul class="_3YHtb" role="menubar">${links(wNav, '_2vYrP wixui-dropdown-menu__item')}</ul>
</nav>
<div id="comp-kx1phone" class="wixui-rich-text"><p class="font_8 wixui-rich-text__text">0117 496 0832</p></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div id="comp-blogpost" class="wixui-section">
<div data-hook="post-page" class="blog-post-page-font">
<article class="blog-post-page-font" data-hook="post"><div class="post-header" data-hook="post-header"><div class="post-metadata" data-hook="post-metadata">
<div class="avatar-container"><a data-hook="avatar-image" href="/profile/lewis-harcombe/profile"><img alt="Writer's picture" src="/media/avatar.jpg"></a></div>
<div class="author-container"><span data-hook="user-name" class="user-name"><a href="/profile/lewis-harcombe/profile">Lewis Harcombe</a></span>
<div class="post-metadata__details"><span data-hook="time-ago" title="18 Feb">Feb 18</span><span>·</span>
<span data-hook="time-to-read" title="3 min read">3 min read</span></div></div>
<button data-hook="more-button" aria-label="More actions" class="more-button"></button></div></div>
<div class="post-title"><h1 data-hook="post-title" class="post-title__text blog-post-title-font">${wTitle}</h1></div>
<div class="post-content" data-hook="post-description"><div data-id="content-viewer" class="rich-content-viewer">
<div class="_2yQA5" data-hook="rcv-block-first">
${wIntro.map((t, i) => rp(`p${i}`, t)).join('\n')}
${wSigns.map(([h, t], i) => `${rh(`h${i}`, h)}\n${rp(`s${i}`, t)}`).join('\n')}
<div data-hook="figure-IMAGE" class="_3G0Yz"><figure><div data-hook="imageViewer" class="image-container">
<img src="https://static.wixstatic.example/media/ponding.jpg"
alt="Ponding on a flat roof"></div><figcaption dir="auto" class="_3NSfw" data-hook="imageViewerCaption"><span dir="auto">${wCaption}</span></figcaption>
</figure></div>
${rh('h5', 'What a replacement involves')}
${rp('o0', 'We offer three main systems, and will recommend one based on how the roof is used:')}
<ul class="_1cQTZ"><li class="_2OTf9" dir="auto">${wOptions.map(rp.bind(null, 'li')).join('</li>\n<li class="_2OTf9" dir="auto">')}</li></ul>
${rp('o1', wOutro)}
</div></div></div>
<div class="post-footer"><div data-hook="post-main-actions-desktop"><div class="share-buttons" data-hook="share-buttons">
<button data-hook="share-button__facebook" aria-label="Share via Facebook" class="share-button">Facebook</button>
<button data-hook="share-button__x" aria-label="Share via X" class="share-button">X (Twitter)</button>
<button data-hook="share-button__link" aria-label="Share via link" class="share-button">Copy link</button></div></div>
<div class="post-tags" data-hook="post-tags"><ul class="tag-cloud">${links(wTags, 'tag-item')}</ul></div>
<div data-hook="post-categories-list" class="categories"><a href="/blog/categories/advice">Roofing Advice</a></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="view-count">312 views</span><span data-hook="comment-count">1 comment</span>
<button data-hook="like-button" aria-label="Post not marked as liked" class="like-button"><span data-hook="like-button-counter">14</span></button></div></div>
</article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 data-hook="recent-posts-title">Recent Posts</h2>
<a href="/blog" data-hook="recent-posts-see-all">See All</a></div><div class="recent-posts__list">
${wRecent.map((r) => `<div class="post-list-item" data-hook="post-list-item"><h3 data-hook="post-title"><a href="/post/x">${r}</a></h3></div>`).join('\n')}
</div></section>
<section data-hook="comments-widget" class="comments-widget"><h2 class="comments-title">Comments</h2><div data-hook="comment-box">
<button data-hook="comment-box-placeholder">Write a comment...</button></div><div data-hook="comment-list"><div data-hook="comment" class="comment">
<div class="comment-header"><span data-hook="author-name">Nadia Crewe</span><span data-hook="comment-time">Feb 20</span></div>
<div data-hook="comment-content"><p>${wComment}</p></div><button data-hook="reply-button">Reply</button></div></div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-ft1" class="wixui-rich-text">
<p class="font_9">Harcombe Roofing Ltd · Unit 7, Brislington Trading Estate, Bristol BS4 5NL</p>
<p class="font_9">NFRC member · £5m public liability insurance</p><p class="font_9">© 2026 by Harcombe Roofing. Proudly created with Wix.com</p></div></footer>
</div></div></div></div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to help us improve your experience. Please review our privacy policy.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline all</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></body></html>`;
const wix: TestPage = {
  name: 'heldout439-wix-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [...wSigns.map((s) => s[0]), 'What a replacement involves'],
  body: texts([
    ...wIntro,
    ...wSigns.map((s) => s[1]),
    'We offer three main systems, and will recommend one based on how the roof is used:',
    ...wOptions,
    wOutro,
  ]),
  bylines: ['Lewis Harcombe', 'Feb 18', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, '0117 496 0832', wCaption, 'Facebook', 'X (Twitter)', 'Copy link', ...wTags, 'Roofing Advice', '312 views',
    '1 comment', 'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...', 'Nadia Crewe', 'Feb 20', wComment, 'Reply',
    'Harcombe Roofing Ltd · Unit 7, Brislington Trading Estate, Bristol BS4 5NL', 'NFRC member · £5m public liability insurance',
    '© 2026 by Harcombe Roofing. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to help us improve your experience. Please review our privacy policy.', 'Settings', 'Decline all', 'Accept',
  ],
};

export const HELDOUT439_C: readonly TestPage[] = [wix, squarespace];
