import { links, ps, type TestPage, texts } from './page-kit.js';
import { wix } from './pages-heldout449-e2.js';
import { j } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file e: a speaker bio page of a developer conference's site built with Next.js (the __next root with
 * CSS-module class names, a ticket announcement bar, the header navigation, the speaker hero with company and social links,
 * the bio, the session card with time and room, a short interview, an "Other speakers" rail, the sponsor strip, a
 * newsletter call, the footer and the __NEXT_DATA__ script) and, from file e2, an actor's CV page on Wix.
 */
const title = 'Priyanka Oduya-Stroud';
const h = ['About Priyanka', 'Talk', 'Offline first is a promise: what we learned shipping to 40,000 field nurses', 'Three questions for Priyanka'];
const bio = [
  j(
    'Priyanka is a principal engineer at Kestrel Health, where she leads the mobile platform team behind the app that community',
    'nurses use on home visits. The app has to work in basements, on ferries and in villages where the nearest mast is a hill away,',
    'so her team treats the network as a rumour rather than a fact.',
  ),
  j(
    'Before Kestrel she spent six years at a payments company building sync engines for point-of-sale terminals, and she still',
    'has opinions about clocks. She has spoken at meetups across the Baltic region and co-organises the Lindmoor web performance',
    'evenings. Outside work she restores old sewing machines and swims in cold lakes.',
  ),
];
const abstract = [
  j(
    'Offline support is easy to demo and hard to keep. In this talk Priyanka walks through four years of running an offline-first',
    'app for nurses: the sync conflicts that only happened on night shifts, the storage quota that silently deleted drafts on',
    'one brand of tablet, and the day a timezone change made every visit look overdue.',
  ),
  j(
    'You will leave with a checklist for testing offline behaviour before your users do, and a clear idea of which promises',
    'to make to your users and which to avoid.',
  ),
];
const qa = [
  '<strong>What should every web developer try once?</strong> Turn off the network for a whole working day and use your own product.',
  j(
    '<strong>What is the most underrated browser API?</strong> The storage estimate API. Knowing how much room you have left',
    'changes how you design drafts.',
  ),
  '<strong>What are you looking forward to at the conference?</strong> The hallway track, and the sauna on the ferry home.',
];
const nav = ['Schedule', 'Speakers', 'Workshops', 'Venue', 'Sponsors', 'Code of conduct'];
const others: [string, string][] = [
  ['Joaquim Veldhuis', 'The CSS you can delete today'],
  ['Amara Whitlock-Sen', 'Accessible charts without a chart library'],
  ['Tomasz Ekwueme', 'Edge caching for people who hate caches'],
];
const sponsors = ['Gold sponsors', 'Northwind Cloud', 'Fjordpay', 'Silver sponsors', 'Lumen Labs', 'Tidepool'];
const foot = ['About the conference', 'Past editions', 'Accessibility', 'Privacy', 'Contact'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Priyanka Oduya-Stroud · Speakers · Harbourline JS 2026</title><meta name="description" content="Principal engineer at Kestrel Health. Talk: Offline
first is a promise."/><meta property="og:title" content="Priyanka Oduya-Stroud at Harbourline JS 2026"/><meta property="og:type" content="profile"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="next-head-count" content="7"/>
<link rel="preload" href="/_next/static/css/8d1b6a5f2c0e94a7.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8d1b6a5f2c0e94a7.css"
data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4f1d0c2a8e6b3a91.js" defer=""></script><script src="/_next/static/chunks/framework-0c7baedefba6b077.js"
defer=""></script><script src="/_next/static/chunks/pages/speakers/%5Bslug%5D-2b7c1e94d0a3f6e8.js" defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Harbourline JS 2026","startDate":"2026-06-11","location":{"@type":
"Place","name":"Harbour Hall, Lindmoor"},"performer":{"@type":"Person","name":"Priyanka Oduya-Stroud"}}</script></head>
<body><div id="__next"><div class="Banner_banner__Qx2kP" role="region" aria-label="Announcement"><p>Early bird tickets end on 30 April.
<a href="/tickets">Get your ticket</a></p></div>
<header class="Header_header__3fT9a"><a class="Header_logo__mZ1c8" href="/">Harbourline JS</a><nav class="Header_nav__k2PvR" aria-label="Main"><ul>
${links(nav, 'Header_item__aB7q1')}</ul></nav><a class="Button_button__x1Wq3 Button_primary__9LmTf" href="/tickets">Tickets</a></header>
<main class="Layout_main__Zr4sE"><nav class="Breadcrumbs_crumbs__J6nGd" aria-label="Breadcrumb"><ol><li><a href="/speakers">Speakers</a></li><li
aria-current="page">Priyanka Oduya-Stroud</li></ol></nav>
<section class="Speaker_hero__Tg8bW"><div class="Speaker_photo__d0Kx2"><img alt="Priyanka Oduya-Stroud" loading="lazy" width="320" height="320"
decoding="async" data-nimg="1" style="color:transparent" srcSet="/_next/image?url=%2Fspeakers%2Fpriyanka.jpg&amp;w=384&amp;q=75 1x"
src="/_next/image?url=%2Fspeakers%2Fpriyanka.jpg&amp;w=640&amp;q=75"/></div><div class="Speaker_intro__H5rLc"><h1 class="Speaker_name__u3Vne">${title}</h1>
<p class="Speaker_role__Lq0Zs">Principal Engineer, Kestrel Health</p><ul class="Speaker_social__p7YhC"><li><a href="https://mastodon.example/@priyanka"
aria-label="Mastodon">Mastodon</a></li><li><a href="https://github.com/priyanka-os">GitHub</a></li><li><a href="https://priyanka.example">Website</a></li>
</ul></div></section>
<section class="Speaker_bio__x7Kq2"><h2 class="Heading_h2__Vd3Rf">${h[0]}</h2>
${ps(bio)}
</section>
<section class="Speaker_sessions__N1bYe"><h2 class="Heading_h2__Vd3Rf">${h[1]}</h2><article class="SessionCard_card__f3Gh8"><div
class="SessionCard_meta__r9Kd1"><span class="SessionCard_track__Mx2aT">Main stage</span><time dateTime="2026-06-11T14:30:00+03:00">Thursday 11 June,
14:30 – 15:10</time><span class="SessionCard_room__b7Qp0">Harbour Hall</span></div><h3 class="SessionCard_title__Ck6uZ">${h[2]}</h3>
${ps(abstract, ' class="SessionCard_abstract__o4LmE"')}
<a class="SessionCard_link__Wq8eP" href="/schedule#offline-first">Add to my schedule</a></article></section>
<section class="Speaker_qa__T2cVn"><h2 class="Heading_h2__Vd3Rf">${h[3]}</h2>
${ps(qa)}
</section>
<aside class="OtherSpeakers_rail__u8Hs3"><h2 class="Heading_h2__Vd3Rf">Other speakers</h2><ul>
${others
  .map(
    ([n, t]) => `<li class="OtherSpeakers_item__c1Ga9"><a href="/speakers/${n.toLowerCase().replace(/ /g, '-')}"><span
class="OtherSpeakers_name__V0dP2">${n}</span><span class="OtherSpeakers_talk__Rk3Lf">${t}</span></a></li>`,
  )
  .join('\n')}
