import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout584-kit.js';

/**
 * Held-out batch 584, file e: a memorial design studio's process page on Webflow (hero, step cards, testimonial, CTA,
 * newsletter form) and a trade guild's news post on a HubSpot CMS blog (cookie banner, tags, related posts).
 */
const wfTitle = 'How We Design a Memorial With You';
const wfLede = j(
  'Every memorial we make starts with a conversation, not a catalogue. Here is what happens between your first call and the day',
  'the stone is fixed, and how long each stage usually takes.',
);
const wfSteps: [string, string][] = [
  [
    'A first conversation',
    j(
      'We meet at the studio, at your home or by video. We ask about the person, the place and what you would like the stone to say.',
      'There is no charge for this meeting and nothing to sign.',
    ),
  ],
  [
    'Sketches and samples',
    j(
      'Within two weeks we send two or three sketch designs with stone samples you can hold. We revise the design as many times as',
      'you need until it feels right.',
    ),
  ],
  [
    'Approval and permit',
    j(
      'Once you approve a full-size drawing, we apply to the cemetery or churchyard for permission. This can take from two to eight',
      'weeks depending on the authority.',
    ),
  ],
  [
    'Making and fixing',
    j(
      'The stone is cut, lettered and finished in our workshop, then fixed on site to the national fixing standard. We send you',
      'photographs on the day and call you once the work is complete.',
    ),
  ],
];
const wfTime = 'Most memorials are fixed between four and six months after the first conversation.';
const wfTestimonial = '“They listened to every story we told about Dad and somehow put it into a piece of stone.”';
const wfTestiName = 'Claire M., Kettleby';
const wfNav = ['Memorials', 'Process', 'Journal', 'Studio', 'Contact'];
const wfHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 11 2025 16:20:33 GMT+0000 -->
<html data-wf-domain="www.hollinstone.studio" data-wf-page="65b8e1f0c7d9a2" data-wf-site="65b8e1f0c7d99f" lang="en"><head><meta charset="utf-8">
<title>Our Process | Hollin Stone Studio</title><meta content="From first conversation to fixing: how we design a memorial with you." name="description">
<meta content="Our Process | Hollin Stone Studio" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65b8e1f0c7d99f/css/hollin-stone.webflow.a1b2c3.css"
 rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65b8e1f0c7d99f/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body class="body"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
 class="navbar w-nav">
<div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65b8e1f0c7d99f/logo.svg"
 loading="lazy" alt="Hollin Stone Studio"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wfNav
  .map(
    (n) =>
      `<a href="/${n.toLowerCase()}"
 class="nav-link w-nav-link${n === 'Process' ? ' w--current' : ''}"${n === 'Process' ? ' aria-current="page"' : ''}>${n}</a>`,
  )
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="eyebrow">Our process</div>
<h1 class="heading-xl">${wfTitle}</h1><p class="hero-paragraph">${wfLede}</p><a href="/contact" class="button w-button">Book a consultation</a></div></section>
<section class="section steps-section"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-steps">
${wfSteps
  .map(([h, p], i) => `<div class="step-card"><div class="step-number">0${i + 1}</div><h3 class="heading-3">${h}</h3><p class="paragraph-muted">${p}</p></div>`)
  .join('\n')}
</div><div class="rich-text-block w-richtext"><p>${wfTime}</p></div></div></section>
<section class="section testimonial-section"><div class="w-layout-blockcontainer container-narrow w-container"><div
 class="testimonial-quote">${wfTestimonial}</div>
<div class="testimonial-name">${wfTestiName}</div></div></section>
<section class="section cta-section"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-2">Ready to talk?</h2>
<p class="cta-paragraph">Call us on 01632 960 482 or book a time that suits you.</p><a href="/contact" class="button w-button">Book a consultation</a></div>
</section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid footer-grid"><div class="footer-column">
<div class="footer-heading">Hollin Stone Studio</div><p class="footer-text">The Old Forge, Kettleby Road, Wrenford</p></div><div class="footer-column">
<div class="footer-heading">Letters from the studio</div><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"
 class="footer-form"
 aria-label="Email Form"><label for="email" class="field-label">Email address</label><input class="text-field w-input" maxlength="256" name="email"
 data-name="Email"
 placeholder="you@example.com" type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="submit-button w-button"
 value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div>
<div class="footer-bottom"><div class="footer-copyright">© 2025 Hollin Stone Studio Ltd</div><div class="footer-links"><a href="/privacy"
 class="footer-link">Privacy</a>
<a href="/terms" class="footer-link">Terms</a></div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b8e1f0c7d99f" type="text/javascript" crossorigin="anonymous">
</script>
<script src="https://assets-global.website-files.com/65b8e1f0c7d99f/js/webflow.4b2c1d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = page({
  name: 'heldout584-webflow-design-process',
  kind: 'blog',
  html: wfHtml,
  title: wfTitle,
  headings: wfSteps.map(([h]) => h),
  body: texts([wfLede, ...wfSteps.map(([, p]) => p), wfTime]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wfNav, 'Our process', 'Book a consultation', wfTestimonial, wfTestiName, 'Ready to talk?',
    'Call us on 01632 960 482 or book a time that suits you.', 'Hollin Stone Studio', 'The Old Forge, Kettleby Road, Wrenford', 'Letters from the studio',
    'Email address', '© 2025 Hollin Stone Studio Ltd', 'Privacy', 'Terms',
  ],
});

