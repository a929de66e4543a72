import { links, type TestPage } from './page-kit.js';
import { fandomDiscussions } from './pages-heldout40-d2.js';

/**
 * Held-out batch 40, file d: a Mumsnet Talk thread in "Am I being unreasonable?" (the cookie banner, the site header and
 * section nav, the Talk crumbs, the thread h1, the AIBU poll with its results, "Watch thread" and page tools, posts with
 * nickname, "OP" badge and dateline, a bold quote of the opening post, a withdrawn message, "Report" / "Quote" links, inline
 * ad slots, the "join the conversation" box, the "Trending in Talk" rail and the footer).
 */
type Post = { who: string; op?: boolean; at: string; paras: string[]; quote?: string; withdrawn?: boolean };
const mnTitle = 'to think £40 is a lot for a ‘wellbeing’ trip to a farm?';
const mnOp = 'Brambleberry22';
const mnPosts: Post[] = [
  {
    who: mnOp,
    op: true,
    at: 'Tue 04-Mar-25 20:31:18',
    paras: [
      'DD is in Year 4 and a letter came home today about a ‘wellbeing day’ at a city farm next month. It costs £40, which covers the ' +
        'coach, a packed lunch and ‘mindfulness with the animals’, whatever that is.',
      'We are not on the breadline, but I have two other children and £40 is a week of packed lunches for all three of them. The letter ' +
        'says the trip is voluntary but that children who do not go will ‘join another class for the day’, which we all know means ' +
        'sitting at the back doing worksheets.',
      'AIBU to think a school trip should not cost this much, or is this just what trips cost now?',
    ],
  },
  {
    who: 'NeverEnoughTeabags',
    at: 'Tue 04-Mar-25 20:38:02',
    quote: '‘mindfulness with the animals’',
    paras: ['I snorted at that. YANBU. Forty pounds for a day with some goats is steep, and the ‘voluntary’ line makes it worse.'],
  },
  {
    who: 'Lollipopsticks',
    at: 'Tue 04-Mar-25 20:44:51',
    paras: [
      'YABU, sorry. Coaches alone are eye-wateringly expensive now. Our school got quotes last year and a single coach for a day was ' +
        'over £600 before anyone paid for entry.',
      'Ask the office about the pupil premium or the hardship fund. Most schools quietly help if you ask, and nobody else in the class will know.',
    ],
  },
  { who: 'Wildflowerss', at: 'Tue 04-Mar-25 20:52:10', withdrawn: true, paras: [] },
  {
    who: mnOp,
    op: true,
    at: 'Tue 04-Mar-25 21:05:33',
    paras: [
      'Thanks, I did not know coaches had gone up so much. I think it is the wellbeing label that annoys me more than the price. Call it ' +
        'a farm trip and I would grumble and pay.',
    ],
  },
  {
    who: 'HeadOfYear9ish',
    at: 'Tue 04-Mar-25 21:19:47',
    paras: [
      'Teacher here. The cost of a trip is almost entirely the coach, the entry fee and staff cover, and we are not allowed to make a ' +
        'profit. If the letter does not break the cost down, you are entitled to ask for it.',
      'The ‘wellbeing’ wording is probably because the day was paid for out of a wellbeing budget last year and someone copied the old letter.',
    ],
  },
  {
    who: 'MrsMiggins12',
    at: 'Wed 05-Mar-25 07:12:40',
    paras: [
      'YANBU to ask, but I would pay it. DS still talks about his farm trip three years later, and it was the first time he had ever ' + 'held a chicken.',
    ],
  },
];
const mnAd = '<div class="my-4 text-center ad-slot" data-ad-slot="talk_inthread_1"><span class="text-xs text-gray-400">Advertisement</span></div>';
const mnPost = (p: Post, i: number): string => `<article class="w-full border-b border-gray-200 py-4 talk-post${p.op ? ' talk-post--op' : ''}"
id="post-13421${i}98" data-post-id="13421${i}98"><div class="flex flex-wrap items-center gap-x-2 text-sm talk-post-header"><span class="font-bold
nickname">${p.who}</span>${
  p.op ? '<span class="rounded bg-mn-teal px-1 text-xs font-bold text-white" title="Original poster">OP</span>' : ''
}<span class="text-gray-500" aria-hidden="true">·</span><time class="text-gray-500 post-date" datetime="2025-03-0${i < 6 ? 4 : 5}">${p.at}</time></div>
<div class="talk-post-message prose mt-2">${
  p.withdrawn
    ? '<p class="italic text-gray-500">Message withdrawn at poster&#39;s request.</p>'
    : `${p.quote ? `<p><strong>${p.quote}</strong></p>` : ''}${p.paras.map((t) => `<p>${t}</p>`).join('\n')}`
}</div>${
  p.withdrawn
    ? ''
    : `<div class="mt-2 flex gap-4 text-xs text-gray-500 talk-post-actions"><button type="button" class="underline">Quote</button><a class="underline"
