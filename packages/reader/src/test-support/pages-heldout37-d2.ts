/**
 * Held-out batch 37, file d2: the Blogger "Contempo" chrome of the post in file d (head with the widget scripts, the centred
 * header with blog name, description, search widget and page-list tabs, the share popup, the comments block, the pager, the
 * attribution footer and the sidebar drawer with profile, popular posts, archive, labels and "Report Abuse"), split out to keep
 * each file short. Blogger's layout prints attributes in single quotes; the post body, written in its editor, in double.
 */
export const bgTabs = ['Home', 'Munro log', 'Gear I trust', 'Route cards'];
export const bgProfile = 'Hillwalker, occasional climber, full-time optimist about the weather. Based in Inverness.';
export const bgPopular: [string, string][] = [
  ['Liathach in a Day: the Long Way Round', 'Twelve hours, two pinnacles and a very long walk back to the car at Glen Torridon.'],
  ['Five Bothies Worth the Walk', 'From a tin hut in Knoydart to a converted stable in the Cairngorms, my favourite overnight stops.'],
];
export const bgArchive: [string, string][] = [
  ['March 2025', '2'],
  ['February 2025', '3'],
  ['January 2025', '1'],
  ['December 2024', '4'],
];
export const bgLabels = ['bothies', 'Cairngorms', 'Cuillin', 'gear', 'Munros', 'Skye', 'Torridon', 'trip reports'];
export const bgShareItems = ['Get link', 'Facebook', 'X', 'Pinterest', 'Email', 'Other Apps'];
const icon = (name: string): string =>
  `<svg class='svg-icon-24'><use xlink:href='/responsive/sprite_v1_6.css.svg#${name}' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg>`;

/** The share button and its hidden popup, printed above and below each post. */
export const bgShare = (where: string): string => `<div class='post-share-buttons post-share-buttons-${where}'>
<div class='byline post-share-buttons goog-inline-block'>
<div aria-owns='sharing-popup-Blog1-byline-${where}-6184' class='sharing' data-title='Cuillin weekend'>
<button aria-controls='sharing-popup-Blog1-byline-${where}-6184' aria-label='Share' class='sharing-button touch-icon-button' \
id='sharing-button-Blog1-byline-${where}-6184' role='button'>
<div class='flat-icon-button ripple'>
${icon('ic_share_black_24dp')}
</div>
</button>
<div class='share-buttons-container'>
<ul aria-hidden='true' aria-label='Share' class='share-buttons hidden' id='sharing-popup-Blog1-byline-${where}-6184' role='menu'>
${bgShareItems
  .map(
    (t) => `<li>
<span aria-label='${t === 'Get link' ? t : `Share to ${t}`}' class='sharing-platform-button sharing-element-${t.toLowerCase().replace(/ /g, '-')}' \
data-href='https://www.blogger.com/share-post.g?blogID=5521&amp;postID=6184&amp;target=${t.toLowerCase()}' role='menuitem' tabindex='-1' \
title='${t}'>
${icon(`ic_post_${t.toLowerCase().replace(/ /g, '_')}_black_24dp`)}
<span class='platform-sharing-text'>${t}</span>
</span>
</li>`,
  )
  .join('\n')}
</ul>
</div>
</div>
</div>
</div>`;

