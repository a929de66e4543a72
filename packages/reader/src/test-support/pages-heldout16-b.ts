import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 16, file b: a Wix blog post (thunderbolt markup: nested comp-* divs, data-hook / data-testid attributes,
 * Ricos rich content with viewer-* ids, post header with author, date and read time, counters, "Recent Posts" widget,
 * comments, the free-site Wix banner) and a Squarespace 7.1 blog post (blog-item wrappers, sqs-block html blocks, image block
 * with caption, newsletter block, summary block of other posts, tags, "Previous / Next" pagination, cookie banner).
 */
const wxTitle = 'What a year of bread subscriptions taught us';
const wxOpen = [
  'A year ago this week we packed our first eighteen subscription loaves into paper bags, wrote names on them in marker pen ' +
    'and lined them up on the bench by the door. By Christmas there were 140 bags on a good Friday, and the bench had become ' +
    'two trestle tables and a chalkboard.',
  'We started the subscriptions because our wholesale orders were unpredictable and we were binning too much bread on quiet ' +
    'days. Knowing on Monday how many loaves we would sell on Friday seemed a small thing. It turned out to change how ' +
    'the whole bakery runs.',
];
const wxNumbers = [
  'We baked 6,240 subscription loaves, about 120 a week.',
  'Fewer than one in ten subscribers cancelled in their first three months.',
  'Seeded rye outsold the white sourdough every week from October onwards.',
  'We threw away 31 subscription loaves, almost all of them during the July heatwave.',
];
const wxWrong = [
  'Collection times, mostly. We began with a single two-hour window on Friday afternoon, which suited us and almost nobody ' +
    'else. Parents on the school run could not make it, and neither could anyone commuting back from the city. Adding a ' +
    'Saturday morning slot in May brought in more new subscribers than any post we have ever written.',
  'We also underestimated how much people care about choice. The original plan was one loaf a week, baker’s pick. A ' +
    'surprising number of you told us, kindly, that you did not want to be surprised by a fennel and raisin bloomer at ' +
    'breakfast. Swaps now close at midnight on Wednesday.',
];
const wxSpring = [
  'From the first week of April, subscribers will be able to pause for up to four weeks at a time without losing their ' +
    'place, which was the most common request in the survey. We are also adding a half-size rye for people living alone.',
  'Prices are going up by 30p a loaf. Flour from the mill in Wiltshire has risen by nearly a fifth since last spring, and we ' +
    'would rather say so plainly than quietly make the loaves smaller. Thank you for a brilliant first year.',
];
const wxCaption = 'Friday collection, December: the trestle tables by the door.';
const wxMenu = ['Home', 'Shop', 'Bread Club', 'Visit Us'];
const wxBlogMenu = ['All Posts', 'Baking Notes', 'Recipes', 'Bakery News'];
const wxRecent = ['Why our rye takes three days', 'Meet Teo, our new early-shift baker', 'Christmas opening hours'];
const wxComment = 'We have been on the Friday rye since week two and it is the best thing about the week. Very happy to pay the extra 30p.';
const wxP = (t: string, id: string): string =>
  `<div class="_4oqAo" data-breakout="normal"><p class="MVY5Lo Yd6BKN" dir="auto" id="viewer-${id}"><span class="_9sFs5">${t}</span></p></div>`;
const wxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${wxTitle}</title>
<meta name="generator" content="Wix.com Website Builder"><meta property="og:type" content="article">
<meta property="og:site_name" content="Crumb &amp; Rye"><meta name="format-detection" content="telephone=no">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wxTitle}",
"author":{"@type":"Person","name":"Marta Quill"},"datePublished":"2025-03-03T08:12:44.201Z","dateModified":"2025-03-05T10:02:11.540Z"}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["blog","comments"],"viewMode":"site"}</script>
<style id="css_masterPage">#comp-lk2s8f1q{--txt:#3b2a1a}.MVY5Lo{font-size:17px;line-height:1.7}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="WIX_ADS" class="Pkonhs"><a href="https://www.wix.example/lpviral/enviral">
<span class="JBs9am">This site was designed with the <span>Wix</span>.com website builder. Create your website today.</span>
<span class="zRpPzb">Start Now</span></a></div>
<header id="SITE_HEADER" class="xU8fqS"><div id="comp-lk2s8f1q" class="comp-lk2s8f1q wixui-rich-text" data-testid="richTextElement">
<p class="font_0"><span>Crumb &amp; Rye</span></p></div>
<nav id="comp-lk2s9a7c" aria-label="Site" data-testid="linkBar"><ul>${links(wxMenu, 'wixui-horizontal-menu__item')}</ul></nav>
<div data-testid="login-button"><button>Log In</button></div><a data-hook="cart-icon-button" aria-label="Cart with 0 items">0</a></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="comp-kvb3v2s0"><div data-hook="blog-desktop-header-container">
<nav data-hook="blog-navigation-container"><ul>${links(wxBlogMenu, 'desktop-header-menu-item')}</ul></nav>
<button data-hook="search-button" aria-label="Search">Search</button></div>
<div data-hook="post-page" class="post-page"><article data-hook="post" class="blog-post-page-font"><div class="post-header">
<div data-hook="post-header"><div class="avatar" data-hook="avatar-image"><img src="https://static.wixstatic.example/media/quill.jpg" alt=""></div>
<div data-hook="user-name-container"><span data-hook="user-name" class="user-name">Marta Quill</span></div>
<ul class="post-metadata"><li><span data-hook="time-ago" title="Mar 3">Mar 3</span></li><li><span data-hook="time-to-read">4 min read</span></li></ul>
<button data-hook="more-button" aria-label="More actions"></button></div>
<div data-hook="post-updated-date" class="post-updated-date">Updated: <span>Mar 5</span></div></div>
<div class="post-title"><h1 data-hook="post-title" class="blog-post-title-font">${wxTitle}</h1></div>
<div data-hook="post-description" class="post-content"><article><div><div class="_3jOzD"><div data-id="rich-content-viewer" class="rcv-block-first">
${wxOpen.map((t, i) => wxP(t, `4h2k${i}`)).join('\n')}
<div class="_4oqAo" data-hook="imageViewer"><figure><img src="https://static.wixstatic.example/media/friday-tables.jpg" alt="">
<figcaption data-hook="imageCaption"><span class="_1vx2k">${wxCaption}</span></figcaption></figure></div>
<h2 class="HlJcd1" dir="auto" id="viewer-9s1d0"><span class="_9sFs5">The numbers, roughly</span></h2>
<ul class="yHvEBf" dir="auto">${wxNumbers.map((t, i) => `<li id="viewer-li${i}"><p class="MVY5Lo"><span>${t}</span></p></li>`).join('\n')}</ul>
<h2 class="HlJcd1" dir="auto" id="viewer-c8r1e"><span class="_9sFs5">What we got wrong</span></h2>
${wxWrong.map((t, i) => wxP(t, `d7f3${i}`)).join('\n')}
<div data-hook="divider-single" class="_1Hd2w"><hr></div>
<h2 class="HlJcd1" dir="auto" id="viewer-e2q9m"><span class="_9sFs5">What’s changing in spring</span></h2>
${wxSpring.map((t, i) => wxP(t, `k1p8${i}`)).join('\n')}
</div></div></div></article></div>
<div class="post-footer"><div data-hook="post-main-actions__categories"><a data-hook="category-label-list__item" href="/blog/categories/baking-notes">
Bakery News</a></div><div data-hook="post-main-actions__share"><button aria-label="Share via Facebook"></button><button aria-label="Share via X">
</button><button aria-label="Share via link"></button></div><div class="post-stats" data-hook="post-stats"><span data-hook="views-count">
214 views</span><span data-hook="comment-count">1 comment</span><button data-hook="like-button" aria-label="Post not marked as liked">
<span class="like-button-with-count__like-count">12</span></button></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts-header"><h2 data-hook="recent-posts-title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-link">See All</a></div><div class="post-list">${wxRecent
  .map(
    (t, i) => `<div data-hook="post-list-item"><h3 data-hook="post-title" class="post-title">${t}</h3><div class="post-stats"><span
data-hook="views-count">${88 + i * 17}</span><span data-hook="comment-count">0</span><span data-hook="like-count">${3 + i}</span></div></div>`,
  )
  .join('\n')}</div></section>
