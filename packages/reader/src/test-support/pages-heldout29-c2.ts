import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 29, file c2: a New York Post story (WordPress VIP theme: body classes of a single post, the site header
 * with nav and "Log In", the topic label, headline, a two-name byline with "Published" and "Updated" times, the share bar with
 * "Copy URL" and its toast, lead image with a bare photographer credit, a Gutenberg image block with caption and credit inside
 * the body, short one-sentence paragraphs, "Advertisement" slots, an inline "Read Next" card, the newsletter box, "Filed under"
 * tags ending in a date, the "Share this article:" row, the OpenWeb comments prompt, "Trending Now" rail and footer).
 */
const npTitle = 'Bronx bakery’s century-old sourdough starter rescued from five-alarm blaze: ‘It’s family’';
const npBody1 = [
  'It rose from the ashes.',
  'A Bronx bakery’s 104-year-old sourdough starter survived a five-alarm fire that gutted the shop early Thursday — after the ' +
    'owner’s son ran back inside and carried it out in a plastic bucket, The Post has learned.',
  'The blaze broke out around 3:40 a.m. in the basement of Castellucci’s Bakery on Crotona Terrace and quickly spread to two ' +
    'apartments above, according to fire officials.',
  'Nobody was seriously hurt, but the bakery — which has sold bread from the same storefront since 1921 — was left a blackened shell.',
  'Matteo Castellucci, 31, said he did not think twice when he realized the starter, a bubbling mix of flour and water his ' +
    'great-grandfather brought over from Naples, was still inside.',
];
const npBody2 = [
  '“Firefighters were yelling at me, and I knew they were right, but that thing is older than my grandmother,” Castellucci told ' +
    'The Post. “It’s family. I wasn’t leaving it.”',
  'He said he grabbed the bucket from a shelf by the back door, where the smoke was still thin, and was out in under a minute.',
  'A fire official said the department does not recommend anyone go back into a burning building “for any reason, bread included.”',
  'Fire marshals were still investigating the cause Thursday afternoon, but a preliminary look pointed to an electrical problem ' +
    'near one of the ovens, officials said.',
  'The starter spent the day in a neighbor’s fridge while the family figured out its next move.',
  'Regulars flooded the bakery’s Instagram with offers of help, and by evening a GoFundMe set up by a longtime customer had ' + 'raised more than $38,000.',
  '“My grandfather used to say the starter is the bakery, and the building is just where we keep it,” Castellucci said. “So ' +
    'we’re still open. We just need a new building.”',
];
const npNav = ['News', 'Metro', 'Sports', 'Entertainment', 'Business', 'Opinion', 'Fashion', 'Real Estate', 'Tech', 'Lifestyle', 'Shopping', 'Video'];
const npShare = ['Facebook', 'X', 'Email', 'WhatsApp', 'Copy URL'];
const npFigCaption = 'Matteo Castellucci holds the bucket of starter he carried out of the burning building.';
const npReadNext = 'Queens pizzeria’s 60-year-old oven saved by neighbors after landlord ordered it scrapped';
const npTags = ['bakeries', 'bronx', 'fdny', 'fires', '11/21/25'];
const npTrending = [
  'Knicks star ruled out for a month with hamstring strain',
  'Subway riders stuck for two hours after signal failure in Midtown',
  'Upper East Side co-op board rejects celebrity buyer — again',
  'Long Island man wins $2M scratch-off two weeks after retiring',
];
const npFoot = ['Terms of Use', 'Membership Terms', 'Privacy Notice', 'Your Privacy Choices', 'Sitemap', 'Contact Us', 'Careers', 'Advertise'];
const npHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><title>${npTitle}</title>
<meta name="parsely-title" content="${npTitle}"><meta name="parsely-section" content="Metro">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${npTitle}","datePublished":"2025-11-21T14:17:00-05:00",
"dateModified":"2025-11-21T18:40:00-05:00","author":[{"@type":"Person","name":"Dana Ruggiero"},{"@type":"Person","name":"Kevin Sheehan"}]}</script>
<style id="nypost-critical">.single__content p{margin:0 0 1.25em}.share-bar__toast[hidden]{display:none}</style></head>
<body class="post-template-default single single-post postid-31482210 single-format-standard nypost-theme has-sticky-header">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header" role="banner"><div class="site-header__inner"><button class="site-header__hamburger" aria-label="Open menu"></button>
<a class="site-header__logo" href="/"><span class="screen-reader-text">New York Post</span></a>
<nav class="site-header__nav" aria-label="Primary"><ul class="nav-menu">${links(npNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<a class="site-header__login" href="/account/">Log In</a></div></header>
<div class="ad-slot ad-slot--leaderboard"><span class="ad-slot__label">Advertisement</span><div id="dfp-ad-leaderboard"></div></div>
<main id="content" class="site-main"><div class="layout layout--single"><article id="post-31482210" class="single post-31482210 post type-post status-publish">
<div class="single__header"><span class="single__topic"><a href="/metro/">Metro</a></span>
<h1 class="headline headline--single">${npTitle}</h1>
<div class="byline byline--single"><div class="byline__author"><span class="meta meta--byline">By
<a href="/author/dana-ruggiero/">Dana Ruggiero</a> and <a href="/author/kevin-sheehan/">Kevin Sheehan</a></span></div>
<div class="date date--updated"><span class="date--updated__item"><span>Published</span> Nov. 21, 2025, 2:17 p.m. ET</span>
<span class="date--updated__item"><span>Updated</span> Nov. 21, 2025, 6:40 p.m. ET</span></div></div>
<div class="share-bar share-bar--top"><ul class="share-bar__list">${npShare
  .map((t) => `<li><button class="share-bar__button share-bar__button--${t.toLowerCase().replace(' ', '-')}">${t}</button></li>`)
  .join('')}</ul>
<div class="share-bar__toast" role="status" hidden>Link copied!</div></div></div>
<figure class="featured-image featured-image--single"><img src="https://nypost.example/wp-content/uploads/sites/2/2025/11/bakery-fire.jpg?w=1024"
alt="Firefighters outside a burned bakery in the Bronx" width="1024" height="683"><figcaption class="featured-image__caption">
<span class="credit">Christopher Delvecchio</span></figcaption></figure>
<div class="single__content entry-content m-bottom">
${npBody1.map((t) => `<p>${t}</p>`).join('\n')}
<figure class="wp-block-image size-large"><img src="https://nypost.example/wp-content/uploads/sites/2/2025/11/starter-bucket.jpg?w=1024" alt=""
loading="lazy"><figcaption class="wp-element-caption">${npFigCaption} <span class="credit">Stephen Yanez for NY Post</span></figcaption></figure>
${npBody2
  .slice(0, 3)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
<div class="ad-slot ad-slot--inline"><span class="ad-slot__label">Advertisement</span><div id="dfp-ad-inline-1"></div></div>
<div class="inline-module inline-module--read-next"><span class="inline-module__label">Read Next</span>
<a class="inline-module__link" href="/2025/10/08/metro/queens-pizzeria-oven-saved/">${npReadNext}</a></div>
${npBody2
  .slice(3)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
</div>
<div class="newsletter-signup newsletter-signup--inline"><h3 class="newsletter-signup__title">Metro Report</h3>
<p class="newsletter-signup__text">Stay up on the very latest from around the five boroughs, every weekday morning.</p>
<form><input type="email" placeholder="Enter your email address" aria-label="Email address"><button type="submit">Sign up</button></form>
<p class="newsletter-signup__legal">Please provide a valid email address. By clicking above, you agree to the Terms of Use and Privacy Notice.</p></div>
<div class="tag-list"><span class="tag-list__label">Filed under</span>
${npTags.map((t) => `<a class="tag-list__tag" href="/tag/${t.replace(/\//g, '-')}/">${t}</a>`).join(',\n')}</div>
<div class="share-bar share-bar--bottom"><span class="share-bar__label">Share this article:</span>
<ul class="share-bar__list">${npShare
  .slice(0, 4)
  .map((t) => `<li><button class="share-bar__button">${t}</button></li>`)
  .join('')}</ul></div>
<section class="comments-prompt" data-openweb-conversation="31482210"><p class="comments-prompt__text">What do you think? Post a comment.</p>
<button class="comments-prompt__button">Comments</button></section></article>
<aside class="layout__rail"><section class="widget widget--trending"><h2 class="widget__title">Trending Now</h2><ol>${links(npTrending, 'widget__item')}</ol>
</section><div class="ad-slot ad-slot--rail"><span class="ad-slot__label">Advertisement</span></div></aside></div></main>
<footer class="site-footer"><ul class="site-footer__links">${links(npFoot)}</ul>
<p class="site-footer__copyright">© 2025 NYP Holdings, Inc. All Rights Reserved</p><p class="site-footer__powered">Powered by WordPress.com VIP</p></footer>
<script src="https://nypost.example/wp-content/themes/nypost-2016/static/js/main.js?ver=1.4.218" defer></script></body></html>`;
export const nyPost: TestPage = {
  html: npHtml,
  name: 'heldout29-ny-post-story',
  kind: 'news',
  // the one-line kicker paragraph "It rose from the ashes." is the story's first paragraph: body; the story has no headings;
  // both author names and the "Published" and "Updated" lines are bylines ("By" and "and" in neither); the bare photographer
  // credit under the lead image and the image block's caption with its credit are furniture, as are the topic label, share
  // bars (top and bottom, once) with the hidden toast, ad labels (once), "Read Next" card, newsletter box, "Filed under" with its
  // tags and date tag, the comments prompt, the rail, nav and footer ("Metro", nav and topic label, once); the tag "bronx"
  // is a word of the title: left out
  title: npTitle,
  headings: [],
  body: [...texts(npBody1), ...texts(npBody2)],
  bylines: ['Dana Ruggiero', 'Kevin Sheehan', 'Published Nov. 21, 2025, 2:17 p.m. ET', 'Updated Nov. 21, 2025, 6:40 p.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'New York Post', ...npNav, 'Log In', 'Advertisement', ...npShare, 'Link copied!', 'Christopher Delvecchio', npFigCaption,
    'Stephen Yanez for NY Post', 'Read Next', npReadNext, 'Metro Report', 'Stay up on the very latest from around the five boroughs, every weekday morning.',
    'Sign up', 'Please provide a valid email address. By clicking above, you agree to the Terms of Use and Privacy Notice.', 'Filed under',
    ...npTags.filter((t) => t !== 'bronx'), 'Share this article:', 'What do you think? Post a comment.', 'Comments', 'Trending Now', ...npTrending, ...npFoot,
    '© 2025 NYP Holdings, Inc. All Rights Reserved', 'Powered by WordPress.com VIP',
  ],
};
