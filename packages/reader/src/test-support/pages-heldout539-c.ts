import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchors, j, lis, settle } from './pages-heldout539-kit.js';

/**
 * Held-out batch 539, file c: a commercial insurance broker's blog post on HubSpot CMS (hs_cos_wrapper spans, an inline CTA,
 * tags, related posts, a comment form and one comment) and a mortgage broker's complaints procedure on Webflow with a
 * Finsweet cookie banner.
 */
const hw = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="${type}">${inner}</span>`;
const bTitle = 'Business interruption cover: why your sum insured is probably too low';
const bSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'When a fire, flood or burst pipe closes your premises, the damage to the building is usually the smaller loss. The bigger',
        'one is the income you stop earning while you rebuild, and the costs that keep running whether you trade or not.',
      ),
      j(
        'That is what business interruption insurance is for. In our experience, though, about half the policies we review for new',
        'clients would pay out far less than the business would actually lose.',
      ),
    ],
  ],
  [
    'Gross profit is not what your accountant calls profit',
    [
      j(
        'Most policies insure “gross profit”, defined as turnover less the cost of goods that vary with sales. Salaries, rent,',
        'rates and loan repayments are all included. A bakery with a net profit of £40,000 might need a gross profit figure of',
        '£380,000.',
      ),
    ],
  ],
  [
    'The indemnity period is too short',
    [
      j(
        'The indemnity period is how long the policy pays for after the damage. Twelve months is the default on many package',
        'policies. Rebuilding a commercial unit, with planning, insurer approvals and contractor waiting lists, regularly takes',
        'eighteen months to two years, and customers who went elsewhere do not all come back on the day you reopen.',
      ),
      'We usually recommend at least 24 months for any business that owns or fits out its own premises.',
    ],
  ],
  [
    'What to check this renewal',
    [
      'the gross profit figure on your schedule, against your latest accounts plus expected growth',
      'the indemnity period, and whether it matches a realistic rebuild time',
      'whether the policy covers loss caused by damage at a key supplier or customer',
      'whether denial of access, such as a police cordon, is covered and for how long',
    ],
  ],
  [
    '',
    [
      j(
        'If you are not sure what your figures should be, we can work through them with you and your accountant before renewal.',
        'It usually takes an hour, and it is part of our service.',
      ),
    ],
  ],
];
const bNav = ['Business insurance', 'Fleet', 'Property owners', 'Claims', 'Insights', 'About'];
const bRel = ['Fleet telematics and your premium: what insurers really look at', 'Five questions to ask before you sign a lease'];
const bComment = j('Really useful. We increased our indemnity period to 24 months after reading this and the extra premium was only £180 a year.');
const bBody = bSecs.map(
  ([h, blocks], i) =>
    `${h ? `<h2>${h}</h2>` : ''}${i === 3 ? `<ul>${lis(blocks)}</ul>` : ps(blocks)}${
      i === 2
        ? `
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8d1c0e44"><span class="hs-cta-node hs-cta-8d1c0e44" id="hs-cta-8d1c0e44">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4410921/8d1c0e44" class="cta_button">Request a free cover review</a></span></span><!-- end HubSpot
Call-to-Action Code -->`
        : ''
    }`,
);
const bHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>Business interruption cover: why your sum insured is probably too low</title>
<meta name="description" content="Most business interruption policies we review would pay out far less than the business would lose.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.brackwellinsurance.co.uk/insights/business-interruption-sum-insured">
<link rel="stylesheet" href="https://www.brackwellinsurance.co.uk/hubfs/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person",
"name":"Callum Ferrie"},"datePublished":"2026-11-12"}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-188231044 hs-blog-post hs-blog-id-90021788"><div data-global-resource-path="theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
data-hs-cos-general-type="widget" data-hs-cos-type="logo">
<a href="/" id="hs-link-site_logo"><img src="/hubfs/brackwell-logo.svg" alt="Brackwell Insurance Brokers" class="hs-image-widget"></a></span></div>
<div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(bNav, 'hs-menu-item hs-menu-depth-1 menu__item menu__item--depth-1')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="search-field">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-field" placeholder="Search"><button
class="hs-search-field__button">Search</button></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hw('name', 'text', bTitle)}</h1>
<div class="blog-post__meta"><a href="/insights/author/callum-ferrie">Callum Ferrie</a><time datetime="2026-11-12 09:00:00"
class="blog-post__timestamp">Nov 12, 2026 9:00:00 AM</time></div>
<div class="blog-post__body">${hw('post_body', 'rich_text', bBody.join('\n'))}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path
d="M0 252"/></g></svg>
<a class="blog-post__tag-link" href="/insights/tag/business-insurance">Business insurance</a>,<a class="blog-post__tag-link"
href="/insights/tag/claims">Claims</a></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${bRel
  .map(
    (t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/insights/p"><img class="blog-related-posts__image"
src="/hubfs/card.jpg" alt="${t}"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/insights/p">${t}</a></h3>
<a class="blog-related-posts__read-more" href="/insights/p">Read more</a></div></div>`,
  )
  .join('\n')}</div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"><div class="comment"><p class="comment-from"><a>Hollie Marr</a> <span
