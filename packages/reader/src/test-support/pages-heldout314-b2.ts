import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file b2: a hair salon's post on Wix Blog (post header with avatar, author name, "time ago" date
 * and "min read", the Ricos rich-content viewer with viewer- ids, an image with caption, the post footer with share
 * buttons, views, comments and likes counts, "Recent Posts" cards and the Wix comments widget).
 */
const bTitle = 'How Often Should You Really Get a Trim?';
const bIntro = [
  j(
    'It is the question we hear most in the chair, usually followed by a guilty look: “I know it has been a while.” The honest',
    'answer is that it depends on your cut, your hair type and what you want your hair to do next. Here is how we think about it',
    'at the studio.',
  ),
];
const bShort = [
  j(
    'A precise bob, crop or fade loses its line fastest. Hair grows about a centimetre a month, and on a cut that sits at the jaw',
    'or the nape that is enough to change the shape completely. Every four to six weeks keeps it looking the way it did on day one.',
  ),
];
const bLong = [
  j(
    'If you are growing your hair, a trim every ten to twelve weeks removes split ends before they travel up the strand. Skip',
    'it for six months and we usually have to take off more length, not less, to get back to healthy ends.',
  ),
  j(
    'Curly and coily hair can often go longer between cuts, especially with a dry cut that follows each curl’s natural pattern.',
    'Three or four visits a year is typical for our curly clients.',
  ),
];
const bSigns = [
  'Ends that look thinner or see-through compared with the rest of your hair',
  'Knots that form in the same place every day',
  'Styling that takes longer than it used to for the same result',
  'Colour that looks dull at the ends even straight after a gloss',
];
const bColour = [
  j(
    'If you colour your hair, book your trim with your root touch-up. Colour on fresh ends takes more evenly, and you save',
    'yourself a second trip. Ask for a “dusting” if you only want the very tips taken off.',
  ),
  j(
    'Whatever your routine, the best thing you can do between visits is be gentle: a wide-tooth comb on wet hair, heat',
    'protection before every blow-dry, and a silk or satin pillowcase if your ends catch at night.',
  ),
];
const bRecent = ['Balayage vs. Highlights: Which One Is for You?', 'Our Favourite Products for Winter Frizz', 'Meet Our New Stylist, Anouk'];
const bp = (id: string, t = ''): string =>
  `<p dir="auto" class="MMl86 _8f8bz cV1L2 _6iOyi" id="viewer-${id}"><span style="font-style:normal;font-weight:400" class="_2PHJq
public-DraftStyleDefault-ltr">${t}</span></p>`;
const bh = (id: string, t: string): string => `<h2 dir="auto" class="_1zqLo _8f8bz cV1L2 _6iOyi" id="viewer-${id}"><span class="_2PHJq">${t}</span></h2>`;
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="Wix.com Website Builder">
<title>How Often Should You Really Get a Trim?</title><meta name="description" content="Short cuts, long hair, curls and colour: how often to book.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Thistle &amp; Thread Hair Studio">
<meta property="article:author" content="Lena Okoro"><meta property="article:published_time" content="2026-02-09T10:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"How Often Should You Really Get a Trim?",
"author":{"@type":"Person","name":"Lena Okoro"},"datePublished":"2026-02-09T10:30:00.000Z","publisher":{"@type":"Organization",
"name":"Thistle & Thread Hair Studio"}}</script>
<script>window.viewerModel = {"siteFeatures":["blog","comments"],"language":{"userLanguage":"en"}};</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root"><div id="masterPage">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div data-testid="inline-content">
<div id="comp-k9f2a1b1" class="HcOXKn SxM0TO comp-k9f2a1b1 wixui-rich-text" data-testid="richTextElement"><p class="font_7">Thistle &amp; Thread Hair
Studio</p></div>
<nav id="comp-k9f2a1b2" aria-label="Site" class="wixui-dropdown-menu"><ul class="lRxJ7d">
<li><a data-testid="linkElement" href="/"><div class="wixui-dropdown-menu__item"><p class="zKbzSQ">Home</p></div></a></li>
<li><a data-testid="linkElement" href="/prices"><div class="wixui-dropdown-menu__item"><p class="zKbzSQ">Prices</p></div></a></li>
<li><a data-testid="linkElement" href="/book-online"><div class="wixui-dropdown-menu__item"><p class="zKbzSQ">Book Online</p></div></a></li>
<li><a data-testid="linkElement" href="/blog" aria-current="page"><div class="wixui-dropdown-menu__item"><p class="zKbzSQ">Blog</p></div></a></li>
</ul></nav></div></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div id="TPAMultiSection_k9f2b" class="wixui-tpa-multi-section"><div data-hook="blog-post-page">
<div class="blog-navigation-container" data-hook="blog-desktop-header-container"><nav data-hook="navigation"><ul>
<li><a href="/blog" data-hook="navigation-link">All Posts</a></li><li><a href="/blog/categories/hair-care" data-hook="navigation-link">Hair Care</a></li>
<li><a href="/blog/categories/colour" data-hook="navigation-link">Colour &amp; Balayage</a></li></ul></nav>
<div data-hook="search-button"><span>Search</span></div><a data-hook="login-button">Log in / Sign up</a></div>
<article class="blog-post-page-font _3ZMwS" data-hook="post"><div class="_2pjGv">
<div data-hook="post-header" class="post-header"><div class="_1U-zd"><div data-hook="avatar-image" class="avatar-image">
<img src="https://static.wixstatic.example/media/lena.jpg" alt="Writer's picture" width="32" height="32"></div>
<div class="_3gVMk"><span data-hook="user-name" class="user-name blog-post-title-color">Lena Okoro</span>
<ul class="post-metadata__list"><li><span data-hook="time-ago" title="Feb 9" class="post-metadata__date time-ago">Feb 9</span></li>
<li><span data-hook="time-to-read" title="3 min read" class="post-metadata__readTime">3 min read</span></li></ul></div></div>
<div data-hook="more-button" aria-label="More actions"></div></div>
<h1 class="post-title blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text">${bTitle}</span></h1>
<div class="post-content__body" data-hook="post-description"><section data-hook="ricos-viewer"><div data-id="rich-content-viewer"
class="rich-content-viewer _1hN1O" dir="ltr"><div class="_2i7ap">
${bp('4f1a0', bIntro[0])}
<div id="viewer-8d2c1" class="_3CWa- _2vd5k"><figure data-hook="figure-IMAGE"><div data-hook="imageViewer" class="_3Kqja">
<img src="https://static.wixstatic.example/media/scissors.jpg" alt="" width="940" height="627"></div>
<figcaption data-hook="imageViewerCaption" class="_3vHqY">Dry cutting curls, one ringlet at a time.</figcaption></figure></div>
${bh('a1c7e', 'Short and structured cuts')}
${bp('b23d9', bShort[0])}
${bh('c9e20', 'Long hair and growing out')}
${bLong.map((p, i) => bp(`d0f1${i}`, p)).join('\n')}
${bh('e81b4', 'Signs you are overdue')}
<ul class="_1Q6G8 _8f8bz cV1L2">${bSigns
  .map(
    (s, i) => `<li id="viewer-f${i}a2" class="_1B_ug"><p dir="auto"
class="MMl86"><span>${s}</span></p></li>`,
  )
  .join('')}</ul>
