import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout324-kit.js';
import { wix } from './pages-heldout324-f2.js';

/**
 * Held-out batch 324, file f: a family history blog post on Blogger's Contempo-like theme (the blog title is the page's h1
 * and the post title an h3; date header, "Posted by" footer line, share buttons, labels, three comments with the comment
 * form, the sidebar with About Me, Popular Posts and Blog Archive widgets, "Powered by Blogger") and, from file f2, a
 * parish church's burial register page with a table, built with Wix.
 */
const bTitle = 'How I finally found Great-Grandmother Annie in the workhouse records';
const bH = ['The brick wall', 'A clue in the death certificate', 'The admission and discharge book', 'What I would tell anyone stuck'];
const b1 = [
  j(
    'For nearly six years, my great-grandmother Annie Colley was the one person on my tree I could not place. I had her marriage in',
    '1902 in Dunsford, her children’s baptisms, and the 1911 census with her husband, Jack, and four small children. After that,',
    'she simply disappeared, while Jack turned up in 1921 as a widower lodging with his sister.',
  ),
  'I searched every death index I could think of, in every spelling I could think of. Colley, Colly, Colley with a K. Nothing fitted.',
];
const b2 = [
  j(
    'The breakthrough came from an unexpected direction. I ordered the death certificate of Annie’s youngest son, Albert, who died',
    'as a baby in 1913, mostly to tidy up my records. The informant was not Annie or Jack but "E. Pardoe, Master, Dunsford Union',
    'Workhouse", and the place of death was the workhouse infirmary.',
  ),
  j('That was a shock. The family had been living in a respectable terrace in 1911. Something must have happened between the census', 'and the end of 1913.'),
];
const b3 = [
  j(
    'The Dunsford Union records are at the county record office, and the admission and discharge books survive for 1908 to 1921. They',
    'are not indexed online, so I spent two Saturdays turning pages. Here is what I found:',
  ),
  'Annie and three of the children were admitted on 4 March 1913, with the reason given as "husband in prison".',
  'Albert was born in the workhouse on 20 April 1913 and died there on 2 September 1913.',
  'Annie was discharged on 11 October 1913 "to situation", meaning she had found live-in work.',
  'The children stayed behind and were boarded out to foster families in the spring of 1914.',
  j(
    'Armed with that, I went back to the death indexes and searched for an Annie of the right age who died anywhere in the county',
    'in service. She was there all along: Ann Colley, housekeeper, who died of pneumonia in 1918 at a farm near Hallowfield. The',
    'indexes had her as "Ann", and I had always filtered by Dunsford.',
  ),
];
const b4 = [
  'Look at the certificates of the siblings, not just your direct line. The informant can tell you more than the dead person.',
  'Unindexed poor law records are worth the trip. A great deal of family history happened in the workhouse.',
  'Widen your search: place filters are useful until the day they hide the answer.',
  j(
    'I still do not know why Jack was in prison, and that is the next job. But Annie is no longer a blank on the tree, and I have',
    'finally been able to tell my mother where her grandmother is buried.',
  ),
];
const bComments = [
  ['Margery T.', 'February 9, 2026 at 8:14 AM', 'What a find, and what a sad story. The sibling certificate trick has worked for me too.'],
  ['Dunsford Roots', 'February 9, 2026 at 1:37 PM', 'The prison registers for that period are at the record office too, in the quarter sessions series.'],
  ['Hazel Linden', 'February 10, 2026 at 7:02 PM', 'Thank you for writing this up. I have a workhouse brick wall of my own and now I know where to start.'],
] as const;
const bPopular = ['Reading old handwriting: a starter kit', 'Ten free sites for parish registers', 'My DNA results, one year on'];
const bArchive = ['2026 (4)', 'February (2)', 'January (2)', '2025 (19)', '2024 (23)'];
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data">
<head><meta content="width=device-width, initial-scale=1" name="viewport"><title>Branches and Bricks: ${bTitle}</title>
<meta content="blogger" name="generator"><link href="https://branchesandbricks.blogspot.example/2026/02/annie-workhouse.html" rel="canonical">
<meta content="${bTitle}" property="og:title">
<meta content="For nearly six years, my great-grandmother Annie Colley was the one person on my tree I could not place."
property="og:description">
<script type="text/javascript">(function(){var b=window,f="jstiming";b.ttt=b.ttt||{};})();var _WidgetManager={};</script>
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/2975350028-css_bundle_v2.css"></head>
<body class="version-1-3-3 variant-indie_light"><div class="centered"><header class="centered-top-container" role="banner"><div class="centered-top">
<div class="section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget"><div><h1>
<a href="/">Branches and Bricks</a>
</h1></div><p>One family, four counties, too many Williams.</p></div></div></div><nav class="page_body"><div class="widget PageList" id="PageList1">
<ul>${links(['Home', 'About', 'My surnames', 'Research tips'], 'overflowable-item')}</ul></div></nav></div></header>
<main class="centered-bottom" id="main" role="main"><div class="main section" id="page_body"><div class="widget Blog" data-version="2" id="Blog1">
<div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer"><div class="post">
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp">
<meta content="https://branchesandbricks.blogspot.example/2026/02/annie-workhouse.html">
<a class="timestamp-link" href="#" rel="bookmark" title="permanent link"><time class="published" datetime="2026-02-08T10:42:00Z">February 08, 2026</time></a>
</span></div></div>
<h3 class="post-title entry-title">${bTitle}</h3>
<div class="post-body entry-content float-container" id="post-body-6672104418">
<p>${b1.join('</p>\n<p>')}</p>
<h3>${bH[0]} — solved</h3>
<div class="separator" style="clear: both; text-align: center;"><a href="#" style="margin-left: 1em; margin-right: 1em;"><img border="0" height="240"
src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/workhouse-book.jpg" width="320" /></a></div>
<div style="text-align: center;"><i>The admission and discharge book, 1913. Photo by the author, with permission of the record office.</i></div>
<h3>${bH[1]}</h3>
<p>${b2.join('</p>\n<p>')}</p>
<h3>${bH[2]}</h3>
<p>${b3[0]}</p>
<ul>
<li>${b3.slice(1, 5).join('</li>\n<li>')}</li>
</ul>
<p>${b3[5]}</p>
<h3>${bH[3]}</h3>
<ol>
<li>${b4.slice(0, 3).join('</li>\n<li>')}</li>
</ol>
<p>${b4[3]}</p>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-author vcard"><span class="byline-label">Posted by</span>
<span class="fn">Carys Whitlow</span></span></div>
<div class="post-share-buttons post-share-buttons-bottom"><a class="goog-inline-block share-button sb-email" href="#"><span class="share-button-link-text">Email
This</span></a><a class="share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a>
<a class="share-button sb-facebook" href="#"><span class="share-button-link-text">Share to Facebook</span></a>
<a class="share-button sb-pinterest" href="#"><span class="share-button-link-text">Share to Pinterest</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="byline post-labels"><span class="byline-label">Labels:</span>
<a href="#" rel="tag">brick walls</a>, <a href="#" rel="tag">Colley</a>, <a href="#" rel="tag">workhouse</a></span></div></div></div>
<section class="comments threaded" id="comments"><h3 class="title">Comments</h3><div class="comments-content"><div class="comment-thread"><ol>
${bComments
  .map(
    ([who, when, t]) => `<li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">${who}</cite>
<span class="datetime secondary-text"><a rel="nofollow" href="#">${when}</a></span></div><p class="comment-content">${t}</p>
<span class="comment-actions secondary-text"><a class="comment-reply" href="#">Reply</a><span class="item-control blog-admin">Delete</span></span></div></li>`,
  )
  .join('\n')}
