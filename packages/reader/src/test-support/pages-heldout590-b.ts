import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout590-kit.js';

/** Held-out batch 590, file b: a tutoring agency's safeguarding policy on Wix, and a parents' blog post on HubSpot CMS. */
const wTitle = 'Safeguarding Policy';
const wParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'Brook Lane Tutors believes that every child and young person who receives tuition through us should be safe from harm.',
        'This policy applies to all tutors, office staff and volunteers, in lessons at home, at our centre and online.',
      ),
    ],
  ],
  [
    'Our commitments',
    [
      'Every tutor has an enhanced DBS check with a barred list check before their first lesson, renewed every three years.',
      'Every tutor completes our safeguarding training before starting and refreshes it each September.',
      'We take up two references for every tutor, one from a school or college where they have worked with children.',
      'We keep records of concerns securely and share them only with those who need to know.',
    ],
  ],
  [
    'Lessons at home and online',
    [
      j(
        'A parent or carer must be in the home for the whole of any lesson with a child under 16. Tutors keep the door of the room',
        'open. Online lessons take place on our own platform and are recorded; recordings are kept for 30 days and then deleted.',
      ),
      j('Tutors must not contact students through personal social media or personal phone numbers, and must not give lifts to', 'students.'),
    ],
  ],
  [
    'If you are worried about a child',
    [
      j(
        'If a tutor, parent or student has a concern about a child’s safety, they should tell our Designated Safeguarding Lead,',
        'Mrs Ayesha Corran, the same day. If she is not available, contact the deputy, Mr Felix Thorne. If a child is in immediate',
        'danger, call 999 first.',
      ),
      'Designated Safeguarding Lead: Ayesha Corran, 01632 960 418, safeguarding@brooklanetutors.co.uk',
    ],
  ],
  ['Review', ['This policy is reviewed every year by the directors.']],
];
const wReviewed = 'Last reviewed: September 2026. Next review: September 2027.';
const wNav = ['Home', 'Our Tutors', 'Subjects', 'Fees', 'Safeguarding', 'Contact'];
const wFootText = ['Brook Lane Tutors Ltd, 4 Mercer Yard, Kelsington KN2 7QP', 'Company no. 10482937'];
const wFoot = ['Privacy Policy', 'Terms and Conditions', 'Complaints'];
const rich = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wBlock = ([h, b]: [string, string[]], i: number): string => {
  const head = h === '' ? '' : `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>`;
  const list =
    i === 1
      ? `<ul class="font_8 wixui-rich-text__text">${b.map((t) => `<li class="wixui-rich-text__text">${wp(t)}</li>`).join('')}</ul>`
      : b.map(wp).join('\n');
  return rich(`${head}\n${list}`, `lq8a${i}x2`);
};
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta name="generator" content="Wix.com Website Builder"/><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/3a8f1c_favicon.png"/>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"7c1e9f2a-4b3d-4e6f-8a1c-2d3e4f5a6b7c"},"language":{"userLanguage":"en"}};</script>
<title>Safeguarding | Brook Lane Tutors</title><meta name="description" content="How Brook Lane Tutors keeps children safe."/>
<link rel="canonical" href="https://www.brooklanetutors.co.uk/safeguarding"/><meta property="og:title" content="Safeguarding | Brook Lane Tutors"/>
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css"
>.KcpHeO{word-wrap:break-word}</style>
</head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" role="button" data-testid="skipToContentButton">Skip to Main Content</div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-testid="headerInlineContent" class="hr2Al2"><div id="comp-kx9a1logo" class="MW5IWV comp-kx9a1logo wixui-image">
<a data-testid="linkElement" href="https://www.brooklanetutors.co.uk" class="j7pOnl"><img src="https://static.wixstatic.com/media/3a8f1c_logo.png"
alt="Brook Lane Tutors logo"/></a></div>
<wix-dropdown-menu id="comp-kx9a1menu" class="XwCBRN NHM1d1 comp-kx9a1menu wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr">
<nav class="R_TAzU" id="comp-kx9a1menunavContainer" aria-label="Site"><ul class="y7qwii" id="comp-kx9a1menuitemsContainer">
${wNav
  .map(
    (t, i) => `<li data-direction="ltr" data-listposition="${i === 0 ? 'left' : 'center'}" class="wbgQXa wixui-dropdown-menu__item">
<a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh"><div class="yRj2ms"><div class=""><p class="JS76Uv">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="lq8a0page" class="dBAkHi theme-vars lq8a0page"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerlq8a0" class="Containerlq8a0 SPY_vo"><div data-mesh-id="Containerlq8a0inlineContent" data-testid="inline-content" class="">
<section id="comp-lq8a0sec" tabindex="-1" class="Oqnisf comp-lq8a0sec wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq8a0secinlineContent" data-testid="inline-content" class="">
${rich(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`, 'lq8a0tt')}
${rich(wp(wReviewed), 'lq8a0rv')}
${wParts.map(wBlock).join('\n')}
<div class="comp-lq8a0btn R6ex7N wixui-button" id="comp-lq8a0btn"><a data-testid="linkElement"
href="https://www.brooklanetutors.co.uk/_files/ugd/safeguarding-2026.pdf"
target="_blank" class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">Download the full policy (PDF)</span></a></div>
</div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="footerInlineContent" class="hr2Al2">
${rich(wFootText.map((t) => `<p class="font_9 wixui-rich-text__text">${t}</p>`).join(''), 'kx9a1ft1')}
<div id="comp-kx9a1ft2" class="comp-kx9a1ft2"><ul>${links(wFoot)}</ul></div>
${rich('<p class="font_9 wixui-rich-text__text">© 2027 by Brook Lane Tutors. Proudly created with Wix.com</p>', 'kx9a1ft3')}
</div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner" data-hook="consent-banner-root"><div class="banner-text">
<p data-hook="consent-banner-text-content">We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies.
<a href="/privacy-policy" data-hook="consent-banner-policy-link">Privacy Policy</a></p></div><div class="banner-buttons">
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.3b5a1c.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout590-wix-safeguarding',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wParts.map(([h]) => h).filter((h) => h !== ''),
  body: texts(wParts.flatMap(([, b]) => b)),
  bylines: [wReviewed],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Our Tutors', 'Subjects', 'Fees', 'Download the full policy (PDF)',
    'Brook Lane Tutors Ltd, 4 Mercer Yard, Kelsington KN2 7QP', 'Company no. 10482937', ...wFoot, '© 2027 by Brook Lane Tutors. Proudly created with Wix.com',
    'We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies.', 'Settings', 'Decline All', 'Accept',
  ],
};

