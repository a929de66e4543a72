import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file d2: a book-club discussion guide on a WordPress site built with Elementor Pro on the Hello
 * theme (theme-builder header with nav menu widget, a hero section with the guide's title, post-info widget, button
 * widgets for the PDF and the book, heading and text-editor widgets for the guide, an icon list of guide facts, a
 * share-buttons widget, a posts widget of other guides, a form widget, the theme-builder footer and the Complianz
 * cookie banner).
 */
const eTitle = 'Reading Group Guide: The Glass Almanac';
const eIntro = [
  j(
    'Rosamund Hale’s second novel follows a widowed glassblower through the twelve months in which her town, her trade and',
    'her grief all change shape. Told in chapters that each begin with an almanac entry, it is a quiet book that opens up in',
    'conversation, which makes it a rewarding choice for reading groups.',
  ),
  j(
    'This guide offers a short introduction, questions for discussion and a few ideas for taking the conversation further.',
    'The questions follow the order of the novel, so groups that meet before finishing can stop at any point. The later',
    'questions discuss the ending.',
  ),
];
const eBackground = [
  j(
    'Hale grew up in a glassmaking town and spent two years interviewing retired glassblowers before she began writing. The',
    'almanac form was inspired by a real farmer’s almanac she found in a house clearance, in which the weather notes gradually',
    'give way to private observations. The town of Ashby Cross is invented, but its works is based on several that closed in',
    'the north of England in the 1890s.',
  ),
];
const eQuestions = [
  'The novel opens with Ida’s almanac entry for January. What did you learn about her from it before the story proper began?',
  'Why do you think Ida writes the almanac for her husband rather than a diary for herself? How does the form change as the year goes on?',
  'Glassblowing is described in close detail. Did the descriptions of the work help you understand Ida, or did they keep you at a distance?',
  'Sully the apprentice wants to leave for the city. Is Ida right to try to keep him? What does she stand to lose if he goes?',
  'The engineer, Mr Dacre, could have been a villain. How did Hale avoid that, and did it make the book more or less satisfying?',
  'The August chapter is told through a list of orders and breakages. What did this chapter do that an ordinary narrative could not?',
  'Several readers have found the middle of the book slow. Did you? What would you have kept, and what would you have cut?',
  'Ida’s husband never appears except through the almanac. How did you picture him? Did your picture change by the end?',
  'Talk about the final almanac entry. Is it an ending, a beginning, or both?',
];
const eFurther = [
  'Bring an old almanac, diary or family letter to the meeting and read a short passage aloud.',
  'Try writing a one-line almanac entry for the day of your meeting: the weather, one thing that flowered and one thing left unsaid.',
  'If you are near a glass museum or studio, plan a visit together and compare what you see with the scenes in the novel.',
];
const eNav = ['Home', 'Guides', 'Start a group', 'Author visits', 'About', 'Contact'];
const eFacts = ['Pages: 368', 'Published: 2026', 'Suggested meetings: 1 or 2', 'Content note: bereavement'];
const eOther = ['Reading Group Guide: Low Water', 'Reading Group Guide: Nine Doors on Ranby Street', 'Reading Group Guide: The Weather Diaries'];
const eFoot = ['Privacy Policy', 'Cookie Policy', 'Accessibility'];
const eCookie = 'We use cookies to optimise our website and our service.';
let n = 0;
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-element-${((n += 1)).toString(16)}a7c elementor-widget
elementor-widget-${type}" data-id="${n.toString(16)}a7c" data-element_type="widget" data-widget_type="${type}.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const sec = (inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed
elementor-section-height-default" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column
elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const h = (t: string, tag = 'h2'): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const txt = (ps: readonly string[]): string => w('text-editor', ps.map((p) => `<p>${p}</p>`).join('\n'));
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reading Group Guide: The Glass Almanac – Fireside Readers</title><meta name="generator" content="Elementor 3.21.4; features: e_optimized_css_loading">
<link rel='stylesheet' id='elementor-frontend-css' href='https://firesidereaders.example/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all'
/>
<link rel='stylesheet' id='elementor-post-8812-css' href='https://firesidereaders.example/wp-content/uploads/elementor/css/post-8812.css' media='all' />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Reading Group Guide: The Glass
Almanac","datePublished":"2026-04-02"}</script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","version":"7.0.4"};</script></head>
<body class="post-template-default single single-post postid-8812 elementor-default elementor-kit-6 elementor-page elementor-page-8812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">${sec(
  `${w('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/fireside-logo.svg" alt="Fireside Readers"></a>')}${w(
    'nav-menu',
    `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-31" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
  )}`,
)}</div>
<main id="content" class="site-main post-8812 post type-post"><div data-elementor-type="wp-post" data-elementor-id="8812" class="elementor elementor-8812">
${sec(
  `${h(eTitle, 'h1')}${w(
    'post-info',
    `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-1"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Guide by Carys Whitlock</span></li><li
class="elementor-icon-list-item elementor-repeater-item-2"><span class="elementor-icon-list-text elementor-post-info__item--type-date">April 2,
2026</span></li></ul>`,
  )}${w(
    'button',
    `<a class="elementor-button elementor-button-link elementor-size-sm" href="/wp-content/uploads/glass-almanac-guide.pdf"><span
class="elementor-button-text">Download the printable guide (PDF)</span></a>`,
  )}`,
)}
${sec(
  `${h('About this guide')}${txt(eIntro)}${w(
    'icon-list',
    `<ul class="elementor-icon-list-items">${eFacts
      .map(
        (f) => `<li class="elementor-icon-list-item"><span
class="elementor-icon-list-text">${f}</span></li>`,
      )
      .join('')}</ul>`,
  )}`,
)}
${sec(`${h('Background to the novel')}${txt(eBackground)}`)}
${sec(`${h('Questions for discussion')}${w('text-editor', `<ol>${lis(eQuestions)}</ol>`)}`)}
${sec(`${h('Taking it further')}${w('text-editor', `<ul>${lis(eFurther)}</ul>`)}`)}
${sec(
  `${w(
    'share-buttons',
    `<div class="elementor-grid">${['Facebook', 'WhatsApp', 'Email']
      .map(
        (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn
elementor-share-btn_${s.toLowerCase()}"><span class="elementor-share-btn__title">${s}</span></div></div>`,
      )
      .join('')}</div>`,
  )}${h('More reading group guides', 'h3')}${w(
    'posts',
    `<div class="elementor-posts-container elementor-posts elementor-grid">${eOther
      .map(
        (o) => `<article class="elementor-post elementor-grid-item"><div
class="elementor-post__text"><h3 class="elementor-post__title"><a href="/${o.length}">${o}</a></h3></div></article>`,
      )
      .join('')}</div>`,
  )}${h('Get new guides by email', 'h3')}${w(
    'form',
    `<form class="elementor-form"><input type="email" placeholder="Your email"><button type="submit" class="elementor-button"><span
