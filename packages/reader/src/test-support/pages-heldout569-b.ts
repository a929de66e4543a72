import { links, type TestPage } from './page-kit.js';
import { type Block, flow, gold, j } from './pages-heldout569-kit.js';

/**
 * Held-out batch 569, file b: an osteopath's "what we treat" page on Wix (Thunderbolt renderer) and a physiotherapy clinic
 * group's condition explainer on the HubSpot CMS blog with a CTA, topics, subscribe form, related posts and a comment.
 */

/** A Wix rich-text component holding `inner`. */
const wr = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const hTitle = 'What We Treat';
const hIntro = j(
  'Osteopathy looks at how your muscles, joints and nerves work together. We see people of all ages, from office workers to gardeners',
  'and weekend footballers. A first appointment lasts 45 minutes and includes a full assessment, treatment and',
  'advice you can use at home. We also see children over the age of twelve with a parent present.',
);
const hList = [
  'Back and neck pain',
  'Sciatica and trapped nerves',
  'Shoulder and elbow pain',
  'Hip and knee pain linked to arthritis',
  'Headaches that start in the neck',
  'Aches and strains during pregnancy',
];
const hH = ['Common problems we help with', 'When we will refer you on'];
const hRefer = [
  j(
    'If your symptoms suggest something that needs a doctor, such as unexplained weight loss, numbness around the saddle area or pain that',
    'wakes you every night, we will write to your GP the same day.',
  ),
  'Not sure whether osteopathy is right for you? Call us for a free 15-minute chat with one of our osteopaths.',
];
const hNav = ['Home', 'About', 'Prices', 'Contact'];
const hFoot = ['Harrowfield Osteopathy', '3 Mill Lane, Harrowfield HF2 7QA', '01632 960771', 'All our osteopaths are registered with the statutory regulator.'];
const wixMenu = [hNav[0], hNav[1], hTitle, ...hNav.slice(2)]
  .map(
    (t) =>
      `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.harrowfieldosteo.co.uk/${(t ?? '').toLowerCase().replace(/ /g, '-')}"
class="UiHgGh"${t === hTitle ? ' aria-current="page"' : ''}>
<div class="wixui-horizontal-menu__item-label">${t}</div></a></li>`,
  )
  .join('');
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>What We Treat | Harrowfield Osteopathy</title>
<meta name="description" content="Osteopathy in Harrowfield for back pain, sciatica, neck pain and more.">
<link rel="canonical" href="https://www.harrowfieldosteo.co.uk/what-we-treat">
<meta property="og:title" content="What We Treat | Harrowfield Osteopathy"><meta property="og:site_name" content="Harrowfield Osteopathy">
<script type="application/json"
id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager","consentPolicy"],
"site":{"metaSiteId":"a81c6f3e-2b4d-4c7e-9f0a-61b2d3e4f5a6","isResponsive":false},"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);} .font_0{font:normal normal normal 44px/1.3em 'playfair display',serif;} .font_8{font:normal
normal normal 16px/1.6em lato,sans-serif;}</style>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Harrowfield Osteopathy","telephone":"01632
960771"}</script>
</head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span>
</div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wr(
  'kx3a1b2c',
  `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.harrowfieldosteo.co.uk" target="_self"
class="wixui-rich-text__text">Harrowfield Osteopathy</a></span></p>`,
)}
<nav id="comp-kx3a1b3d" aria-label="Site" class="comp-kx3a1b3d wixui-horizontal-menu"><ul class="sJdyNK">${wixMenu}
<li class="wixui-horizontal-menu__item" aria-hidden="true" style="visibility:hidden"><div class="wixui-horizontal-menu__item-label">More</div></li></ul></nav>
<div id="comp-kx3a1b4e" class="comp-kx3a1b4e wixui-button" data-testid="buttonContent">
<a data-testid="linkElement" href="https://www.harrowfieldosteo.co.uk/booking-calendar" class="uUxqWY wixui-button">
<span class="w4Vxx6 wixui-button__label">Book Online</span></a></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content">
<section id="comp-lr8n0x1" tabindex="-1" class="Oqnisf comp-lr8n0x1 wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf">
<div id="comp-lr8n0x2" class="comp-lr8n0x2 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lr8n0x2inlineContent" data-testid="inline-content">
${wr('lr8n0x3', `<h1 class="font_0 wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">${hTitle}</span></h1>`)}
${wr('lr8n0x4', wp(hIntro))}
${wr('lr8n0x5', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${hH[0]}</span></h2>`)}
${wr('lr8n0x6', `<ul class="font_8 wixui-rich-text__text">${hList.map((t) => `<li class="wixui-rich-text__text">${wp(t)}</li>`).join('')}</ul>`)}
${wr('lr8n0x7', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${hH[1]}</span></h2>`)}
${wr('lr8n0x8', hRefer.map(wp).join(`<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>`))}
<div id="comp-lr8n0x9" class="comp-lr8n0x9 wixui-button" data-testid="buttonContent">
<a data-testid="linkElement" href="https://www.harrowfieldosteo.co.uk/booking-calendar" class="uUxqWY wixui-button">
<span class="w4Vxx6 wixui-button__label">Book an Appointment</span></a></div>
</div></div>
<div id="comp-lr8n0y0" class="comp-lr8n0y0 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
<div id="img_comp-lr8n0y1" class="MazNVa comp-lr8n0y1 wixui-image">
<img src="https://static.wixstatic.com/media/7c1e0a_treatment.jpg/v1/fill/w_480,h_640/treatment.jpg" alt="Osteopath treating a patient's shoulder"
width="480" height="640">
</div></div></div>
</div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${wr('kx3a2c1d', hFoot.map(wp).join(''))}
<div id="comp-kx3a2c2e" class="comp-kx3a2c2e wixui-social-bar"><ul class="zPSyAR" aria-label="Social Bar"><li class="O7p2QQ">
<a data-testid="linkElement" href="https://www.facebook.com/harrowfieldosteo" target="_blank" class="wixui-social-bar__link">
<img alt="Facebook" src="https://static.wixstatic.com/media/facebook.png"></a></li></ul></div>
${wr('kx3a2c3f', wp('© 2026 by Harrowfield Osteopathy. Proudly created with Wix.com'))}
</div></div></div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.cf8a3c4b.bundle.min.js" async></script></body></html>`;
const harrowfield: TestPage = {
  name: 'heldout569-wix-what-we-treat',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: [hIntro, ...hList, ...hRefer],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', ...hNav.slice(1), 'Book Online', 'Book an Appointment', ...hFoot,
    '© 2026 by Harrowfield Osteopathy. Proudly created with Wix.com', 'bottom of page',
  ],
};

