import { links, type TestPage, texts } from './page-kit.js';
import { healthPage } from './pages-heldout96-c2.js';

/**
 * Held-out batch 96, file c: a company marketing blog post on HubSpot CMS (announcement bar, the theme header with the
 * menu module and "Log in" / "Book a demo", the blog post template's hs_cos_wrapper spans, author link and timestamp, an
 * inline HubSpot CTA inside the post body, tags, the social sharing module with SVG titles, the empty comments module, the
 * blog subscription form with its frequency radios, related posts, the footer columns and the HubSpot cookie banner) and,
 * from file c2, a health information page shaped like a Mayo Clinic "Symptoms & causes" page.
 */
const hsTitle = 'How to Cut Repeat Truck Rolls: A Dispatcher’s Checklist';
const hsP1 = [
  'A repeat truck roll is any second visit to fix a problem that should have been fixed the first time. For most field service ' +
    'teams it is also the single most expensive thing that happens on an ordinary day: another technician hour, another drive, ' +
    'and a customer who now trusts you a little less.',
  'In our 2025 benchmark survey of 410 service companies, the median team sent a second truck on 14 percent of jobs. The best ' +
    'quarter of teams kept it under 6 percent. The difference was rarely the technicians. It was almost always what happened ' +
    'before anyone left the depot.',
  'Here is the checklist that the best dispatchers we work with rely on.',
];
const hsCta = 'Download the free first-time-fix checklist (PDF)';
const hsH1 = '1. Confirm the problem, not just the appointment';
const hsP2 = [
  'A booking that says “boiler not working” could mean a dozen different faults. Before the job is assigned, the best ' +
    'dispatchers call or message the customer with three or four short questions: what exactly is happening, when it started, ' +
    'what model the equipment is, and whether anyone has already tried to fix it.',
  'It takes five minutes and it changes what goes on the van.',
];
const hsH2 = '2. Match the job to the right technician';
const hsP3 = [
  'Not every technician is equally comfortable with every job. Keep a simple skills matrix and check it when you assign work, ' +
    'especially for older equipment and rarer brands. If the best-matched technician is booked, it is often cheaper to move the ' +
    'appointment by a day than to send someone who will need to come back.',
];
const hsH3 = '3. Check parts before the visit, not during it';
const hsP4 = [
  'Missing parts are the most common reason for a second visit in our data, behind only misdiagnosis. Give technicians a list ' +
    'of the likely parts for each job type and check the van stock against it the day before.',
];
const hsList = [
  'Keep a standard kit for your five most common job types.',
  'Flag jobs on equipment older than ten years for a parts check.',
  'Let technicians reserve parts from the depot the evening before.',
];
const hsH4 = '4. Send the history with the job';
const hsP5 = [
  'If someone from your team has already been to that address, the next technician should know what they found and what they ' +
    'did. A job card that includes previous visit notes and photos can save the first half hour on site and stop the same wrong ' +
    'fix from being tried twice.',
];
const hsH5 = '5. Close the loop after every repeat visit';
const hsP6 = [
  'Every repeat visit is a small piece of data. Ask the technician who made the second visit to record a one-line reason, and ' +
    'review them together once a month. Patterns show up quickly: a particular model, a supplier’s part, a job type that always ' +
    'needs two people.',
];
const hsQuote =
  '“We started asking customers for a photo of the fault before every booking. Our repeat visits fell by a third in two ' +
  'months.” Dana Whitcombe, Operations Manager, Brightwell Heating';
const hsH6 = 'Start small';
const hsP7 = [
  'You do not need to do all of this at once. Pick the step that matches your most common reason for repeat visits, try it for ' +
    'a month, and measure the difference. Most teams see results from the first change.',
  'If you want to see how Tallyfield helps dispatchers with skills matching, parts checks and job history, ' +
    '<a href="https://www.tallyfield.example/demo">book a 20-minute demo</a>.',
];
const hsNav = ['Product', 'Solutions', 'Pricing', 'Customers', 'Resources'];
const hsTags = ['Field Service', 'Dispatching', 'Operations'];
const hsShare = ['Share on Facebook', 'Share on LinkedIn', 'Share on X', 'Share via email'];
const hsSub = ['Subscribe to the Tallyfield blog', 'Email', '*', 'Notification Frequency', 'Instant', 'Daily', 'Weekly', 'Monthly'];
const hsRelated = [
  ['Scheduling for Seasonal Peaks Without Burning Out Your Team', 'Sep 30, 2025'],
  ['The Real Cost of a Missed Appointment', 'Sep 16, 2025'],
  ['Five Field Service KPIs Worth Tracking Every Week', 'Aug 26, 2025'],
];
const hsFootCols: [string, string[]][] = [
  ['Platform', ['Scheduling', 'Dispatch', 'Invoicing', 'Mobile app']],
  ['Company', ['About us', 'Careers', 'Press', 'Contact']],
  ['Learn', ['Blog', 'Guides', 'Benchmark report', 'Help center']],
];
const hsCookie =
  'We use cookies to understand how you use our site and to improve your experience, including for marketing. You can change ' +
  'your preferences at any time.';
