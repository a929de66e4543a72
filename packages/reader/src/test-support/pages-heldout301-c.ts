import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout301-kit.js';

/**
 * Held-out batch 301, file c: a landlords' association news story on WordPress with tagDiv's Newspaper theme (td-post-content,
 * tdb blocks, a "Related articles" block, td_module_wrap rails, wpDiscuz comments) and a mortgage broker's blog post on HubSpot
 * CMS (hs_cos_wrapper widgets, blog-post__body, a CTA, author bio box, blog subscribe form, HubSpot cookie banner).
 */
const lTitle = 'Landlords warn new deposit rules could push smaller owners out of Eastmoor';
const lBody1 = [
  j(
    'Eastmoor Borough Council’s plan to require a licence for every privately rented home in six wards will add costs that many',
    'small landlords cannot absorb, the Northern Landlords Federation said on Tuesday.',
  ),
  j(
    'The federation, which represents around 2,300 property owners across the county, has written to councillors ahead of a vote on',
    '28 April. It estimates the licence fee of £740 per property, together with the inspection and paperwork required, would add about',
    '£20 a month to the cost of letting a typical terraced house.',
  ),
  j(
    '“Nobody in our membership is arguing against decent standards,” said Pauline Varnham, the federation’s chair. “But most of the',
    'landlords in these wards own one or two houses. They are not the problem, and they will be the ones who sell up.”',
  ),
];
const lHead = 'Council says scheme targets poor conditions';
const lBody2 = [
  j(
    'The council says a survey of 1,100 rented homes last year found serious hazards, such as damp, faulty wiring or broken heating,',
    'in almost one in four. Councillor Imran Tolley, cabinet member for housing, said licensing would give officers the power to act',
    'before tenants were forced to complain.',
  ),
  j('He added that landlords who joined an accredited scheme would receive a discount of £150, and that the fee would cover five years.'),
];
const lHead2 = 'What the federation is asking for';
const lList = [
  'A pilot in the two wards with the worst survey results before any wider roll-out.',
  'A lower fee for landlords with a single property.',
  'A published timetable for inspections so members can plan repairs.',
];
const lBody3 = [
  j(
    'Tenants’ groups in the borough have broadly welcomed the proposal. The federation says it will brief members at an open meeting',
    'at the Eastmoor Community Hall on 15 April.',
  ),
  j(
    'If councillors approve the scheme, it would open for applications in October, and landlords would have three months to apply',
    'before the council could begin enforcement. Letting a home without a licence once the scheme is in force could lead to a fine.',
  ),
];
const lNav = ['News', 'Legislation', 'Guides', 'Events', 'Membership', 'Contact'];
const lRel = ['Gas safety check deadline: what changes in June', 'Members back call for faster possession hearings', 'Five questions to ask a letting agent'];
const lPop = ['Rent arrears figures fall for third quarter', 'Federation launches free tenancy template'];
const lCom = [
  'As a landlord with one house in Millfield I would pay this fee out of a rent that has not gone up in three years.',
  'Good to see the federation asking for a pilot rather than just opposing it.',
];
const lFoot = ['About the Federation', 'Privacy Policy', 'Terms', 'Advertise with us'];
const lHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>${lTitle} - Northern Landlords Federation</title>
<meta property="og:type" content="article"><meta property="article:section" content="News"><meta property="article:published_time"
content="2026-04-07T10:12:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${lTitle}","author":{"@type":"Person","name":"Declan
Moyse"}}</script>
<script>var tdBlocksArray = []; var td_ajax_url="https://nlf.example/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5";</script></head>
<body class="post-template-default single single-post td-standard-pack global-block-template-1 tdb_template_410 tdb-template td-full-layout">
<div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-template-wrap"><div class="tdc-zone tdc-header">
<div class="tdb_header_menu tdb-menu-items-pulldown"><ul id="menu-main" class="tdb-block-menu
tdb-menu">${links(lNav, 'menu-item tdb-menu-item-button')}</ul></div>
<div class="tdb_header_search"><span class="tdb-head-search-btn">Search</span></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><div class="tdc-row"><div class="vc_row tdi_75 wpb_row td-pb-row">
<div class="vc_column tdi_78 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_breadcrumbs"><span><a href="/" class="tdb-entry-crumb">Home</a></span><i class="tdc-font-tdmp"></i>
<span><a href="/category/news/" class="tdb-entry-crumb">News</a></span></div>
<div class="td_block_wrap tdb_single_categories"><div class="tdb-category td-fix-index"><a class="tdb-entry-category"
href="/category/licensing/">Licensing</a></div></div>
<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">${lTitle}</h1></div>
<div class="td_block_wrap tdb_single_author"><div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span>
<a class="tdb-author-name" href="/author/dmoyse/">Declan Moyse</a></div></div>
<div class="td_block_wrap tdb_single_date"><time class="entry-date updated td-module-date" datetime="2026-04-07T10:12:00+00:00">7 April 2026</time></div>
<div class="td_block_wrap tdb_single_post_share"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook"><span
class="td-social-but-text">Facebook</span></a>
<a class="td-social-sharing-button td-social-twitter"><span class="td-social-but-text">Twitter</span></a><a class="td-social-sharing-button"><span
class="td-social-but-text">WhatsApp</span></a></div></div>
<div class="td_block_wrap tdb_single_featured_image"><figure><img src="/wp-content/uploads/2026/04/eastmoor-terraces.jpg" alt="">
<figcaption class="tdb-caption-text">Terraced streets in Eastmoor’s Millfield ward. Photo: NLF</figcaption></figure></div>
<div class="td_block_wrap tdb_single_content tdi_85 td-pb-border-top"><div class="tdb-block-inner td-fix-index">
${ps(lBody1)}
<div class="td-a-ad id_inline_ad0 id_ad_content-horiz-center"><span class="td-adspot-title">- Advertisement -</span></div>
<h2>${lHead}</h2>
${ps(lBody2)}
<blockquote class="td_quote td_quote_box td_box_center"><p>Read also: <a href="/gas-safety-deadline/">Gas safety check deadline: what changes in
June</a></p></blockquote>
<h2>${lHead2}</h2>
<ul>${lList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(lBody3)}
</div></div>
<div class="td_block_wrap tdb_single_tags"><ul class="tdb-tags"><li><span>TAGS</span></li><li><a href="/tag/licensing/">selective licensing</a></li>
<li><a href="/tag/eastmoor/">Eastmoor</a></li></ul></div>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item">Related articles</a></h4>
<div class="td-related-row">${lRel
  .map(
    (t) => `<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3 class="entry-title
td-module-title"><a href="/r/">${t}</a></h3></div>`,
  )
  .join('')}</div></div>
<div id="comments" class="comments"><div class="wpdiscuz_top_clearing"></div><div id="wpdcom" class="wpdiscuz_unauth wpd-default">
<div class="wpd-thread-head"><div class="wpd-thread-info"><span class="wpdtc">2</span> Comments</div></div>
<div class="wpd-form-head"><div class="wpd-login">Login</div></div><div class="wpd-thread-list">
<div class="wpd-comment"><div class="wpd-comment-author">R. Hollins</div><div class="wpd-comment-date">8 April 2026</div><div
class="wpd-comment-text"><p>${lCom[0]}</p></div>
<div class="wpd-reply-button"><span>Reply</span></div></div>
<div class="wpd-comment"><div class="wpd-comment-author">Tessa K</div><div class="wpd-comment-date">8 April 2026</div><div
class="wpd-comment-text"><p>${lCom[1]}</p></div></div>
</div></div></div></div></div>
<div class="vc_column wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper td_block_wrap td_block_popular">
<h4 class="block-title"><span class="td-pulldown-size">Most read</span></h4>${lPop
  .map(
    (t) => `<div class="td_module_wrap td_module_flex"><h3
class="entry-title td-module-title"><a>${t}</a></h3></div>`,
  )
  .join('')}
<div class="td_block_wrap tdm_block_inline_text"><p class="tdm-descr">Not a member yet? Join 2,300 landlords for legal helpline access and template
documents.</p>
<a class="tdm-btn" href="/join/">Join today</a></div></div></div></div></div></div></div>
<div class="td-footer-template-wrap"><div class="tdc-footer"><ul>${links(lFoot)}</ul><p class="tdb-footer-copyright">© Northern Landlords Federation
2026</p></div></div></div>
<div class="cmplz-cookiebanner"><div class="cmplz-message"><p>We use cookies to optimise our website and our service.</p></div>
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<script src="/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js"></script></body></html>`;
const nlf: TestPage = {
  name: 'heldout301-tagdiv-newspaper-landlords-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [lHead, lHead2],
  body: texts([...lBody1, ...lBody2, ...lList, ...lBody3]),
  bylines: ['Declan Moyse', '7 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lNav, 'Search', 'Licensing', 'Facebook', 'Twitter', 'WhatsApp', 'Terraced streets in Eastmoor’s Millfield ward. Photo: NLF', '- Advertisement -',
    'Read also: Gas safety check deadline: what changes in June', 'TAGS', 'selective licensing', 'Related articles', ...lRel.slice(1), 'Comments', 'Login',
    'R. Hollins', '8 April 2026', ...lCom, 'Reply', 'Tessa K', 'Most read', ...lPop,
    'Not a member yet? Join 2,300 landlords for legal helpline access and template documents.', 'Join today', ...lFoot, '© Northern Landlords Federation 2026',
    'We use cookies to optimise our website and our service.', 'View preferences',
  ],
};

const mTitle = 'Fixed or tracker? Choosing a remortgage deal when rates are drifting down';
const mHeads = ['How the two types of deal work', 'The case for fixing', 'The case for a tracker', 'A worked example', 'What we would do'];
const mP0 = [
  j(
    'More than a third of the clients we spoke to in March had a fixed rate ending this year. Almost all of them asked the same',
    'question: should I lock in again, or take a tracker and hope rates keep falling?',
  ),
];
const mP1 = [
  j(
    'A fixed-rate mortgage keeps your interest rate, and so your monthly payment, the same for a set period, usually two or five years.',
    'A tracker follows the central bank rate plus a margin, so your payment moves up or down whenever that rate changes.',
  ),
];
const mP2 = [
  j(
    'Certainty is the obvious benefit. If your budget is tight, or you have children starting nursery, a payment that cannot rise is worth',
    'a lot. Five-year fixes are currently priced slightly below two-year deals, which means you are not paying much extra for the security.',
  ),
];
const mP3 = [
  j(
    'Trackers suit borrowers with some slack in their budget. Many now come without early repayment charges, so you can switch to a',
    'fixed rate later if the outlook changes. The risk is that rates stall or rise, and you carry that risk yourself.',
  ),
];
const mP4 = ['Take a £220,000 balance over 22 years. At the rates available to us in early April:'];
const mList = [
  'A five-year fix at 4.19% costs £1,262 a month.',
  'A tracker at base plus 0.64%, currently 4.39%, costs £1,286 a month today.',
  'The tracker only becomes cheaper if the base rate falls by at least a quarter point within the first year.',
];
const mP5 = [
  j(
    'There is no single right answer, but for most of our clients the five-year fix wins on balance. If you are weighing it up, book a',
    'call and we will run your own numbers across the whole market. Your home may be repossessed if you do not keep up repayments on your mortgage.',
  ),
];
const mNav = ['Remortgage', 'First-time buyers', 'Buy to let', 'Protection', 'Blog', 'Contact us'];
const mTopics = ['Remortgaging', 'Interest rates', 'First-time buyers', 'Buy to let'];
const mRecent = ['What lenders look at when you are self-employed', 'Porting your mortgage when you move'];
const mh = (t: string): string => `<h2>${t}</h2>`;
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${mTitle}</title><meta name="generator" content="HubSpot">
<meta property="og:type" content="article"><meta name="description" content="We compare fixed and tracker remortgage deals in a falling-rate market.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${mTitle}","datePublished":"2026-04-09"}</script>
<script>var hsVars = {render_id: "4b1c", ticks: 1712660000, page_id: 16612093341};</script>
<link rel="stylesheet" href="https://www.keystonelane.example/hs-fs/hub/2219004/hub_generated/template_assets/blog-post.min.css"></head>
<body><div class="body-wrapper hs-content-id-16612093341 hs-blog-post hs-blog-id-4402011"><div
data-global-resource-path="keystone/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav class="menu menu--desktop"><ul class="menu__wrapper no-list">${links(mNav, 'hs-menu-item hs-menu-depth-1')}</ul></nav></div>
<a class="button header__cta" href="/book-a-call">Book a free call</a></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field">${mTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/hannah-redfern">Hannah Redfern</a><time datetime="2026-04-09 08:30:00" class="blog-post__timestamp">Apr 9,
2026 8:30:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">
${ps(mP0)}
<p><img src="https://www.keystonelane.example/hubfs/blog/rates-chart.png" alt="Chart of average two- and five-year fixed rates, 2024 to 2026"></p>
${mh(mHeads[0] ?? '')}${ps(mP1)}
${mh(mHeads[1] ?? '')}${ps(mP2)}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-6c1a"><span class="hs-cta-node hs-cta-6c1a">
<a href="https://cta-redirect.hubspot.example/cta/redirect/2219004/6c1a" class="cta_button">Compare remortgage deals in 10 minutes</a></span></span><!-- end
HubSpot Call-to-Action Code --></p>
${mh(mHeads[2] ?? '')}${ps(mP3)}
${mh(mHeads[3] ?? '')}${ps(mP4)}<ul>${mList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mh(mHeads[4] ?? '')}${ps(mP5)}
</span></div>
<div class="blog-post__tags"><span>Topics:</span> <a class="blog-post__tag-link" href="/blog/tag/remortgaging">Remortgaging</a>,
<a class="blog-post__tag-link" href="/blog/tag/interest-rates">Interest rates</a></div>
<div class="blog-post__author"><h3>About the author</h3><p>Hannah is a CeMAP-qualified adviser who has helped homeowners in the region find mortgages since
2012.</p></div>
<div class="blog-post__social-sharing"><a class="social-share-link" href="#">Share on LinkedIn</a><a class="social-share-link" href="#">Share by
email</a></div></article>
<aside class="blog-sidebar"><div class="hs_cos_wrapper_type_module"><h3>Subscribe to our blog</h3>
<form class="hs-form" data-form-id="a81e"><label>Email<span class="hs-form-required">*</span></label><input type="email"><input type="submit"
value="Subscribe"></form></div>
<div class="hs_cos_wrapper_type_module"><h3>Topics</h3><ul>${links(mTopics)}</ul></div>
<div class="hs_cos_wrapper_type_module"><h3>Recent posts</h3><ul>${links(mRecent)}</ul></div></aside></div></div></main>
<footer class="footer"><p>Keystone Lane Mortgages Ltd is an appointed representative of Quillfield Financial Ltd, regulated by the FCA.</p>
<p>© 2026 Keystone Lane Mortgages</p></footer></div>
<div id="hs-eu-cookie-confirmation"><div id="hs-eu-cookie-confirmation-inner"><p id="hs-eu-policy-wording">This website stores cookies on your computer to
improve your experience.</p>
<div id="hs-eu-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button">Accept</a><a id="hs-eu-decline-button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script></body></html>`;
const keystone: TestPage = {
  name: 'heldout301-hubspot-mortgage-broker-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mP0, ...mP1, ...mP2, ...mP3, ...mP4, ...mList, ...mP5]),
  bylines: ['Hannah Redfern', 'Apr 9, 2026 8:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...mNav, 'Book a free call', 'Compare remortgage deals in 10 minutes', 'Topics:', 'About the author',
    'Hannah is a CeMAP-qualified adviser who has helped homeowners in the region find mortgages since 2012.', 'Share on LinkedIn', 'Share by email',
    'Subscribe to our blog', ...mTopics, 'Recent posts', ...mRecent,
    'Keystone Lane Mortgages Ltd is an appointed representative of Quillfield Financial Ltd, regulated by the FCA.',
    '© 2026 Keystone Lane Mortgages', 'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT301_C: readonly TestPage[] = [nlf, keystone];