/** `<!DOCTYPE>` to the open `<main>`: head, the centred header with its widgets. */
export const bgTop = (title: string, desc: string): string => `<!DOCTYPE html>
<html dir='ltr' lang='en-GB'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>Hill Days: ${title}</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://hilldays.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://hilldays.blogspot.com/2025/03/a-wet-weekend-on-cuillin-ridge.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Hill Days - Atom" href="https://hilldays.blogspot.com/feeds/posts/default" />
<meta content='${desc}' property='og:description'/>
<style id='page-skin-1' type='text/css'><!--
/*! normalize.css v3.0.1 | MIT License | git.io/normalize */
body{overflow-wrap:break-word;word-break:break-word;word-wrap:break-word}
.post-body .tr-caption{color:#707070;font-size:12px;padding:4px}
--></style>
<script async='async' src='https://www.gstatic.com/external_hosted/clipboardjs/clipboard.min.js'></script>
<link rel="stylesheet" href="https://www.blogger.com/dyn-css/authorization.css?targetBlogID=5521&amp;zx=9f1a" />
</head>
<body class='version-1-3-3 variant-indie_light'>
<a class='skip-navigation' href='#main' tabindex='0'>
Skip to main content
</a>
<div class='page'>
<div class='bg-photo-overlay'></div>
<div class='bg-photo-container'>
<div class='bg-photo'></div>
</div>
<div class='page_body'>
<div class='centered'>
<div class='centered-top-placeholder'></div>
<header class='centered-top-container' role='banner'>
<div class='centered-top'>
<a name='top'></a>
<div class='blog-name container'>
<div class='container section' id='header' name='Header'><div class='widget Header' data-version='2' id='Header1'>
<div class='header-widget'>
<div>
<h1>
<a href='https://hilldays.blogspot.com/'>
Hill Days
</a>
</h1>
</div>
<p>
Walking, scrambling and getting rained on in the Scottish Highlands.
</p>
</div>
</div></div>
</div>
<div class='hamburger-menu-container'>
<div class='hamburger-menu-container section' id='hamburger-menu' name='Hamburger menu'><button aria-label='Open sidebar' \
class='svg-icon-24-button hamburger-menu flat-icon-button ripple'>
${icon('ic_menu_black_24dp')}
</button></div>
</div>
<div class='search'>
<button aria-label='Search' class='search-expand touch-icon-button'>
<div class='flat-icon-button ripple'>
${icon('ic_search_black_24dp')}
</div>
</button>
<div class='section' id='search_top' name='Search (Top)'><div class='widget BlogSearch' data-version='2' id='BlogSearch1'>
<h3 class='title'>
Search This Blog
</h3>
<div class='widget-content' role='search'>
<form action='https://hilldays.blogspot.com/search' target='_top'>
<div class='search-input'>
<input aria-label='Search this blog' autocomplete='off' name='q' placeholder='Search this blog' value=''/>
</div>
<input class='search-action flat-button' type='submit' value='Search'/>
</form>
</div>
</div></div>
</div>
<div class='centered-top-secondline section' id='page_list_top' name='Page List (Top)'><div class='widget PageList' data-version='2' id='PageList1'>
<div class='widget-content'>
<div class='overflowable-container'>
<div class='overflowable-contents'>
<div class='container'>
<ul class='tabs'>
${bgTabs
  .map(
    (t, i) => `<li class='overflowable-item'>\n<a \
href='https://hilldays.blogspot.com/${i === 0 ? '' : `p/${t.split(' ')[0]!.toLowerCase()}.html`}'>${t}</a>\n</li>`,
  )
  .join('\n')}
</ul>
</div>
</div>
<div class='overflow-button hidden'>
<a>More&hellip;</a>
</div>
</div>
</div>
</div></div>
</div>
</header>
<div>
<div class='vertical-ad-placeholder no-ad'></div>
<main class='centered-bottom' id='main' role='main' tabindex='-1'>
<div class='main section' id='page_body' name='Page Body'>
<div class='widget Blog' data-version='2' id='Blog1'>
<div class='blog-posts hfeed container'>
<article class='post-outer-container'>
<div class='post-outer'>
<div class='post'>
`;

