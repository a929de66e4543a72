import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows } from './pages-heldout433-kit.js';

/**
 * Held-out batch 433, file d2: a park news site's article about a new coaster on WordPress with tagDiv's Newspaper theme
 * (top bar with date and login, header menu, breadcrumbs, category label, author, date and views, share buttons, featured
 * image with a wp-caption, an inline "Read more" promo, a pull quote, a stats table, tags, "Related articles" / "More from
 * author" block, the "Leave a reply" form, a sidebar with social counters and "Most popular", and the footer).
 */
const nTitle = 'Brackenridge confirms record-breaking dive coaster for 2027';
const nP1 = [
  j(
    'Brackenridge Park has confirmed that its long-rumoured new coaster will be a dive machine with a 58-metre vertical drop,',
    'the tallest of its kind in Europe, opening in spring 2027 on the site of the former Log Jam water ride.',
  ),
  j(
    'The ride, named Obsidian, will hold riders over the edge of the drop for three seconds before releasing the train into',
    'an underground tunnel. Eight-seat trains will run in a single row, and the park expects a capacity of around 1,100',
    'riders an hour.',
  ),
];
const nP2 = [
  j(
    'Planning permission was granted last month after a two-year process in which neighbours raised concerns about noise and',
    'the height of the lift hill. The park agreed to paint the structure a matte dark grey and to close the ride at 7pm',
    'outside the summer holidays.',
  ),
];
const nQuote = j(
  'We wanted something that would make people stop at the top and think twice. Obsidian is the biggest single investment',
  'in the park’s history, and we think it will put Brackenridge on the map for coaster fans across Europe.',
);
const nP3 = [
  'General manager Colette Ainsworth said the budget was “comfortably over £20 million” but would not give an exact figure.',
  j(
    'The ride is being built by a Swiss manufacturer, and track is expected to arrive on site in October. Visitors will be able to',
    'follow construction from a viewing platform next to the Lakeside Café, which opens at Easter.',
  ),
];
const nStats: readonly (readonly string[])[] = [
  ['Height', '61 m'],
  ['Drop', '58 m, 90 degrees'],
  ['Top speed', '115 km/h'],
  ['Track length', '980 m'],
  ['Minimum height', '1.40 m'],
];
const nP4 = [
  j(
    'Industry watchers were quick to point out that Obsidian will be Brackenridge’s third major coaster in eight years, at a',
    'time when several UK parks have held back on big rides. Ticket prices are expected to rise in 2027, although the park',
    'says annual pass holders will be offered a preview day before the public opening.',
  ),
];
const nTopNav = ['Home', 'News', 'Parks', 'Coasters', 'Trip Reports', 'Opinion', 'Podcast'];
const nTags = ['Brackenridge Park', 'dive coaster', 'new for 2027'];
const nRelated = ['Log Jam to close for good at end of season', 'Five dive coasters worth a trip abroad', 'Brackenridge season pass prices revealed'];
const nPopular = ['Thornbury Vale’s Stormcrow: first rides', 'Every coaster opening in Europe in 2026', 'Why wing coasters are back'];
const nFoot = ['About us', 'Advertise', 'Privacy Policy', 'Contact us'];
const nHtml = `<!doctype html>
<html lang="en-GB"><head><title>Brackenridge confirms record-breaking dive coaster for 2027 | ParkPulse</title><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:site_name" content="ParkPulse"><meta property="article:section" content="News">
<meta property="article:published_time" content="2026-03-11T08:30:14+00:00"><meta name="author" content="Dev Raman">
<link rel="stylesheet" id="td-theme-css" href="https://parkpulse.example/wp-content/themes/Newspaper/style.css?ver=12.6.5" type="text/css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2026-03-11T08:30:14+00:00","author":{"@type":"Person","name":"Dev Raman"},"publisher":{"@type":"Organization","name":"ParkPulse"}}</script>
<script>var tdBlocksArray = []; var tds_login_sing_in_widget="show"; var td_ajax_url="https:\\/\\/parkpulse.example\\/wp-admin\\/admin-ajax.php";</script>
</head><body class="post-template-default single single-post postid-8841 single-format-standard td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>Wednesday, March 11, 2026</div></div>
<ul class="top-header-menu td_ul_login"><li class="menu-item"><a class="td-login-modal-js menu-item" href="#login-form">Sign in / Join</a></li></ul></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://facebook.example/parkpulse" title="Facebook">
<i class="td-icon-font td-icon-facebook"></i></a></span></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient">
<div class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><div class="td-main-menu-logo td-logo-in-header"><a class="td-main-logo" href="https://parkpulse.example/">
<img src="https://parkpulse.example/wp-content/uploads/2024/01/logo.png" alt="ParkPulse"></a></div><div class="menu-main-container">
<ul id="menu-main-1" class="sf-menu">${links(nTopNav, 'menu-item menu-item-type-taxonomy td-menu-item td-normal-menu')}</ul></div></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://parkpulse.example/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a title="View all posts in News" class="entry-crumb" href="https://parkpulse.example/category/news/">News</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-8841" class="post-8841 post type-post status-publish format-standard has-post-thumbnail category-news"
itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="https://parkpulse.example/category/news/">Coaster News</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${nTitle}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">
<div class="td-author-by">By</div> <a href="https://parkpulse.example/author/devraman/">Dev Raman</a>
<div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-11T08:30:14+00:00">
March 11, 2026</time></span><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-8841">2417</span></div>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>4</a></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"></div><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1">
<div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text">
<div class="td-social-but-text">Share</div></div><a class="td-social-sharing-button td-social-network td-social-facebook"
href="#"><div class="td-social-but-text">Facebook</div></a>
<a class="td-social-sharing-button td-social-network td-social-twitter" href="#"><div class="td-social-but-text">Twitter</div></a>
<a class="td-social-sharing-button td-social-network td-social-whatsapp" href="#"><div class="td-social-but-text">WhatsApp</div></a></div></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><a href="https://parkpulse.example/wp-content/uploads/2026/03/obsidian.jpg"
data-caption="An artist’s impression of Obsidian’s drop. Image: Brackenridge Park"><img width="696" height="392" class="entry-thumb td-modal-image"
src="https://parkpulse.example/wp-content/uploads/2026/03/obsidian-696x392.jpg" alt="" title="obsidian"></a><figcaption class="wp-caption-text">An artist’s
impression of Obsidian’s drop. Image: Brackenridge Park</figcaption></figure></div>
${ps(nP1)}
<p class="td-read-more-promo"><strong>Read more: <a href="https://parkpulse.example/log-jam-closure/">Log Jam to close for good at end of season</a>
</strong></p>
${ps(nP2)}
<h2>“Stop at the top and think twice”</h2>
<blockquote class="td_quote_box td_box_center"><p>${nQuote}</p></blockquote>
${ps(nP3)}
<h2>Obsidian in numbers</h2>
<table class="td-stats"><thead><tr><th>Statistic</th><th>Figure</th></tr></thead><tbody>
${rows(nStats)}
</tbody></table>
<h2>A busy decade</h2>
${ps(nP4)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${links(nTags)}</ul></div>
<div class="td-author-name vcard author"><span class="fn"><a href="https://parkpulse.example/author/devraman/">Dev Raman</a></span></div>
<div class="td-author-description">Dev has covered the UK theme park industry since 2014 and has ridden 540 coasters.</div></footer></article>
<div class="td_block_wrap td_block_related_posts td-related-full-width"><h4 class="td-related-title td-block-title"><a id="td_uid_6" class="td-related-left
td-cur-simple-item" href="#">Related articles</a><a id="td_uid_7" class="td-related-right" href="#">More from author</a></h4>
<div class="td_block_inner">${nRelated
  .map(
    (r) => `<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title">
