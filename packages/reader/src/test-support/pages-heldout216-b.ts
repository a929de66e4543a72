import { links, ps, type TestPage, texts } from './page-kit.js';
import { strava } from './pages-heldout216-b2.js';
import { paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file b: a Peloton blog post on its WordPress blog (promo bar, the shop header with the blog sub-nav,
 * breadcrumbs, the category eyebrow, author and date, the hero image and credit, a class callout box inside the post, share
 * links, the "Try Peloton" CTA, "Keep Reading" cards, the newsletter form, the consent banner and the long footer) and, from
 * file b2, a Strava support article on the Zendesk Help Center.
 */
const title = 'How to Build a Walking Habit That Actually Sticks This Winter';
const dek = 'Shorter days don’t have to mean fewer steps. Instructor Tamsin Okafor shares the small changes that keep her walking.';
const p1 = paras(`
Every year around the end of October, my step count falls off a cliff. It gets dark before I finish work, the pavements are wet,
and the sofa starts to look very appealing. For a long time I just accepted that winter was my lazy season. Then I started
treating walking like any other training block, and it changed everything.

Here is what I tell members who want to keep moving through the colder months.
`);
const h1 = 'Start Smaller Than You Think';
const p2 = paras(`
The most common mistake I see is setting a winter goal that only works on a dry Saturday. If your plan is a 45-minute walk every
day, one rainy week will break it. Aim for ten minutes instead, every day, no matter what. Once ten minutes is automatic,
lengthen it by five minutes a week.

Small walks still count. Research on daily movement keeps pointing the same way: the people who move a little most days tend to
do better than the people who move a lot on a few days.
`);
const h2 = 'Anchor It to Something You Already Do';
const p3 = paras(`
Habits stick when they have a trigger. Pick something you do every day anyway and attach your walk to it. I walk straight after
my first coffee, before I open my laptop. A member in our community walks while her kettle boils and then takes the long way
round the block with her tea in a travel mug.
`);
const h3 = 'Dress for the Weather, Not the Forecast';
const p4 = paras(`
There is a lot of truth in the old line that there is no bad weather, only the wrong kit. A light waterproof, gloves and a hat
that covers your ears take away most of the excuses. Reflective details matter too if you are out before sunrise or after dark.

If it really is too grim outside, take your walk indoors. A Tread walking class or even a few laps of your home while you
listen to a podcast will keep the streak alive.
`);
const h4 = 'Track the Streak, Not the Distance';
const p5 = paras(`
Distance and pace will drop in winter and that is fine. What matters is that you show up. Mark every day you walk on a calendar
or in your app, and try not to break the chain. By the time spring comes round you will have a habit that no longer depends on
the weather.
`);
const callout = ['Try This Class', '20 min Winter Warm-Up Walk with Tamsin Okafor', 'Take Class'] as const;
const promo = 'Free delivery on Bike and Tread. Limited time only.';
const shopNav = ['Bikes', 'Treads', 'Rowers', 'App', 'Accessories', 'Apparel', 'Classes'] as const;
const blogNav = ['Fitness', 'Wellness', 'Nutrition', 'Instructors', 'Community'] as const;
const crumbs = ['Blog', 'Fitness'] as const;
const credit = 'Photo: Peloton';
const share = ['Share', 'Facebook', 'Pinterest', 'Email', 'Copy link'] as const;
const cta = ['Try Peloton for free', 'Classes for every level, on your schedule.', 'Start Free Trial'] as const;
const keep = ['5 Winter Running Mistakes to Avoid', 'The Best Stretches After a Long Walk', 'Meet the Instructor: Dario Venn'] as const;
const news = ['Get the latest from Peloton', 'Sign up for tips, class drops and exclusive offers.', 'Email address', 'Subscribe'] as const;
const newsSmall = 'By signing up you agree to receive marketing emails from Peloton. You can unsubscribe at any time.';
const consent = 'We use cookies to make our site work, to understand how it is used and to personalise ads.';
const foot = ['Shop', 'Support', 'Showrooms', 'Careers', 'Investors', 'Press', 'Terms of Service', 'Privacy Policy', 'Accessibility'] as const;
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | The Output by Peloton</title>
<meta name="description" content="${dek}"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2026-11-18T14:00:00+00:00"><meta name="author" content="Tamsin Okafor">
<link rel="canonical" href="https://www.onepeloton.com/blog/walking-habit-winter/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Tamsin Okafor"},"datePublished":"2026-11-18T14:00:00+00:00","publisher":{"@type":"Organization","name":"Peloton"}}]}</script>
<link rel="stylesheet" id="peloton-blog-css" href="https://www.onepeloton.com/blog/wp-content/themes/peloton/dist/main.css?ver=4.2" media="all">
<script src="https://www.googletagmanager.example/gtm.js?id=GTM-PELO" async></script></head>
<body class="post-template-default single single-post postid-88412 single-format-standard">
<div class="promo-banner" role="region" aria-label="Promotion"><p>${promo}</p><a href="/shop">Shop now</a></div>
<header class="site-header"><a class="site-header__logo" href="https://www.onepeloton.com/"><span class="screen-reader-text">Peloton</span></a>
<nav class="site-header__nav" aria-label="Shop"><ul>${links(shopNav, 'site-header__nav-item')}</ul></nav>
<div class="site-header__actions"><a href="/login">Log In</a><a class="btn" href="/shop">Shop All</a></div></header>
<nav class="blog-subnav" aria-label="Blog"><a class="blog-subnav__title" href="/blog/">The Output</a><ul>${links(blogNav, 'blog-subnav__item')}</ul></nav>
<main id="main" class="site-main"><article id="post-88412" class="post-88412 post type-post status-publish category-fitness">
<header class="entry-header"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(crumbs)}</ol></nav>
<a class="entry-category" href="/blog/category/fitness/">Walking</a>
<h1 class="entry-title">${title}</h1><p class="entry-dek">${dek}</p>
<div class="entry-meta"><span class="byline">By <a class="author url fn" href="/blog/author/tamsin-okafor/">Tamsin Okafor</a></span>
<time class="entry-date published" datetime="2026-11-18T14:00:00+00:00">November 18, 2026</time><span class="reading-time">5 min read</span></div>
</header><figure class="entry-hero"><img src="https://www.onepeloton.com/blog/wp-content/uploads/2026/11/winter-walk.jpg" alt="Woman walking in the rain">
<figcaption class="entry-hero__credit">${credit}</figcaption></figure>
<div class="entry-content">
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<div class="class-callout" data-class-id="f3a1"><p class="class-callout__eyebrow">${callout[0]}</p><h3 class="class-callout__title">${callout[1]}</h3>
<a class="class-callout__button btn" href="https://members.onepeloton.com/classes/walking?modal=classDetailsModal&amp;classId=f3a1">${callout[2]}</a></div>
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<h2 class="wp-block-heading">${h3}</h2>
${ps(p4)}
<h2 class="wp-block-heading">${h4}</h2>
${ps(p5)}
</div>
<footer class="entry-footer"><div class="share-links"><span
class="share-links__label">${share[0]}</span><ul>${links(share.slice(1), 'share-links__item')}</ul></div>
<div class="author-box"><p class="author-box__name">Tamsin Okafor</p><p
class="author-box__bio">Tamsin is a Peloton Tread and walking instructor based in London.</p></div>
</footer></article>
<aside class="cta-banner"><h2>${cta[0]}</h2><p>${cta[1]}</p><a class="btn" href="/app">${cta[2]}</a></aside>
<section class="related-posts"><h2 class="related-posts__title">Keep Reading</h2><ul>${links(keep, 'related-posts__card')}</ul></section>
<section class="newsletter-signup"><h2>${news[0]}</h2><p>${news[1]}</p><form class="newsletter-form"><label for="nl-email">${news[2]}</label>
<input id="nl-email" type="email"><button type="submit">${news[3]}</button></form><p class="newsletter-signup__legal">${newsSmall}</p></section>
</main>
<footer class="site-footer"><ul class="site-footer__links">${links(foot, 'site-footer__item')}</ul><p
class="site-footer__copy">© 2026 Peloton Interactive, Inc.</p>
</footer>
<div id="truste-consent-track" class="truste-banner" role="dialog"><p class="truste-consent-text">${consent}</p>
<button id="truste-consent-required">Required Only</button><button id="truste-consent-button">Accept All</button></div>
<script src="https://www.onepeloton.com/blog/wp-content/themes/peloton/dist/main.js?ver=4.2" id="peloton-main-js"></script></body></html>`;

const peloton: TestPage = {
  html,
  name: 'heldout216-peloton-blog-post',
  kind: 'blog',
  // the dek is body; the class callout inside the post, the category eyebrow, hero credit, share links and the author box
  // bio are furniture; the author box name repeats the byline
  title,
  headings: [h1, h2, h3, h4],
  body: [dek, ...texts(p1), ...texts(p2), ...texts(p3), ...texts(p4), ...texts(p5)],
  bylines: ['By Tamsin Okafor', 'November 18, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    promo, 'Shop now', ...shopNav, 'Log In', 'Shop All', 'The Output', ...blogNav.filter((b) => b !== 'Fitness'), ...crumbs, 'Walking', credit, ...callout,
    ...share, 'Tamsin is a Peloton Tread and walking instructor based in London.', ...cta, 'Keep Reading', ...keep, ...news, newsSmall, ...foot,
    '© 2026 Peloton Interactive, Inc.', consent, 'Required Only', 'Accept All',
  ],
};

export const HELDOUT216_B: readonly TestPage[] = [peloton, strava];