<section data-hook="comments-root" class="comments"><h2 data-hook="comments-header">Comments</h2>
<div data-hook="comment-box"><div role="textbox" aria-placeholder="Write a comment..."></div></div>
<div data-hook="comment" class="comment"><span data-hook="author-name">Deborah Lisle</span><span data-hook="comment-time">Mar 4</span>
<div data-hook="comment-content"><p>${wxComment}</p></div><button data-hook="like-button">Like</button><button data-hook="reply-button">Reply</button></div>
</section></div></div></div></main>
<footer id="SITE_FOOTER"><div data-testid="richTextElement"><p>14 Mill Lane, Frome BA11 1AB</p><p>Tue–Sat 8am–2pm</p>
<p class="font_9">© 2035 by Crumb &amp; Rye. Powered and secured by <a href="https://www.wix.example">Wix</a></p></div></footer></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  html: wxHtml,
  name: 'heldout16-wix-blog-post',
  kind: 'blog',
  // the Ricos paragraphs, list items and the three h2s are the post; the author name, post date and "Updated: Mar 5"
  // stamp are bylines ("4 min read" is furniture); the image caption, the post footer (category, views, comment and like
  // counts), the Recent Posts widget with its counters, the comment section (its author and date bylines, its text
  // furniture), the free-site banner, site menus and footer are furniture; the bare numbers of the counters are left out
  title: wxTitle,
  headings: ['The numbers, roughly', 'What we got wrong', 'What’s changing in spring'],
  body: [...wxOpen, ...wxNumbers, ...wxWrong, ...wxSpring],
  bylines: ['Marta Quill', 'Mar 3', 'Updated: Mar 5', 'Deborah Lisle', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Crumb & Rye', ...wxMenu, 'Log In',
    ...wxBlogMenu, 'Search', '4 min read', wxCaption, '214 views', '1 comment', 'Recent Posts', 'See All', ...wxRecent, 'Comments', wxComment,
    'Like', 'Reply', '14 Mill Lane, Frome BA11 1AB', 'Tue–Sat 8am–2pm', '© 2035 by Crumb & Rye. Powered and secured by Wix',
  ],
};

