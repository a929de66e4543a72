import { type TestPage, texts } from './page-kit.js';
import { linkedinArticle } from './pages-heldout137-b2.js';

/**
 * Held-out batch 137, file b: a beehiiv newsletter post on its web page (the publication header with logo, nav, "Sign In" and
 * "Subscribe", the post header with subtitle, author and date and the share links, the content blocks of the edition with a
 * "Together with" sponsor section near the top and a poll at the end, the subscribe box, "Keep Reading" cards, the footer with
 * "Powered by beehiiv" and a hidden subscribe modal) and, from file b2, a LinkedIn newsletter article.
 */
const bhTitle = 'The Corran Street bike lane fight, explained';
const bhSub = 'Plus: the new ferry timetable, the library reopening and three places to eat this week';
const bhP1 = [
  'Good morning, Port Alder. It has been a loud week on Corran Street, and not only because of the roadworks. If you have only caught the ' +
    'shouting on the neighbourhood forums, here is what is actually being proposed, who wants what, and what happens next.',
];
const bhSponsor = [
  'Together with Keel & Co. Credit Union',
  'Saving for a deposit? Keel & Co. members get 4.1% on regular savers, and every penny stays in the Port Alder economy.',
  'Open an account in ten minutes',
] as const;
const bhH1 = 'What the council is proposing';
const bhP2 = [
  'The plan is a two-way protected bike lane along the 900 metres of Corran Street between the station and the harbour roundabout. To make ' +
    'room for it, the street would lose 46 of its 71 on-street parking spaces and become one-way for cars, heading north.',
  'Loading bays would stay, and the council says it would add 30 spaces to the Fishmarket car park, which is about three minutes’ walk ' +
    'from the southern end of the street.',
];
const bhH2 = 'Who is for it, and who is against';
const bhP3 = [
  'The strongest support has come from parents at Corran Primary, whose children currently cycle in traffic or not at all, and from the ' +
    'cycling campaign group Pedal Port Alder, which has pushed for the route since 2019.',
  'The loudest opposition is from traders at the harbour end. Of the 22 businesses on that stretch, 14 signed a letter to the council last ' +
    'month saying they fear losing customers who drive in from outside town.',
];
const bhQuote =
  'We are not against bikes. We are against finding out in a year whether we can survive without the parking outside our door. ' +
  '— Linnea Farrow, owner of Farrow’s Hardware';
