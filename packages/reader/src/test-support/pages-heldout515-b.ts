import { links, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout515-kit.js';

/**
 * Held-out batch 515, file b: a pest control company's booking FAQ built with Wix (rich-text boxes and the Wix FAQ app),
 * and a wasp nest guide on a pest control firm's HubSpot CMS site with a sticky CTA and a related-posts module.
 */
const wTitle = 'Booking FAQ';
const wIntro = 'Everything you need to know before, during and after your Pestline visit.';
const wFaq: [string, string][] = [
  [
    'How quickly can you come out?',
    j(
      'For rats, mice and wasps we offer same-day visits when you book before 11am, Monday to Saturday. Bed bug and',
      'flea treatments are usually booked two to four days ahead because the room needs preparing.',
    ),
  ],
  [
    'Do I need to be at home?',
    j(
      'Yes, an adult needs to be at the property for the first visit so the technician can walk round with you.',
      'Follow-up visits for bait checks can be done with a key or a neighbour.',
    ),
  ],
  [
    'How do I prepare for a flea or bed bug treatment?',
    j(
      'Hoover every floor and the edges of the skirting, wash bedding at 60°C and clear',
      'the floor under beds. We send a full checklist by text once your booking is confirmed.',
    ),
  ],
  [
    'Is the treatment safe for pets and children?',
    j(
      'We use professional products applied in tamper-resistant stations or as a fine',
      'spray. Children and pets should stay out of treated rooms for four hours, and fish tanks must be covered.',
    ),
  ],
  [
    'What does it cost?',
    j(
      'A wasp nest is £65 and a three-visit rodent programme is £149, including VAT. Insect treatments are priced by',
      'the number of rooms; you will get a fixed price before we book.',
    ),
  ],
  [
    'Can I cancel or move my booking?',
    j(
      'Yes. Moving or cancelling is free up to 24 hours before your slot. Later than that we charge a £25',
      'call-out fee, unless the technician has not yet set off.',
    ),
  ],
];
const wNav = ['Home', 'Services', 'Pest Guides', 'Booking FAQ', 'Commercial', 'Contact'];
const faq = ([q, a]: [string, string], i: number): string => `<li class="KbO2wX" data-hook="faq-item"><div class="_2aA6L" role="button"
 aria-expanded="${i === 0}" aria-controls="faq-answer-${i}" data-hook="faq-question"><h3 class="_1Ccqc" data-hook="question-title">${q}</h3>
<span class="_3cuX9" aria-hidden="true">${i === 0 ? '−' : '+'}</span></div><div id="faq-answer-${i}" class="_3GBLp${i === 0 ? ' _1kXWb' : ''}"
 data-hook="faq-answer" role="region"><div class="_1Q9if" data-hook="answer-content"><p>${a}</p></div></div></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Booking FAQ | Pestline Pest Control</title><meta name="description" content="Answers to common questions about booking a Pestline visit.">
<meta property="og:title" content="Booking FAQ | Pestline Pest Control"><meta property="og:site_name" content="Pestline Pest Control">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"How quickly can you come out?"}]}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"e4b0a2f1-77cd","isResponsive":true},"language":{"userLanguage":"en"}};</script>
<script>window.fedops = {};window.fedops.apps = window.fedops.apps || {};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;
} .wixui-rich-text__text{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif;}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<a href="#PAGES_CONTAINER" id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0">Skip to Main Content</a>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
<div id="comp-lf3h1y8a" class="comp-lf3h1y8a wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Pestline Pest Control</span></p></div>
<div id="comp-lf3h2b0c" class="comp-lf3h2b0c wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">Call 0161 496 0732 · 7 days a week</p></div>
<nav id="comp-lf3h3k9d" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav>
<div id="comp-lf3h4m2e" class="comp-lf3h4m2e wixui-button" aria-disabled="false">
<a data-testid="linkElement" href="https://www.pestline.example/book" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Book Now</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX">
<div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page"><section id="comp-lf3j0a1b" tabindex="-1" class="Oqnisf comp-lf3j0a1b wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lf3j0a1c" class="comp-lf3j0a1c YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lf3j0a1cinlineContent" data-testid="inline-content">
<div id="comp-lf3j1x2y" class="comp-lf3j1x2y wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">${wTitle}</h1></div>
<div id="comp-lf3j2z3a" class="comp-lf3j2z3a wixui-rich-text" data-testid="richTextElement"><p class="font_7 wixui-rich-text__text">${wIntro}</p></div>
</div></div></div></section>
<section id="comp-lf3j5c6d" tabindex="-1" class="Oqnisf comp-lf3j5c6d wixui-section"><div data-testid="columns" class="V5AUxf"><div class="YzqVVZ">
<div id="comp-lf3j6e7f" class="TPAWidget comp-lf3j6e7f"><div data-hook="faq-widget" class="_1fYfx"><ul class="_2vtxT" data-hook="faq-list">
${wFaq.map(faq).join('\n')}</ul></div></div>
<div id="comp-lf3j8g9h" class="comp-lf3j8g9h wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Still have a question?
<a href="https://www.pestline.example/contact" class="wixui-rich-text__text">Send us a message</a> and we will reply within one working day.</p></div>
</div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
<div id="comp-lf3k1a2b" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">BPCA member · Fully insured</p>
<p class="font_9 wixui-rich-text__text">© 2024 by Pestline Pest Control. Proudly created with Wix.com</p></div>
<div id="comp-lf3k3c4d" class="wixui-rich-text"><p class="font_9 wixui-rich-text__text">
<a href="/privacy-policy">Privacy Policy</a> | <a href="/terms">Terms &amp; Conditions</a></p></div>
<div id="comp-lf3k5e6f" class="wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.facebook.com/pestline" target="_blank">
<img alt="Facebook"></a></li></ul></div>
</div></footer></div></div></div></div>
<div id="ccsu-banner" class="consent-banner" role="dialog" aria-label="Cookie banner">
<p>This website uses cookies. We use cookies to improve your experience and analyse traffic.</p>
<button data-hook="ccsu-banner-decline-all">Decline all</button><button data-hook="ccsu-banner-accept-button">Accept</button>
<button data-hook="ccsu-banner-settings-button">Settings</button></div>
<script src="https://static.parastorage.com/unpkg/react@18.2.0/umd/react.production.min.js"></script></body></html>`;
const wix: TestPage = gold({
  name: 'heldout515-wix-pest-booking-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wFaq.map(([q]) => q),
  body: [wIntro, ...wFaq.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Pestline Pest Control', 'Call 0161 496 0732 · 7 days a week', ...wNav, 'Book Now',
    'Still have a question? Send us a message and we will reply within one working day.', 'BPCA member · Fully insured',
    '© 2024 by Pestline Pest Control. Proudly created with Wix.com', 'Privacy Policy', 'Terms & Conditions',
    'This website uses cookies. We use cookies to improve your experience and analyse traffic.', 'Decline all', 'Accept', 'Settings',
  ],
});

const hTitle = 'Wasp Nests: How to Spot Them and When to Call a Professional';
const hBody = [
  j(
    'From late spring, queen wasps that survived the winter start building nests in lofts, sheds, wall cavities and hedges.',
    'A nest that holds a few dozen wasps in May can hold several thousand by August, which is when most stings happen.',
  ),
  'Signs you have a nest',
  'A steady line of wasps flying in and out of the same gap, often under roof tiles or soffits.',
  'A papery, grey ball the size of a golf ball or larger in a loft, shed or bird box.',
  'A chewing or crackling sound inside a wall or ceiling on warm afternoons.',
  'Wasps appearing indoors in a room with no open window, often near light fittings.',
  'Common wasp or hornet?',
  j(
    'Common and German wasps are about 15mm long with sharp yellow and black bands. European hornets are nearly twice the size,',
    'with a brown and yellow body, and are usually less aggressive. Asian hornets, which are darker with yellow legs, should be',
    'reported to the national non-native species service rather than treated yourself.',
  ),
  'Should you treat a nest yourself?',
  j(
    'We do not recommend it. Shop-bought powders rarely reach the centre of the nest, and disturbing the entrance can set off',
    'hundreds of defending wasps. If anyone in the house has had a reaction to a sting, keep well away from the nest.',
  ),
  j(
    'A technician puts a professional insecticide dust straight into the entrance using an extension lance, usually from',
    'the ground. The wasps carry it into the nest and activity stops within a few hours.',
  ),
  'What happens after treatment',
  j(
    'You may see returning wasps for a day or two; leave them alone and keep the entrance clear. We do not remove the nest,',
    'as an empty nest will not be reused. If there is still activity after 48 hours, we come back free of charge.',
  ),
  j('Most wasp treatments take 20 minutes and cost £65 including VAT, whichever part of the property the nest is in.'),
];
const hNav = ['Residential', 'Commercial', 'Pest Library', 'Blog', 'About'];
const hRel = ['How to tell if you have mice in the loft', 'Five signs of a rat problem in your garden', 'Do ultrasonic repellers work?'];
const hTags = ['Wasps', 'Seasonal pests'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle} | Fenwick Pest Solutions</title>
<meta name="description" content="How to recognise a wasp nest, the difference between wasps and hornets, and what a professional treatment involves.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.fenwickpest.example/hubfs/hub_generated/template_assets/1/109223047/1712040190/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Gareth Lowes"}}</script>
<link rel="amphtml" href="https://www.fenwickpest.example/blog/wasp-nests?hs_amp=true">
<script>var hsVars = {"render_id":"f1a7c2e0","ticks":1714987520, "portal_id":4418762,"app_hs_base_url":"https://app.hubspot.com","page_id":109887211};</script>
</head><body><div class="body-wrapper hs-content-id-109887211 hs-blog-post hs-blog-id-90321004"><a href="#main-content" class="header__skip">Skip to content</a>
<div data-global-resource-path="fenwick-theme/templates/partials/header.html"><header class="header"><div class="header__top">
<div class="header__container content-wrapper">
<p class="header__top-text">Emergency call-outs 24/7: 0113 496 0158</p></div></div><div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo">
<a href="//www.fenwickpest.example">
<img src="https://www.fenwickpest.example/hubfs/fenwick-logo.svg" alt="Fenwick Pest Solutions" width="180"></a></span></div>
<div class="header__column"><div class="header__row-2"><div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'hs-menu-item hs-menu-depth-1 menu__item menu__item--depth-1')}</ul></nav></div>
<div class="header__search header--element"><form class="hs-search-field__form" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-term" placeholder="Search">
<button class="hs-search-field__button" aria-label="Search"></button></form></div>
</div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
 data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.fenwickpest.example/blog/author/gareth-lowes" rel="author">Gareth Lowes</a>
