import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout336-kit.js';
import { ghostBlog } from './pages-heldout336-b2.js';

/**
 * Held-out batch 336, file b: a crisis line's "What to expect when you call" page built with a page builder (WordPress
 * with Elementor: nested sections, columns and widgets, an icon-box row, an accordion, the sticky "Call now" bar, the
 * Complianz cookie banner, header menu and footer widgets) and, from file b2, a meditation app's blog post on Ghost.
 */
const cTitle = 'What to expect when you call';
const cHeads = ['Before you call', 'When someone answers', 'What happens after the call', 'Questions people often ask'];
const cIntro = [
  j(
    'Reaching out for the first time can feel like a big step. Knowing what will happen may make it a little easier, so here is',
    'what a call to Nightharbour Line usually looks like.',
  ),
];
const cS1 = [
  j(
    'You do not need to have the right words, or be sure that things are bad enough. People call us about all kinds of things,',
    'from a sleepless night of worry to thoughts of ending their life. Whatever is on your mind, it is reason enough.',
  ),
  j(
    'If you can, find somewhere you feel a little safer and where you will not be overheard. Some callers like to have a glass',
    'of water or a blanket nearby. If you would rather not speak, you can use our webchat or text service instead.',
  ),
];
const cS2 = [
  j(
    'A trained volunteer will answer, introduce themselves by first name and ask how they can help. There may be a short wait',
    'at busy times, usually in the evening; please stay on the line, as calls are answered in the order they arrive.',
  ),
  'During the call the volunteer will:',
];
const cS2List = [
  'listen without judging you or telling you what to do',
  'give you time, even if there are long silences',
  'ask gently about how you are feeling, including whether you are thinking about suicide',
  'help you think through what might get you through the next few hours',
];
const cS2b = [
  j(
    'Asking directly about suicide does not put the idea into anyone’s head. It tells you that you can talk about it openly,',
    'and many callers say it was a relief to be asked.',
  ),
];
const cS3 = [
  j(
    'Calls last as long as they need to. When you are ready to end, the volunteer may ask what support you have around you and',
    'whether there is one small thing you could do for yourself tonight. You can call back as often as you need.',
  ),
  j(
    'We will only share anything you tell us if we believe a child is at risk or, very rarely, if you are in immediate danger',
    'and we cannot keep you safe any other way. Your volunteer will always tell you before anything is shared.',
  ),
];
const cQA: readonly (readonly [string, string])[] = [
  ['Will my call show on my phone bill?', 'No. Calls to Nightharbour Line are free from mobiles and landlines and do not appear on itemised bills.'],
  [
    'Can I ask for the same volunteer again?',
    'We cannot promise this, because volunteers work different shifts, but every volunteer has the same training and will listen.',
  ],
  ['What if I just want to hang up?', 'That is fine. You are always in control of the call, and you are welcome to try again whenever you feel able.'],
];
const cBoxes = ['Free to call', 'Open 24 hours', 'Confidential'];
const cNav = ['Get support', 'How calls work', 'Volunteer with us', 'Supporting someone else', 'About us'];
const cFootLinks = ['Privacy notice', 'Safeguarding policy', 'Accessibility', 'Media enquiries'];
const widget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const section = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const heading = (t: string, tag = 'h2'): string => widget('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const text = (html: string): string => widget('text-editor', html);
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>What to expect when you call – Nightharbour Line</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:locale" content="en_GB">
<meta property="og:title" content="What to expect when you call – Nightharbour Line"><meta property="og:type" content="article">
<link rel="stylesheet" id="elementor-frontend-css" href="https://nightharbour.org.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://nightharbour.org.uk/wp-content/uploads/elementor/css/post-412.css?ver=1740000000">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"What to expect when you call","datePublished":"2024-06-12T09:00:00+00:00","dateModified":"2026-01-20T11:42:00+00:00"}]}</script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.27.4","post":{"id":412,"title":"What to expect"}};</script>
</head><body class="page-template-default page page-id-412 elementor-default elementor-kit-7 elementor-page elementor-page-412">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin" role="dialog" aria-label="Manage Cookie Consent">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to keep this site working and to see which pages help people most.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header">
${section(
  '3a1f9c0',
  `${widget('theme-site-logo', '<a href="https://nightharbour.org.uk"><img src="/wp-content/uploads/2024/02/logo.svg" alt="Nightharbour Line"></a>')}
${widget(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5b2" class="elementor-nav-menu">
${links(cNav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${widget(
  'button',
  '<a class="elementor-button elementor-button-link elementor-size-sm" href="/donate"><span class="elementor-button-text">Donate</span></a>',
)}`,
)}</div>
<main id="content" class="site-main post-412 page type-page status-publish"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${section('7c2d8e1', `${heading(cTitle, 'h1')}${text(ps(cIntro))}`)}
${section(
  '19be4a7',
  cBoxes
    .map((b) =>
      widget(
        'icon-box',
        `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content">
<h3 class="elementor-icon-box-title"><span>${b}</span></h3></div></div>`,
      ),
    )
    .join('\n'),
)}
${section('b4e0c52', `${heading(cHeads[0] ?? '')}${text(ps(cS1))}${heading(cHeads[1] ?? '')}${text(`${ps(cS2)}<ul>${lis(cS2List)}</ul>${ps(cS2b)}`)}`)}
${section(
  'e8f3a10',
  widget(
    'image',
    `<figure class="wp-caption"><img src="/wp-content/uploads/2025/09/volunteer-headset.jpg" alt="" width="1200" height="675">
<figcaption class="widget-image-caption wp-caption-text">One of our volunteers on an evening shift. Photo: Ellis Carrow</figcaption></figure>`,
  ),
)}
${section(
  '5d71c3b',
  `${heading(cHeads[2] ?? '')}${text(ps(cS3))}${heading(cHeads[3] ?? '')}
${widget(
  'accordion',
  `<div class="elementor-accordion" role="tablist">${cQA
    .map(
      ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-${i}" class="elementor-tab-title" role="button">
<a class="elementor-accordion-title" tabindex="0">${q}</a></div><div class="elementor-tab-content elementor-clearfix" role="region">${ps([a])}</div></div>`,
    )
    .join('\n')}</div>`,
)}`,
)}
${section('90ac4f2', `${heading('Not ready to talk?', 'h3')}${text('<p>You can also reach us by webchat or email. <a href="/chat">Start a webchat</a></p>')}`)}
</div></div></main>
<div class="nh-sticky-bar"><a class="elementor-button" href="tel:08005550199">Call now: 0800 555 0199</a></div>
<div data-elementor-type="footer" data-elementor-id="38" class="elementor elementor-38 elementor-location-footer">
${section(
  'f00d2a1',
  `${text('<p>Nightharbour Line is a registered charity in England (1187720) and Scotland (SC051234).</p>')}
${widget('nav-menu', `<nav><ul class="elementor-nav-menu">${links(cFootLinks, 'menu-item')}</ul></nav>`)}
${text('<p>Page updated 20 January 2026</p>')}${text('<p>© 2026 Nightharbour Line</p>')}`,
)}</div>
<script src="https://nightharbour.org.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.4" id="elementor-frontend-js"></script>
</body></html>`;

const nightharbour: TestPage = {
  name: 'heldout336-elementor-crisisline-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cIntro, ...cS1, ...cS2, ...cS2List, ...cS2b, ...cS3, ...cQA.flat()]),
  bylines: ['Page updated 20 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Manage Cookie Consent', 'We use cookies to keep this site working and to see which pages help people most.', 'Accept', 'Deny',
    'View preferences', 'Skip to content', ...cNav, 'Donate', ...cBoxes, 'One of our volunteers on an evening shift. Photo: Ellis Carrow',
    'Not ready to talk?', 'You can also reach us by webchat or email. Start a webchat', 'Call now: 0800 555 0199',
    'Nightharbour Line is a registered charity in England (1187720) and Scotland (SC051234).', ...cFootLinks, '© 2026 Nightharbour Line',
  ],
};

export const HELDOUT336_B: readonly TestPage[] = [nightharbour, ghostBlog];
