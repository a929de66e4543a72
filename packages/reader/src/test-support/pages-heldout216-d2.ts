import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file d2: a registered dietitian's blog post on WordPress with the Kadence theme (the header with the
 * "Work with me" button, breadcrumbs, the entry meta with author, date and "Medically reviewed" note, a disclaimer box and an
 * affiliate disclosure at the top of the content, the Easy Table of Contents box repeating the headings, a Mediavine-style
 * in-content ad slot, a comparison table, the Kadence author box, the related posts carousel, the ConvertKit sign-up form,
 * the comment form with no comments yet, the footer and the Cookiebot banner).
 */
const title = 'Do you really need a protein powder? A dietitian’s honest answer';
const disclaimer = 'This post is for general information and is not a substitute for individual advice from your GP or a registered dietitian.';
const affiliate = 'This post contains affiliate links. If you buy through them I may earn a small commission at no extra cost to you.';
const p1 = paras(`
Protein powders are everywhere at the moment, from the supermarket cereal aisle to the checkout at my local garden centre. Clients
ask me about them almost every week, usually with a tub already in the cupboard. So, do you need one?

For most people the honest answer is no, but there are some situations where a powder makes life easier. Let’s go through them.
`);
const h1 = 'How much protein do you actually need?';
const p2 = paras(`
The reference intake for adults in the UK is 0.75 g of protein per kilogram of body weight per day. Many people who exercise
regularly, and older adults trying to keep their muscle, do better with more, somewhere between 1.2 and 1.6 g per kilogram.

For a 70 kg adult that means roughly 85 to 110 g a day. Spread across three meals and a snack, that is well within reach from
ordinary food for most people.
`);
const h2 = 'What that looks like on a plate';
const tableHead = ['Food', 'Typical portion', 'Protein'] as const;
const table = [
  ['Greek yoghurt', '200 g pot', '20 g'],
  ['Chicken breast', '120 g cooked', '36 g'],
  ['Tinned chickpeas', 'Half a tin, drained', '10 g'],
  ['Eggs', 'Two medium', '13 g'],
  ['Firm tofu', '100 g', '14 g'],
] as const;
const h3 = 'When a powder can help';
const when = [
  'You have a small appetite, for example during recovery from illness, and struggle to eat larger meals.',
  'You follow a vegan diet and find it hard to reach your target on busy days.',
  'You train early in the morning and cannot face a proper breakfast beforehand.',
  'You need something portable for long working days away from a kitchen.',
] as const;
const h4 = 'What to look for on the label';
const p3 = paras(`
Choose a powder that has been tested for banned substances if you compete in sport, and check the serving size, because some brands
quote protein for a scoop that is much larger than you would actually use. Be wary of added extras such as green tea extract or
high doses of caffeine, which you do not need.

My general rule is food first. If a powder helps you eat better overall, it is a useful tool. If it replaces meals you would
otherwise enjoy, it probably is not.
`);
const nav = ['Home', 'About', 'Blog', 'Recipes', 'Resources', 'Work with me'] as const;
const crumbs = ['Home', 'Blog', 'Sports nutrition'] as const;
const toc = ['Table of Contents', 'Toggle'] as const;
const ad = 'Advertisement';
const bio = [
  'About Dr Niamh Costello RD',
  'Niamh is a registered dietitian specialising in sports and performance nutrition. She works with recreational and elite athletes ' +
    'across Northern Ireland.',
  'View all posts',
] as const;
const related = [
  'You may also like',
  'Five high protein breakfasts under ten minutes',
  'Creatine for women: what the evidence says',
  'How to fuel a long run',
] as const;
const signup = [
  'Get my free protein guide',
  'A one-page guide to hitting your protein target with everyday foods.',
  'First Name',
  'Email Address',
  'Send me the guide',
  'Unsubscribe at any time.',
] as const;
const form = [
  'Leave a Comment',
  'Your email address will not be published. Required fields are marked *',
  'Comment',
  'Name',
  'Email',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Post Comment',
] as const;
const foot = ['Privacy Policy', 'Disclaimer', 'Contact', '© 2026 Niamh Costello Nutrition', 'Powered by Kadence WP'] as const;
const cookie = [
  'This website uses cookies',
  'We use cookies to personalise content and ads and to analyse our traffic.',
  'Deny',
  'Allow selection',
  'Allow all',
] as const;
const html = `<!doctype html>
<html lang="en-GB" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>${title} - Niamh Costello Nutrition</title>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="4f1a" data-blockingmode="auto"></script>
<meta name="description" content="Do you need a protein powder? A registered dietitian explains when it helps and what to look for.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Dr Niamh Costello RD"},"datePublished":"2026-09-09T07:00:00+00:00","dateModified":"2026-11-02T10:15:00+00:00"},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://niamhcostello.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9">
<script async src="https://scripts.mediavine.example/tags/niamh-costello.js"></script></head>
<body class="post-template-default single single-post postid-3318 wp-embed-responsive content-title-style-normal content-width-narrow">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-header-row-container site-main-header-wrap"><div
class="site-branding branding-layout-standard">
<a class="brand has-logo-image" href="https://niamhcostello.example/"><img src="/wp-content/uploads/logo.png" alt="Niamh Costello Nutrition"></a></div>
<nav id="site-navigation" class="main-navigation header-navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container">
<ul id="primary-menu" class="menu">${links(nav.slice(0, 5), 'menu-item')}</ul></div></nav>
<div class="header-button-wrap"><a href="/work-with-me/" class="button header-button button-size-medium">${nav[5]}</a></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main"><div class="content-wrap"><article id="post-3318" class="entry content-bg single-entry post-3318 post type-post">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container">
${crumbs.map((c) => `<span><a href="#" class="kadence-bc-home"><span>${c}</span></a></span>`).join('<span class="bc-delimiter">/</span>')}</div></nav>
<h1 class="entry-title">${title}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n"
href="/author/niamh/">Dr Niamh Costello RD</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2026-09-09">September 9, 2026</time>
<time class="updated" datetime="2026-11-02">Updated November 2, 2026</time></span></div></header>
<div class="entry-content single-content">
<div class="wp-block-kadence-infobox disclaimer-box"><p>${disclaimer}</p></div>
<p class="affiliate-disclosure"><em>${affiliate}</em></p>
${ps(p1)}
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container">
<p class="ez-toc-title" style="cursor:inherit">${toc[0]}</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs
ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">${toc[1]}</span></a></span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1">${[h1, h2, h3, h4]
  .map(
    (h, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link
ez-toc-heading-${i + 1}" href="#h-${i}">${h}</a></li>`,
  )
  .join('\n')}</ul></nav></div>
