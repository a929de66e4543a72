import { links, ps, type TestPage, texts } from './page-kit.js';
import { amp, finish, j } from './pages-heldout516-kit.js';

/**
 * Held-out batch 516, file b: a wedding videographer's client FAQ built with Elementor (Hello theme, classic accordion,
 * Complianz banner) and a photographer's portfolio story on a Showit site with its WordPress blog.
 */
const eTitle = 'Frequently Asked Questions';
const eIntro = 'The questions couples ask us most, from the first email to the day your film arrives.';
const eGroups: { h: string; qa: [string, string[]][] }[] = [
  {
    h: 'Booking',
    qa: [
      [
        'How far ahead should we book?',
        [j('Most couples book us 12 to 18 months ahead. Friday and Sunday dates often open up later, so ask even if your wedding is close.')],
      ],
      ['Do you travel?', [j('Yes. We are based in Larchfield and travel anywhere; travel beyond 80 miles is added at cost, with no markup.')]],
      [
        'What do we need to pay to hold our date?',
        [j('A 25% retainer and the signed agreement. The retainer comes off your total and is not refundable once your date is held.')],
      ],
    ],
  },
  {
    h: 'On the day',
    qa: [
      [
        'Will you use drones?',
        [
          j('Only where the venue and airspace allow it. Our pilot is licensed and insured, and we always check with your venue first.'),
          'If the weather is too windy we film the wide shots from the ground instead.',
        ],
      ],
      ['Do you need a meal?', [j('Yes please: two hot meals, served when your guests eat, so we are ready again for the speeches.')]],
      [
        'Can we have a private ceremony with no cameras?',
        [j('Of course. Tell us which moments should stay yours, and we will record only the audio of the vows, or nothing at all.')],
      ],
    ],
  },
  {
    h: 'Your film',
    qa: [
      [
        'When will we receive our film?',
        [j('Your teaser arrives within two weeks and your feature film within twelve weeks of the wedding, by private download link.')],
      ],
      ['Can we choose the music?', [j('You can suggest the mood. We license every track from independent artists so your film can be shared online.')]],
    ],
  },
];
const eNav = ['Home', 'Films', 'Collections', 'FAQ', 'Contact'];
const eFoot = ['Privacy Policy', 'Cookie Policy (US)', 'Terms'];
let tab = 1840;
const eAccordion = (qa: [string, string[]][]): string =>
  `<div class="elementor-accordion" role="tablist">${qa
    .map(([q, a]) => {
      tab++;
      return `<div class="elementor-accordion-item"><div id="elementor-tab-title-${tab}" class="elementor-tab-title" data-tab="${tab % 10}" role="button"
aria-controls="elementor-tab-content-${tab}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-right" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-accordion-icon-opened"><i
class="fas fa-minus"></i></span></span>
<a class="elementor-accordion-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-${tab}" class="elementor-tab-content elementor-clearfix"
data-tab="${tab % 10}" role="region" aria-labelledby="elementor-tab-title-${tab}">${ps(a)}</div></div>`;
    })
    .join('\n')}</div>`;
