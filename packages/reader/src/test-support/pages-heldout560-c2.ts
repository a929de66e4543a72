import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout560-kit.js';

/**
 * Held-out batch 560, file c2: a long tips post on an escape room company's Ghost blog (Casper theme, with a callout card,
 * a blockquote, read-more cards and the footer call to action).
 */
const gTitle = 'Seven habits of teams that escape with time to spare';
const gDek = j('We have watched more than 9,000 teams play our rooms. The ones who get out early are not always the cleverest.', 'They just work differently.');
const gIntro = [
  j(
    'Every game master has a favourite kind of team to watch. Mine is the one that walks in quietly, splits up without being told',
    'and is standing at the exit door with a quarter of an hour left on the clock, slightly puzzled that anyone finds this hard.',
  ),
  j(
    'Over six years and four rooms at Gearshift we have kept notes on what those teams do. None of it needs puzzle experience,',
    'and most of it is the opposite of what first-timers do by instinct.',
  ),
];
const gHabits: [string, string[]][] = [
  [
    '1. They search the whole room first',
    [
      j(
        'Fast teams spend the first five minutes doing nothing but finding things. Drawers come out, rugs get lifted, every book',
        'gets opened. Only when the room has been turned over do they start trying to solve anything.',
      ),
      j(
        'Slow teams find the first padlock and gather round it. Ten minutes later they are still guessing combinations for a lock',
        'whose clue is sitting in a coat pocket on the other side of the room.',
      ),
    ],
  ],
  [
    '2. They make a pile',
    [
      j(
        'Anything that looks like it might matter goes to one place: a table, a corner, a chair. Used items go somewhere else.',
        'It sounds obvious, but the pile stops two people from solving the same puzzle and stops anyone from walking off with the',
        'one key everybody needs.',
      ),
    ],
  ],
  [
    '3. They say everything out loud',
    [
      j(
        'The best teams are noisy. “I’ve got four numbers on a clock.” “There’s a red symbol under this chair.” Most puzzles are',
        'two halves found by two different people, and the halves only meet if both people are talking.',
      ),
    ],
  ],
  [
    '4. Nobody owns a puzzle',
    [
      j(
        'If someone has been stuck on the same thing for three or four minutes, fast teams swap them out. A fresh pair of eyes sees',
        'the pattern the first person has stopped noticing, and the person who was stuck gets something new to look at.',
      ),
    ],
  ],
  [
    '5. They ask for clues early',
    [
      j(
        'There is no prize for refusing help. Our game masters send a clue when you ask, and the teams with the best times usually',
        'ask two or three times, always at the point where they have tried everything they can think of, not ten minutes after.',
      ),
      'A good rule: if the whole team has been stuck on one thing for five minutes, ask.',
    ],
  ],
  [
    '6. They don’t force things',
    [
      j(
        'Nothing in a well-built room needs strength. If a drawer won’t open or a panel won’t move, it is locked for a reason,',
        'and pulling harder only breaks props and costs you time while we fix them.',
      ),
    ],
  ],
  [
    '7. They trust the room',
    [
      j(
        'Experienced players sometimes overthink. They look for hidden meanings in the wallpaper and decide that every scratch on',
        'the floor is a clue. Our rooms follow a simple rule: if it is part of the game, it will look like it. A number stuck on',
        'with tape probably is not.',
      ),
    ],
  ],
];
const gCallout = j(
  'Game master tip: in every Gearshift room, once a key or code has been used it is finished with. If you have opened something,',
  'leave the key in the lock.',
);
const gQuote = j(
  '“The quietest team I ever had solved the first room in record time and then sat in silence for twenty minutes in the second,',
  'each of them holding half of the answer.” – Marek, game master',
);
const gShort = [
  'Search everything before you solve anything.',
  'Keep found items in one place and used items in another.',
  'Talk constantly.',
  'Swap people off puzzles they are stuck on.',
  'Ask for a clue after five minutes stuck.',
  'Never force anything.',
  'If it looks like set dressing, it probably is.',
];
const gEnd = 'Try them on your next visit and tell us how it goes. If you beat the record in The Clockmaker’s Attic, your next game is on us.';
const gCards: [string, string, string][] = [
  ['Building the Clockmaker’s Attic: six months, one staircase', 'How a loft full of broken clocks became our hardest room.', 'Feb 20, 2024'],
  ['What your game master is actually doing', 'Cameras, clue screens and a lot of quiet cheering.', 'Jan 31, 2024'],
  ['Is an escape room good for a first date?', 'We asked forty couples. The answers were mixed.', 'Jan 9, 2024'],
];
const gNav = ['Home', 'Tips', 'Behind the scenes', 'Our rooms', 'Book a game'];
const gSection = ([h, paras]: [string, string[]], i: number): string =>
  `<h2 id="${h.toLowerCase().replace(/\W+/g, '-')}">${h}</h2>\n${ps(paras)}${
    i === 1
      ? `\n<div class="kg-card kg-callout-card kg-callout-card-accent">
