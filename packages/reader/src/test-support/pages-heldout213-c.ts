import { links, ps, type TestPage, texts } from './page-kit.js';
import { msfStory } from './pages-heldout213-c2.js';

/**
 * Held-out batch 213, file c: an Oxfam International blog post on oxfam.org's Drupal site (the affiliate switcher, the main
 * menu with the Donate button, breadcrumbs, the "Blog" label, the author block with role and photo, the date, the share
 * links, an image with caption, a "Read the report" callout inside the body, the tags, the "You might also like" cards,
 * the newsletter box, the footer and the cookie dialog) and, from file c2, a Médecins Sans Frontières field story.
 */
const title = 'What a village savings group taught me about the cost of a loan';
const p1 = [
  'The first thing Rahel Tesfaye showed me was a metal box with three padlocks. Three different women hold the three keys, she ' +
    'explained, so nobody can open it alone. Inside were a ledger, a bag of coins and a stack of small notes held together with ' +
    'a rubber band: the savings of 28 households in the village of Adi Keret.',
  'I had come to talk about climate shocks and how families cope with them. We ended up spending most of the afternoon talking ' + 'about interest rates.',
];
const h1 = 'Borrowing to survive';
const p2 = [
  'When the rains failed two years running, almost every family in Adi Keret borrowed money. Most of it came from traders in ' +
    'the market town, who lend against the next harvest. Rahel worked out for me what one of those loans had really cost her: ' +
    'she borrowed enough to buy seed and food for a month and repaid almost double six months later.',
  '“It is not the drought that made us poor,” she said. “It is the loan after the drought.”',
  'This is a pattern we see across the region. Our research with partners in four countries found that families who took out ' +
    'informal loans after a failed harvest were still repaying them, on average, 14 months later, and many had sold livestock ' +
    'or taken children out of school to do it.',
];
const h2 = 'A box with three keys';
const p3 = [
  'The savings group started in 2022 with help from a local partner organisation. Members put in a small amount every week, ' +
    'as little as the price of a cup of tea, and can borrow from the pot at a rate the group sets for itself. The interest goes ' +
    'back to the members at the end of each cycle.',
  'It sounds modest, and it is. But in the last dry season not one member of the group had to go to the traders. They lent to ' +
    'each other, repaid each other, and at the end of the year shared out what they had earned.',
];
const h3 = 'What this means for climate finance';
const p4 = [
  'Rich countries have promised to scale up funding to help communities adapt to climate change. Too much of that money still ' +
    'arrives as loans to governments, adding to debts that are already crushing public budgets. Three lessons from Adi Keret ' +
    'seem worth repeating:',
];
const list = [
  'Debt is not a neutral tool. Who lends, on what terms, decides who carries the cost of a shock.',
  'Small, local and trusted beats big and distant. People repay what they control.',
  'Adaptation money should be grants, not loans, for the countries and communities that did least to cause the crisis.',
];
const p5 = [
  'As I left, Rahel locked the box and handed one of the keys back to her neighbour. It was the most convincing finance ' + 'presentation I have ever seen.',
];
const nav = ['What we do', 'Countries', 'Research', 'Get involved', 'Press', 'About'];
const crumbs = ['Home', 'Blogs'];
const role = 'Climate Justice Policy Lead, Oxfam International';
const cap = 'Rahel Tesfaye (right) and members of the Adi Keret savings group count the week’s contributions.';
const credit = 'Photo: Saba Mehari/Oxfam';
const callout = ['Read the report', 'Climate of Debt: How loans after disasters deepen inequality', 'Download (PDF, 2.1 MB)'];
const tags = ['Climate change', 'Inequality', 'Food and hunger', 'Ethiopia'];
const more = ['Why the loss and damage fund must reach villages, not just ministries', 'Five myths about climate finance', 'The real price of bread'];
const news = ['Stay in touch', 'Get the latest news and ways to take action from Oxfam.', 'Your email', 'Sign up'];
const foot = ['Contact us', 'Jobs', 'Privacy policy', 'Terms of use', 'Accessibility', 'Oxfam affiliates'];
const cookie = 'Oxfam uses cookies to give you the best experience, to analyse traffic and for marketing. You can change your settings at any time.';
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>What a village savings group taught me about the cost of a loan | Oxfam International</title>
<link rel="canonical" href="https://www.oxfam.org/en/blogs/what-village-savings-group-taught-me-about-cost-loan"><meta name="Generator" content="Drupal 10">
<meta property="og:site_name" content="Oxfam International"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta name="description" content="${(p1[0] ?? '').slice(0, 140)}">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@Oxfam">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${title}",
"datePublished":"2025-05-28T11:03:00+0000",
"author":{"@type":"Person","name":"Tomasz Wielgosz"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/www.oxfam.org/files/css/css_p0Lq7.css">
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-OXF1"></script></head>
<body class="path-node page-node-type-blog"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="header-top"><button class="affiliate-switcher" aria-expanded="false">Oxfam in your country</button></div>
<header class="header" role="banner"><a href="/en" class="site-logo"><img src="/themes/custom/oxfam/logo.svg" alt="Oxfam International"></a>
<nav class="main-menu" role="navigation" aria-label="Main menu"><ul class="menu">${links(nav, 'menu-item')}</ul></nav>
<a class="button button--donate" href="/en/donate">Donate</a><button class="search-toggle"><span class="visually-hidden">Search</span></button></header>
<main id="main-content" role="main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(crumbs, 'breadcrumb-item')}</ol></nav>
<article class="node node--type-blog node--view-mode-full"><div class="node__header"><span class="content-type-label">Blog</span>
<h1 class="page-title"><span>${title}</span></h1>
<div class="blog-author"><img class="blog-author__photo" src="/sites/www.oxfam.org/files/styles/author/public/wielgosz.jpg" alt="">
<div class="blog-author__info"><a class="blog-author__name" href="/en/person/tomasz-wielgosz">Tomasz Wielgosz</a><p class="blog-author__role">${role}</p>
</div></div>
<div class="node__date"><time datetime="2025-05-28T11:03:00Z">Published: 28th May 2025</time></div>
<div class="share-links"><span class="share-links__label">Share this page:</span><ul><li><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a></li>
<li><a href="https://x.com/intent/tweet">X</a></li><li><a href="https://www.linkedin.com/shareArticle">LinkedIn</a></li><li><a href="mailto:">Email</a></li>
</ul></div></div>
<div class="node__content"><div class="field field--name-body field--type-text-with-summary">
${ps(p1)}
<figure role="group" class="caption caption-img"><img src="/sites/www.oxfam.org/files/styles/large/public/savings-box.jpg" alt="Women count money">
<figcaption>${cap} ${credit}</figcaption></figure>
<h2>${h1}</h2>
${ps(p2)}
<div class="callout callout--report"><h3 class="callout__label">${callout[0]}</h3><p class="callout__title">${callout[1]}</p>
<a class="callout__link" href="/en/research/climate-of-debt">${callout[2]}</a></div>
<h2>${h2}</h2>
${ps(p3)}
<h2>${h3}</h2>
${ps(p4)}
<ol>${list.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(p5)}
</div></div>
<div class="node__tags"><h2 class="node__tags-title">Tags</h2><ul>${links(tags, 'tag')}</ul></div></article>
<section class="related-content"><h2 class="related-content__title">You might also like</h2><div class="cards">
${more
  .map(
    (t) => `<div class="card"><span class="card__label">Blog</span><h3 class="card__title"><a href="/en/blogs/x">${t}</a></h3>
</div>`,
  )
  .join('\n')}</div></section>
<section class="newsletter-block"><h2>${news[0]}</h2><p>${news[1]}</p><form><label for="nl-mail">${news[2]}</label><input id="nl-mail" type="email">
<button>${news[3]}</button></form></section></main>
<footer class="footer" role="contentinfo"><ul class="footer-menu">${links(foot, 'footer-item')}</ul>
<p class="footer__charity">Oxfam International is registered as a foundation in the Netherlands, number 41159611.</p><p>© Oxfam International 2025</p></footer>
<div id="cookie-dialog" class="cookie-consent" role="dialog" aria-modal="false" aria-label="Cookie consent"><p>${cookie}</p>
<button class="cookie-consent__accept">Accept all</button><button class="cookie-consent__settings">Manage settings</button></div>
<script src="/sites/www.oxfam.org/files/js/js_hY2aA.js"></script></body></html>`;
const oxfam: TestPage = {
  html,
  name: 'heldout213-oxfam-blog',
  kind: 'blog',
  // the "Read the report" callout inside the body is a promo, furniture
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...p4, ...list, ...p5]),
  bylines: ['Tomasz Wielgosz', 'Published: 28th May 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Oxfam in your country', ...nav, 'Donate', 'Search', ...crumbs, 'Blog', role, 'Share this page:', 'Facebook', 'LinkedIn',
    'Email', cap, credit, ...callout, 'Tags', ...tags, 'You might also like', ...more, ...news, ...foot,
    'Oxfam International is registered as a foundation in the Netherlands, number 41159611.', '© Oxfam International 2025', cookie, 'Accept all',
    'Manage settings',
  ],
};

export const HELDOUT213_C: readonly TestPage[] = [oxfam, msfStory];