<time datetime="2024-05-14 08:30:00" class="blog-post__timestamp">May 14, 2024</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
 data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<p>${hBody[0]}</p><!--more--><h2>${hBody[1]}</h2><ul>${lis(hBody.slice(2, 6))}</ul>
<p><img src="https://www.fenwickpest.example/hs-fs/hubfs/blog/wasp-nest-loft.jpg?width=760&amp;name=wasp-nest-loft.jpg" alt="Wasp nest in a loft" width="760">
</p>
<p style="font-size: 13px; text-align: center;"><em>A nest found in a Leeds loft in July, about the size of a football.</em></p>
<h2>${hBody[6]}</h2><p>${hBody[7]}</p><h2>${hBody[8]}</h2><p>${hBody[9]}</p><p>${hBody[10]}</p><h2>${hBody[11]}</h2><p>${hBody[12]}</p><p>${hBody[13]}</p>
</span></div>
<div class="blog-post__tags"><span class="blog-post__tags-label">Topics:</span> ${hTags
  .map(
    (t) => `<a class="blog-post__tag-link"
 href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`,
  )
  .join(', ')}</div>
</article>
<div class="blog-cta"><span id="hs_cos_wrapper_module_17130" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="cta-banner">
<h3 class="cta-banner__title">Found a nest?</h3><p>Book a same-day wasp treatment for £65.</p>
<span class="hs-cta-wrapper" id="hs-cta-wrapper-8c2f">
<a class="cta_button" href="https://cta-redirect.hubspot.com/cta/redirect/4418762/8c2f">Book a Technician</a></span>
</div></span></div>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel.map((t) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="#">${t}</a></h3></article>`).join('\n')}</div>
</section>
<div class="blog-comments"><span id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div></div></span></div>
</div></div></main>
<div data-global-resource-path="fenwick-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__newsletter"><h3>Pest alerts by email</h3><form class="hs-form" data-form-id="ae90c3"><label for="email-ae90c3"><span>Email</span></label>
<input id="email-ae90c3" type="email" name="email"><input type="submit" value="Subscribe" class="hs-button primary large"></form></div>
<p class="footer__copyright">© 2024 Fenwick Pest Solutions Ltd · Registered in England 08842197</p>
<ul class="footer__links">${links(['Privacy notice', 'Cookie policy', 'Careers'])}</ul></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gdpr hs-cookie-notification-position-bottom" data-hs-not-sticky="true">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area">
<p id="hs-eu-policy-wording">This website stores cookies on your computer. These cookies are used to collect information about how you interact with our 
website.</p>
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4418762.js"></script>
</body></html>`;
const hubspot: TestPage = gold({
  name: 'heldout515-hubspot-wasp-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hBody[1] ?? '', hBody[6] ?? '', hBody[8] ?? '', hBody[11] ?? ''],
  body: texts(hBody.filter((_, i) => ![1, 6, 8, 11].includes(i))),
  bylines: ['Gareth Lowes', 'May 14, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Emergency call-outs 24/7: 0113 496 0158', ...hNav, 'A nest found in a Leeds loft in July, about the size of a football.',
    'Topics:', ...hTags, 'Found a nest?', 'Book a same-day wasp treatment for £65.', 'Book a Technician', 'Related posts', ...hRel,
    'Pest alerts by email', 'Email', '© 2024 Fenwick Pest Solutions Ltd · Registered in England 08842197', 'Privacy notice', 'Cookie policy',
    'Careers', 'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website.',
    'Accept', 'Decline',
  ],
});

export const HELDOUT515_B: readonly TestPage[] = [wix, hubspot];
