import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout413-kit.js';

/**
 * Held-out batch 413, file a2: a Blogger knitting blog's free pattern post (Contempo-style item page: blog header, post
 * header with date, author and labels, the free pattern with abbreviations, a size table and numbered rounds, the share
 * buttons, comments, the sidebar with profile, popular posts and archive, the "Powered by Blogger" footer and Google's
 * cookie notice).
 */
const bTitle = 'Free pattern: Rainshadow Fingerless Mitts';
const bIntro = [
  `Every autumn I knit myself a new pair of fingerless mitts, and every autumn I lose one of them on the bus by November. This
year I decided to write the pattern down properly so that, when the inevitable happens, I can knit the missing twin in an
evening without squinting at my own scribbles.`,
  `Rainshadow is a simple ribbed mitt with a little gusset for the thumb and a cable that runs up the back of the hand. It uses a
single skein of sport-weight yarn and is worked in the round on double-pointed needles or a long circular for magic loop.`,
];
const bAbbrH = 'Abbreviations';
const bAbbr = [
  'k: knit',
  'p: purl',
  'm1L: make one left, lifting the bar between stitches from front to back and knitting it through the back loop',
  'm1R: make one right, lifting the bar from back to front and knitting it through the front loop',
  'C4F: slip 2 stitches to a cable needle, hold in front, k2, then k2 from the cable needle',
  'pm: place marker; sm: slip marker',
];
const bSizeH = 'Sizes and gauge';
const bSize = [
  `Gauge is 26 stitches and 36 rounds to 10 cm in stocking stitch on 3.25 mm needles. The ribbing stretches a lot, so choose the
size nearest your hand circumference or a little smaller.`,
];
const bRowsH = 'The rounds';
const bRows = [
  'Cast on 44 (48, 52) stitches, pm and join to work in the round without twisting.',
  'Rnds 1 to 12: *k2, p2; rep from * to end.',
  'Rnd 13 (set-up): k4, p2, C4F, p2, k to end.',
  'Rnds 14 to 16: work in pattern, knitting the knits and purling the purls.',
  'Rnd 17 (gusset): pm, m1L, k1, m1R, pm, work to end. Repeat this round every third round until there are 15 stitches between the markers.',
  'Next round: place the gusset stitches on waste yarn, cast on 1 stitch over the gap and continue in pattern for 4 cm.',
  'Finish with 6 rounds of k2, p2 rib and bind off loosely in pattern.',
];
const bThumbH = 'Thumb and finishing';
const bThumb = [
  `Return the 15 gusset stitches to the needles, pick up 3 stitches from the cast-on edge and work 5 rounds of k1, p1 rib before
binding off. Weave in the ends and soak the mitts for twenty minutes, then dry them flat.`,
  `If you knit a pair, I would love to see them. The pattern is free for personal use; please do not sell the pattern itself, but
you are welcome to sell mitts you have knitted from it at craft fairs.`,
];
const bTable = `<table class="tr-caption-container" style="margin-left:auto;margin-right:auto"><tbody>
<tr><th>Size</th><th>Hand</th><th>Cast on</th><th>Yardage</th></tr>
<tr><td>S</td><td>17 cm</td><td>44 sts</td><td>120 m</td></tr>
<tr><td>M</td><td>19 cm</td><td>48 sts</td><td>135 m</td></tr>
<tr><td>L</td><td>21 cm</td><td>52 sts</td><td>150 m</td></tr></tbody></table>`;
const bCells = ['S', '17 cm', '44 sts', '120 m', 'M', '19 cm', '48 sts', '135 m', 'L', '21 cm', '52 sts', '150 m'];
const bComments = [
  'These are lovely! Casting on tonight with some leftover teal sock yarn.',
  'Thank you for sharing. Is the cable crossed on every sixth round after the set-up round?',
  'Yes, every sixth round, sorry that was not clear. I will add it to the post this weekend.',
];
const bLabels = ['free patterns', 'mitts and gloves', 'cable knitting'];
const bPopular = ['How I wind centre-pull balls without a swift', 'A year of sock heels, ranked', 'Free pattern: Millpond Hat'];
const bArchive = ['2026 (4)', 'February (2)', 'January (2)', '2025 (19)', '2024 (23)'];
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://purlandtide.blogspot.example/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://purlandtide.blogspot.example/2026/02/free-pattern-rainshadow-mitts.html" rel="canonical">
<meta content="Free pattern: Rainshadow Fingerless Mitts" property="og:title">
<meta content="A simple ribbed mitt with a little gusset for the thumb and a cable up the back of the hand." property="og:description">
<title>Purl and Tide: Free pattern: Rainshadow Fingerless Mitts</title>
<style id="page-skin-1" type="text/css">body{font:15px Merriweather,serif;background:#f6f3ee}.post-body{line-height:1.6}</style>
<script type="text/javascript">(function(){var a=window;a._gaq=a._gaq||[];a.BLOG_id="7721930445012";})();</script></head>
<body class="version-1-3-3 variant-indie_light item-view"><div class="page"><div class="bg-photo-overlay"></div>
<div class="centered"><header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name container">
<div class="section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget">
<a class="blog-title" href="https://purlandtide.blogspot.example/">Purl and Tide</a>
<p class="blog-description">Knitting by the sea, one dropped stitch at a time</p></div></div></div></div>
<nav class="centered-top-firstline section" id="page_list_top"><div class="widget PageList" id="PageList1"><ul>
${links(['Home', 'Free patterns', 'Tutorials', 'About'], 'overflowable-item')}</ul></div></nav></div></header>
<main class="centered-bottom" id="main" role="main"><div class="main section" id="page_body"><div class="widget Blog" id="Blog1">
<div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer">
<div class="post"><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${bTitle}",
"datePublished":"2026-02-07T09:30:00Z","author":{"@type":"Person","name":"Ottilie Brand"}}</script>
<h1 class="post-title entry-title">${bTitle}</h1>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><time class="published"
datetime="2026-02-07T09:30:00Z">February 07, 2026</time></span>
<span class="byline post-author vcard"><span class="byline-label">by</span> <span class="fn">Ottilie Brand</span></span></div></div>
<div class="post-body entry-content float-container" id="post-body-4410296">
${ps(bIntro)}
<div class="separator" style="clear:both;text-align:center"><a href="https://blogger.googleusercontent.example/img/b/mitts.jpg"><img
border="0" height="480" src="https://blogger.googleusercontent.example/img/b/mitts.jpg" width="640"></a></div>
<p class="tr-caption" style="text-align:center">My grey pair, photographed before one of them went missing</p>
<h3>${bAbbrH}</h3>
<ul>${lis(bAbbr)}</ul>
<h3>${bSizeH}</h3>
${ps(bSize)}
${bTable}
<h3>${bRowsH}</h3>
<ol>${lis(bRows)}</ol>
<h3>${bThumbH}</h3>
${ps(bThumb)}
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-labels"><span class="byline-label">Labels:</span>
${bLabels.map((l) => `<a href="/search/label/${l}" rel="tag">${l}</a>`).join(', ')}</span></div>
<div class="post-share-buttons post-share-buttons-bottom"><div class="byline post-share-buttons goog-inline-block">
<a class="goog-inline-block share-button sb-email" href="#" title="Email This"><span class="share-button-link-text">Email This</span></a>
<a class="goog-inline-block share-button sb-blog" href="#" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a>
<a class="goog-inline-block share-button sb-facebook" href="#" title="Share to Facebook"><span class="share-button-link-text">Share to Facebook</span></a>
<a class="goog-inline-block share-button sb-pinterest" href="#" title="Share to Pinterest"><span class="share-button-link-text">Share to Pinterest</span></a>
</div></div></div></div></div>
<section class="comments threaded" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">3 comments:</h3>
<div class="comments-content"><div class="comment-thread"><ol>
<li class="comment" id="c881"><div class="comment-block"><div class="comment-header"><cite class="user">Hannelore P.</cite>
<span class="datetime secondary-text"><a rel="nofollow" href="#c881">7 February 2026 at 18:12</a></span></div>
<p class="comment-content">${bComments[0] ?? ''}</p><span class="comment-actions secondary-text"><a class="comment-reply">Reply</a></span></div></li>
<li class="comment" id="c882"><div class="comment-block"><div class="comment-header"><cite class="user">knitsinthefog</cite>
<span class="datetime secondary-text"><a rel="nofollow" href="#c882">8 February 2026 at 10:40</a></span></div>
<p class="comment-content">${bComments[1] ?? ''}</p></div><div class="comment-replies"><ol><li class="comment" id="c883"><div class="comment-block">
<div class="comment-header"><cite class="user blog-author">Ottilie B.</cite><span class="datetime secondary-text">8 February 2026 at 12:05</span></div>
<p class="comment-content">${bComments[2] ?? ''}</p></div></li></ol></div></li></ol></div></div>
<div class="comment-footer"><a href="#" class="comment-editor-toggle">Post a Comment</a></div></section></div></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="#">Newer Post</a>
<a class="blog-pager-older-link" href="#">Older Post</a></div></div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar section" id="sidebar">
<div class="widget Profile" id="Profile1"><h3 class="title">About me</h3><p class="profile-textblock">Ottilie knits, swims in cold water and
writes patterns in a cottage with a leaking roof.</p></div>
<div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(bPopular)}</ul></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Archive</h3><ul class="hierarchy">${links(bArchive)}</ul></div>
<div class="widget Attribution" id="Attribution1"><div class="widget-content"><a href="https://www.blogger.example">Powered by Blogger</a></div>
<div class="copyright">Theme images by Michael Elkan</div></div></div></aside></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">This site uses cookies
from Google to deliver its services and to analyse traffic.</span><span class="cookie-choices-buttons"><a class="cookie-choices-button"
href="https://policies.google.example/technologies/cookies">Learn more</a><a id="cookieChoiceDismiss" class="cookie-choices-button">Ok</a></span></div></div>
<script src="https://www.blogger.example/static/v1/widgets/1128031839-widgets.js" type="text/javascript"></script></body></html>`;
export const blogger: TestPage = {
  name: 'heldout413-blogger-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bAbbrH, bSizeH, bRowsH, bThumbH],
  body: texts([...bIntro, ...bAbbr, ...bSize, ...bCells, ...bRows, ...bThumb]),
  bylines: ['February 07, 2026', 'Ottilie Brand'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Purl and Tide', 'Home', 'Knitting by the sea, one dropped stitch at a time', 'Free patterns', 'Tutorials', 'About',
    'My grey pair, photographed before one of them went missing', 'Labels:', ...bLabels, 'Email This', 'BlogThis!', 'Share to Facebook',
    'Share to Pinterest', '3 comments:', 'Hannelore P.', '7 February 2026 at 18:12', ...bComments, 'knitsinthefog', '8 February 2026 at 10:40',
    'Ottilie B.', '8 February 2026 at 12:05', 'Reply', 'Post a Comment', 'Newer Post', 'Older Post', 'About me',
    'Ottilie knits, swims in cold water and writes patterns in a cottage with a leaking roof.', 'Popular Posts', ...bPopular, 'Archive', ...bArchive,
    'Powered by Blogger', 'Theme images by Michael Elkan', 'This site uses cookies from Google to deliver its services and to analyse traffic.',
    'Learn more',
  ],
};
