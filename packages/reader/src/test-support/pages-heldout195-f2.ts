import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 195, file f2: a law firm's blog post on LexBlog (the firm's top bar with "Visit Firm Website", the blog masthead
 * and tagline, the nav, the post header with "By ... on ..." and "Posted in", the share toolbar, the post, the tags line, the
 * author box with photo, bio and contact links, the prev/next post links, the sidebar with "Subscribe", "Stay Connected",
 * "Recent Updates", "Topics" and "Contributors", the disclaimer, the footer with "Copyright" and "Law blog design & platform by LexBlog").
 */
const lbTitle = 'Five things the Westbury rent registry ordinance asks of small landlords';
const lbP1 = [
  'On February 18 the Westbury City Council adopted Ordinance 25-03, which creates a public rent registry for residential rental units. ' +
    'Most of the attention has focused on large apartment owners, but the ordinance applies to every landlord with two or more units in ' +
    'the city, and many of our clients who own a duplex or a small building are just now learning that it covers them.',
  'Here is a short guide to what the ordinance requires and what we are telling clients to do before the first deadline.',
];
const lbItems: [string, string][] = [
  [
    '1. Register every unit by July 1',
    'Owners must register each rental unit through the city’s online portal, listing the current rent, the date the tenancy began and the number of ' +
      'bedrooms. A unit occupied by the owner is exempt, but the other units in the same building are not.',
  ],
  [
    '2. Update the registry within 30 days of any change',
    'A new tenancy, a rent increase or a unit coming off the market must be reported within 30 days. The city has said it will not charge late fees ' +
      'during the first year, but it has not said the same about the enforcement provisions described below.',
  ],
  [
    '3. Pay the annual fee',
    'The registration fee is $45 per unit per year. The ordinance allows landlords to pass half of the fee through to tenants, but only if the lease ' +
      'permits it and the charge is listed separately.',
  ],
  [
    '4. Give tenants a copy',
    'Landlords must give each tenant a copy of the registry entry for their unit within 14 days of registering, and again whenever it changes. An ' +
      'email is enough if the tenant has agreed to receive notices that way.',
  ],
  [
    '5. Expect the registry to be used in rent disputes',
    'The most significant provision for many owners is section 8, which bars a landlord whose unit is not registered from serving a notice of rent ' +
      'increase. A tenant who receives an increase for an unregistered unit can simply decline to pay it.',
  ],
];
const lbP2 = [
  'We expect the city to publish final rules for the portal in April. In the meantime, owners should gather their current leases and ' +
    'rent records so that registration is a matter of minutes rather than days.',
  'If you have questions about how the ordinance applies to your property, please contact any member of our real estate group.',
];
const lbBy = ['By Priya Castellanos-Reid', 'on March 3, 2025'];
const lbPosted = ['Posted in', 'Landlord-Tenant', 'Local Ordinances'];
const lbShare = ['Share', 'Email', 'LinkedIn', 'X', 'Facebook', 'Print this post'];
const lbTags = ['Tags:', 'rent registry', 'small landlords', 'Westbury'];
const lbBio = [
  'Priya Castellanos-Reid',
  'Priya Castellanos-Reid is a partner in the Real Estate Group at Halvorsen Pike LLP. She advises owners and managers of residential ' +
    'property on leasing, rent regulation and compliance.',
  'Read more about Priya Castellanos-Reid',
  'Email',
  'Phone',
  'LinkedIn',
];
const lbMast = ['Visit Firm Website', 'Property Line', 'Insights on real estate and landlord-tenant law from Halvorsen Pike LLP'];
const lbNav = ['Home', 'About', 'Contributors', 'Subscribe', 'Contact'];
const lbPager = ['Previous', 'Tenant estoppel certificates: what lenders really look for', 'Next', 'Security deposits after a sale of the building'];
const lbSide = {
  sub: ['Subscribe', 'Email updates', 'RSS', 'Stay Connected', 'LinkedIn', 'X'],
  recent: [
    'Recent Updates',
    'Tenant estoppel certificates: what lenders really look for',
    'When a commercial lease guaranty survives a renewal',
    'Three questions to ask before buying a building with rent-stabilized units',
  ],
  topics: ['Topics', 'Commercial Leasing', 'Landlord-Tenant', 'Local Ordinances', 'Real Estate Finance', 'Zoning & Land Use'],
  people: ['Contributors', 'Priya Castellanos-Reid', 'Martin Oyelowo', 'Hanna Lindqvist'],
};
const lbDisc = 'This post is for general information only and is not legal advice. Reading it does not create an attorney-client relationship.';
const lbFoot = ['Copyright © 2025, Halvorsen Pike LLP. All Rights Reserved.', 'Law blog design & platform by LexBlog', 'Privacy Policy', 'Disclaimer'];
const lbHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Five things the Westbury rent registry ordinance asks of small landlords | Property Line</title>
<meta name="description" content="Ordinance 25-03 creates a public rent registry for every landlord with two or more units in Westbury.">
<link rel="canonical" href="https://www.propertylinelaw.example/2025/03/five-things-westbury-rent-registry/"><meta property="og:type" content="article">
<meta property="og:site_name" content="Property Line"><meta name="generator" content="WordPress 6.7.2">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${lbTitle}",
"datePublished":"2025-03-03T09:14:22+00:00",
"author":{"@type":"Person","name":"Priya Castellanos-Reid"},"publisher":{"@type":"Organization","name":"Halvorsen Pike LLP"}}]}</script>
<link rel="stylesheet" id="lxb-theme-css" href="/wp-content/themes/lxb-apple-fritter/style.css?ver=1.5.3"></head>
<body class="post-template-default single single-post postid-4182 lxb_af-is_singular"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="lxb_af-firm_bar"><a href="https://www.halvorsenpike.example" class="lxb_af-firm_bar-link">${lbMast[0]}</a></div>
<header class="lxb_af-header"><a class="lxb_af-header-title" href="/">${lbMast[1]}</a><p class="lxb_af-header-tagline">${lbMast[2]}</p>
<nav class="lxb_af-nav" aria-label="Primary"><ul class="menu">${links(lbNav, 'menu-item')}</ul></nav></header>
<main id="main" class="lxb_af-main"><div class="lxb_af-loop"><article class="post-4182 post type-post status-publish hentry lxb_af-post">
<header class="lxb_af-post-header"><h1 class="lxb_af-post-title entry-title">${lbTitle}</h1>
<div class="lxb_af-post-meta"><span class="lxb_af-post_author-by">${lbBy[0]}</span> <time class="lxb_af-post_date" datetime="2025-03-03">${lbBy[1]}</time></div>
<div class="lxb_af-post_categories"><span>${lbPosted[0]}</span> <a href="/category/landlord-tenant/">${lbPosted[1]}</a>, <a
href="/category/local-ordinances/">${lbPosted[2]}</a></div>
<div class="lxb_af-share">${lbShare.map((s) => `<a class="lxb_af-share-link" href="#" aria-label="${s}"><span>${s}</span></a>`).join('')}</div></header>
<div class="lxb_af-post_content entry-content">
${ps(lbP1)}
${lbItems.map(([h, p]) => `<h2 class="wp-block-heading">${h}</h2>\n<p>${p}</p>`).join('\n')}
${ps(lbP2)}
</div>
<footer class="lxb_af-post-footer"><p class="lxb_af-post_tags">${lbTags[0]} ${lbTags
  .slice(1)
  .map((t) => `<a href="/tag/${t}/">${t}</a>`)
  .join(', ')}</p>