<div class="kg-callout-text">${gCallout}</div></div>`
      : ''
  }${i === 2 ? `\n<blockquote>${gQuote}</blockquote>` : ''}`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://journal.gearshift.example/assets/built/screen.css?v=7a2c91f0d3">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.gearshift.example/seven-habits/">
<meta property="og:site_name" content="The Gearshift Journal"><meta property="og:type" content="article"><meta property="article:published_time"
content="2024-03-12T09:30:00.000Z">
<meta property="article:tag" content="Tips"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tamsin Oduya">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Gearshift Journal"},
"author":{"@type":"Person","name":"Tamsin Oduya"},"headline":"${gTitle}","datePublished":"2024-03-12T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.80"><link rel="alternate" type="application/rss+xml" title="The Gearshift Journal"
href="https://journal.gearshift.example/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://journal.gearshift.example/"
data-key="8c1f0e6b2a9d4c7e5b3a1f0e6d" data-api="https://journal.gearshift.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-tips is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://journal.gearshift.example">
<img src="https://journal.gearshift.example/content/images/2023/05/gearshift-logo.png" alt="The Gearshift Journal"></a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24"></svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-tips">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/tips/">Tips</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tamsin/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2023/05/tamsin.jpg"
alt="Tamsin Oduya"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tamsin/">Tamsin Oduya</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2024-03-12">Mar 12, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span>
</div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w600/2024/03/attic.jpg 600w, /content/images/size/w1200/2024/03/attic.jpg 1200w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2024/03/attic.jpg" alt="A wooden study lit by a desk lamp">
<figcaption>The study in The Clockmaker’s Attic, our hardest room. Photo: Gearshift Escapes</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
${gHabits.map(gSection).join('\n')}
<h2 id="the-short-version">The short version</h2><ul>${lis(gShort)}</ul><p>${gEnd}</p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal="signup"><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards
  .map(
    ([t, x, d]) => `<article class="post-card post"><a class="post-card-image-link"
href="/${t.toLowerCase().replace(/\W+/g, '-')}/"><img class="post-card-image" src="/content/images/size/w600/2024/02/card.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link"
href="/${t.toLowerCase().replace(/\W+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags">
</div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${x}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date">${d}</time>
</footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.gearshift.example">The Gearshift Journal</a> &copy; 2024</section>
<nav class="site-footer-nav"><ul class="nav">${links([
  'Sign up',
  'Privacy',
  'Gearshift Escapes',
])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog"
aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden"><div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="https://journal.gearshift.example/assets/built/casper.js?v=7a2c91f0d3"></script>
<script>document.documentElement.classList.add('js');</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout560-ghost-escape-tips',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gHabits.map(([h]) => h), 'The short version'],
  body: [gDek, ...gIntro, ...gHabits.flatMap(([, p], i) => (i === 1 ? [...p, gCallout] : i === 2 ? [...p, gQuote] : p)), ...gShort, gEnd],
  bylines: ['Tamsin Oduya', 'Mar 12, 2024', ...gCards.map(([, , d]) => d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Tips', 'Behind the scenes', 'Book a game', 'Sign in', 'Subscribe', '7 min read',
    'The study in The Clockmaker’s Attic, our hardest room. Photo: Gearshift Escapes', 'Sign up for more like this.', 'Enter your email',
    ...gCards.flatMap(([t, x]) => [t, x]), 'The Gearshift Journal © 2024', 'Sign up', 'Privacy', 'Gearshift Escapes', 'Powered by Ghost',
  ],
};

export const HELDOUT560_C2: readonly TestPage[] = [ghost];