class="elementor-button-text">Join the list</span></button></form>`,
  )}`,
)}
</div></main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer">${sec(
  `${w('text-editor', '<p>Fireside Readers is a network of volunteer-led reading groups.</p>')}${w(
    'nav-menu',
    `<ul
class="elementor-nav-menu">${links(eFoot)}</ul>`,
  )}`,
)}</div>
<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" aria-live="polite"><div class="cmplz-header"><div
class="cmplz-title">Manage
Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message">${eCookie}</div></div><div class="cmplz-buttons"><button class="cmplz-btn
cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src="https://firesidereaders.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js"
id="elementor-pro-frontend-js"></script></body></html>`;

export const elementorGuide: TestPage = {
  name: 'heldout337-elementor-book-club-guide-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['About this guide', 'Background to the novel', 'Questions for discussion', 'Taking it further'],
  body: [...texts(eIntro), ...texts(eBackground), ...texts(eQuestions), ...texts(eFurther)],
  bylines: ['Guide by Carys Whitlock', 'April 2, 2026'],
  furniture: [
    'Skip to content',
    ...eNav,
    'Download the printable guide (PDF)',
    ...eFacts,
    'Facebook',
    'WhatsApp',
    'Email',
    'More reading group guides',
    ...eOther,
    'Get new guides by email',
    'Join the list',
    'Fireside Readers is a network of volunteer-led reading groups.',
    ...eFoot,
    'Manage Cookie Consent',
    eCookie,
    'Accept',
    'Deny',
    'View preferences',
  ],
};
