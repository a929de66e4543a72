import { links, type TestPage, texts } from './page-kit.js';
import { gardenPost } from './pages-heldout90-e2.js';

/**
 * Held-out batch 90, file e: a parenting and health blog post on WordPress with the Blocksy theme (skip link, the
 * off-canvas mobile drawer that repeats the menu, the header menu and search, the category pill, the meta row with author
 * and updated date, a "Medically reviewed by" / "Fact checked by" box and a medical disclaimer box at the top of the entry
 * content, an in-content "Related:" link, a "Sources" list, the share box, the author box, "You May Also Like" posts, the
 * comment form, the newsletter block in the footer and the cookie notice).
 */
const prTitle = 'The 18-Month Sleep Regression: Why It Happens and How to Get Through It';
const prReview = [
  ['Medically reviewed by', 'Dr. Amara Lindgren, MD, FAAP'],
  ['Fact checked by', 'Jamie Ruiz'],
];
const prDisclaimer =
  'This article is for informational purposes only and is not a substitute for professional medical advice, diagnosis or ' +
  'treatment. Always talk to your child’s pediatrician about any concerns.';
const prP1 = [
  'Your toddler has been sleeping through the night for months. Then, somewhere around their first-and-a-half birthday, bedtime ' +
    'turns into a battle, naps get shorter, and you are back to 2 am wake-ups you thought were behind you.',
  'If that sounds familiar, you are probably dealing with the 18-month sleep regression. The good news is that it is common, it ' +
    'is temporary, and there is a lot you can do to make it shorter.',
];
const prH1 = 'What is the 18-month sleep regression?';
const prP2 = [
  'A sleep regression is a stretch of a few weeks when a child who was sleeping well suddenly is not. The 18-month regression ' +
    'usually begins between 17 and 19 months and lasts two to six weeks. Not every toddler goes through it, and some barely ' +
    'notice a change.',
];
const prH2 = 'Signs your toddler is going through it';
const prSigns = [
  'Refusing to go into the cot or crib, or crying as soon as you leave the room',
  'Waking once or more in the night after months of sleeping through',
  'Fighting the afternoon nap or cutting it short',
  'Being clingier and more easily upset during the day',
];
const prH3 = 'Why it happens';
const prP3 = [
  'Around 18 months, a lot changes at once. Many toddlers are cutting their first molars, which can ache for days before they ' +
    'break through. Language is exploding, and with it the understanding that you are in the next room and could come back.',
  'This is also the age when children discover the word no and enjoy using it. Bedtime, with its clear rules and limits, is an ' +
    'obvious place to test them.',
];
const prH4 = 'How to handle it';
const prTips = [
  '<strong>Keep the routine the same.</strong> Bath, book, song and bed, in the same order every night, tells your toddler what comes next.',
  '<strong>Offer small choices.</strong> Letting them pick the pyjamas or the book gives them some control without changing bedtime.',
  '<strong>Check the timing of naps.</strong> A nap that ends after 3:30 pm can push bedtime too late. Most toddlers this age need one nap a day.',
  '<strong>Stay calm and boring at night.</strong> Go in, reassure briefly, and leave. The less exciting a night waking is, the sooner it stops.',
  '<strong>Treat teething pain if needed.</strong> Ask your pediatrician whether a dose of a child pain reliever before bed is appropriate.',
];
const prH5 = 'When to call your pediatrician';
const prP4 = [
  'Call your child’s doctor if the sleep problems last more than six weeks, if your toddler snores loudly or seems to stop ' +
    'breathing during sleep, or if they have a fever, ear pulling or other signs of illness. Sudden sleep changes are sometimes ' +
    'the first sign of an ear infection.',
];
const prH6 = 'The bottom line';
const prP5 = [
  'The 18-month sleep regression is hard, but it is a sign of a growing brain, not of anything you have done wrong. Keep the ' +
    'routine steady, keep night wakings short and calm, and in a few weeks most families find that sleep settles again.',
];
const prRelated = 'Related: How to Move From Two Naps to One Without Tears';
const prSources = [
  'Pediatric Sleep Council. Toddler sleep: what to expect from 12 to 24 months. 2023.',
  'Hartley M, Osei K. Sleep disruption and molar eruption in toddlers. Journal of Child Health. 2021;14(2):88-94.',
  'Northbridge Children’s Hospital. Sleep problems in young children. Updated 2024.',
];
const prNav = ['Pregnancy', 'Baby', 'Toddler', 'Health', 'Family Life'];
const prShare = ['Share this post', 'Facebook', 'Pinterest', 'Email'];
const prBio = 'Hollis Greer is a mother of three and a former neonatal nurse. She writes about sleep, feeding and the early years.';
const prMore = ['Toddler Night Terrors: What They Are and What to Do', 'How Much Sleep Does a 2-Year-Old Need?', 'Best Bedtime Books for Toddlers'];
const prForm = ['Leave a Reply', 'Cancel reply', 'Your email address will not be published. Required fields are marked *', 'Add Comment *', 'Name*', 'Email*'];
const prNews = ['Join 25,000 parents', 'Get our weekly newsletter with practical tips for the early years.', 'Your email', 'Sign Up'];
const prFoot = ['Medical Review Board', 'Editorial Policy', 'Privacy Policy', 'Contact'];
const prCookie = 'We use cookies to give you the best experience on our website.';
const p = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const h2 = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const prHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,
initial-scale=1, maximum-scale=5, viewport-fit=cover"><title>The 18-Month Sleep Regression: Why It Happens and How to Get Through It - Little Acorn Days</title>
<meta name="description" content="What causes the 18-month sleep regression, how long it lasts and what helps, reviewed by a pediatrician.">
<meta property="og:type" content="article"><meta property="article:modified_time" content="2025-03-12T16:20:05+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","headline":"${prTitle}","lastReviewed":"2025-03-12",
"reviewedBy":{"@type":"Person","name":"Amara Lindgren","honorificSuffix":"MD, FAAP"},"author":{"@type":"Person","name":"Hollis Greer"},
"dateModified":"2025-03-12T16:20:05+00:00"}</script>
<link rel="stylesheet" id="ct-main-styles-css" href="https://littleacorndays.example/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.87"
media="all">
</head>
<body class="post-template-default single single-post postid-5521 single-format-standard" data-link="type-2" data-prefix="single_blog_post"
data-header="type-1" data-footer="type-1" itemscope="itemscope" itemtype="https://schema.org/Blog"><a class="skip-link show-on-focus" href="#main">
Skip to content</a><div class="ct-drawer-canvas" data-location="start"><div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side"><div
class="ct-panel-inner"><div class="ct-panel-actions"><button class="ct-toggle-close" data-type="type-1" aria-label="Close drawer"></button></div><div
class="ct-panel-content" data-device="mobile"><nav class="mobile-menu" data-id="mobile-menu" data-interaction="click" data-toggle-type="type-1"
aria-label="Off Canvas Menu"><ul id="menu-main-menu-1">${links(prNav, 'menu-item')}</ul></nav></div></div></div></div>
<div id="main-container"><header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader"><div data-device="desktop">
<div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary"><div
class="site-branding"
data-id="logo" itemscope="itemscope" itemtype="https://schema.org/Organization"><span class="site-title" itemprop="name"><a
href="https://littleacorndays.example/"
rel="home" itemprop="url">Little Acorn Days</a></span></div></div></div><div data-column="end" data-placements="1"><div data-items="primary"><nav
id="header-menu-1"
class="header-menu-1" data-id="menu" data-interaction="hover" data-menu="type-1" data-dropdown="type-1:simple" data-responsive="no" itemscope=""
itemtype="https://schema.org/SiteNavigationElement" aria-label="Header Menu"><ul id="menu-main-menu" class="menu">${links(prNav, 'menu-item')}</ul></nav>
<button data-toggle-panel="#search-modal" class="ct-header-search ct-toggle" aria-label="Search" data-label="left" data-id="search"><span class="ct-label
ct-hidden-sm ct-hidden-md ct-hidden-lg">Search</span></button></div></div></div></div></div></header>
<main id="main" class="site-main hfeed" itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div class="ct-container-full" data-content="narrow"
data-vertical-spacing="top:bottom"><article id="post-5521" class="post-5521 post type-post status-publish format-standard has-post-thumbnail category-toddler">
<div class="hero-section" data-type="type-1"><header class="entry-header"><ul class="entry-meta" data-type="pill" data-id="meta_1"><li class="meta-categories"
data-type="pill"><a href="https://littleacorndays.example/toddler/" rel="tag" class="ct-term-7">Toddler</a></li></ul><h1 class="page-title" title="${prTitle}"
itemprop="headline">${prTitle}</h1><ul class="entry-meta" data-type="label:slash" data-id="meta_2"><li class="meta-author" itemprop="author" itemscope=""
itemtype="https://schema.org/Person"><span>Written by</span> <a class="ct-meta-element-author" href="https://littleacorndays.example/author/hollis/"
title="Posts by Hollis Greer" rel="author" itemprop="url"><span itemprop="name">Hollis Greer</span></a></li><li class="meta-updated-date"
itemprop="dateModified"><span>Updated on</span> <time class="ct-meta-element-date" datetime="2025-03-12T16:20:05+00:00">March 12, 2025</time></li></ul>
</header></div>
<div class="entry-content is-layout-constrained">
<div class="wp-block-group medical-review-box is-layout-flow">${prReview
  .map(
    (r) => `<p class="medical-review-box__line"><span class="medical-review-box__label">${r[0]}</span>
<a href="https://littleacorndays.example/medical-review-board/" class="medical-review-box__name">${r[1]}</a></p>`,
  )
  .join('\n')}</div>
