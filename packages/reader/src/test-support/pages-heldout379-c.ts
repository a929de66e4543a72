import { links, ps, type TestPage, texts } from './page-kit.js';
import { squarespace } from './pages-heldout379-c2.js';
import { j, lis } from './pages-heldout379-kit.js';

/**
 * Held-out batch 379, file c: a basketball team's game recap on WordPress with the tagDiv Newspaper theme (top bar with date,
 * header menu, breadcrumbs, post header with category, author, date and comment count, share buttons, featured image with
 * caption, a box score table, tags, "Related articles" block, the comment list with its reply form and the standings sidebar), and, from file c2, an
 * academy news story on Squarespace.
 */
const tTitle = 'Comets hold off Riverton late to snap three-game skid, 98-91';
const tLead = [
  j(
    'The Calder Bay Comets ended a three-game losing streak on Friday night at the Harbourline Arena, holding on for a 98-91 win over',
    'the Riverton Foundry after a fourth quarter in which a 17-point lead shrank to four with ninety seconds left.',
  ),
  j(
    'Guard Marcus Oyelaran led the way with 27 points and eight assists, and centre Piet van Soest added a double-double of 18 points',
    'and 13 rebounds in his second start since returning from a broken finger.',
  ),
];
const tHow = [
  j(
    'Calder Bay controlled the middle two quarters. A 14-2 run either side of half-time, started by back-to-back three-pointers from',
    'Oyelaran, turned a one-point game into a 59-46 lead, and the Comets stretched that to 80-63 early in the fourth.',
  ),
  j(
    'Riverton answered with a full-court press that produced three turnovers in two minutes. Forward Jalen Tisdale scored nine of his',
    'game-high 29 points in the period and cut the deficit to 93-89 with 1:31 to play.',
  ),
  j(
    'The Comets steadied at the free-throw line. Rookie Theo Lindqvist, who had missed his first two attempts of the night, made four',
    'in a row in the final minute to close it out.',
  ),
];
const tQuote = j(
  'We stopped moving the ball when they pressed us, and that is on me as much as the players. But we found a way, and after the week',
  'we have had, a win is a win.',
);
const tNotes = [
  'The Comets shot 48 per cent from the field and 14 of 31 from three-point range.',
  'Calder Bay outrebounded Riverton 46-37, including 12 offensive rebounds.',
  'Attendance was 6,214, the largest crowd at the Harbourline Arena this season.',
];
const tNext = [
  j(
    'The win lifts Calder Bay to 27-21, level with Orla for the final guaranteed play-off place with eleven games left in the regular',
    'season. Riverton drop to 24-24 and are now three games outside the top six.',
  ),
  j('The Comets begin a three-game road trip on Sunday at the Eastbrook Pilots, with tip-off at 5pm. The game is live on Comets TV and', 'on local radio.'),
];
const tTop = ['Friday, March 13, 2026', 'Contact', 'Advertise', 'Dance Team'];
const tMenu = ['Home', 'Team', 'Schedule', 'Tickets', 'News', 'Community', 'Shop'];
const tRelated = [
  'Van Soest cleared to return after finger injury',
  'Lindqvist named Rookie of the Month for February',
  'Road trip preview: Eastbrook, Orla, Penhallow',
];
const tSide = ['Standings', 'Eastbrook Pilots 31-17', 'Calder Bay Comets 27-21', 'Riverton Foundry 24-24'];
const tComments = ['Lindqvist ice cold at the end. That kid is going to be special.', 'That press nearly cost us again. Has to be sorted before Sunday.'];
const tBox = `<table class="boxscore"><thead><tr><th>Team</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Final</th></tr></thead><tbody>
<tr><td>Riverton</td><td>24</td><td>20</td><td>19</td><td>28</td><td>91</td></tr><tr><td>Calder Bay</td><td>25</td><td>27</td><td>28</td><td>18</td><td>98</td>
</tr>
</tbody></table>`;
const tHtml = `<!doctype html><html lang="en-US"><head><title>${tTitle} | Calder Bay Comets</title><meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="index, follow">
<meta property="og:type" content="article" /><meta property="og:title" content="${tTitle}" /><meta property="article:section" content="Game Recaps" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${tTitle}",
"datePublished":"2026-03-13T23:41:00+00:00","author":{"name":"Dana Whitcombe"},"commentCount":2}]}</script>
<link rel='stylesheet' id='td-theme-css' href='https://caldarbaycomets.example/wp-content/themes/Newspaper/style.css?ver=12.6.8' type='text/css' media='all' />
<script>var tdBlocksArray = []; var tds_login_sing_in_widget = "show"; var td_ajax_url = "https://caldarbaycomets.example/wp-admin/admin-ajax.php";</script>
</head>
<body class="post-template-default single single-post postid-7731 single-format-standard td-standard-pack global-block-template-1 tdb-template td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-header-top-menu">
<div class="td_data_time">${tTop[0]}</div><div class="menu-top-container"><ul id="menu-top"
class="top-header-menu">${links(tTop.slice(1), 'menu-item')}</ul></div>
</div></div><div class="td-header-menu-wrap-full td-container-wrap"><div id="td-header-menu" role="navigation"><div class="menu-main-container">
<ul id="menu-main" class="sf-menu">${links(tMenu, 'menu-item menu-item-type-custom td-menu-item td-normal-menu')}</ul></div>
<div class="header-search-wrap"><a id="td-header-search-button" href="#" aria-label="Search" role="button"><i
class="td-icon-search"></i></a></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a title="View all posts in Game Recaps" class="entry-crumb" href="/category/game-recaps/">Game Recaps</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-7731" class="post-7731 post type-post status-publish format-standard has-post-thumbnail category-game-recaps">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/game-recaps/">Game Recaps</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${tTitle}</h1><div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/dwhitcombe/">Dana Whitcombe</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-13T23:41:00+00:00">March 13, 2026</time></span>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>2</a></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php">
<div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet">
<div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-reddit" href="https://reddit.com/submit">
<div class="td-social-but-text">ReddIt</div></a></div></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img width="696" height="464" class="entry-thumb"
src="/wp-content/uploads/2026/03/oyelaran-riverton-696x464.jpg" alt="" title="oyelaran-riverton"/>
<figcaption class="wp-caption-text">Marcus Oyelaran drives past Jalen Tisdale. (Photo: Comets Media / Greg Halstead)</figcaption></figure></div>
${ps(tLead)}
<h3>How it happened</h3>
${ps(tHow)}
${tBox}
<h3>What they said</h3>
<blockquote class="td_quote td_quote_box td_box_center"><p>${tQuote}</p><cite>Comets head coach Lorna Pickavance</cite></blockquote>
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><div class="ad-slot" id="div-gpt-ad-77"></div></div>
<h3>Game notes</h3>
<ul>${lis(tNotes)}</ul>
<h3>Up next</h3>
${ps(tNext)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>
<li><a href="/tag/comets-2025-26/">Comets 2025-26</a></li><li><a href="/tag/southern-conference/">Southern Conference</a></li></ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-post-next-prev-content"><span>Previous article</span><a
href="/comets-fall-at-orla/">Comets fall at Orla as
second-half rally comes up short</a></div></div>
<div class="td-author-name vcard author"><span class="fn"><a href="/author/dwhitcombe/">Dana Whitcombe</a></span></div>
<div class="td-author-description">Dana covers the Comets for the team website and hosts the Full Court podcast.</div></footer></article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>
<a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div
class="td_block_inner">${links(tRelated, 'td-related-span4 td_module_related_posts')}</div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>2 COMMENTS</span></h4></div>
<ol class="comment-list">${tComments
  .map(
    (c, i) => `<li class="comment" id="li-comment-${91 + i}"><article><footer><cite>${['hoopsfromthebay', 'OldSchoolComet'][i]}</cite>
