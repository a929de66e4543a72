import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 31, file f2: a Product Hunt launch page in 2025 (Next.js app-router markup with Tailwind classes and
 * data-test attributes, JSON-LD, the header with search, nav and "Sign in", the product header with thumbnail, name,
 * tagline, "Visit website" and the upvote button, "Launched in" topic chips, "Free Options", the tab bar, the launch
 * description and gallery, the launch date and day rank, the makers list, the comment box for guests with its sort, the
 * maker's first comment with "Maker" badge and headline, comments with replies, upvote / reply / share actions and times,
 * "Similar products", the newsletter box, the footer and the streamed __next_f scripts).
 */
interface PhComment {
  id: number;
  name: string;
  headline: string;
  ago: string;
  votes: number;
  maker?: boolean;
  paras: string[];
  replies?: PhComment[];
}
const phName = 'Tidewell';
const phTagline = 'Plan your days outdoors around tides, light and weather';
const phDesc =
  'Tidewell puts tide tables, daylight, wind and rain for any stretch of coast on one timeline, so you can see at a glance when the ' +
  'beach walk, the paddle or the rock-pooling trip will actually work. Set a few rules once and it tells you which mornings this week fit.';
const phComments: PhComment[] = [
  {
    id: 4410251,
    name: 'Nora Pellegrini',
    headline: 'Founder @ Tidewell',
    ago: '9h ago',
    votes: 31,
    maker: true,
    paras: [
      'Hey Product Hunt! 👋 I am Nora, and I built Tidewell after one too many mornings walking a toddler to the beach only to find ' +
        'the sea right up against the sea wall.',
      'Tide tables, sunrise times and the forecast all live in different apps, and none of them answers the question I actually have: ' +
        'when this week can I do the thing I want to do? Tidewell puts all three on one timeline for any point on the coast, and lets ' +
        'you save simple rules like “low tide, before 10am, less than 20 km/h of wind”.',
      'It is free for one location and up to three rules. Tidewell Plus (£3 a month) adds unlimited places, calendar sync and offline ' +
        'tide tables for when you have no signal on the cliff path.',
      'We are a team of two, and this is our first launch. I would love to hear what you would use it for, and what is missing!',
    ],
  },
  {
    id: 4410388,
    name: 'Gareth Ames',
    headline: 'Sea kayak guide, Pembrokeshire',
    ago: '8h ago',
    votes: 14,
    paras: [
      'As a kayak guide, this is the first app I have seen that understands that the tide and the wind matter together. Any chance of ' +
        'adding tidal stream data, not just heights? That is what really decides whether a crossing is safe.',
    ],
    replies: [
      {
        id: 4410502,
        name: 'Nora Pellegrini',
        headline: 'Founder @ Tidewell',
        ago: '8h ago',
        votes: 6,
        maker: true,
        paras: [
          'Tidal streams are the most requested feature from the beta, so yes! We are starting with the official data for the UK and ' +
            'Ireland and hope to ship it before spring.',
        ],
      },
    ],
  },
  {
    id: 4410617,
    name: 'Leonie Brandt',
    headline: 'Product designer',
    ago: '7h ago',
    votes: 5,
    paras: ['Love the rules idea. Simple question: does it handle places where the tide tables are given for a nearby port rather than the ' + 'exact beach?'],
    replies: [
      {
        id: 4410733,
        name: 'Sami Okafor',
        headline: 'Co-founder & engineer @ Tidewell',
        ago: '6h ago',
        votes: 4,
        maker: true,
        paras: [
          'Yes. For most places we interpolate between the two nearest stations and show you which ones we used. You can also pin a ' +
            'specific station if you know its times suit your beach better.',
        ],
      },
    ],
  },
  {
    id: 4411094,
    name: 'Pradeep R',
    headline: 'Weekend hiker',
    ago: '3h ago',
    votes: 2,
    paras: ['Congrats on the launch! The calendar sync alone is worth the Plus price for me.'],
  },
];
const phAction = (c: PhComment): string => `<div class="flex flex-row items-center gap-4 mt-2" data-test="comment-actions"><button type="button"
 class="flex items-center gap-1 text-14 font-semibold text-dark-gray" data-test="vote-button"><svg width="14" height="14" viewBox="0 0 14 14"
 aria-hidden="true"></svg><span>Upvote (${c.votes})</span></button><button type="button" class="text-14 font-semibold text-dark-gray">Reply</button><button
 type="button" class="text-14 font-semibold text-dark-gray">Share</button><a href="/posts/tidewell?comment=${c.id}" class="text-14 text-light-gray">
<time datetime="2025-10-14T0${9 - Number(c.ago[0])}:00:00.000Z" title="October 14th, 2025">${c.ago}</time></a><button type="button"
 aria-label="More options" class="text-light-gray"><svg aria-hidden="true"></svg></button></div>`;