<div class="wp-block-group disclaimer-box has-pale-pink-background-color has-background is-layout-flow"><p class="has-small-font-size">${prDisclaimer}</p></div>
<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683" 
src="https://littleacorndays.example/wp-content/uploads/2025/03/toddler-awake-cot.jpg" alt="A toddler standing up in a cot at night" class="wp-image-5530">
</figure>
${p(prP1)}
${h2(prH1)}
${p(prP2)}
${h2(prH2)}
<ul class="wp-block-list">${prSigns.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2(prH3)}
${p(prP3)}
<p class="related-inline"><strong><a href="https://littleacorndays.example/two-naps-to-one/">${prRelated}</a></strong></p>
${h2(prH4)}
<ul class="wp-block-list">${prTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2(prH5)}
${p(prP4)}
${h2(prH6)}
${p(prP5)}
<div class="wp-block-group sources-box is-layout-flow"><p class="sources-box__title"><strong>Sources</strong></p><ol class="wp-block-list has-small-font-size">
${prSources.map((t) => `<li>${t}</li>`).join('\n')}</ol></div>
</div>
<div class="ct-share-box is-width-constrained" data-location="bottom" data-type="type-1"><span class="ct-module-title">${prShare[0]}</span><div
data-icons-type="simple">
${prShare
  .slice(1)
  .map(
    (t) => `<a href="#" data-network="${t.toLowerCase()}" aria-label="${t}" rel="noopener noreferrer nofollow"><span class="ct-icon-container"></span>
<span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">${t}</span></a>`,
  )
  .join('')}</div></div>
