import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 114, file a2: a Newspack (WordPress) nonprofit newsroom story whose body opens with the Newspack
 * newsletter subscribe block ("Sign up for our newsletter"), then the story; also the donate button, the category
 * kicker, the byline with avatar, the featured image caption, a "Republish this story" button, a mid-story donation
 * prompt, the author bio, "More in Education" posts, the Newspack footer and the republication modal text.
 */
const title = 'Rural districts lose a third of new teachers within two years, state data show';
const signup = [
  'Sign up for our newsletter',
  'Get the Plainsview Dispatch in your inbox every weekday morning. Free, nonpartisan and local.',
  'Email address',
  'Sign up',
  'By signing up, you agree to our privacy policy.',
];
const p1 = [
  'When Kaylee Morrow took a job teaching fifth grade in Dunmore last fall, she was one of four new teachers at Prairie Rose ' +
    'Elementary. By May, she was the only one left.',
  'Her experience is typical of rural schools across the state, according to staffing data released Tuesday by the Department of ' +
    'Education. Of the teachers hired by districts with fewer than 1,000 students in 2023, 34 percent had left their district by the ' +
    'start of this school year. In the state’s largest districts, the figure was 19 percent.',
];
const h1 = 'Pay is only part of it';
const p2 = [
  'The gap in starting salaries between small and large districts has narrowed since lawmakers raised the state minimum to $44,000 ' +
    'in 2024. But superintendents interviewed by the Dispatch said pay was rarely the reason new teachers gave for leaving.',
  '“It is housing, and it is being the only person in the building who teaches your subject,” said Raymond Ostrander, superintendent ' +
    'of the Cedar Bluff district. “A first-year chemistry teacher here has nobody down the hall to ask.”',
  'Morrow said she spent the first months of the year living in a motel 30 miles away because no rentals were available in Dunmore.',
];
const h2 = 'What some districts are trying';
const p3 = [
  'A handful of districts have started to build or buy housing for teachers. Cedar Bluff bought a four-unit apartment building in ' +
    '2024 and rents the units to new staff at $450 a month. All four teachers who moved in last year have signed on for another.',
  'Others have joined regional networks that pair new teachers with mentors in other towns by video. The state pays for the ' +
    'program in 42 districts, and the department said teachers in it were less likely to leave, though it has not published the numbers.',
  'Morrow is back at Prairie Rose this fall, this time with a mentor in Hartwell and an apartment two blocks from school. “I almost ' +
    'did not come back,” she said. “I am glad I did.”',
];
const nav = ['News', 'Education', 'Health', 'Environment', 'Politics', 'Events', 'About'];
const more = ['State board approves new reading curriculum list', 'Why school bus routes keep getting longer', 'Four-day school weeks spread to 60 districts'];
const foot = ['About Us', 'Our Team', 'Ethics Policy', 'Republishing Guidelines', 'Donate', 'Contact'];
const caption = 'Kaylee Morrow works with students at Prairie Rose Elementary in Dunmore.';
const credit = 'Photo by Tomas Whitfield / Plainsview Dispatch';
const donate = 'The Plainsview Dispatch is a nonprofit newsroom. Your donation keeps our reporting free for everyone.';
const republish = 'This story may be republished for free under a Creative Commons license. Please credit the Plainsview Dispatch.';
const bio = 'Hannah Velasquez covers education for the Plainsview Dispatch. She previously reported for the Hartwell Courier.';
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Plainsview Dispatch</title><meta name="generator" content="WordPress 6.7.1"><meta name="generator" content="Newspack 5.9">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Plainsview Dispatch">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}",
"datePublished":"2025-10-21T11:02:00+00:00","author":{"name":"Hannah Velasquez"}}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://plainsviewdispatch.example/wp-content/themes/newspack-theme/style.css?ver=2.1" media="all">
</head>
<body class="post-template-default single single-post single-format-standard h-nsub h-db h-ll h-dh newspack-front-page">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search"><div class="site-branding"><p class="site-title"><a href="/">Plainsview Dispatch</a></p>
<p class="site-description">Independent news for the High Plains</p></div>
<nav id="site-navigation" class="main-navigation nav1" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">${links(nav, 'menu-item')}</ul></nav>
<a class="button donate-button" href="/donate/">Donate</a></header>
<div id="content" class="site-content"><section id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-18422" class="post-18422 post type-post status-publish category-education">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/education/">Education</a></span>
<h1 class="entry-title">${title}</h1>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img src="/wp-content/uploads/velasquez-80x80.jpg" alt=""></span>
<span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/hvelasquez/">Hannah Velasquez</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-10-21T11:02:00+00:00">October 21, 2025</time></span></div>
<div class="newspack-repubish-button"><button class="republication-tracker-tool-button">Republish this article</button></div></div></header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2025/10/morrow-1200x800.jpg" alt="" class="wp-post-image">
<figcaption><span class="caption">${caption}</span> <span class="image-credit">${credit}</span></figcaption></figure>
<div class="entry-content">
<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" data-success-message="Thank you for signing up!">
<h2 class="newspack-newsletters-subscribe__title">${signup[0]}</h2><p class="newspack-newsletters-subscribe__description">${signup[1]}</p>
<form><label class="screen-reader-text" for="nl-email">${signup[2]}</label><input type="email" id="nl-email" placeholder="Email address">
<input type="submit" value="${signup[3]}"><button type="submit">${signup[3]}</button></form>
<p class="newspack-newsletters-subscribe__privacy">${signup[4]}</p><div class="newspack-newsletters-subscribe__response" hidden></div></div>
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<div class="wp-block-group donate-prompt newspack-inline-popup"><p class="has-small-font-size">${donate}</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/donate/">Support our work</a></div></div></div>
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
</div>
<footer class="entry-footer"><div class="author-bio"><div class="author-bio-text"><div class="author-bio-header">
<h2 class="accent-header">Hannah Velasquez</h2></div>
<p>${bio}</p><a class="author-link" href="/author/hvelasquez/">More by Hannah Velasquez</a></div></div></footer>
</article>
<div class="wp-block-newspack-blocks-homepage-articles"><h2 class="article-section-title">More in Education</h2>
${more.map((m) => `<article class="post-has-image"><h3 class="entry-title"><a href="/">${m}</a></h3></article>`).join('\n')}</div>
</main></section></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><p>${republish}</p></div>
<nav class="footer-menu" aria-label="Footer Menu"><ul>${links(foot)}</ul></nav><div class="site-info"><span class="copyright">© 2025 Plainsview Dispatch</span>
<a class="imprint" href="https://newspack.com/">Proudly powered by Newspack by Automattic</a></div></footer>
<script src="/wp-content/plugins/newspack-newsletters/dist/subscribe.js?ver=3.4" id="newspack-newsletters-subscribe-block-js"></script>
</body></html>`;
export const newspackPage: TestPage = {
  name: 'heldout114-newspack-newsletter-signup-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([...p1, ...p2, ...p3]),
  bylines: ['by Hannah Velasquez', 'October 21, 2025'],
  furniture: [
    'Skip to content',
    'Plainsview Dispatch',
    'Independent news for the High Plains',
    ...nav,
    'Donate',
    'Posted in',
    'Republish this article',
    caption,
    credit,
    ...signup,
    donate,
    'Support our work',
    bio,
    'More by Hannah Velasquez',
    'More in Education',
    ...more,
    republish,
    ...foot.filter((f) => f !== 'Donate'),
    '© 2025 Plainsview Dispatch',
    'Proudly powered by Newspack by Automattic',
  ],
};
