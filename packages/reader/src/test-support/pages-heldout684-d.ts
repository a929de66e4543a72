import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout684-kit.js';

/** Held-out batch 684, file d: a national removal firm's long moving checklist on the HubSpot CMS blog (a marketplace theme). */
const hTitle = 'The Complete Long-Distance Moving Checklist';
const hIntro = [
  j(
    'Moving across the country is not a local move with a longer drive. You cannot pop back for the box you forgot, the crew will',
    'probably stay overnight, and your belongings may spend a night in a locked van in a depot halfway between the two homes.',
    'Everything that goes wrong on a local move goes wrong further from home.',
  ),
  j(
    'We have planned more than 9,000 long-distance moves since 2004. This is the checklist our move coordinators send to every',
    'customer, with the reasons behind each step, from the first survey to the first week in the new house.',
  ),
];
const hS8 = 'Eight weeks before';
const h8 = [
  'Book surveys with at least two removal firms and ask each for a fixed quote in writing.',
  'Decide what is not coming with you. Every item you sell or give away now is one you do not pay to move 300 miles.',
  'Measure the rooms and doorways in the new home if you can get access, and note any pieces of furniture that will not fit.',
  'Start a moving folder, paper or digital, for quotes, the inventory, contracts and your removal firm’s contact details.',
];
const hS6 = 'Six weeks before';
const h6 = [
  'Confirm your removal firm and pay the deposit. Check the date they hold for you matches your completion date.',
  'Order packing materials, or book the packing service if you want the crew to pack for you.',
  'Ask your employer about relocation leave or expenses; many firms pay towards removal costs for staff who relocate.',
  'Register with a GP and a dentist near the new home; waiting lists in some areas run to several months.',
];
const hS4 = 'Four weeks before';
const h4 = [
  'Begin packing the rooms you use least: the loft, the garage, the spare room and the good china.',
  'Tell your bank, your employer, HMRC, the DVLA and your pension providers your new address and moving date.',
  'Book a Royal Mail redirection for at least three months. It is cheap insurance against lost post.',
  'Arrange for pets to travel with you or with a specialist carrier; they cannot travel in the removal van.',
];
const hS2 = 'Two weeks before';
const h2 = [
  'Confirm arrival times and access at both ends with your move coordinator, including parking and any permits needed.',
  'Use up frozen food. Freezers must be empty and defrosted for at least 24 hours before they travel.',
  'Arrange meter readings and final bills for gas, electricity, water and broadband at the old home.',
];
const h2Note = j(
  'If the crew will stay overnight, ask where the van will be parked and whether it is kept in a secure depot. A reputable firm',
  'will tell you without hesitation and will not leave a loaded van on the street.',
);
const hSWeek = 'The week of the move';
const hS3d = 'Three days before';
const h3d = [
  'Pack a first-night box: kettle, mugs, tea, toilet roll, phone chargers, a torch, bedding and a change of clothes for everyone.',
  'Set aside documents, medicines, jewellery and laptops to travel with you, not in the van.',
  'Dismantle anything you have agreed to take apart yourself, and bag and label the screws.',
];
const hSEve = 'The day before';
const hEve = [
  'Defrost the freezer and disconnect the washing machine; leave the door open so it can dry out.',
  'Charge your phone and keep the crew leader’s number in it.',
  'Take meter photographs at the old home and keep a copy of your inventory to hand.',
];
const hSDay = 'Moving day';
const hDayIntro = j(
  'On a long-distance move, loading usually takes the whole of the first day and the van travels overnight. Delivery is',
  'normally the following morning, so you will need somewhere to sleep near the new home.',
);
const hDay = [
  'Walk the crew leader round the house before loading starts and point out anything fragile or staying behind.',
  'Check every room, cupboard and the loft before the van leaves, and sign the inventory only when you are satisfied.',
  'Leave keys for the buyer or agent as agreed and lock all the windows.',
  'Travel with your first-night box, pets and valuables, and let the crew leader know when you set off.',
];
const hSAfter = 'After you arrive';
const hAfterIntro = j(
  'Direct the crew room by room, using the colour codes or room labels on the boxes. Check furniture for damage as it comes',
  'off the van, and note anything on the delivery sheet before the crew leaves.',
);
const hAfter = [
  'Report any damage to your removal firm in writing within seven days; most goods in transit policies require it.',
  'Register to vote and update your council tax, car insurance and home insurance at the new address.',
  'Find the stopcock, the fuse box and the gas meter before you need them in a hurry.',
];
const hEnd = [
  j(
    'None of this is complicated on its own. What makes a long-distance move hard is that everything has to happen in the right',
    'order and in the same few weeks. Print the list, stick it on the fridge and cross things off as you go.',
  ),
  'And if you would like us to take the heavy lifting off your hands, our move coordinators are a phone call away.',
];
const hNav = ['Home Moves', 'International', 'Storage', 'Business Relocation', 'Moving Advice', 'About Ridgeway'];
const hTags = ['Long Distance Moves', 'Checklists'];
const hRel = ['How Removal Firms Price a 300-Mile Move', 'Moving in Winter: What to Plan For', 'Storage Between Homes: A Practical Guide'];
const hFoot = ['Careers', 'Customer Charter', 'Privacy Notice', 'Modern Slavery Statement', 'Sitemap'];
const hBody = [...hIntro, ...h8, ...h6, ...h4, ...h2, h2Note, ...h3d, ...hEve, hDayIntro, ...hDay, hAfterIntro, ...hAfter, ...hEnd];
const rt = 'class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field"';
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title><link rel="shortcut icon" href="https://www.ridgewayremovals.co.uk/hubfs/favicon.png">
<meta name="description" content="Our week-by-week checklist for moving across the country, from the first survey to the first week in your new home.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.ridgewayremovals.co.uk/moving-advice/long-distance-moving-checklist">
<link rel="stylesheet" href="https://www.ridgewayremovals.co.uk/hubfs/hub_generated/template_assets/1/8841201772/1705334412/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Priya Castellan"},"datePublished":"2026-01-20"}</script>
<style>#hs_cos_wrapper_widget_1705 .hs-cta-img{max-width:100%}</style>
<script>var hsVars = {"render_id":"c4e1a2b0","ticks":1705334412,"page_id":158812390,"content_group_id":8841190051,"portal_id":4418827,
"app_hs_base_url":"https://app-eu1.hubspot.com"}</script></head>
<body><div class="body-wrapper   hs-content-id-158812390 hs-blog-post hs-content-path-moving-advice-long-distance-moving-checklist hs-blog-id-8841190051 ">
<div data-global-resource-path="ridgeway-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo_hs_logo_widget">
<img src="https://www.ridgewayremovals.co.uk/hubfs/ridgeway-logo.svg" class="hs-image-widget" alt="Ridgeway National Removals" width="210" height="48"></a>
</span></div></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div>
<div class="header__navigation header--element">
<div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget"
data-hs-cos-type="module">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'has-submenu menu-item hs-skip-lang-url-rewrite')}</ul></nav>
</div></div>
<div class="header__search header--element"><div id="hs_cos_wrapper_site_search" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="site_search-input">Search</label>
<input type="text" id="site_search-input" class="hs-search-field__input" name="term" autocomplete="off" placeholder="Search"><button aria-label="Search">
<span class="show-for-sr">Search</span></button>
</form></div></div></div></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><div class="blog-post__breadcrumbs"><a href="/moving-advice">Moving Advice</a> / <span>Checklists</span></div>
<h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.ridgewayremovals.co.uk/moving-advice/author/priya-castellan">Priya Castellan</a>
<time datetime="2026-01-20 09:00:00" class="blog-post__timestamp">January 20, 2026</time><span class="blog-post__read-time">9 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" ${rt} data-hs-cos-type="rich_text">
${ps(hIntro)}
<!--more-->
<h2>${hS8}</h2><ul>${lis(h8)}</ul>
<h2>${hS6}</h2><ul>${lis(h6)}</ul>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8c2e11a0-5f4b-4a2e-9a77-0d1e2f3a4b5c">
<span class="hs-cta-node hs-cta-8c2e11a0-5f4b-4a2e-9a77-0d1e2f3a4b5c" id="hs-cta-8c2e11a0-5f4b-4a2e-9a77-0d1e2f3a4b5c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4418827/8c2e11a0-5f4b-4a2e-9a77-0d1e2f3a4b5c">
<img class="hs-cta-img" id="hs-cta-img-8c2e11a0" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/4418827/8c2e11a0.png"
alt="Get a fixed-price quote for your long-distance move"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script>
<script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(4418827, '8c2e11a0-5f4b-4a2e-9a77-0d1e2f3a4b5c', {"useNewLoader":"true",
"region":"eu1"});</script></span><!-- end HubSpot Call-to-Action Code --></p>
<h2>${hS4}</h2><ul>${lis(h4)}</ul>
<h2>${hS2}</h2><ul>${lis(h2)}</ul>${ps([h2Note])}
<h2>${hSWeek}</h2><h3>${hS3d}</h3><ul>${lis(h3d)}</ul><h3>${hSEve}</h3><ul>${lis(hEve)}</ul>
<h2>${hSDay}</h2>${ps([hDayIntro])}<ol>${lis(hDay)}</ol>
<h2>${hSAfter}</h2>${ps([hAfterIntro])}<ul>${lis(hAfter)}</ul>
${ps(hEnd)}
</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer">
<path d="M0 252.1V48C0 21.5 21.5 0 48 0h204.1"></path></g></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/moving-advice/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`).join(',\n')}</div>
<div class="blog-post__author"><img src="https://www.ridgewayremovals.co.uk/hubfs/team/priya.jpg" alt="Priya Castellan" width="80" height="80">
<div class="blog-post__author-bio"><h3>About the author</h3>
<p>Priya Castellan leads Ridgeway’s team of move coordinators in Swindale and has planned long-distance
moves for eleven years.</p></div></div>
<div class="blog-post__social-sharing"><span class="blog-post__share-label">Share this article</span>
<a class="share-link share-link--facebook" href="https://www.facebook.com/share.php?u=" aria-label="Share on Facebook"></a>
<a class="share-link share-link--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=" aria-label="Share on LinkedIn"></a>
<a class="share-link share-link--email" href="mailto:?subject=" aria-label="Share by email"></a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/moving-advice/">
<img class="blog-related-posts__image" src="https://www.ridgewayremovals.co.uk/hubfs/blog/thumb.jpg" alt="" loading="lazy"></a>
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/moving-advice/">${t}</a></h3></article>`,
  )
  .join('\n')}
