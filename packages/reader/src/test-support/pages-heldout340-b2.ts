import { links, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout340-kit.js';

/**
 * Held-out batch 340, file b2: a Flipboard-style magazine page, a listing (the Flipboard top bar with its topic menu, the
 * magazine header with curator, follower and story counts and the Follow button, flipped items with their source, the
 * "Flipped by" lines, like / comment / flip counts, the sign-up wall, "More magazines" and the footer). Gold: the
 * magazine's description, each item's title (as a heading), excerpt and the curator's note on a flip are the body.
 */
const title = 'Small Harbours, Big Questions';
const desc = j(
  'A running collection of reporting on working harbours, fishing towns and the ferries, quays and boatyards that keep',
  'them going. Curated for anyone who has waited for a tide.',
);
type Item = { t: string; ex: string; src: string; note: string };
const items: Item[] = [
  {
    t: 'How a co-op bought back the last ice plant on the Fenwick coast',
    ex: j(
      'When the private owner announced the closure, fifty boat owners pooled their savings and a regional loan to keep the',
      'plant running. Two seasons later it has paid back a third of the debt and sells ice to buyers from three counties.',
    ),
    src: 'Coastline Quarterly',
    note: 'The best thing I read this month about who owns the boring parts of a harbour.',
  },
  {
    t: 'The boatbuilders training apprentices in a disused lifeboat station',
    ex: j(
      'A four-year programme in Arrowhythe takes on six school leavers a year and teaches them to build and repair wooden',
      'hulls. Its graduates are already in demand at yards along the coast, where the average shipwright is over sixty.',
    ),
    src: 'The Estuary Post',
    note: '',
  },
  {
    t: 'Why the tide tables are getting harder to trust in shallow ports',
    ex: j(
      'Harbour masters say silting and new sandbanks are shifting local tides away from the published predictions, and that',
      'small ports cannot afford the surveys needed to update them. Some now post their own observed times every morning.',
    ),
    src: 'Marine Notes',
    note: 'Worth it for the chart of observed against predicted high water at Callow Quay.',
  },
  {
    t: 'A night on the last mail boat to the outer skerries',
    ex: j(
      'The twice-weekly mail run carries letters, medicines, a vet once a month and, on this trip, a piano. Its skipper has',
      'made the crossing for nineteen years and says the weather has never been the hardest part of the job.',
    ),
    src: 'Northern Review',
    note: '',
  },
];
const topics = ['For You', 'News', 'Business', 'Technology', 'Travel', 'Food & Dining', 'Science'];
const moreMags = ['Island Life', 'The Fisheries Desk', 'Coastal Weather Watch'];
const foot = ['About Us', 'Blog', 'Careers', 'Publishers', 'Advertisers', 'Help Center', 'Terms', 'Privacy', 'Cookie Policy'];
const itemHtml = (it: Item, i: number): string => `<li class="magazine-item" data-index="${i}"><article class="item item--article">
<a class="item__media" href="/@lio-farran/small-harbours/${i}"><img class="item__image" src="https://cdn.flipboard.example/${i}.jpg" alt=""></a>
<div class="item__attribution"><span class="attribution__source">${it.src}</span></div>
<h3 class="item__title"><a href="/@lio-farran/small-harbours/${i}">${it.t}</a></h3>
<p class="item__excerpt">${it.ex}</p>
${it.note === '' ? '' : `<div class="item__caption"><p class="caption__text">${it.note}</p></div>`}
<div class="item__flipper"><span class="flipper__label">Flipped by</span> <a class="flipper__name" href="/@lio-farran">Lio Farran</a></div>
<div class="item__actions social-actions"><button class="action action--like" aria-label="Like">${20 + i * 7}</button>
<button class="action action--comment" aria-label="Comment">${i + 2}</button><button class="action action--flip" aria-label="Flip">Flip</button>
<button class="action action--share" aria-label="Share">Share</button></div></article></li>`;
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | Flipboard</title>
<meta property="og:type" content="flipboard:magazine"><meta property="og:title" content="${title}"><meta name="description" content="${desc}">
<link rel="canonical" href="https://flipboard.example/@lio-farran/small-harbours-big-questions-a1b2c3">
${ld({ '@context': 'https://schema.org', '@type': 'CollectionPage', name: title, author: { '@type': 'Person', name: 'Lio Farran' } })}
<script>window.__INITIAL_STATE__={"app":{"isLoggedIn":false,"locale":"en-US"},"magazine":{"id":"a1b2c3","itemCount":112}};</script></head>
<body><div id="root"><div class="app"><header class="navigation-bar"><a class="flipboard-logo" href="/" aria-label="Flipboard">Flipboard</a>
<nav class="topic-navigation"><ul>${links(topics, 'topic-navigation__item')}</ul></nav>
<div class="navigation-bar__auth"><a class="button button--primary" href="/signup">Sign Up</a><a class="button" href="/login">Log In</a></div></header>
<main class="main-content"><section class="magazine-header"><div class="magazine-header__cover"><img src="https://cdn.flipboard.example/cover.jpg" alt=""></div>
<h1 class="magazine-header__title">${title}</h1>
<p class="magazine-header__description">${desc}</p>
<div class="magazine-header__author"><img class="avatar" src="https://cdn.flipboard.example/lio.jpg" alt="">
<span class="author-byline">Curated by <a href="/@lio-farran">Lio Farran</a></span></div>
<ul class="magazine-header__stats"><li>2.4K Followers</li><li>112 Stories</li></ul>
<button class="button button--follow">Follow</button></section>
<section class="magazine-items"><ul class="item-list">
${items.map(itemHtml).join('\n')}
</ul></section>
<div class="signup-wall"><p class="signup-wall__title">Join Flipboard to see more of this magazine</p>
<p class="signup-wall__text">Follow the stories you care about, all in one place.</p><a class="button button--primary" href="/signup">Join Flipboard</a></div>
<aside class="related-magazines"><h2 class="related-magazines__title">More magazines like this</h2><ul>${links(moreMags)}</ul></aside></main>
<footer class="site-footer"><ul>${links(foot)}</ul><p>© 2026 Flipboard</p></footer></div></div></body></html>`;

export const flipboardPage: TestPage = {
  name: 'heldout340-flipboard-magazine-news',
  kind: 'news',
  html,
  title,
  headings: items.map((it) => it.t),
  body: texts([desc, ...items.flatMap((it) => (it.note === '' ? [it.ex] : [it.ex, it.note]))]),
  bylines: ['Curated by Lio Farran'],
  furniture: [
    'Flipboard',
    ...topics,
    'Sign Up',
    'Log In',
    '2.4K Followers',
    '112 Stories',
    'Follow',
    ...items.map((it) => it.src),
    'Flipped by',
    'Lio Farran',
    'Flip',
    'Share',
    'Join Flipboard to see more of this magazine',
    'Follow the stories you care about, all in one place.',
    'Join Flipboard',
    'More magazines like this',
    ...moreMags,
    ...foot,
    '© 2026 Flipboard',
  ],
};
