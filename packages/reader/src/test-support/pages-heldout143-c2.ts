import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 143, file c2: a Ghost post on the Headline theme, a small culture magazine (the stacked header with the
 * date line, search button, logo, "Sign in" / "Subscribe" and the tag navigation, the single-header with date, reading
 * time and primary tag above the title, the custom excerpt, the author line, the feature image with its credit caption,
 * Koenig cards in the content (an image card with caption, a blockquote, a callout card, a bookmark card), the
 * "Sign up for more like this." call to action, the "You might also like" feed, the comments placeholder, the footer
 * with its signup box, menu and "Powered by Ghost", and the Portal and search scripts).
 */
const title = 'The last projectionist at the Palace';
const excerpt =
  'For thirty-one years Gwen Morrow has run the film at Marrow Bay’s only cinema. ' + 'In December the Palace goes digital, and her job goes with it.';
const p1 = [
  'The projection box at the Palace is up a ladder, through a hatch, at the back of the balcony. It is about the size of a ' +
    'garden shed and smells of warm dust and machine oil. Two Westar projectors stand side by side facing the little glass ' +
    'windows, and between them, on a stool she has owned since 1994, sits Gwen Morrow.',
  '“People think it’s just pressing a button,” she says, threading a film through the gate with her eyes half closed. “It was ' +
    'never just pressing a button.”',
];
const h1 = 'A job nobody trains for any more';
const p2 = [
  'Morrow came to the Palace at nineteen to sell tickets and was moved upstairs six months later when the old projectionist, ' +
    'a man everyone called Sarge, hurt his back. He taught her to splice, to change over between reels without the audience ' +
    'noticing, and to listen to the machines. “He said you could hear a problem about a minute before you could see it.”',
  'The Palace has shown films on 35mm longer than almost any cinema in the region, partly out of stubbornness and partly because ' +
    'the charitable trust that owns it could not afford to convert. Most new releases have not been available on film for years; ' +
    'for a decade the Palace has mixed a rented digital unit for new titles with film prints for its Sunday classics.',
];
const quote = 'The picture is a little alive on film. It breathes. I don’t expect anyone under thirty to believe me.';
const h2 = 'What changes in December';
const p3 = [
  'A lottery grant of £86,000 will pay for a permanent digital projector, new sound and a lift to the balcony. The trust’s ' +
    'chair, Ruth Kettle, says the cinema could not have survived another five years without it. The 35mm machines will stay in ' +
    'the box and be used a few times a year for special screenings, run by volunteers Morrow is now training.',
  'She is not bitter about it, or says she is not. She has taken the offer of a part-time role running the volunteer programme ' +
    'and the archive of posters and programmes that fills the old dressing rooms behind the screen.',
  '“I’ve had thirty-one years of the best seat in the house,” she says. “Somebody else can have a go.”',
];
const callout = 'The Palace’s last regular 35mm screening is on Sunday 14 December at 7pm. Tickets are £6 from the box office.';
const nav = ['News', 'Culture', 'Food', 'Outdoors', 'Letters'];
const featCaption = 'Gwen Morrow in the projection box. Photo: Tobias Lind';
const imgCaption = 'The Palace opened in 1928 as a variety theatre and has shown films since 1932.';
const bookmark = ['Saving the Lyric: how a town bought its cinema', 'The community buyout that kept Hallam’s picture house open.'];
const cta = ['Sign up for more like this.', 'Enter your email', 'Subscribe'];
const related = [
  ['Sep', '18', 'The bakers of Fore Street', '5 min read'],
  ['Sep', '04', 'A tide table for beginners', '3 min read'],
  ['Aug', '27', 'Letters: the bus shelter question', '4 min read'],
];
const footMenu = ['Sign up', 'About', 'Advertise', 'Contact'];
const signup = ['The Marrow Bay Review', 'Stories from a small town on the edge of the sea. New issue every Friday.'];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const content = `${ps(p1)}
<h2 id="a-job-nobody-trains-for-any-more">${h1}</h2>
${ps(p2)}
<figure class="kg-card kg-image-card kg-width-wide kg-card-hascaption"><img src="https://marrowbayreview.example/content/images/2025/09/palace-front.jpg"
class="kg-image" alt="The Palace cinema frontage" loading="lazy" width="2000" height="1333"
srcset="https://marrowbayreview.example/content/images/size/w600/2025/09/palace-front.jpg 600w" sizes="(min-width: 1200px) 1200px">
<figcaption><span style="white-space: pre-wrap;">${imgCaption}</span></figcaption></figure>
<blockquote>${quote}</blockquote>
<h2 id="what-changes-in-december">${h2}</h2>
${ps(p3)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🎞️</div><div class="kg-callout-text">${callout}</div></div>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://marrowbayreview.example/saving-the-lyric/"><div
class="kg-bookmark-content"><div class="kg-bookmark-title">${bookmark[0]}</div><div class="kg-bookmark-description">${bookmark[1]}</div><div
class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://marrowbayreview.example/content/images/size/w256h256/icon.png" alt=""><span
class="kg-bookmark-author">The Marrow Bay Review</span><span class="kg-bookmark-publisher">Idris Calloway</span></div></div><div
class="kg-bookmark-thumbnail"><img src="https://marrowbayreview.example/content/images/lyric.jpg" alt="" onerror="this.style.display = 'none'"></div></a>
</figure>`;
const searchSvg = `<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20"
height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${title}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://marrowbayreview.example/assets/built/screen.css?v=9c1f2e0d3a">
<meta name="description" content="${excerpt}"><link rel="canonical" href="https://marrowbayreview.example/the-last-projectionist/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Marrow Bay Review">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="article:published_time"
content="2025-09-30T06:00:00.000Z">
<meta property="article:tag" content="Culture"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Idris Calloway">
<meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Culture">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Marrow Bay Review",
"url":"https://marrowbayreview.example/"},"author":{"@type":"Person","name":"Idris Calloway","url":"https://marrowbayreview.example/author/idris/"},
"headline":"${title}","url":"https://marrowbayreview.example/the-last-projectionist/","datePublished":"2025-09-30T06:00:00.000Z","keywords":"Culture",
"description":"${excerpt}","mainEntityOfPage":"https://marrowbayreview.example/the-last-projectionist/"}</script>
<meta name="generator" content="Ghost 6.3"><link rel="alternate" type="application/rss+xml" title="The Marrow Bay Review"
href="https://marrowbayreview.example/rss/">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.51/umd/portal.min.js" data-i18n="true" data-ghost="https://marrowbayreview.example/"
data-key="6d5f1c2a9b3e" data-api="https://marrowbayreview.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;}</style>
<script defer src="https://cdn.jsdelivr.example/ghost/sodo-search@~1.8/umd/sodo-search.min.js" data-key="6d5f1c2a9b3e"
data-styles="https://cdn.jsdelivr.example/ghost/sodo-search@~1.8/umd/main.css" data-sodo-search="https://marrowbayreview.example/" data-locale="en"
crossorigin="anonymous"></script><link href="https://marrowbayreview.example/webmentions/receive/" rel="webmention">
<script defer src="/public/cards.min.js?v=9c1f2e0d3a"></script><link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=9c1f2e0d3a">
<script defer src="/public/member-attribution.min.js?v=9c1f2e0d3a"></script><style>:root {--ghost-accent-color: #b5291d;}</style></head>
<body class="post-template tag-culture has-serif-title has-sans-body"><div class="gh-site"><header id="gh-head" class="gh-head gh-outer is-header-stacked">
<div class="gh-head-inner gh-inner"><div class="gh-head-brand"><div class="gh-head-brand-wrapper"><span class="gh-head-date">Wednesday, October 1, 2025</span>
<a class="gh-head-logo" href="https://marrowbayreview.example">The Marrow Bay Review</a></div><button class="gh-search gh-icon-btn" aria-label="Search this
site" data-ghost-search>${searchSvg}</button><button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${nav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}${t === 'Culture' ? ' nav-current-parent' : ''}"><a
href="https://marrowbayreview.example/tag/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>${searchSvg}</button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-btn gh-btn gh-primary-btn"
href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="site-main"><article class="single post tag-culture featured"><header class="single-header gh-canvas"><div class="single-meta">
<span class="single-meta-item single-meta-date"><time datetime="2025-09-30">Sep 30, 2025</time></span><span class="single-meta-item single-meta-length">6
min read</span><span class="single-meta-item single-meta-tag"><a class="post-tag post-tag-culture"
href="https://marrowbayreview.example/tag/culture/">Culture</a>
</span></div><h1 class="single-title">${title}</h1><div class="single-excerpt">${excerpt}</div><div class="single-author"><div class="author-image-placeholder
u-placeholder square"><a href="https://marrowbayreview.example/author/idris/" title="Idris Calloway"><img class="author-image u-object-fit"
src="https://marrowbayreview.example/content/images/size/w150/2024/01/idris.jpg" alt="Idris Calloway" loading="lazy"></a></div><div class="author-name"><a
href="https://marrowbayreview.example/author/idris/">Idris Calloway</a></div></div><figure class="single-media kg-width-wide"><div class="u-placeholder
horizontal"><img class="u-object-fit" srcset="https://marrowbayreview.example/content/images/size/w400/2025/09/gwen.jpg 400w" sizes="(min-width: 1023px)
920px, calc(90vw)" src="https://marrowbayreview.example/content/images/size/w920/2025/09/gwen.jpg" alt="${title}"></div><figcaption>${featCaption}</figcaption>
</figure></header><div class="single-content gh-content gh-canvas">
${content}
</div><section class="footer-cta"><div class="inner"><h2 class="footer-cta-title">${cta[0]}</h2><a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">${cta[1]}</div><span>${cta[2]}</span></a></div></section>
<div class="comments gh-canvas"><script defer src="https://cdn.jsdelivr.example/ghost/comments-ui@~1.2/umd/comments-ui.min.js" data-locale="en"
data-ghost-comments="https://marrowbayreview.example/" data-api="https://marrowbayreview.example/ghost/api/content/"
data-admin="https://marrowbayreview.example/ghost/"
data-key="6d5f1c2a9b3e" data-title="" data-count="true" data-post-id="66fa1c0e2b" data-color-scheme="auto" data-avatar-saturation="60"
data-accent-color="#b5291d" data-comments-enabled="all" data-publication="The Marrow Bay Review" crossorigin="anonymous"></script></div></article>
<section class="related-wrapper gh-canvas"><h3 class="related-title">You might also like</h3><div class="related-feed">
${related
  .map(
    ([m, d, t, r]) => `<article class="feed public post"><div class="feed-calendar"><div class="feed-calendar-month">${m}</div><div