class="comment-date">Nov 14, 2026</span></p>
<div class="comment-body"><p>${bComment}</p></div><p class="comment-reply-to"><a href="#comment-form">Reply</a></p></div></div>
<div id="hs_form_target_blog_comment"><h3 class="comment-form-title">Leave a comment</h3><form class="hs-form"><label for="firstname">First Name<span
class="hs-form-required">*</span></label>
<input name="firstname" type="text"><label for="comment">Comment<span class="hs-form-required">*</span></label><textarea name="comment"></textarea>
<input type="submit" value="Submit Comment" class="hs-button primary large"></form></div></div></div></div>
</div></div></main>
<div data-global-resource-path="theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Brackwell Insurance Brokers Ltd is authorised and regulated by the Financial Conduct Authority, FRN 455120.</p>
<nav class="footer__nav">${anchors(['Terms of business', 'Privacy', 'Complaints', 'Cookies'], '\n')}</nav>
<p class="footer__copyright">© 2026 Brackwell Insurance Brokers Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="EU">
<div id="hs-eu-cookie-confirmation-inner"><div
id="hs-eu-policy-wording"><p>This website stores cookies on your computer to give you a more personalised experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button"
role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js.hs-scripts.com/4410921.js"></script>
</body></html>`;
const brackwell: TestPage = settle({
  name: 'heldout539-hubspot-broker-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bSecs.filter(([h]) => h).map(([h]) => h),
  body: texts(bSecs.flatMap(([, b]) => b)),
  bylines: ['Callum Ferrie', 'Nov 12, 2026 9:00:00 AM', 'Hollie Marr', 'Nov 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav, 'Search', 'Request a free cover review', 'Claims', 'Related posts', ...bRel, 'Read more', bComment, 'Reply',
    'Leave a comment', 'First Name*', 'Comment*',
    'Brackwell Insurance Brokers Ltd is authorised and regulated by the Financial Conduct Authority, FRN 455120.',
    'Terms of business', 'Privacy', 'Complaints', 'Cookies', '© 2026 Brackwell Insurance Brokers Ltd',
    'This website stores cookies on your computer to give you a more personalised experience.', 'Accept', 'Decline',
  ],
});

const fTitle = 'Complaints procedure';
const fIntro = j(
  'We want to hear if we have got something wrong. This is what happens when you complain to Fernhill Home Finance, and how',
  'long each step takes.',
);
const fSteps = [
  'Tell us by phone on 0115 496 0731, by email to complaints@fernhillhomefinance.co.uk or in writing to our office.',
  'We will acknowledge your complaint in writing within three working days.',
  'We will send you our final response within eight weeks.',
];
const fFos = j(
  'If you are unhappy with our final response, or we have not replied within eight weeks, you can ask the Financial Ombudsman',
  'Service to look at your complaint. The service is free. You must contact them within six months of our final response.',
);
const fNav = ['Mortgages', 'Remortgaging', 'Protection', 'Our team', 'Contact'];
const fFoot = ['Privacy policy', 'Complaints procedure', 'Cookie policy'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Oct 20 2026 10:12:44 GMT+0000 (Coordinated
Universal Time) -->
<html data-wf-domain="www.fernhillhomefinance.co.uk" data-wf-page="6512f0c4a3b2e10d9c7f4a21" data-wf-site="6512f0c4a3b2e10d9c7f4a0e" lang="en-GB"><head>
<meta charset="utf-8"><title>Complaints procedure | Fernhill Home Finance</title><meta content="How to make a complaint and what happens next."
name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6512f0c4a3b2e10d9c7f4a0e/css/fernhill.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div class="page-wrapper"><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your device.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar_component w-nav"><div
class="navbar_container">
<a href="/" aria-current="page" class="navbar_logo-link w-nav-brand w--current"><img
src="https://assets-global.website-files.com/6512f0c4a3b2e10d9c7f4a0e/fernhill-logo.svg" loading="lazy" alt="" class="navbar_logo"></a>
<nav role="navigation" class="navbar_menu w-nav-menu">${anchors(
  fNav.map((t) => t),
  '\n',
).replace(/<a /g, '<a class="navbar_link w-nav-link" ')}
<a href="/book" class="button is-small w-button">Book a free call</a></nav><div class="navbar_menu-button w-nav-button"><div
class="menu-icon"></div></div></div></div>
<main class="main-wrapper"><section class="section_legal"><div class="padding-global"><div class="container-small"><div class="padding-section-medium">
<h1 class="heading-style-h2">${fTitle}</h1><div class="text-rich-text w-richtext">
<p>${fIntro}</p><h3>How to complain</h3><ol role="list">${lis(fSteps)}</ol><h3>The Financial Ombudsman Service</h3><p>${fFos}</p>
<p>Exchange Tower, London E14 9SR<br>0800 023 4567<br><a href="https://www.financial-ombudsman.org.uk">www.financial-ombudsman.org.uk</a></p>
</div></div></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="footer_top-wrapper">
<div class="footer_link-list">${anchors(fFoot, '\n').replace(/<a /g, '<a class="footer_link" ')}</div></div>
<div class="footer_legal-text">Fernhill Home Finance is a trading style of Fernhill Mortgage Services Ltd, authorised and regulated by the Financial Conduct
Authority, FRN 921367.</div>
<div class="footer_credit-text">© 2026 Fernhill Home Finance. All rights reserved.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6512f0c4a3b2e10d9c7f4a0e" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6512f0c4a3b2e10d9c7f4a0e/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const fernhill: TestPage = settle({
  name: 'heldout539-webflow-broker-complaints',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['How to complain', 'The Financial Ombudsman Service'],
  body: [fIntro, ...fSteps, fFos, 'Exchange Tower, London E14 9SR 0800 023 4567 www.financial-ombudsman.org.uk'],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device.', 'Preferences', 'Deny', 'Accept', ...fNav, 'Book a free call', ...fFoot,
    'Fernhill Home Finance is a trading style of Fernhill Mortgage Services Ltd, authorised and regulated by the Financial Conduct Authority, FRN 921367.',
    '© 2026 Fernhill Home Finance. All rights reserved.',
  ],
});

export const HELDOUT539_C: readonly TestPage[] = [brackwell, fernhill];