const pTitle = 'Plantar fasciitis: why the first steps of the morning hurt most';
const pBlocks: Block[] = [
  j(
    'If your heel feels as if you are stepping on a stone when you get out of bed, and the pain eases after a few minutes of walking, plantar',
    'fasciitis is the most likely culprit. It is one of the most common foot problems we see in clinic, and most people recover without',
    'injections or surgery.',
  ),
  { h: 2, t: 'What is the plantar fascia?' },
  j(
    'The plantar fascia is a thick band of tissue that runs from your heel bone to the base of your toes. It supports the arch of your foot',
    'and stores energy as you walk and run. When it is loaded more than it can tolerate, the point where it attaches to the heel becomes',
    'irritated and painful.',
  ),
  { h: 2, t: 'Why is it worse in the morning?' },
  j(
    'Overnight your foot rests with the toes pointing slightly down, so the fascia and calf sit in a shortened position. The first steps',
    'stretch them suddenly, which is why those steps hurt most. The same thing happens after a long spell sitting at a desk or in the car.',
  ),
  { h: 2, t: 'Who gets it?' },
  {
    ul: [
      'Runners who have increased their distance quickly',
      'People who stand for long shifts on hard floors',
      'Anyone who has recently put on weight or switched to flatter shoes',
      'Adults between 40 and 60, in whom it is most common',
    ],
  },
  { h: 2, t: 'What you can do at home' },
  {
    ol: true,
    ul: [
      'Roll the sole of your foot over a frozen water bottle for five minutes, twice a day.',
      'Stretch your calf against a wall for 30 seconds, three times, before you get out of bed and again in the evening.',
      'Wear supportive shoes indoors rather than going barefoot on tiled or wooden floors.',
      'Cut down, rather than stop, the activity that brought it on.',
    ],
  },
  { q: 'Rest alone rarely fixes plantar fasciitis. The tissue needs to be loaded gradually so that it can get stronger.' },
  { h: 2, t: 'When to see a physio' },
  j(
    'If your pain has not started to settle after three or four weeks, a physiotherapist can assess your foot and the way you walk and build',
    'a loading programme with you. Slow heel raises on a step, with a rolled towel under your toes, are the backbone of most of our programmes.',
  ),
  j(
    'Most people improve within three to six months. That can feel slow, but steady, progressive exercise works better than waiting for the',
    'pain to go on its own.',
  ),
];
const pNav = ['Clinics', 'Services', 'Conditions', 'Pricing', 'Blog', 'Careers'];
const pTags = ['Foot and Ankle', 'Running'];
const pRel = ['Achilles pain in runners: load, not rest', 'Choosing running shoes after an injury', 'Calf strain: a week-by-week return to running'];
const pComment = j('The calf stretch before getting out of bed made a real difference for me within a week. Thanks for such a clear explanation.');
const pFoot = ['Privacy Notice', 'Cookie Settings', 'Accessibility', 'Complaints'];
const pHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${pTitle}</title>
<link rel="shortcut icon" href="https://www.ardenfoldphysio.co.uk/hubfs/favicon.png">
<meta name="description" content="Why plantar heel pain is worst first thing, who gets it and what helps.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.ardenfoldphysio.co.uk/hubfs/hub_generated/template_assets/1/98765432101/1718800000000/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}","author":{"@type":"Person","name":"Niamh
Corrigan"},"datePublished":"2026-02-11T09:00:00Z"}</script>
<script>var hsVars = {"portal_id":2468135,"app_hs_base_url":"https://app-eu1.hubspot.com","cp_hs_base_url":"https://cp-eu1.hubspot.com","language":"en",
"page_id":151234567890,"content_group_id":98712345678};</script>
<meta property="og:title" content="${pTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.ardenfoldphysio.co.uk/blog/plantar-fasciitis-morning-pain"></head>
<body><div class="body-wrapper hs-content-id-151234567890 hs-blog-post hs-blog-id-98712345678">
<div data-global-resource-path="ardenfold-2024/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="https://www.ardenfoldphysio.co.uk" id="hs-link-site_logo_hs_logo_widget">
<img src="https://www.ardenfoldphysio.co.uk/hubfs/ardenfold-logo.svg" class="hs-image-widget" alt="Ardenfold Physio Group"></a></span></div></div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field">
<div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="site_search-input">Search</label>
<input type="text" class="hs-search-field__input" name="term" placeholder="Search"><button aria-label="Search">
<span id="hs_cos_wrapper_site_search_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon"><svg viewBox="0 0 512 512" aria-hidden="true">
</svg></span></button></form></div></div></div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(pNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__button"><a class="button" href="/book-online">Book an appointment</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${pTitle}</span>
</h1>
<div class="blog-post__meta"><a href="https://www.ardenfoldphysio.co.uk/blog/author/niamh-corrigan">Niamh Corrigan</a>
<time datetime="2026-02-11 09:00:00" class="blog-post__timestamp">Feb 11, 2026 9:00:00 AM</time></div>
<div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${flow(pBlocks.slice(0, 10))}
<!--more-->
${flow(pBlocks.slice(10))}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-4f1c2d3e">
<span class="hs-cta-node hs-cta-4f1c2d3e" id="hs-cta-4f1c2d3e">
<a href="https://cta-redirect.hubspot.com/cta/redirect/2468135/4f1c2d3e" class="cta_button">Book a foot and ankle assessment</a></span>
<script>hbspt.cta.load(2468135, '4f1c2d3e', {"useNewLoader":"true","region":"eu1"});</script></span><!-- end HubSpot Call-to-Action Code --></p>
</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg>
<span class="blog-post__tags-label">Topics:</span> ${pTags
  .map(
    (t) => `<a class="blog-post__tag-link"
href="https://www.ardenfoldphysio.co.uk/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`,
  )
  .join(', ')}</div>
</article>
<section class="blog-subscribe"><h2>Subscribe to our blog</h2><p>New articles from our physiotherapists, once a month.</p>
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><form class="hs-form stacked" novalidate>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-b3c4"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-b3c4" name="email" required type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></section>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${pRel
  .map(
    (t, i) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/related-${i}">
<img class="blog-related-posts__image" src="https://www.ardenfoldphysio.co.uk/hubfs/blog/related-${i}.jpg" alt="${t}"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/related-${i}">${t}</a>
</h3></div></article>`,
  )
  .join('\n')}
</div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"><h3 class="comments-title">Comments (1)</h3><div class="comment depth-0">
<p class="comment-from"><a href="javascript:void(0)">Graham P.</a></p>
<p class="comment-date">Feb 14, 2026 7:42:18 PM</p><div class="comment-body"><p>${pComment}</p></div><p class="comment-reply-to">
<a class="comment-reply-to-link">Reply to Graham P.</a></p></div></div></div>
</span></div></div>
</div></div></main>
<div data-global-resource-path="ardenfold-2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p class="footer__strap">Ardenfold Physio Group · 9 clinics across the Arden valley</p>
<nav aria-label="Footer"><ul class="submenu level-1">${links(pFoot, 'menu-item')}</ul></nav><p class="footer__copyright">© 2026 Ardenfold Physio Group Ltd</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-version="2">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area">
<p id="hs-eu-policy-wording">This website stores cookies on your computer. These cookies are used to improve your website experience and provide more
personalised services to you.</p>
</div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/2468135.js"></script>
</body></html>`;
const ardenfold: TestPage = {
  name: 'heldout569-hubspot-plantar-fasciitis',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  ...gold(pBlocks),
  bylines: ['Niamh Corrigan', 'Feb 11, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...pNav, 'Book an appointment', 'Book a foot and ankle assessment', 'Topics:', ...pTags, 'Subscribe to our blog',
    'New articles from our physiotherapists, once a month.', 'Email', 'Related posts', ...pRel, 'Comments (1)', 'Graham P.', 'Feb 14, 2026 7:42:18 PM',
    pComment, 'Reply to Graham P.', 'Ardenfold Physio Group · 9 clinics across the Arden valley', ...pFoot, '© 2026 Ardenfold Physio Group Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT569_B: readonly TestPage[] = [harrowfield, ardenfold];