const phComment = (c: PhComment, reply = false): string => `<div class="flex flex-col ${reply ? 'ml-12 mt-6' : 'border-b border-gray-200 py-8'}"
 data-test="comment-${c.id}" id="comment-${c.id}"><div class="flex flex-row gap-3"><a href="/@${c.name.toLowerCase().replace(/ /g, '_')}"
 class="shrink-0"><img src="https://ph-avatars.imgix.example/${c.id}?auto=format&amp;w=40" width="40" height="40" alt="${c.name}" loading="lazy"
 class="rounded-full"></a><div class="flex flex-col"><div class="flex flex-row items-center gap-2"><a href="/@${c.name.toLowerCase().replace(/ /g, '_')}"
 class="text-16 font-semibold text-dark-gray">${c.name}</a>${
   c.maker ? '<span class="rounded bg-brand-500 px-2 text-12 font-semibold uppercase text-white" data-test="maker-badge">Maker</span>' : ''
 }</div><div class="text-14 text-light-gray">${c.headline}</div></div></div><div class="prose text-16 text-dark-gray mt-3" data-test="comment-body">
${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div>${phAction(c)}${(c.replies ?? []).map((r) => phComment(r, true)).join('\n')}</div>`;
const phAll = (cs: PhComment[]): PhComment[] => cs.flatMap((c) => [c, ...phAll(c.replies ?? [])]);
const phNav = ['Launches', 'Products', 'News', 'Forums', 'Advertise'];
const phTopics = ['Productivity', 'Travel', 'Weather'];
const phTabs = ['Overview', 'Launches', 'Reviews', 'Alternatives', 'Team', 'Awards', 'More'];
const phSimilar: [string, string][] = [
  ['Swellcast', 'Surf forecasts with a human touch'],
  ['Shorepass', 'Know when the causeway is open'],
  ['Daylit', 'Sunrise, sunset and golden hour for photographers'],
];
const phFoot = ['About', 'FAQs', 'Terms', 'Privacy and Cookies', 'Add your product', 'Advertise', 'Newsletters', 'Stories'];
const phLd = JSON.stringify({
  '@context': 'http://schema.org',
  '@type': ['WebApplication', 'Product'],
  name: phName,
  description: phDesc,
  url: 'https://www.producthunt.com/products/tidewell',
  applicationCategory: 'TravelApplication',
  offers: { '@type': 'Offer', price: 0, priceCurrency: 'USD' },
  aggregateRating: { '@type': 'AggregateRating', ratingValue: 5, ratingCount: 12 },
});
const phHtml = `<!DOCTYPE html>
<html lang="en" class="__variable_0a1b2c"><head><meta charset="utf-8"><title>${phName}: ${phTagline} | Product Hunt</title>
<meta name="description" content="${phDesc}"><meta property="og:title" content="${phName} - ${phTagline} | Product Hunt">
<script type="application/ld+json">${phLd}</script><link rel="stylesheet" href="/_next/static/css/6f1c0b2a.css" data-precedence="next"></head>
<body class="bg-white"><div class="flex min-h-screen flex-col"><header class="sticky top-0 z-50 border-b border-gray-200 bg-white"><div class="mx-auto flex
 max-w-7xl flex-row items-center gap-4 px-6 py-3"><a href="/" aria-label="Product Hunt" class="shrink-0"><svg width="40" height="40" viewBox="0 0 40 40"
 aria-hidden="true"></svg></a><button type="button" class="flex items-center gap-2 rounded-full bg-gray-100 px-4 py-2 text-14 text-light-gray"
 data-test="header-search-button"><svg aria-hidden="true"></svg><span>Search ( ⌘ + k )</span></button><nav class="hidden md:flex flex-row gap-6"
 data-test="header-nav"><ul class="flex flex-row gap-6">${links(phNav, 'text-16 text-gray-700')}</ul></nav><div class="ml-auto flex flex-row gap-3"><a
 href="/newsletters" class="text-14 font-semibold">Subscribe</a><button type="button" class="rounded-full bg-brand-500 px-4 py-2 text-14 font-semibold
 text-white" data-test="header-sign-in">Sign in</button></div></div></header>
<main class="mx-auto w-full max-w-7xl px-6 py-10"><div class="flex flex-col gap-6 lg:flex-row"><div class="flex-1 min-w-0"><section class="flex flex-col gap-4"
 data-test="product-header"><div class="flex flex-row items-start gap-4"><img src="https://ph-files.imgix.example/tidewell-thumb.png?auto=format&amp;w=96"
 width="72" height="72" alt="${phName}" class="rounded-xl"><div class="flex flex-col"><h1 class="text-24 font-semibold text-dark-gray"
 data-test="product-name">${phName}</h1><h2 class="text-18 text-gray-600" data-test="product-tagline">${phTagline}</h2><div class="mt-2 flex flex-row
 items-center gap-1 text-14 text-light-gray"><span>★★★★★</span><a href="/products/tidewell/reviews">5.0 (12 reviews)</a><span>•</span><span>Free
 Options</span></div></div><div class="ml-auto flex flex-row gap-2"><a href="https://tidewell.example/?ref=producthunt" target="_blank" rel="noopener"
 class="rounded-full border border-gray-300 px-5 py-3 text-14 font-semibold">Visit website</a><button type="button" class="flex flex-row items-center gap-2
 rounded-full bg-brand-500 px-5 py-3 text-14 font-semibold text-white" data-test="vote-button"><svg aria-hidden="true"></svg><span>Upvote • 412</span>
</button></div></div><div class="flex flex-row flex-wrap items-center gap-2 text-14"><span class="text-light-gray">Launched in</span>${phTopics
  .map((t) => `<a href="/topics/${t.toLowerCase()}" class="rounded-full border border-gray-200 px-3 py-1">${t}</a>`)
  .join('')}</div></section><nav class="mt-6 flex flex-row gap-6 border-b border-gray-200" data-test="product-tabs"><ul class="flex flex-row gap-6">${links(
  phTabs,
  'pb-3 text-16',
)}</ul></nav><section class="mt-8" data-test="post-description"><div class="prose text-16 text-dark-gray"><p>${phDesc}</p></div><div class="mt-6
 flex flex-row gap-4 overflow-x-auto" data-test="gallery">${['Timeline view', 'Rules editor', 'Offline tide tables']
   .map((a, i) => `<img src="https://ph-files.imgix.example/tidewell-${i}.png?auto=format&amp;w=640" alt="${a}" width="640" height="400" loading="lazy">`)
   .join('')}</div><div class="mt-6 flex flex-row flex-wrap items-center gap-4 text-14 text-light-gray"><span>Launched on <time
 datetime="2025-10-14T07:01:00.000Z">October 14th, 2025</time></span><span class="rounded bg-orange-100 px-2 py-1 font-semibold text-orange-700">#3 Day
 Rank</span><span class="rounded bg-gray-100 px-2 py-1">#11 Week Rank</span></div></section>
<section class="mt-10" data-test="makers"><h2 class="text-18 font-semibold">Meet the team</h2><ul class="mt-3 flex flex-row gap-6">${[
  'Nora Pellegrini',
  'Sami Okafor',
]
  .map(
    (m) => `<li class="flex flex-row items-center gap-2"><img src="https://ph-avatars.imgix.example/${m.length}?w=32" alt="${m}" width="32"
 height="32" class="rounded-full"><a href="/@${m.toLowerCase().replace(/ /g, '_')}" class="text-14 font-semibold">${m}</a></li>`,
  )
  .join('')}</ul></section>
<section class="mt-10" id="comments" data-test="comments"><div class="flex flex-row items-center justify-between"><h2 class="text-18 font-semibold">
${phAll(phComments).length} comments</h2><div class="flex flex-row gap-2 text-14"><button type="button" class="font-semibold">Best</button><button
 type="button" class="text-light-gray">New</button></div></div><div class="mt-4 rounded-xl border border-gray-200 p-4"><p class="text-16 text-light-gray">What
 do you think? …</p><button type="button" class="mt-2 rounded-full bg-brand-500 px-4 py-2 text-14 font-semibold text-white">Login to comment</button></div>
${phComments.map((c) => phComment(c)).join('\n')}
</section></div><aside class="w-full lg:w-80 shrink-0" data-test="sidebar"><section class="rounded-xl border border-gray-200 p-5"><h2 class="text-16
 font-semibold">Similar products</h2><ul class="mt-3 flex flex-col gap-4">${phSimilar
   .map(
     ([n, t]) => `<li><a href="/products/${n.toLowerCase()}" class="flex flex-col"><span class="text-14 font-semibold">${n}</span><span class="text-14
 text-light-gray">${t}</span></a></li>`,
   )
   .join('')}</ul></section><section class="mt-6 rounded-xl bg-gray-50 p-5" data-test="newsletter"><h2 class="text-16 font-semibold">Subscribe to our
 newsletter</h2><p class="text-14 text-gray-600">Get the best new products in your inbox, daily.</p><input type="email" placeholder="Your email"
 class="mt-2 w-full rounded border px-3 py-2"><button type="button" class="mt-2 rounded-full bg-brand-500 px-4 py-2 text-14 font-semibold
 text-white">Subscribe</button></section></aside></div></main>