const sqTitle = 'Planting a meadow on heavy clay: notes from our first two seasons';
const sqIntro = [
  'When the Hartleys asked us to turn the lower half of their garden into a meadow, the soil test came back with the word we ' +
    'had been dreading. Clay, and not the crumbly kind: a grey, sticky subsoil that had been scraped and compacted when the ' +
    'house was extended in the nineties.',
  'Most meadow advice assumes you are starting with thin, poor ground, and much of it tells you to strip the topsoil and sow ' +
    'a standard wildflower mix. We did neither. Two years in, the results are uneven but encouraging, and we have learned ' +
    'enough that it seemed worth writing down.',
];
const sqGround = [
  'Instead of stripping the soil, we cut the existing grass very short in late August and raked it hard, twice, to open up ' +
    'bare patches. Then we sowed yellow rattle, which is parasitic on grass roots and weakens the sward enough for other ' +
    'plants to compete.',
  'Rattle seed has to be fresh and has to go through a winter, so it went down in September. In the first spring we counted ' +
    'about a dozen seedlings a square metre across most of the area, and almost none in the wettest corner by the hedge.',
];
const sqPlants = [
  'Seed alone was never going to be enough on soil this rich, so we planted 1,800 plug plants the following April, chosen ' +
    'for clay: knapweed, meadow cranesbill, ox-eye daisy, betony, great burnet and devil’s-bit scabious in the damper ground.',
  'The knapweed and ox-eye daisies flowered in the first summer and have spread strongly. Betony and burnet are slower but ' +
    'holding on. The scabious has struggled, and we suspect the slugs found it before it could establish.',
  'Cutting matters as much as planting. We cut once in late August and remove every scrap of hay, so the fertility falls a ' +
    'little each year. Leaving the cuttings to rot would undo most of the work.',
];
const sqNext = [
  'The wet corner is the obvious job for this autumn. Rather than fight it, we will plant it with purple loosestrife, meadowsweet and ' +
    'ragged robin, which will welcome the water the rest of the meadow resents. If you are facing clay of your own, our ' +
    'advice is simple: work with it, go slowly, and expect the third year to be the one that looks like a meadow.',
];
const sqCaption = 'June of the second year: ox-eye daisies and knapweed along the mown path.';
const sqNav = ['Projects', 'Studio', 'Journal', 'Contact'];
const sqMore = [
  { t: 'Why we stopped specifying lawn', d: 'Mar 12, 2025', x: 'Four reasons, and what we plant instead in small back gardens.' },
  { t: 'A rain garden for a terraced house in Leeds', d: 'Feb 3, 2025', x: 'Turning a downpipe into a planted hollow in one weekend.' },
];
const sqTags = ['meadows', 'clay soil', 'native plants'];
const sqBlock = (html: string, id: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>${html}</div></div></div>`;
const sqP = (ps: string[]): string => ps.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n');
const sqHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<title>${sqTitle} — Fernhollow Landscape Studio</title><meta property="og:site_name" content="Fernhollow Landscape Studio">
<meta property="og:type" content="article"><meta itemprop="author" content="Jonah Ferris"><meta itemprop="datePublished" content="2025-04-02T09:30:00+0100">
<script type="application/ld+json">{"url":"https://www.fernhollow.example","name":"Fernhollow Landscape Studio","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script>Static.SQUARESPACE_CONTEXT={"website":{"siteTitle":"Fernhollow"},"collection":{"typeName":"blog-basic-grid"},"item":{"title":"${sqTitle}"}};</script>
<style>.sqs-html-content p{line-height:1.7}.blog-item-top-wrapper{text-align:center}</style></head>
<body id="item-67ea1c" class="tweak-blog-item-width-medium header-layout-nav-right view-item collection-type-blog-basic-grid">
<div class="sqs-cookie-banner-v2" role="dialog"><p class="sqs-cookie-banner-v2-cta-message">We use cookies to give you the best experience on our
website.</p><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div>
<header id="header" class="header theme-col--primary"><div class="header-title-text"><a href="/">Fernhollow</a></div>
<nav class="header-nav-list">${sqNav.map((t) => `<div class="header-nav-item"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('')}</nav>
<div class="header-actions-action--cta"><a class="btn btn--border" href="/contact">Book a consultation</a></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="67ea1c">
<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-jonah-ferris post-type-text article-index-1 category-garden-notes" data-item-id="67ea1c4f2b">
<div class="blog-item-top-wrapper"><div class="blog-item-category-date-wrapper"><div class="blog-meta-section">
<span class="blog-categories-list"><a class="blog-categories" href="/journal?category=Garden+Notes">Garden Notes</a></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sqTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-item-author-date-wrapper"><div class="blog-author-name" data-content-field="author">
<a href="/journal?author=5f0a">Jonah Ferris</a></div><div class="blog-item-date"><time class="dt-published date-highlight" datetime="2025-04-02">
April 2, 2025</time></div></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sqBlock(sqP(sqIntro), 'yui_3_17_2_1_171')}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/meadow-june.jpg"
alt=""></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">${sqCaption}</p></div></figcaption></figure></div></div>
${sqBlock(`<h3>Weakening the grass first</h3>\n${sqP(sqGround)}`, 'yui_3_17_2_1_188')}
${sqBlock(`<h3>Plugs, not just seed</h3>\n${sqP(sqPlants)}`, 'yui_3_17_2_1_204')}
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Letters from the studio</h2>
<div class="newsletter-form-header-description"><p>Four times a year, when the seasons turn. No sales, just plants.</p></div></div>
<form class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button">
<span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div>
${sqBlock(`<h3>The wet corner</h3>\n${sqP(sqNext)}`, 'yui_3_17_2_1_219')}
<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55"><div class="summary-block-header">
<h3 class="summary-heading">More from the journal</h3></div><div class="summary-item-list">${sqMore
  .map(
    (m) => `<div class="summary-item"><div class="summary-title"><a class="summary-title-link" href="/journal/x">${m.t}</a></div>
<div class="summary-metadata-container"><time class="summary-metadata-item--date">${m.d}</time></div>
<div class="summary-excerpt"><p>${m.x}</p></div><a class="summary-read-more-link" href="/journal/x">Read More →</a></div>`,
  )
  .join('\n')}</div></div>
