import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 177, file c2: a Product Hunt launch (product post) page as a signed-out visitor saves it (the header with
 * search, the Launches / Products / News / Forums / Advertise menu and "Sign in", the product name h1 and tagline, the
 * "Visit website" and upvote buttons, the day's rank badges, the topic tags, the description, the gallery, the makers list,
 * the maker's first comment, the comment form prompt and other comments with their upvote / reply / share / report actions,
 * "Do you use Tidemark?", the "Similar products" rail, the sponsored slot, the footer and the cookie notice).
 */
const phName = 'Tidemark';
const phTagline = 'Shared inboxes for support teams of one to five';
const phDesc = [
  'Tidemark turns your support@ address into a calm, shared inbox. Assign conversations, leave private notes for teammates, ' +
    'snooze what can wait and see at a glance who is replying to what. No seats to count, no ticket numbers, no chatbot.',
];
const phMaker = [
  'Hey Product Hunt! 👋 I’m Priya, one of the two people behind Tidemark.',
  'For six years I ran support at a small bookkeeping software company. We were four people answering about 120 emails a day, ' +
    'and we tried everything: a shared Gmail account, two big helpdesk tools and, for one memorable month, a spreadsheet. The ' +
    'big tools were built for teams of fifty and priced like it. The shared inbox was free but chaos, with two of us replying ' +
    'to the same customer at least once a week.',
  'Tidemark is the thing we wished we had. It is deliberately small:',
  'Every conversation has an owner, shown as a face on the left, so nobody doubles up.',
  'Private notes sit in the thread, so you can ask a teammate something without forwarding the email around.',
  'Snooze a conversation until a date or until the customer replies, and it disappears until it matters.',
  'Saved replies with variables, because you will type your refund policy a thousand times.',
  'It works with any email provider. You forward your support address to Tidemark and replies go out from your own domain, ' +
    'so customers never know anything changed. Setting it up takes about five minutes, and your history can be imported from ' +
    'Gmail or an mbox file.',
  'Pricing is flat: $19 a month for the whole team, up to five people. We think tools for small teams should not punish you ' +
    'for hiring your second support person. For launch day, everyone who signs up from Product Hunt gets the first three months ' +
    'free.',
  'What is not there yet: live chat (on purpose, for now), a mobile app (in beta on iOS, Android in the spring) and reporting ' +
    'beyond the basics. We would love to hear what you would need before switching.',
  'My co-founder Tomás built most of the product and will be in the comments all day with me. Ask us anything, and tell us ' + 'honestly what you think! 🙏',
];
const phNav = ['Launches', 'Products', 'News', 'Forums', 'Advertise', 'Sign in'];
const phTopics = ['Customer Communication', 'Email', 'SaaS', 'Productivity'];
const phComments = [
  [
    'Hannes Obermaier',
    '@hobermaier',
    '5h ago',
    'Flat pricing for the whole team is such a relief. Does the import keep the original thread order?',
    'Upvote (8)',
  ],
  ['Lucía Ferrándiz', '@luciaf', '4h ago', 'We moved from a shared Gmail last week and it already feels calmer. Congrats on the launch!', 'Upvote (5)'],
];
const phSimilar = [
  ['Parcelbox', 'Helpdesk for tiny ecommerce teams'],
  ['Quietdesk', 'Email support without the tickets'],
  ['Sendwell', 'Saved replies for Gmail'],
];
const phFoot = [
  'Product Hunt',
  'Newsletter',
  'Changelog',
  'Forums',
  'Ask',
  'About',
  'Careers',
  'Terms',
  'Privacy and Cookies',
  'Twitter',
  'Facebook',
  'Instagram',
  'LinkedIn',
  'Apps',
];
const phHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tidemark: Shared inboxes for support teams of one to five | Product Hunt</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${plainDesc()}">
<meta property="og:title" content="Tidemark - Shared inboxes for support teams of one to five | Product Hunt"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://www.producthunt.com/products/tidemark">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebApplication","name":"${phName}","description":"${phTagline}",
"applicationCategory":"Customer Communication","aggregateRating":{"@type":"AggregateRating","ratingValue":4.9,"ratingCount":23}}</script>
<link rel="stylesheet" href="https://ph-static.example/_next/static/css/6a1e.css"></head>
<body><div id="__next"><header class="flex h-16 items-center border-b" data-test="header"><a href="/" aria-label="Product Hunt home">
<svg aria-hidden="true"></svg></a><div class="search" role="search"><input placeholder="Search ( / )" aria-label="Search"></div>
<nav><ul class="flex gap-6">${links(phNav.slice(0, 5), 'text-16 font-medium')}</ul></nav><a href="/login" data-test="header-nav-sign-in">${phNav[5]}</a>
</header>
<main class="layoutContainer"><div class="flex flex-col gap-8" data-test="post-page"><section class="flex flex-row gap-4" data-test="header-section">
<img alt="Tidemark" src="https://ph-files.example/tidemark-logo.png" width="64"><div><h1 class="text-24 font-semibold">${phName}</h1>
<h2 class="text-18 text-gray-700">${phTagline}</h2><div class="flex gap-2 text-14 text-gray-600"><span>4.9</span> <span>•</span>
<a href="#reviews">23 reviews</a> <span>•</span> <span>312 followers</span></div></div>
<div class="ml-auto flex gap-3"><a class="button" href="https://tidemark.example/?ref=producthunt" rel="noopener">Visit website</a>
<button data-test="vote-button"><span>Upvote</span> <span>• 486</span></button></div></section>
<div class="flex gap-2" data-test="badges"><span class="badge">#2 Product of the Day</span><span class="badge">Launched this week</span></div>
<section class="prose" data-test="post-description"><p>${phDesc[0]}</p>
<div class="flex flex-wrap gap-2" data-test="topics">${phTopics.map((t) => `<a class="tag" href="/topics/${t.toLowerCase()}">${t}</a>`).join('')}</div>
</section>
<section data-test="gallery"><div class="carousel"><img alt="Tidemark inbox view" src="https://ph-files.example/g1.png"><img alt="Tidemark notes"
src="https://ph-files.example/g2.png"></div><span class="text-12">Free Options</span></section>
<section data-test="makers"><h3 class="text-16 font-semibold">Meet the team</h3><ul><li><a href="/@priyav">Priya Venkataraman</a></li>
<li><a href="/@tomasr">Tomás Rivas</a></li></ul></section>
<section id="comments" data-test="thread"><h2 class="text-18 font-semibold">What do you think? …</h2>
<div class="comment-form"><p>Sign in to leave a comment</p></div>
<div class="flex flex-col" data-test="comment-1"><div class="flex items-center gap-2"><a href="/@priyav" class="font-semibold">Priya Venkataraman</a>
<span class="badge-maker">Maker</span><span class="text-gray-500">📌</span></div><div class="prose" data-test="comment-body">
<p>${phMaker[0]}</p><p>${phMaker[1]}</p><p>${phMaker[2]}</p><ul>${phMaker
  .slice(3, 7)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${phMaker
  .slice(7)
  .map((p) => `<p>${p}</p>`)
  .join('')}</div><div class="actions"><button>Upvote (64)</button><button>Reply</button><button>Share</button>
<button>Report</button><time datetime="2025-11-05T07:01:00.000Z">7h ago</time></div></div>
${phComments
  .map(
    (c) => `<div class="flex flex-col" data-test="comment"><a href="/${c[1]}" class="font-semibold">${c[0]}</a><span>${c[1]}</span>
<div class="prose"><p>${c[3]}</p></div><div class="actions"><button>${c[4]}</button><button>Reply</button><button>Share</button>
<time>${c[2]}</time></div></div>`,
  )
  .join('\n')}
<button class="more">View more comments</button></section>
<section data-test="product-review-cta"><h3>Do you use Tidemark?</h3><button>I use this</button></section></div>
<aside class="sidebar"><section><h3>Similar products</h3><ul>${phSimilar
  .map(
    (s) => `<li><a href="/products/${s[0]?.toLowerCase()}"><div>${s[0]}</div>
<div>${s[1]}</div></a></li>`,
  )
  .join('')}</ul></section><section class="ad" data-test="sponsored"><span>Promoted</span><a href="/r/p/ad">Ledgerline</a>
<p>Bookkeeping your accountant will actually like</p></section></aside></main>
<footer class="border-t"><ul>${links(phFoot)}</ul><p>© 2025 Product Hunt</p></footer>
<div class="cookie-notice" role="dialog"><p>We use cookies to improve your experience on Product Hunt.</p><button>Got it</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"apolloState":{}}}</script></body></html>`;
function plainDesc(): string {
  return 'Tidemark turns your support@ address into a calm, shared inbox. Assign conversations, leave private notes for teammates.';
}
export const productHunt: TestPage = {
  html: phHtml,
  name: 'heldout177-producthunt-launch',
  kind: 'blog',
  // the product name h1 is the title; the tagline, description and the maker's pinned first comment (the launch text) are
  // the body; the maker's name and its time are bylines; the other comments, badges, topics, makers list and rails are furniture
  title: phName,
  headings: [],
  body: texts([phTagline, ...phDesc, ...phMaker]),
  bylines: ['Priya Venkataraman', '7h ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...phNav, '23 reviews', '312 followers', 'Visit website', 'Upvote', '• 486', '#2 Product of the Day', 'Launched this week', ...phTopics,
    'Free Options', 'Meet the team', 'Tomás Rivas', 'What do you think? …', 'Sign in to leave a comment', 'Maker', 'Upvote (64)', 'Reply', 'Share',
    'Report', ...phComments.flat(), 'View more comments', 'Do you use Tidemark?', 'I use this', 'Similar products', ...phSimilar.flat(), 'Promoted',
    'Ledgerline', 'Bookkeeping your accountant will actually like', ...phFoot, '© 2025 Product Hunt',
    'We use cookies to improve your experience on Product Hunt.', 'Got it',
  ],
};