${bh('f55a8', 'If you colour your hair')}
${bColour.map((p, i) => bp(`g7c3${i}`, p)).join('\n')}
</div></div></section></div>
<div data-hook="post-footer" class="post-footer"><div class="post-main-actions"><div data-hook="post-main-actions__share" class="share-buttons">
<button aria-label="Share via Facebook" data-hook="share-button__facebook"></button><button aria-label="Share via X" data-hook="share-button__x"></button>
<button aria-label="Share via LinkedIn" data-hook="share-button__linkedin"></button><button aria-label="Share via link"
data-hook="share-button__link"></button></div>
<div data-hook="post-main-actions__stats" class="post-stats"><span data-hook="view-count">148 views</span><span data-hook="comment-count">1 comment</span>
<span data-hook="like-button-with-count__like-count" class="like-count">12</span></div></div>
<div data-hook="post-main-actions__category-list"><a href="/blog/categories/hair-care" class="category-link">Hair Care</a></div></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="_3uJO1"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-link">See All</a></div><div class="post-list">
${bRecent
  .map(
    (t) => `<div data-hook="post-list-item" class="post-list-item"><div class="post-list-item__image"></div><h3 data-hook="post-title"
class="post-list-item__title"><a href="/post/${t.length}">${t}</a></h3></div>`,
  )
  .join('\n')}
</div></section>
<div data-hook="comments-root" class="comments-widget"><h2 data-hook="comments-title">Comments</h2>
<div data-hook="comment-box" class="comment-box"><div data-hook="comment-box-placeholder">Write a comment...</div></div>
<div data-hook="comment" class="comment"><div data-hook="comment-header"><span data-hook="author-name">Priya Dhanani</span>
<span data-hook="creation-date">Feb 10</span></div><div data-hook="comment-content"><p>Booked my dusting already, thank you Lena!</p></div>
<div data-hook="comment-actions"><button data-hook="like-button">Like</button><button data-hook="reply-button">Reply</button></div></div></div>
</div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div data-testid="inline-content">
<div class="wixui-rich-text" data-testid="richTextElement"><p class="font_8">22 Weir Lane, Brackenhill BH2 6LD · Tue–Sat 9am–6pm</p></div>
<div class="wixui-rich-text" data-testid="richTextElement"><p class="font_8">© 2026 Thistle &amp; Thread. Powered and secured by Wix</p></div></div></footer>
</div></div></div></div></body></html>`;
export const wixSalon: TestPage = {
  name: 'heldout314-wix-blog-hair-salon',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: ['Short and structured cuts', 'Long hair and growing out', 'Signs you are overdue', 'If you colour your hair'],
  body: texts([...bIntro, ...bShort, ...bLong, ...bSigns, ...bColour]),
  bylines: ['Lena Okoro', 'Feb 9', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thistle & Thread Hair Studio', 'Home', 'Prices', 'Book Online', 'Blog', 'All Posts', 'Hair Care', 'Colour & Balayage', 'Search', 'Log in / Sign up',
    'Dry cutting curls, one ringlet at a time.', '148 views', '1 comment', 'Recent Posts', 'See All', ...bRecent, 'Comments', 'Write a comment...',
    'Priya Dhanani', 'Feb 10', 'Booked my dusting already, thank you Lena!', 'Like', 'Reply', '22 Weir Lane, Brackenhill BH2 6LD · Tue–Sat 9am–6pm',
    '© 2026 Thistle & Thread. Powered and secured by Wix',
  ],
};
