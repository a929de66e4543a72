import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout422-kit.js';

/**
 * Held-out batch 422, file b2: a registered dietitian's blog post on magnesium, on WordPress with the Astra theme (header menu,
 * breadcrumbs, byline with "Updated" date and reading time, medical disclaimer and affiliate note, Grow social share bar, a
 * figure with caption, a "Read more" inline promo, author box, ConvertKit sign-up, related posts, two comments with a reply
 * form, sidebar and footer).
 */
const dTitle = 'Magnesium: How Much You Need and the Best Food Sources';
const dNav = ['Home', 'About', 'Blog', 'Recipes', 'Work With Me', 'Shop'];
const dP1 = [
  j(
    'Magnesium is one of those minerals that quietly does a huge amount of work. It is involved in more than three hundred enzyme',
    'reactions, helps your muscles relax after they contract, and plays a part in keeping blood sugar and blood pressure steady.',
  ),
  j(
    "Yet in my practice it is one of the nutrients clients most often fall short on. Let's look at how much you actually need,",
    'which foods are the best sources, and when a supplement might make sense.',
  ),
];
const dP2 = [
  j(
    'Needs depend on your age and sex. Most adult women need somewhere around 310 to 320 mg a day and most adult men around 400',
    'to 420 mg. Pregnancy raises the figure a little. These are the numbers I use as a starting point with clients:',
  ),
];
const dNeeds = ['Women 19 to 30: 310 mg a day', 'Women 31 and over: 320 mg a day', 'Men 19 to 30: 400 mg a day', 'Men 31 and over: 420 mg a day'];
const dP3 = [
  j(
    'The good news is that magnesium is spread across plenty of everyday foods. Seeds, nuts, beans, whole grains and leafy greens',
    'are the stars. Here are a few of my favorites, per typical serving:',
  ),
];
const dSources: readonly (readonly string[])[] = [
  ['Pumpkin seeds, 1 oz', '150 mg'],
  ['Cooked spinach, 1/2 cup', '78 mg'],
  ['Almonds, 1 oz', '76 mg'],
  ['Black beans, 1/2 cup', '60 mg'],
  ['Cooked quinoa, 1/2 cup', '59 mg'],
  ['Dark chocolate (70%), 1 oz', '50 mg'],
];
const dP4 = [j('A handful of pumpkin seeds on your oatmeal and a bean-based lunch will take you a long way toward your target before dinner', 'even starts.')];
const dP5 = [
  j(
    'Most healthy people can meet their needs from food. A supplement may be worth discussing with your doctor if you take',
    'medicines that increase losses, such as some diuretics, if you have a digestive condition that affects absorption, or if',
    'your diet is very limited.',
  ),
  j(
    'If you do supplement, the form matters. Magnesium glycinate tends to be gentle on the stomach, while magnesium oxide is',
    'cheaper but more likely to have a laxative effect. Keep supplemental magnesium under 350 mg a day unless your doctor advises',
    'otherwise; that limit does not apply to magnesium from food.',
  ),
];
const dQuote = 'Food first, supplements second, and always with a reason.';
const dP6 = [
  j(
    'That is the rule I come back to with nearly every client. Start by adding one or two magnesium-rich foods to the meals you',
    'already eat, and give it a few weeks before deciding whether you need more.',
  ),
];
const dRelated = ['Potassium 101: Beyond the Banana', 'Is Your Iron Low? Signs to Watch For', 'High-Fiber Breakfasts Under 10 Minutes'];
const dSide = ['Gut-Friendly Overnight Oats', 'Vitamin D in Winter: What to Know', 'How I Plan a Week of Lunches'];
const dCats = ['Minerals', 'Nutrition Basics', 'Supplements'];
const dFoot = ['Privacy Policy', 'Disclaimer', 'Accessibility', 'Contact'];
const dC1 = 'I had no idea pumpkin seeds were that high. Adding them to my salads from now on!';
const dC2 = 'Great to hear, Priya! Toasting them in a dry pan for a couple of minutes makes them even better.';
const dHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${dTitle} - Nourished by Maren</title><meta name="description" content="How much magnesium you need and the best food sources.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-03T08:00:00+00:00">
<meta property="article:modified_time" content="2026-02-10T15:22:41+00:00"><meta name="author" content="Maren Thistlewood, MS, RDN">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${dTitle}",
"author":{"name":"Maren Thistlewood"},"datePublished":"2025-11-03T08:00:00+00:00","dateModified":"2026-02-10T15:22:41+00:00"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<link rel="stylesheet" id="dpsp-frontend-style-pro-css" href="/wp-content/plugins/social-pug/assets/dist/style-frontend-pro.css" media="all"></head>
<body class="post-template-default single single-post postid-2214 single-format-standard ast-right-sidebar astra-4.8.3">
<div class="hfeed site" id="page"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="main-header-bar-wrap"><div class="ast-container">
<div class="site-branding ast-site-identity"><span class="site-title"><a href="/" rel="home">Nourished by Maren</a></span></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">${links(dNav, 'menu-item')}</ul>
</nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><ul class="trail-items">
<li class="trail-item trail-begin"><a href="/"><span>Home</span></a></li><li class="trail-item"><a href="/category/minerals/"><span>Minerals</span></a></li>
</ul></nav></div>
<main id="main" class="site-main"><article class="post-2214 post type-post status-publish format-standard has-post-thumbnail ast-article-single"
id="post-2214" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${dTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemprop="author">By <a class="url fn n" href="/author/maren/"><span
class="author-name" itemprop="name">Maren Thistlewood, MS, RDN</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">November 3, 2025</span></span> / <span class="updated-on">Updated February 10, 2026</span> / <span
class="ast-reading-time">6 min read</span></div></header>
<div class="entry-content clear" itemprop="text">
<div class="disclaimer-box"><p>This post is for general information and is not a substitute for individual medical advice. It may contain
affiliate links; I earn a small commission at no extra cost to you.</p></div>
<div id="dpsp-content-top" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-small"><ul class="dpsp-networks-btns-wrapper">
<li class="dpsp-network-list-item"><a class="dpsp-network-btn dpsp-facebook" href="#"><span class="dpsp-network-label">Share</span></a></li>
<li class="dpsp-network-list-item"><a class="dpsp-network-btn dpsp-pinterest" href="#"><span class="dpsp-network-label">Pin</span></a></li>
<li class="dpsp-network-list-item"><a class="dpsp-network-btn dpsp-email" href="#"><span class="dpsp-network-label">Email</span></a></li></ul></div>
${ps(dP1)}
<h2 class="wp-block-heading">How much magnesium do you need?</h2>
${ps(dP2)}
<ul class="wp-block-list">${dNeeds.map((n) => `<li>${n}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">The best food sources</h2>
${ps(dP3)}
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Food</th> <th>Magnesium</th></tr></thead><tbody>
${dSources.map((r) => `<tr><td>${r.join('</td> <td>')}</td></tr>`).join('\n')}</tbody></table></figure>
${ps(dP4)}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2025/11/pumpkin-seed-bowl.jpg" alt="">
<figcaption class="wp-element-caption">A breakfast bowl topped with toasted pumpkin seeds. Photo: Maren Thistlewood</figcaption></figure>
<p class="read-more-promo"><strong>Read more:</strong> <a href="/oatmeal-toppings/">Seven Oatmeal Toppings That Add Real Nutrition</a></p>
<h2 class="wp-block-heading">Do you need a supplement?</h2>
${ps(dP5)}
<blockquote class="wp-block-quote"><p>${dQuote}</p></blockquote>
${ps(dP6)}
</div>
<div class="ast-single-author-box"><div class="ast-author-meta"><h4 class="about-author-title-wrapper">About the author</h4>
<p class="author-bio">Maren is a registered dietitian in Portland who helps busy families eat well without the fuss.</p></div></div>
<div class="formkit-form" data-uid="b7e2a1" data-format="inline"><div class="formkit-header"><h2>Get my free 7-day meal plan</h2></div>
<p class="formkit-subheader">Join 14,000 readers who get simple, dietitian-approved recipes every week.</p><input class="formkit-input" name="email_address"
placeholder="Email Address"><button data-element="submit" class="formkit-submit"><span>Send Me the Plan</span></button></div>
<div class="ast-single-related-posts-container"><h2 class="ast-related-posts-title">Related Posts</h2><ul>${links(dRelated, 'ast-related-post')}</ul></div>
<div class="post-tags">Filed Under: ${dCats.map((c) => `<a href="/category/${c.toLowerCase().replace(/ /g, '-')}/" rel="tag">${c}</a>`).join(', ')}</div>
</div></article>
<div id="comments" class="comments-area comment-form-position-below"><h3 class="comments-title">2 thoughts on "${dTitle}"</h3>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-481"><article id="comment-481" class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">Priya Raman</b></cite></div>
<div class="ast-comment-time"><a href="#comment-481"><time datetime="2025-11-05T09:41:00+00:00">November 5, 2025 at 9:41 am</time></a></div></div>
<section class="ast-comment-content comment"><p>${dC1}</p></section><div class="ast-comment-edit-reply-wrap"><a class="comment-reply-link"
href="#respond">Reply</a></div></article>
<ol class="children"><li class="comment byuser bypostauthor" id="li-comment-483"><article id="comment-483" class="ast-comment">
<div class="ast-comment-info"><cite><b class="fn">Maren</b></cite><time datetime="2025-11-05T14:02:00+00:00">November 5, 2025 at 2:02 pm</time></div>
<section class="ast-comment-content comment"><p>${dC2}</p></section></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form id="ast-commentform">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<button name="submit" type="submit" class="submit">Post Comment</button></form></div></div></main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside class="widget widget_search"><form role="search"><input
placeholder="Search..." type="search"></form></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Popular Posts</h2><ul>${links(dSide)}</ul></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-builder-grid-row-container"><ul>${links(dFoot, 'menu-item')}</ul>
<div class="ast-footer-copyright"><p>Copyright © 2026 Nourished by Maren</p></div></div></div></footer></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script></body></html>`;
export const dietitian: TestPage = {
  name: 'heldout422-astra-dietitian-blog-post',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: ['How much magnesium do you need?', 'The best food sources', 'Do you need a supplement?'],
  body: [...texts(dP1), ...texts(dP2), ...dNeeds, ...texts(dP3), ...dSources.map((r) => r.join(' ')), ...texts(dP4), ...texts(dP5), dQuote, ...texts(dP6)],
  bylines: [
    'Maren Thistlewood, MS, RDN',
    'November 3, 2025',
    'Updated February 10, 2026',
    'Priya Raman',
    'November 5, 2025 at 9:41 am',
    'November 5, 2025 at 2:02 pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Nourished by Maren', ...dNav, 'Minerals', '6 min read',
    'This post is for general information and is not a substitute for individual medical advice.', 'Share', 'Pin', 'Email',
    'A breakfast bowl topped with toasted pumpkin seeds. Photo: Maren Thistlewood', 'Read more:', 'Seven Oatmeal Toppings That Add Real Nutrition',
    'About the author', 'Maren is a registered dietitian in Portland who helps busy families eat well without the fuss.', 'Get my free 7-day meal plan',
    'Join 14,000 readers who get simple, dietitian-approved recipes every week.', 'Send Me the Plan', 'Related Posts', ...dRelated, 'Filed Under:',
    'Nutrition Basics', 'Supplements', `2 thoughts on "${dTitle}"`, dC1, dC2, 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Post Comment', 'Popular Posts', ...dSide, ...dFoot,
    'Copyright © 2026 Nourished by Maren',
  ],
};
