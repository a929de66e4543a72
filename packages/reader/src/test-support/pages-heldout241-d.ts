import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout241-kit.js';

/**
 * Held-out batch 241, file d: a heat-pump manufacturer's support article on a Zendesk Help Center (Copenhagen theme: header,
 * search, breadcrumbs, author avatar with "Updated" date, "Follow" button, article body with numbered steps and a note,
 * "Was this article helpful?" vote, "Return to top", "Articles in this section" sidebar, related articles, comments
 * disabled notice, footer), and an energy supplier's energy-saving tips page built with Next.js (the __next root with
 * CSS-module class names, header nav, hero with reading time, tips with h2s, an inline tariff promo card, "Share" buttons,
 * "More from the blog" cards, newsletter form, footer and the __NEXT_DATA__ script).
 */
const zTitle = 'Outdoor unit is iced over: how defrost works and when to call us';
const zH = ['Why ice forms on the outdoor unit', 'How to check the defrost cycle', 'When to contact support'];
const z1 = [
  j(
    'In cold, damp weather it is normal for a thin layer of frost to form on the fins of your Velda AeroHeat outdoor unit. The',
    'unit clears it automatically with a defrost cycle every 30 to 90 minutes. A thick block of ice that stays for hours, or ice',
    'on the top of the fan grille, is not normal and is what this article helps you diagnose.',
  ),
];
const z2 = [
  j(
    'A heat pump draws heat from the outside air by running refrigerant through the outdoor coil at a temperature below the air',
    'temperature. When the air is between about -5 °C and +5 °C and humid, moisture condenses on the coil and freezes.',
  ),
  'During a defrost cycle the unit briefly reverses, warming the coil so the ice melts and drains away. You may see steam and hear a hiss; this is expected.',
];
const z3 = [
  'On the controller, open Menu &gt; Service &gt; Operating data.',
  'Check that Defrost status changes to Active at least once every 90 minutes while the unit is running.',
  'Look at the drain area under the unit. Melt water must be able to run away freely; if it refreezes, the ice can build up into the coil.',
  'Make sure the unit stands at least 10 cm above the ground or expected snow level, and that nothing blocks the airflow around it.',
];
const zNote = 'Note: never chip ice off the coil with a tool or pour boiling water on it. This can damage the fins and the refrigerant pipes.';
const z4 = [
  'Contact our support team if any of the following apply:',
  'the coil has been fully covered in ice for more than three hours',
  'the controller shows error E41 (defrost timeout) or E43 (outdoor coil sensor)',
  'the fan is frozen in place or makes a scraping sound',
  'Please have your serial number ready. You will find it on the label on the right-hand side of the outdoor unit.',
];
const zSection = ['Resetting the controller after a power cut', 'Understanding error codes E10 to E49', 'Noise from the outdoor unit'];
const zRelated = ['Setting up weather compensation', 'How often should my heat pump be serviced?'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><title>${zTitle} – Velda Support</title>
<meta name="csrf-param" content="authenticity_token"><link rel="canonical" href="https://support.velda.example/hc/en-gb/articles/360014472211">
<meta property="og:type" content="website"><meta property="og:title" content="${zTitle}">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"veldasupport"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/logo.png" alt="Velda Support Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
${links(['Velda Heat Pumps', 'Find an installer', 'Submit a request'])}</ul></nav><a class="sign-in" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(['Velda Support', 'AeroHeat air-to-water heat pumps', 'Troubleshooting'])}</ol></nav>
<div class="search-container">
<form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query" placeholder="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<ul>${links(zSection, 'sidenav-item')}</ul><a href="/hc/en-gb/sections/360004" class="article-sidebar-item">See more</a></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/avatar.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span class="author-name">Harriet Okonjo</span><ul class="meta-group"><li class="meta-data">
<time datetime="2026-01-08T10:12:44Z" title="2026-01-08 10:12" data-datetime="relative">Updated 8 January 2026</time></li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialogue" rel="nofollow" href="/hc/en-gb/articles/360014472211/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(z1)}
<h2 id="h_01HX1">${zH[0]}</h2>
${ps(z2)}
<h2 id="h_01HX2">${zH[1]}</h2>
<ol>${lis(z3)}</ol>
<div class="callout callout--warning"><p>${zNote}</p></div>
<h2 id="h_01HX3">${zH[2]}</h2>
<p>${z4[0]}</p><ul>${lis(z4.slice(1, 4))}</ul><p>${z4[4]}</p></div>
<div class="article-attachments"></div></div>
<footer><div class="article-footer"><div class="article-share"><ul class="share">${links(['Facebook', 'LinkedIn'])}</ul></div>
<div class="article-comment-count"></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful"
aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful"
aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label">12 out of 15 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated)}</ul></section></div>
<div class="article-comments" id="article-comments">
<p class="comment-callout">Comments are disabled for this article.</p></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Velda Support</a>
<div class="footer-language-selector"><span>English (GB)</span></div><p>Velda Climate Ltd, Unit 3 Fellgate Park, Durham</p></div></footer>
<script src="//static.zdassets.example/hc/assets/en-gb.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout241-zendesk-heatpump-support',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: texts([...z1, ...z2, ...z3, zNote, ...z4]),
  bylines: ['Harriet Okonjo', 'Updated 8 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Velda Heat Pumps', 'Find an installer', 'Submit a request', 'Sign in', 'Velda Support', 'AeroHeat air-to-water heat pumps',
    'Troubleshooting', 'Articles in this section', ...zSection, 'See more', 'Follow', 'Facebook', 'LinkedIn', 'Was this article helpful?',
    '12 out of 15 found this helpful', 'Have more questions?', 'Return to top', 'Related articles', ...zRelated,
    'Comments are disabled for this article.', 'English (GB)', 'Velda Climate Ltd, Unit 3 Fellgate Park, Durham',
  ],
};