</ul><a href="/speakers">See all 42 speakers</a></aside>
<section class="Sponsors_strip__e5MzA" aria-label="Sponsors">${sponsors.map((s, i) => (i % 3 === 0 ? `<h4>${s}</h4>` : `<span>${s}</span>`)).join('')}</section>
<section class="Newsletter_box__Hp7xN"><h2>Get the programme updates</h2><p>One email when the schedule changes. Nothing else.</p><form><label
for="nl-email">Email</label><input id="nl-email" type="email" placeholder="you@example.com"/><button type="submit">Subscribe</button></form></section></main>
<footer class="Footer_footer__w2Lp6"><ul>${links(foot)}</ul><p>Harbourline JS is a non-profit community conference. © 2026 Harbourline JS Association.</p>
</footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"speaker":{"slug":"priyanka-oduya-stroud","name":"Priyanka Oduya-Stroud",
"company":"Kestrel Health","sessionIds":["offline-first"]}},"__N_SSG":true},"page":"/speakers/[slug]","query":{"slug":"priyanka-oduya-stroud"},
"buildId":"hjs26-b41","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout449-nextjs-speaker-blog',
  kind: 'blog',
  html,
  title,
  headings: h,
  body: texts([...bio, ...abstract, ...qa]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Early bird tickets end on 30 April.', 'Get your ticket', 'Harbourline JS', ...nav, 'Tickets', 'Principal Engineer, Kestrel Health', 'Mastodon',
    'GitHub', 'Website', 'Main stage', 'Thursday 11 June, 14:30 – 15:10', 'Harbour Hall', 'Add to my schedule', 'Other speakers', ...others.flat(),
    'See all 42 speakers', ...sponsors, 'Get the programme updates', 'One email when the schedule changes. Nothing else.', 'Email', 'Subscribe', ...foot,
    'Harbourline JS is a non-profit community conference. © 2026 Harbourline JS Association.',
  ],
};

export const HELDOUT449_E: readonly TestPage[] = [nextjs, wix];
