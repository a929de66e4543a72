import type { TestPage } from './page-kit.js';
import { jimdoPage } from './pages-heldout30-e2.js';

/**
 * Held-out batch 30, file e: a small farm's blog post on Weebly (the editmysite.com stylesheets and _W globals, the inline
 * theme style overrides, the initFlyouts menu script, the "birdseye" header with the site title and menu, the blogTable
 * with the post header (title link, date, comment count), the blog-content made of paragraph divs with <br> breaks, an
 * image with its caption and a content title, the social buttons, the comment area with two visitor comments and the
 * "Leave a Reply." form, the blog sidebar (author blurb, archives, categories, RSS) and the footer with the Weebly badge).
 */
const wbTitle = 'Why We Wait for the First Frost to Plant Garlic';
const wbPara1 = [
  'Every year somebody at the Saturday market asks when we plant our garlic, and every year the answer is the same: not ' +
    'until the first proper frost has been and gone. This year that was the night of October 24th, so the planting crew ' +
    'was out in the lower field the following Monday.',
  'It can feel strange to put cloves in the ground just as everything else is dying back. But garlic needs a long spell of ' +
    'cold to split into a full head of cloves. Planted in spring it tends to give you one round bulb, which is tasty enough ' +
    'but not what anyone is expecting.',
];
const wbH1 = 'Why not plant earlier?';
const wbPara2 = [
  'We tried planting in late September for two seasons. The cloves rooted quickly and sent up green shoots before ' +
    'Thanksgiving, which looked wonderful until the January cold snaps burned the leaves back to the ground. Those plants ' +
    'were weaker all spring and the heads were noticeably smaller at harvest.',
  'Waiting for the first frost means the soil is still warm enough for roots to grow, but the air is too cold for much top ' +
    'growth. The cloves spend the winter building roots instead of leaves, and that is exactly what we want.',
];
const wbPara3 = [
  'This year we planted just under 9,000 cloves across four varieties: Music, German Extra Hardy, Chesnok Red and a local ' +
    'softneck our neighbor Ruth has been saving for thirty years. Everything went in four inches deep and six inches apart, ' +
    'then under a thick layer of straw from our own oat field.',
  'If all goes to plan we will be pulling scapes in early June and curing the heads in the barn by mid-July. Garlic shares ' +
    'will open to CSA members in the spring newsletter.',
];
const wbCaption = 'Laying straw over the garlic beds in the lower field, October 27th.';
const wbMenu = ['Home', 'Our Farm', 'CSA Shares', 'Farm Stand', 'Blog', 'Contact'];
const wbArchives = ['November 2025', 'October 2025', 'August 2025', 'June 2025', 'April 2025'];
const wbCats = ['All', 'CSA', 'Garlic', 'Market News', 'Soil'];
const wbComments: [string, string, string][] = [
  [
    'Deb Kowalski',
    '11/4/2025 08:14:22 am',
    'So glad to see Ruth’s garlic is still going! We had some of it in our share two years ago and it was the best we ever had.',
  ],
  ['Marcus', '11/5/2025 06:51:03 pm', 'Do you sell seed garlic? I would love to try the German Extra Hardy in my own garden next fall.'],
];
const flyout = (t: string, i: number): string =>
  `{"id":"${40211 + i}","title":"${t}","url":"${t.toLowerCase().replace(/ /g, '-')}.html","target":"","nav_menu":false,"nonclickable":false}`;
const wbHtml = `<!DOCTYPE html>
<html lang="en">
<head><title>Why We Wait for the First Frost to Plant Garlic - Hollow Creek Farm</title><meta property="og:site_name" content="Hollow Creek Farm" />
<meta property="og:title" content="Why We Wait for the First Frost to Plant Garlic" />
<meta property="og:description" content="Every year somebody at the Saturday market asks when we plant our garlic, and every year the answer is the same" />
<meta property="og:image" content="https://www.hollowcreekfarm.example/uploads/1/3/8/2/138245117/garlic-straw_orig.jpg" />
<meta property="og:url" content="https://www.hollowcreekfarm.example/blog/why-we-wait-for-the-first-frost-to-plant-garlic" />
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1761234567" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?1761234567" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/social-icons.css?buildtime=1761234567" media="screen,projection" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1730412345" title="wsite-theme-css" />
<link href='//cdn2.editmysite.com/fonts/Lato/font.css?2' rel='stylesheet' type='text/css' />
<style type='text/css'>
.wsite-elements.wsite-not-footer:not(.wsite-header-elements) div.paragraph, .wsite-elements.wsite-not-footer:not(.wsite-header-elements) p {font-family:"Lato"
!important;}
#wsite-title {font-family:"Bitter" !important;text-transform: uppercase !important;}
.blog-sidebar h2 {color:#5d6b3a !important;}
#blogTable .blog-sidebar a, #blogTable .blog-comments a, #blogTable .blog-comments-bottom a {color:#7a5c2e !important;}
</style>
<script>
var STATIC_BASE = '//cdn1.editmysite.com/';
var ASSETS_BASE = '//cdn2.editmysite.com/';
var STYLE_PREFIX = 'wsite';
</script>
<script src='https://ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js'></script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/en/stl.js?buildTime=1761234567&"></script>
<script>_W = _W || {};
_W.securePrefix='www.hollowcreekfarm.example';</script>
<script>_W = _W || {};
_W.customerLocale = "en_US";
_W.storeName = null;
_W.storeCountry = "US";
_W.storeCurrency = "USD";
com_currentSite = "871204556318274419";
com_userID = "138245117";</script>
<script type="text/javascript">_W.resellerSite = false;</script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main.js?buildTime=1761234567"></script>
<script type="text/javascript">
	function initFlyouts(){
		initPublishedFlyoutMenus(
			[${wbMenu.map(flyout).join(',\n\t\t\t')}],
			"40215",
			'',
			'active',
			false,
			{"navigation\\/item":"<li {{#id}}id=\\"{{id}}\\"{{\\/id}}
class=\\"wsite-menu-item-wrap\\">\\n\\t<a\\n\\t\\t{{^nonclickable}}\\n\\t\\t\\t{{^file}}\\n\\t\\t\\t\\thref=\\"{{url}}\\""}
		)
	}
	if (window.addEventListener) { window.addEventListener('load', initFlyouts, false); }
</script>
</head>
<body class="no-header-page  wsite-page-blog wsite-blog-post  wsite-theme-light"><div class="wrapper">
  <div class="birdseye-header">
    <div class="nav-wrap">
      <div class="container">
        <div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Hollow Creek Farm</span></a></span></div>
        <div class="nav desktop-nav"><ul class="wsite-menu-default">
${wbMenu
  .map(
    (t, i) => `		<li id="${t === 'Blog' ? 'active' : `pg${40211 + i}`}" class="wsite-menu-item-wrap">\n			<a