</ol></div></div><p class="comment-footer"><a href="#">Post a Comment</a></p></section></div></article></div></div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar_top_wrapper"><div class="section" id="sidebar_top">
<div class="widget Profile" id="Profile1"><h3 class="title">About Me</h3><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data">
<a class="profile-name-link g-profile" href="#">Carys Whitlow</a></dt><dd class="profile-textblock">Retired librarian chasing Colleys, Whitlows and
Pardews across the Midlands.</dd></dl><a class="profile-link" href="#">Visit profile</a></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(bPopular)}</ul></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Archive</h3><ul class="hierarchy">${links(bArchive, 'archivedate')}</ul></div>
<div class="widget ReportAbuse" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="#">Report Abuse</a></h3></div></div></div></aside>
<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="blogger">Powered by Blogger</div>
<div class="image-attribution">Theme images by Michael Elkan</div></div></footer></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3845888474-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY5j';
_WidgetManager._Init('//www.blogger.example/rearrange?blogID=8812', '//branchesandbricks.blogspot.example/', '');
</script></body></html>`;
const blogger: TestPage = {
  name: 'heldout324-blogger-ancestor-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [`${bH[0]} — solved`, ...bH.slice(1)],
  body: texts([...b1, ...b2, ...b3, ...b4]),
  bylines: ['February 08, 2026', 'Posted by Carys Whitlow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Branches and Bricks', 'One family, four counties, too many Williams.', 'Home', 'About', 'My surnames', 'Research tips',
    'The admission and discharge book, 1913. Photo by the author, with permission of the record office.', 'Email This', 'BlogThis!',
    'Share to Facebook', 'Share to Pinterest', 'Labels: brick walls, Colley, workhouse', 'Comments', ...bComments.flat(), 'Reply', 'Delete',
    'Post a Comment', 'About Me', 'Retired librarian chasing Colleys, Whitlows and Pardews across the Midlands.', 'Visit profile',
    'Popular Posts', ...bPopular, 'Archive', ...bArchive, 'Report Abuse', 'Powered by Blogger', 'Theme images by Michael Elkan',
  ],
};

export const HELDOUT324_F: readonly TestPage[] = [blogger, wix];
