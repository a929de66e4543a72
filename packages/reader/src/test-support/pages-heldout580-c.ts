import { links, ps, type TestPage, texts } from './page-kit.js';
import { fur, j, lis } from './pages-heldout580-kit.js';

/** Held-out batch 580, file c: a wedding DJ's long blog post on Ghost (Casper theme) with its read-more cards and members buttons. */
const gTitle = 'How to Build a Wedding Playlist That Actually Fills the Floor';
const gDek = 'Ten years of Saturday nights, boiled down to the seven things I ask every couple to think about before they send me their list.';
const gParts: { head: string; blocks: string[] }[] = [
  {
    head: '',
    blocks: [
      j(
        'Every couple I meet has the same worry. They have been to a wedding where the dance floor died at half past nine, where',
        'the DJ played his own favourites to an empty room while the guests drifted to the bar, and they do not want that to',
        'happen at theirs. The good news is that a full floor is rarely luck. It comes from a bit of planning and a list that',
        'gives the DJ room to work.',
      ),
      j(
        'This is the advice I give in every planning call. Some of it is about songs, but most of it is about the order of the',
        'night, the people in the room and the moments that change the mood.',
      ),
    ],
  },
  {
    head: '1. Start with the room, not the charts',
    blocks: [
      j(
        'Before you write down a single song, picture the guests. How many are over sixty? How many children will still be up at',
        'nine? Is there a group of university friends who will dance to anything, or a family who only gets up for the songs',
        'they grew up with? A playlist that suits the couple but not the room will play to a handful of people.',
      ),
      j(
        'I ask couples to split their guests roughly into generations and to name one song each group would run to the floor',
        'for. Those four or five songs are worth more to me than a list of fifty current hits.',
      ),
    ],
  },
  {
    head: '2. Give me must-plays, not a full running order',
    blocks: [
      j(
        'A list of 120 songs in a fixed order ties my hands. If the floor is full of aunties at ten o’clock and the next song',
        'on your list is a nine-minute club track, I have to choose between your list and your guests. I would rather not.',
      ),
      'The planning form I send has three boxes, and I suggest these sizes:',
    ],
  },
  {
    head: '',
    blocks: [
      'Must-plays: 10 to 15 songs that would upset you if they were missed.',
      'Would-love: up to 30 songs that show me your taste.',
      'Do-not-play: as many as you like. I treat this list as law.',
    ],
  },
  {
    head: '3. Think about the three big moments',
    blocks: [
      j(
        'There are three songs that shape the night more than any others: the first dance, the song straight after it and the',
        'last song. The first dance is yours to choose, and I will play it however you like, faded, cut short or in full.',
      ),
      j(
        'The song after the first dance matters more than most couples expect. It is the moment you invite everyone to join you,',
        'so it needs to be something everyone knows and nobody feels silly dancing to. A slow first dance followed by an upbeat,',
        'familiar song works almost every time. Going from a ballad straight into something heavy does not.',
      ),
      j(
        'The last song should feel like an ending. Some couples want a big singalong with everyone in a circle; others want a',
        'slow song just for the two of them. Both work, as long as you tell me which.',
      ),
    ],
  },
  {
    head: '4. Let the night build',
    blocks: [
      j(
        'The first hour of dancing is usually the busiest, and then the floor thins out when the evening food arrives. I plan',
        'for that dip rather than fight it. Around the buffet I play things people can sing along to from the tables, and then',
        'build back up with a run of the songs I know will bring them back.',
      ),
      'A rough shape I use for a six-hour evening:',
    ],
  },
  {
    head: '',
    blocks: [
      'First dance and a run of well-known songs for all ages.',
      'A softer half-hour around the evening food.',
      'The strongest floor-fillers between ten and eleven.',
      'Requests, throwbacks and the big singalongs to finish.',
    ],
  },
  {
    head: '5. Be careful with requests from the top table',
    blocks: [
      j(
        'Guests will ask for songs, and most of the time that is lovely. But a request that suits one table can empty the floor',
        'for everyone else, and I cannot always say no to the bride’s uncle. If there are songs you really do not want, put them',
        'on the do-not-play list and tell your family it exists. It saves me an awkward conversation at eleven o’clock.',
      ),
      j(
        'Some couples share a request link with their guests a few weeks ahead. I like this: it gives me a feel for the room,',
        'and I can slot the good ones in without anyone having to queue at the DJ booth.',
      ),
    ],
  },
  {
    head: '6. Clean versions and the grandparents',
    blocks: [
      j(
        'Plenty of great dance songs have lyrics you would not want your grandmother to hear. I play clean edits by default until',
        'the children have gone to bed, unless you tell me otherwise. If a song only exists in an explicit version, I will ask',
        'you before I play it.',
      ),
    ],
  },
  {
    head: '7. Trust the person behind the decks',
    blocks: [
      j(
        'You chose your DJ for a reason. Give them your must-plays, your do-not-plays and a sense of who is coming, and then let',
        'them read the room. The best nights I have played were the ones where the couple stopped checking the playlist on',
        'their phones and just danced.',
      ),
      'The best compliment a couple can pay me is that they did not notice the music changing, only that they never wanted to sit down.',
      j(
        'If you are planning a wedding in the next year and want a copy of my planning form, you can download it free from the',
        'resources page. Fill it in whoever your DJ is; any good DJ will be glad to have it.',
      ),
    ],
  },
];
const gNav = ['Home', 'Weddings', 'Playlists', 'Gear', 'About'];
const gCards: [string, string, string, string][] = [
  ['Wedding Planning', 'Ceremony music in ten minutes: a checklist for the registry office', 'Feb 18, 2025', '4 min read'],
  ['Playlists', 'Forty floor-fillers that work for every generation', 'Jan 27, 2025', '6 min read'],
  ['Gear', 'Why I still bring a backup laptop to every wedding', 'Dec 9, 2024', '5 min read'],
];
const gFoot = ['Sign up', 'Privacy', 'Contact'];
const gSection = (p: (typeof gParts)[number], i: number): string => {
  const head = p.head === '' ? '' : `<h2 id="h-${i}">${p.head}</h2>\n`;
  if (i === 3 || i === 6) return `<ul>${lis(p.blocks)}</ul>`;
  if (i === 9) {
    const q = `<blockquote class="kg-blockquote-alt">${p.blocks[1]}</blockquote>`;
    return `${head}${ps([p.blocks[0] ?? ''])}\n${q}\n${ps([p.blocks[2] ?? ''])}`;
  }
  return `${head}${ps(p.blocks)}`;
};
const gCard = (c: (typeof gCards)[number]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${c[1].slice(0, 12)}/">
<img class="post-card-image" src="/content/images/size/w600/2025/01/card.jpg" alt="${c[1]}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${c[1].slice(0, 12)}/"><header class="post-card-header"><div class="post-card-tags"><span
 class="post-card-primary-tag">${c[0]}</span>
</div><h2 class="post-card-title">${c[1]}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-01-01">${c[2]}</time>
<span class="post-card-meta-length">${c[3]}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4a1b2c3d4e"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://floorfillernotes.com/wedding-playlist-fill-the-floor/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Floorfiller Notes"><meta property="og:type" content="article"><meta property="article:published_time"
 content="2025-03-11T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Floorfiller Notes"},
