import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout703-kit.js';

/**
 * Held-out batch 703, file b: an accountancy trade publication's news story on WordPress with the tagDiv Newspaper theme
 * (cloud template blocks, inline ads, pull quote, related articles and comment form), and a LinkedIn article in its
 * signed-out guest view with reactions and comments.
 */
const tTitle = 'Audit insurance premiums up 38% for small firms, ICPB survey finds';
const tDek = 'Nearly one in five practices with fewer than ten partners say they will stop taking on audit clients within two years';
const tA = [
  j(
    'Professional indemnity premiums for small accountancy practices that carry out audits rose by an average of 38% at their last',
    'renewal, according to a survey of 1,140 firms published this week by the Institute of Chartered Practitioners and Bookkeepers',
    '(ICPB).',
  ),
  j(
    'The increase was steepest for firms with fewer than ten partners, where the median annual premium reached £46,200, up from',
    '£33,500 a year earlier. Larger firms reported rises of between 12% and 20%.',
  ),
  j(
    'Insurers blame a run of claims arising from audits of property developers and care-home operators that collapsed after 2024,',
    'along with the longer limitation period introduced by the Audit Reform Act 2025.',
  ),
];
const tH1 = 'Firms rethink their audit books';
const tB = [
  j(
    '“Some of our members have been quoted premiums that would wipe out the margin on an entire year of audit work,” said Rachel',
    'Okonjo, head of practice policy at the ICPB. “Audit is turning into a service that only the larger networks can afford to offer.”',
  ),
  j(
    'Of the firms surveyed, 19% said they expected to stop taking on audit clients within two years, and a further 27% said they were',
    'reviewing which audits to keep. The reasons given most often were:',
  ),
];
const tList = [
  'rising insurance costs (cited by 71% of respondents)',
  'the cost of meeting the new audit quality standard (58%)',
  'difficulty recruiting qualified audit staff (44%)',
  'fee pressure from clients (39%)',
];
const tC = j(
  'Small companies that lose their auditor could struggle to find a replacement, the ICPB warned, particularly charities and housing',
  'associations that are required by law to have an audit.',
);
const tH2 = 'Median annual premium by firm size';
const tRows = [
  ['Firm size', '2025', '2026', 'Change'],
  ['Sole practitioner', '£18,900', '£27,100', '+43%'],
  ['2–9 partners', '£33,500', '£46,200', '+38%'],
  ['10–49 partners', '£71,000', '£84,800', '+19%'],
  ['50+ partners', '£212,000', '£238,000', '+12%'],
];
const tH3 = 'Insurers expect the market to settle';
const tD = [
  j(
    'The Professional Liability Underwriters Group said premiums reflected claims experience and would stabilise as the market',
    'adjusted. “Firms with strong quality controls and a clean claims record are still finding competitive terms,” a spokesman said.',
  ),
  j(
    'The ICPB has asked the Financial Reporting Office to consider whether liability caps agreed with clients could be extended to',
    'smaller audits, a change it argues would bring premiums down. The regulator said it would respond to the request in the summer.',
  ),
];
const tNav = ['Home', 'News', 'Audit', 'Tax', 'Practice', 'Technology', 'Careers', 'Events', 'Awards'];
const tCrumbs = ['Home', 'News', 'Audit'];
const tShare = ['Share', 'Facebook', 'Twitter', 'Linkedin', 'Email'];
const tTags = ['audit', 'ICPB', 'professional indemnity', 'small practices'];
const tRel: [string, string][] = [
  ['Regulator fines Cheshire firm £90,000 over care-home accounts', 'February 27, 2027'],
  ['Audit exemption threshold rise “would take 6,000 companies out of audit”', 'February 19, 2027'],
  ['Big Four graduate intake falls for the second year', 'February 11, 2027'],
];
const tFootNav = ['About us', 'Advertise', 'Contact', 'Privacy policy', 'Terms'];
const tAd = `<div class="td-a-rec td-a-rec-id-content_inline tdi_71 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span>
<div class="td-all-devices"><a href="https://ads.ledgerline.co.uk/click?c=882"><img
src="https://www.practiceledger.co.uk/wp-content/uploads/2027/01/pi-cover-728.jpg"
alt=""></a></div></div>`;
const tHtml = `<!doctype html >
<html lang="en-GB"><head><title>Audit insurance premiums up 38% for small firms, ICPB survey finds | Practice Ledger</title>
<meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="pingback"
href="https://www.practiceledger.co.uk/xmlrpc.php" />
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<meta property="og:locale" content="en_GB" /><meta property="og:type" content="article" /><meta property="og:title" content="${tTitle}" />
<meta property="og:site_name" content="Practice Ledger" /><meta property="article:published_time" content="2027-03-04T06:30:00+00:00" />
<meta name="author" content="Daniel Ferreira" /><meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="Daniel Ferreira" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tTitle}",
"datePublished":"2027-03-04T06:30:00+00:00","author":{"name":"Daniel Ferreira"},"wordCount":486,"articleSection":["Audit","News"]}]}</script>
<link rel='stylesheet' id='td-theme-css' href='https://www.practiceledger.co.uk/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />
<link rel='stylesheet' id='tdb_style_cloud_templates_front-css'
href='https://www.practiceledger.co.uk/wp-content/plugins/td-cloud-library/assets/css/tdb_main.css'
type='text/css' media='all' />
<script type="text/javascript" id="td-generated-header-js">var tdBlocksArray = []; var tds_login_sing_in_widget="show";
var td_ajax_url="https:\\/\\/www.practiceledger.co.uk\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5"; var tdDateNamesI18n = {};</script>
</head>
<body class="post-template-default single single-post postid-48211 single-format-standard td-standard-pack tdb_template_112 tdb-template td-theme-newspaper"
itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse
our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative"><div class="td-header-desktop-wrap"><div id="tdi_1" class="tdc-zone">
<div class="tdc_zone tdi_2 wpb_row td-pb-row tdc-element-style"><div class="vc_row tdi_4 wpb_row td-pb-row">
<div class="tdm_block td_block_wrap td_block_date tdi_6"><div class="td-block-date">Thursday, March 4, 2027</div></div>
<div class="td_block_wrap tdb_header_user tdi_7"><div class="tdb-block-inner td-fix-index"><a class="td-login-modal-js tdb-head-usr-item tdb-head-usr-log"
href="#login-form" data-effect="mpf-td-login-effect"><span class="tdb-head-usr-log-txt">Sign in / Join</span></a></div></div>
<div class="td_block_wrap tdb_header_logo tdi_9"><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="https://www.practiceledger.co.uk/">
<span class="tdb-logo-img-wrap"><img class="tdb-logo-img" src="https://www.practiceledger.co.uk/wp-content/uploads/2026/05/pl-logo.png" alt="Practice Ledger"
title=""></span></a></div></div>
<div class="td_block_wrap tdb_header_menu tdi_11 tds_menu_active1 tds_menu_sub_active1"><div id="tdi_11" class="td_block_inner td-fix-index">
<ul id="menu-main-menu" class="tdb-block-menu tdb-menu tdb-menu-items-visible">
${tNav
  .map(
    (t) => `<li class="menu-item menu-item-type-taxonomy menu-item-object-category tdb-menu-item-button tdb-menu-item">