<h2 class="wp-block-heading" id="h-0"><span class="ez-toc-section" id="how-much"></span>${h1}<span class="ez-toc-section-end"></span></h2>
${ps(p2)}
<div class="mv-ad-box" data-slotname="content_1_wrapper"><span class="mv-ad-label">${ad}</span><div id="content_1_wrapper" class="mv-ad"></div></div>
<h2 class="wp-block-heading" id="h-1">${h2}</h2>
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>${tableHead.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>
${table.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></figure>
<h2 class="wp-block-heading" id="h-2">${h3}</h2>
<ul class="wp-block-list">${lis(when)}</ul>
<h2 class="wp-block-heading" id="h-3">${h4}</h2>
${ps(p3)}
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="/tag/protein/" title="Protein" class="tag-link" rel="tag"><span class="tag-hash">#</span>Protein</a></span></div></footer></div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar">
<img src="/wp-content/uploads/niamh.jpg" alt="" class="avatar"></div><b class="fn entry-author-name">${bio[0]}</b>
<div class="entry-author-description"><p>${bio[1]}</p></div><div class="entry-author-follow"><a href="/author/niamh/">${bio[2]}</a></div></div></div>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container">
<h2 class="entry-related-title">${related[0]}</h2><div
class="entry-related-carousel kadence-slide-init splide">${links(related.slice(1), 'splide__slide')}</div></div></div>
<div class="formkit-form" data-sv-form="5521" data-format="inline"><div class="formkit-header"><h2>${signup[0]}</h2></div>
<div class="formkit-subheader"><p>${signup[1]}</p></div><ul class="formkit-alert formkit-alert-error" data-element="errors" data-group="alert"></ul>
<input class="formkit-input" aria-label="${signup[2]}" placeholder="${signup[2]}"><input class="formkit-input" aria-label="${signup[3]}"
placeholder="${signup[3]}"><button data-element="submit" class="formkit-submit"><span>${signup[4]}</span></button>
<div class="formkit-guarantee"><p>${signup[5]}</p></div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]}</h3>
<form class="comment-form"><p class="comment-notes">${form[1]}</p>${form
  .slice(2, 6)
  .map((f) => `<p class="comment-form-${f.toLowerCase()}"><label for="${f.toLowerCase()}">${f}</label><input id="${f.toLowerCase()}"></p>`)
  .join('')}<p class="comment-form-cookies-consent"><input type="checkbox"><label>${form[6]}</label></p>
<p class="form-submit"><input type="submit" class="submit" value="${form[7]}"><button type="submit">${form[7]}</button></p></form></div></div>
</div></main></div></div></div>
<footer id="colophon" class="site-footer"><div class="site-footer-wrap"><nav aria-label="Footer Navigation"><ul id="footer-menu" class="menu">
${links(foot.slice(0, 3), 'menu-item')}</ul></nav><div class="footer-html inner-link-style-normal"><p>${foot[3]}</p><p>${foot[4]}</p></div></div></footer></div>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotCookiebotDialogActive"><h2
id="CybotCookiebotDialogBodyContentTitle">${cookie[0]}</h2>
<div id="CybotCookiebotDialogBodyContentText">${cookie[1]}</div>${cookie
  .slice(2)
  .map((b) => `<button class="CybotCookiebotDialogBodyButton">${b}</button>`)
  .join('')}</div>
<script src="https://niamhcostello.example/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js" async></script>
</body></html>`;

export const dietitian: TestPage = {
  html,
  name: 'heldout216-dietitian-blog-post',
  kind: 'blog',
  // the disclaimer box and the affiliate disclosure at the top of the content are furniture (site boilerplate on every
  // post); the table of contents repeating the headings is left out; table data cells are body
  title,
  headings: [h1, h2, h3, h4],
  body: [...texts(p1), ...texts(p2), ...table.flat(), ...when, ...texts(p3)],
  bylines: ['Dr Niamh Costello RD', 'September 9, 2026', 'Updated November 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nav, 'Sports nutrition', disclaimer, affiliate, ...toc, ad, 'Post Tags:', '#Protein', ...bio, ...related,
    ...signup.filter((s) => s !== 'First Name' && s !== 'Email Address'), ...form,
    ...foot, ...cookie,
  ],
};
