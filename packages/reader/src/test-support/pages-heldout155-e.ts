import { type TestPage, texts } from './page-kit.js';
import { bloggerSohoPost } from './pages-heldout155-e2.js';

/**
 * Held-out batch 155, file e: a Weebly blog post (site title, the wsite menu, the post title as an h2 link, the date and
 * comment-count line, "paragraph" divs whose paragraphs are split by double line breaks, content titles as section
 * headings, an image with its caption, the Facebook like frame and Tweet link, the category line, one comment and the
 * "Leave a Reply." form, the sidebar with author, archives, categories and RSS link, the footer and the free-site signup
 * banner) and, from file e2, a Blogger post with the Soho theme.
 */
const wbTitle = 'Lambing is nearly done: an update from the top field';
const wbP1 = [
  'We are into the last week of lambing here, and I have finally had a full night’s sleep, so it seems a good time to write an ' +
    'update for everyone who has been asking.',
  'So far 212 ewes have lambed and we have 341 lambs on the ground, which works out at a little over one and a half lambs per ewe. ' +
    'That is about what we hoped for with this flock. There are eleven ewes still to go, all of them the young ones lambing for ' +
    'the first time, who always seem to leave it until last.',
];
const wbH1 = 'The weather';
const wbP2 = [
  'The first fortnight was kind, dry and mild, and most of the early lambs went straight out to the field by the lane with their ' +
    'mothers after a day or two in the shed. Then the wind turned north and we had four days of sleet. Everything born that week ' +
    'stayed inside, and the shed was fuller than I have ever seen it.',
  'We lost three lambs during the cold spell, which is three too many but fewer than I feared.',
];
const wbH2 = 'Pet lambs';
const wbP3 = [
  'We have nine pet lambs this year, mostly triplets whose mothers could not feed all three. They live in the pen by the back ' +
    'door and are fed four times a day, which my daughter has taken on as her job before school. They will go out together onto ' +
    'the small paddock once they are eating creep feed properly.',
  'Several of you have asked about bottle feeding on the open day. The answer is yes, on Saturday 26 April, from eleven o’clock. ' +
    'Wellies are strongly advised.',
];
const wbH3 = 'What comes next';
const wbP4 = [
  'Once the last ewes have lambed, the whole flock goes up to the top field for the summer, the shed gets mucked out and ' +
    'disinfected, and we start thinking about shearing in June.',
  'Thank you to everyone who has sent messages and cake. The cake in particular has been very much appreciated at three in the morning.',
];
const wbNav = ['Home', 'Our Farm', 'Blog', 'Farm Shop', 'Visit Us'];
const wbCaption = 'Twins born on the first dry morning, out in the lane field at two days old.';
const wbComment = ['Margaret Tolley', '4/16/2025 07:12:44 am', 'Lovely to read this, Bethan. We will definitely be there on the 26th with the grandchildren.'];
const wbAuthor = 'I am Bethan, and with my husband Rhodri I farm 300 acres of hill ground above Llanfair Talhaearn. Sheep, a few cattle and far too many dogs.';
const wbArchive = ['April 2025', 'March 2025', 'January 2025', 'October 2024'];
const wbCats = ['All', 'Lambing', 'Farm Shop', 'Open Days'];
const wbPara = (a: readonly string[]): string => `<div class="paragraph">${a.join('<br /><br />')}</div>`;
const wbTitleEl = (t: string): string => `<h2 class="wsite-content-title"><strong>${t}</strong></h2>`;
const wbHtml = `<!DOCTYPE html>
<html lang="en"><head><title>${wbTitle} - Cold Ash Farm</title><meta property="og:site_name" content="Cold Ash Farm"><meta property="og:title"
content="${wbTitle}">
<meta property="og:description" content="We are into the last week of lambing here."><meta property="og:image"
content="https://www.coldashfarm.example/uploads/1/2/8/twins.jpg">
<meta property="og:url" content="https://www.coldashfarm.example/blog/lambing-is-nearly-done"><meta http-equiv="Content-Type" content="text/html;
charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link id="wsite-base-style" rel="stylesheet" type="text/css"
href="//cdn2.editmysite.example/css/sites.css?buildTime=1712">
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1713280000"><script src="//cdn2.editmysite.example/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">_W = _W || {}; _W.configDomain = "www.weebly.com"; _W.relBuildTime = "1712"; _W.storeName = "Cold Ash Farm";</script>
<script>var STATIC_BASE = '//cdn1.editmysite.example/'; var ASSETS_BASE = '//cdn2.editmysite.example/';</script></head>
<body class="no-header-page wsite-page-blog wsite-theme-light"><div class="wrapper"><div class="dusk-header"><div class="nav-wrap"><div class="container">
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Cold Ash Farm</span></a></span></div><div class="nav desktop-nav"><ul
class="wsite-menu-default">
${wbNav
  .map(
    (t, i) => `<li id="${i === 2 ? 'active' : `pg${i}`}" class="wsite-menu-item-wrap"><a href="/${i === 0 ? '' : t.toLowerCase().replace(/ /g, '-')}"