const bhP4 = [
  'It is worth saying that the council’s own survey, carried out over two weeks in May, found that 61 percent of people shopping on Corran ' +
    'Street had arrived on foot, by bus or by bike. Traders dispute the timing, arguing that May is not a typical month.',
];
const bhH3 = 'What happens next';
const bhList = [
  'The consultation closes on Friday 14 November. You can respond online or at the library.',
  'Councillors on the transport committee vote on 9 December.',
  'If approved, work would start in March and take about four months.',
];
const bhH4 = 'In brief';
const bhBrief = [
  '<strong>Ferry timetable:</strong> The winter timetable for the Skerry crossing starts on 3 November, with the last return sailing moved ' +
    'from 8.40pm to 7.55pm on weekdays.',
  '<strong>Library reopens:</strong> The central library reopens on Saturday after its eight-month refit, with a new children’s floor and ' +
    'longer Sunday hours.',
  '<strong>Where to eat:</strong> Try the crab rolls at Gully on Dock Lane, the Sunday roast at The Pilot, or the new Sri Lankan ' +
    'breakfast menu at Kottu House.',
];
const bhP5 = [
  'That is it for this week. If you run a business on Corran Street and want to tell us how the changes would affect you, hit reply. We ' + 'read everything.',
];
const bhPoll = ['What did you think of today’s edition?', 'Loved it', 'It was fine', 'Not for me', 'Login or Subscribe to participate in polls.'] as const;
const bhNav = ['Home', 'Posts', 'Events', 'Advertise'];
const bhShare = ['Share on X', 'Share on LinkedIn', 'Share on Facebook', 'Copy link'];
const bhCaption = 'Corran Street at the harbour end, where most of the parking would go. Photo: Sandro Kell';
const bhBox = [
  'Subscribe to The Harbour Line',
  'The week in Port Alder, in five minutes. Join 18,400 neighbours who read it every Tuesday.',
  'Enter your email',
  'Subscribe',
] as const;
const bhMore = [
  ['The Harbour Line', 'Eleven things to do in Port Alder this half term', 'Oct 21, 2025'],
  ['The Harbour Line', 'Why your water bill is going up in April', 'Oct 14, 2025'],
  ['The Harbour Line', 'Meet the people running the last net loft on the quay', 'Oct 7, 2025'],
] as const;
const bhFoot = ['Home', 'Posts', 'Advertise', 'About', '© 2025 The Harbour Line.', 'Privacy policy', 'Terms of use', 'Powered by beehiiv'] as const;
const bhModal = ['Don’t miss a week', 'Get The Harbour Line free every Tuesday morning.', 'No thanks'] as const;
const p = (t: string): string => `<p class="paragraph" style="text-align:left;">${t}</p>`;
const amp = (t: string): string => t.replace(/&/g, '&amp;');
const block = (inner: string): string => `<div style="padding-bottom:0px;padding-left:0px;padding-right:0px;padding-top:0px;">${inner}</div>`;
const h = (t: string, id: string): string => `<h2 class="heading" style="text-align:left;" id="${id}">${t}</h2>`;
const bhHtml = `<!DOCTYPE html><html lang="en" class="h-full"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${bhTitle}</title><meta name="description" content="${bhSub}"><meta property="og:title" content="${bhTitle}">
<meta property="og:site_name" content="The Harbour Line"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<meta property="og:image" content="https://media.beehiiv.example/cdn-cgi/image/fit=scale-down,format=auto/uploads/asset/file/corran.jpg">
<link rel="canonical" href="https://www.theharbourline.example/p/corran-street-bike-lane-explained">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bhTitle}","datePublished":"2025-10-28T06:00:00.000Z",
"author":[{"@type":"Person","name":"Maeve Sutherland"}],"publisher":{"@type":"Organization","name":"The Harbour Line"}}</script>
<link rel="stylesheet" href="https://www.theharbourline.example/build/_assets/tailwind-OZ3KJ4GQ.css"><link rel="preconnect"
href="https://media.beehiiv.example"></head>
<body class="h-full"><div class="min-h-screen flex flex-col" style="background-color:#FFFFFF">
<div class="sticky top-0 z-40 w-full" style="background-color:#0E3B43"><nav class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a class="flex items-center gap-x-2" href="/"><img alt="The Harbour Line" class="h-8 w-8 rounded-md"
src="https://media.beehiiv.example/uploads/publication/logo/thl.png">
<span class="text-lg font-semibold text-white">The Harbour Line</span></a><div class="hidden sm:flex items-center gap-x-6">
${bhNav.map((t) => `<a class="text-sm font-medium text-white" href="/${t === 'Home' ? '' : t.toLowerCase()}">${t}</a>`).join('\n')}</div>
<div class="flex items-center gap-x-3"><a class="text-sm font-medium text-white" href="/login">Sign In</a>
<a class="rounded-md px-3 py-2 text-sm font-semibold" style="background-color:#F2A93B;color:#0E3B43" href="/subscribe">Subscribe</a></div></nav></div>
<main class="flex-1"><div class="mx-auto w-full max-w-2xl px-4 py-10">
<div class="flex flex-col gap-y-4"><h1 class="text-3xl font-bold sm:text-4xl" style="color:#0E3B43">${bhTitle}</h1>
<h2 class="text-lg text-gray-600">${bhSub}</h2>
<div class="flex items-center justify-between border-b border-gray-200 pb-4"><div class="flex items-center gap-x-3">
<img alt="Maeve Sutherland" class="h-10 w-10 rounded-full" src="https://media.beehiiv.example/uploads/user/profile_picture/maeve.jpg">
<div class="flex flex-col"><span class="text-sm font-semibold text-gray-900">Maeve Sutherland</span>
<time class="text-xs text-gray-500" datetime="2025-10-28T06:00:00.000Z">October 28, 2025</time></div></div>
<div class="flex items-center gap-x-2">${bhShare
  .map(
    (t) => `<a class="rounded-full p-2 hover:bg-gray-100" href="https://www.theharbourline.example/share" target="_blank"><span class="sr-only">${t}</span>
