import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 52, file a2: a Gizmodo article on its 2025 WordPress template (top bar with the sections and the newsletter
 * button, the category label, headline and dek, byline with avatar, date, reading time and comment count, share buttons, the
 * lead image with its credit, the body with two h2s and an embedded post, the "Daily Newsletter" box, topic tags, the
 * comments prompt, "Trending Stories" and "More From Gizmodo" lists, the cookie dialog and the footer).
 */
const gzTitle = 'Backyard Astronomers Just Caught an Asteroid Hiding a Tiny Moon';
const gzDek = 'Sixty volunteer telescopes timed a star winking out twice, and the second blink gave away a companion less than a kilometer wide.';
const gzBody1 = [
  'Asteroid 4337 Arecibo has been on astronomers’ books since 1985, and for most of that time it was just another rock in the main belt, ' +
    'a smudge of light between Mars and Jupiter. Now a loose network of amateur observers says it has company.',
  'On the night of November 19, 61 small telescopes spread across Spain, Portugal, and Morocco watched the asteroid pass in front of a faint ' +
    'star. Each observer recorded how long the star disappeared. Most saw a single dip lasting about two seconds. Eleven of them saw a second, ' +
    'much shorter dip a fraction of a second later, and those eleven were all clustered along a narrow strip of ground near Córdoba.',
  'Put together, the timings trace the outline of the main asteroid and, just off to one side, a second body roughly 800 meters across, ' +
    'according to a preprint posted this week to arXiv. The team has not yet gone through peer review, so treat the size estimate with a grain ' +
    'of salt, but the double dip is hard to explain any other way.',
];
const gzH1 = 'How do you see a moon you can’t see?';
const gzBody2 = [
  'You don’t, exactly. The trick, called a stellar occultation, relies on timing rather than resolution. When an asteroid slides in front of ' +
    'a star, it casts a shadow the size of the asteroid itself onto Earth. Anyone standing inside that shadow sees the star vanish; anyone ' +
    'outside it sees nothing happen. Line up enough observers and you get a silhouette.',
  '“The equipment is honestly not the hard part anymore,” Lucía Ferrán, an amateur observer in Jaén who coordinated the campaign, told Gizmodo ' +
    'in an email. “A used telescope and a camera with a GPS timestamp will do it. The hard part is convincing sixty people to stand in a field ' +
    'at 3 a.m. in November.”',
];
const gzH2 = 'Why a tiny moon matters';
const gzBody3 = [
  'Binary asteroids are more than a curiosity. By tracking how the little moon orbits its parent, astronomers can work out the mass of the ' +
    'pair, and from the mass and size they can estimate density, which says a lot about whether an asteroid is a solid lump or a loose pile ' +
    'of rubble held together by its own weak gravity.',
  'That distinction matters to anyone thinking about planetary defense. NASA’s DART mission famously knocked a moonlet named Dimorphos off ' +
    'course in 2022, and the rubble-pile structure of that target turned out to shape how much the impact nudged it.',
  'Ferrán says the group is already planning another attempt when Arecibo crosses a brighter star in May, this time with observers in ' +
    'the United States as well. If the moon shows up again, the team should be able to pin down its orbit. If it doesn’t, well, that would be ' +
    'interesting too.',
];
const gzEmbed = 'Second dip confirmed from three more stations near Córdoba. We have a moon, people. 🌘';
const gzEmbedBy = '— Lucía Ferrán (@lferran_occ) November 20, 2025';
const gzNav = ['Tech', 'Science', 'io9', 'Reviews', 'Deals', 'Video'];
const gzTags = ['Asteroids', 'Astronomy', 'Citizen science', 'Planetary defense'];
const gzTrending = [
  'The Best Sci-Fi Movies Coming to Theaters in 2026',
  'Scientists Finally Explain Why Your Cat Knocks Things Off the Table',
  'This $40 Gadget Fixed My Terrible Wi-Fi',
  'NASA’s Next Mars Helicopter Gets a Launch Date',
];
const gzMore = [
  'James Webb Spots Water Ice Around a Star 600 Light-Years Away',
  'A Meteor Fireball Lit Up the Sky Over Texas, and Doorbell Cameras Caught It',
  'Andor Season 3 Is Not Happening, but Its Writers Have Thoughts',
];
const gzFoot = ['About Gizmodo', 'Advertise', 'Contact', 'Terms of Use', 'Privacy Policy', 'Manage Cookies', 'Licensing', 'Sitemap'];
const gzHtml =
  `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${gzTitle}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://gizmodo.com/backyard-astronomers-asteroid-moon-2000689411">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${gzTitle}",
"datePublished":"2025-11-24T14:05:12+00:00","author":{"name":"Isaac Moreno-Vance"},"wordCount":612,"articleSection":["Science","Space"]}]}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://gizmodo.com/app/themes/gizmodo/dist/styles/main.css?ver=3.8.1" media="all">
<script id="gizmodo-ads-js-extra">var gizmodoAds={"targeting":{"category":"science","postId":2000689411}};</script></head>
<body class="wp-singular post-template-default single single-post postid-2000689411 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="site-header sticky top-0 z-50 bg-black text-white"><div class="flex items-center justify-between px-4">
<a href="https://gizmodo.com/" class="site-logo" rel="home"><span class="sr-only">Gizmodo</span><svg viewBox="0 0 120 24"></svg></a>
<nav class="primary-menu hidden lg:flex" aria-label="Primary"><ul class="menu flex gap-6">${links(gzNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<a class="btn btn--newsletter" href="/newsletter">Newsletter</a><button class="search-toggle" aria-label="Open search"><svg></svg></button></div></header>
<div class="ad-container ad-container--top min-h-[250px]"><span class="ad-label">Advertisement</span><div id="gizmodo-top-1"></div></div>
<main id="main" class="site-main"><article id="post-2000689411" class="post-2000689411 post type-post status-publish category-science">
<header class="entry-header max-w-3xl mx-auto"><div class="entry-categories text-xs uppercase font-bold tracking-wider">
<a href="https://gizmodo.com/science" rel="category tag">Science</a></div>
<h1 class="entry-title font-serif text-4xl leading-tight">${gzTitle}</h1><p class="entry-excerpt text-lg text-gray-600">${gzDek}</p>
<div class="entry-meta flex items-center gap-3 text-sm"><img class="rounded-full" src="https://gizmodo.com/app/uploads/2024/06/imv.jpg" alt="" width="40">
<div><span class="byline">By <a class="url fn n" href="https://gizmodo.com/author/imorenovance">Isaac Moreno-Vance</a></span>
<div class="flex gap-2 text-gray-500"><time class="entry-date published" datetime="2025-11-24T09:05:12-05:00">Published November 24, 2025</time>
<span aria-hidden="true">|</span><span class="reading-time">Reading time 4 minutes</span>
<span aria-hidden="true">|</span><a href="#comments" class="comments-link">Comments (23)</a></div></div></div>
<div class="share-buttons flex gap-2" role="group" aria-label="Share this article">
<a class="share-button" href="#" aria-label="Share on Facebook"><svg></svg></a>
<a class="share-button" href="#" aria-label="Share on X"><svg></svg></a><a class="share-button" href="#" aria-label="Share on Reddit"><svg></svg></a>
<button class="share-button copy-link" data-copied="Copied!"><span class="sr-only">Copy link</span><svg></svg></button></div></header>
<figure class="wp-block-image size-full featured-image"><img fetchpriority="high" src="https://gizmodo.com/app/uploads/2025/11/asteroid-moon-illustration.jpg"
alt="Illustration of a small asteroid with a moon" width="1200" height="675"><figcaption class="wp-element-caption">An artist’s impression of a ` +
  `binary asteroid. © ESA / Science Office</figcaption></figure>
<div class="entry-content prose max-w-3xl mx-auto">
${gzBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${gzH1}</h2>
${gzBody2.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="wp-block-embed is-type-rich is-provider-bluesky-social wp-block-embed-bluesky-social"><div class="wp-block-embed__wrapper">
<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x7f2/app.bsky.feed.post/3lbq"><p lang="en">${gzEmbed}</p>${gzEmbedBy}</blockquote>
<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script></div></figure>
<div class="ad-container ad-container--incontent"><span class="ad-label">Advertisement</span><div id="gizmodo-incontent-1"></div></div>
<h2 class="wp-block-heading">${gzH2}</h2>
${gzBody3.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<aside class="newsletter-box bg-gray-100 p-6 max-w-3xl mx-auto"><h3 class="font-bold">Daily Newsletter</h3>
<p>Get the best tech, science, and culture news in your inbox daily.</p><form><label class="sr-only" for="nl-email">Email address</label>
<input id="nl-email" type="email" placeholder="Enter your email"><button type="submit">Sign me up</button></form>
<p class="text-xs">By signing up, you agree to our Terms and Privacy Policy.</p></aside>
<footer class="entry-footer max-w-3xl mx-auto"><div class="post-tags"><span class="tags-title">Explore more on these topics</span>
<ul class="tags-list">${links(gzTags, 'tag')}</ul></div></footer></article>
<section id="comments" class="comments-area max-w-3xl mx-auto"><h2 class="comments-title">Comments</h2>
<div data-spot-im-module="conversation" data-post-id="2000689411"><p class="openweb-prompt">Join the conversation and share your thoughts.</p>
<button class="openweb-load">Show comments (23)</button></div></section>
<aside class="trending-stories"><h2 class="section-title">Trending Stories</h2><ol>${links(gzTrending, 'trending-item')}</ol></aside>
<section class="more-from"><h2 class="section-title">More From Gizmodo</h2><ul class="grid grid-cols-3">${links(gzMore, 'card')}</ul></section></main>
<div id="cmp-dialog" role="dialog" aria-modal="true" aria-label="Privacy choices"
class="fixed bottom-0"><p>We and our partners store and access information on ` +
  `your device to deliver personalised ads and content.</p><button class="cmp-accept">Accept</button><button class="cmp-reject">Reject all</button>
<button class="cmp-options">More options</button></div>
<footer class="site-footer bg-black text-white"><div class="footer-tagline">Gizmodo: the future is here.</div><ul class="footer-menu">${links(gzFoot)}</ul>
<p class="copyright">© 2025 Gizmodo. All rights reserved.</p></footer>
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id=0000&amp;ev=PageView&amp;noscript=1" alt=""></noscript></body></html>`;
export const gizmodoArticle: TestPage = {
  html: gzHtml,
  name: 'heldout52-gizmodo-article',
  kind: 'news',
  // the dek is body; the two h2s are the headings; "Isaac Moreno-Vance" and the published date are bylines ("By" in
  // neither); the embedded Bluesky post is quoted material inside the story (it repeats the observer's words), so it is in
  // neither list, with its handle line; category label, reading time, comment count, lead caption, ad labels, newsletter box,
  // tags, comments prompt, "Trending Stories", "More From Gizmodo", the cookie dialog, header and footer are furniture;
  // the tags "Asteroids" and "Planetary defense" are body words: left out
  title: gzTitle,
  headings: [gzH1, gzH2],
  body: [gzDek, ...texts(gzBody1), ...texts(gzBody2), ...texts(gzBody3)],
  bylines: ['Isaac Moreno-Vance', 'Published November 24, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gzNav, 'Newsletter', 'Advertisement', 'Reading time 4 minutes', 'Comments (23)',
    'An artist’s impression of a binary asteroid. © ESA / Science Office', 'Daily Newsletter',
    'Get the best tech, science, and culture news in your inbox daily.', 'Email address', 'Sign me up',
    'By signing up, you agree to our Terms and Privacy Policy.', 'Explore more on these topics', 'Astronomy', 'Citizen science', 'Comments',
    'Join the conversation and share your thoughts.', 'Show comments (23)', 'Trending Stories', ...gzTrending, 'More From Gizmodo', ...gzMore,
    'We and our partners store and access information on your device to deliver personalised ads and content.', 'Accept', 'Reject all',
    'More options', 'Gizmodo: the future is here.', ...gzFoot, '© 2025 Gizmodo. All rights reserved.',
  ],
};
