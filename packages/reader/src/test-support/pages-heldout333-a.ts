import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout333-kit.js';

/**
 * Held-out batch 333, file a: a Beehiiv post page (publication header with Subscribe / Login, subtitle, author row with
 * date and read time, share buttons, a sponsor block, "Keep Reading" cards, the subscribe footer and "Powered by beehiiv")
 * and a Buttondown archive email (newsletter header, email metadata, the sign-up box, prev / next links and footer).
 */
const bTitle = 'The slow return of the Marrowfield orchards';
const bIntro = [
  j(
    'Ten years ago the hillside above Marrowfield was mostly bramble. The old cider orchards had been grubbed out in the nineties,',
    'the packing shed was a storage unit for a tyre firm, and the only apples anyone picked came from the supermarket in Castlereigh.',
  ),
  j(
    'This week I walked the same slope with Odile Penhallow, who runs the Marrowfield Orchard Trust, and counted more than four',
    'hundred young trees in rows so straight you could sight a rifle down them. This issue is about how that happened, and why it',
    'took so much longer than anyone expected.',
  ),
];
const bH = ['Starting with the wrong trees', 'What the volunteers learned', 'The numbers so far', 'What comes next'];
const bS1 = [
  j(
    'The trust planted its first sixty trees in 2017, bought as a job lot from a nursery two counties away. Half of them died in the',
    'second winter. "We chose varieties from a catalogue because the names sounded local," Penhallow told me. "They were not local.',
    'They wanted a drier valley than ours."',
  ),
  j(
    'The fix was slow and unglamorous. Volunteers took cuttings from the handful of veteran trees that had survived in hedges and',
    'back gardens, and a retired grafter from Pollock Bridge showed them how to bud them onto hardy rootstock.',
  ),
];
const bS2 = [
  'Three lessons came up again and again when I asked the volunteers what they would tell another village:',
  '<strong>Map the old trees first.</strong> The survivors in hedgerows tell you what the soil and the frost pockets will allow.',
  '<strong>Plant fewer, water more.</strong> A tree lost in its first summer costs more than the ten you did not plant.',
  '<strong>Keep a ledger.</strong> Every tree has a tag, a variety and a planting date, written in a notebook that lives in the shed.',
];
const bS3 = ['The trust shared its ledger with me. The summary below covers the trees still standing at the end of last season.'];
const bHead = ['Planting year', 'Trees planted', 'Still standing'];
const bRows = [
  ['2017', '60', '29'],
  ['2020', '140', '131'],
  ['2023', '260', '251'],
];
const bS4 = [
  j(
    'The first real harvest is expected next autumn, and the trust has already agreed to press it at the restored shed rather than sell',
    'the fruit on. A small grant from the district council will pay for a second-hand press and a cold store.',
  ),
  j(
    'Penhallow is cautious about promising anything more. "Orchards run on a longer clock than councils do," she said. "I would rather',
    'we were still here in thirty years than famous in three."',
  ),
  'If you want to help with the winter pruning, the trust meets at the shed on the first Saturday of each month at ten.',
];
const bKeep = ['Why the Castlereigh bus timetable keeps shrinking', 'A winter walk along the old tramway', 'Inside the last cobbler on Wain Street'];
const bNav = ['Home', 'Posts', 'Archive', 'Boosts', 'Podcast'];
const bFoot = ['Home', 'Posts', 'Authors', 'Privacy policy', 'Terms of use'];
const bTable = `<div class="table-container"><table class="table"><tbody>
<tr>${bHead.map((c) => `<th><p class="paragraph">${c}</p></th>`).join('\n')}</tr>
${bRows.map((r) => `<tr>${r.map((c) => `<td><p class="paragraph">${c}</p></td>`).join('\n')}</tr>`).join('\n')}</tbody></table></div>`;
const bp = (xs: string[]): string => xs.map((x) => `<p class="paragraph" style="text-align:left;">${x}</p>`).join('\n');
const bh = (t: string): string => `<h2 class="heading" style="text-align:left;" id="${t.toLowerCase().replace(/\W+/g, '-')}">${t}</h2>`;
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title>
<meta name="description" content="How a village replanted its lost cider orchards, one grafted tree at a time.">
<meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="The Marrowfield Almanac">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://almanac.marrowfield.example/p/slow-return-orchards">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${bTitle}","author":[{"@type":"Person",
"name":"Tamsin Kerrow"}],"datePublished":"2026-03-04T07:00:00Z","publisher":{"@type":"Organization","name":"The Marrowfield Almanac"}}</script>
<script>window.__remixContext = {"state":{"loaderData":{"routes/p/$slug":{"publication":{"id":"pub_8c1f","name":"The Marrowfield Almanac"}}}}};</script>
</head><body class="bg-wt-background"><div class="flex min-h-screen flex-col">
<nav class="sticky top-0 z-20 w-full bg-wt-primary"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-2">
<a href="/" class="flex items-center"><span class="font-bold text-wt-text-on-primary">The Marrowfield Almanac</span></a>
<ul class="hidden items-center space-x-6 sm:flex">${links(bNav, 'text-sm')}</ul>
<div class="flex space-x-2"><a href="/login" class="rounded-wt px-3 py-1 text-sm">Login</a>
<a href="/subscribe" class="rounded-wt bg-wt-secondary px-3 py-1 text-sm">Subscribe</a></div></div></nav>
<main class="flex-grow"><div class="mx-auto max-w-2xl px-4 pt-10"><div class="space-y-2">
<h1 class="text-wt-text-on-background text-3xl font-bold sm:text-4xl">${bTitle}</h1>
<h2 class="text-wt-text-on-background text-lg opacity-75">Plus: a ledger of every tree, and where to prune this winter</h2>
<div class="flex items-center space-x-3 py-4"><img class="h-10 w-10 rounded-full" src="https://media.beehiiv.example/uploads/user/tk.png" alt="Author">
<div class="flex flex-col"><span class="text-sm font-semibold">Tamsin Kerrow</span>
<div class="flex space-x-1 text-xs opacity-75"><time datetime="2026-03-04">March 04, 2026</time></div></div></div>
<div class="flex space-x-2 pb-4"><a href="https://twitter.example/share" class="rounded-full border px-3 py-1 text-xs">Share on X</a>
<a href="https://facebook.example/sharer" class="rounded-full border px-3 py-1 text-xs">Share on Facebook</a>
<button type="button" class="rounded-full border px-3 py-1 text-xs">Copy link</button></div></div>
<div id="content-blocks" class="mx-auto max-w-2xl px-4"><div class="dream-post-content-doc" style="font-family:Georgia;">
${bp(bIntro)}
<div class="image"><img class="image__image" src="https://media.beehiiv.example/uploads/asset/orchard.jpg" alt="Young apple trees in rows">
<div class="image__source"><span class="image__source_text"><p>Rows of grafted saplings above the village. Photo: Jory Tremaine</p></span></div></div>
${bh(bH[0] ?? '')}
${bp(bS1)}
<div class="sponsor-block" style="border:1px solid #ddd;padding:12px;"><p class="paragraph"><span style="font-size:11px;">TOGETHER WITH HEDGEROW
MUTUAL</span></p>
<p class="paragraph"><b>Insurance that knows a barn from a bungalow.</b> Hedgerow Mutual covers small holdings across the county. Get a quote in five
minutes.</p></div>
${bh(bH[1] ?? '')}
${bp(bS2.slice(0, 1))}
<ul>${bS2
  .slice(1)
  .map((x) => `<li><p class="paragraph" style="text-align:left;">${x}</p></li>`)
  .join('\n')}</ul>
