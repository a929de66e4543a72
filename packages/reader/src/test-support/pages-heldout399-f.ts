import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout399-kit.js';

/**
 * Held-out batch 399, file f: an invasive species alert on a Next.js site styled with Tailwind (the __next root, header and
 * mobile menu, alert badge, "Report a sighting" button, related alerts, the __NEXT_DATA__ script) and a volunteer work party
 * report as a Discourse topic on a community forum (sidebar, category badge and tags, posts with user names and relative dates,
 * like buttons, the topic map, timeline, "Suggested Topics" table and the footer).
 */
const aTitle = 'Alert: water primrose found in the Bellmead Canal';
const aBody = [
  j(
    'Floating water primrose, one of the most damaging aquatic invasive plants in the world, has been confirmed in a two-mile stretch',
    'of the Bellmead Canal between Lock 9 and the Harlan Street bridge. This is the first record of the plant in the state.',
  ),
  j(
    'The plant was reported on August 19 by a kayaker who uploaded photos to our sighting app. Council staff confirmed the',
    'identification the next day and have since mapped about 40 patches, the largest roughly the size of a tennis court.',
  ),
  'How to recognize it',
  'Bright yellow flowers with five petals, about an inch across, held above the water from June to October.',
  'Glossy, willow-shaped leaves on reddish stems that float or creep along the bank.',
  'Dense floating mats that can cover the whole width of a slow-moving channel.',
  'Why it matters',
  j(
    'Water primrose grows fast and spreads from tiny stem fragments. Its mats block light, starve the water of oxygen, choke out',
    'native plants and make canals and ponds impossible to paddle or fish. Once established in a river system, it is almost',
    'impossible to eradicate; the goal now is to remove it before it reaches the Harlan River.',
  ),
  'What you can do',
  j(
    'Do not pull or cut the plant yourself: fragments break off and start new patches downstream. If you paddle or fish on the',
    'canal, clean, drain and dry your boat and gear before you launch anywhere else, and check trailers for plant material.',
  ),
  j(
    'If you think you have seen water primrose anywhere outside the canal, take a photo and report it with the location. Early',
    'reports give crews the best chance of removing new patches completely.',
  ),
  j(
    'Crews will begin hand removal and suction harvesting in the canal next week. Parts of the towpath may be closed for short',
    'periods while the work takes place, and the Lock 9 boat launch will be closed until further notice.',
  ),
];
const aNav = ['Species', 'Alerts', 'Report a sighting', 'Resources', 'About us'];
const aRelated = ['Hydrilla confirmed in Lake Odessa', 'Spotted lanternfly quarantine expanded', 'Zebra mussels: boat inspection stations open'];
const aH = (t: string): string => `<h2 class="mt-10 mb-4 text-2xl font-semibold tracking-tight text-slate-900">${t}</h2>`;
const aP = (xs: readonly string[]): string => ps(xs, ' class="mb-5 leading-7 text-slate-700"');
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${aTitle} | Harlan State Invasive Species Council</title><meta name="description" content="Water primrose confirmed in the Bellmead Canal."/>
<meta property="og:type" content="article"/><link rel="preload" href="/_next/static/css/8a1f2e6c.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8a1f2e6c.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-08-23"}</script>
<script src="/_next/static/chunks/webpack-3c7e.js" defer=""></script><script src="/_next/static/chunks/pages/_app-91b0.js" defer=""></script></head>
<body><div id="__next"><div class="flex min-h-screen flex-col"><header class="sticky top-0 z-40 border-b bg-white/90 backdrop-blur">
<div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4"><a class="flex items-center gap-2 font-bold text-emerald-800" href="/">
<span>Harlan Invasives</span></a><nav class="hidden gap-6 md:flex">${aNav
  .map(
    (t) => `<a class="text-sm font-medium text-slate-600 hover:text-emerald-700"
href="/${t.toLowerCase()}">${t}</a>`,
  )
  .join('\n')}</nav><button class="md:hidden" aria-label="Open menu"><span class="sr-only">Open menu</span></button>