</div></div></div></div></div>
<footer class="blog-item-meta"><div class="blog-item-tags">Tags: ${sqTags.map((t) => `<a href="/journal?tag=x">${t}</a>`).join(', ')}</div>
<div class="blog-item-share"><a class="share-facebook">Facebook</a><a class="share-twitter">Twitter</a><a class="share-linkedin">LinkedIn</a></div>
<a class="blog-item-comment-link" href="#comments">0 Comments</a></footer>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
<a class="item-pagination-link item-pagination-link--prev" href="/journal/rain-garden"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">A rain garden for a terraced house in Leeds</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/hedge-laying"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Hedge laying with the Calder Valley volunteers</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><div class="sqs-html-content"><p>Fernhollow Landscape Studio</p>
<p>Unit 4, Calder Works, Hebden Bridge HX7 8AD</p><p><a href="mailto:hello@fernhollow.example">hello@fernhollow.example</a></p>
<p><a href="https://instagram.example/fernhollow">Instagram</a></p></div></footer>
<script src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  html: sqHtml,
  name: 'heldout16-squarespace-post',
  kind: 'blog',
  // the html blocks are the post, their h3s its headings; the category "Garden Notes" above the title, the image caption,
  // the newsletter block between sections, the summary block (its titles, dates and excerpts), tags, share links, the
  // comment link, the pagination (labels and the neighbours' titles, one of which the summary block also shows: counted
  // once) and the footer are furniture; the author name and the date are bylines
  title: sqTitle,
  headings: ['Weakening the grass first', 'Plugs, not just seed', 'The wet corner'],
  body: texts([...sqIntro, ...sqGround, ...sqPlants, ...sqNext]),
  bylines: ['Jonah Ferris', 'April 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience on our website.', 'Accept', 'Decline', 'Fernhollow', ...sqNav, 'Book a consultation',
    'Garden Notes', sqCaption, 'Letters from the studio', 'Four times a year, when the seasons turn. No sales, just plants.', 'Sign Up',
    'We respect your privacy.', 'More from the journal', ...sqMore.flatMap((m) => [m.t, m.d, m.x]), 'Read More →', 'Tags:', ...sqTags,
    'Facebook', 'Twitter', 'LinkedIn', '0 Comments', 'Previous', 'Next', 'Hedge laying with the Calder Valley volunteers',
    'Fernhollow Landscape Studio', 'Unit 4, Calder Works, Hebden Bridge HX7 8AD', 'hello@fernhollow.example', 'Instagram',
  ],
};

export const HELDOUT16_B: readonly TestPage[] = [wix, squarespace];