const hTitle = 'What Happens in Your Child’s First Tutoring Session';
const hBody = [
  j(
    'Parents often ask us what the first lesson will look like. The short answer: less teaching than you might expect, and a lot',
    'of listening. Here is what our tutors do in those first sixty minutes, and why.',
  ),
  j(
    'The tutor starts by asking your child what they enjoy in the subject and what they dread. It sounds soft, but the answers',
    'tell us more than any test about where confidence has gone missing.',
  ),
  j(
    'Next comes a short, low-pressure check: a handful of questions that get gradually harder. Nothing is marked in front of your',
    'child. The tutor is watching how they approach a problem, not just whether the answer is right.',
  ),
  j(
    'In the last ten minutes the tutor shares two or three goals for the next half term and agrees them with your child. Within',
    'a day you will get an email with those goals and a suggested lesson plan. If anything does not feel right, just reply to it.',
  ),
];
const hHeads = ['Getting to know each other', 'A gentle check', 'Setting goals together'];
const hRel = ['How often should my child have a tutor?', 'Online or in person: which suits your child?', 'Five signs your child is ready for a tutor'];
const hNav = ['How it works', 'Subjects', 'Prices', 'Blog', 'Log in'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="A walk through the first lesson with a Copperleaf tutor.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.copperleaflearning.com/blog/first-tutoring-session">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://www.copperleaflearning.com/hs-fs/hub/7412093/hub_generated/template_assets/1/84736201/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Priya Lowell"}}</script>
<script>var hsVars = {"portal_id":7412093,"app_hs_base_url":"https://app.hubspot.com","content_id":190462811,"page_id":190462811};</script></head>
<body><div class="body-wrapper hs-content-id-190462811 hs-blog-post hs-blog-id-84110273">
<div data-global-resource-path="copperleaf-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="/hubfs/copperleaf-logo.svg" class="hs-image-widget"
alt="Copperleaf Learning"></a></span></div></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation
header--element">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search header--element"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="term" autocomplete="off" placeholder="Search"></form></div></div></div></div></header></div>
<main id="main-content"
class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/priya-lowell">Priya Lowell</a>
<time datetime="2027-02-09 10:00:00" class="blog-post__timestamp">Feb 9, 2027 10:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([hBody[0] ?? ''])}
<!--more--><h2>${hHeads[0]}</h2>${ps([hBody[1] ?? ''])}<h2>${hHeads[1]}</h2>${ps([hBody[2] ?? ''])}<h2>${hHeads[2]}</h2>${ps([hBody[3] ?? ''])}
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-2f1e0d9c"><span class="hs-cta-node hs-cta-2f1e0d9c" id="hs-cta-2f1e0d9c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/7412093/2f1e0d9c" class="cta_button"
target="_blank">Book a free first session</a></span></span></p></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252"></path></svg>
<a class="blog-post__tag-link" href="/blog/tag/for-parents">For parents</a><a class="blog-post__tag-link"
href="/blog/tag/getting-started">Getting started</a></div>
</article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link" href="#"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="#">${t}</a></h3></div></article>`,
  )
  .join('\n')}
</div></div></section>
<div class="blog-subscribe"><div id="hs_cos_wrapper_blog_subscribe"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><h3>Subscribe to our parent newsletter</h3>
<form class="hs-form stacked" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-0a1b"><span>Email</span>
<span class="hs-form-required">*</span></label><div class="input"><input id="email-0a1b" name="email" required type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<div data-global-resource-path="copperleaf-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Copperleaf Learning Ltd. Registered in England and Wales.</p><p>© 2027 Copperleaf Learning</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner"
data-hs-region="EU"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more
personalized
services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader"
async defer src="/hs/scriptloader/7412093.js"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout590-hubspot-first-session',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts(hBody),
  bylines: ['Priya Lowell', 'Feb 9, 2027 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Book a free first session', 'For parents', 'Getting started', 'Related posts', ...hRel,
    'Subscribe to our parent newsletter', '*', 'Copperleaf Learning Ltd. Registered in England and Wales.', '© 2027 Copperleaf Learning',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT590_B: readonly TestPage[] = [wix, hubspot];
