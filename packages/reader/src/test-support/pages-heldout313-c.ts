import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout313-kit.js';

/**
 * Held-out batch 313, file c: a shipping line's customer advisory on a HubSpot CMS blog (site header module, author and
 * date line, a surcharge table, a CTA module, an embedded HubSpot form, tags, previous / next links and the HubSpot cookie
 * banner) and a maritime news article on a WordPress site using the tagDiv Newspaper theme (top bar with date, mega menu,
 * breadcrumbs, category label, author, date, views and comments counters, share bar, featured image with caption, an
 * inline "Read more" promo, tags, related articles, the "Leave a reply" form, a sidebar with popular posts and an ad).
 */
const hTitle = 'Customer advisory: Emergency bunker surcharge on the North Atlantic loop from 1 April';
const hP1 = [
  j(
    'Dear valued customer, the price of very-low-sulphur fuel oil at our main bunkering ports has risen by more than 30 per cent',
    'since January. To keep our North Atlantic loop running on its weekly schedule, Halberd Line will apply an emergency bunker',
    'surcharge (EBS) to all bookings on this service.',
  ),
  'The surcharge applies to cargo loaded on or after 1 April 2026, regardless of the booking date, and will be reviewed monthly.',
];
const hH = ['Surcharge levels', 'Which services are affected', 'What you need to do'];
const hTable = [
  '20-foot dry container: 180 USD',
  '40-foot dry container: 360 USD',
  '40-foot reefer container: 480 USD',
  'Break-bulk cargo: 18 USD per freight ton',
];
const hP2 = [
  j(
    'The surcharge applies to the NAX service calling at Port Calloway, Kestrel Bay, Brannock and Ostervik, including feeder',
    'connections to the Skerrow Islands. Transpacific and intra-Nordic services are not affected at this time.',
  ),
  j(
    'The level of the surcharge is calculated from the average fuel price of the previous four weeks at Ostervik and Port Calloway,',
    'multiplied by the fuel consumed per container slot on a full round voyage. We publish the calculation on our tariff page',
    'so that you can check it, and we will announce any change at least fourteen days before it takes effect.',
  ),
  j(
    'Shipments booked as through cargo from inland points will carry the surcharge once, for the ocean leg only. Empty',
    'container repositioning and transhipments at Brannock are not charged.',
  ),
];
const hList = [
  'Check the rate confirmation for any booking that will load after 1 April.',
  'Contact your local sales office if you hold a fixed-price contract; contract terms prevail over this advisory.',
  'Allow the surcharge in your freight budget for the second quarter.',
];
const hP3 = [
  'We regret the extra cost and thank you for your understanding. We will lift the surcharge as soon as fuel prices allow.',
  'Customers in the Skerrow Islands feeder network will see the surcharge as a separate line on their invoice.',
];
const hNav = ['Schedules', 'Book a shipment', 'Track & trace', 'Customer advisories', 'Contact us'];
const hTags = ['Surcharges', 'Trade lane updates'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Halberd Line introduces an emergency bunker surcharge on its North Atlantic loop.">
<meta name="generator" content="HubSpot"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.halberdline.example/advisories/ebs-nax">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-03-10T08:00:00Z",
"author":{"@type":"Person","name":"Customer Service Team"}}</script>
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.example/hubfs/7052064/hub_generated/template_assets/main.min.css">
<script>var hsVars = {portal_id: 7052064, app_hs_base_url: "https://app.hubspot.example", cp_hs_base_url: "https://cp.hubspot.example"};</script></head>
<body><div class="body-wrapper hs-content-id-11024 hs-blog-post hs-blog-id-3301">
<div data-global-resource-path="halberd/templates/partials/header.html"><header class="header"><a class="header__skip" href="#main-content">Skip to content</a>
<div class="header__logo"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">Halberd Line Shipping</span></div>
<nav class="menu" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'hs-menu-item menu__item')}</ul></nav></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/advisories/author/customer-service-team">Customer Service Team</a>
<time datetime="2026-03-10 08:00:00" class="blog-post__timestamp">Mar 10, 2026 8:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">
${ps(hP1)}
<h2>${hH[0]}</h2>
<ul>${lis(hTable)}</ul>
<h2>${hH[1]}</h2>
${ps(hP2)}
<h2>${hH[2]}</h2>
<ol>${lis(hList)}</ol>
${ps(hP3)}
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-6a1f"><span class="hs-cta-node hs-cta-6a1f"><a href="https://cta-redirect.hubspot.example/cta/redirect/6a1f"
class="cta_button">Get a quote with the new rates</a></span></span></p>
</span></div>
<div class="blog-post__tags"><span>Topics:</span>${hTags.map((t) => `<a class="blog-post__tag-link" href="/advisories/tag/${t}">${t}</a>`).join(', ')}</div>
</article>
<div class="blog-post__subscribe"><h3>Subscribe to customer advisories</h3><div class="hbspt-form"><form class="hs-form stacked" data-form-id="9d2e">
<div class="hs_email hs-form-field"><label>Email<span class="hs-form-required">*</span></label><input type="email" name="email"></div>
<div class="hs_submit"><input type="submit" class="hs-button primary large" value="Subscribe"></div></form></div></div>
<div class="blog-post__nav"><a class="blog-post__prev" href="/advisories/port-congestion-brannock">Previous: Port congestion at Brannock</a>
<a class="blog-post__next" href="/advisories/easter-cut-offs">Next: Easter documentation cut-offs</a></div></div></div></main>
<footer class="footer"><p>Halberd Line A/S · Kaivokatu 4 · Ostervik</p><p>© 2026 Halberd Line. All rights reserved.</p></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area">
<p id="hs-eu-policy-wording">This website stores cookies on your computer.
These cookies are used to collect information about how you interact with our website.</p>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script id="hs-script-loader" async defer src="//js.hs-scripts.example/7052064.js"></script></body></html>`;
const advisory: TestPage = {
  name: 'heldout313-hubspot-shipping-advisory-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hP1, ...hTable, ...hP2, ...hList, ...hP3]),
  bylines: ['Customer Service Team', 'Mar 10, 2026 8:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Halberd Line Shipping', ...hNav, 'Get a quote with the new rates', 'Topics:', ...hTags, 'Subscribe to customer advisories',
    'Subscribe', 'Previous: Port congestion at Brannock', 'Next: Easter documentation cut-offs', 'Halberd Line A/S · Kaivokatu 4 · Ostervik',
    '© 2026 Halberd Line. All rights reserved.', 'This website stores cookies on your computer.',
    'These cookies are used to collect information about how you interact with our website.', 'Email', 'Accept', 'Decline',
  ],
};

const wTitle = 'Grounded car carrier refloated off Greyness after four-day salvage operation';
const wP1 = [
  j(
    'The car carrier Nordic Halcyon was refloated early on Sunday morning, four days after she ran aground on a sandbank off',
    'the northern tip of Greyness with 2,900 new vehicles on board.',
  ),
  j(
    'Two salvage tugs pulled the 200-metre vessel free on the high tide at 04:40 after about 600 tonnes of ballast water had',
    'been pumped out to lighten her. She is now anchored in the sheltered roads of Kestrel Bay, where divers will inspect the hull.',
  ),
];
const wH = ['No pollution detected', 'Questions over the pilotage exemption', 'What happens next'];
const wP2 = [
  j(
    'The coastguard said no oil had escaped and no one on board was hurt. A surveillance aircraft flew over the site twice a day',
    'during the operation, and a boom was kept ready at Greyness harbour in case bunker fuel leaked from the double-bottom tanks.',
  ),
];
const wP3 = [
  j(
    'The ship’s master held a pilotage exemption certificate for the channel, which allows experienced masters to sail without',
    'a local pilot. Harbour pilots have long argued that the channel’s shifting sands make such exemptions risky.',
  ),
];
const wQuote = j(
  '“The banks move after every winter storm, and the charts cannot keep up. A pilot who crosses this channel three times a week',
  'sees the changes; a master who comes twice a year does not,” said Tove Ragnhild, chair of the Greyness Pilots’ Association.',
);
const wP4 = [
  j(
    'The Maritime Safety Board has opened an investigation and said it would examine the passage plan, the electronic chart',
    'corrections on board and the conditions under which the exemption had been granted.',
  ),
];
const wP5 = [
  j(
    'If the diving survey confirms that the hull is intact, the vessel will continue under her own power to Port Calloway to',
    'discharge the cars. Her owner, Aurland Car Carriers, said deliveries to dealers would be delayed by about a week.',
  ),
  'Insurers are expected to declare general average, meaning cargo owners may have to share the cost of the salvage.',
  j(
    'It is the third grounding in the Greyness channel in five years. In 2023 a bulk carrier spent a week on the same bank, and in',
    '2021 a fishing trawler was lost there with no casualties. After the last incident the harbour authority resurveyed the channel',
    'and moved two buoys, but the survey budget was cut the following year.',
  ),
];
const wMenu = ['Home', 'Shipping', 'Ports', 'Offshore', 'Shipbuilding', 'Casualties', 'Opinion', 'Events'];
const wTags = ['Ro-Ro', 'Groundings', 'Salvage industry', 'Pilotage rules'];
const wRelated = ['Pilots call for end to channel exemptions', 'Record car exports through Port Calloway', 'Salvage firms merge to form Baltic giant'];
const wPopular = ['New LNG bunkering barge enters service at Ostervik', 'Container rates slide for a sixth week', 'Ferry operator orders two hybrid ships'];
const wFoot = ['About us', 'Advertise', 'Contact us', 'Privacy policy'];
const wHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${wTitle} - Tidewater Maritime News</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-08T11:20:00+00:00"><meta name="author" content="Jonas Bramwell">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${wTitle}",
"author":{"name":"Jonas Bramwell"},"datePublished":"2026-03-08T11:20:00+00:00"}]}</script>
<link rel="stylesheet" id="td-theme-css" href="https://tidewaternews.example/wp-content/themes/Newspaper/style.css?ver=12.6.4" type="text/css" media="all">
<script>var tdBlocksArray = []; var tds_general_modal_image = "yes";</script></head>
<body class="post-template-default single single-post postid-48211 single-format-standard td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap"><div class="td-header-top-menu"><div class="td_data_time">Sunday, March 8, 2026</div>
<ul class="top-header-menu">${links(['Advertise', 'Subscribe', 'Contact us'], 'menu-item')}</ul></div>
<div class="td-header-menu-wrap"><div class="td-main-menu-logo"><a class="td-main-logo" href="/"><span class="td-visual-hidden">Tidewater Maritime News</span>
</a></div>
<div id="td-header-menu" role="navigation"><ul id="menu-main-1" class="sf-menu">${links(wMenu, 'menu-item td-menu-item td-normal-menu')}</ul></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a title="View all posts in Casualties" class="entry-crumb" href="/category/casualties/">Casualties</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail category-safety">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/casualties/">Casualties</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${wTitle}</h1><div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/jonas-bramwell/">Jonas Bramwell</a><div class="td-author-line"> - </div>
</div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-08T11:20:00+00:00">March 8, 2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-48211">1,204</span></div>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">
<a class="td-social-sharing-button td-social-facebook" href="#"><div class="td-social-but-text">Facebook</div></a>
<a class="td-social-sharing-button td-social-twitter" href="#"><div class="td-social-but-text">Twitter</div></a>
<a class="td-social-sharing-button td-social-linkedin" href="#"><div class="td-social-but-text">Linkedin</div></a>
<a class="td-social-sharing-button td-social-whatsapp" href="#"><div class="td-social-but-text">WhatsApp</div></a></div></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><a href="/wp-content/uploads/2026/03/halcyon.jpg">
<img class="entry-thumb" src="/wp-content/uploads/2026/03/halcyon-696x464.jpg" alt="" title="Nordic Halcyon"></a>
<figcaption class="wp-caption-text">Tugs standing by the Nordic Halcyon on Saturday evening. Photo: Greyness Coastguard</figcaption></figure></div>
${ps(wP1)}
<h2>${wH[0]}</h2>
${ps(wP2)}
<p class="td-inline-promo"><strong>Read more:</strong> <a href="/pilots-call-for-end-to-channel-exemptions/">Pilots call for end to channel exemptions</a></p>
<h2>${wH[1]}</h2>
${ps(wP3)}
<blockquote class="wp-block-quote"><p>${wQuote}</p></blockquote>
${ps(wP4)}
<h2>${wH[2]}</h2>
${ps(wP5)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>
${wTags.map((t) => `<li><a href="/tag/${t.replace(/ /g, '-')}/">${t}</a></li>`).join('\n')}</ul></div>
<div class="td-author-name vcard author"><a href="/author/jonas-bramwell/">Jonas Bramwell</a></div>
<div class="td-author-description">Jonas covers port operations and maritime safety from Ostervik.</div></footer></article>
<div class="td_block_wrap td_block_related_posts"><div class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>
<a class="td-related-right" href="#">MORE FROM AUTHOR</a></div><div class="td_block_inner">${links(wRelated, 'td-related-span4')}</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
<div class="td-comments-title"><span>LEAVE A REPLY</span></div></h3><form id="commentform" class="comment-form">
<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" name="comment"></textarea></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></div><div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_1"><h4 class="block-title"><span class="td-pulldown-size">Most popular</span></h4><ul>${links(wPopular)}</ul></div>
<div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement -</span><div class="adsbygoogle"></div></div></div></div></div></div>
</div>
<div class="td-footer-wrap"><ul>${links(wFoot)}</ul><div class="td-sub-footer-copy">© Tidewater Maritime News 2026</div></div></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to give you the best experience on our website.</span>
<a role="button" id="cookie_action_close_header" class="cli_action_button">ACCEPT</a><a role="button" class="cli_settings_button">Cookie settings</a></div>
<script type="text/javascript" src="/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.4"></script></body></html>`;
const maritime: TestPage = {
  name: 'heldout313-newspaper-maritime-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wP1, ...wP2, ...wP3, wQuote, ...wP4, ...wP5]),
  bylines: ['Jonas Bramwell', 'March 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sunday, March 8, 2026', 'Advertise', 'Subscribe', 'Contact us', 'Tidewater Maritime News', ...wMenu, '1,204', 'Facebook', 'Twitter',
    'Linkedin', 'WhatsApp', 'Tugs standing by the Nordic Halcyon on Saturday evening. Photo: Greyness Coastguard', 'Read more:',
    'Pilots call for end to channel exemptions', 'TAGS', ...wTags, 'Jonas covers port operations and maritime safety from Ostervik.',
    'RELATED ARTICLES', 'MORE FROM AUTHOR', ...wRelated, 'LEAVE A REPLY', 'Most popular', ...wPopular, '- Advertisement -', ...wFoot,
    '© Tidewater Maritime News 2026', 'We use cookies to give you the best experience on our website.', 'ACCEPT', 'Cookie settings',
  ],
};

export const HELDOUT313_C: readonly TestPage[] = [advisory, maritime];