<a href="https://www.practiceledger.co.uk/${t.toLowerCase()}/"><div class="tdb-menu-item-text">${t}</div></a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="td_block_wrap tdb_header_search tdi_13"><div class="tdb-block-inner td-fix-index"><div class="tdb-drop-down-search"
aria-labelledby="td-header-search-button">
<div class="tdb-drop-down-search-inner"><form method="get" class="tdb-search-form" action="https://www.practiceledger.co.uk/"><div
class="tdb-search-form-inner">
<input class="tdb-head-search-form-input" placeholder=" " type="text" value="" name="s" autocomplete="off">
<button class="wpb_button wpb_btn-inverse btn tdb-head-search-form-btn" title="Search" type="submit" aria-label="Search"><span>Search</span></button>
</div></form></div></div></div></div></div></div></div></div></div>
<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="48211" data-autoload-type="" data-autoload-count="5">
<style>.tdi_30 .tdb-title-text{font-size:38px!important}</style><div class="td-main-content-wrap td-container-wrap">
<div class="tdc-content-wrap"><article id="template-id-112" class="post-48211 post type-post status-publish format-standard has-post-thumbnail category-audit
category-news" itemscope itemtype="https://schema.org/Article">
<div id="tdi_20" class="tdc-row"><div class="vc_row tdi_21 wpb_row td-pb-row"><div
class="vc_column tdi_23 wpb_column vc_column_container tdc-column td-pb-span12">
<div class="wpb_wrapper"><div class="td_block_wrap tdb_breadcrumbs tdi_24 td-pb-border-top td_block_template_1 tdb-breadcrumbs">
<div class="tdb-block-inner td-fix-index"><span><a title="" class="tdb-entry-crumb" href="https://www.practiceledger.co.uk/">${at(tCrumbs, 0)}</a></span>
<i class="td-icon-right tdb-bread-sep"></i><span><a title="View all posts in News" class="tdb-entry-crumb" href="https://www.practiceledger.co.uk/news/">
${at(tCrumbs, 1)}</a></span><i class="td-icon-right tdb-bread-sep"></i><span><a title="View all posts in Audit" class="tdb-entry-crumb"
href="https://www.practiceledger.co.uk/audit/">${at(tCrumbs, 2)}</a></span></div></div>
<div class="td_block_wrap tdb_single_categories tdi_25 td-pb-border-top td_block_template_1"><div class="tdb-category td-fix-index">
<a class="tdb-entry-category" href="https://www.practiceledger.co.uk/audit/"><span class="tdb-cat-bg"></span>Audit</a></div></div>
<div class="td_block_wrap tdb_title tdi_30 tdb-single-title td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index">
<h1 class="tdb-title-text">${tTitle}</h1><div></div><div class="tdb-title-line"></div></div></div>
<div class="td_block_wrap tdb_single_subtitle tdi_31 td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index">
<p>${tDek}</p></div></div>
<div class="td_block_wrap tdb_single_author tdi_32 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<a class="tdb-author-photo" href="https://www.practiceledger.co.uk/author/dferreira/" title="Daniel Ferreira"><img alt="Daniel Ferreira"
src="https://secure.gravatar.com/avatar/7b1e?s=96&#038;d=mm&#038;r=g" class="avatar avatar-96 photo" height="96" width="96"></a>
<div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span> <a class="tdb-author-name" href="https://www.practiceledger.co.uk/author/dferreira/">
Daniel Ferreira</a></div></div></div>
<div class="td_block_wrap tdb_single_date tdi_33 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<time class="entry-date updated td-module-date" datetime="2027-03-04T06:30:00+00:00">March 4, 2027</time></div></div>
<div class="td_block_wrap tdb_single_comments_count tdi_34 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<a href="#respond"><i class="tdb-comm-icon td-icon-comments"></i><span>0</span></a></div></div>
<div class="td_block_wrap tdb_single_post_views tdi_35 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index">
<i class="tdb-views-icon td-icon-views"></i><span class="td-nr-views-48211">1,284</span></div></div>
<div class="td_block_wrap tdb_single_featured_image tdi_36 tdb-content-horiz-center td-pb-border-top td_block_template_1"><div
class="tdb-block-inner td-fix-index">
<figure><img class="entry-thumb" src="https://www.practiceledger.co.uk/wp-content/uploads/2027/03/audit-files-1068x712.jpg" alt="Stacks of audit files"
title="audit-files"><figcaption class="tdb-caption-text">Small practices say audit work is becoming uninsurable. Photo: Anna Brook</figcaption></figure>
</div></div>
<div class="td_block_wrap tdb_single_post_share tdi_37 td-pb-border-top td_block_template_1"><div id="tdi_37" class="td-post-sharing tdb-block td-ps-bg
td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">
<div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon">
<i class="td-icon-share"></i></div><div class="td-social-but-text">${at(tShare, 0)}</div></div>
${tShare
  .slice(1)
  .map(
    (s) => `<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-${s.toLowerCase()}"
href="https://www.${s.toLowerCase()}.com/share?u=https%3A%2F%2Fwww.practiceledger.co.uk%2F48211" title="${s}"><div class="td-social-but-icon">
<i class="td-icon-${s.toLowerCase()}"></i></div><div class="td-social-but-text">${s}</div></a>`,
  )
  .join('\n')}</div></div></div>