const eWidget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${type.length}a${tab} elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eSection = (inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed elementor-section-height-default"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>FAQ – Tallow &amp; Tide Films</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="canonical" href="https://tallowandtide.film/faq/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://tallowandtide.film/faq/",
"name":"FAQ – Tallow & Tide Films","isPartOf":{"@id":"https://tallowandtide.film/#website"}},
{"@type":"WebSite","@id":"https://tallowandtide.film/#website"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://tallowandtide.film/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://tallowandtide.film/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4'
media='all'>
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;}</style></head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="34" class="elementor elementor-34 elementor-location-header" data-elementor-post-type="elementor_library">
${eSection(
  eWidget('theme-site-logo', `<a href="https://tallowandtide.film"><img src="/wp-content/uploads/2024/02/tt-logo.svg" alt="Tallow &amp; Tide Films"></a>`) +
    eWidget(
      'nav-menu',
      `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade"><ul id="menu-1-7b1c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-7b1c"
class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
    ),
)}</div>
<main id="content" class="site-main post-212 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">
${eSection(
  eWidget('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) +
    eWidget('text-editor', `<p>${eIntro}</p>`) +
    eWidget('image', `<img src="/wp-content/uploads/2025/06/couple-on-pier.jpg" alt="Couple on a pier at dusk" loading="lazy">`),
)}
${eGroups
  .map((g) =>
    eSection(
      eWidget(
        'heading',
        `<h2
class="elementor-heading-title elementor-size-default">${g.h}</h2>`,
      ) + eWidget('accordion', eAccordion(g.qa)),
    ),
  )
  .join('\n')}
${eSection(
  eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">Still wondering about something?</h2>`) +
    eWidget(
      'button',
      `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Send us a note</span></span></a></div>`,
    ),
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="41" class="elementor elementor-41 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSection(
  eWidget('text-editor', `<p>Tallow &amp; Tide Films is a two-person wedding film studio in Larchfield.</p>`) +
    eWidget('icon-list', `<ul class="elementor-icon-list-items">${links(eFoot, 'elementor-icon-list-item')}</ul>`) +
    eWidget('text-editor', `<p>© 2026 Tallow &amp; Tide Films. All rights reserved.</p>`),
)}</div>
<div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true"
role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header">
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">
To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src="https://tallowandtide.film/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.23.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = finish({
  name: 'heldout516-elementor-video-faq',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eGroups.flatMap((g) => [g.h, ...g.qa.map(([q]) => q)]),
  body: [eIntro, ...eGroups.flatMap((g) => g.qa.flatMap(([, a]) => a))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Still wondering about something?', 'Send us a note', 'Tallow & Tide Films is a two-person wedding film studio in Larchfield.',
    ...eFoot, '© 2026 Tallow & Tide Films. All rights reserved.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
});