const oTitle = '12 ways to cut your energy use this winter (without being cold)';
const oIntro = j(
  'Heating makes up more than half of a typical winter bill, so small changes to how you heat your home add up fast. We asked',
  'our energy specialists which tips actually make a difference, and which ones are myths.',
);
const oH = ['Heating', 'Hot water', 'Around the house', 'Make the most of cheaper hours'];
const oHeat = [
  'Turn your thermostat down by one degree. For most homes this saves around £90 a year, and most people do not notice the difference.',
  'Lower the flow temperature on your combi boiler to 60 °C. It will run more efficiently, and the radiators will still heat the house.',
  'Bleed your radiators if the top feels cooler than the bottom: trapped air stops hot water reaching the whole panel.',
  'Close curtains at dusk and keep furniture away from radiators so heat reaches the room.',
];
const oWater = [
  'Swap one bath a week for a four-minute shower.',
  'Fit an aerated shower head, which mixes air into the flow and uses up to a third less hot water.',
  'Wash clothes at 30 °C. Modern detergents work well at low temperatures, and it uses about 40% less energy than a 40 °C wash.',
];
const oHouse = [
  'Switch appliances off at the wall rather than leaving them on standby.',
  'Only boil as much water as you need in the kettle.',
  'Air-dry laundry on a rack rather than using a tumble dryer where you can.',
];
const oCheap = [
  j(
    'If you have a smart meter and a time-of-use tariff, run the dishwasher, washing machine and any EV charging overnight, when',
    'electricity can cost less than half the daytime rate.',
  ),
  'And if you have a heat pump, ask us about a heat pump tariff: it rewards running the system steadily rather than in short bursts.',
];
const oNav = ['Tariffs', 'Smart meters', 'Heat pumps', 'EV tariffs', 'Solar', 'Help'];
const oMore = ['How to read your smart meter', 'Is it cheaper to leave the heating on all day?', 'What is a flow temperature?'];
const oFoot = ['About us', 'Careers', 'Press', 'Complaints', 'Privacy notice', 'Cookie settings', 'Modern slavery statement'];
const h = (c: string) => `${c}__x${c.length.toString(36)}Qz`;
const oHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${oTitle} | Kestrel Energy</title>
<meta name="description" content="Our energy specialists share the tips that really cut winter bills."><meta property="og:type" content="article">
<meta name="next-head-count" content="9"><link rel="preload" href="/_next/static/css/8d3f1c2a.css" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${oTitle}",
"datePublished":"2025-11-04","author":{"@type":"Organization","name":"Kestrel Energy"}}</script></head>
<body><div id="__next"><div class="${h('Layout_root')}">
<header class="${h('Header_header')}"><a class="${h('Header_logo')}" href="/" aria-label="Kestrel Energy home"><svg></svg></a>
<nav class="${h('Header_nav')}"><ul class="${h('Header_list')}">${links(oNav, h('Header_item'))}</ul></nav>
<a class="${h('Button_button')} ${h('Button_primary')}" href="/login">Log in</a></header>
<main class="${h('Blog_main')}"><div class="${h('Hero_hero')}"><p class="${h('Hero_eyebrow')}">Saving energy</p>
<h1 class="${h('Hero_title')}">${oTitle}</h1>
<div class="${h('Hero_meta')}"><span>4 November 2025</span><span class="${h('Hero_dot')}">·</span><span>5 min read</span></div></div>
<div class="${h('RichText_wrapper')}"><p class="${h('RichText_p')}">${oIntro}</p>
<h2 class="${h('RichText_h2')}">${oH[0]}</h2><ul class="${h('RichText_ul')}">${lis(oHeat)}</ul>
<div class="${h('PromoCard_card')}"><p class="${h('PromoCard_title')}">Could you save with a smart tariff?</p>
<p class="${h('PromoCard_body')}">Get cheaper electricity overnight with our Night Owl tariff.</p>
<a class="${h('Button_button')}" href="/tariffs/night-owl">See the tariff</a></div>
<h2 class="${h('RichText_h2')}">${oH[1]}</h2><ul class="${h('RichText_ul')}">${lis(oWater)}</ul>
<h2 class="${h('RichText_h2')}">${oH[2]}</h2><ul class="${h('RichText_ul')}">${lis(oHouse)}</ul>
<h2 class="${h('RichText_h2')}">${oH[3]}</h2>${ps(oCheap, ` class="${h('RichText_p')}"`)}</div>
<div class="${h('Share_share')}"><span>Share this article</span><button aria-label="Copy link">Copy link</button>
<button aria-label="Share on WhatsApp">WhatsApp</button></div>
<section class="${h('MoreFromBlog_section')}"><h2 class="${h('MoreFromBlog_title')}">More from the blog</h2>
<div class="${h('MoreFromBlog_grid')}">${oMore
  .map(
    (t) => `<a class="${h('Card_card')}" href="/blog"><span class="${h('Card_tag')}">Guides</span>
<h3 class="${h('Card_title')}">${t}</h3></a>`,
  )
  .join('\n')}</div></section>