<div class="td_block_wrap tdb_single_content tdi_38 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">
${ps(tA)}
${tAd}
<h2 class="wp-block-heading">${tH1}</h2>
<p>${at(tB, 0)}</p>
<blockquote class="td_pull_quote td_pull_center"><p>Small firms are being priced out of audit altogether</p></blockquote>
<p>${at(tB, 1)}</p>
<ul class="wp-block-list">${lis(tList)}</ul>
<p>${tC}</p>
<h3 class="wp-block-heading">${tH2}</h3>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>${tRows[0]?.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${tRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table><figcaption class="wp-element-caption">Source: ICPB Practice Insurance Survey 2027</figcaption></figure>
<h2 class="wp-block-heading">${tH3}</h2>
${ps(tD)}
${tAd}
</div></div>
<div class="td_block_wrap tdb_single_tags tdi_39 td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags">
<li><span>TAGS</span></li>${tTags
  .map((t) => `<li><a href="https://www.practiceledger.co.uk/tag/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`)
  .join('')}
</ul></div></div>
<div class="td_block_wrap tdb_single_next_prev tdi_40 td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index">
<div class="tdb-next-post tdb-next-post-bg tdb-post-prev"><span>Previous article</span><a href="https://www.practiceledger.co.uk/mtd-second-phase-landlords/">
Making Tax Digital: what the second phase means for landlords</a></div>
<div class="tdb-next-post tdb-next-post-bg tdb-post-next"><span>Next article</span><a href="https://www.practiceledger.co.uk/top-50-firms-2027/">
Top 50 firms: fee income growth slows to 6%</a></div></div></div>
<div class="td_block_wrap tdb_single_author_box tdi_41 tdb-content-vert-top td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index">
<a href="https://www.practiceledger.co.uk/author/dferreira/" class="tdb-author-photo" title="Daniel Ferreira"><img alt="Daniel Ferreira"
src="https://secure.gravatar.com/avatar/7b1e?s=96&#038;d=mm&#038;r=g" class="avatar avatar-96 photo"></a><div class="tdb-author-info">
<a href="https://www.practiceledger.co.uk/author/dferreira/" class="tdb-author-name">Daniel Ferreira</a>
<div class="tdb-author-descr">Daniel is news editor of Practice Ledger and has covered audit regulation since 2016. Send him tips at
news@practiceledger.co.uk.</div></div></div></div>
<div class="td_block_wrap td_block_related_posts tdi_42 tdb-single-related-posts td-pb-border-top td_block_template_1"><div class="td-block-title-wrap">
<h4 class="td-related-title td-block-title"><a id="tdi_43" class="td-related-left td-cur-simple-item" data-td_filter_value=""
data-td_block_id="tdi_42" href="#">RELATED ARTICLES</a><a id="tdi_44" class="td-related-right" data-td_filter_value="td_related_more_from_author"
data-td_block_id="tdi_42" href="#">MORE FROM AUTHOR</a></h4></div><div id="tdi_42" class="td_block_inner tdb-block-inner td-fix-index">
${tRel
  .map(
    ([t, d]) => `<div class="tdb_module_related td_mod_wrap"><div class="td-module-container"><div class="td-module-meta-info">
<h3 class="entry-title td-module-title"><a href="https://www.practiceledger.co.uk/?p=48100" rel="bookmark" title="${t}">${t}</a></h3>
<div class="td-editor-date"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2027-02-27T07:00:00+00:00">${d}</time>
</span></div></div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="td_block_wrap tdb_single_comments tdi_45 td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index">
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
<div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>LEAVE A REPLY</span></h4></div>
<small><a rel="nofollow" id="cancel-comment-reply-link" href="/audit-insurance-premiums-small-firms/#respond" style="display:none;">Cancel
reply</a></small></h3>
<form action="https://www.practiceledger.co.uk/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45"
rows="8" aria-required="true"></textarea><div class="td-warning-comment">Please enter your comment!</div></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30"
aria-required='true' /><div class="td-warning-author">Please enter your name here</div></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30"
aria-required='true' /><div class="td-warning-email-error">You have entered an incorrect email address!</div>
<div class="td-warning-email">Please enter your email address here</div></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" />
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div></div></div>
</div></div></div></div></article></div></div></div>
<div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap"><div id="tdi_60" class="tdc-zone"><div class="tdc_zone tdi_61">
<div class="td_block_wrap tdm_block_column_title tdi_62"><h3 class="tdm-title">ABOUT US</h3></div>
<div class="tdm_block td_block_wrap tdm_block_inline_text tdi_63"><p class="tdm-descr">Practice Ledger is the news service for accountants in practice,
published by Ledgerline Media Ltd. Contact us: editor@practiceledger.co.uk</p></div>
<div class="tdm_block td_block_wrap tdm_block_newsletter tdi_64"><h3 class="tdm-title">Get the Practice Ledger Daily</h3>
<p class="tdm-descr">Breaking accountancy news, every weekday at 7am.</p><form class="tdm-newsletter-form"><input type="email" placeholder="Your email address"
name="EMAIL"><button type="submit" class="tds-button">Subscribe</button></form></div>
<div class="td_block_wrap tdb_header_menu tdi_65"><ul class="tdb-block-menu tdb-menu">${links(tFootNav, 'menu-item tdb-menu-item')}</ul></div>
<div class="tdm_block td_block_wrap tdm_block_inline_text tdi_66"><p class="tdm-descr">© Ledgerline Media Ltd 2027</p></div>
</div></div></div></div></div>
<script type="text/javascript" src="https://www.practiceledger.co.uk/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5"
id="td-site-min-js"></script>
</body></html>`;
const trade: TestPage = gold({
  name: 'heldout703-wordpress-newspaper-audit-insurance',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2, tH3],
  body: [...texts([tDek, ...tA, at(tB, 0), at(tB, 1), ...tList, tC]), ...tRows.map((r) => r.join(' ')), ...texts(tD)],
  bylines: ['By Daniel Ferreira', 'March 4, 2027', 'Daniel Ferreira'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy',
    j(
      'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking "Accept All",',
      'you consent to our use of cookies.',
    ),
    'Customise', 'Reject All', 'Accept All', 'Thursday, March 4, 2027', 'Sign in / Join', ...tNav, 'Search', ...tCrumbs, 'Audit', '0', '1,284',
    'Small practices say audit work is becoming uninsurable. Photo: Anna Brook', ...tShare, '- Advertisement -',
    'Small firms are being priced out of audit altogether', 'Source: ICPB Practice Insurance Survey 2027', 'TAGS', ...tTags,
    'Previous article', 'Making Tax Digital: what the second phase means for landlords', 'Next article', 'Top 50 firms: fee income growth slows to 6%',
    'Daniel is news editor of Practice Ledger and has covered audit regulation since 2016. Send him tips at news@practiceledger.co.uk.',
    'RELATED ARTICLES', 'MORE FROM AUTHOR', ...tRel.flat(), 'LEAVE A REPLY', 'Please enter your comment!', 'Please enter your name here',
    'You have entered an incorrect email address!', 'Please enter your email address here',
    'Save my name, email, and website in this browser for the next time I comment.', 'ABOUT US',
    'Practice Ledger is the news service for accountants in practice, published by Ledgerline Media Ltd. Contact us: editor@practiceledger.co.uk',
    'Get the Practice Ledger Daily', 'Breaking accountancy news, every weekday at 7am.', 'Subscribe', ...tFootNav, '© Ledgerline Media Ltd 2027',
  ],
});

const lTitle = 'One year of the four-day week: what we got wrong, and what surprised us';
const lIntro = j(
  'Twelve months ago we moved all 84 people at Lumenfold to a four-day week with no cut in pay. I wrote about the decision at the',
  'time, and a lot of you asked me to report back honestly. So here it is: the numbers, the mistakes and the parts I still have',
  'not figured out.',
);
const lH = ['The numbers first', 'What we got wrong', 'What surprised us', 'Would I recommend it?'];
const lNum = j(
  'We set ourselves three measures before we started, because we knew that without them every conversation would turn into a',
  'debate about feelings. Here is where we landed after a year:',
);
const lList = [
  'Revenue per employee rose 9%, against a plan of flat.',
  'Voluntary staff turnover fell from 17% to 6%.',
  'Average time to resolve a customer ticket went up from 5.1 hours to 5.6 hours, the one number that moved the wrong way.',
  'Sick days fell by roughly a third.',
];
const lCare = j(
  'I want to be careful here. 2026 was a good year for our market, and some of the revenue growth would have happened anyway.',
  'But turnover is the number I care about most, and that change is not noise.',
);
const lWrong = [
  j(
    'We assumed Fridays off would work for everyone. They did not. Our support team needs cover five days a week, so for the first',
    'three months they were on a rota that nobody liked and that left two people doing most of the Friday shifts. We should have',
    'let each team design its own pattern from the start, which is what we do now.',
  ),
  j(
    'We also underestimated meetings. In the first month, people squeezed the same number of meetings into four days and then',
    'worked on Friday to catch up on everything else. We cut recurring meetings by half and made a rule that no internal meeting',
    'runs longer than 30 minutes without an agenda. That made more difference than anything else we tried.',
  ),
];
const lSurp = [
  j(
    'Hiring. We had 1,900 applications for 11 roles last year, compared with about 400 for a similar number of roles the year',
    'before. Candidates bring up the four-day week in almost every first interview.',
  ),
  j(
    'The other surprise was how much people protect the day. Nobody emails on Fridays, not because there is a rule but because',
    'everyone knows how quickly the arrangement would fall apart if they did.',
  ),
];
const lRec = j(
  'For a company like ours, yes, but only if you measure it properly and accept that the first three months will be messy. If you',
  'are thinking about it, I am happy to share our policy document and the staff survey we used. Send me a message.',
);
const lTopNav = ['Articles', 'People', 'Learning', 'Jobs', 'Games'];
const lComments: [string, string, string, string, string][] = [
  [
    'Tomasz Wierzbicki',
    'Operations Director at Brightwell Logistics',
    '1w',
    'The point about letting each team design its own pattern is the one I wish we had read before our trial. Thanks for being so open with the numbers.',
    '14 Reactions',
  ],
  [
    'Hannah Oduya',
    'HR Business Partner | CIPD',
    '6d',
    'Would love to see the survey you used, Priya. Did you ask the same questions before and after?',
    '3 Reactions',
  ],
];
const lMore: [string, string][] = [
  ['Why we stopped doing annual performance reviews', 'Oct 12, 2026'],
  ['Six months into the four-day week', 'Sep 3, 2026'],
  ['What I look for in a first interview', 'Jun 20, 2026'],
];
const lTopics = ['Sales', 'Marketing', 'IT Services', 'Business Administration', 'HR Management', 'Engineering', 'Soft Skills', 'See All'];
const lFoot = [
  'About',
  'Accessibility',
  'User Agreement',
  'Privacy Policy',
  'Cookie Policy',
  'Copyright Policy',
  'Brand Policy',
  'Guest Controls',
  'Community Guidelines',
  'Language',
];
const lReacts = ['Like', 'Comment', 'Share'];
const lCookie = [
  j(
    'LinkedIn and 3rd parties use essential and non-essential cookies to provide, secure, analyze and improve our Services, and to show',
    'you relevant ads (including professional and job ads) on and off LinkedIn. Learn more in our Cookie Policy.',
  ),
  'Select Accept to consent or Reject to decline non-essential cookies for this use. You can update your choices at any time in your settings.',
];
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta name="pageKey" content="d_pulse_article_guest"><meta name="locale" content="en_US">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta charset="utf-8">
<title>One year of the four-day week: what we got wrong, and what surprised us</title>
<meta name="description" content="Twelve months ago we moved all 84 people at Lumenfold to a four-day week with no cut in pay.">
<meta property="og:title" content="One year of the four-day week: what we got wrong, and what surprised us"><meta property="og:type" content="article">
<meta property="og:url" content="https://www.linkedin.com/pulse/one-year-four-day-week-what-we-got-wrong-priya-raman-3kq8e">
<meta property="og:image" content="https://media.licdn.com/dms/image/v2/D4E12AQF/article-cover_image-shrink_720_1280/0/1772601224"><meta name="twitter:card"
content="summary">
<link rel="canonical" href="https://www.linkedin.com/pulse/one-year-four-day-week-what-we-got-wrong-priya-raman-3kq8e">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${lTitle}","headline":"${lTitle}",
"author":{"@type":"Person","name":"Priya Raman","url":"https://uk.linkedin.com/in/priyaraman"},"datePublished":"2027-03-04T08:10:21.000+00:00",
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/LikeAction","userInteractionCount":1204}]}</script>
<link rel="stylesheet" href="https://static.licdn.com/aero-v1/sc/h/9q7b0kb1ezc1p1ahwr0mi0jkv">
<script type="application/json" id="lix-config">{"lixes":{"pulse-guest-comments":"enabled","pulse-more-articles":"enabled"}}</script></head>
<body dir="ltr"><div class="artdeco-global-alert-container" role="region" aria-label="Cookie consent">
<section class="artdeco-global-alert artdeco-global-alert--NOTICE artdeco-global-alert--COOKIE_CONSENT" data-id="artdeco-global-alert">
<div class="artdeco-global-alert__body"><p class="artdeco-global-alert__message">${at(lCookie, 0)}</p>
<p class="artdeco-global-alert__message">${at(lCookie, 1)}</p></div>
<div class="artdeco-global-alert-action__wrapper"><button class="artdeco-global-alert-action artdeco-button artdeco-button--inverse artdeco-button--2"
data-tracking-control-name="ga-cookie.consent.accept.v4" type="button">Accept</button>
<button class="artdeco-global-alert-action artdeco-button artdeco-button--inverse artdeco-button--2" data-tracking-control-name="ga-cookie.consent.deny.v4"
type="button">Reject</button></div></section></div>
<a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">Skip to main content</a>
<header class="header base-container-ds bg-color-background-container-tint"><nav class="nav pt-1.5 pb-2 flex items-center" aria-label="Primary">
<a href="https://www.linkedin.com/?trk=article-ssr-frontend-pulse_nav-header-logo" class="nav__logo-link link-no-visited-state" aria-label="LinkedIn">
<span class="sr-only">LinkedIn</span><icon class="nav-logo--inbug flex text-color-brand" data-svg-class-name="h-[34px] w-[34px]"></icon></a>
<ul class="top-nav-menu flex items-center">${lTopNav
  .map(
    (t) => `<li><a href="https://www.linkedin.com/${t.toLowerCase()}/" class="top-nav-link flex flex-col
items-center justify-center"><span class="top-nav-link__label-text">${t}</span></a></li>`,
  )
  .join('\n')}</ul>
<div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0 babybear:flex-wrap flex-2">
<a class="nav__button-tertiary btn-md btn-tertiary" href="https://www.linkedin.com/signup?trk=article-ssr-frontend-pulse_nav-header-join">Join now</a>
<a class="nav__button-secondary btn-secondary-emphasis btn-md" href="https://www.linkedin.com/login?trk=article-ssr-frontend-pulse_nav-header-signin">Sign
in</a>
</div></nav></header>
<main class="main papabear:flex papabear:w-content-max-w papabear:mx-auto" id="main-content" role="main">
<section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px] babybear:max-w-[790px]"><div class="article-main">
<figure class="cover-img"><img class="cover-img__image" alt=""
src="https://media.licdn.com/dms/image/v2/D4E12AQF/article-cover_image-shrink_720_1280/0/1772601224">
</figure>
<div class="article-main__content"><header class="publisher-article-header pt-3">
<h1 class="pulse-title text-display-md font-bold text-color-text mb-2">${lTitle}</h1>
<div class="base-main-card flex flex-wrap py-1.5 pr-2 babybear:pr-0 publisher-author-card"><a
class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0"
href="https://uk.linkedin.com/in/priyaraman?trk=article-ssr-frontend-pulse_publisher-author-card"
data-tracking-control-name="article-ssr-frontend-pulse_publisher-author-card">
<span class="sr-only">Priya Raman</span></a>
<div class="base-main-card__info self-center ml-1 flex-1 relative break-words papabear:min-w-0 mamabear:min-w-0 babybear:w-full">
<h3 class="base-main-card__title font-sans text-[18px] font-bold text-color-text overflow-hidden">Priya Raman</h3>
<h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">Head of People at Lumenfold | Building workplaces people want to stay in</h4>
<div class="base-main-card__metadata mb-0.5"><span class="base-main-card__metadata-item">Published Mar 4, 2027</span></div></div>
<div class="base-main-card__ctas mt-1"><button class="public-post-author-card__follow-button follow-button btn-sm btn-secondary-emphasis"
data-tracking-control-name="article-ssr-frontend-pulse_publisher-author-card_follow"><span aria-hidden="true">+ Follow</span>
<span class="sr-only">Follow Priya Raman</span></button></div></div></header>
<div data-test-id="article-content-blocks"><div class="article-main__content" data-test-id="publishing-text-block">
<p>${lIntro}</p><h2>${at(lH, 0)}</h2><p>${lNum}</p><ul>${lis(lList)}</ul><p>${lCare}</p>
<h2>${at(lH, 1)}</h2>${ps(lWrong)}<h2>${at(lH, 2)}</h2>${ps(lSurp)}<h2>${at(lH, 3)}</h2><p>${lRec}</p></div></div>
<div class="social-action-bar flex justify-between"><div class="social-details-social-counts">
<a class="social-counts-reactions" href="https://www.linkedin.com/signup/cold-join?session_redirect=%2Fpulse%2Fone-year"
data-tracking-control-name="article-ssr-frontend-pulse_likes-count_social-actions-reactions"><img alt="" src="https://static.licdn.com/aero-v1/sc/h/like.svg">
<img alt="" src="https://static.licdn.com/aero-v1/sc/h/insightful.svg"><span class="social-counts-reactions__count">1,204</span></a>
<a class="social-counts-comments" href="#comments" data-tracking-control-name="article-ssr-frontend-pulse_comments-count">87 Comments</a></div>
<div class="social-action-bar__actions">${lReacts
  .map(
    (t) => `<a class="social-action-bar__button" href="https://www.linkedin.com/signup/cold-join"
data-tracking-control-name="article-ssr-frontend-pulse_social-actions-${t.toLowerCase()}"><span class="social-action-bar__button-text">${t}</span></a>`,
  )
  .join('\n')}
</div></div>
<section class="comments" id="comments"><div class="comments__list">${lComments
  .map(
    ([name, sub, when, text, reacts]) => `<section class="comment flex grow-1 items-stretch"><a class="comment__avatar" href="https://uk.linkedin.com/in/x"
data-tracking-control-name="article-ssr-frontend-pulse_x-social-activity_comment_actor-image"><img alt="${name}"
src="https://media.licdn.com/dms/image/v2/p.jpg"></a>
<div class="comment__body flex-grow"><div class="comment__header flex"><div class="comment__header-info"><a class="comment__author"
href="https://uk.linkedin.com/in/x">${name}</a><p class="comment__author-headline">${sub}</p></div>
<span class="comment__duration-since">${when}</span></div><p class="comment__text"><span class="attributed-text-segment-list__content">${text}</span></p>
<div class="comment__actions"><a class="comment__action" href="https://www.linkedin.com/signup/cold-join">Like</a>
<a class="comment__action" href="https://www.linkedin.com/signup/cold-join">Reply</a><span
class="comment__reactions-count">${reacts}</span></div></div></section>`,
  )
  .join('\n')}</div>
<a class="comments__see-more btn-md btn-secondary" href="https://www.linkedin.com/signup/cold-join">See more comments</a>
<p class="comments__signin">To view or add a comment, <a href="https://www.linkedin.com/login">sign in</a></p></section></div></div>
<section class="more-articles"><h2 class="more-articles__title">More articles by Priya Raman</h2><ul class="more-articles__list">
${lMore
  .map(
    ([t, d]) => `<li class="more-articles__item"><a href="https://www.linkedin.com/pulse/x" class="more-articles__link">
<h3 class="base-main-card__title">${t}</h3><span class="base-main-card__metadata-item">${d}</span></a></li>`,
  )
  .join('\n')}</ul>
<a class="more-articles__see-all" href="https://uk.linkedin.com/in/priyaraman/recent-activity/articles/">See all articles</a></section></section>
<section class="right-rail papabear:w-right-rail-width papabear:ml-column-gutter"><section class="explore-topics"><h2 class="explore-topics__title">Explore
topics</h2>
<ul>${lTopics
  .map(
    (t) => `<li><a href="https://www.linkedin.com/pulse/topics/${t.toLowerCase().replace(/ /g, '-')}/"
class="explore-topics__link">${t}</a></li>`,
  )
  .join('\n')}
</ul></section></section></main>
<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list flex flex-wrap flex-row items-start justify-start w-full h-auto min-h-[50px]">
<li class="li-footer__item font-sans text-xs text-color-text-solid-secondary flex flex-row items-start"><span class="sr-only">LinkedIn</span>
<span>© 2027</span></li>${links(lFoot, 'li-footer__item font-sans text-xs')}</ul></footer>
<script src="https://static.licdn.com/aero-v1/sc/h/8e3t1tvvgx2flhc2g1mfvzcdy" async></script></body></html>`;
const linkedin: TestPage = gold({
  name: 'heldout703-linkedin-four-day-week',
  kind: 'blog',
  html: lHtml,
  title: lTitle,
  headings: lH,
  body: texts([lIntro, lNum, ...lList, lCare, ...lWrong, ...lSurp, lRec]),
  bylines: ['Priya Raman', 'Published Mar 4, 2027', ...lComments.flatMap((c) => [c[0], c[2]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lCookie, 'Accept', 'Reject', 'Skip to main content', 'LinkedIn', ...lTopNav, 'Join now', 'Sign in',
    'Head of People at Lumenfold | Building workplaces people want to stay in', 'Follow Priya Raman', '1,204', '87 Comments', ...lReacts,
    ...lComments.flatMap((c) => [c[1], c[3], c[4]]), 'Reply', 'See more comments', 'To view or add a comment, sign in', 'More articles by Priya Raman',
    ...lMore.flat(), 'See all articles', 'Explore topics', ...lTopics, '© 2027', ...lFoot,
  ],
});

export const HELDOUT703_B: readonly TestPage[] = [trade, linkedin];