href="/${t === 'Home' ? '' : `${t.toLowerCase().replace(/ /g, '-')}.html`}" class="wsite-menu-item">\n				${t}\n			</a>\n		</li>`,
  )
  .join('\n')}
</ul></div>
        <label class="hamburger" for="mobile-input"><span></span></label>
      </div>
    </div>
  </div>
  <div class="main-wrap">
    <div class="container">
      <div id="wsite-content" class="wsite-elements wsite-not-footer">
<div id="blogTable" class="blog-table"><div class="blog-body">
<div id="blog-post-527319648211945302" class="blog-post">
	<div class="blog-header">
		<h2 class="blog-title">
			<a class="blog-title-link blog-link" href="//www.hollowcreekfarm.example/blog/why-we-wait-for-the-first-frost-to-plant-garlic">${wbTitle}</a>
		</h2>
		<p class="blog-date">
			<span class="date-text">
				11/3/2025
			</span>
		</p>
		<div class="blog-comments-top">
			<a class="blog-link" href="//www.hollowcreekfarm.example/blog/why-we-wait-for-the-first-frost-to-plant-garlic#comments">2 Comments</a>
		</div>
	</div>
	<div class="blog-separator">&nbsp;</div>
	<div class="blog-content">
		<div class="paragraph">${wbPara1.join('<br /><br />')}</div>
<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;margin-left:0px;margin-right:0px;text-align:center">
<a><img src="/uploads/1/3/8/2/138245117/garlic-straw_orig.jpg" alt="Picture" style="width:auto;max-width:100%" /></a>
<div style="display:block;font-size:90%">${wbCaption}</div>
</div></div>
<h2 class="wsite-content-title">${wbH1}</h2>
<div class="paragraph">${wbPara2.join('<br /><br />')}</div>
<div class="paragraph">${wbPara3.join('<br /><br />')}<br /><br /><em>— Ellie</em></div>
	</div>
	<div class="blog-social ">
		<div class="blog-social-item blog-fb-like"><iframe
src="//www.facebook.com/plugins/like.php?href=https%3A%2F%2Fwww.hollowcreekfarm.example%2Fblog%2Fwhy-we-wait"
		  scrolling="no" frameborder="0" allowTransparency="true" style="border:none; overflow:hidden; width:90px; height:20px;"></iframe></div>
		<div class="blog-social-item blog-twitter"><a href="https://twitter.com/share" class="twitter-share-button" data-count="horizontal"
		  data-text="Why We Wait for the First Frost to Plant Garlic">Tweet</a></div>
	</div>
	<div class="blog-footer">
		<div class="blog-comments-bottom">
			<a class="blog-link" href="//www.hollowcreekfarm.example/blog/why-we-wait-for-the-first-frost-to-plant-garlic#comments">2 Comments</a>
		</div>
	</div>
</div>
<div id="comments">
	<div id="commentArea"><div class="blog-comment-area">
${wbComments
  .map(
    ([who, when, text], i) => `		<div id="${3810247 + i}" class="blogCommentWrap"><div class="blogCommentHeading">
			<div class="blogCommentAuthor"><span class="name">${who}</span></div><div class="blogCommentDate">${when}</div></div>
			<div class="blogCommentText"><div>${text}</div></div>
			<div class="blogCommentReplyWrapper"><a class="blog-link" href="#comment-form" onclick="return