<div class="lxb_af-author_box"><img alt="Photo of ${lbBio[0]}" src="/wp-content/uploads/sites/812/priya.jpg"><h3 class="lxb_af-author_box-name">${lbBio[0]}</h3>
<p class="lxb_af-author_box-bio">${lbBio[1]}</p><a href="/author/pcastellanos/">${lbBio[2]}</a>
<ul class="lxb_af-author_box-contact"><li><a href="mailto:pcr@halvorsenpike.example">${lbBio[3]}</a></li><li><a href="tel:5035550181">${lbBio[4]}</a></li>
<li><a href="https://www.linkedin.example/in/pcr">${lbBio[5]}</a></li></ul></div></footer></article>
<nav class="lxb_af-post_nav"><a rel="prev" href="/2025/02/estoppel/"><span>${lbPager[0]}</span> ${lbPager[1]}</a>
<a rel="next" href="/2025/03/deposits/"><span>${lbPager[2]}</span> ${lbPager[3]}</a></nav></div>
<aside class="lxb_af-sidebar widget-area"><section class="widget lxb_af-widget-subscribe"><h2 class="widget-title">${lbSide.sub[0]}</h2>
<ul>${links(lbSide.sub.slice(1, 3))}</ul><h2 class="widget-title">${lbSide.sub[3]}</h2><ul>${links(lbSide.sub.slice(4))}</ul></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">${lbSide.recent[0]}</h2><ul>${links(lbSide.recent.slice(1))}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">${lbSide.topics[0]}</h2><ul>${links(lbSide.topics.slice(1))}</ul></section>
<section class="widget lxb_af-widget-contributors"><h2
class="widget-title">${lbSide.people[0]}</h2><ul>${links(lbSide.people.slice(1))}</ul></section></aside></main>
<div class="lxb_af-disclaimer"><p>${lbDisc}</p></div>
<footer class="lxb_af-footer"><p>${lbFoot[0]}</p><a href="https://www.lexblog.example">${lbFoot[1]}</a><ul>${links(lbFoot.slice(2))}</ul></footer>
<script src="/wp-content/themes/lxb-apple-fritter/js/main.js?ver=1.5.3"></script></body></html>`;
export const lexblogPost: TestPage = {
  html: lbHtml,
  name: 'heldout195-lexblog-law-firm-post',
  kind: 'blog',
  // the numbered h2s are headings; "By ..." and "on <date>" are bylines; categories, share bar, tags, author box (name and bio),
  // pager, sidebar widgets, disclaimer and footer are furniture
  title: lbTitle,
  headings: lbItems.map(([h]) => h),
  body: texts([...lbP1, ...lbItems.map(([, p]) => p), ...lbP2]),
  bylines: lbBy,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...lbMast, ...lbNav, ...lbPosted, ...lbShare, ...lbTags, ...lbBio, ...lbPager, ...lbSide.sub.slice(1), ...lbSide.recent,
    ...lbSide.topics.slice(0, 2), ...lbSide.topics.slice(3), ...lbSide.people.slice(2), lbDisc, ...lbFoot,
  ],
};