const hTitle = 'Guild publishes revised fixing standard for lawn memorials';
const hBody = [
  j(
    'The Guild of Memorial Masons has published a revised edition of its fixing standard for memorials in lawn sections, the first',
    'update since 2016. The new edition comes into force on 1 July 2025 and applies to all work carried out by accredited members.',
  ),
  j(
    'The most significant change concerns ground anchors. Memorials up to 900 millimetres high may still be fixed with a single',
    'ground anchor, but the minimum depth of the anchor has been raised from 500 to 650 millimetres following a two-year trial in',
    'clay soils across four counties.',
  ),
  'Other changes in the revised standard',
  'Dowels joining a headstone to its base must now be stainless steel of grade 316, with a minimum diameter of 12 millimetres.',
  'A topple test at 35 kilograms of force is required on completion and must be recorded with a photograph.',
  "Fixers must attach a durable label recording the permit number, the fixing date and the fixer's accreditation number.",
  j(
    '"Lawn sections are where most new memorials now go, and they are where we saw the most movement in ageing stones," said',
    'Derek Hallam, who chaired the working group. "The trial gave us clear evidence that deeper anchors keep memorials upright',
    'for longer, especially on heavy ground."',
  ),
  j(
    'Burial authorities were consulted on the draft last autumn. Several asked for the topple test record to be shared with them',
    'as part of the permit process, and the Guild has added a standard form for this purpose.',
  ),
  'Training for members',
  j(
    'Accredited fixers will be asked to complete a half-day refresher course before the end of 2025. Sessions will run at regional',
    'centres from May, and an online module will cover the changes to record keeping.',
  ),
  j(
    "The standard can be downloaded free of charge from the members' area. Printed copies are available from the Guild office at",
    'a cost of £18 including postage.',
  ),
];
const hHeads = [2, 8];
const hNav = ['About the Guild', 'Find a Mason', 'Membership', 'Standards', 'Training', 'News'];
const hTags = ['Fixing', 'Lawn cemeteries'];
const hRelated = ['New accreditation scheme for memorial inspectors', 'Guild responds to consultation on burial law', 'Apprentice of the Year 2024 announced'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="The Guild of Memorial Masons has published a revised edition of its fixing standard."><meta name="viewport"
 content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.memorialmasons.org.uk/hs-fs/hub/6204918/hub_generated/template_assets/1/1023/main.min.css">
<meta property="og:type" content="article"><link rel="amphtml" href="https://www.memorialmasons.org.uk/news/revised-fixing-standard?hs_amp=true">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Graham Ostley"}}</script>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-168220417  hs-blog-post hs-blog-id-1620441"><div
 data-global-resource-path="Guild_2024/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div
 class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
 data-hs-cos-type="module"><a href="/" id="hs-link-site_logo" style="border-width:0px;border:0px;"><img src="/hubfs/guild-logo.svg" class="hs-image-widget"
 alt="Guild of Memorial Masons"></a></span></div><div class="header__column"><div class="header__row-1"><div class="header__search header--element">
<div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results"><label
 class="hs-search-field__label show-for-sr"
 for="site-search-input">Search</label><input type="text" id="site-search-input" class="hs-search-field__input" name="term" autocomplete="off"
 aria-label="Search"
 placeholder="Search"><button class="hs-search-field__button" aria-label="Search"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg></button>
</form>
</div></div></div></div><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element">
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${hNav
  .map((n) => `<li class="menu__item menu__item--depth-1  hs-skip-lang-url-rewrite"><a class="menu__link   " href="/${n.length}">${n}</a></li>`)
  .join('')}</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
 class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
 data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/news/author/graham-ostley">Graham Ostley</a>
<time datetime="2025-03-19 10:00:00" class="blog-post__timestamp">Mar 19, 2025 10:00:00 AM</time></div><div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field"
 data-hs-cos-type="rich_text">${ps([hBody[0] ?? ''])}
<!--more-->${ps([hBody[1] ?? ''])}
<h3>${hBody[2]}</h3><ul>${lis(hBody.slice(3, 6))}</ul>
${ps(hBody.slice(6, 8))}
<h3>${hBody[8]}</h3>
${ps(hBody.slice(9))}</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg>${hTags
  .map((t) => `<a class="blog-post__tag-link" href="/news/tag/${t.length}" rel="tag">${t}</a>`)
  .join(',')}</div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRelated
  .map((r) => `<article class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/news/${r.length}"><h3>${r}</h3></a></article>`)
  .join(
    '',
  )}</div></section><div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
 data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div></div>
</div></div>
</div></div></main>
<div data-global-resource-path="Guild_2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Guild of Memorial Masons, 14 Cornhill Court, Ashbury AB4 7QT. Registered in England No. 0418823.</p><p>© 2025 Guild of Memorial Masons</p></div></footer>
</div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer.
 These cookies are used to improve your website experience and provide more personalized services to you.</p></div><div
 id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script><script type="text/javascript" id="hs-script-loader" async defer
 src="/hs/scriptloader/6204918.js">
</script></body></html>`;
const hubspot: TestPage = page({
  name: 'heldout584-hubspot-fixing-standard',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => hBody[i] ?? ''),
  body: texts(hBody.filter((_, i) => !hHeads.includes(i))),
  bylines: ['Graham Ostley', 'Mar 19, 2025 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, ...hTags, 'Related posts', ...hRelated,
    'Guild of Memorial Masons, 14 Cornhill Court, Ashbury AB4 7QT. Registered in England No. 0418823.', '© 2025 Guild of Memorial Masons',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
});

export const HELDOUT584_E: readonly TestPage[] = [webflow, hubspot];