</div></header><main class="flex-1"><article class="mx-auto max-w-3xl px-4 py-10"><div class="mb-4 flex items-center gap-3">
<span class="rounded-full bg-red-100 px-3 py-1 text-xs font-semibold uppercase text-red-800">New detection</span>
<span class="text-xs text-slate-500">Aquatic plants</span></div>
<h1 class="text-4xl font-extrabold tracking-tight text-slate-900">${aTitle}</h1>
<div class="mt-3 flex gap-4 text-sm text-slate-500"><time dateTime="2026-08-23">August 23, 2026</time><span>Updated August 27, 2026</span>
<span>By the Council's Aquatic Team</span></div>
<div class="my-8 rounded-lg border border-amber-300 bg-amber-50 p-4"><p class="font-semibold text-amber-900">Seen it? Report a sighting</p>
<a class="mt-2 inline-block rounded bg-emerald-700 px-4 py-2 text-white" href="/report">Report now</a></div>
<div class="prose prose-slate max-w-none">
${aP(aBody.slice(0, 2))}
<figure class="my-8"><img alt="Yellow flowers on a floating mat" src="/_next/image?url=%2Fimg%2Fprimrose.jpg&amp;w=1200&amp;q=75" loading="lazy"/>
<figcaption class="mt-2 text-sm text-slate-500">Water primrose mats near Lock 9. Photo: Harlan Invasives</figcaption></figure>
${aH(aBody[2] ?? '')}<ul class="list-disc pl-6">${lis(aBody.slice(3, 6), 'mb-2')}</ul>
${aH(aBody[6] ?? '')}
${aP(aBody.slice(7, 8))}
${aH(aBody[8] ?? '')}
${aP(aBody.slice(9))}
</div><div class="mt-10 flex gap-3 border-t pt-6 text-sm"><span class="text-slate-500">Share this alert</span>
<button class="underline">Copy link</button><button class="underline">Email</button></div></article>
<section class="bg-slate-50 py-10"><div class="mx-auto max-w-3xl px-4"><h2 class="mb-4 text-lg font-semibold">Related alerts</h2>
<ul class="space-y-2">${links(aRelated, 'text-emerald-800')}</ul></div></section></main>
<footer class="border-t bg-slate-900 py-8 text-slate-300"><div class="mx-auto max-w-6xl px-4 text-sm"><p>Harlan State Invasive Species Council</p>
<p>Funded by the Department of Natural Resources.</p></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"alert":{"slug":"water-primrose-bellmead","severity":"new"}}},"page":"/alerts/[slug]",
"query":{"slug":"water-primrose-bellmead"},"buildId":"q8T3xNn2","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const next: TestPage = {
  name: 'heldout399-nextjs-invasive-alert-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [aBody[2] ?? '', aBody[6] ?? '', aBody[8] ?? ''],
  body: texts([...aBody.slice(0, 2), ...aBody.slice(3, 6), aBody[7] ?? '', ...aBody.slice(9)]),
  bylines: ['August 23, 2026', 'Updated August 27, 2026', "By the Council's Aquatic Team"],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harlan Invasives', ...aNav, 'Open menu', 'New detection', 'Aquatic plants', 'Seen it? Report a sighting', 'Report now',
    'Water primrose mats near Lock 9. Photo: Harlan Invasives', 'Share this alert', 'Copy link', 'Email', 'Related alerts', ...aRelated,
    'Harlan State Invasive Species Council', 'Funded by the Department of Natural Resources.',
  ],
};

