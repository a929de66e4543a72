import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout450-kit.js';

/**
 * Held-out batch 450, file a: a corrections and clarifications column on a Guardian-style (DCR) newspaper template, and a
 * tagDiv Newspaper-theme WordPress article with an appended correction note and reader comments.
 */
const gTitle = 'Corrections and clarifications';
const gBody = [
  j(
    'An article about the reopening of the Marl Street swimming baths said the pool had been closed for nine years. It closed in',
    'October 2019, so it had been shut for just over six years (Doors open again at town’s oldest pool, 2 March, page 14).',
  ),
  j(
    'A report on the county council budget misstated the size of the proposed cut to library opening hours. The plan reduces',
    'hours by 12%, not 21% as we said. The figure was transposed during editing (Council sets out £38m savings plan, 28 February, page 6).',
  ),
  j(
    'In an interview with the ceramicist Odile Fenwarren, we referred to her kiln at Brackley Mill as wood-fired. It is a gas kiln;',
    'she fires with wood only at the annual open days (Clay, smoke and patience, 1 March, Weekend, page 32).',
  ),
  j(
    'A picture caption accompanying a piece on the Thornbury half-marathon named the runner in the foreground as Callum Ries.',
    'The runner was Callan Rees, who finished third in the men’s race (Wind and rain fail to stop record field, 3 March, page 52).',
  ),
  j(
    'An obituary of the former harbourmaster Gideon Plaice said he had served in the role for 30 years. He was harbourmaster from',
    '1981 to 2004, a period of 23 years, and before that was deputy harbourmaster for eight years (Obituaries, 27 February, page 41).',
  ),
  j(
    'Our guide to spring walks gave the wrong distance for the Sallow Ridge circular route. The route is 7.4 miles (11.9km), not',
    '4.7 miles. We apologise to readers who set out expecting a shorter walk (Ten walks for the lighter evenings, 1 March, Travel, page 9).',
  ),
  j(
    'A leading article on rail fares said the regional operator had raised season tickets by more than inflation in each of the',
    'past five years. That was true of four of the five years; in 2023 the increase was capped below inflation by the regulator',
    '(The fare’s the thing, 2 March, page 2).',
  ),
  j(
    'Editing changes to a review of the Lantern Theatre’s production of The Ferryman’s Daughter introduced an error, describing the',
    'play as a world premiere. It premiered in Cardiff in 2024; this is its first staging in the city (Arts, 26 February, page 17).',
  ),
  j(
    'It is the policy of the Courier to correct significant errors as soon as possible. Please write to',
    'corrections@halden-courier.example or to the Readers’ Editor, The Halden Courier, 9 Quayside, Halden HD1 4QP, including',
    'the date, page number and headline of the article in question.',
  ),
];
const gPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['Local', 'Business', 'Environment', 'Science', 'Education', 'Health'];
const gMost = [
  'Bypass plan returns to cabinet after two-year pause',
  'Halden’s last independent cinema finds a buyer',
  'Storm damage closes coastal path for a month',
  'School meals supplier loses contract after inspection',
];
const gMore = ['How we correct our mistakes: the readers’ editor explains', 'Open door: a headline that went too far'];
const gFoot = ['About us', 'Contact us', 'Complaints & corrections', 'Terms & conditions', 'Privacy policy', 'Cookie policy', 'Work for us'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle} | The Halden Courier</title>
<meta name="description" content="Corrections and clarifications published by the Halden Courier">
<meta property="og:title" content="${gTitle}"><meta property="og:type" content="article"><meta property="article:section" content="News">
<link rel="canonical" href="https://www.halden-courier.example/news/2026/mar/05/corrections-and-clarifications">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gTitle}",
"datePublished":"2026-03-05T18:30:00.000Z","author":[{"@type":"Person","name":"Corrections and clarifications column editor"}],
"publisher":{"@type":"Organization","name":"The Halden Courier"}}</script>
<script>window.guardian={"config":{"page":{"contentType":"Article","section":"news","isPaidContent":false},"switches":{"consentManagement":true}}};</script>
<style class="webfont">@font-face{font-family:GH Guardian Headline;font-display:swap}</style></head>
<body><div id="bannerandheader"><a href="#maincontent" class="dcr-1kcgbxn">Skip to main content</a>
<header data-component="header"><div class="dcr-1ui5b0v"><a href="https://support.halden-courier.example/" data-link-name="support">Support the Courier</a>
<a href="https://profile.halden-courier.example/signin" data-link-name="nav3 : topbar : signin">Sign in</a></div>
<nav data-component="nav2" aria-label="Courier sections"><ul class="dcr-1yr4tw5" role="menubar">${links(gPillars, 'dcr-u3k1qj')}</ul>
<ul data-testid="sub-nav" class="dcr-18oe6h">${links(gSub, 'dcr-10xq6oc')}</ul></nav></header></div>
<main data-layout="StandardLayout"><article class="dcr-1v3uhf4"><div class="dcr-9n1o4m">
<div data-gu-name="title"><div class="dcr-1f8q6o"><a data-link-name="article section" href="/news/series/corrections-and-clarifications"
class="dcr-1u9ed8t"><span>Corrections and clarifications</span></a></div></div>
<div data-gu-name="headline" class="dcr-1r4zbm"><div class="dcr-0"><h1 class="dcr-1p8p5b8">${gTitle}</h1></div></div>
<div data-gu-name="standfirst"><div class="dcr-1tc5p5q"><p>Spring walks | Obituaries | Swimming baths | Library hours</p></div></div>
<div data-gu-name="meta" class="dcr-1ja2ag"><div class="dcr-1u8ooj2"><div class="dcr-0"><address aria-label="Contributor info"
data-component="meta-byline">
<div class="dcr-1bmfgyf"><span><a rel="author" data-link-name="auth" href="https://www.halden-courier.example/profile/corrections">Corrections and
clarifications column editor</a></span></div></address></div>
<details class="dcr-km9fgb" data-gu-name="dateline"><summary class="dcr-1ybxn6r"><span class="dcr-u0h1qy">Thu 5 Mar 2026 18.30 GMT</span></summary>
</details><div class="dcr-1c1ml1r"><gu-island name="ShareButton" priority="feature" deferuntil="visible"><button type="button"
class="dcr-6iz4r6" aria-label="Share">
<span>Share</span></button></gu-island><gu-island name="CommentCount"><a href="#comments" data-link-name="Comment count">0</a></gu-island></div></div></div>
<div data-gu-name="body" class="dcr-ch7w1w"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1tutn7d">
${ps(gBody, ' class="dcr-s3ycb2"')}
</div><div class="dcr-1kqu2dm"><span class="dcr-1jf0ogp">Explore more on these topics</span><ul class="dcr-1y0mr4f">
<li><a href="/news/corrections">Corrections and clarifications</a></li><li><a href="/media/readers-editor">Readers’ editor</a></li></ul></div>
<div class="dcr-share-bottom"><a href="mailto:?subject=${gTitle}">Share</a><a href="/email/form/plaintext/12911">Reuse this content</a></div>
</div></div></article>
<aside data-gu-name="right-column"><div data-component="most-viewed-right" class="dcr-t1ry5o"><h2 class="dcr-p5yrzr">Most viewed</h2>
<ol class="dcr-1e5h1jl">${links(gMost, 'dcr-1u4ts2l')}</ol></div></aside>
<section data-component="more-on-this-story" data-link-name="More on this story"><h2 class="dcr-1msiaos">More on this story</h2>
<ul class="dcr-1mbqa5p">${links(gMore, 'dcr-1lyzuq8')}</ul></section>
<section data-component="newsletter-signup"><h2>Sign up to Courier Daily</h2>
<p class="dcr-14nzxfn">Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters</p>
<button type="submit" class="dcr-1lncwq1">Sign up</button>
<p class="dcr-1nwh96e">Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.</p></section></main>
<footer data-link-name="footer" data-component="footer" class="dcr-1uf6nrp"><ul class="dcr-1ikkrrb">${links(gFoot, 'dcr-1n8h0ql')}</ul>
<small class="dcr-1c4mq3m">© 2026 Halden Courier Media Ltd. All rights reserved.</small></footer>
<div id="sp_message_container_912433" class="sp_veil"><div class="message-container" role="dialog" aria-label="Privacy settings">
<p class="message-text">We use cookies and similar technologies to show you personalised content and ads, and to measure how the site is used.</p>
<button class="message-component message-button" title="Yes, I’m happy">Yes, I’m happy</button>
<button class="message-component message-button" title="Manage or reject cookies">Manage or reject cookies</button></div></div>
<script type="module" src="https://assets.halden-courier.example/assets/frameworks.client.web.js"></script></body></html>`;
const guardianStyle: TestPage = {
  name: 'heldout450-guardian-dcr-corrections-column-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gBody),
  bylines: ['Corrections and clarifications column editor', 'Thu 5 Mar 2026 18.30 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Support the Courier', 'Sign in', ...gPillars, ...gSub, 'Spring walks | Obituaries | Swimming baths | Library hours', 'Share',
    'Explore more on these topics', 'Readers’ editor', 'Reuse this content', 'Most viewed', ...gMost, 'More on this story', ...gMore,
    'Sign up to Courier Daily', 'Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters',
    'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.', ...gFoot,
    '© 2026 Halden Courier Media Ltd. All rights reserved.',
    'We use cookies and similar technologies to show you personalised content and ads, and to measure how the site is used.', 'Yes, I’m happy',
    'Manage or reject cookies',
  ],
};

const tTitle = 'Water board admits meter readings in Ostrava Lane estate were estimated for two years';
const tBody = [
  j(
    'More than 400 households on the Ostrava Lane estate were billed on estimated meter readings for almost two years, the Kessing',
    'Valley Water Board has confirmed, after residents compared notes in a neighbourhood chat group and found near-identical charges.',
  ),
  j(
    'The board said a software change in spring 2024 had stopped readings from the estate’s radio meters reaching its billing',
    'system. Bills continued to be issued on the basis of past use, and staff did not notice because the totals looked plausible.',
  ),
  j(
    '“We got this wrong and we are sorry,” said Marisol Teague, the board’s director of customer services. “Every affected account',
    'will be recalculated from actual readings, and no one will be asked to pay more than they would have paid on time.”',
  ),
  'The board has set out what residents can expect over the next three months:',
  'Letters to every affected household by the end of April, showing the estimated and the actual use for each quarter.',
  'Refunds paid automatically within 28 days where a customer was overcharged.',
  'Any underpayment spread over at least 12 months, with no interest and no late-payment fees.',
  'A dedicated phone line staffed on weekday evenings and Saturday mornings.',
  j(
    'Residents’ association chair Bertil Onwuka said the apology was welcome but overdue. “People with water leaks went months',
    'without knowing, because the bills never moved,” he said. “One neighbour found a burst pipe under her kitchen floor only when',
    'a plumber came for something else.”',
  ),
  j(
    'The regional consumer council has asked the board to report back on whether other estates fitted with the same meters were',
    'affected. A spokesperson for the board said an audit of 11 further sites was under way and would be published in June.',
  ),
  j(
    '<strong>Correction, March 6, 2026:</strong> An earlier version of this article said that more than 4,000 households had been',
    'billed on estimated readings. The correct figure is more than 400. The article also misspelled the name of the residents’',
    'association chair; he is Bertil Onwuka, not Bertil Onwuku. We regret the errors.',
  ),
];
const tMenu = ['Home', 'News', 'Council', 'Business', 'Schools', 'Sport', 'What’s On', 'Contact'];
const tTags = ['utilities', 'housing estates', 'consumer rights'];
const tRelated = [
  'Kessing Valley drought order lifted after wettest February on record',
  'Estate residents win fight over broken lifts',
  'New reservoir plan goes to public consultation',
];
const tPopular = ['Road closures for the spring fair: full list', 'Bakery on Mill Row shuts after 60 years', 'Parking fees to rise in town centre'];
const tComments: [string, string, string][] = [
  ['Jonah P.', 'March 5, 2026 at 8:14 pm', 'Same thing happened on our street in 2021. Check your meter yourself, people.'],
  ['Fern Ashdown', 'March 6, 2026 at 7:02 am', 'Good to see the board owning it. Now do the sewerage charges.'],
];
const tHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>${tTitle} - Kessing Valley Echo</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-05T16:20:11+00:00"><meta property="article:modified_time" content="2026-03-06T09:41:55+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"${tTitle}","author":{"name":"Priya Halloran"},"datePublished":"2026-03-05T16:20:11+00:00"}]}</script>
<link rel='stylesheet' id='td-theme-css' href='https://kvecho.example/wp-content/themes/Newspaper/style.css?ver=12.6.3' type='text/css' media='all' />
<script>var tdBlocksArray = []; var tds_login_sing_in_widget = "show"; var td_ajax_url = "https://kvecho.example/wp-admin/admin-ajax.php";</script>
</head><body class="post-template-default single single-post postid-48812 single-format-standard td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-header-top-menu">
<div class="td_data_time">Friday, March 6, 2026</div><ul class="top-header-menu"><li><a href="/advertise">Advertise</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></div></div>
<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation"><div class="menu-main-container"><ul id="menu-main-1" class="sf-menu">
${links(tMenu, 'menu-item menu-item-type-custom')}</ul></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://kvecho.example/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a title="View all posts in News" class="entry-crumb" href="https://kvecho.example/category/news/">News</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-48812" class="post-48812 post type-post status-publish format-standard has-post-thumbnail category-news">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="https://kvecho.example/category/news/">News</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${tTitle}</h1><div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://kvecho.example/author/phalloran/">Priya Halloran</a>
<div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date"
datetime="2026-03-05T16:20:11+00:00">March 5, 2026</time></span>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>2</a></div><div class="td-post-views"><i class="td-icon-views"></i>
<span class="td-nr-views-48812">1,932</span></div></div></header></div>
<div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text">
<div class="td-social-but-text">Share</div></div><a class="td-social-sharing-button td-social-facebook" href="#"><div
class="td-social-but-text">Facebook</div></a>
<a class="td-social-sharing-button td-social-twitter" href="#"><div class="td-social-but-text">Twitter</div></a>
<a class="td-social-sharing-button td-social-whatsapp" href="#"><div class="td-social-but-text">WhatsApp</div></a></div>
<div class="td-post-featured-image"><figure><a href="https://kvecho.example/wp-content/uploads/2026/03/ostrava-lane.jpg" data-caption="">
<img width="696" height="392" class="entry-thumb" src="https://kvecho.example/wp-content/uploads/2026/03/ostrava-lane-696x392.jpg" alt=""></a>
<figcaption class="wp-caption-text">Radio meters on the Ostrava Lane estate stopped reporting in 2024. Photo: Kessing Valley Echo</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
${ps(tBody.slice(0, 4))}
<ul>${tBody
  .slice(4, 8)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><div id="div-gpt-ad-inline-1"></div></div>
${ps(tBody.slice(8, 10))}
<p class="kve-readmore"><strong>Read more:</strong> <a href="/news/drought-order-lifted">Kessing Valley drought order lifted after wettest
February on record</a></p>
<hr>${ps(tBody.slice(10))}
</div><footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>
${links(tTags)}</ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span>
<a href="/news/lifts">Estate residents win fight over broken lifts</a></div></div></div>
<div class="author-box-wrap"><a href="/author/phalloran/"><img alt="" src="https://secure.gravatar.example/avatar/91.jpg" class="avatar"></a>
<div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/phalloran/">Priya Halloran</a></span></div>
<div class="td-author-description">Priya covers utilities, housing and local government for the Echo.</div></div></div></footer>
<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title">
<a id="tdi_4" class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4>
<div class="td_block_inner">${tRelated
  .map(
    (r) => `<div class="td-module-container">