<a href="/${r.length}" rel="bookmark">${r}</a></h3></div></div>`,
  )
  .join('\n')}</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
<div class="td-comments-title-wrap"><h4 class="block-title"><span>LEAVE A REPLY</span></h4></div></h3>
<form action="https://parkpulse.example/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8"></textarea>
<div class="td-warning-comment">Please enter your comment!</div></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></div></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_social_counter">
<h4 class="block-title"><span class="td-pulldown-size">Stay Connected</span></h4><div class="td-social-list"><span class="td_social_info">18,204</span>
<span class="td_social_info td_social_info_name">Fans</span><span class="td_social_button"><a href="https://facebook.example/parkpulse">Like</a></span>
</div></div>
<div class="td_block_wrap td_block_7"><h4 class="block-title"><span class="td-pulldown-size">Most Popular</span></h4><div class="td_block_inner">
${nPopular.map((p) => `<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="/${p.length}">${p}</a></h3></div>`).join('\n')}
</div></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container">
<div class="td-footer-text">ParkPulse is an independent news site for theme park fans.
We are not affiliated with any park.</div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span-td-sub-footer-menu">
<ul class="td-subfooter-menu">${links(nFoot, 'menu-item')}</ul></div><div class="td-pb-span-td-sub-footer-copy"><div class="td-sub-footer-copy">
© ParkPulse 2026</div></div></div></div></div></div>
<script type="text/javascript" src="https://parkpulse.example/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5"></script>
</body></html>`;
export const newsCoaster: TestPage = {
  name: 'heldout433-newspaper-theme-coaster-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: ['“Stop at the top and think twice”', 'Obsidian in numbers', 'A busy decade'],
  body: texts([...nP1, ...nP2, nQuote, ...nP3, ...nStats.flat(), ...nP4]),
  bylines: ['Dev Raman', 'March 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wednesday, March 11, 2026', 'Sign in / Join', ...nTopNav, 'Coaster News', '2417', 'Share', 'Facebook', 'Twitter', 'WhatsApp',
    'An artist’s impression of Obsidian’s drop. Image: Brackenridge Park', 'Read more: Log Jam to close for good at end of season',
    'TAGS', ...nTags.slice(1),
    'Dev has covered the UK theme park industry since 2014 and has ridden 540 coasters.', 'Related articles', 'More from author',
    ...nRelated.slice(1), 'LEAVE A REPLY', 'Please enter your comment!', 'Stay Connected', '18,204', 'Fans', 'Like', 'Most Popular', ...nPopular,
    'ParkPulse is an independent news site for theme park fans. We are not affiliated with any park.', ...nFoot, '© ParkPulse 2026',
  ],
};