<footer class="border-t border-gray-200"><div class="mx-auto max-w-7xl px-6 py-8"><ul class="flex flex-row flex-wrap gap-4 text-14 text-gray-600">${links(
  phFoot,
)}</ul><p class="mt-4 text-12 text-light-gray">© 2025 Product Hunt</p></div></footer></div>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[48211,[\\"7023\\",
\\"static/chunks/7023-3c0f.js\\"],\\"ApolloNextAppProvider\\"]\\n"])</script><script>self.__next_f.push([1,"5:{\\"post\\":{\\"slug\\":\\"tidewell\\",
\\"votesCount\\":412,\\"commentsCount\\":6}}\\n"])</script></body></html>`;
export const productHunt: TestPage = {
  html: phHtml,
  name: 'heldout31-product-hunt-launch',
  kind: 'forum',
  // the title is the product name (the h1), the tagline under it is body like a dek, with the launch description; the maker's
  // first comment, the other comments and their replies are body (a launch page's comment thread is its discussion); makers'
  // and commenters' names, comment times ("9h ago"...) and the launch date "October 14th, 2025" are bylines ("Launched on" is
  // furniture); the "Maker" badges, commenters' headlines, "Upvote (31)" and the other actions, the rating line, "Visit
  // website", "Upvote • 412", topic chips, tabs, ranks, "Meet the team", the comment count, sort and guest box, "Similar
  // products", newsletter box, header and footer are furniture; words of the posts are left out: the topic "Weather" (a word
  // of the tagline) and the tab "Team" ("a team of two"); "Launches" is both a nav link and a tab: listed once
  title: phName,
  headings: [],
  body: texts([phTagline, phDesc, ...phAll(phComments).flatMap((c) => c.paras)]),
  bylines: [...new Set(phAll(phComments).flatMap((c) => [c.name, c.ago])), 'October 14th, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search ( ⌘ + k )', ...phNav, 'Subscribe', 'Sign in', '★★★★★', '5.0 (12 reviews)', 'Free Options', 'Visit website', 'Upvote • 412', 'Launched in',
    ...phTopics.filter((t) => t !== 'Weather'), ...phTabs.filter((t) => t !== 'Launches' && t !== 'Team'), 'Launched on', '#3 Day Rank',
    '#11 Week Rank', 'Meet the team', '6 comments', 'Best', 'New',
    'What do you think? …', 'Login to comment', 'Maker', ...new Set(phAll(phComments).map((c) => c.headline)),
    ...phAll(phComments).map((c) => `Upvote (${c.votes})`), 'Reply', 'Share', 'Similar products', ...phSimilar.flat(), 'Subscribe to our newsletter',
    'Get the best new products in your inbox, daily.', ...phFoot.filter((t) => t !== 'Advertise'), '© 2025 Product Hunt',
  ],
};