</div></section>
<div class="blog-subscribe"><h3>Get moving advice in your inbox</h3><p>One email a month. Unsubscribe at any time.</p>
<div id="hs_form_target_blog_subscription" class="hbspt-form">
<form id="hsForm_8d1c" class="hs-form stacked hs-custom-form"
action="https://forms-eu1.hsforms.com/submissions/v3/public/submit/formsnext/multipart/4418827/8d1c">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-8d1c" for="email-8d1c"><span>Email</span>
<span class="hs-form-required">*</span></label>
<div class="input"><input id="email-8d1c" name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email" value="">
</div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<div data-global-resource-path="ridgeway-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__col"><p>Ridgeway National Removals Ltd, Kingsmead House, Swindale SW7 4BN. Registered in England and Wales No. 05193302.</p></div>
<nav class="footer__col" aria-label="Footer"><ul>${links(hFoot)}</ul></nav><p class="footer__copyright">© 2026 Ridgeway National Removals Ltd</p></div>
</footer></div>
</div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalised services to you.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4418827.js"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout684-hubspot-long-distance-checklist',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hS8, hS6, hS4, hS2, hSWeek, hS3d, hSEve, hSDay, hSAfter],
  body: texts(hBody),
  bylines: ['Priya Castellan', 'January 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Checklists', '9 min read', 'Long Distance Moves', 'About the author',
    'Priya Castellan leads Ridgeway’s team of move coordinators in Swindale and has planned long-distance moves for eleven years.',
    'Share this article', 'Related posts', ...hRel, 'Get moving advice in your inbox', 'One email a month. Unsubscribe at any time.', 'Email',
    'Ridgeway National Removals Ltd, Kingsmead House, Swindale SW7 4BN. Registered in England and Wales No. 05193302.', ...hFoot,
    '© 2026 Ridgeway National Removals Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT684_D: readonly TestPage[] = [hubspot];
