import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout243-kit.js';

/**
 * Held-out batch 243, file d2: a hospitality trade news article on WordPress with tagDiv's Newspaper theme (td- classes:
 * top bar with date and login, header ad, main menu, breadcrumbs, category tag, author and date, view and comment counts,
 * the share bar above and below, the featured image with caption, a pull quote, a data table, an inline "Read more" promo,
 * tags, previous / next article links, the author box, "Related articles", the comment form, the sidebar with "Most
 * popular" and a newsletter block, and the footer).
 */
const title = 'Regional hotel occupancy climbs to 78% as conference bookings return';
const p1 = [
  j(
    'Properties outside the capital filled 78 per cent of their rooms in the first quarter of 2026, the highest figure for the period',
    'since records began in the current form, according to the latest Hotel Performance Index published by the Norland Hospitality',
    'Association on Tuesday.',
  ),
  j(
    'The rise, up from 71 per cent a year earlier, was driven largely by midweek business travel. Conference and meeting bookings',
    'rose by a third compared with the same quarter of 2025, with the strongest growth in cities with purpose-built event venues.',
  ),
  j(
    'Average daily rate rose more slowly, by 4.2 per cent, which the association said suggested hotels were prioritising volume over',
    'price after two years of steep increases.',
  ),
];
const p2 = [
  j(
    'Growth was uneven across the country. City hotels in the north recorded the strongest gains, while coastal resorts, which rely',
    'on leisure guests, were broadly flat.',
  ),
];
const tableRows = [
  ['Northern cities', '81%', '+9 pts', '£104'],
  ['Midlands', '77%', '+7 pts', '£96'],
  ['Western counties', '74%', '+4 pts', '£112'],
  ['Coastal resorts', '62%', '+1 pt', '£121'],
];
const rowText = (r: string[]): string => r.join(' ');
const p3 = [
  j(
    'Marguerite Olsen, chief executive of the association, said the figures showed the sector had absorbed higher costs better than',
    'many had feared. But she warned that staffing remained the biggest constraint on growth, with one in five members reporting they',
    'had closed rooms during the quarter because they could not clean them.',
  ),
];
const quote = j(
  'We are seeing demand that we simply cannot serve on some nights. A room you cannot turn around is a room you cannot sell, however',
  'full the diary looks.',
);
const p4 = [
  j(
    'Independent operators told the survey that the return of corporate events had changed the shape of their week. “Two years ago',
    'our Tuesday nights were almost empty,” said Callum Fairweather, who runs the 54-room Fairweather House in Strand Mill. “Now they',
    'are our best night of the week, and it is weekends we have to work for.”',
  ),
  j(
    'The association expects occupancy to ease slightly in the second quarter as the conference season slows, but has raised its',
    'full-year forecast from 74 to 76 per cent. The next index will be published in July.',
  ),
];
const headings = ['North leads the recovery', 'Staffing the main constraint'];
const menu = ['Home', 'News', 'Hotels', 'Restaurants', 'Technology', 'People', 'Events', 'Jobs'];
const tags = ['Conferences', 'Occupancy', 'Trade Bodies', 'Regional Hotels'];
const related = [
  'Hotel groups warn of summer staffing gaps as visa rules change',
  'Meeting room demand lifts midweek rates in city hotels',
  'Guesthouse owners turn to shared laundries to cut costs',
];
const popular = ['Top 50 independent hotels of the year', 'The rise of the boutique hostel', 'What guests really want from breakfast'];
const foot = ['About us', 'Advertise', 'Contact us', 'Privacy Policy', 'Terms'];
const share = `<div class="td-post-sharing td-ps-bg td-ps-notext"><div class="td-post-sharing-visible"><div class="td-social-sharing-button
td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-text">Share</div></div>
<a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a>
<a class="td-social-sharing-button td-social-linkedin" href="#"><span class="td-social-but-text">LinkedIn</span></a>
<a class="td-social-sharing-button td-social-mail" href="#"><span class="td-social-but-text">Email</span></a></div></div>`;
const html = `<!doctype html >
<html lang="en-GB"><head><title>${title} | Hospitality Ledger</title><meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:type" content="article" />
<meta property="article:published_time" content="2026-03-17T07:45:00+00:00" /><meta name="author" content="Gareth Penhallow" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2026-03-17T07:45:00+00:00",
"author":{"@type":"Person","name":"Gareth Penhallow"},"publisher":{"@type":"Organization","name":"Hospitality Ledger"}}</script>
<link rel='stylesheet' id='td-theme-css' href='https://www.hospitalityledger.example/wp-content/themes/Newspaper/style.css' type='text/css' media='all' />
<script>var tdBlocksArray = []; var td_ajax_url="https://www.hospitalityledger.example/wp-admin/admin-ajax.php";</script></head>
<body class="post-template-default single single-post postid-48812 global-block-template-1 single_template_2 td-full-layout" itemscope
itemtype="https://schema.org/WebPage"><div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-header-top-menu"><div class="td_data_time">Tuesday, March 17, 2026</div>
<ul class="top-header-menu"><li><a class="td-login-modal-js" href="#login-form">Sign in / Join</a></li></ul></div></div>
<div class="td-header-wrap td-header-style-1"><div class="td-logo-wrap"><a class="td-main-logo" href="/">Hospitality Ledger</a></div>
<div class="td-header-sp-recs"><div class="td-a-rec td-a-rec-id-header"><span class="td-adspot-title">- Advertisement -</span></div></div>
<div id="td-header-menu" role="navigation"><ul id="menu-main-menu" class="sf-menu">${links(menu, 'menu-item menu-item-type-taxonomy')}</ul></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a class="entry-crumb" href="/category/news/">News</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-48812" class="post-48812 post type-post status-publish format-standard has-post-thumbnail category-news">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/hotels/">Hotels</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${title}</h1><div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/gpenhallow/">Gareth Penhallow</a>
<div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-17T07:45:00+00:00">17 March 2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-48812">1,284</span></div>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div></header></div>
${share}
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img width="696" height="464" class="entry-thumb"
src="https://www.hospitalityledger.example/wp-content/uploads/2026/03/conference-hall.jpg" alt="" />
<figcaption class="wp-caption-text">Delegates at a trade conference in Strand Mill last month. Photo: Hospitality Ledger</figcaption></figure></div>
${ps(p1)}
<h3>${headings[0]}</h3>
${ps(p2)}
<table class="wp-block-table"><thead><tr><th>Region</th><th>Occupancy</th><th>Change</th><th>Average rate</th></tr></thead><tbody>
${tableRows.map((r) => `<tr>${r.map((c) => `<td>${c} </td>`).join('')}</tr>`).join('\n')}</tbody></table>
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>
<h3>${headings[1]}</h3>
${ps(p3)}
<blockquote class="td_quote_box td_box_center"><p>${quote}</p></blockquote>
<p class="td-inline-read-more"><strong>Read more:</strong> <a href="/hotel-groups-warn-staffing">Hotel groups warn of summer staffing gaps as visa rules
change</a></p>
${ps(p4)}
</div><footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>
${links(tags)}</ul></div>${share}
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span>
<a href="/shared-laundries">Guesthouse owners turn to shared laundries to cut costs</a></div></div><div class="td-block-span6 td-post-next-post">
<div class="td-post-next-prev-content"><span>Next article</span><a href="/awards-shortlist">Hotel awards shortlist announced for 2026</a></div></div></div>
<div class="td-author-name vcard author"><a href="/author/gpenhallow/">Gareth Penhallow</a></div>
<div class="td-author-description">Gareth covers hotel trading, investment and the workforce for Hospitality Ledger.</div></footer></article>
<div class="td_block_wrap td_block_related_posts"><div class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>
<a class="td-related-right" href="#">MORE FROM AUTHOR</a></div><ul>${links(related.slice(1), 'td-related-span4')}</ul></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3>
<form class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" name="comment"
></textarea></div><div class="form-submit"><input name="submit" type="submit" class="submit" value="Post Comment" /></div></form></div></div></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_7">
<div class="td-block-title-wrap"><h4 class="block-title"><span class="td-pulldown-size">Most Popular</span></h4></div><ul>${links(popular)}</ul></div>
<div class="td_block_wrap tdm_block_inline_text"><h4 class="block-title">The Ledger Daily</h4><p>Hotel news every weekday morning.</p>
<form><input type="email" placeholder="Your email"><button type="submit">Sign me up</button></form></div></div></div></div></div></div>
<div class="td-footer-wrapper td-footer-container"><div class="td-footer-bottom-full"><ul>${links(foot)}</ul>
<div class="td-sub-footer-copy">© Hospitality Ledger 2026. Published by Ledger Trade Media.</div></div></div></div>
<script type='text/javascript' src='https://www.hospitalityledger.example/wp-content/themes/Newspaper/js/tagdiv_theme.min.js' id='td-site-min-js'></script>
</body></html>`;
export const tradeNews: TestPage = {
  name: 'heldout243-newspaper-trade-news',
  kind: 'news',
  html,
  title,
  headings,
  body: texts([...p1, ...p2, ...tableRows.map(rowText), ...p3, quote, ...p4]),
  bylines: ['Gareth Penhallow', '17 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tuesday, March 17, 2026', 'Sign in / Join', 'Hospitality Ledger', '- Advertisement -', ...menu, '1,284', 'Share', 'Facebook', 'LinkedIn',
    'Email', 'Delegates at a trade conference in Strand Mill last month. Photo: Hospitality Ledger', 'Read more:', ...related, 'TAGS', ...tags,
    'Previous article', 'Next article', 'Hotel awards shortlist announced for 2026',
    'Gareth covers hotel trading, investment and the workforce for Hospitality Ledger.', 'RELATED ARTICLES', 'MORE FROM AUTHOR', 'LEAVE A REPLY',
    'Most Popular', ...popular, 'The Ledger Daily', 'Hotel news every weekday morning.', 'Sign me up', ...foot,
    '© Hospitality Ledger 2026. Published by Ledger Trade Media.',
  ],
};