<div class="author-box is-width-constrained" data-type="type-2"><figure><img src="https://littleacorndays.example/hollis-96.jpg" alt="" width="96"
height="96"></figure>
<section><h5 class="author-box-name">Hollis Greer</h5><div class="author-box-bio"><p>${prBio}</p></div><a href="https://littleacorndays.example/author/hollis/"
class="author-box-website">Articles by Hollis</a></section></div>
<div class="ct-related-posts-container"><div class="ct-container"><div class="ct-related-posts"><h3 class="ct-module-title">You May Also Like</h3>${prMore
  .map(
    (t) => `<article itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div id="post-1" class="post-1 post"><h4 class="related-entry-title"
itemprop="name"><a href="https://littleacorndays.example/r/" itemprop="url" rel="bookmark">${t}</a></h4></div></article>`,
  )
  .join('')}</div></div></div>
<div class="ct-comments-container"><div class="ct-container-narrow"><div class="ct-comments" id="comments"><div id="respond" class="comment-respond">
<h2 id="reply-title" class="comment-reply-title">${prForm[0]}<span class="ct-cancel-reply"><a rel="nofollow" id="cancel-comment-reply-link" href="#respond"
style="display:none;">${prForm[1]}</a></span></h2><form id="commentform" class="comment-form has-website-field has-cookies-consent"><p class="comment-notes">
${prForm[2]}</p><p class="comment-form-field-textarea"><label for="comment">${prForm[3]}</label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-field-input-author"><label for="author">${prForm[4]}</label><input id="author" type="text"></p><p class="comment-form-field-input-email">
<label for="email">${prForm[5]}</label><input id="email" type="email"></p><p class="form-submit"><button name="submit" type="submit" id="submit" class="submit"
value="Add Comment">Add Comment</button></p></form></div></div></div></div></article></div></main>
<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter"><div data-row="top"><div class="ct-container">
<div data-column="widget-area-1"><div class="ct-widget widget_block"><div class="wp-block-blocksy-newsletter-subscribe"><h3>${prNews[0]}</h3><p>${prNews[1]}</p>
<form class="ct-newsletter-subscribe-form" data-provider="mailchimp"><div class="ct-newsletter-subscribe-form-elements"><label class="screen-reader-text"
for="nl-email">${prNews[2]}</label><input id="nl-email" type="email" placeholder="Your email *"><button class="wp-element-button">${prNews[3]}</button></div>
</form></div></div></div></div></div><div data-row="bottom"><div class="ct-container"><nav class="footer-menu" aria-label="Footer Menu"><ul id="menu-footer">
${links(prFoot, 'menu-item')}</ul></nav><div class="ct-footer-copyright" data-id="copyright"><p>Copyright © 2025 Little Acorn Days</p></div></div></div>
</footer>
</div>
<div class="cookie-notification ct-fade-in-start" data-period="forever" data-type="type-1"><div class="container"><div class="ct-cookies-content">${prCookie}
</div><div class="ct-button-group"><button type="button" class="ct-button ct-cookies-accept-button">Accept</button><button type="button"
class="ct-button ct-cookies-decline-button">Decline</button></div></div></div>
<script id="ct-scripts-js-extra">var ct_localizations = {"ajax_url":"https:\\/\\/littleacorndays.example\\/wp-admin\\/admin-ajax.php","public_url":
"https:\\/\\/littleacorndays.example\\/wp-content\\/themes\\/blocksy\\/static\\/bundle\\/"};</script>
<script src="https://littleacorndays.example/wp-content/themes/blocksy/static/bundle/main.js?ver=2.0.87" id="ct-scripts-js"></script>
</body></html>`;
const parenting: TestPage = {
  html: prHtml,
  name: 'heldout90-blocksy-parenting-health',
  kind: 'blog',
  // "Written by", "Medically reviewed by" and "Fact checked by" lines and the updated date are bylines; the disclaimer
  // box and the "Related:" link at the top of and inside the entry content, the "Sources" list, share box, author box,
  // related posts, comment form, newsletter, footer and cookie notice are furniture; the menu is on the page twice;
  // "Toddler" (menu and category) is a word of a heading and is left out
  title: prTitle,
  headings: [prH1, prH2, prH3, prH4, prH5, prH6],
  body: [...prP1, ...prP2, ...prSigns, ...prP3, ...texts(prTips), ...prP4, ...prP5],
  bylines: [
    'Written by Hollis Greer',
    'Updated on March 12, 2025',
    'Medically reviewed by Dr. Amara Lindgren, MD, FAAP',
    'Fact checked by Jamie Ruiz',
    'Hollis Greer',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...prNav.filter((t) => t !== 'Toddler'), 'Little Acorn Days', 'Search', prDisclaimer, prRelated, 'Sources', ...prSources, ...prShare,
    prBio,
    'Articles by Hollis', 'You May Also Like', ...prMore, ...prForm, 'Add Comment', ...prNews, ...prFoot, 'Copyright © 2025 Little Acorn Days', prCookie,
    'Accept', 'Decline',
  ],
};

export const HELDOUT90_E: readonly TestPage[] = [parenting, gardenPost];