class="feed-calendar-day">${d}</div></div><h2 class="feed-title">${t}</h2><div class="feed-right"><div class="feed-length">${r}</div></div><a
class="u-permalink" href="https://marrowbayreview.example/${d}/" aria-label="${t}"></a></article>`,
  )
  .join('\n')}
</div></section></main>
<footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner"><section class="gh-subscribe"><h3 class="gh-subscribe-title">${signup[0]}</h3>
<div class="gh-subscribe-description">${signup[1]}</div><a class="gh-subscribe-input" href="#/portal/signup" data-portal="signup">jamie@example.com
<div class="gh-btn gh-primary-btn">Subscribe</div></a></section><div class="gh-copyright">The Marrow Bay Review © 2025</div><nav class="gh-foot-menu">
<ul class="nav">${footMenu
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(' ', '-')}"><a
href="https://marrowbayreview.example/${t.toLowerCase().replace(' ', '-')}/">${t}</a></li>`,
  )
  .join('')}</ul>
</nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__container">
<div class="pswp__item"></div></div><div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter"></div><button
class="pswp__button pswp__button--close" title="Close (Esc)"></button><button class="pswp__button pswp__button--share" title="Share"></button></div>
</div></div></div>
<script src="https://marrowbayreview.example/assets/built/main.min.js?v=9c1f2e0d3a"></script>
</body></html>`;
export const ghostHeadline: TestPage = {
  html,
  name: 'heldout143-ghost-headline-blog',
  kind: 'blog',
  // the custom excerpt is body (as a dek); the blockquote and the callout card are part of the story: body; the bookmark
  // card links another story: furniture, like the captions; the header date line is furniture, the post's date, reading
  // time and author are bylines
  title,
  headings: [h1, h2],
  body: texts([excerpt, ...p1, ...p2, quote, ...p3, callout]),
  bylines: ['Sep 30, 2025', '6 min read', 'Idris Calloway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wednesday, October 1, 2025', 'The Marrow Bay Review', ...nav, 'Sign in', 'Subscribe', featCaption, imgCaption, ...bookmark, ...cta.slice(0, 2),
    'You might also like', 'Sep', 'Aug', ...related.flatMap(([, d, t, r]) => [d!, t!, r!]), signup[1]!, 'jamie@example.com', 'The Marrow Bay Review © 2025',
    ...footMenu, 'Powered by Ghost',
  ],
};
