import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file b2: a local TV station's story on a Nexstar-style WordPress VIP template with an embedded X post
 * (the blockquote fallback as saved) and an Instagram embed (its "View this post on Instagram" and "A post shared by"
 * lines), each with the station's caption under it (weather alert bar, header nav and "Watch Live", the video player's
 * "Now Playing" block, byline and dates, share buttons, an inline "Read more" list, ad labels, "Copyright" line, "Trending
 * stories", the footer and the consent dialog).
 */
const title = 'Red panda that slipped out of Lakemont Zoo found napping in a neighbor’s maple tree';
const p1 = paras(`
LAKEMONT, Ohio (WLKM) — A red panda that got out of its enclosure at the Lakemont Zoo early Sunday was found about six hours later,
curled up asleep in a maple tree two streets away.

Zoo staff said Juniper, a two-year-old female, squeezed through a gap where a storm had bent part of the mesh roof over the red
panda habitat overnight. Keepers noticed she was missing during the 7 a.m. headcount.`);
const post = 'UPDATE: Juniper the red panda has been found safe on Wren Court. Thank you to everyone who called in sightings this morning!';
const postBy = '— City of Lakemont (@LakemontCity) November 30, 2026';
const p2 = paras(`
The city asked residents on the zoo's north side to keep pets indoors and call a hotline if they saw her. Dozens of calls came in,
most of them about squirrels and at least one about a fox, police spokesperson Carla Estes said.

It was a neighbor, retired teacher Walt Brennan, who spotted a "fluffy orange tail hanging out of the tree" while raking leaves in
his front yard on Wren Court.

"I thought somebody had thrown a stuffed toy up there," Brennan said. "Then the tail moved."

Keepers coaxed Juniper down with bamboo and a few pieces of apple, her favorite treat, and carried her back to the zoo in a crate.
The zoo shared a video of her return on its Instagram account.`);
const p3 = paras(`
Zoo director Anita Goswami said a vet checked Juniper on Sunday afternoon and found no injuries. "She's eating well and, honestly,
she seems pretty pleased with herself," Goswami said.

The red panda habitat will stay closed to visitors while crews replace the damaged section of roof, which should take about a week.
Goswami said the zoo would also check the roofs of its other outdoor habitats after the storm.

Red pandas are good climbers and spend much of their time in trees in the wild, where they are found in the mountain forests of
the eastern Himalayas and southwestern China. They are listed as endangered, with fewer than 10,000 thought to remain.`);
const capX = 'The city of Lakemont posted the update on X shortly after noon Sunday.';
const capIg = 'Lakemont Zoo shared video of Juniper returning to her habitat. (Instagram/@lakemontzoo)';
const igLines = ['View this post on Instagram', 'A post shared by Lakemont Zoo (@lakemontzoo)'];
const nav = ['News', 'Weather', 'Traffic', 'Sports', 'Community', 'Contests', 'Video'];
const readMore = ['Zoo’s new otter exhibit opens in the spring', 'Storm knocks out power to 12,000 in Lakemont County'];
const trending = ['School board delays vote on later start times', 'Crash closes Route 9 for four hours', 'Holiday light show returns to Heron Park'];
const foot = ['About WLKM', 'Contact Us', 'Advertise With Us', 'Public File', 'EEO Report', 'Terms of Use', 'Privacy Policy', 'Ad Choices'];
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | WLKM 8 News</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="WLKM 8 News">
<meta property="article:published_time" content="2026-11-30T19:02:11+00:00"><meta name="parsely-author" content="Jasmine Oduya">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}",
"author":[{"@type":"Person","name":"Jasmine Oduya"}],"datePublished":"2026-11-30T19:02:11+00:00"}</script>
<script>var nxsAdConfig={"siteName":"wlkm","section":"news/local"};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<link rel="stylesheet" href="https://www.wlkm.example/wp-content/themes/nexstar/client/build/css/article.css?ver=4.12"></head>
<body class="post-template-default single single-post">
<div class="site-alerts"><div class="alert-banner alert-banner--weather" role="alert"><span class="alert-banner__label">Weather Alert</span>
<a href="/weather/alerts/">Wind Advisory in effect until 7 p.m.</a></div></div>
<header class="site-header"><a class="site-header__logo" href="/"><span class="screen-reader-text">WLKM 8 News</span></a>
<nav class="site-header__nav" aria-label="Main"><ul class="menu">${links(nav, 'menu-item')}</ul></nav><a class="site-header__watch" href="/live/">Watch Live</a>
<button class="site-header__search-toggle" aria-label="Search">Search</button></header>
<main class="site-main"><article class="article article--post">
<header class="article-header"><a class="article-header__category" href="/news/local-news/">Local News</a><h1 class="article-title">${title}</h1>
<div class="article-meta"><p class="article-author">by: <a href="/author/jasmine-oduya/">Jasmine Oduya</a></p>
<p class="article-meta-item">Posted: <time datetime="2026-11-30T19:02:11+00:00">Nov 30, 2026 / 02:02 PM EST</time></p>
<p class="article-meta-item">Updated: <time datetime="2026-11-30T22:30:45+00:00">Nov 30, 2026 / 05:30 PM EST</time></p></div>
<div class="article-share"><p class="article-share__label">SHARE</p><a class="share-facebook" href="#">Share on Facebook</a>
<a class="share-x" href="#">Share on X</a><a class="share-email" href="#">Share via Email</a></div></header>
<div class="article-featured-media"><div class="video-playlist" data-nxs-player="1"><p class="video-playlist__now">Now Playing</p>
<p class="video-playlist__title">Neighbors help find missing red panda</p></div></div>
<div class="article-content article-body rich-text">
${p1.map((t) => `<p>${t}</p>`).join('\n')}
<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">${post}</p>${postBy.replace(' (@', ' (<a>@').replace(') ', '</a>) ')}
</blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>
<figcaption class="wp-element-caption">${capX}</figcaption></figure>
${p2
  .slice(0, 3)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
<div class="nxs-ad ad-unit" data-slot="mid-article"><p class="ad-unit__label">Advertisement</p><div id="acm-ad-tag-mr1"></div></div>
${p2
  .slice(3)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
<figure class="wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram"><div class="wp-block-embed__wrapper">
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/reel/DCx7kLm/?utm_source=ig_embed" data-instgrm-version="14">
<div style="padding:16px;"><a href="https://www.instagram.com/reel/DCx7kLm/" target="_blank"><div style="padding:19% 0;"></div>
<div style="padding-top:8px;"><div style="color:#3897f0;font-weight:550;">${igLines[0]}</div></div></a>
<p style="margin:8px 0 0 0;text-align:center;"><a href="https://www.instagram.com/reel/DCx7kLm/" target="_blank">${igLines[1]}</a></p></div>
</blockquote><script async src="//www.instagram.com/embed.js"></script></div><figcaption class="wp-element-caption">${capIg}</figcaption></figure>
<div class="article-list article-list--read-more"><p class="article-list__heading">Read more local news:</p><ul>${links(readMore)}</ul></div>
${p3.map((t) => `<p>${t}</p>`).join('\n')}
<p class="article-copyright"><em>Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or
redistributed.</em></p>
</div></article>
<aside class="sidebar"><section class="widget trending"><h2 class="widget__title">Trending Stories</h2><ol>${links(trending)}</ol></section>
<div class="nxs-ad ad-unit"><p class="ad-unit__label">Advertisement</p></div></aside></main>
<footer class="site-footer"><ul class="menu">${links(foot)}</ul><p class="site-footer__copyright">© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.</p>
</footer>
<div class="fc-consent-root" role="dialog" aria-modal="true"><h1 class="fc-dialog-headline">WLKM 8 News asks for your consent to use your personal data to:</h1>
<button class="fc-button fc-cta-consent">Consent</button><button class="fc-button fc-cta-manage-options">Manage options</button></div>
<script src="https://www.wlkm.example/wp-content/themes/nexstar/client/build/js/article.js?ver=4.12" defer></script></body></html>`;
export const socialEmbedStory: TestPage = {
  html,
  name: 'heldout110-nexstar-wordpress-news-social-embed',
  kind: 'news',
  // the embedded X post is quoted by the story (a blockquote in the text): its text is body and its "— City of Lakemont
  // (@...) date" attribution line in neither list; the Instagram embed's own lines and the station's captions under both
  // embeds are furniture, as are the "Read more local news" list and the copyright line in the article body
  title,
  headings: [],
  body: [...p1, post, ...p2, ...p3],
  bylines: ['by: Jasmine Oduya', 'Posted: Nov 30, 2026 / 02:02 PM EST', 'Updated: Nov 30, 2026 / 05:30 PM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Weather Alert', 'Wind Advisory in effect until 7 p.m.', 'WLKM 8 News', ...nav, 'Watch Live', 'Search', 'Local News', 'SHARE', 'Share on Facebook',
    'Share on X', 'Share via Email', 'Now Playing', 'Neighbors help find missing red panda', capX, 'Advertisement', ...igLines, capIg,
    'Read more local news:', ...readMore,
    ...texts(['Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.']),
    'Trending Stories', ...trending, ...foot, '© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.',
    'WLKM 8 News asks for your consent to use your personal data to:', 'Consent', 'Manage options',
  ],
};
