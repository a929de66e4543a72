import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tidy, trs } from './pages-heldout498-kit.js';

/**
 * Held-out batch 498, file e2: a leisure operator's news post on HubSpot CMS (cookie banner, price table, tags, related posts,
 * subscribe form).
 */
const hTitle = 'New prices from 1 April 2027';
const hBody = [
  j(
    'From 1 April 2027 some of our prices will change at all seven Everactive centres. This is the first increase in two years, and',
    'most pay-as-you-go prices will rise by between 10p and 40p. Memberships bought before 1 April will stay at their current price',
    'until 30 June.',
  ),
  j(
    'Like many leisure operators, we have seen the cost of heating our pools more than double since 2022. We have kept the increase',
    'as small as we can, and we have frozen prices for juniors, over 65s and Everactive Access card holders.',
  ),
];
const hRows = [
  ['Adult swim', '£5.20', '£5.50'],
  ['Junior swim', '£2.90', '£2.90'],
  ['Gym session', '£7.00', '£7.40'],
  ['Fitness class', '£7.50', '£7.80'],
  ['Swim and gym membership (monthly)', '£34.00', '£36.50'],
];
const hAfter = [
  j(
    'If you pay by Direct Debit, we will write to you by 1 March with your new monthly amount. You do not need to do anything. If you',
    'would like to change or freeze your membership, you can do so online or at any reception.',
  ),
  j(
    'Everactive is a not-for-profit trust. Every penny of surplus goes back into our centres, and this year that includes new changing',
    'rooms at Oldmoor and a new learner pool floor at Westfield.',
  ),
];
const hNav = ['Find a centre', 'Swimming', 'Gym', 'Classes', 'Kids', 'Memberships', 'News'];
const hRel = ['Westfield learner pool reopens with a moving floor', 'Half-term swimming crash courses', 'Oldmoor changing rooms: what’s changing'];
const hCw = (id: string, type: string, inner: string): string =>
  `<div id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="${type}">${inner}</div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><link rel="shortcut icon"
href="https://www.everactive.org.uk/hubfs/favicon.png">
<meta name="description" content="Some prices will change at Everactive centres from 1 April 2027. Here is what is changing and why.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><link rel="canonical"
href="https://www.everactive.org.uk/news/new-prices-from-1-april-2027">
<link rel="stylesheet" href="https://www.everactive.org.uk/hubfs/hub_generated/template_assets/1/150284/1731/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person","name":"Tom Ferrier"},
"datePublished":"2027-01-12"}</script>
<script>var hsVars = {"render_id":"4f1a2c","ticks":1736672400,"page_id":1863521,
"content_group_id":1842211,"portal_id":2719940,"app_hs_base_url":"https://app.hubspot.com"};</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-1863521 hs-blog-post hs-blog-id-1842211">
<div data-global-resource-path="everactive-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">${hCw(
  'site_logo',
  'logo',
  `<span class="hs_cos_wrapper hs_cos_wrapper_widget">
<a href="/" id="hs-link-site_logo" style="border-width:0px;border:0px;"><img src="https://www.everactive.org.uk/hubfs/logo.svg" class="hs-image-widget"
alt="Everactive Leisure"></a></span>`,
)}</div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element">${hCw(
  'site_search',
  'module',
  `<div class="hs-search-field">
<div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results"><label class="show-for-sr" for="search-field">Search</label>
<input type="text" id="search-field" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search">
<button aria-label="Search"><span id="hs_cos_wrapper_site_search_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon"><svg
aria-hidden="true"></svg></span>
</button></form></div></div>`,
)}</div></div><div class="header__row-2"><div class="header__menu header--element">${hCw(
  'navigation-primary',
  'module',
  `<nav class="menu menu--desktop"
aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>`,
)}</div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.everactive.org.uk/news/author/tom-ferrier" rel="author">Tom Ferrier</a>
<time datetime="2027-01-12 09:30:00" class="blog-post__timestamp">January 12, 2027</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hBody)}
<!--more--><h2>What is changing</h2>
<div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%; margin-left: auto; margin-right: auto;"><table
style="width: 100%; border-collapse: collapse;
table-layout: fixed; border: 1px solid #99ACC2;"><tbody><tr><td style="width: 50%; padding: 4px;"><strong>Price</strong></td><td style="padding: 4px;">
<strong>Now</strong></td>
<td style="padding: 4px;"><strong>From 1 April</strong></td></tr>
${trs(hRows)}
</tbody></table></div>
<h2>What you need to do</h2>${ps(hAfter)}</span></div>
<div class="blog-post__tags"><svg aria-hidden="true" class="blog-post__tag-icon"></svg>${['Memberships', 'Prices']
  .map(
    (t) => `<a class="blog-post__tag-link"
href="https://www.everactive.org.uk/news/tag/${t.toLowerCase()}" rel="tag">${t}</a>`,
  )
  .join(',\n')}</div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (t) => `<div class="blog-related-posts__post">
<a class="blog-related-posts__image-link" href="/news/${t.toLowerCase().replace(/\W+/g, '-')}"><img class="blog-related-posts__image"
src="https://www.everactive.org.uk/hubfs/news.jpg"
loading="lazy" alt=""></a><div class="blog-related-posts__content"><h3><a class="blog-related-posts__title-link"
href="/news/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></h3></div></div>`,
  )
  .join('\n')}
</div></section></div></div></main>
<div data-global-resource-path="everactive-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hCw(
  'footer_form',
  'module',
  `<h3 class="footer__form-title">Get Everactive news by email</h3><div class="hs_cos_wrapper_type_form"><form class="hs-form stacked">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-8e1f" class=""><span>Email</span><span
class="hs-form-required">*</span></label>
<div class="input"><input id="email-8e1f" name="email" required="" type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Sign up"></div></div></form></div>`,
)}
<p class="footer__charity">Everactive Leisure Trust is a registered charity (no. 1144582) and a company limited by guarantee.</p>
<ul class="footer__links">${links(['Accessibility', 'Privacy notice', 'Cookie settings', 'Careers', 'Contact us'])}</ul></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-banner-type="ACCEPT_DECLINE">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website and provide more personalised services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/2719940.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout498-hubspot-price-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: ['What is changing', 'What you need to do'],
  body: [...texts(hBody), ...rowTexts(hRows), ...texts(hAfter)],
  bylines: ['Tom Ferrier', 'January 12, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...hNav, 'Memberships', 'Prices', 'Related posts', ...hRel, 'Get Everactive news by email', 'Email*',
    'Everactive Leisure Trust is a registered charity (no. 1144582) and a company limited by guarantee.', 'Accessibility', 'Privacy notice',
    'Cookie settings', 'Careers', 'Contact us',
    'This website stores cookies on your computer. These cookies are used to improve your website and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT498_E2: readonly TestPage[] = [hubspot].map(tidy);