class="wsite-menu-item">
${t}</a></li>`,
  )
  .join('\n')}</ul></div><a class="hamburger" aria-label="Menu" href="#"><span></span></a></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer"><div class="wsite-section-wrap"><div
class="wsite-section
wsite-body-section"><div class="wsite-section-content"><div class="container"><div class="wsite-section-elements"><table id="wsite-blog-table"><tr><td
class="column-blog">
<div id="blogTable" class="blog-table"><div class="blog-post" id="blog-post-865312"><div class="blog-header"><h2 class="blog-title"><a class="blog-title-link
blog-link"
href="https://www.coldashfarm.example/blog/lambing-is-nearly-done">${wbTitle}</a></h2><p class="blog-date"><span class="date-text">4/14/2025</span></p>
<p class="blog-comments"><a class="blog-link" href="https://www.coldashfarm.example/blog/lambing-is-nearly-done#comments">1 Comment</a></p></div>
<div class="blog-separator">&nbsp;</div><div class="blog-content">
${wbPara(wbP1)}
${wbTitleEl(wbH1)}
${wbPara(wbP2)}
<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">
<a><img src="/uploads/1/2/8/twins_orig.jpg" alt="Picture" style="width:auto;max-width:100%"></a><div
style="display:block;font-size:90%">${wbCaption}</div></div></div>
${wbTitleEl(wbH2)}
${wbPara(wbP3)}
${wbTitleEl(wbH3)}
${wbPara(wbP4)}
</div><div class="blog-social"><div class="blog-social-item blog-fb-like"><iframe
src="//www.facebook.com/plugins/like.php?href=x&amp;send=false&amp;layout=button_count"
scrolling="no" frameborder="0" allowTransparency="true" style="border:none; overflow:hidden; width:90px; height:20px"></iframe></div><div
class="blog-social-item blog-twitter">
<a href="https://twitter.com/share" class="twitter-share-button" data-count="horizontal" data-text="${wbTitle}">Tweet</a></div></div>
<div class="blog-footer"><p class="blog-category">Categories: <a href="/blog/category/lambing" class="blog-link">Lambing</a></p>
<p class="blog-comments-bottom"><a href="https://www.coldashfarm.example/blog/lambing-is-nearly-done#comments" class="blog-link">1 Comment</a></p></div>
<div id="comments" class="blogCommentsWrapper"><div id="blogCommentsDiv"><div class="blogCommentWrap"><div class="blogComment" id="comment-1181">
<div class="blogCommentText"><div><p>${wbComment[2]}</p></div></div><div class="blogCommentAuthor"><span class="name">${wbComment[0]}</span>
<span class="date">${wbComment[1]}</span></div><div class="blogCommentReplyWrapper"><a class="blogCommentReply blog-link"
href="#">Reply</a></div></div></div></div></div>
<div id="commentArea"><div class="blog-comment-area"><h2 id="commentAreaTitle">Leave a Reply.</h2><form id="commentForm" method="post"
action="//www.weebly.com/weebly/apps/postComment.php"><div class="field"><label for="commentName">Name (required)</label><input type="text" id="commentName"
name="name"></div>
<div class="field"><label for="commentEmail">Email (not published)</label><input type="text" id="commentEmail" name="email"></div><div class="field"><label
for="commentUrl">
Website</label><input type="text" id="commentUrl" name="website"></div><div class="field"><textarea id="commentText" name="comment" rows="10"></textarea></div>
<div class="field"><input type="checkbox" id="notifyReply" name="notify" value="1"><label for="notifyReply">Notify me of new comments to this post by
email</label></div>
<input type="submit" class="blog-button" value="Submit"></form></div></div></div></div></td>
<td class="column-blog column-blog-right"><div id="blogSidebar"><div class="wsite-spacer" style="height:50px;"></div><h2 class="wsite-content-title">Author</h2>
<div class="paragraph">${wbAuthor}</div><div class="blog-sidebar-separator"></div><h2 class="wsite-content-title">Archives</h2><p class="blog-archives">
${wbArchive.map((t) => `<a href="/blog/archives/${t.replace(' ', '-').toLowerCase()}">${t}</a>`).join('<br />\n')}</p><div class="blog-sidebar-separator"></div>
<h2 class="wsite-content-title">Categories</h2><ul class="blog-category-list">${wbCats
  .map(
    (t) => `<li><a
href="/blog/category/${t.length}">${t}</a></li>`,
  )
  .join('\n')}</ul>
<p class="blog-rss"><a href="/blog/feed" class="rss-link">RSS Feed</a></p></div></td></tr></table></div></div></div></div></div></div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer"><div class="paragraph"
style="text-align:center;">Cold Ash Farm,
Llanfair Talhaearn · Farm shop open Thursday to Sunday</div></div></div></div></div></div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container--v3"><a class="weebly-footer-signup-container-link"
href="https://www.weebly.example/signup"
target="_blank"><span class="signup-container-header">Create your own unique website with customizable templates.</span><span
class="signup-container-button">Get Started</span>
</a></div><script type="text/javascript" src="//cdn2.editmysite.example/js/site/main.js?buildTime=1712"></script></body></html>`;
const weeblyPost: TestPage = {
  html: wbHtml,
  name: 'heldout155-weebly-blog',
  kind: 'blog',
  // the post title is an h2 link (Weebly's blog template has no h1); each paragraph of a "paragraph" div (split by a double
  // <br>) is one body item; the date is a byline; comment counts, caption, Tweet link, category line, the comment and its
  // form, sidebar, footer and signup banner are furniture
  title: wbTitle,
  headings: [wbH1, wbH2, wbH3],
  body: [...texts(wbP1), ...wbP2, ...wbP3, ...wbP4],
  bylines: ['4/14/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cold Ash Farm', ...wbNav, '1 Comment', wbCaption, 'Tweet', 'Categories: Lambing', ...wbComment, 'Reply', 'Leave a Reply.', 'Name (required)',
    'Email (not published)', 'Website', 'Notify me of new comments to this post by email', 'Author', wbAuthor, 'Archives', ...wbArchive, 'Categories',
    'All', 'Lambing', 'Open Days', 'RSS Feed', 'Cold Ash Farm, Llanfair Talhaearn · Farm shop open Thursday to Sunday',
    'Create your own unique website with customizable templates.', 'Get Started',
  ],
};

export const HELDOUT155_E: readonly TestPage[] = [weeblyPost, bloggerSohoPost];
