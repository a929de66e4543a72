import { type TestPage, texts } from './page-kit.js';
import { squarespaceSidebarPost } from './pages-heldout155-d2.js';

/**
 * Held-out batch 155, file d: a Wix Blog post with the Wix comments widget (the free-site ad bar, "Skip to Main
 * Content", the "top of page" / "bottom of page" anchors, the site header with its nav and "Book Now" button, the blog
 * category menu and search, the post header with author, date, reading time, "Updated" line and "More actions", the Ricos
 * content with an image caption, tags, share buttons, view, comment and like counts, "Recent Posts" cards with counts,
 * the comments widget with its box, sort control, two comments and actions, the footer and the consent banner) and, from
 * file d2, a Squarespace 7.0 blog post with a sidebar.
 */
const wxTitle = 'Five things to know before your puppy’s first groom';
const wxP1 = [
  'A puppy’s first visit to the groomer sets the tone for every visit after it. We see some puppies who trot in happily at ' +
    'twelve weeks and others who arrive at a year old having never had their feet touched. The first group is far easier to ' +
    'groom for the rest of their lives, and far less stressed by it.',
  'Here is what we ask new owners to know before they book.',
];
const wxH = ['1. Start earlier than you think', '2. Practise at home', '3. Keep the first visit short', '4. Tell us everything', '5. Do not skip the brushing'];
const wxPs = [
  [
    'Most puppies can come in for a short introduction visit as soon as they have had their second vaccination. They do not need ' +
      'a full groom. The point is to meet the noise of the dryer, the feel of the table and the smell of the shampoo while they are ' +
      'still curious about everything.',
  ],
  [
    'Handle your puppy’s paws, ears and mouth every day for a few seconds, with a treat each time. Run a soft brush over them while ' +
      'they are sleepy in the evening. A puppy who is used to being touched all over will accept the clippers much more calmly.',
  ],
  [
    'We book puppies for a forty-minute slot with a bath, a gentle dry, a nail trim and a tidy around the eyes and bottom. Nothing ' +
      'more. It is better to finish while they are still enjoying themselves than to push on to a full style.',
  ],
  [
    'If your puppy has had an upset tummy, has been nervous at the vet or has a sore spot we should avoid, please let us know when ' +
      'you drop them off. It changes how we handle them, and it is never a nuisance to hear.',
  ],
  [
    'Doodles and other curly coats mat very quickly. If the coat is matted close to the skin we may have to clip it short, which is ' +
      'rarely the look owners were hoping for. Ten minutes of brushing a few times a week avoids it.',
    'Puppy introduction visits are £25 and can be booked online or by calling the salon.',
  ],
];
const wxNav = ['Home', 'Services', 'Prices', 'Blog', 'Contact'];
const wxCats = ['All Posts', 'Puppies', 'Coat Care', 'Salon News'];
const wxCaption = 'Bramble the cockapoo on her second visit, much calmer than the first.';
const wxRecent = [
  ['Why we do not shave double coats in summer', '14', '0'],
  ['Nail clipping at home without the drama', '22', '2'],
  ['Our new self-wash bay is open', '9', '0'],
] as const;
const wxComments = [
  ['Lucy Fernley', 'Feb 6', 'We did the paw handling with treats every night and our spaniel was a star at her first visit. Thank you for the tips!'],
  ['Arjun Mehta', 'Feb 9', 'Is there a minimum age for the introduction visit?'],
] as const;
const wxFooter = ['Muddy Paws Grooming', 'Unit 4, Station Yard, Kelsall', '01829 555 014', 'Tuesday to Saturday 8:30 to 17:00'];
const para = (
  t: string,
  i: number,
): string => `<div type="paragraph" class="_1ZPFw" data-breakout="normal"><p dir="auto" class="MvTJE UNGDH _7RJDw" id="viewer-p${i}">
<span class="Z1oIX" style="font-size:18px">${t}</span></p></div>`;
const head = (t: string, i: number): string => `<div class="_1ZPFw" data-breakout="normal"><h2 dir="auto" class="TAwlV uzsye" id="viewer-h${i}">
<span class="Z1oIX"><span style="font-weight:700">${t}</span></span></h2></div>`;
const wxHtml = `<!DOCTYPE html>
<html lang="en-GB" class="svg"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>${wxTitle}</title><meta name="description" content="What we ask new owners to know before they
book.">
<link rel="canonical" href="https://www.muddypawsgrooming.example/post/puppy-first-groom"><meta property="og:title" content="${wxTitle}"><meta
property="og:type" content="article">
<meta property="og:site_name" content="Muddy Paws Grooming"><meta property="article:author" content="Shona Briggs"><meta property="article:published_time"
content="2026-02-03T10:04:12.441Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wxTitle}","datePublished":"2026-02-03T10:04:12.441Z",
"dateModified":"2026-02-05T16:30:00.000Z","author":{"@type":"Person","name":"Shona Briggs"},
"publisher":{"@type":"Organization","name":"Muddy Paws Grooming"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"a81c","isFreeSite":true},"language":{"userLanguage":"en"}};</script>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.bb8d8c3a.bundle.min.js" async></script>
<style id="css_masterPage">#SITE_HEADER{--bg:#ffffff}#comp-kq2x1 .font_7{font-size:15px}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="WIX_ADS" class="CvOq3x ytGGBw"><a data-testid="linkElement"
href="https://www.wix.example/lpviral"
target="_blank" rel="nofollow" class="Tj01hh"><span class="hEBvAV">This site was designed with the Wix.com website builder. Create your website today.</span>
<span class="QnUvTx">Start Now</span></a></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="bm8ua5" tabindex="0" data-testid="skipToContentButton">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kq2x1" class="BaOVQ8 tz5f0K comp-kq2x1
wixui-rich-text"
data-testid="richTextElement"><p class="font_7 wixui-rich-text__text"><a href="https://www.muddypawsgrooming.example">Muddy Paws Grooming</a></p></div>
<nav aria-label="Site" id="comp-menu" class="XwCBRN comp-menu wixui-horizontal-menu"><ul class="itemDepth02233374943__menu">
${wxNav
  .map(
    (t) => `<li class="itemDepth02233374943__root wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}"