<h3 class="entry-title td-module-title"><a href="#">${r}</a></h3></div>`,
  )
  .join('\n')}
</div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>2 COMMENTS</span></h4></div>
<ol class="comment-list">${tComments
  .map(
    ([who, when, text], i) => `<li class="comment" id="li-comment-${i + 90}"><article><footer><img alt="" src="https://secure.gravatar.example/avatar/${i}.jpg"
class="avatar"><cite><a href="#" rel="external nofollow ugc" class="url">${who}</a></cite><a class="comment-link" href="#comment-${i + 90}"><time
pubdate="">${when}</time></a></footer><div class="comment-content"><p>${text}</p></div><div class="comment-meta" id="comment-${i + 90}"><a rel="nofollow"
class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3><form class="comment-form">
<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" name="comment" cols="45" rows="8"></textarea>
</div><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div></div>
</article></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_popular">
<h4 class="block-title"><span>Most Popular</span></h4>${links(tPopular, 'td-block-span12')}</div>
<div class="td_block_wrap tdm_block_newsletter"><h3 class="tds-title">Get the Echo in your inbox</h3>
<p class="tdm-descr">Local news every weekday morning. Free, and you can unsubscribe at any time.</p><button class="tds-button">Subscribe</button></div>
</div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-footer-bottom-full"><div class="td-pb-span12">
<div class="footer-text-wrap">The Kessing Valley Echo is an independent local newspaper. Contact us: newsdesk@kvecho.example</div></div></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">© Copyright 2026 - Kessing Valley Echo Ltd</div></div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1" aria-modal="true" role="dialog"><div class="cmplz-message">
We use cookies to optimise our website and our service.</div><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script type='text/javascript' src='https://kvecho.example/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.3'></script>
</body></html>`;
const tagdiv: TestPage = {
  name: 'heldout450-tagdiv-newspaper-correction-note-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['Priya Halloran', 'March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Friday, March 6, 2026', 'Advertise', ...tMenu, 'Share', 'Facebook', 'Twitter', 'WhatsApp',
    'Radio meters on the Ostrava Lane estate stopped reporting in 2024. Photo: Kessing Valley Echo', '- Advertisement -',
    'Read more: Kessing Valley drought order lifted after wettest February on record', 'TAGS', ...tTags, 'Previous article',
    'Priya covers utilities, housing and local government for the Echo.', 'RELATED ARTICLES', 'MORE FROM AUTHOR', ...tRelated, '2 COMMENTS',
    ...tComments.flatMap(([who, when, text]) => [who, when, text]), 'Reply', 'LEAVE A REPLY', 'Most Popular', ...tPopular,
    'Get the Echo in your inbox', 'Local news every weekday morning. Free, and you can unsubscribe at any time.', 'Subscribe',
    'The Kessing Valley Echo is an independent local newspaper. Contact us: newsdesk@kvecho.example', '© Copyright 2026 - Kessing Valley Echo Ltd',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT450_A: readonly TestPage[] = [guardianStyle, tagdiv];
