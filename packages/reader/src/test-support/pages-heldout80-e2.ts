import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 80, file e2: a company blog post on HubSpot CMS (Growth theme: skip link, logo, site search, the primary
 * menu with submenus, "Book a demo", the hs_cos_wrapper title and post body, author link and timestamp, a rendered
 * legacy CTA button and a rich inline CTA with its own h3 inside the post body, tags, the comment form, "Related posts",
 * the subscribe band with a HubSpot form and legal text, the footer menus and the HubSpot cookie banner).
 */
const hsTitle = 'Five temperature excursions your data loggers are not catching';
const hsW = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="${type}">${inner}</span>`;
const hs1 = [
  'Most pharmacy and food distributors we talk to are confident about their cold chain. They have loggers in every vehicle, a ' +
    'validated range of 2 to 8 °C, and an alarm that goes off when a reading leaves it. Then we put a second, higher-frequency ' +
    'logger next to theirs for a month, and the picture changes.',
  'Across 41 pilot sites this year, our loggers recorded an average of 3.6 excursions per vehicle per week that the existing system ' +
    'never flagged. Almost none of them were long enough to spoil stock on their own. Together, they are exactly what an auditor ' +
    'wants to see explained. Here are the five we see most often.',
];
const hsH1 = '1. The door-open spike';
const hs2 = [
  'Every delivery stop opens the back doors, and in summer the air near the door can rise above 12 °C in under a minute. A logger ' +
    'mounted at the front bulkhead, reading every fifteen minutes, will almost never catch it. A logger near the doors, reading ' +
    'every minute, catches it at nearly every stop.',
];
const hsH2 = '2. The overnight drift';
const hs3 = [
  'Vehicles parked on shore power overnight often drift down rather than up. We regularly see product sitting at 1.2 to 1.6 °C for ' +
    'several hours before dawn, which is below range for many vaccines and some dairy lines.',
];
const hsH3 = '3. The handover gap';
const hs4 = [
  'When stock moves from a vehicle into a chiller room, there are usually two systems involved and neither is responsible for the ' +
    'five to fifteen minutes on the dock. That is where we find the longest unrecorded excursions.',
];
const hsH4 = '4 and 5. The quiet failures';
const hs5 = ['The last two are less dramatic but just as common:'];
const hsList = [
  'Loggers that have drifted out of calibration by more than half a degree since their last certificate.',
  'Loggers whose batteries died mid-route, leaving a gap that the dashboard quietly draws as a straight line.',
];
const hsH5 = 'What to do about it';
const hs6 = [
  'None of this requires replacing your equipment overnight. Start with a four-week side-by-side trial on your two busiest routes, ' +
    'put one logger near the doors, and set it to read every minute. Then compare what each system saw at every stop.',
  'If the two records agree, you have evidence for your next audit. If they do not, you know where to start.',
];
const hsCta1 = 'Download the cold-chain audit checklist';
const hsCta2 = [
  'See every excursion, not just the alarms',
  'Frostline loggers report every reading, every minute, from the dock to the shelf.',
  'Book a 20-minute demo',
];
const hsMenu: [string, string[]][] = [
  ['Platform', ['Wireless loggers', 'Dashboards', 'Alerts']],
  ['Industries', ['Pharmacy', 'Food distribution', 'Clinical trials']],
  ['Pricing', []],
  ['Resources', ['Guides', 'Webinars', 'Case studies']],
  ['Blog', []],
];
const hsTags = ['Cold Chain', 'Compliance', 'Logistics'];
const hsRelated: [string, string][] = [
  ['How to read a temperature mapping report', 'A mapping study is only useful if you know which three pages to read first. Here they are.'],
  ['Calibration certificates, explained', 'What the numbers on your logger certificate actually promise, and what they do not.'],
  ['Winter is a cold-chain risk too', 'Freezing damages more stock than heat in some product lines. Here is how to plan for it.'],
];
const hsComment = ['First Name', 'Last Name', 'Email', 'Website', 'Comment', 'Subscribe to follow-up comments for this post'];
const hsSub = ['Get the Frostline blog in your inbox', 'One email a fortnight with our newest cold-chain guides. No sales calls.'];
const hsLegal = 'We use the details you give us to send you the blog digest. You can unsubscribe at any time from the link in every email.';
const hsFoot: [string, string[]][] = [
  ['Company', ['About us', 'Careers', 'Contact']],
  ['Resources', ['Guides', 'Webinars', 'Help centre']],
];
const hsCookie = 'We use cookies to understand how visitors use this site and to improve it. You can accept or decline analytics cookies.';
const hsMenuHtml = hsMenu
  .map(([t, sub]) =>
    sub.length === 0
      ? `<li class="no-submenu menu-item hs-skip-lang-url-rewrite${t === 'Blog' ? ' active-branch' : ''}"><a href="/${t.toLowerCase()}"
