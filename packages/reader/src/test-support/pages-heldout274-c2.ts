import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file c2: a local TV station's breaking-news live blog on WordPress with
 * the Liveblog plugin (the station theme's header with "Watch Live" and weather widget, the
 * article's "Posted:" / "Updated:" lines and author, the plugin's key-events widget, entries with
 * relative and clock times, author avatars and "Share" tools, "Load more entries", the "Trending
 * Stories" and "Don't Miss" rails, the newsletter box, the ad labels and the copyright footer).
 */
const wTitle = 'LIVE UPDATES: Gas leak forces evacuation of downtown Millbrook blocks';
const wIntro = paras(`
Crews from Millbrook Fire Rescue and Tri-County Gas are working to stop a natural gas leak near the corner of Fourth Street and
Canal Avenue. Follow along below for the latest updates.
`);
interface WEntry {
  id: string;
  ago: string;
  clock: string;
  by: string;
  key?: string;
  p: string[];
}
const wEntries: WEntry[] = [
  {
    id: '40231',
    ago: '12 minutes ago',
    clock: '6:41 PM',
    by: 'Jenna Morales',
    key: 'Residents allowed home',
    p: paras(`
Residents of the Canal Lofts and the apartments along Fourth Street are being allowed back into their homes, police say.
Businesses on the 400 block of Canal Avenue will stay closed until tomorrow morning.

Tri-County Gas says service to about 60 customers will be restored overnight. Technicians will need to relight pilot lights
in each home, so the company asks residents to stay nearby if they can.
`),
  },
  {
    id: '40219',
    ago: '1 hour ago',
    clock: '5:30 PM',
    by: 'Marcus Bell',
    key: 'Leak capped',
    p: paras(`
Fire Chief Ramona Ortiz says the leak has been capped. A contractor's excavator struck a two-inch gas line while digging a
trench for new fiber cable, she told reporters at the command post.

"Our crews did exactly what they train for," Ortiz said. "Nobody was hurt, and that is the outcome we want every time."
`),
  },
  {
    id: '40202',
    ago: '2 hours ago',
    clock: '4:52 PM',
    by: 'Jenna Morales',
    p: paras(`
Our crew at the scene says traffic is backed up on Route 9 heading into downtown. Drivers should use Lakeshore Boulevard instead.
The Millbrook Transit buses on lines 3 and 7 are being detoured around the area.
`),
  },
  {
    id: '40188',
    ago: '3 hours ago',
    clock: '3:58 PM',
    by: 'Marcus Bell',
    key: 'Evacuation ordered',
    p: paras(`
Police have ordered everyone out of the buildings on two blocks of Fourth Street and Canal Avenue. A shelter has been opened at
the Millbrook Community Center on Ash Street, where the Red Cross is handing out water and snacks.

Millbrook Elementary, which sits just outside the evacuation zone, held students inside until parents could pick them up through
the back entrance on Birch Lane.

If you live in the area and smell gas, leave the building first and then call 911 from a safe distance. Do not use light switches,
phones or anything else that could cause a spark while you are still inside.
`),
  },
];
const wBody = [...texts(wIntro), ...wEntries.flatMap((e) => texts(e.p))];
const wNav = ['News', 'Weather', 'Traffic', 'Sports', 'Video', 'Community Calendar', 'Contests', 'Contact Us'];
const wTrend = ['Millbrook police name new chief', 'Storm damage closes county park trails', 'High school band heads to national finals'];
const wMiss = ['Best pizza in the valley: viewers vote', 'How to spot a utility scam call'];
const wFoot = [
  'About Us',
  'Careers',
  'EEO Report',
  'FCC Applications',
  'Public File',
  'Privacy Policy',
  'Terms of Use',
  'Do Not Sell or Share My Personal Information',
];
const wEntry = (e: WEntry): string => `<article id="id_${e.id}" class="liveblog-entry ${e.key ? 'is-key-event' : ''}">
<aside class="liveblog-entry-aside"><a class="liveblog-meta-time" href="#${e.id}"><span>${e.ago}</span><span>${e.clock}</span></a></aside>
<div class="liveblog-entry-main"><header class="liveblog-meta"><div class="liveblog-meta-authors"><div class="liveblog-meta-author">
<div class="liveblog-meta-author-avatar"><img alt="" src="https://secure.gravatar.example/avatar/${e.id}?s=30" class="avatar avatar-30"></div>
<span class="liveblog-meta-author-name">${e.by}</span></div></div></header>
<div class="liveblog-entry-content">${e.p.map((x) => `<p>${x}</p>`).join('\n')}</div>
<footer class="liveblog-entry-tools"><a class="liveblog-entry-share" href="#${e.id}">Share</a></footer></div></article>`;
const wHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${wTitle} | WKRX 7 News</title>
<meta name="robots" content="max-image-preview:large"><link rel="stylesheet" id="liveblog-css" href="/wp-content/plugins/liveblog/assets/app.css">
<meta property="og:title" content="${wTitle}"><meta property="og:site_name" content="WKRX 7 News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${wTitle}",
"datePublished":"2026-05-12T15:58:00-05:00","author":{"@type":"Person","name":"Marcus Bell"}}</script>
<script id="liveblog_settings">var liveblog_settings = {"post_id":"1184021","refresh_interval":"10","key_events":true};</script></head>
<body class="post-template-default single single-post postid-1184021 single-format-standard">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-header__top"><a href="/watch-live/" class="site-header__live">Watch Live</a>
<div class="weather-widget"><span class="weather-widget__temp">71°</span><span>Millbrook, OH</span></div></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(wNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-1184021" class="post-1184021 post type-post status-publish">
<header class="article-header"><div class="article-list__article-breaking">BREAKING NEWS</div>
<h1 class="article-title">${wTitle}</h1>
<div class="article-authors"><p class="article-authors__byline">by: <a href="/author/marcus-bell/">Marcus Bell</a>,
<a href="/author/jenna-morales/">Jenna Morales</a></p></div>
<p class="article-info"><span>Posted: May 12, 2026 / 03:58 PM CDT</span> <span>Updated: May 12, 2026 / 06:41 PM CDT</span></p>
<div class="article-share"><a href="#">Share</a><a href="#">Email</a></div></header>
<div class="article-content article-body rich-text">${wIntro.map((x) => `<p>${x}</p>`).join('')}
<div class="ad-unit"><span class="ad-unit__label">Advertisement</span></div>
<div id="wpcom-liveblog-container" class="liveblog-container" data-post-id="1184021">
<div class="liveblog-key-events"><h3 class="liveblog-key-events-title">Key Events</h3><ul>${wEntries
  .filter((e) => e.key)
  .map((e) => `<li class="liveblog-key-event"><a href="#id_${e.id}">${e.key}</a></li>`)
  .join('')}</ul></div>
<div class="liveblog-feed">${wEntries.map(wEntry).join('\n')}</div>
<button class="liveblog-btn liveblog-load-more">Load more entries</button></div>
<div class="newsletter-signup"><h3>Get the WKRX 7 Breaking News email</h3><p>Sign up to get alerts on breaking news in your inbox.</p>
<button>Sign Up</button></div>
<p class="article-copyright">Copyright 2026 Redwater Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or
redistributed.</p></div></article></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Trending Stories</h2><ul>${links(wTrend)}</ul></section>
<section class="widget"><h2 class="widget-title">Don't Miss</h2><ul>${links(wMiss)}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><ul>${links(wFoot)}</ul><p>© 1998 - 2026 Redwater Media Inc. | All Rights Reserved.</p></footer></div>
<script src="/wp-content/plugins/liveblog/assets/app.js" id="liveblog-js"></script></body></html>`;
export const wpLiveblog: TestPage = {
  name: 'heldout274-wordpress-liveblog-tv-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: [
    ...wEntries.map((e) => e.ago),
    ...wEntries.map((e) => e.clock),
    'Marcus Bell',
    'Jenna Morales',
    'by: Marcus Bell, Jenna Morales',
    'Posted: May 12, 2026 / 03:58 PM CDT',
    'Updated: May 12, 2026 / 06:41 PM CDT',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Watch Live', '71°', 'Millbrook, OH', ...wNav, 'BREAKING NEWS', 'Share', 'Email', 'Advertisement', 'Key Events',
    ...wEntries.filter((e) => e.key).map((e) => e.key ?? ''), 'Load more entries', 'Get the WKRX 7 Breaking News email',
    'Sign up to get alerts on breaking news in your inbox.', 'Sign Up',
    'Copyright 2026 Redwater Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
    'Trending Stories', ...wTrend, "Don't Miss", ...wMiss, ...wFoot, '© 1998 - 2026 Redwater Media Inc. | All Rights Reserved.',
  ],
};
