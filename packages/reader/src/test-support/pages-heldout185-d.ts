import { links, type TestPage, texts } from './page-kit.js';
import { kirkusPage } from './pages-heldout185-d2.js';

/**
 * Held-out batch 185, file d: a Literary Hub essay (WordPress: the top bar with the Lit Hub family sites, the logo and section
 * menu, the post header with category, h1, subtitle, "By" line and date, the share buttons, the essay with a pull quote and an
 * inline ad, the author bio, tags, "Previous Article"/"Next Article", "More Story" rail, the "Lit Hub Daily" signup, the footer)
 * and, from file d2, a Kirkus Reviews book review page.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const lhTitle = 'On Reading the Same Book Every Winter';
const lhSub = 'Cressida Lowe on ritual, rereading, and the novel that keeps changing while she stays the same.';
const essay = paras(`
Every year, sometime in the second week of December, I take down the same paperback from the same shelf and begin again. The
spine gave up years ago, and the book now comes apart in three sections held together by a rubber band. I have owned it since I
was nineteen. I have read it, by my own count, twenty-two times.

It is not a famous book. Hedda Lind’s <i>The Ice Road</i> was published in 1968, went out of print within a decade and has been
reissued once, by a small press that has since closed. It follows a postwoman on a remote Swedish island through a single winter,
delivering letters across the frozen sound when the ferry stops running. Almost nothing happens in it. Someone falls ill. A dog is
lost and found. A letter arrives for a man who has died. I know all of this so well that I could recite parts of it, and yet each
December it surprises me.

People who reread are often asked why, usually in a tone that suggests a kind of cowardice. There are so many books, the argument
goes, and so little time; why spend any of it on something you already know? I understand the question, but I think it
misunderstands what rereading is. I am not going back to the same book. I am going back to the same place to see what has moved.
`);
const quote = 'I am not going back to the same book. I am going back to the same place to see what has moved.';
const essay2 = paras(`
At nineteen I read <i>The Ice Road</i> as an adventure. The crossings were the point, the creak of the ice and the postwoman’s
nerve. At thirty, newly married, I read it as a love story, and was startled to notice how little of the book is about the
husband she writes to every night. At forty I barely noticed the ice at all. I was reading about the letters: who sends them,
who waits, what it means to carry other people’s news across a dangerous distance and hand it over without comment.

This winter, for the first time, I found myself reading the book as a story about work. The postwoman is paid badly and she is
tired. She counts her days. On the island she is respected but not liked, because the person who brings the news is never quite
separate from the news itself. I had somehow missed, twenty-one times, the paragraph in which she admits to steaming open a
letter. This year it stopped me cold.

Rereading is sometimes described as comfort, and it is, but not in the way people mean. It is the comfort of a fixed point. The
book does not change; every word is where I left it. What changes is everything else, and the book, by staying still, lets me
measure the distance. There is a line near the end where the postwoman, standing on the ice at dusk, thinks that she has never
been so far from anyone. At nineteen I found it romantic. This year I put the book down and called my sister.

I do not know how many more winters I will read it. The paperback will not survive many more, and I have been told that the
reissue is itself hard to find. I suppose I will have to make do with whatever copy comes next, with different page numbers
and a different smell. That feels right, somehow. The book was never really the object. It was the road across.
`);
const fam = ['Lit Hub', 'CrimeReads', 'Book Marks', 'Lit Hub Radio', 'Lit Hub Daily'];
const nav = ['Fiction', 'Nonfiction', 'Craft and Criticism', 'Bookstores and Libraries', 'Podcasts', 'Events', 'Newsletter', 'Store'];
const share = ['Share:', 'Facebook', 'Twitter', 'Email', 'Copy link'];
const bio = 'Cressida Lowe is the author of the essay collection Small Weathers and the novel The Lamplighters. She lives in Duluth, Minnesota.';
const tags = ['essays', 'Hedda Lind', 'rereading', 'The Ice Road', 'winter reading'];
const prevNext = ['Previous Article', 'The Last Bookbinder on Pell Street', 'Next Article', 'Seven New Books to Read This Week'];
const more = ['More Story', 'The Long Afterlife of the Lost Novel', 'What We Talk About When We Talk About Snow', 'How Libraries Keep Time'];
const news = ['Lit Hub Daily', 'The best of the literary internet, every morning.', 'Your email address', 'Sign Up'];
const foot = ['About', 'Advertise', 'Contact', 'Privacy Policy', 'Terms of Use', 'Masthead'];
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>On Reading the Same Book Every Winter ‹ Literary Hub</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${lhSub}">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="${lhTitle}">
<meta property="article:published_time" content="2025-12-09T04:55:12+00:00"><meta name="author" content="Cressida Lowe">
<link rel="canonical" href="https://lithub.example/on-reading-the-same-book-every-winter/">
<link rel="stylesheet" id="lithub-style-css" href="https://lithub.example/wp-content/themes/lithub/style.css?ver=6.6.2" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${lhTitle}",
"author":{"name":"Cressida Lowe"},"datePublished":"2025-12-09T04:55:12+00:00","publisher":{"@type":"Organization","name":"Literary Hub"}}]}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="post-template-default single single-post postid-248812 single-format-standard">
<div class="network-bar"><ul>${links(fam, 'network-bar__site')}</ul></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://lithub.example/" rel="home" class="custom-logo-link">
<img src="/wp-content/uploads/lithub-logo.png" alt="Literary Hub" class="custom-logo"></a></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">${links(nav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-248812" class="post-248812 post type-post status-publish format-standard has-post-thumbnail category-craft-and-criticism">
<header class="entry-header"><div class="post-category"><a href="/category/craft-and-criticism/" rel="category tag">Craft and Criticism</a></div>
<h1 class="entry-title">${lhTitle}</h1><h2 class="post_subtitle">${lhSub}</h2>
<div class="author_raw_name">By <a href="/authors/cressida-lowe/">Cressida Lowe</a></div>
<div class="post_date"><time class="entry-date published" datetime="2025-12-09T04:55:12+00:00">December 9, 2025</time></div>
<div class="share_buttons">${share
  .map((s, i) =>
    i === 0
      ? `<span class="share-label">${s}</span>`
      : `<a class="share-${i}"
href="#">${s}</a>`,
  )
  .join(' ')}</div>
</header><div class="entry-content">
${essay.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote class="pullquote"><p>${quote}</p></blockquote>
<div class="lithub-ad-unit"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-incontent"></div></div>
${essay2.map((p) => `<p>${p}</p>`).join('\n')}
<p>__________________________________</p>
<div class="author_bio"><p><em>${bio}</em></p></div></div>
<footer class="entry-footer"><div class="tags-links">Tags: ${tags.map((t) => `<a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}</div>
</footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-previous"><span class="meta-nav">${prevNext[0]}</span>
<a href="/the-last-bookbinder/">${prevNext[1]}</a></div><div class="nav-next"><span class="meta-nav">${prevNext[2]}</span>
<a href="/seven-new-books/">${prevNext[3]}</a></div></nav>
<section class="more-story"><h3 class="widget-title">${more[0]}</h3><ul>${links(more.slice(1), 'more-story__item')}</ul></section></main></div>
<aside id="secondary" class="widget-area"><section class="widget lithub-newsletter"><h3 class="widget-title">${news[0]}</h3><p>${news[1]}</p>
<form><label class="screen-reader-text" for="lh-email">${news[2]}</label><input type="email" id="lh-email" placeholder="${news[2]}">
<button type="submit">${news[3]}</button></form></section><div class="widget ad-sidebar"><div class="ad-label">Advertisement</div></div></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(foot)}</ul>
<p class="site-info">© Literary Hub. All rights reserved.</p></footer>
<script src="/wp-content/themes/lithub/js/navigation.js?ver=20151215"></script></body></html>`;
const litHub: TestPage = {
  html,
  name: 'heldout185-lithub-essay',
  kind: 'blog',
  // the subtitle is body; the pull quote repeats a sentence of the essay and is in neither list; the rule line
  // "___" is in neither list; the author bio is furniture
  title: lhTitle,
  headings: [],
  body: [lhSub, ...texts(essay), ...texts(essay2)],
  bylines: ['By Cressida Lowe', 'December 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fam, 'Menu', ...nav, 'Craft and Criticism', ...share, 'Advertisement', bio, 'Tags:', ...tags, ...prevNext, ...more, ...news.slice(1), ...foot,
    '© Literary Hub. All rights reserved.',
  ],
};

export const HELDOUT185_D: readonly TestPage[] = [litHub, kirkusPage];