${bh(bH[2] ?? '')}
${bp(bS3.slice(0, 1))}
${bTable}
${bh(bH[3] ?? '')}
${bp(bS4)}
</div></div>
<div class="mx-auto max-w-2xl px-4 py-8"><div class="rounded-wt bg-wt-tertiary p-6 text-center"><h3 class="text-xl font-bold">Join the Almanac</h3>
<p class="text-sm">One letter a week about the valley, its people and its paths. Free, always.</p>
<form action="/create_subscription" method="post"><input type="email" name="email" placeholder="Enter your email">
<button type="submit" class="rounded-wt bg-wt-primary px-4 py-2">Subscribe</button></form></div></div>
<div class="mx-auto max-w-6xl px-4 py-8"><h3 class="text-2xl font-bold">Keep Reading</h3><div class="grid grid-cols-1 gap-6 sm:grid-cols-3">
${bKeep.map((k) => `<a href="/p/${k.length}" class="rounded-wt border p-4"><h4 class="text-lg font-semibold">${k}</h4></a>`).join('\n')}</div></div></main>
<footer class="w-full bg-wt-primary"><div class="mx-auto max-w-6xl px-4 py-8"><p class="font-bold">The Marrowfield Almanac</p>
<ul class="flex space-x-4">${links(bFoot, 'text-xs')}</ul><p class="text-xs">© 2026 The Marrowfield Almanac.</p>
<a href="https://www.beehiiv.example/?utm_source=almanac" class="text-xs">Powered by beehiiv</a></div></footer></div>
<div id="cookie-consent" class="fixed bottom-0 w-full bg-white p-4 shadow"><p class="text-sm">We use cookies to understand how readers use this site.</p>
<button type="button">Accept</button> <button type="button">Decline</button></div>
<script src="https://beehiiv-assets.example/build/entry.client.js" type="module"></script></body></html>`;
const beehiiv: TestPage = {
  name: 'heldout333-beehiiv-post-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bIntro, ...bS1, ...bS2, ...bS3, ...bRows.flat(), ...bS4]),
  bylines: ['Tamsin Kerrow', 'March 04, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav, 'Login', 'Subscribe', 'Plus: a ledger of every tree, and where to prune this winter', 'Share on X', 'Share on Facebook', 'Copy link',
    'Rows of grafted saplings above the village. Photo: Jory Tremaine', 'TOGETHER WITH HEDGEROW MUTUAL',
    'Insurance that knows a barn from a bungalow. Hedgerow Mutual covers small holdings across the county. Get a quote in five minutes.',
    'Join the Almanac', 'One letter a week about the valley, its people and its paths. Free, always.', 'Keep Reading', ...bKeep, 'Authors',
    'Privacy policy', 'Terms of use', '© 2026 The Marrowfield Almanac.', 'Powered by beehiiv', 'We use cookies to understand how readers use this site.',
    'Accept', 'Decline',
  ],
};

const dTitle = 'Notes from a year of fixing other people’s bicycles';
const dIntro = [
  j(
    'Hello again, and welcome to the forty people who signed up after the Lindqvist Road swap meet. This letter goes out roughly once',
    'a month and is mostly about bicycles, repair, and the small economy of a community workshop.',
  ),
  j(
    'Last Tuesday the Spoke Room turned one year old. We marked it with a cake shaped like a chainring, which was a mistake, because',
    'nobody could agree how to cut it. Here is what a year of Tuesday and Thursday evenings has taught me.',
  ),
];
const dH = ['Most bikes are one part away from working', 'The tool wall', 'What I got wrong'];
const dS1 = [
  j(
    'Of the 312 bicycles that came through the door, I logged the main fault on 290. More than half needed a single part: a tube, a',
    'cable, a brake pad or a chain. The bikes that had been sitting in sheds for years were usually the easiest, because nobody had',
    'tried to fix them yet.',
  ),
  j(
    'The hard cases were the bikes someone had already worked on with the wrong tool. A rounded bottom bracket can eat an entire',
    'evening, and it is the one repair that makes me want to keep a tally of swear words.',
  ),
];
const dS2 = [
  'People ask what a workshop really needs. After a year, my honest list of the tools that earn their hook is short:',
  'a good track pump with a gauge that still reads true;',
  'two sets of tyre levers, because one set always walks off;',
  'a chain checker, which ends more arguments than any other tool;',
  'cable cutters that cut rather than crush.',
  j(
    'Everything else we own was donated, and about a third of it has never been used. If you are starting a workshop, buy those four',
    'things new and wait for the rest to arrive in cardboard boxes.',
  ),
];
const dS3 = [
  j(
    'I thought people would come to have their bikes fixed. Most of them came to learn how to fix them, and they were faintly',
    'annoyed when I did it for them. We changed the rule in June: hands on your own bike, mine behind my back.',
  ),
  j(
    'I also thought we would run out of parts. We ran out of time instead. The waiting list for Thursday is now three weeks long,',
    'which is why Ingrid Solvay has kindly agreed to open the doors on Saturday mornings from April.',
  ),
  'Thank you for reading, and for every tube you patched this year.',
];
const dShare = ['Share on Twitter', 'Share on Mastodon', 'Share via email'];
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${dTitle} • Spoke Room Dispatch</title>
<meta name="description" content="A year of Tuesday and Thursday evenings at a community bike workshop.">
<meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<link rel="alternate" type="application/rss+xml" title="Spoke Room Dispatch" href="https://buttondown.example/spokeroom/rss">
<link rel="stylesheet" href="https://assets.buttondown.example/static/archive.css">
<script>window.BUTTONDOWN = {"newsletter": "spokeroom", "email_id": "c41b9e0a", "theme": "modern"};</script></head>
<body class="archive email-detail-page"><div class="container">
<header class="newsletter-header"><a class="newsletter-header__name" href="/spokeroom">Spoke Room Dispatch</a>
<nav class="newsletter-header__nav"><a href="/spokeroom/archive">Archives</a> <a href="/spokeroom">Subscribe</a></nav></header>
<main class="email-detail"><div class="email-detail__header">
<div class="email-detail__date"><time datetime="2026-02-27">February 27, 2026</time></div>
<h1 class="email-detail__subject">${dTitle}</h1></div>
<div class="email-body"><div class="email-body-content">
${ps(dIntro)}
<h2>${dH[0]}</h2>
${ps(dS1)}
<blockquote><p>“You are not fixing bikes, you are fixing Tuesdays.” A volunteer, said over a stuck seatpost</p></blockquote>
<h2>${dH[1]}</h2>
${ps(dS2.slice(0, 1))}
<ul>${dS2
  .slice(1, 5)
  .map((x) => `<li>${x}</li>`)
  .join('\n')}</ul>
${ps(dS2.slice(5))}
<h2>${dH[2]}</h2>
${ps(dS3)}
<p>— Ned Farraday</p>
</div></div>
<div class="email-detail__share"><span>Share this email:</span> ${dShare.map((x) => `<a href="#" class="share-link">${x}</a>`).join(' ')}</div>
<div class="subscribe-form"><p class="subscribe-form__title">Don't miss what's next. Subscribe to Spoke Room Dispatch:</p>
<form action="https://buttondown.example/api/emails/embed-subscribe/spokeroom" method="post"><input type="email" name="email"
placeholder="you@example.com"><input type="submit" value="Subscribe"></form></div>
<nav class="email-detail__pagination"><a href="/spokeroom/archive/the-swap-meet" rel="prev">← The swap meet, in pictures</a>
<a href="/spokeroom/archive/saturday-mornings" rel="next">Saturday mornings are coming →</a></nav></main>
<footer class="archive-footer"><a href="https://spokeroom.example">Our website</a> <a href="https://buttondown.example/refer/spokeroom">Powered by
Buttondown</a>
<span>, the easiest way to start and grow your newsletter.</span></footer></div></body></html>`;
const buttondown: TestPage = {
  name: 'heldout333-buttondown-archive-blog',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dIntro, ...dS1, '“You are not fixing bikes, you are fixing Tuesdays.” A volunteer, said over a stuck seatpost', ...dS2, ...dS3]),
  bylines: ['February 27, 2026', '— Ned Farraday'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spoke Room Dispatch', 'Archives', 'Subscribe', 'Share this email:', ...dShare, "Don't miss what's next. Subscribe to Spoke Room Dispatch:",
    '← The swap meet, in pictures', 'Saturday mornings are coming →', 'Our website', 'Powered by Buttondown',
    ', the easiest way to start and grow your newsletter.',
  ],
};

export const HELDOUT333_A: readonly TestPage[] = [beehiiv, buttondown];
