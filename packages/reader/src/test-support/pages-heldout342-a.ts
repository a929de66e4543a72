import { links, ps, type TestPage, texts } from './page-kit.js';
import { sbNation } from './pages-heldout342-a2.js';
import { j, type Row, rowTexts, trs } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file a: a betting tips article on a WordPress site with tagDiv's Newspaper theme (18+ bar, header menu,
 * breadcrumbs, meta line with author, date and views, share buttons, featured image caption, odds table, in-article 18+ notice,
 * related posts, comment form, Complianz cookie banner, footer) and, from file a2, an SB Nation fantasy football column.
 */
const tTitle = 'Albion League betting tips: our best bets for Saturday&#39;s 3pm kick-offs';
const tIntro = [
  j(
    'Five of the six 3pm fixtures in the Albion League this weekend involve at least one side in the bottom half, and that tends to',
    'produce the kind of cagey, low-scoring afternoons the prices do not always reflect. We have picked out two matches where we think',
    'the market has it wrong and built a small treble around them.',
  ),
];
const tH = ['Harrowgate Athletic v Calder Town', 'Wexley Rovers v Port Sellin', 'Best odds at a glance', 'Our Saturday treble'];
const tP1 = [
  j(
    'Harrowgate have not kept a clean sheet at the Mill Lane ground since October, but Calder have scored only four away goals all',
    'season and their top scorer, Jonah Pettifer, serves a one-match ban. The bookmakers have Harrowgate at 2.10, which feels about',
    'right, yet the under 2.5 goals line at 1.85 looks generous for a game between two sides averaging 2.1 goals a match combined.',
  ),
  j(
    'Calder manager Iona Reddaway has set up with a back five in each of her last four away trips, and three of those finished 1-0',
    'or 0-0. We expect more of the same.',
  ),
];
const tP2 = [
  j(
    'Wexley are the form side of the division with six wins from seven, and the price on them at home to Port Sellin has shortened',
    'from 1.70 on Monday to 1.55. That is too short for a team who have drawn three times at home this season.',
  ),
  j(
    'The better value lies in Wexley to win to nil at 2.75. Port Sellin have failed to score in four of their last five and lost',
    'their first-choice striker to a hamstring injury in midweek. Keeper Tomas Brandlin has conceded just twice in his last 540 minutes.',
  ),
];
const tRows: Row[] = [
  ['Harrowgate Athletic v Calder Town', 'Under 2.5 goals', '1.85', 'Kestrel Bet'],
  ['Wexley Rovers v Port Sellin', 'Wexley to win to nil', '2.75', 'Fenwick Sports'],
  ['Dunmore City v Alder Vale', 'Both teams to score', '1.72', 'PitchOdds'],
];
const tP3 = [
  j(
    'Putting the three selections together gives a treble at around 8.7 with the best prices available on Friday morning. Odds move',
    'quickly once team news lands, so check the line-ups before you place anything.',
  ),
  j('As ever, treat these as opinions rather than certainties. Stake only what you have set aside for the weekend and never chase a', 'losing bet.'),
];
const tTop = ['Home', 'Football Tips', 'Racing Tips', 'Free Bets', 'Accumulators', 'Bookmaker Reviews'];
const tRel = [
  'Dunmore City v Alder Vale preview: both teams to score looks the play',
  'Midweek cup tips: three upsets we think are worth a small stake',
  'How to read Asian handicap odds without a headache',
];
const tFoot = ['About us', 'Contact', 'Privacy Policy', 'Cookie Policy', 'Responsible Gambling'];
const tHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Albion League betting tips: our best bets for Saturday's 3pm kick-offs - Touchline Tipster</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:site_name" content="Touchline Tipster">
<meta property="article:published_time" content="2026-03-13T08:00:00+00:00"><meta name="author" content="Callum Dreever">
<link rel="stylesheet" id="td-theme-css" href="https://touchlinetipster.example/wp-content/themes/Newspaper/style.css" type="text/css" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"Albion League betting tips","datePublished":"2026-03-13T08:00:00+00:00","author":{"name":"Callum Dreever"}}]}</script>
<script>var tdBlocksArray = []; var tds_login_sing_in_widget = "show"; var td_ajax_url = "https://touchlinetipster.example/wp-admin/admin-ajax.php";</script>
</head>
<body class="post-template-default single single-post postid-48211 single-format-standard td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time">Friday, March 13, 2026</div>
<div class="menu-top-container"><ul id="menu-top" class="top-header-menu"><li class="menu-item"><a href="/responsible-gambling">18+ | Gamble responsibly |
BeGambleAware.org</a></li></ul></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-logo-text">Touchline
Tipster</span></a></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><span class="td-adspot-title">- Advertisement -</span><div
class="td-a-rec td-a-rec-id-header"></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div id="td-header-menu" role="navigation">
<div class="menu-main-container"><ul id="menu-main" class="sf-menu">${links(tTop, 'menu-item menu-item-type-taxonomy')}</ul></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div
class="entry-crumbs">
<span><a title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb"
href="/category/football-tips/">Football Tips</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i>
<span class="td-bred-no-url-last">Albion League</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail category-football-tips">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/football-tips/">Football Tips</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${tTitle}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/callum/">Callum Dreever</a>
<div class="td-author-line">-</div></div><span class="td-post-date"><time class="entry-date updated td-module-date"
datetime="2026-03-13T08:00:00+00:00">March 13, 2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-48211">1214</span></div>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="#"><span
class="td-social-but-text">Facebook</span></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="#"><span class="td-social-but-text">Twitter</span></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="#"><span
class="td-social-but-text">WhatsApp</span></a>
</div></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img class="entry-thumb"
src="https://touchlinetipster.example/wp-content/uploads/2026/03/mill-lane.jpg"
alt="" width="696" height="392"><figcaption class="wp-caption-text">Mill Lane on a matchday. Photo: Touchline Tipster archive</figcaption></figure></div>
${ps(tIntro)}
<h2>${tH[0]}</h2>
${ps(tP1)}
<h2>${tH[1]}</h2>
${ps(tP2)}
<h3>${tH[2]}</h3>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Match</th><th>Tip</th><th>Best odds</th><th>Bookmaker</th></tr></thead><tbody>
${trs(tRows)}
</tbody></table></figure>
<p class="has-small-font-size td-gamble-notice"><em>18+. New customers only. Odds correct at time of writing and subject to change. T&amp;Cs apply.</em></p>
<h2>${tH[3]}</h2>
${ps(tP3)}
<div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Advertisement -</span></div></div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>
<li><a href="/tag/albion-league/">Albion League</a></li><li><a href="/tag/acca-tips/">Acca Tips</a></li></ul></div>
<div class="author-box-wrap"><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/callum/">Callum
Dreever</a></span></div>
<div class="td-author-description">Callum has covered lower-league football for a decade and keeps a public record of every tip.</div></div></div></footer>
<div class="td_block_wrap td_block_related_posts"><div class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>
<a class="td-related-right" href="#">MORE FROM AUTHOR</a></div><div class="td_block_inner">
${tRel
  .map(
    (r) => `<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3
class="entry-title td-module-title"><a href="#">${r}</a></h3></div></div>`,
  )
  .join('\n')}