"author":{"@type":"Person","name":"Nell Okafor"},"headline":"${gTitle}","datePublished":"2025-03-11T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Floorfiller Notes" href="https://floorfillernotes.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://floorfillernotes.com/"
 data-key="8a1f3c" data-api="https://floorfillernotes.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-wedding-planning has-serif-title has-sans-body is-head-left-logo"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
 href="https://floorfillernotes.com">Floorfiller Notes</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
 xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round"
 d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
 data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-wedding-planning tag-playlists">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/wedding-planning/">Wedding
 Planning</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nell/" class="author-avatar" aria-label="Read more of Nell Okafor"><img class="author-profile-image" src="/content/images/2024/05/nell.jpg"
 alt="Nell Okafor"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nell/">Nell Okafor</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-03-11">Mar 11, 2025</time><span class="byline-reading-time"><span
 class="bull">&bull;</span> 9 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/03/floor.jpg 300w, /content/images/size/w2000/2025/03/floor.jpg 2000w"
 src="/content/images/size/w2000/2025/03/floor.jpg" alt="Guests dancing under festoon lights"><figcaption><span style="white-space: pre-wrap;">The floor at
 a barn wedding in Somerset, ten minutes after the first dance.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gParts.map(gSection).join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🎧</div><div class="kg-callout-text">Want a second opinion on your
 list? Members can send me a playlist and I will mark it up with notes within a week.</div></div>
<div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">Become a member</a></div>
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments
 data-api="https://floorfillernotes.com/ghost/api/content/" data-post-id="65ef1a2b3c4d5e6f7a8b9c0d" data-count-only="false"
 crossorigin="anonymous"></script></section>
</article></main></div>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards.map(gCard).join('\n')}</div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
 href="https://floorfillernotes.com">Floorfiller Notes</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul>${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by
 Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden"><button
 class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=4a1b2c3d4e"></script></body></html>`;
const gHeads = gParts.map((p) => p.head).filter((h) => h !== '');
const gBody = [
  gDek,
  ...gParts.flatMap((p) => p.blocks),
  'Want a second opinion on your list? Members can send me a playlist and I will mark it up with notes within a week.',
];
const floorfiller: TestPage = {
  name: 'heldout580-ghost-dj-playlist-post',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts(gBody),
  bylines: ['Nell Okafor', 'Mar 11, 2025', ...gCards.map((c) => c[2])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([gTitle, ...gHeads, ...gBody], [
    'Floorfiller Notes', ...gNav, 'Sign in', 'Subscribe', 'Wedding Planning', '9 min read',
    'The floor at a barn wedding in Somerset, ten minutes after the first dance.', 'Become a member', ...gCards.flatMap((c) => [c[0], c[1], c[3]]),
    '© 2025', ...gFoot, 'Powered by Ghost',
  ]),
};

export const HELDOUT580_C: readonly TestPage[] = [floorfiller];
