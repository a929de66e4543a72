import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 209, file c2: a letting agent's WordPress blog post for tenants (a GeneratePress-style theme with the
 * top bar of phone number and "Book a valuation", the main menu, the entry header with categories, date and author, a
 * featured image, an info box at the top of the post pointing to the agent's tenant guide, a "Tenant FAQ" call to action
 * inside the content, the share links, the author box, previous and next post links, the sidebar with search, recent
 * posts and a lettings enquiry form, the accreditations strip, the CookieYes banner and the footer).
 */
const lbTitle = 'Getting your deposit back: a move-out checklist for tenants';
const lbNotice = 'New to renting with us? Read our full Tenant Guide for everything from referencing to moving day.';
const lbP1 = [
  'Most of the deposit disputes we deal with at the end of a tenancy come down to the same few things: cleaning, small marks on walls ' +
    'and gardens that have been left to grow. The good news is that almost all of them can be avoided with a bit of planning in the ' +
    'last month before you move out.',
  'Your deposit is protected in a government-backed scheme, and your landlord can only make deductions for damage beyond fair wear ' +
    'and tear, unpaid rent or bills you were responsible for, or cleaning needed to return the property to the condition it was in ' +
    'when you moved in. Here is the checklist we give every tenant.',
];
const lbH1 = 'Four weeks before you leave';
const lbL1 = [
  'Dig out your check-in inventory and photos, and walk round the property comparing each room.',
  'Report any repairs you haven’t mentioned yet, so they can be dealt with before the check-out.',
  'Book professional carpet cleaning if your tenancy agreement requires it, and keep the receipt.',
  'Give notice to your energy, water, broadband and council tax providers with your leaving date.',
];
const lbH2 = 'The week you move out';
const lbL2 = [
  'Clean the oven, hob and extractor hood, including the filters. This is the most common deduction we see.',
  'Descale taps, shower screens and toilets, and clean inside the fridge and freezer after defrosting.',
  'Fill small nail holes with a little filler, but do not repaint walls without asking us first.',
  'Mow the lawn, weed the borders and put all garden rubbish in the green bin or take it to the tip.',
  'Take meter readings and photos of each meter on the day you leave.',
];
const lbH3 = 'On the day';
const lbP2 = [
  'Return every set of keys, including window keys and fobs, to our office on Bridge Street by 5pm on the last day of the tenancy. ' +
    'Our check-out clerk will visit within three working days and compare the property against the inventory.',
  'If there are proposed deductions, we will send you the check-out report and a breakdown within ten days. You do not have to ' +
    'agree. If we cannot reach agreement with you and your landlord, either side can ask the deposit scheme to make a free, ' +
    'independent decision, and the disputed amount stays protected until it does.',
  'Any questions before you move? Call the lettings team on 01632 960 418 and we will be happy to help.',
];
const lbTop = ['Call us: 01632 960 418', 'Book a valuation', 'Tenant login'];
const lbNav = ['Home', 'Buy', 'Rent', 'Landlords', 'Tenants', 'About Us', 'News', 'Contact'];
const lbCats = ['Tenants', 'Advice'];
const lbCaption = 'A tidy, clean property at check-out makes deductions far less likely.';
const lbCta = ['Still have questions?', 'Visit our Tenant FAQ'];
const lbShare = ['Share this post', 'Facebook', 'X', 'LinkedIn', 'WhatsApp', 'Email'];
const lbBio = 'Sophie Tranter is Lettings Manager at Kinsella & Rowe and has looked after tenants and landlords in Wellsbridge for over twelve years.';
const lbPager = ['← What landlords need to know about the Renters’ Rights Act', 'How we reference tenants, step by step →'];
const lbSide = [
  'Search for:',
  'Search',
  'Recent Posts',
  'Is it cheaper to rent or buy in Wellsbridge?',
  'Five questions to ask at a viewing',
  'Renting with pets: our policy',
];
const lbForm = ['Looking for a home to rent?', 'Your name', 'Your email', 'Register with us'];
const lbAccred = ['Propertymark Protected', 'Client Money Protection', 'The Property Ombudsman'];
const lbCookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience, serve personalised content and analyse our traffic.',
  'Customise',
  'Reject All',
  'Accept All',
];
const lbFoot = ['Kinsella & Rowe, 22 Bridge Street, Wellsbridge, WB4 2HT', 'Privacy Policy', 'Complaints Procedure', 'Fees to Tenants', 'Sitemap'];
const lbCopy = '© 2025 Kinsella & Rowe Estate Agents Ltd. Registered in England No. 08812244.';
const amp = (t: string): string => t.replace(/&/g, '&amp;');
const lbUl = (a: readonly string[]): string => `<ul class="wp-block-list">${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const lbHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lbTitle} - Kinsella &amp; Rowe</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${lbTitle}">
<meta property="article:published_time" content="2025-08-19T09:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${lbTitle}",
"author":{"name":"Sophie Tranter"},"datePublished":"2025-08-19T09:30:00+00:00","articleSection":["Tenants","Advice"]}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://www.kinsellarowe.example/wp-content/themes/generatepress/assets/css/main.min.css"></head>
<body class="post-template-default single single-post postid-4127 single-format-standard wp-embed-responsive right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container"><aside class="widget inner-padding widget_text">
<div class="textwidget"><p><a href="tel:01632960418">${lbTop[0]}</a> | <a href="/valuation/">${lbTop[1]}</a> | <a href="/login/">${lbTop[2]}</a></p></div>
</aside></div></div>
<header class="site-header has-inline-mobile-toggle" id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-logo"><a href="/" rel="home"><img class="header-image is-logo-image" alt="Kinsella &amp; Rowe" src="/wp-content/uploads/logo.svg"></a></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(lbNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-4127" class="post-4127 post type-post status-publish format-standard has-post-thumbnail
category-tenants category-advice" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><figure><img src="/wp-content/uploads/2025/08/move-out.jpg" alt=""
class="attachment-full size-full wp-post-image"><figcaption class="wp-caption-text">${lbCaption}</figcaption></figure></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${lbTitle}</h1><div class="entry-meta">
<span class="cat-links"><span class="screen-reader-text">Categories </span>
${lbCats.map((t) => `<a href="/category/${t.toLowerCase()}/" rel="category tag">${t}</a>`).join(', ')}</span>
<span class="posted-on"><time class="entry-date published" datetime="2025-08-19T09:30:00+00:00" itemprop="datePublished">19 August 2025</time></span>
<span class="byline">by <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/sophie/" rel="author"><span class="author-name"
itemprop="name">Sophie Tranter</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><p class="has-small-font-size">${lbNotice.replace(
  'Tenant Guide',
  '<a href="/tenants/tenant-guide/">Tenant Guide</a>',
)}</p></div>
${lbP1.map((t) => `<p>${t}</p>`).join('\n')}
<h2 class="wp-block-heading">${lbH1}</h2>
${lbUl(lbL1)}
<h2 class="wp-block-heading">${lbH2}</h2>
${lbUl(lbL2)}
<div class="wp-block-buttons"><p class="cta-title"><strong>${lbCta[0]}</strong></p><div class="wp-block-button"><a class="wp-block-button__link
wp-element-button" href="/tenants/faq/">${lbCta[1]}</a></div></div>
<h2 class="wp-block-heading">${lbH3}</h2>
${lbP2.map((t) => `<p>${t}</p>`).join('\n')}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">${lbShare[0]}</h3><ul>${links(lbShare.slice(1), 'share-item')}</ul></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><div class="author-box"><div class="avatar"><img alt="" src="/wp-content/uploads/sophie.jpg"></div>
<div class="author-box-content"><h4 class="author-title">About Sophie Tranter</h4><p class="author-description">${amp(lbBio)}</p></div></div>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">${lbPager[0]}</span></div>
<div class="nav-next"><span class="next">${lbPager[1]}</span></div></nav></footer></div></article></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">${lbSide[0]}</span><input type="search" class="search-field" placeholder="Search &hellip;"></label>
<button class="search-submit" aria-label="Search">${lbSide[1]}</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">${lbSide[2]}</h2><ul>${links(lbSide.slice(3))}</ul>
</aside>
<aside id="text-4" class="widget inner-padding widget_text"><h2 class="widget-title">${lbForm[0]}</h2><div class="wpcf7"><form class="wpcf7-form">
<label>${lbForm[1]}<input type="text" name="your-name"></label><label>${lbForm[2]}<input type="email" name="your-email"></label>
<input type="submit" value="Register with us" class="wpcf7-submit"><span class="wpcf7-spinner"></span><button hidden>${lbForm[3]}</button></form></div></aside>
</div></div></div></div>
<div class="site-footer"><div class="footer-widgets-container grid-container"><div class="accreditations">${lbAccred
  .map((t) => `<img alt="" src="/wp-content/uploads/accred.svg"><span>${t}</span>`)
  .join('')}</div>
<p>${amp(lbFoot[0]!)}</p><ul>${links(lbFoot.slice(1))}</ul></div>
<footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">${amp(lbCopy)}</div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">${lbCookie[0]}</p><div class="cky-notice-des"><p>${lbCookie[1]}</p></div><div class="cky-notice-btn-wrapper">
${lbCookie
  .slice(2)
  .map((t) => `<button class="cky-btn">${t}</button>`)
  .join('')}</div></div></div></div>
<script src="/wp-content/themes/generatepress/assets/js/menu.min.js" id="generate-menu-js" defer></script></body></html>`;

export const lettingBlog: TestPage = {
  html: lbHtml,
  name: 'heldout209-letting-agent-tenant-blog',
  kind: 'blog',
  // the "New to renting with us?" box at the top of the content is a promo, furniture; so is the "Still have questions?"
  // call to action inside the content, the featured image caption, categories, the share block, author box and pager
  title: lbTitle,
  headings: [lbH1, lbH2, lbH3],
  body: [...texts(lbP1), ...lbL1, ...lbL2, ...lbP2],
  bylines: ['19 August 2025', 'Sophie Tranter'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...lbTop, 'Menu', ...lbNav, ...lbCats, lbCaption, lbNotice, ...lbCta, ...lbShare, 'About Sophie Tranter', lbBio, ...lbPager,
    ...lbSide, ...lbForm, ...lbAccred, ...lbFoot, lbCopy, ...lbCookie,
  ],
};
