import { links, ps, type TestPage, texts } from './page-kit.js';
import { cocktail } from './pages-heldout287-f2.js';
import { j, lis } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file f: a meal-kit company's blog post on HubSpot CMS (promo bar with a discount code, site header
 * with "Get started", hs_cos_wrapper modules, blog post header with author, date and reading time, a CTA button module, a
 * pull quote, HubSpot social sharing, topic tags, the blog subscribe form, "Related articles", the HubSpot cookie banner
 * and the footer) and, from file f2, a cocktail recipe page on a spirits brand's Drupal site behind an age gate.
 */
const hTitle = 'How Our Chefs Plan a Week of Dinners With Zero Food Waste';
const hIntro = [
  j(
    'Every Tuesday morning, four chefs sit around a long table in our test kitchen in Easton with a spreadsheet, a stack of',
    'supplier lists and a great deal of coffee. By lunchtime they have planned the menu that lands on your doorstep five weeks later.',
  ),
  j(
    'One rule shapes every decision they make: whatever we send you should be used up by the end of the week. Here is how the team',
    'does it, and how you can borrow their approach for your own shopping.',
  ),
];
const hCross = [
  j(
    'The first trick is what our culinary lead, Mireille Adeyemi, calls cross-utilisation. If one recipe needs half a bunch of',
    'coriander, another recipe in the same week uses the other half. If a curry calls for coconut milk, a later dessert or',
    'breakfast uses the rest of the tin.',
  ),
];
const hQuote = 'We design the week backwards from the ingredients, not forwards from the dishes.';
const hPortion = [
  j(
    'The second is exact portioning. Instead of a whole bottle of fish sauce, you get the two tablespoons the recipe needs.',
    'It costs us more to pack, but our surveys show it is the single biggest reason customers throw away less food.',
  ),
];
const hHome = [
  'Plan meals around the most perishable ingredient first, such as fresh herbs, salad leaves or fish.',
  'Pick two or three recipes that share a vegetable, and buy one large one instead of several small ones.',
  'Keep a "use first" box at the front of the fridge for half-used ingredients.',
  'Save the last night of the week for a flexible dish such as fried rice, frittata or soup.',
];
const hOutro = [
  j(
    'Since the team started planning this way two years ago, the average box has produced 38% less leftover packaging and, by our',
    'customers’ own reports, far fewer sad bags of spinach at the back of the fridge.',
  ),
];
const hNav = ['Our Menu', 'How It Works', 'Plans & Pricing', 'Gifts', 'Blog'];
const hTags = ['Kitchen Tips', 'Behind the Scenes', 'Meal Planning'];
const hRel = ['Seven Ways to Use Up Leftover Herbs', 'Meet the Farmers Behind Our Autumn Box', 'Freezer Basics: What Keeps and What Does Not'];
const hFoot = ['Careers', 'Help Centre', 'Sustainability', 'Accessibility', 'Terms', 'Privacy'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="How our chefs plan menus so every ingredient gets used."><meta property="og:type" content="article">
<meta name="generator" content="HubSpot"><link rel="stylesheet" href="https://www.sprigbox.example/hubfs/hub_generated/template_assets/blog-post.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"name":"Lena Marchetti"},
"datePublished":"2026-01-20"}</script><script>var hsVars = {"portal_id":44871234,"content_id":17220011,"page_title":"Zero food waste"};</script></head>
<body><div class="body-wrapper hs-content-id-17220011 hs-blog-post hs-blog-id-8812"><div data-global-resource-path="sprigbox/templates/partials/header.html">
<div class="promo-bar"><p>New customers: 50% off your first box with code <strong>SPRIG50</strong></p></div>
<header class="header"><div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo">Sprigbox</a></span></div><div class="header__menu"><span
id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><nav class="menu menu--desktop"><ul
class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1')}</ul></nav></span></div><a class="button"
href="/plans">Get started</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/lena-marchetti" class="blog-post__author">Lena Marchetti</a> <time datetime="2026-01-20 09:00:00"
class="blog-post__timestamp">January 20, 2026</time> <span class="blog-post__read-time">6 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">
${ps(hIntro)}
<h2>Two ingredients, three recipes</h2>
${ps(hCross)}
<blockquote><p>${hQuote}</p></blockquote>
<p><img src="https://www.sprigbox.example/hubfs/test-kitchen.jpg" alt="Chefs in the test kitchen" width="800"></p>
<p style="font-size: 13px;"><em>Menu planning day in the Easton test kitchen. Photo by Sam Ruda.</em></p>
<h2>Measured to the spoonful</h2>
${ps(hPortion)}
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-12004"><a class="hs-cta-wrapper" href="/plans"><span
class="hs-cta-button">See this week's menu
→</span></a></div>
<h2>Try it at home</h2>
<ul>${lis(hHome)}</ul>
${ps(hOutro)}
</span></div>
<div class="blog-post__social-sharing"><span class="social-sharing__label">Share this article</span><a class="social-sharing__link" href="#">Facebook</a>
<a class="social-sharing__link" href="#">LinkedIn</a><a class="social-sharing__link" href="#">Email</a></div>
<div class="blog-post__tags"><span>Topics:</span> ${hTags
  .map(
    (t) => `<a class="blog-post__tag-link"
href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join(', ')}</div>
</article>
<div class="blog-subscribe"><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe"><h3
class="form-title">Get recipes and kitchen stories every week</h3><div class="hs_cos_wrapper_form"><form class="hs-form"><label>Email<span
class="hs-form-required">*</span></label><input type="email" name="email"><input type="submit" value="Subscribe"
class="hs-button primary"></form></div></span></div>
<section class="blog-related-posts"><h2>Related articles</h2><ul>${links(hRel, 'blog-related-posts__post')}</ul></section></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul>${links(hFoot)}</ul>
<p>© 2026 Sprigbox Foods Inc. All rights reserved.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gpc hs-cookie-notification-position-bottom"><div id="hs-eu-cookie-confirmation-inner"><div
id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p></div><div
id="hs-en-cookie-confirmation-buttons-area"><a
id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout287-hubspot-meal-kit-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['Two ingredients, three recipes', 'Measured to the spoonful', 'Try it at home'],
  body: texts([...hIntro, ...hCross, hQuote, ...hPortion, ...hHome, ...hOutro]),
  bylines: ['Lena Marchetti', 'January 20, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New customers: 50% off your first box with code SPRIG50', 'Sprigbox', ...hNav, 'Get started',
    'Menu planning day in the Easton test kitchen. Photo by Sam Ruda.',
    "See this week's menu →", 'Share this article', 'Facebook', 'LinkedIn', 'Email', 'Topics:', ...hTags, 'Get recipes and kitchen stories every week',
    'Related articles', ...hRel, ...hFoot, '© 2026 Sprigbox Foods Inc. All rights reserved.',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT287_F: readonly TestPage[] = [hubspot, cocktail];
