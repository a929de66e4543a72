import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout413-kit.js';

/**
 * Held-out batch 413, file b2: a quilting block tutorial on a WordPress Genesis child theme (title area, primary nav,
 * entry meta with date, author and comment count, a cutting table, figures with captions, a "Read more" promo, Jetpack
 * share buttons and related posts, entry footer with category and tags, comments, sidebar widgets with a newsletter form,
 * and the Genesis footer).
 */
const gTitle = 'Friendship Star Quilt Block: A 12-Inch Tutorial';
const gIntro = [
  `The friendship star is one of the first blocks I teach in my beginners' classes. It is made from just nine squares, four of
them half-square triangles, and yet it looks like a spinning star when you set a few of them side by side in a quilt.`,
  `This tutorial makes a block that finishes at 12 inches, so it will sit happily in a sampler with other 12-inch blocks.`,
];
const gFabH = 'Fabric requirements';
const gFab = [
  'One fat quarter of a print for the star',
  'One fat quarter of a light solid or low-volume print for the background',
  'Thread in a neutral grey, which disappears into most fabrics',
];
const gCutH = 'Cutting';
const gCut = [
  `Cut every piece with a rotary cutter and a clean ruler. The half-square triangles are trimmed after sewing, so the squares for
them start a little larger than they need to be.`,
];
const gCells = ['Star print', '2 squares, 5 inches', '1 square, 4.5 inches', 'Background', '2 squares, 5 inches', '4 squares, 4.5 inches'];
const gHstH = 'Making the half-square triangles';
const gHst = [
  'Draw a diagonal line on the wrong side of each 5-inch background square.',
  'Pair each with a 5-inch star square, right sides together, and sew a quarter inch either side of the line.',
  'Cut on the line, press the seams towards the darker fabric, and trim each unit to 4.5 inches square.',
];
const gHstNote = [
  `Trimming is the step people most want to skip, and it is the step that decides whether your points match. Line the
45-degree mark of the ruler up with the seam before you cut.`,
];
const gAsmH = 'Assembling the block';
const gAsm = [
  `Lay the nine units out in three rows of three, with the plain star square in the centre, the background squares in the corners
and the triangles turning the same way around the middle. Step back and check that the star spins in one direction.`,
  `Sew the units into rows, pressing the seams of the top and bottom rows outwards and the middle row inwards so they nest. Then
join the rows. Press the final seams open to reduce bulk at the centre.`,
  `Your block should measure 12.5 inches raw. If it is a little small, check your quarter-inch seam against a ruler before you
make the next one; if it is large, a trim of an eighth of an inch on each side will not hurt the star.`,
];
const gNav = ['Home', 'Block Tutorials', 'Quilt Patterns', 'Classes', 'Shop'];
const gShare = ['Facebook', 'Pinterest', 'Email', 'Print'];
const gRel = ['Ohio Star Block in Two Sizes', 'Sawtooth Star Without Waste', 'How to Press Seams So They Nest'];
const gTags = ['easy blocks', 'HST', 'star blocks'];
const gSide = ['Churn Dash Block Tutorial', 'Binding a Quilt by Machine', 'Choosing Background Fabrics'];
const gCmts = [
  'Made two of these last night for my guild challenge. The tip about trimming made all the difference, thank you.',
  'Could this be done in a 6-inch size for a mini quilt? I would halve everything but the triangles confuse me.',
];
const gHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Friendship Star Quilt Block: A 12-Inch Tutorial - Bramble Lane Quilts</title>
<meta name="description" content="Make a 12-inch friendship star quilt block with four half-square triangles, a cutting chart and pressing tips.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-02T08:00:00+00:00">
<meta property="article:section" content="Block Tutorials"><link rel="canonical" href="https://bramblelanequilts.example/friendship-star-block/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gTitle}","author":{"name":"Rosalind Achterberg"},
"datePublished":"2026-03-02T08:00:00+00:00","publisher":{"@type":"Organization","name":"Bramble Lane Quilts"}}</script>
<link rel="stylesheet" id="bramble-genesis-css" href="https://bramblelanequilts.example/wp-content/themes/bramble/style.css?ver=3.4.0">
<link rel="stylesheet" id="jetpack_css-css" href="https://bramblelanequilts.example/wp-content/plugins/jetpack/css/jetpack.css?ver=14.1"></head>
<body class="post-template-default single single-post postid-2231 single-format-standard header-full-width content-sidebar genesis-breadcrumbs-hidden"
itemscope itemtype="https://schema.org/WebPage"><div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content"
class="screen-reader-shortcut">Skip to main content</a></li><li><a href="#genesis-sidebar-primary" class="screen-reader-shortcut">Skip to primary
sidebar</a></li></ul>
<header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area">
<p class="site-title" itemprop="headline"><a href="https://bramblelanequilts.example/">Bramble Lane Quilts</a></p>
<p class="site-description" itemprop="description">Patchwork patterns and patient tutorials</p></div></div></header>
<nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="wrap">
<ul id="menu-main" class="menu genesis-nav-menu menu-primary">${links(gNav, 'menu-item')}</ul></div></nav>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post-2231 post type-post status-publish format-standard has-post-thumbnail category-block-tutorials entry" aria-label="${gTitle}"
itemscope itemtype="https://schema.org/CreativeWork"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1>
<p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="2026-03-02T08:00:00+00:00">March 2, 2026</time> by
<span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/author/rosalind/" class="entry-author-link"
rel="author"><span class="entry-author-name" itemprop="name">Rosalind Achterberg</span></a></span> <span class="entry-comments-link"><a
href="#comments">2 Comments</a></span></p></header>
<div class="entry-content" itemprop="text">
<p class="disclosure"><em>This post contains affiliate links. If you buy through them I may earn a small commission at no cost to you.</em></p>
${ps(gIntro)}
<figure class="wp-block-image size-large"><img decoding="async" src="https://bramblelanequilts.example/wp-content/uploads/2026/03/friendship-star.jpg"
alt="A finished friendship star block in red and cream"><figcaption class="wp-element-caption">The finished block in a red shirting print</figcaption></figure>
<h2 class="wp-block-heading">${gFabH}</h2>
<ul class="wp-block-list">${lis(gFab)}</ul>
<h2 class="wp-block-heading">${gCutH}</h2>
${ps(gCut)}
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Fabric</th><th>Cut for triangles</th><th>Cut for squares</th></tr></thead>
<tbody><tr><td>Star print</td><td>2 squares, 5 inches</td><td>1 square, 4.5 inches</td></tr>
<tr><td>Background</td><td>2 squares, 5 inches</td><td>4 squares, 4.5 inches</td></tr></tbody></table></figure>
<p class="promo"><strong>Read more:</strong> <a href="/sawtooth-star-no-waste/">Sawtooth Star Without Waste, the four-at-a-time flying geese method</a></p>
<h2 class="wp-block-heading">${gHstH}</h2>
<ol class="wp-block-list">${lis(gHst)}</ol>
${ps(gHstNote)}
<figure class="wp-block-image size-large"><img decoding="async" src="https://bramblelanequilts.example/wp-content/uploads/2026/03/trim-hst.jpg" alt="">
<figcaption class="wp-element-caption">Trimming a half-square triangle with the 45-degree line on the seam</figcaption></figure>
<h2 class="wp-block-heading">${gAsmH}</h2>
${ps(gAsm)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${gShare
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${s.toLowerCase()}
sd-button share-icon" href="#"><span>${s}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${gRel
  .map(
    (r) => `<div class="jp-relatedposts-post"><h4
class="jp-relatedposts-post-title"><a href="#">${r}</a></h4><p class="jp-relatedposts-post-context">In "Block Tutorials"</p></div>`,
  )
  .join('\n')}</div></div>
</div><footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/category/block-tutorials/"
rel="category tag">Block Tutorials</a></span> <span class="entry-tags">Tagged With: ${gTags.map((t) => `<a href="#" rel="tag">${t}</a>`).join(', ')}</span></p>
</footer></article>
<h2 class="screen-reader-text">Reader Interactions</h2><div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">
<li class="comment even thread-even depth-1" id="comment-9102"><article id="article-comment-9102"><header class="comment-header">
<p class="comment-author"><span class="comment-author-name">Philippa Crane</span> <span class="says">says</span></p><p class="comment-meta"><time
class="comment-time"><a class="comment-time-link" href="#comment-9102">March 3, 2026 at 8:14 am</a></time></p></header>
<div class="comment-content"><p>${gCmts[0] ?? ''}</p></div><div class="comment-reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>
<li class="comment odd alt thread-odd depth-1" id="comment-9107"><article><header class="comment-header"><p class="comment-author"><span
class="comment-author-name">Deb from Ashby</span> <span class="says">says</span></p><p class="comment-meta"><time class="comment-time"><a
href="#comment-9107">March 4, 2026 at 6:52 pm</a></time></p></header>
<div class="comment-content"><p>${gCmts[1] ?? ''}</p></div></article></li></ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form id="commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div></main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" id="genesis-sidebar-primary">
<section class="widget widget_text"><div class="widget-wrap"><h3 class="widgettitle widget-title">Hello, I'm Rosalind</h3><div class="textwidget">
<p>I have been quilting for thirty years and teaching for ten. Pull up a chair.</p></div></div></section>
<section class="widget enews-widget"><div class="widget-wrap"><div class="enews"><h3 class="widgettitle widget-title">A free block every month</h3>
<p>Join the Bramble Lane letter and get a new block pattern on the first of each month.</p><form id="subscribeenews-ext-2" class="enews-form"><input
type="email" placeholder="E-Mail Address"><input type="submit" value="Sign me up"></form></div></div></section>
<section class="widget widget_recent_entries"><div class="widget-wrap"><h3 class="widgettitle widget-title">Recent Tutorials</h3>
<ul>${links(gSide)}</ul></div></section></aside></div></div>
<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><p>Copyright © 2026 · Bramble Lane Quilts ·
<a href="/privacy/">Privacy Policy</a> · <a href="/wp-login.php">Log in</a></p></div></footer></div>
<script src="https://bramblelanequilts.example/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=14.1" id="sharing-js-js"></script>
</body></html>`;
export const genesis: TestPage = {
  name: 'heldout413-genesis-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gFabH, gCutH, gHstH, gAsmH],
  body: texts([...gIntro, ...gFab, ...gCut, ...gCells, ...gHst, ...gHstNote, ...gAsm]),
  bylines: ['March 2, 2026', 'Rosalind Achterberg', '2 Comments'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to primary sidebar', 'Bramble Lane Quilts', 'Patchwork patterns and patient tutorials', ...gNav,
    'This post contains affiliate links. If you buy through them I may earn a small commission at no cost to you.',
    'The finished block in a red shirting print', 'Read more:', 'Sawtooth Star Without Waste, the four-at-a-time flying geese method',
    'Trimming a half-square triangle with the 45-degree line on the seam', 'Share this:', ...gShare, 'Related', ...gRel, 'In "Block Tutorials"',
    'Filed Under:', 'Tagged With:', ...gTags, 'Reader Interactions', 'Comments', 'Philippa Crane', 'says', 'March 3, 2026 at 8:14 am', ...gCmts,
    'Reply', 'Deb from Ashby', 'March 4, 2026 at 6:52 pm', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
    "Hello, I'm Rosalind", 'I have been quilting for thirty years and teaching for ten. Pull up a chair.', 'A free block every month',
    'Join the Bramble Lane letter and get a new block pattern on the first of each month.', 'Recent Tutorials', ...gSide,
    'Copyright © 2026 · Bramble Lane Quilts ·', 'Privacy Policy', 'Log in',
  ],
};
