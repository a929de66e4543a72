import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 105, file c2: a gardening blog post on the Genesis Framework with a StudioPress child theme (skip links, the
 * title area, the primary nav, the entry header with "By" author, date and comment count, the post text closed by an italic
 * "This post first appeared on ..." line, the entry footer with "Filed Under:" and "Tagged With:", the author box, the
 * "Reader Interactions" comment list and reply form, the primary sidebar and the footer widgets and credits).
 */
const gsTitle = 'Saving seed from your own tomatoes: a beginner’s guide';
const gsP1 = [
  'Every August someone at the allotment asks me whether it is worth saving seed from their tomatoes. My answer is always the ' +
    'same: yes, if you are growing an open-pollinated variety, and no, if the packet said F1.',
  'Saving tomato seed takes about ten minutes of work spread over a few days, and the seed keeps for four years or more. Here is ' + 'how I do it.',
];
const gsH1 = 'Choose the right fruit';
const gsP2 = [
  'Pick two or three of the best fruits from your healthiest plants and leave them on the vine until they are fully ripe, even a ' +
    'little past the point where you would eat them. Avoid anything from a plant that showed signs of blight.',
  'F1 hybrids will not come true from seed. The plants you grow will be a mix of the two parents, and most of them will be ' +
    'disappointing. Heritage varieties such as Harbour Gold or Marnie’s Pink are the ones to save.',
];
const gsH2 = 'Ferment the seeds';
const gsP3 = [
  'Each seed sits in a jelly-like coat that stops it germinating inside the fruit. Fermenting removes it and also kills some ' + 'seed-borne diseases.',
];
const gsSteps = [
  'Cut the tomato across its middle and squeeze the seeds and jelly into a clean jam jar.',
  'Add about the same amount of water, cover the jar with a piece of kitchen paper and put it somewhere warm, out of the sun.',
  'Stir once a day. After two to four days a layer of mould will form on top and the good seeds will sink.',
  'Pour off the mould and the floating seeds, then rinse the rest in a sieve under the tap.',
];
const gsH3 = 'Dry and store';
const gsP4 = [
  'Spread the clean seeds on a ceramic plate or a coffee filter. Kitchen paper is tempting, but the seeds stick to it and you will ' +
    'end up planting bits of paper. Leave them for a week in a warm room, stirring them once or twice so they do not clump.',
  'Once they are completely dry, tip them into a paper envelope, write the variety and the year on it, and keep it in a cool, dry ' +
    'place. A biscuit tin in a spare bedroom works well.',
  'Next spring you will have more seed than you can use, which is the real pleasure of it. Our allotment holds a seed swap every ' +
    'March, and the saved tomatoes are always the first to go.',
];
const gsFirst = 'This post first appeared on the Hollybank Allotment Society newsletter in September 2024.';
const gsSkip = ['Skip to primary navigation', 'Skip to main content', 'Skip to primary sidebar', 'Skip to footer'];
const gsSite = ['The Muddy Trowel', 'Vegetables, flowers and mistakes on a north-facing plot'];
const gsNav = ['Home', 'Grow Your Own', 'Flowers', 'Seasonal Jobs', 'About Me', 'Contact'];
const gsBylines = ['By Morwenna Tate', 'September 9, 2025'];
const gsCount = '3 Comments';
const gsFiled = ['Filed Under:', 'Grow Your Own', 'Tagged With:', 'seed saving', 'tomatoes'];
const gsAuthor = [
  'About Morwenna Tate',
  'Morwenna has gardened the same allotment plot in Hollybank for fifteen years and writes about it here every week or so.',
];
const gsComments = [
  {
    who: 'Gwen Ashby',
    when: 'September 10, 2025 at 8:14 am',
    text: 'I tried this last year and it worked a treat. The smell of the jar on day three is something else, though!',
  },
  { who: 'Morwenna Tate', when: 'September 10, 2025 at 9:02 am', text: 'It really is. I keep mine in the shed for exactly that reason.' },
  { who: 'Pete Lambourne', when: 'September 12, 2025 at 6:47 pm', text: 'Does this work for peppers too, or do they need something different?' },
];
const gsForm = [
  'Reader Interactions',
  'Comments',
  'Reply',
  'Leave a Reply',
  'Your email address will not be published.',
  'Required fields are marked',
  'Comment',
  'Name',
  'Email',
  'Website',
  'Post Comment',
];
const gsSide = [
  'Hello, I’m Morwenna',
  'I grow vegetables, cut flowers and far too many squashes on a windy allotment in the Pennines.',
  'Get new posts by email',
  'Subscribe',
  'Popular Posts',
  'How to build a leaf mould cage',
  'Ten flowers for a cutting patch',
];
const gsFoot = ['Privacy Policy', 'Disclosure', 'Copyright © 2025 The Muddy Trowel', 'Log in'];
const gsComment = (c: (typeof gsComments)[number], i: number): string => `<li class="comment even thread-even depth-1" id="comment-${301 + i}">
<article id="article-comment-${301 + i}"><header class="comment-header"><p class="comment-author"><img alt="" class="avatar avatar-48 photo" height="48"
src="https://secure.gravatar.example/avatar/${i}?s=48"><span class="comment-author-name">${c.who}</span> <span class="says">says</span></p>
<p class="comment-meta"><time class="comment-time" datetime="2025-09-1${i}"><a class="comment-time-link" href="#comment-${301 + i}">${c.when}</a></time></p>
</header>
<div class="comment-content"><p>${c.text}</p></div><div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>
</article></li>`;
const gsHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Saving seed from your own tomatoes: a beginner’s guide - The Muddy Trowel</title>
<meta name="description" content="How to save seed from open-pollinated tomatoes in ten minutes of work.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gsTitle}",
"author":{"name":"Morwenna Tate"},"datePublished":"2025-09-09T07:00:00+00:00","articleSection":["Grow Your Own"]}]}</script>
<link rel="stylesheet" id="muddy-trowel-css" href="https://themuddytrowel.example/wp-content/themes/genesis-sample/style.css?ver=3.4.0">
</head><body class="post-template-default single single-post postid-1877 header-full-width content-sidebar genesis-breadcrumbs-hidden" itemscope
itemtype="https://schema.org/WebPage"><div class="site-container"><ul class="genesis-skip-link">
${gsSkip.map((t, i) => `<li><a href="#genesis-${i}" class="screen-reader-shortcut">${t}</a></li>`).join('')}</ul>
<header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area">
<p class="site-title" itemprop="headline"><a href="/">${gsSite[0]}</a></p><p class="site-description" itemprop="description">${gsSite[1]}</p></div>
<nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement" id="genesis-nav-primary"><div class="wrap">
<ul id="menu-main" class="menu genesis-nav-menu menu-primary js-superfish">${links(gsNav, 'menu-item')}</ul></div></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post-1877 post type-post status-publish format-standard category-grow-your-own tag-seed-saving tag-tomatoes entry"
aria-label="${gsTitle}" itemscope itemtype="https://schema.org/CreativeWork"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${gsTitle}</h1>
<p class="entry-meta"><span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person">By <a href="/author/morwenna/"
class="entry-author-link" rel="author"><span class="entry-author-name" itemprop="name">Morwenna Tate</span></a></span>
<time class="entry-time" itemprop="datePublished" datetime="2025-09-09T07:00:00+00:00">September 9, 2025</time>
<span class="entry-comments-link"><a href="#comments">${gsCount}</a></span></p></header>
<div class="entry-content" itemprop="text">
${ps(gsP1)}
<h2 class="wp-block-heading">${gsH1}</h2>
${ps(gsP2)}
<h2 class="wp-block-heading">${gsH2}</h2>
${ps(gsP3)}
<ol class="wp-block-list">${gsSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2 class="wp-block-heading">${gsH3}</h2>
${ps(gsP4)}
<p><em>${gsFirst}</em></p>
<!--<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>--></div>
<footer class="entry-footer"><p class="entry-meta">
<span class="entry-categories">${gsFiled[0]} <a href="/category/grow-your-own/" rel="category tag">${gsFiled[1]}</a></span>
<span class="entry-tags">${gsFiled[2]} <a href="/tag/seed-saving/" rel="tag">${gsFiled[3]}</a>, <a href="/tag/tomatoes/" rel="tag">${gsFiled[4]}</a></span>
</p></footer>
</article><section class="author-box" itemprop="author" itemscope itemtype="https://schema.org/Person"><img alt="" class="avatar avatar-100 photo"
src="https://secure.gravatar.example/avatar/mt?s=100"><h4 class="author-box-title">About <span itemprop="name">Morwenna Tate</span></h4>
<div class="author-box-content" itemprop="description"><p>${gsAuthor[1]}</p></div></section>
<h2 class="screen-reader-text">${gsForm[0]}</h2><div class="entry-comments" id="comments"><h3>${gsForm[1]}</h3><ol class="comment-list">
${gsComments.map(gsComment).join('\n')}</ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${gsForm[3]}</h3><form id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">${gsForm[4]}</span> <span class="required-field-message">${gsForm[5]} <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">${gsForm[6]} <span class="required">*</span></label><textarea id="comment"></textarea></p>
<p class="comment-form-author"><label for="author">${gsForm[7]} <span class="required">*</span></label><input id="author"></p>
<p class="comment-form-email"><label for="email">${gsForm[8]} <span class="required">*</span></label><input id="email"></p>
<p class="comment-form-url"><label for="url">${gsForm[9]}</label><input id="url"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><span>${gsForm[10]}</span></p></form></div></main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" id="genesis-sidebar-primary">
<section class="widget widget_text"><h3 class="widgettitle widget-title">${gsSide[0]}</h3><div class="textwidget"><p>${gsSide[1]}</p></div></section>
<section class="widget enews-widget"><div class="enews"><h3 class="widgettitle widget-title">${gsSide[2]}</h3><form><input type="email" placeholder="Email">
<button type="submit">${gsSide[3]}</button></form></div></section><section class="widget featured-content">
<h3 class="widgettitle widget-title">${gsSide[4]}</h3>
<ul>${links(gsSide.slice(5))}</ul></section></aside></div></div>
<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><ul class="footer-links">${links(gsFoot.slice(0, 2))}</ul>
<p>${gsFoot[2]} · <a href="/wp-login.php">${gsFoot[3]}</a></p></div></footer></div>
<script src="https://themuddytrowel.example/wp-includes/js/comment-reply.min.js?ver=6.8.2" id="comment-reply-js" async></script></body></html>`;
export const genesisPost: TestPage = {
  html: gsHtml,
  name: 'heldout105-genesis-blog-first-appeared',
  kind: 'blog',
  // the italic "first appeared" line closing entry-content is furniture; reader comments (a blog page's) are furniture,
  // commenters' names and times too
  title: gsTitle,
  headings: [gsH1, gsH2, gsH3],
  body: [...texts(gsP1), ...texts(gsP2), ...texts(gsP3), ...texts(gsSteps), ...texts(gsP4)],
  bylines: gsBylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gsSkip, ...gsSite, ...gsNav, gsCount, gsFirst, ...gsFiled.filter((t) => t !== 'Grow Your Own'), ...gsAuthor,
    ...gsComments.flatMap((c) => [c.who, c.when, c.text]).filter((t) => t !== 'Morwenna Tate'), 'says', ...gsForm, ...gsSide, ...gsFoot,
  ],
};