<svg class="h-4 w-4" viewBox="0 0 24 24" aria-hidden="true"></svg></a>`,
  )
  .join('')}</div></div></div>
<div class="mt-6"><div id="content-blocks" class="rendered-post">
${bhP1.map((t) => block(p(t))).join('\n')}
<div class="section" style="background-color:#F6F1E7;border-color:#E0D6C2;border-radius:10px;border-style:solid;border-width:1px;margin:20px 0;padding:18px;">
${p(`<span style="color:#8A6D3B;font-size:0.75rem;text-transform:uppercase;letter-spacing:0.08em;"><b>${amp(bhSponsor[0])}</b></span>`)}
${p(`${amp(bhSponsor[1])} <a class="link" href="https://keelandco.example/?utm_source=theharbourline&amp;utm_medium=newsletter" target="_blank"
rel="noopener noreferrer nofollow"
style="-webkit-text-decoration-color:#F2A93B;color:#0E3B43;">${bhSponsor[2]}</a>`)}</div>
${h(bhH1, 'what-the-council-is-proposing')}
${bhP2.map((t) => block(p(t))).join('\n')}
<div class="image"><img alt="Corran Street" class="image__image" style=""
src="https://media.beehiiv.example/cdn-cgi/image/fit=scale-down/uploads/asset/file/corran.jpg">
<div class="image__source"><span class="image__source_text"><p>${bhCaption}</p></span></div></div>
${h(bhH2, 'who-is-for-it-and-who-is-against')}
${bhP3.map((t) => block(p(t))).join('\n')}
<blockquote class="blockquote"><p class="paragraph" style="text-align:left;">${bhQuote}</p></blockquote>
${bhP4.map((t) => block(p(t))).join('\n')}
${h(bhH3, 'what-happens-next')}
<div style="padding-left:0px;"><ul>${bhList.map((t) => `<li>${p(t)}</li>`).join('\n')}</ul></div>
<div class="section" style="padding:0px;"><hr class="content_break"></div>
${h(bhH4, 'in-brief')}
<div style="padding-left:0px;"><ul>${bhBrief.map((t) => `<li>${p(t)}</li>`).join('\n')}</ul></div>
${bhP5.map((t) => block(p(t))).join('\n')}
<div class="poll" data-poll-id="c0b4f6a2"><div class="poll__container"><p class="poll__question">${bhPoll[0]}</p><div class="poll__options">
${bhPoll
  .slice(1, 4)
  .map((t) => `<a class="poll__option" href="https://www.theharbourline.example/p/corran-street-bike-lane-explained?poll=c0b4f6a2">${t}</a>`)
  .join('\n')}</div><p class="poll__subtext"><a href="/login">Login</a> or <a href="/subscribe">Subscribe</a> to participate in polls.</p></div></div>
</div></div>
<div class="mt-10 rounded-lg border border-gray-200 p-6 text-center" id="subscribe-box"><h3 class="text-xl font-bold">${bhBox[0]}</h3>
<p class="mt-2 text-sm text-gray-600">${bhBox[1]}</p><form class="mt-4 flex gap-x-2" action="/create_subscription" method="post">
<input type="email" name="email" class="flex-1 rounded-md border px-3 py-2" placeholder="${bhBox[2]}" aria-label="${bhBox[2]}">
<button type="submit" class="rounded-md px-4 py-2 font-semibold" style="background-color:#F2A93B">${bhBox[3]}</button></form></div>
<div class="mt-12"><h3 class="text-lg font-semibold">Keep Reading</h3><div class="mt-4 grid grid-cols-1 gap-6 sm:grid-cols-3">
${bhMore
  .map(
    ([pub, t, d]) => `<a class="group flex flex-col" href="/p/${d.replace(/\W+/g, '-').toLowerCase()}"><img alt="" class="aspect-video rounded-md object-cover"