class="itemDepth02233374943__container">
<div class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="comp-btn wixui-button"><a data-testid="linkElement" href="/book-online" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Book
Now</span></a></div>
</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
class="blog-post-page">
<nav class="blog-navigation-container" data-hook="blog-desktop-header-container"><ul class="blog-categories-menu" data-hook="category-list">
${wxCats.map((t) => `<li><a class="blog-link-hover-color" data-hook="link" href="/blog/categories/${t.length}">${t}</a></li>`).join('\n')}</ul>
<div data-hook="search-input" class="blog-search"><input aria-label="Search" placeholder="Search" type="search" class="search-input"></div></nav>
<article class="blog-post-page-font blog-text-color" data-hook="post"><div data-hook="post-header" class="post-header"><div
data-hook="post-metadata__post-header"
class="post-metadata"><div class="avatar" data-hook="avatar-image"><img alt="Shona Briggs" src="https://static.wixstatic.example/media/shona.jpg" width="32"
height="32"></div>
<div class="author-name"><span data-hook="user-name" class="user-name blog-link-hover-color">Shona Briggs</span></div><ul class="post-metadata__list"><li>
<span data-hook="time-ago" class="time-ago" title="Feb 3">Feb 3</span></li><li><span data-hook="time-to-read" title="4 min read">4 min read</span></li></ul>
<button data-hook="more-button" aria-label="More actions" class="more-button"><svg viewBox="0 0 19 19" width="19" height="19"></svg></button></div>
<h1 class="post-title blog-post-title-font" data-hook="post-title"><span class="post-title__text blog-post-title-font">${wxTitle}</span></h1>
<div data-hook="post-updated-date" class="post-updated-date"><span>Updated: Feb 5</span></div></div>
<div data-hook="post-description" class="post-content__body"><div class="moHCnT" data-rce-version="10.81.0" data-id="content-viewer"><div class="RCE-viewer">
${wxP1.map(para).join('\n')}
${wxH
  .map(
    (h, i) =>
      `${head(h, i)}\n${(wxPs[i] ?? []).map((p, j) => para(p, 10 * i + j)).join('\n')}${
        i === 1
          ? `
<div data-breakout="normal" class="image-block"><figure class="Vt2VD"><div class="wix-image-container"><img alt="" data-pin-url="x"
src="https://static.wixstatic.example/media/bramble.jpg"
width="940" height="627"></div><figcaption class="xjbEG" dir="auto"><span class="Z1oIX">${wxCaption}</span></figcaption></figure></div>`
          : ''
      }`,
  )
  .join('\n')}
