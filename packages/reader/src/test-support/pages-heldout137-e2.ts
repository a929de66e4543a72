import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 137, file e2: a HubSpot CMS company blog post on the Growth theme (the header partial with "Skip to content",
 * the main menu and a "Request a service visit" button, the hs_cos_wrapper post title, the author and timestamp, the social
 * sharing module, the rich-text post body with an inline CTA after the text, the tag links, the author bio, a blog subscribe
 * form, related posts, the comment form, the footer partial and the hs-eu cookie banner).
 */
const hsTitle = 'How often should a commercial rooftop unit be serviced?';
const hsP1 = [
  'It is one of the questions we are asked most often by facilities managers, usually just after a rooftop unit has failed on the hottest ' +
    'day of the year. The short answer is at least twice a year. The longer answer depends on what the unit does, how old it is and what it ' +
    'sits above.',
];
const hsH1 = 'The minimum: spring and autumn';
const hsP2 = [
  'Most packaged rooftop units both heat and cool, so they need checking before each season’s heavy use. A spring visit focuses on cooling: ' +
    'refrigerant pressures, condenser coils and the condensate drain. An autumn visit focuses on heating: the burner or heat pump, flue, heat ' +
    'exchanger and safety controls.',
  'Both visits include the jobs that affect efficiency all year round:',
];
const hsL1 = [
  'replacing or cleaning filters;',
  'checking belts, bearings and fan motors;',
  'cleaning coils;',
  'checking dampers and economiser operation;',
  'testing controls and thermostat calibration.',
];
const hsH2 = 'When twice a year is not enough';
const hsP3 = ['Some sites need quarterly visits, or filter changes every month. The most common reasons are:'];
const hsL2 = [
  '<strong>Kitchens and food production</strong>, where grease loads filters and coils quickly.',
  '<strong>Sites next to busy roads, building works or farmland</strong>, where dust and pollen block filters.',
  '<strong>Units more than 12 years old</strong>, where small faults develop faster and parts wear.',
  '<strong>Server rooms</strong> and other spaces where the unit runs around the clock.',
];
const hsH3 = 'What skipping maintenance really costs';
const hsP4 = [
  'Across the 380 rooftop units we maintain, units on a planned twice-yearly contract had 64 percent fewer emergency call-outs last year than ' +
    'units we were called to only when something broke. Dirty coils and clogged filters alone can raise energy use by 15 to 20 percent, which ' +
    'on a large unit can mean several thousand pounds a year.',
  'There is also the refrigerant. Under F-gas rules, many commercial systems must be leak-checked at set intervals depending on the amount ' +
    'and type of refrigerant they hold. Regular maintenance visits are the easiest way to keep those records up to date.',
];
const hsH4 = 'Signs your unit needs attention now';
const hsP5 = ['Do not wait for the next scheduled visit if you notice any of the following:'];
const hsL3 = [
  'rooms that never quite reach the set temperature;',
  'ice on the refrigerant pipes;',
  'water leaking inside the building below the unit;',
  'new rattling, grinding or squealing noises;',
  'a sudden jump in the electricity bill.',
];
const hsH5 = 'Planning a maintenance schedule';
const hsP6 = [
  'The best schedule is one built around your building, not a standard contract. We start with a survey of each unit, note its age, ' +
    'condition and duty, and set visit frequencies accordingly. For most customers that ends up as two full services a year, with filter ' +
    'changes in between for the units that need them.',
];
const hsNav = ['Services', 'Sectors', 'Case Studies', 'About', 'Blog', 'Contact'];
const hsShare = ['Share on Facebook', 'Share on LinkedIn', 'Share on X', 'Share by email'];
const hsCta = 'Download our free rooftop unit maintenance checklist';
const hsTags = ['Preventive Maintenance', 'Rooftop Units', 'HVAC'];
const hsBio =
  'Declan has maintained commercial heating and cooling systems across the north-west for 22 years and leads Brannock’s planned ' + 'maintenance team.';