href="/talk/report?post=13421${i}98" rel="nofollow">Report</a></div>`
}</article>${i === 2 ? mnAd : ''}`;
const mnNav = ['Talk', 'Parenting', 'Pregnancy', 'Education', 'Money', 'Travel', 'Food', 'Work', 'Newsletters'];
const mnTrending = [
  'To wonder why nobody RSVPs to children’s parties any more',
  'Neighbour keeps parking across our drive',
  'What is the best thing you bought this year under £20?',
  'WIBU to skip my cousin’s third wedding?',
];
const mnFoot = [
  'About us',
  'Contact us',
  'Advertise with us',
  'Jobs',
  'Talk Guidelines',
  'Privacy policy',
  'Cookie policy',
  'Terms & Conditions',
  'Accessibility',
];
const mnHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>to think £40 is a lot for a ‘wellbeing’ trip to a farm? | Mumsnet</title>
<meta name="description" content="${mnPosts[0]!.paras[0]!}"><link rel="canonical"
href="https://www.mumsnet.com/talk/am_i_being_unreasonable/5284019-to-think-40-is-a-lot-for-a-wellbeing-trip-to-a-farm">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${mnTitle}","author":{"@type":"Person",
"name":"${mnOp}"},"datePublished":"2025-03-04T20:31:18Z","commentCount":6}</script>
<link rel="stylesheet" href="/_next/static/css/2b71a4e0c13f9d85.css"><script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head><body class="bg-white font-sans text-mn-ink">
<div id="qc-cmp2-container" data-nosnippet=""><div class="qc-cmp2-summary-section" role="dialog" aria-label="Cookie consent"><p>We and our partners store
and access information on your device, such as cookies, to personalise ads and content, measure performance and improve our services.</p><button
mode="secondary">More options</button><button mode="primary">Agree</button></div></div>
<header class="border-b border-gray-200"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3"><a href="/" aria-label="Mumsnet home"><svg
width="130" height="28" viewBox="0 0 130 28" aria-hidden="true"><path d="M0 0h130v28H0z" fill="none"></path></svg></a><form action="/search"
role="search"><input type="search" name="q" placeholder="Search Mumsnet" aria-label="Search"></form><div class="flex gap-3 text-sm"><a href="/login">Log
in</a><a href="/register" class="rounded bg-mn-teal px-3 py-1 text-white">Sign up</a></div></div><nav class="mx-auto max-w-7xl px-4"
aria-label="Main"><ul class="flex gap-4 text-sm font-semibold">${links(mnNav, 'nav-item')}</ul></nav></header>
<div class="mx-auto flex max-w-7xl gap-8 px-4 py-6"><main class="w-full lg:w-2/3"><nav aria-label="Breadcrumb" class="text-sm"><ol class="flex gap-1"><li><a
href="/talk">Talk</a></li><li aria-hidden="true">›</li><li><a href="/talk/am_i_being_unreasonable">Am I being unreasonable?</a></li></ol></nav>
<h1 class="mt-2 text-2xl font-bold thread-title">${mnTitle}</h1>
<div class="mt-2 flex flex-wrap gap-4 text-sm thread-tools"><button type="button" class="underline">Watch thread</button><button type="button"
class="underline">Show OP posts only</button><span class="text-gray-500">Page 1 of 1</span></div>
<section class="my-4 rounded border border-gray-200 p-4 aibu-poll" aria-labelledby="poll-title"><h2 id="poll-title" class="font-bold">Am I being
unreasonable?</h2><p class="text-sm text-gray-500">164 votes. Final results.</p><ul class="mt-2 text-sm"><li class="flex justify-between"><span>You are being
unreasonable</span><span>38%</span></li><li class="flex justify-between"><span>You are NOT being unreasonable</span><span>62%</span></li></ul></section>
<div class="talk-thread">
${mnPosts.map(mnPost).join('\n')}
</div>
<section class="mt-6 rounded bg-mn-cream p-4 join-box"><h2 class="font-bold">Join the discussion</h2><p class="text-sm">To comment on this thread you need to
create a Mumsnet account.</p><a href="/register" class="mt-2 inline-block rounded bg-mn-teal px-4 py-2 text-white">Join Mumsnet</a><p
class="mt-2 text-sm">Already
have a Mumsnet account? <a href="/login" class="underline">Log in</a></p></section></main>
<aside class="hidden w-1/3 lg:block"><div class="ad-slot" data-ad-slot="talk_rhs_1"><span class="text-xs text-gray-400">Advertisement</span></div><section
class="mt-6"><h2 class="font-bold">Trending in Talk</h2><ul class="mt-2 space-y-2 text-sm">${links(mnTrending, 'trending-thread')}</ul></section></aside></div>
<footer class="mt-10 bg-mn-ink py-8 text-sm text-white"><div class="mx-auto max-w-7xl px-4"><ul class="flex flex-wrap gap-4">${links(mnFoot)}</ul><p
class="mt-4">© 2025 Mumsnet Limited. All rights reserved. Registered in England and Wales, company number 03852734.</p></div></footer>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"threadId":5284019,"topic":"am_i_being_unreasonable","page":1}},"page":"/talk/[topic]/[thread]"}</script>
</body></html>`;
const mumsnetTalk: TestPage = {
  html: mnHtml,
  name: 'heldout40-mumsnet-talk',
  kind: 'forum',
  // the thread h1 (lower-case "to think…", as AIBU titles are written) is the title; every post is body, the opening post and
  // the replies, in page order; the bold quote of the opening post in the second reply is in neither list; nicknames and the
  // datelines are bylines (the withdrawn message keeps its name and dateline: bylines too); "OP" badges, "Message withdrawn at
  // poster's request.", "Quote" / "Report", the poll with its results, the crumbs, "Watch thread", "Show OP posts only", "Page 1
  // of 1", the join box, ad labels, "Trending in Talk", the consent dialog, header, nav and footer are furniture; the crumb "Am I
  // being unreasonable?" is the poll's heading too (listed once); "Talk" is both a nav item and a crumb (once)
  title: mnTitle,
  headings: [],
  body: mnPosts.flatMap((p) => p.paras),
  bylines: [...new Set(mnPosts.map((p) => p.who))].concat(mnPosts.map((p) => p.at)),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners store and access information on your device, such as cookies', 'More options', 'Agree', 'Log in', 'Sign up', ...mnNav,
    'Am I being unreasonable?', 'Watch thread', 'Show OP posts only', 'Page 1 of 1', '164 votes. Final results.', 'You are being unreasonable', '38%',
    'You are NOT being unreasonable', '62%', 'OP', 'Message withdrawn at poster\'s request.', 'Quote', 'Report', 'Advertisement', 'Join the discussion',
    'To comment on this thread you need to create a Mumsnet account.', 'Join Mumsnet', 'Already have a Mumsnet account?', 'Trending in Talk',
    ...mnTrending, ...mnFoot, '© 2025 Mumsnet Limited. All rights reserved.',
  ],
};

export const HELDOUT40_D: readonly TestPage[] = [mumsnetTalk, fandomDiscussions];
