import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout529-kit.js';

/**
 * Held-out batch 529, file c: a soft play café's long blog post for parents on Ghost (Casper theme: tag, excerpt, author byline,
 * feature image caption, footer call to action, read-more cards).
 */
const gTitle = "Your toddler's first soft play visit: what to pack and what to expect";
const gDek = 'A calm first visit sets the tone for years of happy climbing. Here is what we have learned from welcoming thousands of first-timers.';
const gH = [
  'Pick the right time',
  'What to pack',
  'When you arrive',
  'Helping a cautious climber',
  'Sharing the space with bigger children',
  'Food, naps and knowing when to leave',
  'After the visit',
];
const g1 = [
  j(
    'Every week we watch a few toddlers come through our door for the very first time. Some of them run straight for the ball pool',
    'without a backward glance. Others hold on to a parent’s leg for twenty minutes before they will touch a single soft block.',
    'Both are completely normal, and neither tells you anything about how much your child will love soft play in a month’s time.',
  ),
  j(
    'What does make a difference is the first visit itself. A noisy, crowded, overtired first visit can put a two-year-old off for weeks.',
    'A quiet, short, well-timed one usually ends with tears because it is time to go home. These are the things we suggest to every',
    'parent who rings to ask.',
  ),
];
const g2 = [
  j(
    'If you can, come on a weekday morning in term time. Between 9.30am and 11.30am our toddler zone is mostly full of under-threes, the',
    'music is turned down and the big frame is quiet. Saturday afternoons and the first days of the school holidays are the busiest times',
    'of the year, and not the moment for a first go.',
  ),
  j(
    'Think about naps, too. A toddler who arrives just before their usual sleep will run out of steam quickly, and one who has just',
    'woken up may need half an hour on your lap before they are ready to explore. Most families find that straight after a morning nap,',
    'or an hour after lunch, works best.',
  ),
];
const gPack = [
  'Socks for everyone, including you. Bare feet and shoes are not allowed on the play equipment.',
  'A spare set of clothes, because the sand pit and the water table are very popular.',
  'A drink in a bottle or cup with a lid, and a small snack for the car home.',
  'Nappies and wipes. Our changing room is next to the toilets by the café.',
  'Something comforting from home, such as a favourite toy, for the first few minutes.',
];
const g3 = [
  j(
    'At the desk we will ask for your child’s name and age and give them a coloured wristband: green for the toddler zone, blue for the',
    'main frame. Under-fours stay in the toddler zone unless an adult goes on the frame with them, which you are welcome to do.',
  ),
  j(
    'Find a table near the toddler zone before you start. Leaving coats and bags somewhere you can see from the play area means you will',
    'not have to take your child out of the zone just to fetch a wipe.',
  ),
];
const gQuote = 'Give them time to watch. Most children need to see a thing done three or four times before they will try it themselves.';
const g4 = [
  j(
    'Resist the urge to lift a hesitant toddler onto the equipment. Sit on the edge of the soft mats yourself, roll a ball to them,',
    'or climb the low steps first and let them follow. Our play leader, Sam, has a rule that a child who has been carried to the top',
    'of the slide will usually want to be carried down it too.',
  ),
  j(
    'Praise what they do, not what they do not do. “You touched the big blue block!” goes a long way further than “Come on, it’s only',
    'a small slide.” If the first visit ends with nothing more than a few minutes in the ball pool, that still counts as a success.',
  ),
];
const g5 = [
  j(
    'Our toddler zone is fenced off and has its own gate, and we ask older children to stay out of it. But brothers and sisters do',
    'sometimes wander in, and the big frame can be overwhelming to watch, with older children shouting and racing down the wave slide.',
  ),
  j(
    'If your toddler is upset by the noise, move to the sensory corner at the far end of the zone, where the lights are softer and the',
    'music is quieter. If an older child is being too boisterous, tell any member of staff in a yellow T-shirt and we will have a word.',
  ),
];
const g6 = [
  j(
    'Most toddlers are ready for a break after forty-five minutes. Stop for a drink and a snack before they get too tired, then decide',
    'together whether to have one more go or head home. Ending on a happy note matters more than getting your money’s worth.',
  ),
  j(
    'Our café serves toddler lunch boxes and warms baby food on request. If your child has an allergy, please speak to the café team',
    'before you order; we keep a full allergen folder behind the counter.',
  ),
];
const g7 = [
  j(
    'Talk about the visit on the way home and at bedtime: the red slide, the ball pool, the friend they met in the sand pit. Children',
    'who remember a good time are much keener to come back, and the second visit is almost always easier than the first.',
  ),
  'We hope to see you soon. If you have any questions before your first visit, just give us a ring.',
];
const gCaption = 'The toddler zone on a quiet Tuesday morning. Photo: Pip & Puddle';
const gNav = ['Home', 'Visit us', 'Play sessions', 'Café menu', 'Blog'];
const gCards = [
  ['Ten rainy-day games for under-fives', 'No paint, no glitter, no mess: games that need only a cushion and a timer.', 'Aug 2, 2026', '4 min read'],
  ['How we clean the ball pool', 'Every ball, every week. A look behind the scenes on a Monday night.', 'Jul 18, 2026', '3 min read'],
  ['Meet Sam, our play leader', 'Twelve years, one hundred birthday parties a year and a very loud whistle.', 'Jun 30, 2026', '5 min read'],
];
const gCard = (c: readonly string[]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${c[0]?.length}/">
<img class="post-card-image" src="/content/images/size/w600/2026/card.jpg" alt="${c[0]}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${c[0]?.length}/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${c[0]}</h2></header><div class="post-card-excerpt">${c[1]}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-08-02">${c[2]}</time><span class="post-card-meta-length">${c[3]}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle.replace(/'/g, '&#39;')}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8b2c4e1f0a"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://blog.pipandpuddle.co.uk/first-soft-play-visit/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-14T08:00:00.000Z"><meta property="article:tag" content="Parents' Guide">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Pip & Puddle"},
"author":{"@type":"Person","name":"Hannah Ojo"},"datePublished":"2026-09-14T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://blog.pipandpuddle.co.uk/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:32px}</style></head>
<body class="post-template tag-parents-guide is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://blog.pipandpuddle.co.uk"><img src="/content/images/2025/03/logo.png" alt="Pip &amp; Puddle"></a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions">
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-parents-guide">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/parents-guide/">Parents' Guide</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/hannah/" class="author-avatar">
<img class="author-profile-image" src="/content/images/2025/03/hannah.jpg" alt="Hannah Ojo"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/hannah/">Hannah Ojo</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-14">Sep 14, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w600/2026/09/toddler-zone.jpg 600w"
src="/content/images/size/w2000/2026/09/toddler-zone.jpg" alt="Toddler zone"><figcaption>${gCaption.replace('&', '&amp;')}</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(g1)}
<h2 id="pick-the-right-time">${gH[0]}</h2>${ps(g2)}
<h2 id="what-to-pack">${gH[1]}</h2><ul>${lis(gPack)}</ul>
<h2 id="when-you-arrive">${gH[2]}</h2>${ps(g3)}
<h2 id="helping-a-cautious-climber">${gH[3]}</h2><blockquote>${gQuote}</blockquote>${ps(g4)}
<h2 id="sharing-the-space-with-bigger-children">${gH[4]}</h2>${ps(g5)}
<h2 id="food-naps-and-knowing-when-to-leave">${gH[5]}</h2>${ps(g6)}
<h2 id="after-the-visit">${gH[6]}</h2>${ps(g7)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.pipandpuddle.co.uk">Pip &amp; Puddle</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Find us', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=8b2c4e1f0a"></script></body></html>`;
const ghostFirstVisit: TestPage = {
  name: 'heldout529-ghost-first-soft-play-visit',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gDek, ...g1, ...g2, ...gPack, ...g3, gQuote, ...g4, ...g5, ...g6, ...g7]),
  bylines: ['Hannah Ojo', 'Sep 14, 2026', ...gCards.map((c) => c[2] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Visit us', 'Play sessions', 'Café menu', 'Blog', 'Sign in', 'Subscribe', "Parents' Guide", '6 min read', gCaption,
    'Sign up for more like this.', 'Enter your email', ...gCards.flatMap((c) => [c[0] ?? '', c[1] ?? '', c[3] ?? '']), 'Pip & Puddle © 2026', 'Sign up',
    'Find us', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT529_C: readonly TestPage[] = [ghostFirstVisit];