/** The attribution footer, the sidebar drawer and the end of the page. */
export const bgBottom = `<footer class='footer section' id='footer' name='Footer'><div class='widget Attribution' data-version='2' id='Attribution1'>
<div class='widget-content'>
<div class='blogger'>
<a href='https://www.blogger.com' rel='nofollow'>
${icon('ic_post_blogger_black_24dp')}
Powered by Blogger
</a>
</div>
<div class='image-attribution'>
Theme images by <a href="http://www.offset.com/photos/394244">Michael Elkan</a>
</div>
</div>
</div></footer>
</div>
</div>
</div>
<aside class='sidebar-container container sidebar-invisible' role='complementary'>
<div class='navigation'>
<button class='svg-icon-24-button flat-icon-button ripple sidebar-back'>
${icon('ic_arrow_back_black_24dp')}
</button>
</div>
<div class='sidebar_top_wrapper'>
<div class='sidebar_top section' id='sidebar_top' name='Sidebar (Top)'><div class='widget Profile' data-version='2' id='Profile1'>
<div class='wrapper solo'>
<div class='widget-content individual'>
<a href='https://www.blogger.com/profile/08812' rel='nofollow'>
<img alt='My photo' class='profile-img' height='113' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEg/s113/morag.jpg' width='113'/>
</a>
<div class='profile-info'>
<dl class='profile-datablock'>
<dt class='profile-data'>
<a class='profile-link g-profile' href='https://www.blogger.com/profile/08812' rel='author nofollow'>
Morag Finlayson
</a>
</dt>
<dd class='profile-textblock'>${bgProfile}</dd>
</dl>
<a class='profile-link visit-profile' href='https://www.blogger.com/profile/08812' target='_blank'>
Visit profile
</a>
</div>
</div>
</div>
</div></div>
</div>
<div class='container'>
<div class='container sidebar_bottom section' id='sidebar_bottom' name='Sidebar (Bottom)'><div class='widget PopularPosts' data-version='2' id='PopularPosts1'>
<h3 class='title'>
Popular Posts
</h3>
<div class='widget-content'>
${bgPopular
  .map(
    ([t, s]) => `<div role='feed'>\n<article class='post' role='article'>\n<h3 class='post-title'><a \
href='https://hilldays.blogspot.com/${t.length}.html'>${t}</a></h3>\n<div class='post-snippet snippet-container r-snippet-container'>\n<div \
class='snippet-item r-snippetized'>\n${s}\n</div>\n</div>\n</article>\n</div>`,
  )
  .join('\n')}
</div>
</div>
<div class='widget BlogArchive' data-version='2' id='BlogArchive1'>
<details class='collapsible extendable'>
<summary>
<div class='collapsible-title'>
<h3 class='title'>
Archive
</h3>
${icon('ic_expand_more_black_24dp')}
</div>
</summary>
<div class='widget-content'>
<div id='ArchiveList'>
<div id='BlogArchive1_ArchiveList'>
<div class='first-items'>
<ul class='flat'>
${bgArchive
  .map(
    ([m, n]) => `<li class='archivedate'>\n<a href='https://hilldays.blogspot.com/2025/'>${m}</a>\n<span \
class='post-count'>${n}</span>\n</li>`,
  )
  .join('\n')}
</ul>
</div>
<span class='show-more flat-button'>Show more</span>
<span class='show-less hidden flat-button'>Show less</span>
</div>
</div>
</div>
</details>
</div>
<div class='widget Label' data-version='2' id='Label1'>
<details class='collapsible extendable'>
<summary>
<div class='collapsible-title'>
<h3 class='title'>
Labels
</h3>
</div>
</summary>
<div class='widget-content list-label-widget-content'>
<div class='first-items'>
<ul>
${bgLabels.map((l) => `<li>\n<a class='label-name' href='https://hilldays.blogspot.com/search/label/${encodeURIComponent(l)}'>\n${l}\n</a>\n</li>`).join('\n')}
</ul>
</div>
</div>
</details>
</div>
<div class='widget ReportAbuse' data-version='2' id='ReportAbuse1'>
<h3 class='title'>
<a class='report_abuse' href='https://www.blogger.com/go/report-abuse' rel='noopener nofollow' target='_blank'>
Report Abuse
</a>
</h3>
</div></div>
</div>
</aside>
<script type='text/javascript' src='https://www.blogger.com/static/v1/widgets/2556374688-widgets.js'></script>
<script type='text/javascript'>
window['__wavt'] = 'AOuZoY4rT9';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d5521','//hilldays.blogspot.com/2025/03/a-wet-weekend.html','5521');
_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'page_body', document.getElementById('Blog1'), {}, 'displayModeFull'));
</script>
</body>
</html>`;