const shTitle = 'Ines & Calum | A Walled Garden Wedding at Lowther Hall';
const shBody = [
  j(
    'Ines and Calum found Lowther Hall the way most people do: by getting lost on the way to somewhere else. They stopped to ask',
    'for directions, walked through the gate in the garden wall and, as Calum tells it, "the decision was made before anyone',
    'said a word."',
  ),
  j(
    'Their day began with Ines getting ready in the old potting shed, which her sisters had filled with sweet peas from their',
    "mother's allotment. Calum spent the morning with his grandfather, polishing shoes that did not need polishing and",
    'practising a speech he then mostly ignored.',
  ),
  j(
    'The ceremony was held under the big pear tree at the far end of the garden. It rained for exactly four minutes halfway',
    'through the vows; nobody moved, the celebrant simply raised her voice, and the light afterwards was the best of the whole',
    'day. If you have ever wondered whether to have a wet-weather plan, the honest answer is yes, and also that you may not need it.',
  ),
  j(
    'Dinner was served at one long table between the espaliered apple trees. Instead of a seating plan the couple gave every',
    'guest a seed packet with a name on it, and the packets went home with everyone at the end of the night.',
  ),
  j(
    'We stayed until the first dance and a few frames of the ceilidh, then left them to it. Thank you, Ines and Calum, for',
    'trusting us with a day that felt like a garden party among old friends.',
  ),
  'The team',
  'Venue: Lowther Hall Walled Garden',
  'Flowers: Tansy & Vetch',
  'Dress: Marguerite Bridal, Esk Street',
  'Celebrant: Moira Quayle',
  'Band: The Ragged Reelers',
];
const shPrev = 'Previous Post';
const shNav = ['Home', 'About', 'Weddings', 'Investment', 'Blog', 'Inquire'];
const shHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ines &amp; Calum | A Walled Garden Wedding at Lowther Hall - Fern Aldous Photography</title>
<meta name="description" content="A summer wedding under the pear tree at Lowther Hall walled garden.">
<link rel="canonical" href="https://fernaldous.com/ines-calum-lowther-hall-wedding/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-12T08:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Ines & Calum | A Walled Garden Wedding at Lowther Hall",
"author":{"@type":"Person","name":"Fern Aldous"},"datePublished":"2026-09-12"}</script>
<link rel="stylesheet" href="//static.showit.co/file/css/KfH2/shared.css"><link rel="stylesheet" href="https://lib.showit.co/engine/2.6.4/showit.css">
<style id="si-fonts">@font-face{font-family:"Cormorant";src:url("//static.showit.co/file/fonts/cormorant.woff2");}</style>
<script id="init_data" type="application/json">{"mobile":{"w":320},"desktop":{"w":1200},"sid":"kfh2","break":768}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('config','G-7H2K9Q');</script></head>
<body><div class="sp" id="sp"><div id="s-nav" class="sb" data-nav-id="nav"><div class="ss" id="navs"><div class="sc">
<div class="se" id="s-nav_0" data-vis-m="false"><div class="se-rc"><a href="/" target="_self" class="se-img"
aria-label="Fern Aldous Photography logo"></a></div></div>
${shNav
  .map(
    (t, i) => `<div class="se" id="s-nav_${i + 1}"><a href="/${t.toLowerCase()}" target="_self" class="se-rc"><div
class="se-t">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div>
<div id="s-post-title" class="sb" data-bg="#f4efe8"><div class="ss"><div class="sc">
<div class="se se-wpt" id="s-pt_0" data-wp-type="post_categories"><div class="se-t">Filed in: <a href="/category/weddings/">Weddings</a>,
<a href="/category/garden-weddings/">Garden Weddings</a></div></div>
<div class="se se-wpt" id="s-pt_1" data-wp-type="post_title"><h1 class="se-t">${amp(shTitle)}</h1></div>
<div class="se se-wpt" id="s-pt_2" data-wp-type="post_date"><div class="se-t">September 12, 2026</div></div>
</div></div></div>
<div id="s-post-content" class="sb"><div class="ss"><div class="sc"><div class="se se-wpt sib-post-content" id="s-pc_0" data-wp-type="post_content">
<div class="se-t se-wpc">
${ps(shBody.slice(0, 2))}
<p><img decoding="async" class="alignnone size-full wp-image-9121" src="https://fernaldous.com/wp-content/uploads/2026/09/lowther-001.jpg"
alt="Bride in the potting shed"
width="1600" height="2400"></p><p><img decoding="async" class="alignnone size-full wp-image-9122"
src="https://fernaldous.com/wp-content/uploads/2026/09/lowther-014.jpg"
alt="Sweet peas on the windowsill" width="1600" height="1067"></p>
${ps(shBody.slice(2, 4))}
<p><img decoding="async" class="alignnone size-full wp-image-9130" src="https://fernaldous.com/wp-content/uploads/2026/09/lowther-088.jpg"
alt="Ceremony under the pear tree"
width="1600" height="1067"></p>
${ps(shBody.slice(4, 5))}
<h3>${shBody[5]}</h3>
${ps(shBody.slice(6).map(amp))}
</div></div></div></div></div>
<div id="s-post-nav" class="sb"><div class="ss"><div class="sc"><div class="se se-wpt" data-wp-type="post_comments_count"><a href="#comments"
class="se-t">Leave a Comment</a></div>
<div class="se se-wpt" data-wp-type="post_prev_link"><a href="/amara-jonah-harbour-elopement/" class="se-t">${shPrev}</a></div>
<div class="se se-wpt" data-wp-type="post_next_link"><a href="/autumn-mini-sessions-2026/" class="se-t">Next Post</a></div></div></div></div>
<div id="s-comments" class="sb"><div class="ss"><div class="sc"><div class="se se-wpt" data-wp-type="post_comments"><div id="comments" class="comments-area">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
<textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></div></div></div></div></div>
<div id="s-instagram" class="sb"><div class="ss"><div class="sc"><div class="se" id="s-ig_0"><div class="se-t">Follow along @fernaldousphoto</div></div>
</div></div></div>
<div id="s-footer" class="sb"><div class="ss"><div class="sc"><div class="se" id="s-ft_0"><div
class="se-t">Fern Aldous Photography · Harrowgate &amp; beyond</div></div>
<div class="se" id="s-ft_1"><div class="se-t">© 2026 · Site by Showit · Design by Wren Studio Co.</div></div></div></div></div></div>
<script src="https://lib.showit.co/engine/2.6.4/showit.min.js"></script></body></html>`;
const showit: TestPage = finish({
  name: 'heldout516-showit-portfolio-story',
  kind: 'blog',
  html: shHtml,
  title: shTitle,
  headings: [shBody[5] ?? ''],
  body: texts(shBody.filter((_, i) => i !== 5)),
  bylines: ['September 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...shNav, 'Filed in: Weddings, Garden Weddings', 'Leave a Comment', shPrev, 'Next Post', 'Leave a Reply', 'Your email address will not be published.',
    'Required fields are marked *', 'Comment *', 'Follow along @fernaldousphoto', 'Fern Aldous Photography · Harrowgate & beyond',
    '© 2026 · Site by Showit · Design by Wren Studio Co.',
  ],
});

export const HELDOUT516_B: readonly TestPage[] = [elementor, showit];