<section class="${h('Newsletter_box')}"><h2>Get our best energy tips by email</h2><form><label for="nl-email">Email address</label>
<input id="nl-email" type="email"><button type="submit">Sign me up</button></form></section></main>
<footer class="${h('Footer_footer')}"><ul>${links(oFoot)}</ul><p>Kestrel Energy Ltd is registered in England and Wales, No. 09912345.</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"winter-energy-saving-tips","preview":false}},
"page":"/blog/[slug]","query":{"slug":"winter-energy-saving-tips"},"buildId":"k3Lx9Q","isFallback":false,"gsp":true}</script>
<script src="/_next/static/chunks/main-3a1b.js" defer></script></body></html>`;
const tips: TestPage = {
  name: 'heldout241-nextjs-supplier-energy-tips',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([oIntro, ...oHeat, ...oWater, ...oHouse, ...oCheap]),
  bylines: ['4 November 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oNav, 'Log in', 'Saving energy', 'Could you save with a smart tariff?', 'Get cheaper electricity overnight with our Night Owl tariff.',
    'See the tariff', 'Share this article', 'Copy link', 'WhatsApp', 'More from the blog', 'Guides', ...oMore, 'Get our best energy tips by email',
    'Email address', 'Sign me up', ...oFoot, 'Kestrel Energy Ltd is registered in England and Wales, No. 09912345.',
  ],
};

export const HELDOUT241_D: readonly TestPage[] = [zendesk, tips];