</div></div></div>
<div data-hook="post-footer" class="post-footer"><nav aria-label="Tags" data-hook="tags" class="post-tags"><ul><li><a data-hook="tag"
href="/blog/tags/puppies">puppies</a></li>
<li><a data-hook="tag" href="/blog/tags/first-groom">first groom</a></li></ul></nav><div data-hook="share-buttons" class="share-buttons">
<button aria-label="Share via Facebook" data-hook="share-button__facebook" class="share-button"><svg width="19" height="19"></svg></button>
<button aria-label="Share via X" data-hook="share-button__x" class="share-button"><svg width="19" height="19"></svg></button>
<button aria-label="Share via LinkedIn" data-hook="share-button__linkedin" class="share-button"><svg width="19" height="19"></svg></button>
<button aria-label="Share via link" data-hook="share-button__link" class="share-button"><svg width="19" height="19"></svg></button></div>
<div data-hook="post-main-actions-desktop" class="post-main-actions"><span data-hook="views-count">38 views</span><a data-hook="comment-count"
href="#comments">2 comments</a>
<button data-hook="like-button" aria-label="Post not marked as liked" class="like-button"><span
data-hook="like-button-with-count__like-count">6</span></button></div></div>
</article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a data-hook="see-all-posts" href="/blog">See All</a></div><div class="recent-posts__list">${wxRecent
  .map(
    ([
      t,
      v,
      c,
    ]) => `<div data-hook="post-list-item" class="post-list-item"><img alt="" src="https://static.wixstatic.example/media/${v}.jpg"><h3 data-hook="post-title"
class="post-list-item__title">${t}</h3><div class="post-list-item__stats"><span data-hook="view-count" aria-label="${v} views">${v}</span><span
data-hook="comment-count"
aria-label="${c} comments">${c}</span></div></div>`,
  )
  .join('\n')}</div></section>
<section id="comments" class="comments-widget" data-hook="comments-widget"><h2 class="comments-title" data-hook="comments-title">Comments</h2>
<div data-hook="comment-box" class="comment-box"><div role="textbox" contenteditable="false" data-placeholder="Write a comment..." class="editor">
<span class="placeholder">Write a comment...</span></div></div><div data-hook="sorting-dropdown" class="sorting"><span>Sort
by:</span><button>Newest</button></div>
<ul class="comment-list">${wxComments
  .map(
    ([n, d, t]) => `<li data-hook="comment" class="comment"><div class="comment-header"><span data-hook="author-name" class="author-name">${n}</span>
<span data-hook="creation-date" class="creation-date">${d}</span><button aria-label="More Actions" class="comment-more"></button></div><div
data-hook="comment-content"
class="comment-content"><p>${t}</p></div><div class="comment-actions"><button data-hook="like-button">Like</button><button
data-hook="reply-button">Reply</button></div></li>`,
  )
  .join('\n')}</ul></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="comp-footer-text wixui-rich-text" data-testid="richTextElement">
${wxFooter.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`).join('\n')}
<p class="font_9 wixui-rich-text__text">© 2026 by Muddy Paws Grooming. Powered and secured by <a href="https://www.wix.example"
target="_blank">Wix</a></p></div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner"><p
data-hook="consent-banner-text">
This website uses cookies. By accepting, you agree to our use of such cookies. <a href="/privacy-policy">Privacy Policy</a></p><div
class="consent-banner-buttons">
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div></body></html>`;
const wixPost: TestPage = {
  html: wxHtml,
  name: 'heldout155-wix-comments-blog',
  kind: 'blog',
  // the author, date, reading time and "Updated" line are bylines; the numbered h2s are headings; the price line at the
  // end is part of the post (body); captions, categories, tags, counts, recent posts, the comments widget (reader
  // comments), footer, ad bar and consent banner are furniture
  title: wxTitle,
  headings: wxH,
  body: [...wxP1, ...wxPs.flat()],
  bylines: ['Shona Briggs', 'Feb 3', '4 min read', 'Updated: Feb 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    'Muddy Paws Grooming', ...wxNav, 'Book Now', ...wxCats, wxCaption, 'puppies', 'first groom', '38 views', '2 comments', 'Recent Posts', 'See All',
    ...wxRecent.map(([t]) => t), 'Comments', 'Write a comment...', 'Sort by:', 'Newest', ...wxComments.flat(), 'Like', 'Reply',
    ...wxFooter.slice(1), '© 2026 by Muddy Paws Grooming. Powered and secured by Wix', 'bottom of page',
    ...texts(['This website uses cookies. By accepting, you agree to our use of such cookies. Privacy Policy']), 'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT155_D: readonly TestPage[] = [wixPost, squarespaceSidebarPost];