src="https://media.beehiiv.example/uploads/asset/file/${d.length}.jpg"><span class="mt-2 text-xs text-gray-500">${pub}</span><h4
class="text-sm font-semibold">${t}</h4>
<span class="text-xs text-gray-500">${d}</span></a>`,
  )
  .join('\n')}</div></div></div></main>
<footer class="border-t border-gray-200"><div class="mx-auto flex max-w-6xl flex-col items-center gap-y-3 px-4 py-8">
<img alt="The Harbour Line" class="h-8 w-8 rounded-md" src="https://media.beehiiv.example/uploads/publication/logo/thl.png">
<div class="flex gap-x-4">${bhFoot
  .slice(0, 4)
  .map((t) => `<a class="text-sm text-gray-600" href="/${t.toLowerCase()}">${t}</a>`)
  .join('')}</div>
<p class="text-xs text-gray-500">${bhFoot[4]}</p><div class="flex gap-x-3"><a class="text-xs text-gray-500" href="/privacy">${bhFoot[5]}</a>
<a class="text-xs text-gray-500" href="/tos">${bhFoot[6]}</a></div><a class="text-xs text-gray-400"
href="https://www.beehiiv.example/?utm_source=thl">${bhFoot[7]}</a></div></footer>
<div id="subscribe-modal" class="fixed inset-0 z-50 hidden" role="dialog" aria-modal="true" aria-hidden="true"><div class="rounded-lg bg-white p-6">
<h3 class="text-xl font-bold">${bhModal[0]}</h3><p>${bhModal[1]}</p><form action="/create_subscription" method="post"><input type="email" name="email"
placeholder="Enter your email"><button type="submit">Subscribe</button></form><button type="button" class="text-sm underline">${bhModal[2]}</button></div></div>
</div>
<script>window.__remixContext = {"state":{"loaderData":{"routes/p/$slug":{"post":{"id":"p_3f9","web_title":"${bhTitle}","status":"confirmed"}}}}};</script>
<script src="https://www.theharbourline.example/build/entry.client-2LQX7H3V.js" type="module" async></script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-THL2025"></script></body></html>`;
const beehiiv: TestPage = {
  html: bhHtml,
  name: 'heldout137-beehiiv-newsletter-blog',
  kind: 'blog',
  // the subtitle is body (a dek); the author and date are bylines; the sponsor section at the top of the content blocks, the
  // image source line, the poll, the subscribe box, "Keep Reading" cards, the footer and the hidden modal are furniture
  title: bhTitle,
  headings: [bhH1, bhH2, bhH3, bhH4],
  body: texts([bhSub, ...bhP1, ...bhP2, ...bhP3, bhQuote, ...bhP4, ...bhList, ...bhBrief, ...bhP5]),
  bylines: ['Maeve Sutherland', 'October 28, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Harbour Line', ...bhNav, 'Sign In', 'Subscribe', ...bhShare, ...bhSponsor, bhCaption, ...bhPoll, ...bhBox.filter((t) => t !== 'Subscribe' && t !==
'Enter your email'),
    'Keep Reading', ...bhMore.flatMap(([, t, d]) => [t, d]), 'About', ...bhFoot.slice(4), ...bhModal,
  ],
};

export const HELDOUT137_B: readonly TestPage[] = [beehiiv, linkedinArticle];