class="menu-link">${t}</a></li>`
      : `<li class="has-submenu menu-item hs-skip-lang-url-rewrite"><a href="javascript:;" class="menu-link">${t}</a><input type="checkbox" id="${t}"
class="submenu-toggle"><label class="menu-arrow" for="${t}"><span class="menu-arrow-bg"></span></label><ul class="submenu level-2">
${links(sub, 'no-submenu menu-item hs-skip-lang-url-rewrite')}</ul></li>`,
  )
  .join('\n');
const hsP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const hsHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hsTitle}</title>
<link rel="shortcut icon" href="https://www.frostline.io/hubfs/favicon.png"><meta name="description" content="Side-by-side logger trials show where
cold chains leak.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:description" content="Side-by-side logger trials show where cold chains leak."><meta property="og:title" content="${hsTitle}">
<meta name="twitter:card" content="summary_large_image"><meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" href="https://www.frostline.io/blog/rss.xml">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://www.frostline.io/blog/five-temperature-excursions"},"headline":"${hsTitle}","datePublished":"2025-10-21T13:00:00.000Z",
"dateModified":"2025-10-22T08:14:51.120Z","author":{"@type":"Person","name":"Priya Nandakumar","url":"https://www.frostline.io/blog/author/priya-nandakumar"},
"publisher":{"@type":"Organization","name":"Frostline","logo":{"@type":"ImageObject","url":"https://www.frostline.io/hubfs/frostline-logo.svg"}}}</script>
<link rel="stylesheet" href="https://www.frostline.io/hubfs/hub_generated/template_assets/1/59384023411/1729188400000/template_main.min.css">
<link rel="stylesheet" href="https://www.frostline.io/hubfs/hub_generated/module_assets/1/59384023520/1729188400000/module_blog-related-posts.min.css">
<link rel="canonical" href="https://www.frostline.io/blog/five-temperature-excursions">
<meta property="article:published_time" content="2025-10-21T13:00:00Z"><meta property="article:author" content="Priya Nandakumar">
</head>
<body><div class="body-wrapper   hs-content-id-182937465011 hs-blog-post hs-blog-id-58219461020">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<a href="//www.frostline.io?hsLang=en" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img
src="https://www.frostline.io/hubfs/frostline-logo.svg"
class="hs-image-widget " height="40" style="height: auto;width:160px;border-width:0px;border:0px;" width="160" alt="Frostline"
title="Frostline"></a></span></div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field"><div
class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="hs-search-field__label show-for-sr" for="site-search-input">Search</label>
<input type="text" id="site-search-input" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search">
<button class="hs-search-field__button " aria-label="Search"><svg width="24" height="24" viewBox="0 0 24 24"></svg></button></form></div></div></div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${hsMenuHtml}
</ul></nav></div><div class="header__button header--element"><a href="/demo" class="button">Book a demo</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hsW('name', 'text', hsTitle)}</h1>
<div class="blog-post__meta"><a href="https://www.frostline.io/blog/author/priya-nandakumar">Priya Nandakumar</a>
<time datetime="2025-10-21 13:00:00" class="blog-post__timestamp">Oct 21, 2025 9:00:00 AM</time></div>
<div class="blog-post__body">${hsW(
  'post_body',
  'rich_text',
  `${hsP(hs1)}
