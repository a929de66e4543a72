import { links, ps, type TestPage, texts } from './page-kit.js';
import { instructables } from './pages-heldout299-d2.js';
import { j, lis } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file d: a gardening post on Blogger (the Contempo theme: header widget, page list, the post with
 * post-header / post-body entry-content / post-footer, labels, share links, the comments thread, the blog archive,
 * profile and popular-posts gadgets, the attribution line and the EU cookie notice) and, from file d2, an
 * Instructables-style woodworking project.
 */
const gTitle = 'Saving tomato seed the messy way (and why it works)';
const gP1 = [
  j(
    'Every September somebody at the allotment asks me how I keep the same tomatoes going year after year, and every year I give the',
    'same slightly embarrassing answer: I let them rot in a jam jar on the windowsill. It smells, it grows a fuzzy skin, and it',
    'gives the best seed I have ever sown.',
  ),
];
const gH1 = 'Why ferment the seed at all?';
const gP2 = [
  j(
    'Each tomato seed sits in a little jelly sac that stops it sprouting inside the fruit. In nature the fruit falls and rots, the',
    'sac breaks down, and the seed is ready to grow the following spring. Fermenting in a jar simply copies that process, and it',
    'also kills off some of the diseases that can ride along on the seed coat.',
  ),
];
const gH2 = 'What you need';
const gNeed = [
  'Two or three fully ripe fruits from a healthy, open-pollinated plant',
  'A clean jam jar and a little water',
  'A sieve, a ceramic plate and a paper label',
];
const gH3 = 'How I do it';
const gSteps = [
  'Cut the fruit across its middle and squeeze the seeds and jelly into the jar.',
  'Add roughly the same amount of water, cover with a cloth and leave it somewhere warm for three to four days.',
  'When a pale mould covers the surface, pour off the mould and the floating seeds, which are usually empty.',
  'Rinse the good seeds that sank to the bottom in a sieve until the water runs clear.',
  'Spread them on a ceramic plate and let them dry for a week before packing them into labelled envelopes.',
];
const gP3 = [
  j(
    'Do not dry the seed on kitchen paper. It sticks fast and you end up sowing little squares of paper next spring, which I',
    'learned the hard way with a whole batch of Ailsa Gold.',
  ),
  j(
    'Stored somewhere cool and dry, the seed keeps for four or five years. I still have a packet from 2021 that germinated well',
    'in March, although the older seed is a little slower to wake up.',
  ),
  j(
    'One last thing: only save seed from open-pollinated varieties. Seed from F1 hybrids will grow, but the plants will be a mixed',
    'bag and rarely as good as their parent.',
  ),
];
const gPages = ['Home', 'About the plot', 'Seed swap list'];
const gLabels = ['seed saving', 'tomato-growing', 'allotment year'];
const gArchive = ['2026 (14)', 'September (3)', 'August (4)', '2025 (31)', '2024 (28)'];
const gPopular = ['Building raised beds from old scaffold boards', 'My no-dig potato trial, year two'];
const gComments = [
  'Brilliant, I have always been too squeamish to try this. Doing it with my Sungold this weekend.',
  'Does the same method work for cucumbers? I have a yellow one I would love to keep going.',
  'It does! Leave cucumbers a little longer on the vine first, until they turn soft and yellow.',
];
const gHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB'><head>
<meta content='width=device-width, initial-scale=1' name='viewport'/><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/><link href='https://plot49diaries.blogspot.com/2026/09/saving-tomato-seed-messy-way.html' rel='canonical'/>
<meta content='Saving tomato seed the messy way (and why it works)' property='og:title'/>
<title>Plot 49 Diaries: Saving tomato seed the messy way (and why it works)</title>
<link href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID=5512&amp;zx=8a1f' media='none' rel='stylesheet'/>
<script type='text/javascript'>var _gaq = _gaq || []; window['__wavt'] = 'AOuZoY7ksd'; _WidgetManager._Init('//www.blogger.com/rearrange?blogID=5512');</script>
</head>
<body class='version-1-3-3 variant-indie_light'><div class='centered'><header class='centered-top-container' role='banner'>
<div class='centered-top'><div class='blog-name container'><div class='section' id='header' name='Header'><div class='widget Header' data-version='2'
id='Header1'><div class='header-widget'><h1><a href='https://plot49diaries.blogspot.com/'>Plot 49 Diaries</a></h1>
<p>A small allotment, too many tomatoes</p></div></div></div></div>
<nav role='navigation'><div class='section' id='page_list_top'><div class='widget PageList' id='PageList1'><ul>${links(gPages, 'overflowable-item')}</ul>
</div></div></nav></div></header>
<main class='centered-bottom' id='main' role='main'><div class='main section' id='page_body' name='Page body'><div class='widget Blog' id='Blog1'>
<div class='blog-posts hfeed container'><article class='post-outer-container'><div class='post-outer'><div class='post'>
<a name='7710233'></a><h3 class='post-title entry-title'>${gTitle}</h3>
<div class='post-header'><div class='post-header-line-1'><span class='byline post-author vcard'><span class='byline-label'>by</span>
<span class='fn'>Marjorie Quayle</span></span> <span class='byline post-timestamp'><a class='timestamp-link' href='#'><time class='published'
datetime='2026-09-07T18:22:00+01:00' title='2026-09-07T18:22:00+01:00'>September 07, 2026</time></a></span></div></div>
<div class='post-body entry-content float-container' id='post-body-7710233'>
${ps(gP1)}
<div class="separator" style="clear: both;"><a href="https://blogger.googleusercontent.example/img/b/R29v/s1600/jars.jpg"><img border="0"
src="https://blogger.googleusercontent.example/img/b/R29v/s400/jars.jpg" /></a></div>
<table class="tr-caption-container"><tbody><tr><td class="tr-caption">Three jars on the go: Ailsa Gold, Black Prince and Moneymaker</td></tr></tbody></table>
<h2>${gH1}</h2>
${ps(gP2)}
<h2>${gH2}</h2>
<ul>${lis(gNeed)}</ul>
<h2>${gH3}</h2>
<ol>${lis(gSteps)}</ol>
${ps(gP3)}
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><div class='post-share-buttons post-share-buttons-bottom'>
<a class='goog-inline-block share-button sb-email' href='#'><span class='share-button-link-text'>Email This</span></a>
<a class='goog-inline-block share-button sb-blog' href='#'><span class='share-button-link-text'>BlogThis!</span></a>
<a class='goog-inline-block share-button sb-facebook' href='#'><span class='share-button-link-text'>Share to Facebook</span></a>
<a class='goog-inline-block share-button sb-pinterest' href='#'><span class='share-button-link-text'>Share to Pinterest</span></a></div>
<span class='post-labels'>Labels: ${gLabels.map((l) => `<a href='/search/label/${l.length}' rel='tag'>${l}</a>`).join(', ')}</span></div></div>
</div></div>
<section class='comments threaded' id='comments'><a name='comments'></a><h3 class='title'>3 comments:</h3><div class='comments-content'>
<div class='comment-thread toplevel-thread'><ol>
<li class='comment'><div class='comment-block'><div class='comment-header'><cite class='user'>Ruth Bellamy</cite><span class='datetime secondary-text'>
<a href='#'>September 8, 2026 at 7:03 AM</a></span></div><p class='comment-content'>${gComments[0]}</p>
<span class='comment-actions secondary-text'><a class='comment-reply'>Reply</a><span class='item-control blog-admin'><a>Delete</a></span></span></div>
<div class='comment-replies'><div class='comment-thread inline-thread'><ol>
<li class='comment'><div class='comment-block'><div class='comment-header'><cite class='user'>Tomasz Duda</cite><span class='datetime secondary-text'>
<a href='#'>September 8, 2026 at 9:40 PM</a></span></div><p class='comment-content'>${gComments[1]}</p></div></li>
<li class='comment'><div class='comment-block'><div class='comment-header'><cite class='user blog-author'>Marjorie Quayle</cite>
<span class='datetime secondary-text'><a href='#'>September 9, 2026 at 8:12 AM</a></span></div><p class='comment-content'>${gComments[2]}</p></div></li>
</ol></div></div></li></ol></div></div>
<p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/5512/7710233'>Post a Comment</a></p></section>
</article></div>
<div class='blog-pager container' id='blog-pager'><a class='blog-pager-newer-link' href='#'>Newer Post</a>
<a class='blog-pager-older-link' href='#'>Older Post</a><a class='home-link' href='/'>Home</a></div>
</div></div></main>
<aside class='sidebar-container container sidebar-invert' role='complementary'><div class='section' id='sidebar'>
<div class='widget Profile' id='Profile1'><h3 class='title'>About Me</h3><a class='profile-name-link' href='#'>Marjorie Quayle</a>
<p class='profile-textblock'>Retired science teacher, amateur seed hoarder, plot 49 since 2009.</p></div>
<div class='widget BlogArchive' id='BlogArchive1'><h3 class='title'>Blog Archive</h3><ul class='hierarchy'>${links(gArchive, 'archivedate')}</ul></div>
<div class='widget PopularPosts' id='PopularPosts1'><h3 class='title'>Popular Posts</h3><ul>${links(gPopular)}</ul></div>
<div class='widget ReportAbuse' id='ReportAbuse1'><h3 class='title'><a class='report_abuse' href='#'>Report Abuse</a></h3></div></div></aside>
<footer class='footer section' id='footer'><div class='widget Attribution' id='Attribution1'><div class='blogger'><a href='https://www.blogger.com'>
Powered by Blogger</a></div><div class='image-attribution'>Theme images by Michael Elkan</div></div></footer></div>
<div id='cookieChoiceInfo' class='cookie-choices-info'><div class='cookie-choices-inner'><span class='cookie-choices-text'>This site uses cookies from
Google to deliver its services and to analyze traffic.</span><span class='cookie-choices-buttons'><a class='cookie-choices-button'
href='#'>Learn more</a><a class='cookie-choices-button' href='#'>Ok</a></span></div></div>
<script type='text/javascript' src='https://www.blogger.com/static/v1/widgets/2871950123-widgets.js'></script></body></html>`;
const blogger: TestPage = {
  name: 'heldout299-blogger-contempo-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([...gP1, ...gP2, ...gNeed, ...gSteps, ...gP3]),
  bylines: ['Marjorie Quayle', 'September 07, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Plot 49 Diaries', 'A small allotment, too many tomatoes', ...gPages, 'Three jars on the go: Ailsa Gold, Black Prince and Moneymaker',
    'Email This', 'BlogThis!', 'Share to Facebook', 'Share to Pinterest', 'Labels:', ...gLabels, '3 comments:', 'Ruth Bellamy',
    'September 8, 2026 at 7:03 AM', ...gComments, 'Reply', 'Delete', 'Tomasz Duda', 'September 8, 2026 at 9:40 PM', 'September 9, 2026 at 8:12 AM',
    'Post a Comment', 'Newer Post', 'Older Post', 'About Me', 'Retired science teacher, amateur seed hoarder, plot 49 since 2009.', 'Blog Archive',
    ...gArchive, 'Popular Posts', ...gPopular, 'Report Abuse', 'Powered by Blogger', 'Theme images by Michael Elkan',
    'This site uses cookies from Google to deliver its services and to analyze traffic.', 'Learn more',
  ],
};

export const HELDOUT299_D: readonly TestPage[] = [blogger, instructables];