<a class="comment-link" href="#comment-${91 + i}"><time datetime="2026-03-14">March 14, 2026 At ${['8:02 am', '9:47 am'][i]}</time></a></footer>
<div class="comment-content"><p>${c}</p></div><div class="comment-meta"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3>
<form class="comment-form"><textarea placeholder="Comment:" name="comment"></textarea><input class="submit" name="submit" type="submit"
value="Post Comment"></form>
</div></div></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><aside class="widget widget_standings">
<h4 class="block-title"><span>${tSide[0]}</span></h4><ol>${lis(tSide.slice(1))}</ol></aside></div></div></div></div></div>
<div class="td-footer-wrapper td-footer-template-1"><div class="td-footer-info"><div
class="footer-text-wrap">The official website of the Calder Bay Comets.</div>
</div></div><div class="td-sub-footer-container"><div class="td-sub-footer-copy">© Copyright 2026 - Calder Bay Comets Basketball Club</div></div></div>
<script type='text/javascript' src='https://caldarbaycomets.example/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8'>
</script></body></html>`;
const tagdiv: TestPage = {
  name: 'heldout379-tagdiv-newspaper-game-recap',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: ['How it happened', 'What they said', 'Game notes', 'Up next'],
  body: texts([...tLead, ...tHow, tQuote, ...tNotes, ...tNext]),
  bylines: ['Dana Whitcombe', 'March 13, 2026', 'March 14, 2026 At 8:02 am', 'March 14, 2026 At 9:47 am', 'hoopsfromthebay', 'OldSchoolComet'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tTop, ...tMenu, 'Game Recaps', 'Facebook', 'Twitter', 'ReddIt', 'Marcus Oyelaran drives past Jalen Tisdale. (Photo: Comets Media / Greg Halstead)',
    'Comets head coach Lorna Pickavance', '- Advertisement -', 'TAGS', 'Comets 2025-26', 'Southern Conference', 'Previous article',
    'Comets fall at Orla as second-half rally comes up short', 'Dana covers the Comets for the team website and hosts the Full Court podcast.',
    'RELATED ARTICLES', 'MORE FROM AUTHOR', ...tRelated, '2 COMMENTS', ...tComments, 'Reply', 'LEAVE A REPLY', ...tSide,
    'The official website of the Calder Bay Comets.', '© Copyright 2026 - Calder Bay Comets Basketball Club',
  ],
};

export const HELDOUT379_C: readonly TestPage[] = [tagdiv, squarespace];
