import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file d2: a poll results article on a regional news site built on the tagDiv Newspaper WordPress theme
 * (top bar with date and weather, main menu, breadcrumbs, category label, author / date / views / reading time, the share
 * bar, a featured image with caption and credit, h2 sections, a results table, a quote, an inline "Read more" promo, tags,
 * the newsletter box, related posts, two reader comments with the reply form, the sidebar with most read and an ad label, and
 * the footer).
 */
const nTitle = 'Readers’ poll: two in three back a 20mph limit in Harwick town centre';
const nLead = [
  j(
    'Almost two thirds of readers who took part in our online poll support cutting the speed limit in Harwick town centre to 20mph,',
    'but many of them want the change limited to the streets around the market square and the two primary schools.',
  ),
  j(
    'The poll ran for a fortnight after the county council announced that it would consult on lower limits in six market towns.',
    'In all, 2,814 people voted, and more than 400 left a comment explaining their choice.',
  ),
];
const nS1 = 'How readers voted';
const nRows: [string, string, string][] = [
  ['Support a 20mph limit across the whole town centre', '1,041', '37%'],
  ['Support 20mph only near schools and the market square', '788', '28%'],
  ['Keep the current 30mph limit', '873', '31%'],
  ['Not sure', '112', '4%'],
];
const nS1Text = [
  j(
    'Support was strongest among readers who said they live inside the ring road. Those who drive into Harwick for work were more',
    'evenly split, and a clear majority of people who told us they run a business in the centre wanted to keep the current limit.',
  ),
];
const nS2 = 'What readers told us';
const nS2Text = [
  j(
    'Parents made up a large share of those backing the change. Several described the walk to St Aldhelm’s Primary along Bridge',
    'Street, where the pavement narrows to less than a metre outside the old tannery.',
  ),
  j(
    'Opponents mostly questioned whether a lower limit would be enforced. Others worried that delivery drivers would simply use the',
    'residential roads behind the high street to avoid the centre.',
  ),
];
const nQuote = 'I am not against slowing people down, but put a camera on Bridge Street before you paint new signs on every lamp post.';
const nS3 = 'What happens next';
const nS3Text = ['The county council’s formal consultation opens next month. It will ask residents to choose between three options:'];
const nList = ['A town-wide 20mph zone', 'A smaller zone around schools and the market square', 'No change, with more speed checks instead'];
const nS3After = [
  j(
    'Our poll is not a scientific survey: anyone could vote, and we cannot check where voters live. But the council’s highways',
    'lead, Cllr Imogen Pratley, said the results were “a useful signal” and that the authority would read every comment.',
  ),
];
const nNav = ['News', 'Sport', 'What’s On', 'Business', 'Property', 'Jobs', 'Announcements'];
const nTags = ['Speed limits', 'Road safety', 'Reader polls', 'Local politics'];
const nRelated = [
  'Bridge Street pavement to be widened after school petition',
  'Market square parking charges to rise in April',
  'Bus route 14 saved for another year',
];
const nMost = ['Ferry service cancelled for a third day', 'New head named at Harwick Academy', 'Police appeal after cycle shop break-in'];
const nFoot = ['About us', 'Contact us', 'Advertise with us', 'Complaints', 'Privacy policy', 'Terms and conditions'];
const nComments: [string, string, string][] = [
  ['DaveOnTheHill', 'March 9, 2026 at 8:14 am', 'Fine by me as long as the buses are not held up any more than they already are.'],
  ['Marla Quince', 'March 9, 2026 at 10:02 am', 'The survey option about schools is the sensible one. Nobody does 30 on the high street on a Saturday anyway.'],
];
const nHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>${nTitle} | Harwick Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Almost two thirds of readers back a 20mph limit.">
<meta property="og:type" content="article"><meta property="og:title" content="${nTitle}"><meta property="article:section" content="News">
<meta property="article:published_time" content="2026-03-09T06:30:00+00:00"><meta name="author" content="Tamsin Rowe">
<link rel="stylesheet" id="td-theme-css" href="https://harwickcourier.example/wp-content/themes/Newspaper/style.css?ver=12.6.5" type="text/css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-09T06:30:00+00:00",
"author":{"@type":"Person","name":"Tamsin Rowe"},"publisher":{"@type":"Organization","name":"Harwick Courier"}}</script>
<script>var tdBlocksArray = []; var tds_general_modal_image = "yes"; window.tdwGlobal = {"adminUrl":"","wpRestNonce":"3f2a1c"};</script></head>
<body class="post-template-default single single-post td-standard-pack global-block-template-1 single_template_2">
<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap">
<div class="td-header-top-menu"><div class="td_data_time">Monday, March 9, 2026</div><div class="td-weather-top-widget">8°C Harwick</div></div></div>
<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation"><a class="td-main-logo" href="/"><span class="td-logo-text">Harwick
Courier</span></a><ul id="menu-main" class="sf-menu">${links(nNav, 'menu-item')}</ul></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-2"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a title="View all posts in News" class="entry-crumb" href="/category/news/">News</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail category-news">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/news/">News</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${nTitle}</h1><div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/tamsin-rowe/">Tamsin Rowe</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-09T06:30:00+00:00">March 9, 2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-48213">1,932</span></div>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>2</a></div>
<div class="td-post-reading-time">4 min read</div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">
<span class="td-social-but-text">Share</span>
<a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a>
<a class="td-social-sharing-button td-social-twitter" href="#"><span class="td-social-but-text">Twitter</span></a>
<a class="td-social-sharing-button td-social-whatsapp" href="#"><span class="td-social-but-text">WhatsApp</span></a>
<a class="td-social-sharing-button td-social-mail" href="#"><span class="td-social-but-text">Email</span></a></div></div></div>
<div class="td-post-featured-image"><figure><a href="/wp-content/uploads/2026/03/bridge-street.jpg" data-caption="Traffic on Bridge Street">
<img class="entry-thumb" src="/wp-content/uploads/2026/03/bridge-street-696x464.jpg" alt="" width="696" height="464"></a>
<figcaption class="wp-caption-text">Morning traffic on Bridge Street, where parents say the pavement is too narrow. Picture: Owen Falk</figcaption>
</figure></div>
<div class="td-post-content tagdiv-type">
${ps(nLead)}
<h2>${nS1}</h2>
<table class="wp-block-table"><thead><tr><th>Option</th><th>Votes</th><th>Per cent</th></tr></thead><tbody>
${nRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(nS1Text)}
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><div id="div-gpt-inline-1"></div></div>
<h2>${nS2}</h2>
${ps(nS2Text)}
<blockquote class="wp-block-quote"><p>${nQuote}</p><cite>Poll respondent, Harwick</cite></blockquote>
<p class="read-more-promo"><strong>Read more:</strong> <a href="/news/bridge-street-pavement/">Bridge Street pavement to be widened after school
petition</a></p>
<h2>${nS3}</h2>
${ps(nS3Text)}
<ul>${nList.map((l) => `<li>${l}</li>`).join('')}</ul>
${ps(nS3After)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${links(nTags)}</ul></div>
<div class="td-newsletter-box"><h4>Get the Courier in your inbox</h4><p>The day’s top Harwick stories, every morning at 7am.</p>
<form><input type="email" placeholder="Your email address"><button type="submit">Sign up</button></form></div></footer></article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED
ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner">
${nRelated
  .map(
    (r) => `<div class="td-related-span4"><div class="td_module_related_posts">
<h3 class="entry-title td-module-title"><a href="#">${r}</a></h3></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>2 COMMENTS</span></h4></div>
<ol class="comment-list">${nComments
  .map(
    ([who, when, text], i) => `<li class="comment" id="li-comment-${i + 90}"><article><footer><cite>${who}</cite>
<a class="comment-link" href="#comment-${i + 90}"><time pubdate="">${when}</time></a></footer><div class="comment-content"><p>${text}</p></div>
<div class="comment-meta"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3>
<form class="comment-form"><textarea placeholder="Comment:"></textarea><p class="comment-form-cookies-consent"><label>Save my name, email, and website in this
browser for the next time I comment.</label></p><input type="submit" class="submit" value="Post Comment"></form></div></div></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><aside class="td_block_template_1 widget"><h4 class="block-title"><span>Most Read</span></h4>
<ul>${links(nMost)}</ul></aside><aside class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement -</span></aside></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="footer-text-wrap">The Harwick Courier has served the town and its villages since 1871.</div>
<ul class="td-footer-links">${links(nFoot)}</ul><div class="td-sub-footer-copy">© Harwick Courier Ltd 2026. All rights reserved.</div></div></div>
<script type="text/javascript" src="https://harwickcourier.example/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js"></script>
</body></html>`;
export const newsPoll: TestPage = {
  name: 'heldout442-tagdiv-newspaper-poll-results',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nS1, nS2, nS3],
  body: texts([...nLead, ...nRows.flat(), ...nS1Text, ...nS2Text, nQuote, ...nS3Text, ...nList, ...nS3After]),
  bylines: ['Tamsin Rowe', 'March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Monday, March 9, 2026', '8°C Harwick', 'Harwick Courier', ...nNav, 'Home', '1,932', '4 min read', 'Share', 'Facebook', 'Twitter', 'WhatsApp', 'Email',
    'Morning traffic on Bridge Street, where parents say the pavement is too narrow. Picture: Owen Falk', '- Advertisement -', 'Poll respondent, Harwick',
    'Read more:', 'TAGS', ...nTags, 'Get the Courier in your inbox', 'The day’s top Harwick stories, every morning at 7am.', 'Sign up', 'RELATED ARTICLES',
    'MORE FROM AUTHOR', ...nRelated, '2 COMMENTS', ...nComments.flat(), 'Reply', 'LEAVE A REPLY',
    'Save my name, email, and website in this browser for the next time I comment.', 'Most Read', ...nMost,
    'The Harwick Courier has served the town and its villages since 1871.', ...nFoot, '© Harwick Courier Ltd 2026. All rights reserved.',
  ],
};