const dTitle = 'Work party report: hedge laying at Coldharbour Lane, 8 February';
const dPosts = [
  [
    j(
      'Fourteen of us turned out on Saturday despite the forecast, and the rain held off until we were packing up. A big welcome to',
      'our three first-timers, who were laying pleachers like old hands by lunchtime.',
    ),
    j(
      'We laid about 45 metres of the old hawthorn hedge along the north side of the lane, in the Midland style, and staked and',
      'bound it with hazel from the coppice plot. That finishes the first section of the hedge restoration we started in December.',
    ),
    'What we got done:',
    '45 m of hedge laid, staked and bound.',
    'Two bonfires of brash burned down safely.',
    'About 60 hazel stakes and 120 binders cut for the next session.',
    j(
      'The next work party is on 22 February, finishing the hedge up to the field gate. Tools, gloves and tea provided; bring a packed',
      'lunch and boots you do not mind ruining.',
    ),
  ],
  [
    j(
      'Great day, thanks all. For anyone wondering why we leave the laid hedge looking so bare: the cut stems will sprout along their',
      'whole length this spring, and by summer it will be thick at the bottom, which is exactly what the dormice and nesting birds need.',
    ),
    j(
      'A laid hedge like this should not need laying again for thirty years or so, as long as it is trimmed every couple of years',
      'and not flailed hard every autumn.',
    ),
  ],
  ['Really enjoyed my first session. Is there a minimum number of sessions before we can have a go with the billhooks on our own?'],
  [
    j(
      'No minimum, but we ask everyone to do the tool safety talk first. We run it at the start of every work party, so just come',
      'ten minutes early next time and grab one of us. After that, you will work alongside one of the experienced layers for a',
      'session or two until you feel confident. Nobody is ever left to struggle on their own, and you can always ask.',
    ),
  ],
] as const;
const dUsers = [
  ['hedgewarden_sam', 'Feb 8'],
  ['ThomasBurr', 'Feb 9'],
  ['Ifeoma_N', 'Feb 9'],
  ['hedgewarden_sam', 'Feb 10'],
] as const;
const dSide = ['Topics', 'My Posts', 'More', 'Work parties', 'Sightings', 'General', 'All categories'];
const dSuggest = ['Work party report: pond clearance at Ash Bottom', 'Coppice rotation plan for 2026-27', 'Lost: red flask, left at Cobb Wood'];
const post = (i: number): string => `<article id="post_${i + 1}" aria-label="post #${i + 1} by @${dUsers[i]?.[0]}" role="region" data-post-id="${880 + i}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/x"
aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/${i}.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${i}" data-user-card="${i}">${dUsers[i]?.[0]}</a></span></div><div class="post-infos">
<div class="post-info post-date"><a class="widget-link post-date" href="/t/work-party-report/412/${i + 1}">
<span class="relative-date">${dUsers[i]?.[1]}</span></a>
</div></div></div><div class="regular contents"><div class="cooked">
${i === 0 ? `${ps(dPosts[0].slice(0, 3))}<ul>${lis(dPosts[0].slice(3, 6))}</ul>${ps(dPosts[0].slice(6))}` : ps(dPosts[i] ?? [])}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="widget-button btn-flat button-count like-count">${[6, 3, 2, 2][i]}</button><button class="widget-button btn-flat toggle-like like no-text
btn-icon" title="like this post"></button></div><button class="widget-button btn-flat reply create fade-out btn-icon-text" title="Begin composing a reply">
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${dTitle} - Work parties - Coldharbour Conservation Volunteers</title><meta name="description" content="Fourteen of us turned out on Saturday">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 4d2b">
<link rel="canonical" href="https://forum.coldharbourcv.example/t/412">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"datePublished":"2026-02-08T18:12:00Z"}</script>
<script defer src="/assets/discourse-4d2b.js" data-discourse-entrypoint="discourse"></script><meta id="data-discourse-setup" data-cdn="" data-base-url="">
</head><body class="crawler-view-disabled archetype-regular category-work-parties"><section id="main" class="ember-application"><div class="ember-view">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img id="site-logo" class="logo-big"
src="/uploads/logo.png" alt="Coldharbour Conservation Volunteers"></a></div><div class="panel"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button">Sign Up</button><button class="btn btn-small login-button">Log In</button></span></div></div></div>
</header><div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<ul class="sidebar-section-content">${links(dSide, 'sidebar-section-link-wrapper')}</ul></section></div>
<div id="main-outlet"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="412"><a href="/t/412" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category__name">Work parties</span></span>
<div class="list-tags"><a href="/tag/hedgelaying" class="discourse-tag simple">hedgelaying</a>
<a href="/tag/report" class="discourse-tag simple">work-party-report</a></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="412"><div class="posts-wrapper">
${post(0)}
<div class="topic-map"><section class="map"><ul><li><h4>created</h4><span class="relative-date">Feb 8</span></li><li><h4>last reply</h4>
<span class="relative-date">Feb 10</span></li><li><span class="number">3</span><h4>replies</h4></li><li><span class="number">212</span><h4>views</h4></li></ul>
</section></div>
${[1, 2, 3].map(post).join('\n')}
</div></section><div class="topic-timeline"><div class="timeline-scrollarea"><div class="timeline-replies">1 / 4</div></div></div></div></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>
${dSuggest
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a class="title raw-link" href="/t/${i}">${t}</a></td>
<td class="num posts-map"><span class="number">${i + 4}</span></td><td class="num activity"><span class="relative-date">Jan ${i + 12}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="custom-footer"><p>Coldharbour Conservation Volunteers is part of the Coldharbour Parish Trust.</p>
<ul>${links(['Code of conduct', 'Privacy', 'Main website'])}</ul><p class="powered-by-link">Powered by Discourse</p></footer></div></section>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout399-discourse-work-party-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flat()),
  bylines: ['hedgewarden_sam', 'ThomasBurr', 'Ifeoma_N', 'Feb 8', 'Feb 9', 'Feb 10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dSide, 'hedgelaying', 'work-party-report', 'Reply', 'created', 'last reply', 'replies', 'views', '212', '1 / 4',
    'Suggested Topics', ...dSuggest, 'Jan 12', 'Jan 13', 'Jan 14',
    'Coldharbour Conservation Volunteers is part of the Coldharbour Parish Trust.', 'Code of conduct', 'Privacy', 'Main website', 'Powered by Discourse',
  ],
};

export const HELDOUT399_F: readonly TestPage[] = [next, discourse];