<!--more--><p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7c1e20b4-5a3d-4f0e-9b8a-2d6c1f4e8a90">
<span class="hs-cta-node hs-cta-7c1e20b4-5a3d-4f0e-9b8a-2d6c1f4e8a90" id="hs-cta-7c1e20b4-5a3d-4f0e-9b8a-2d6c1f4e8a90" style="visibility: visible;"
data-hs-drop="true"><a id="cta_button_5821946_7c1e20b4-5a3d-4f0e-9b8a-2d6c1f4e8a90" class="cta_button " href="https://www.frostline.io/cs/c/?cta_guid=7c1e20b4"
target="_blank" rel="noopener" style="" cta_dest_link="https://www.frostline.io/audit-checklist" title="${hsCta1}">${hsCta1}</a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(5821946,
'7c1e20b4-5a3d-4f0e-9b8a-2d6c1f4e8a90', {"useNewLoader":"true","region":"na1"});</script></span><!-- end HubSpot Call-to-Action Code --></p>
<h2>${hsH1}</h2>
${hsP(hs2)}
<h2>${hsH2}</h2>
${hsP(hs3)}
<h2>${hsH3}</h2>
${hsP(hs4)}
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-148231950611" style="max-width:100%; max-height:100%; width:700px;height:220px"
data-hubspot-wrapper-cta-id="148231950611"><div class="hs-web-interactive-inline" data-hubspot-wrapper-cta-id="148231950611">
<div class="hs-web-interactive-148231950611-content" style="background:#0b3d5c;color:#fff;padding:32px;border-radius:8px;"><h3>${hsCta2[0]}</h3>
<p>${hsCta2[1]}</p><a href="https://cta-service-cms2.hubspot.com/web-interactives/public/v1/track/redirect?encryptedPayload=AVxigLK3" target="_blank"
rel="noopener" class="hs-inline-web-interactive-148231950611 button">${hsCta2[2]}</a></div></div></div>
<h2>${hsH4}</h2>
${hsP(hs5)}
<ul>${hsList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${hsH5}</h2>
${hsP(hs6)}`,
)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path
d="M35.9 1.1C26.6 4.2 17.2 7.9 11.2 18.8"></path></g></svg>${hsTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(' ', '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div></article>
<section class="blog-comments"><span id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-blog_comments" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div id="comments-listing"
class="new-comments"></div><div id="hs_form_target_blog_comments"><form class="hs-form stacked comment-form" novalidate>
${hsComment
  .slice(0, 5)
  .map(
    (t) =>
      `<div class="hs_${t.toLowerCase().replace(' ', '_')} field hs-form-field"><label for="${t.toLowerCase().replace(' ', '_')}-c1"><span>${t}</span>${
        t === 'First Name' || t === 'Email' || t === 'Comment' ? '<span class="hs-form-required">*</span>' : ''
      }</label><div class="input">${
        t === 'Comment' ? '<textarea class="hs-input" name="comment"></textarea>' : '<input class="hs-input" type="text">'
      }</div></div>`,
  )
  .join('\n')}
<div class="hs_subscribe_for_follow_up field hs-form-field"><div class="input"><ul class="inputs-list"><li class="hs-form-booleancheckbox"><label
class="hs-form-booleancheckbox-display"><input class="hs-input" type="checkbox" value="true"><span>${hsComment[5]}</span></label></li></ul></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Submit
Comment"></div></div></form></div></div>
</span></section></div></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2 class="blog-related-posts__title">Related posts</h2><div class="blog-related-posts__list">
${hsRelated
  .map(
    ([t, s], i) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link" href="/blog/r${i}">
<img class="blog-related-posts__image" src="https://www.frostline.io/hubfs/blog/r${i}.jpg" loading="lazy" alt=""></a><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/r${i}">${t}</a></h3>
<p class="blog-related-posts__post-content">${s}</p></div></article>`,
  )
  .join('\n')}</div></div></section>
<section class="blog-subscribe"><div class="content-wrapper"><h2>${hsSub[0]}</h2><p>${hsSub[1]}</p>
<form class="hs-form-private hsForm_3f9a hs-form-3f9a hs-form stacked hs-custom-form" novalidate><div class="hs_email hs-email hs-fieldtype-text field
hs-form-field">
<label id="label-email-3f9a" for="email-3f9a"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-3f9a"
name="email" required="" type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>
<div class="legal-consent-container"><div class="hs-richtext"><p>${hsLegal}</p></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></section>
</main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hsFoot.map(([h, l]) => `<div class="footer__column"><h3 class="footer__heading">${h}</h3><ul class="footer__menu">${links(l)}</ul></div>`).join('\n')}
<div class="footer__copyright"><p>© 2025 Frostline Ltd. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></p>
</div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-banner-type="opt-in" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${hsCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<a id="hs-eu-cookie-settings-button" role="button" href="#">Cookie Settings</a><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<div id="hubspot-messages-iframe-container" class="widget-align-right" style="display: initial !important; z-index: 2147483647; position: fixed !important;
bottom: 0px !important;"><iframe src="https://app.hubspot.com/conversations-visitor/5821946/threads/utk/" title="Chat Widget" allowfullscreen=""></iframe></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script
src="https://www.frostline.io/hubfs/hub_generated/template_assets/1/59384023412/main.min.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/5821946.js"></script>
</body></html>`;
export const hubspotPost: TestPage = {
  html: hsHtml,
  name: 'heldout80-hubspot-cms-company-blog',
  kind: 'blog',
  // both CTAs inside the post body (the rendered button and the rich inline block with its h3) are furniture, not body or
  // headings; author and timestamp are bylines; the menu with its submenus, search, "Book a demo", tags, comment form
  // labels, related posts with summaries, the subscribe band, footer and cookie banner are furniture
  title: hsTitle,
  headings: [hsH1, hsH2, hsH3, hsH4, hsH5],
  body: [...hs1, ...hs2, ...hs3, ...hs4, ...hs5, ...hsList, ...hs6],
  bylines: ['Priya Nandakumar', 'Oct 21, 2025 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...hsMenu.flatMap(([t, s]) => [t, ...s]).filter((t, i, a) => a.indexOf(t) === i), 'Book a demo', hsCta1, ...hsCta2, ...hsTags,
    ...hsComment, 'Related posts', ...hsRelated.flat(), ...texts(hsSub), hsLegal, ...hsFoot.flatMap(([h, l]) => [h, ...l]).filter((t) => t !== 'Resources' &&
    t !== 'Guides' && t !== 'Webinars'), '© 2025 Frostline Ltd. All rights reserved.', 'Privacy policy', 'Terms of use', hsCookie, 'Cookie Settings', 'Accept',
    'Decline',
  ],
};