const wrap = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" ` +
  `data-hs-cos-general-type="meta_field" data-hs-cos-type="${type}">${inner}</span>`;
const hp = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const postBody = `${hp(hsP1)}
<!--more--><div class="hs-web-interactive-inline" style="" data-hubspot-wrapper-cta-id="184722310571"> <a
href="https://cta-service-cms2.hubspot.example/web-interactives/public/v1/track/click?encryptedPayload=AVxigLK"
class="hs-inline-web-interactive-184722310571" data-hubspot-cta-id="184722310571">${hsCta}</a></div>
<h2>${hsH1}</h2>
${hp(hsP2)}
<h2>${hsH2}</h2>
${hp(hsP3)}
<img src="https://www.tallyfield.example/hs-fs/hubfs/Blog/skills-matrix.png?width=1200&amp;name=skills-matrix.png" alt="A skills matrix in the
Tallyfield dispatch board" width="1200" loading="lazy" style="width: 1200px; margin-left: auto; margin-right: auto; display: block;">
<h2>${hsH3}</h2>
${hp(hsP4)}
<ul>${hsList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${hsH4}</h2>
${hp(hsP5)}
<h2>${hsH5}</h2>
${hp(hsP6)}
<blockquote><p>${hsQuote.replace(' Dana', '<br><strong> Dana').replace('Heating', 'Heating</strong>')}</p></blockquote>
<h2>${hsH6}</h2>
${hp(hsP7)}`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hsTitle}</title><link rel="shortcut icon" href="https://www.tallyfield.example/hubfs/favicon.png">
<meta name="description" content="Repeat visits are expensive. Here is the five-step checklist the best dispatchers use to get it right the first time.">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${hsTitle}"><meta property="og:type" content="article">
<link rel="stylesheet" href="https://www.tallyfield.example/hubfs/hub_generated/template_assets/1/97310/1728000000000/template_main.min.css">
<link rel="stylesheet" href="/hs/hsstatic/AsyncSupport/static-1.501/sass/rss_post_listing.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://www.tallyfield.example/blog/repeat-truck-rolls-checklist"},"headline":"${hsTitle}","datePublished":"2025-10-07T13:00:00.000Z",
"author":[{"@type":"Person","name":"Marcus Oyelaran","url":"https://www.tallyfield.example/blog/author/marcus-oyelaran"}],
"publisher":{"@type":"Organization","name":"Tallyfield"}}</script><link rel="canonical" href="https://www.tallyfield.example/blog/repeat-truck-rolls-checklist">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-183451234 hs-blog-post hs-blog-id-51234567">
<div data-global-resource-path="tallyfield-2024/templates/partials/header.html"><div class="announcement-bar"><p>New: Tallyfield Parts Planner is here.
<a href="/parts-planner">See what’s new →</a></p></div><header class="header"><a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="https://www.tallyfield.example/hubfs/logo.svg" class="hs-image-widget"
height="40" style="height: auto;width:160px;border-width:0px;border:0px;" width="160" alt="Tallyfield" title="Tallyfield"></a></span></div></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation
header--element">
<div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-type="module">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1" aria-hidden="false">
${links(hsNav, 'has-submenu menu-item hs-skip-lang-url-rewrite')}</ul></nav></div></div>
<div class="header__buttons"><a class="button button--secondary" href="https://app.tallyfield.example/login">Log in</a>
<a class="button" href="/demo">Book a demo</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${wrap('name', 'text', hsTitle)}</h1>
<div class="blog-post__meta"><a href="https://www.tallyfield.example/blog/author/marcus-oyelaran" rel="author">Marcus Oyelaran</a>
<time datetime="2025-10-07 13:00:00" class="blog-post__timestamp">Oct 7, 2025 9:00:00 AM</time></div>
<div class="blog-post__body">${wrap('post_body', 'rich_text', postBody)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer">
<path d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118a48 48 0 0 1 33.941 14.059"></path></g></svg>
${hsTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="https://www.tallyfield.example/blog/tag/${t.toLowerCase().replace(' ', '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}
</div></article>
<div id="hs_cos_wrapper_social_sharing" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-type="module">
<div class="social-sharing">
${hsShare
  .map(
    (t, i) => `<a class="social-sharing__link" href="https://share.example/${i}" target="_blank" rel="noopener" style="border-width:1px;border-style:solid;">
<svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 264 512" class="social-sharing__icon" aria-labelledby="s${i}" role="img">
<title id="s${i}">${t}</title><g><path d="M76.7 512V283H0v-91h76.7v-71.7C76.7 42.4 124.3 0 193.8 0"></path></g></svg></a>`,
  )
  .join('\n')}</div></div>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-type="module"><span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_blog_comments"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div>
<div id="hs_form_target_blog_comments_blog_comments_4121"></div></div></span></div></div></div></div>
<section class="blog-subscribe content-wrapper"><h2>${hsSub[0]}</h2><div class="hbspt-form" id="hbspt-form-5521"><form novalidate accept-charset="UTF-8"
action="https://forms.hsforms.example/submissions/v3/public/submit/formsnext/multipart/51234567/9a1c" class="hs-form-private hsForm_9a1c hs-form stacked"
data-form-id="9a1c" data-portal-id="51234567"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-9a1c"
class="" for="email-9a1c"><span>${hsSub[1]}</span><span class="hs-form-required">${hsSub[2]}</span></label><div class="input"><input id="email-9a1c"
name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>
<div class="hs_blog_default_hubspot_blog_subscription hs-blog_default_hubspot_blog_subscription hs-fieldtype-radio field hs-form-field">
<label id="label-blog_subscription-9a1c" for="blog_subscription-9a1c"><span>${hsSub[3]}</span></label><div class="input"><ul role="radiogroup"
class="inputs-list multi-container">
${hsSub
  .slice(4)
  .map(
    (t, i) => `<li class="hs-form-radio" role="radio"><label for="blog_sub-${i}" class="hs-form-radio-display"><input id="blog_sub-${i}" class="hs-input"
type="radio" name="blog_default_hubspot_blog_subscription" value="${t.toLowerCase()}"><span>${t}</span></label></li>`,
  )
  .join('\n')}</ul></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe">
</div></div></form></div></section>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hsRelated
  .map(
    ([t, d], i) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link" href="/blog/r${i}">
<img class="blog-related-posts__image" src="https://www.tallyfield.example/hubfs/Blog/r${i}.png" loading="lazy" alt="${t}"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/r${i}">${t}</a></h3>
<time class="blog-related-posts__timestamp">${d}</time></div></article>`,
  )
  .join('\n')}</div></div></div></main>
<div data-global-resource-path="tallyfield-2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hsFootCols
  .map(
    ([h, items]) => `<div class="footer__column"><h3 class="footer__heading">${h}</h3><nav aria-label="${h}"><ul class="footer__menu">
${links(items, 'menu-item')}</ul></nav></div>`,
  )
  .join('\n')}
<div class="footer__legal"><p>© 2025 Tallyfield Ltd. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></div>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-region="eu" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>${hsCookie}</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a aria-label="Cookie Settings" id="hs-eu-cookie-settings-button" role="button" href="#">Cookie settings</a>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button" href="#">Accept all</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline all</a></div></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script src="https://js.hs-scripts.example/51234567.js" async defer
id="hs-script-loader"></script>
<script>var hsVars = {"ticks":1728000000000,"page_id":183451234,"content_group_id":51234567,
"portal_id":51234567,"app_hs_base_url":"https://app.hubspot.example"};</script>
</body></html>`;
const hubspot: TestPage = {
  html,
  name: 'heldout96-hubspot-marketing-blog',
  kind: 'blog',
  // the inline CTA inside the post body, tags, the share icons' SVG titles, the subscription form, related posts, the footer
  // and the cookie banner are furniture; the customer pull quote and the closing demo sentence are the post's own text (body)
  title: hsTitle,
  headings: [hsH1, hsH2, hsH3, hsH4, hsH5, hsH6],
  body: [...hsP1, ...hsP2, ...hsP3, ...hsP4, ...hsList, ...hsP5, ...hsP6, hsQuote, ...texts(hsP7)],
  bylines: ['Marcus Oyelaran', 'Oct 7, 2025 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New: Tallyfield Parts Planner is here.', 'See what’s new →', 'Skip to content', ...hsNav, 'Log in', 'Book a demo', hsCta, ...hsTags, ...hsShare,
    ...hsSub.filter((t) => t !== '*'), 'Related posts', ...hsRelated.flat(), ...hsFootCols.flatMap(([h, items]) => [h, ...items]),
    '© 2025 Tallyfield Ltd. All rights reserved.', 'Privacy policy', 'Terms of use', hsCookie, 'Cookie settings', 'Accept all', 'Decline all',
  ],
};

export const HELDOUT96_C: readonly TestPage[] = [hubspot, healthPage];
