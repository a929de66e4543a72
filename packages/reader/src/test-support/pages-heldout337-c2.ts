import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file c2: an independent bookshop's list post on a Bookshop.org-style platform built with Tailwind
 * utility classes and LiveView attributes (the affiliate banner, header with search, cart and the "Support a shop" pill,
 * the shop card, the list intro, each book card with author, price, "Add to cart" and the shop's note, "More lists from
 * this shop", the gift-card promo and the footer).
 */
const kTitle = 'Books to Read on a Long Train Journey';
const kIntro = [
  j(
    'Every spring a few of our regulars come in before a big trip and ask for “something for the train”. It is one of our',
    'favourite questions, because a train book is its own kind of book. It needs to be absorbing enough to make you forget the',
    'delay at Crewe, but not so fragile that it falls apart when the trolley comes past.',
  ),
  j(
    'So we asked everyone who works in the shop to pick one. Some are long, some are short enough to finish between two',
    'cities, and one is mostly pictures. All of them have kept at least one of us company on a journey.',
  ),
];
const kBooks: readonly (readonly [string, string, string, string])[] = [
  [
    'The Slow Line North',
    'Agnes Farrow',
    '£10.99',
    j(
      'Picked by Tom: a retired signalman travels the length of the country by stopping train to scatter his brother’s ashes.',
      'Gentle and funny and, at the end, completely devastating. Pack tissues.',
    ),
  ],
  [
    'Murder at Platform Seven',
    'Rhys Bellingham',
    '£9.99',
    j(
      'Picked by Sadia: the perfect train mystery because it is set on a train, and because the chapters are exactly the length',
      'of the gap between stations. I suspected everyone.',
    ),
  ],
  [
    'A Pocket Atlas of Lost Railways',
    'Cora Haldane',
    '£16.99',
    j(
      'Picked by Jude: the one that is mostly pictures. Maps of branch lines that closed decades ago, with a paragraph on each.',
      'Look out of the window and try to spot the old embankments.',
    ),
  ],
  [
    'The Night Ferry to Esbjerg',
    'Signe Halvorsen',
    '£12.99',
    j(
      'Picked by Ollie: a translated Danish thriller that takes place almost entirely on an overnight crossing. Not technically',
      'a train book, but I read it on the sleeper to Inverness and did not sleep at all, which I am counting as a recommendation.',
    ),
  ],
  [
    'The Weather Diaries',
    'Lionel Pargeter',
    '£20.00',
    j(
      'Picked by Priya: three centuries of people writing down the sky. Dip in and out, read an entry, watch the real clouds go',
      'by, read another. The most calming book in the shop.',
    ),
  ],
];
const kOutro = [
  j(
    'Every book on this list is in stock in the shop on Mill Lane, and if you order here your purchase supports us directly.',
    'If a title has sold out by the time you read this, we can usually get it in within two or three days, and we are always',
    'happy to suggest something similar. Safe travels, and tell us what you read.',
  ),
];
const kHeader = ['Browse', 'Bestsellers', 'Gift Cards', 'Find a Shop', 'Sign In'];
const kMore = ['Our Staff Picks for Spring', 'Novels Set in Bookshops', 'Poetry for People Who Think They Hate Poetry'];
const kFoot = ['About', 'Become an Affiliate', 'Shop Directory', 'Careers', 'Help Centre', 'Privacy Notice', 'Terms of Sale'];
const card = ([t, a, p, note]: readonly [string, string, string, string], i: number): string => `<div class="flex flex-col sm:flex-row gap-6 py-8 border-b
border-gray-200" id="list-item-${i}"><a href="/p/books/${t.length}-${i}" class="shrink-0 w-32"><img class="w-full shadow"
src="https://images.bookstack.example/${i}.jpg"
alt="${t}"></a><div class="flex-1"><h2 class="text-xl font-sans-bold leading-tight"><a href="/p/books/${t.length}-${i}" class="hover:underline">${t}</a></h2>
<p class="text-sm text-gray-600 mt-1">${a}</p><p class="text-lg font-sans-bold mt-2">${p}</p>
<div class="prose prose-sm mt-3 text-gray-800"><p>${note}</p></div><button phx-click="add_to_cart" phx-value-ean="97819${i}0" class="mt-4 px-4 py-2 bg-teal-700
text-white
rounded">Add to cart</button></div></div>`;
const kHtml = `<!DOCTYPE html><html lang="en-GB" class="h-full"><head><meta charset="utf-8"><meta name="csrf-token" content="KxAuPj0mBzgZ">
<title>Books to Read on a Long Train Journey - a list by Fennel &amp; Finch Books | Bookstack</title>
<meta name="description" content="A list of books curated by Fennel &amp; Finch Books: Books to Read on a Long Train Journey.">
<meta property="og:type" content="website"><link rel="stylesheet" href="/assets/app-92f1d.css">
<script defer phx-track-static type="text/javascript" src="/assets/app-92f1d.js"></script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-BKSTK"></script></head>
<body class="h-full bg-white font-sans"><div data-phx-main data-phx-session="SFMyNTY.g2gDaAJhBXQ" id="phx-F9tQ" class="min-h-full">
<div class="bg-teal-900 text-white text-center text-sm py-2">Every purchase on Bookstack supports independent bookshops. <a class="underline"
href="/about">Learn more</a></div>
<header class="border-b border-gray-200"><div class="container mx-auto flex items-center justify-between px-4 py-3"><a href="/" class="text-2xl
font-serif">Bookstack</a>
<form action="/search" class="hidden md:block flex-1 mx-8"><input type="search" name="keywords" placeholder="Search books, authors, ISBNs" class="w-full
rounded-full"></form>
<nav><ul class="flex gap-5 text-sm">${links(kHeader, 'hover:underline')}</ul></nav><span class="ml-4 rounded-full bg-gray-100 px-3 py-1 text-xs">Supporting:
Fennel &amp;
Finch Books</span></div></header>
<main class="container mx-auto px-4 py-10 max-w-4xl"><div class="flex items-center gap-4 mb-8"><img src="/shops/fennel-finch.png" class="w-16 h-16
rounded-full" alt="">
<div><p class="text-xs uppercase tracking-wide text-gray-500">Curated by</p><a href="/shop/fennelandfinch" class="font-sans-bold">Fennel &amp; Finch Books</a>
<p class="text-xs text-gray-500">Updated April 3, 2026</p></div></div>
<h1 class="text-4xl font-serif leading-tight mb-6">${kTitle}</h1><div class="prose max-w-none mb-8">${ps(kIntro)}</div>
<div class="flex gap-3 mb-6 text-sm"><button class="border rounded px-3 py-1">Share list</button><button class="border rounded px-3 py-1">Add all to
cart</button></div>
<div class="divide-y">${kBooks.map(card).join('\n')}</div><div class="prose max-w-none mt-8">${ps(kOutro)}</div>
<section class="mt-16"><h2 class="text-2xl font-serif mb-4">More lists from this shop</h2><ul class="grid grid-cols-3 gap-4">${links(
  kMore,
  'text-sm',
)}</ul></section>
<aside class="mt-12 rounded bg-amber-50 p-6"><p class="font-sans-bold">Give the gift of reading</p><p class="text-sm">Bookstack gift cards can be spent with any
shop on the site.</p><a href="/gift-cards" class="underline text-sm">Buy a gift card</a></aside></main>
<footer class="bg-gray-900 text-gray-300 mt-16"><div class="container mx-auto px-4 py-10"><ul class="flex flex-wrap gap-6 text-sm">${links(kFoot)}</ul>
<p class="text-xs mt-6">© 2026 Bookstack Ltd. Registered in England and Wales.</p></div></footer></div></body></html>`;

export const bookshopList: TestPage = {
  name: 'heldout337-bookshop-org-shop-list-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kBooks.map(([t]) => t),
  body: [...texts(kIntro), ...kBooks.map(([, , , n]) => n), ...texts(kOutro)],
  bylines: ['Fennel & Finch Books', 'Updated April 3, 2026'],
  furniture: [
    'Every purchase on Bookstack supports independent bookshops.',
    'Learn more',
    'Bookstack',
    ...kHeader,
    'Supporting: Fennel & Finch Books',
    'Curated by',
    'Share list',
    'Add all to cart',
    ...kBooks.flatMap(([, a, p]) => [a, p]),
    'Add to cart',
    'More lists from this shop',
    ...kMore,
    'Give the gift of reading',
    'Bookstack gift cards can be spent with any shop on the site.',
    'Buy a gift card',
    ...kFoot,
    '© 2026 Bookstack Ltd. Registered in England and Wales.',
  ],
};