_W.Blog.replyToComment(${3810247 + i});">Reply</a></div></div>`,
  )
  .join('\n')}
		<form id="commentForm" class="wsite-form" action="/ajax/apps/formSubmitAjax.php" method="post">
			<h2 id="comment-header">Leave a Reply.</h2>
			<div class="wsite-form-field"><label class="wsite-form-label" for="commentName">Name <span class="form-required">(required)</span></label>
				<div class="wsite-form-input-container"><input id="commentName" class="wsite-form-input wsite-input" type="text" name="name" /></div></div>
			<div class="wsite-form-field"><label class="wsite-form-label" for="commentEmail">Email <span class="form-not-required">(not published)</span></label>
				<div class="wsite-form-input-container"><input id="commentEmail" class="wsite-form-input wsite-input" type="text" name="email" /></div></div>
			<div class="wsite-form-field"><label class="wsite-form-label" for="commentWebsite">Website</label>
				<div class="wsite-form-input-container"><input id="commentWebsite" class="wsite-form-input wsite-input" type="text" name="website" /></div></div>
			<div class="wsite-form-field"><label class="wsite-form-label" for="commentText">Comments</label>
				<div class="wsite-form-input-container"><textarea id="commentText" class="wsite-form-input wsite-input" name="comment"></textarea></div></div>
			<div class="wsite-form-field"><label><input type="checkbox" name="notify" value="1" /> Notify me of new comments to this post by email</label></div>
			<div class="wsite-button"><span class="wsite-button-inner">Submit</span></div>
		</form>
	</div></div>
</div>
</div>
<div class="blog-sidebar"><div class="column-blog">
	<h2 class="wsite-content-title">Author</h2>
	<div class="paragraph">We’re Tom and Ellie Marsh. We grow vegetables, garlic and a little too much squash on twelve acres outside Millbrook, and sell it all
	  at the farm stand and the Saturday market.</div>
	<h2 class="wsite-content-title">Archives</h2>
	<div class="blog-archive-list">${wbArchives.map((t) => `<a href="/blog/archives/${t.toLowerCase().replace(' ', '-')}">${t}</a><br />`).join('\n')}</div>
	<h2 class="wsite-content-title">Categories</h2>
	<div class="blog-category-list"><ul>${wbCats.map((t) => `<li><a href="/blog/category/${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`).join('')}</ul></div>
	<a href="/blog/feed" target="_blank" class="blog-rss-link"><span class="wsite-social-rss"></span>RSS Feed</a>
</div></div>
</div>
      </div>
    </div>
  </div>
  <div class="footer-wrap">
    <div class="container">
      <div class="footer"><div class="wsite-elements wsite-footer">
        <div class="paragraph" style="text-align:center;">Hollow Creek Farm · 2218 County Road 9, Millbrook · Farm stand open Thursday to Sunday, 9am to
5pm</div>
      </div></div>
    </div>
  </div>
</div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3"><div class="weebly-footer-signup-container-v3__content-wrapper">
  <a class="weebly-footer-signup-container-v3__link" href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" target="_blank">
  <span class="weebly-footer-signup-container-v3__text">Powered by</span><span class="weebly-footer-signup-container-v3__logo"><img
    src="//cdn2.editmysite.com/images/site/footer/footer-v3-logo.svg" alt="Weebly" /></span></a>
  <a class="weebly-footer-signup-container-v3__button" href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" target="_blank">Create
Your Own Website</a>
</div></div>
<script type="text/javascript" src="/files/theme/plugins.js?1730412345"></script>
<script type="text/javascript" src="/files/theme/custom.js?1730412345"></script>
</body>
</html>`;
const weebly: TestPage = {
  html: wbHtml,
  name: 'heldout30-weebly-blog-post',
  kind: 'blog',
  // the paragraphs are split at their <br /><br /> breaks (each a paragraph to a reader); the h2 inside the blog content is
  // the heading; the "— Ellie" sign-off at the end of the post is an author line: byline, with the date; the comment
  // counts, image caption, social buttons, the two visitor comments with their names and dates, the reply form, the
  // sidebar (author blurb, archives, categories, RSS), the site title, menu, footer and Weebly badge are furniture
  title: wbTitle,
  headings: [wbH1],
  body: [...wbPara1, ...wbPara2, ...wbPara3],
  bylines: ['11/3/2025', '— Ellie'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hollow Creek Farm', ...wbMenu, '2 Comments', wbCaption, 'Tweet', ...wbComments.flat(), 'Reply', 'Leave a Reply.', 'Name (required)',
    'Email (not published)', 'Website', 'Comments', 'Notify me of new comments to this post by email', 'Submit', 'Author',
    'We’re Tom and Ellie Marsh. We grow vegetables, garlic and a little too much squash on twelve acres outside Millbrook, and sell it all at the ' +
      'farm stand and the Saturday market.',
    'Archives', ...wbArchives, 'Categories', ...wbCats, 'RSS Feed',
    'Hollow Creek Farm · 2218 County Road 9, Millbrook · Farm stand open Thursday to Sunday, 9am to 5pm', 'Powered by', 'Create Your Own Website',
  ],
};

export const HELDOUT30_E: readonly TestPage[] = [weebly, jimdoPage];