const hsSub = ['Subscribe to our blog', 'Email', 'Subscribe'] as const;
const hsRelated = [
  ['F-gas leak checks: what facilities managers need to know', 'A plain-English guide to the intervals, the records and who is responsible.'],
  ['Repair or replace? Deciding what to do with an ageing chiller', 'Five questions to ask before you sign off on a major repair.'],
  ['Why your office is too hot in the afternoon', 'Solar gain, zoning and the controls settings we see most often.'],
] as const;
const hsComment = [
  'Comments',
  'Leave a comment',
  'First Name',
  'Last Name',
  'Website',
  'Comment',
  'Subscribe to follow-up comments for this post',
  'Submit',
] as const;
const hsFoot = [
  'Brannock Mechanical Services Ltd',
  'Unit 4, Larchfield Trading Estate, Preston PR2 7BN',
  '01632 960 588',
  '24-hour emergency line: 01632 960 599',
  'Privacy Notice',
  'Cookie Settings',
  'Careers',
  '© 2025 Brannock Mechanical Services Ltd. Registered in England No. 04517729.',
] as const;
const hsCookie =
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website and ' +
  'allow us to remember you. We use this information to improve your browsing experience and for analytics about our visitors.';
const wrap = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="${type}">${inner}</span>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul>\n${a.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const field = (
  name: string,
  label: string,
  req: boolean,
  type = 'text',
): string => `<div class="hs_${name} hs-${name} hs-fieldtype-${type} field hs-form-field">
<label id="label-${name}" for="${name}-7d5f" class=""><span>${label}</span>${req ? '<span class="hs-form-required">*</span>' : ''}</label>
<div class="input"><input id="${name}-7d5f" name="${name}" type="${type}" class="hs-input"></div></div>`;
const hsBody = `${ps(hsP1)}
<!--more-->
<h2>${hsH1}</h2>
${ps(hsP2)}
${ul(hsL1)}
<h2>${hsH2}</h2>
${ps(hsP3)}
${ul(hsL2)}
<h2>${hsH3}</h2>
${ps(hsP4)}
<h2>${hsH4}</h2>
${ps(hsP5)}
${ul(hsL3)}
<h2>${hsH5}</h2>
${ps(hsP6)}
<div class="hs-web-interactive-inline" style="" data-hubspot-wrapper-cta-id="184220331571"><a
href="https://cta-service-cms2.hubspot.example/web-interactives/public/v1/track/click?id=184220331571"
class="hs-inline-web-interactive-184220331571" data-hubspot-cta-id="184220331571" target="_blank" rel="noopener">${hsCta}</a></div>`;
const hsHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hsTitle}</title>
<link rel="shortcut icon" href="https://www.brannockmechanical.example/hubfs/favicon.png"><meta name="description"
content="At least twice a year. Here is when to do more.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${hsTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.brannockmechanical.example/blog/how-often-service-rooftop-unit">
<link rel="stylesheet" href="https://www.brannockmechanical.example/hs-fs/hub/8841203/hub_generated/template_assets/1/84512/1724081133/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hsTitle}",
"author":{"@type":"Person","name":"Declan Moore"},
"datePublished":"2025-08-19T12:00:00Z","publisher":{"@type":"Organization","name":"Brannock Mechanical Services"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-182431092214 hs-blog-post hs-blog-id-98217740581">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span
id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="https://www.brannockmechanical.example" id="hs-link-site_logo_hs_logo_widget"
style="border-width:0px;border:0px;"><img src="https://www.brannockmechanical.example/hubfs/brannock-logo.svg" class="hs-image-widget" height="48" width="180"
alt="Brannock Mechanical Services"></a></span></div></div><div class="header__column"><div class="header__row-2"><div
class="header__menu header__menu--desktop">
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${hsNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link${t === 'Blog' ? ' menu__link--active-link' : ''}"
href="https://www.brannockmechanical.example/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div><div class="header__button-wrapper"><a class="button header__button" href="https://www.brannockmechanical.example/request-service">Request a
service visit</a>
</div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1>${wrap('name', 'text', hsTitle)}</h1>
<div class="blog-post__meta"><img class="blog-post__author-image" src="https://www.brannockmechanical.example/hubfs/declan-moore.jpg" alt="Declan Moore"
width="50">
<a href="https://www.brannockmechanical.example/blog/author/declan-moore" rel="author">Declan Moore</a>
<time datetime="2025-08-19 12:00:00" class="blog-post__timestamp">August 19, 2025</time></div>
<div class="blog-post__social-sharing">${hsShare
  .map(
    (t) => `<a class="social-sharing__link" href="https://www.brannockmechanical.example/share?via=${t.split(' ').pop()}" target="_blank" rel="noopener">
<span class="show-for-sr">${t}</span><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 264 512" aria-hidden="true"></svg></a>`,
  )
  .join('')}</div>
<div class="blog-post__body">${wrap('post_body', 'rich_text', hsBody)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path
d="M0 252.118V48C0 21"/></g></svg>
${hsTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="https://www.brannockmechanical.example/blog/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div>
<div class="blog-post__author"><a class="blog-post__author-name" href="https://www.brannockmechanical.example/blog/author/declan-moore">Declan Moore</a>
<p class="blog-post__author-bio">${hsBio}</p></div>
</article></div></div>
<section class="blog-subscribe"><div class="content-wrapper"><div id="hs_cos_wrapper_blog_subscribe"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><h3 class="blog-subscribe__title">${hsSub[0]}</h3><form class="hs-form stacked" novalidate>
${field('email', hsSub[1], true, 'email')}<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="${hsSub[2]}"></div></div>
</form></div></div></section>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hsRelated
  .map(
    ([t, e]) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link"
href="https://www.brannockmechanical.example/blog/${t.length}"><img class="blog-related-posts__image"
src="https://www.brannockmechanical.example/hubfs/${t.length}.jpg"
loading="lazy" alt=""></a><div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="https://www.brannockmechanical.example/blog/${t.length}">${t}</a></h3><p>${e}</p></div></article>`,
  )
  .join('\n')}</div></div></section>
<section class="blog-comments"><div class="content-wrapper"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><h3 class="comments-title">${hsComment[0]}</h3>
<div id="comments-listing" class="new-comments"></div><div id="hs_form_target_blog_comments"><form class="hs-form comment-form stacked" novalidate>
<h4 class="comment-form-title">${hsComment[1]}</h4>${field('firstname', hsComment[2], true)}${field('lastname', hsComment[3], false)}
${field('email', 'Email', true, 'email')}${field('website', hsComment[4], false)}<div class="hs_comment hs-comment hs-fieldtype-textarea field hs-form-field">
<label for="comment-7d5f"><span>${hsComment[5]}</span><span class="hs-form-required">*</span></label><div class="input"><textarea id="comment-7d5f"
name="comment"
class="hs-input"></textarea></div></div><div class="hs_subscribe_to_comments field"><ul class="inputs-list"><li class="hs-form-booleancheckbox">
<label class="hs-form-booleancheckbox-display"><input type="checkbox" name="subscribe_to_comments"
value="true"><span>${hsComment[6]}</span></label></li></ul></div>
<div class="hs_submit hs-submit"><div class="actions"><button type="submit"
class="hs-button primary large">${hsComment[7]}</button></div></div></form></div></div>
</div></div></section></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__address"><p><strong>${hsFoot[0]}</strong><br>${hsFoot[1]}</p><p>${hsFoot[2]}<br>${hsFoot[3]}</p></div>
<nav class="menu menu--desktop footer__menu" aria-label="Footer menu"><ul class="menu__wrapper no-list">
${hsFoot
  .slice(4, 7)
  .map(
    (t) =>
      `<li class="menu__item menu__item--depth-1"><a class="menu__link"
href="https://www.brannockmechanical.example/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('\n')}</ul></nav><p class="footer__copyright">${hsFoot[7]}</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-position="bottom">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${hsCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button"
role="button" href="#">Decline</a>
</div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/8841203.js"></script>
<script>var hsVars = {"ticks":1724081133000,"page_id":182431092214,"content_group_id":98217740581,
"portal_id":8841203,"app_hs_base_url":"https://app.hubspot.example"};</script>
</body></html>`;
export const hubspotPost: TestPage = {
  html: hsHtml,
  name: 'heldout137-hubspot-cms-blog',
  kind: 'blog',
  // the author link and timestamp are bylines (the author's name repeats in the bio box); the share labels, the inline CTA at
  // the end of the post body, tags, bio, subscribe form, related posts, comment form, footer and cookie banner are furniture
  title: hsTitle,
  headings: [hsH1, hsH2, hsH3, hsH4, hsH5],
  body: texts([...hsP1, ...hsP2, ...hsL1, ...hsP3, ...hsL2, ...hsP4, ...hsP5, ...hsL3, ...hsP6]),
  bylines: ['Declan Moore', 'August 19, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hsNav, 'Request a service visit', ...hsShare, hsCta, ...hsTags, hsBio, hsSub[0], 'Email', 'Related posts', ...hsRelated.flat(),
    ...hsComment, ...hsFoot, hsCookie, 'Accept', 'Decline',
  ],
};
