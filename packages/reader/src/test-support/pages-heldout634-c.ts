import { links, type TestPage } from './page-kit.js';
import { done, gold, j, type Sec, secsHtml } from './pages-heldout634-kit.js';

/** Held-out batch 634, file c: a youth circus blog post on Ghost (Casper theme). */
const gTitle = 'Flying lessons: what happens at your child’s first trapeze class';
const gExcerpt = 'Nerves, chalk, a crash mat the size of a bedroom and one very proud moment. Here is an hour on the static trapeze, minute by minute.';
const gSecs: Sec[] = [
  {
    b: [
      j(
        'Every term we get the same messages from parents the night before a first aerial class. Will my daughter be scared? What if',
        'he can’t hold on? Does she need special clothes? So here is what actually happens, from the moment you drop them off.',
      ),
    ],
  },
  {
    h: 'Before they leave the ground',
    b: [
      j(
        'The first fifteen minutes are a warm-up on the floor: rolling, crawling like bears, hanging from a low bar for a count of',
        'five. Our coaches are watching grip strength and how children follow instructions, because that decides which height of',
        'bar each child starts on.',
      ),
      j(
        'Then we talk about the rules. Only one person on a bar. Chalk on hands, never on the bar. If you want to come down, say',
        '“down” and a coach will help you. Nobody is ever made to go higher than they want.',
      ),
    ],
  },
  {
    h: 'The first tricks',
    b: [
      'Most children learn three positions in their first session:',
      {
        ul: [
          '<strong>Sitting on the bar</strong>, holding the ropes, with a coach standing alongside.',
          '<strong>Bird’s nest prep</strong>: hanging by the hands and tucking the knees up to the chest.',
          '<strong>Hocks hang</strong>, upside down by the backs of the knees, for the braver ones, and only over the big mat.',
        ],
      },
      j(
        'The bar is set at about a metre and a half for beginners, with a 20-centimetre crash mat underneath. That is lower than',
        'most parents imagine, and it is plenty high for a seven-year-old who has never been upside down.',
      ),
    ],
  },
  {
    h: 'What to wear',
    b: [
      j(
        'Leggings or tracksuit bottoms that cover the backs of the knees, and a close-fitting T-shirt tucked in. Bare knees get',
        'rope burn; baggy tops fall over faces when you go upside down. No jewellery, and long hair in a plait or a bun.',
      ),
    ],
  },
  {
    h: 'If they are scared',
    b: [
      j(
        'Some children spend the whole first class on the lowest bar, and that is fine. We have had kids who only sat and watched',
        'for two weeks and are now in our performance troupe. Fear is information, not failure.',
      ),
      {
        q: j('The best thing a parent can do is ask “what was the hardest thing?” rather than', '“did you go upside down?” on the way home. — Coach Femi'),
      },
      j(
        'You are welcome to watch the last ten minutes of the class, when the children show one trick each. Expect applause',
        'from the whole group, every time.',
      ),
    ],
  },
];
const gNav = ['Home', 'Classes', 'Performances', 'Blog', 'Support us'];
const gMore = [
  ['Why we teach clowning to teenagers', 'Red noses, long silences and why the funniest kids are rarely the loudest.', '4 min read'],
  ['Our 2025 summer show: tickets now on sale', 'Twenty-six young performers, one big top and a wall of death on unicycles.', '2 min read'],
  ['How to make juggling balls from rice and balloons', 'A rainy-day project for the whole family, with a video.', '3 min read'],
];
const gCard = (c: readonly string[], i: number): string => `<article class="post-card post tag-news${i === 0 ? ' featured' : ''}">
<a class="post-card-image-link" href="/post-${i}/">
<img class="post-card-image" src="/content/images/size/w600/2025/02/card-${i}.jpg" alt="${c[0]}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/post-${i}/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${c[0]}</h2></header><div class="post-card-excerpt">${c[1]}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-0${i + 1}-10">${['Jan 10, 2025', 'Feb 10, 2025', 'Mar 10, 2025'][i]}</time>
<span class="post-card-meta-length">${c[2]}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="preload" as="style" href="/assets/built/screen.css?v=9a8b7c6d5e"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9a8b7c6d5e">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://blog.highwireyouth.org/first-trapeze-class/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="High Wire Youth Circus">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2025-03-14T08:00:00.000Z"><meta property="article:tag" content="Parents">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"High Wire Youth Circus"},
"author":{"@type":"Person","name":"Rosa Quilliam"},"headline":"${gTitle}","datePublished":"2025-03-14T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="High Wire Youth Circus" href="https://blog.highwireyouth.org/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.highwireyouth.org/"
data-key="4c2d1e0f9a8b7c6d5e4f3a2b1c" data-api="https://blog.highwireyouth.org/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style></head>
<body class="post-template tag-parents tag-aerial is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.highwireyouth.org">High Wire Youth Circus</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-parents tag-aerial image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-primary-tag"><a href="/tag/parents/">Parents</a></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rosa/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/09/rosa.jpg" alt="Rosa Quilliam"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/rosa/">Rosa Quilliam</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-03-14">Mar 14, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/03/trapeze.jpg 300w, /content/images/size/w2000/2025/03/trapeze.jpg 2000w"
src="/content/images/size/w2000/2025/03/trapeze.jpg" alt="A girl hanging upside down from a low trapeze">
<figcaption><span style="white-space: pre-wrap;">Ada, 8, tries a hocks hang in her third week. Photo by Lewin Marsh</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${secsHtml(gSecs, { h: (t) => `<h2 id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2>` })}
<div class="kg-card kg-button-card kg-align-center">
<a href="https://highwireyouth.org/classes/aerial" class="kg-btn kg-btn-accent">See aerial class times</a></div>
</section>
<section class="article-comments gh-canvas">
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://blog.highwireyouth.org/"
data-api="https://blog.highwireyouth.org/ghost/api/content/" data-admin="https://blog.highwireyouth.org/ghost/" data-key="4c2d1e0f9a8b7c6d5e4f3a2b1c"
data-title="" data-count="true" data-post-id="65f2a1b0c9d8e7f6a5b4c3d2" crossorigin="anonymous"></script></section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">
${gMore.map(gCard).join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.highwireyouth.org">High Wire Youth Circus</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sitemap', 'Privacy', 'Contact'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="/assets/built/casper.js?v=9a8b7c6d5e"></script></body></html>`;
const gGold = gold(gSecs);
const ghost: TestPage = done({
  name: 'heldout634-trapeze-blog-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gGold.headings,
  body: [gExcerpt, ...gGold.body],
  bylines: ['Rosa Quilliam', 'Mar 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'High Wire Youth Circus', ...gNav, 'Sign in', 'Subscribe', 'Parents', '• 5 min read',
    'Ada, 8, tries a hocks hang in her third week. Photo by Lewin Marsh', 'See aerial class times', 'Sign up for more like this.',
    'Enter your email', ...gMore.flat(), 'Jan 10, 2025', 'Feb 10, 2025', 'Mar 10, 2025', 'High Wire Youth Circus © 2025', 'Sitemap', 'Privacy', 'Contact',
    'Powered by Ghost',
  ],
});

export const HELDOUT634_C: readonly TestPage[] = [ghost];