</div></div></article>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h4 id="reply-title" class="comment-reply-title td-pb-padding-side">LEAVE A
REPLY</h4>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8"></textarea></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_social_counter">
<h4 class="block-title"><span class="td-pulldown-size">STAY CONNECTED</span></h4><div class="td-social-list"><span class="td_social_info">8,402 Fans</span>
<span class="td_social_info">3,190 Followers</span></div></div></div></div></div></div></div>
<div class="td-footer-wrapper td-footer-container td-container-wrap"><div class="td-footer-info"><div class="footer-text-wrap">Touchline Tipster offers opinion
on sporting events. We may earn commission from bookmakers we link to.</div></div><ul class="td-footer-menu">${links(tFoot, 'menu-item')}</ul></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-sub-footer-copy">© Touchline Tipster 2026. Please gamble responsibly. 18+
only.</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script type="text/javascript" src="https://touchlinetipster.example/wp-content/themes/Newspaper/js/tagdiv_theme.min.js" id="td-site-min-js"></script>
</body></html>`;
const tagDiv: TestPage = {
  name: 'heldout342-tagdiv-newspaper-betting-tips-news',
  kind: 'news',
  html: tHtml,
  title: "Albion League betting tips: our best bets for Saturday's 3pm kick-offs",
  headings: tH,
  body: texts([...tIntro, ...tP1, ...tP2, ...rowTexts(tRows), ...tP3]),
  bylines: ['Friday, March 13, 2026', 'Callum Dreever', 'March 13, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '18+ | Gamble responsibly | BeGambleAware.org', 'Touchline Tipster', '- Advertisement -', ...tTop, '1214',
    'Facebook', 'Twitter', 'WhatsApp', 'Mill Lane on a matchday. Photo: Touchline Tipster archive',
    '18+. New customers only. Odds correct at time of writing and subject to change. T&Cs apply.', 'TAGS', 'Acca Tips',
    'Callum has covered lower-league football for a decade and keeps a public record of every tip.', 'RELATED ARTICLES', 'MORE FROM AUTHOR',
    ...tRel, 'LEAVE A REPLY', 'STAY CONNECTED', '8,402 Fans', '3,190 Followers',
    'Touchline Tipster offers opinion on sporting events. We may earn commission from bookmakers we link to.', ...tFoot,
    '© Touchline Tipster 2026. Please gamble responsibly. 18+ only.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT342_A: readonly TestPage[] = [tagDiv, sbNation];
