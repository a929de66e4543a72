import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout591-kit.js';

/**
 * Held-out batch 591, file c: a long blog post of a language school on Ghost (Casper theme, with the members signup box and
 * the "read more" cards); the HubSpot FAQ page is in file c2.
 */
const gTitle = 'Why adults learn a language differently from children, and why that is good news';
const gExcerpt = 'Children pick up accents; adults pick up systems. Here is how our teachers plan lessons around the way grown-ups actually learn.';
const gSecs: { h: string; ps: string[] }[] = [
  {
    h: '',
    ps: [
      j(
        'Almost every adult who walks into our school for the first time says a version of the same sentence: "I wish I had done this as a',
        'child." The belief behind it is that children learn languages effortlessly and adults are too late. After fourteen years of teaching',
        'both, we think the first half of that is only partly true and the second half is simply wrong.',
      ),
      j(
        'Children do have real advantages. They hear sounds with fewer filters, they are less embarrassed to get things wrong, and they usually',
        'get many more hours of contact with the language than any working adult can manage. But adults bring things to the classroom that',
        'children cannot, and a good course is built on them rather than in spite of them.',
      ),
    ],
  },
  {
    h: 'Adults can see the system',
    ps: [
      j(
        'A nine-year-old learning Portuguese will happily say "eu fazi" for months until the correct "eu fiz" finally sticks through repetition.',
        'An adult can be told, in five minutes, that a small group of common verbs has irregular past forms, see the pattern written on the',
        'board and start noticing it everywhere. Explicit explanation is not a shortcut that skips real learning; for adults it is a map that',
        'makes the hours of practice count for more.',
      ),
      j(
        'That is why our adult groups spend a short part of every lesson on how the language works, usually no more than fifteen minutes, and',
        'the rest using it. The explanation gives learners something to check their own speech against. The practice is what turns the',
        'knowledge into something they can use without thinking.',
      ),
    ],
  },
  {
    h: 'Adults know why they are learning',
    ps: [
      j(
        'Children in a language class are there because someone else decided they should be. Adults have reasons: a partner\u2019s family, a',
        'move abroad, a job, a long-postponed plan to read a certain writer in the original. Those reasons are a teaching resource. A learner',
        'who wants to talk to her grandchildren in Lisbon will remember family vocabulary far better than a list of office furniture.',
      ),
      j(
        'In the first week of every course we ask learners to write down three situations in which they want to be able to cope in the new',
        'language. Teachers use those lists to choose topics and role plays for the rest of the term.',
      ),
    ],
  },
  {
    h: 'What adults find harder',
    ps: [j('None of this means adults have it easy. Three difficulties come up again and again in our classes, and it helps to name them early.')],
  },
  {
    h: 'Pronunciation',
    ps: [
      j(
        'Most adults will keep some trace of their first language in their accent, and that is fine. The goal is to be understood without',
        'effort, not to pass as a native speaker. We focus on the few sounds that change meaning, such as the difference between open and',
        'closed vowels in Portuguese, and let the rest settle with time.',
      ),
    ],
  },
  {
    h: 'Fear of mistakes',
    ps: [
      j(
        'Adults are used to being competent. Sounding like a small child in front of strangers is uncomfortable, and some learners stay silent',
        'rather than risk it. Small groups help, and so does a teacher who treats errors as useful information rather than something to be',
        'corrected on the spot every time.',
      ),
    ],
  },
  {
    h: 'Time',
    ps: [
      j(
        'The biggest difference between a child learner and an adult one is hours. A child in an immersion school may hear the new language for',
        'six hours a day. An adult on an evening course might get three hours a week. Little and often beats long and rare: twenty minutes a',
        'day of listening or reviewing vocabulary between classes does more than a whole Sunday afternoon once a month.',
      ),
    ],
  },
  {
    h: 'How we plan an adult course',
    ps: [
      j(
        'Putting this together, a typical ninety-minute lesson in one of our adult groups has four parts: a warm-up conversation on something',
        'from the learners\u2019 own week, a short and clear explanation of one new structure, a long stretch of practice in pairs and small',
        'groups, and five minutes at the end to plan what each person will do before the next class.',
      ),
      j(
        'We also keep the pace honest. Adults who understand everything in class can be fooled into thinking they know more than they can',
        'produce. Every fourth lesson is a review lesson with no new material, in which learners speak and write as much as possible and the',
        'teacher notes what still needs work.',
      ),
      j(
        'If you have been putting off a language because you think you have left it too late, you have not. You will learn it differently from',
        'the way a child would, and in several ways you will learn it faster.',
      ),
    ],
  },
];
const gQuote = j(
  '"The adults who do best are rarely the ones with a talent for languages. They are the ones who turn up every week and do a little',
  'on the days in between."',
);
const gNav = ['Home', 'Courses', 'Teachers', 'Placement test', 'About'];
const gCards = [
  {
    t: 'Five podcasts for intermediate learners of Portuguese',
    e: 'Slow news, drama and a very long-running cooking show.',
    d: 'Jan 30, 2027',
    r: '4 min read',
  },
  { t: 'What our B1 learners got wrong in the autumn exams', e: 'The same four mistakes, and how to stop making them.', d: 'Jan 12, 2027', r: '5 min read' },
  { t: 'Meet the teacher: Luísa Carreira', e: 'From Porto to Varnholm, by way of a cookery school.', d: 'Dec 18, 2026', r: '3 min read' },
];
const gCard = (c: (typeof gCards)[number]): string => `<article class="post-card post">
<a class="post-card-image-link" href="/${c.t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2027/01/card.jpg" alt="${c.t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${c.t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Learning</span></div><h2 class="post-card-title">${c.t}</h2></header>
<div class="post-card-excerpt">${c.e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-01-01">${c.d}</time>
<span class="post-card-meta-length">${c.r}</span></footer></div></article>`;
const gBody = gSecs
  .map(
    (s, i) => `${
      s.h === ''
        ? ''
        : i >= 4 && i <= 6
          ? `<h3 id="${s.h.toLowerCase().replace(/ /g, '-')}">${s.h}
</h3>`
          : `<h2 id="${s.h.toLowerCase().replace(/ /g, '-')}">${s.h}</h2>`
    }
${ps(s.ps)}${i === 2 ? `\n<blockquote>${gQuote}</blockquote>` : ''}`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4e5">
<link rel="icon" href="https://blog.fernway.school/content/images/size/w256h256/2025/03/fernway-icon.png" type="image/png">
<link rel="canonical" href="https://blog.fernway.school/why-adults-learn-differently/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Fernway Languages"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2027-02-14T08:30:00.000Z"><meta property="article:tag" content="Learning">
<meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fernway Languages"},
"author":{"@type":"Person","name":"Marta Olendzka","url":"https://blog.fernway.school/author/marta/"},"headline":"${gTitle}",
"datePublished":"2027-02-14T08:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.45/umd/portal.min.js" data-i18n="true" data-ghost="https://blog.fernway.school/"
data-key="3c5f9e2a" data-api="https://blog.fernway.school/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="3c5f9e2a"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" crossorigin="anonymous"></script></head>
<body class="post-template tag-learning tag-adults is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.fernway.school">Fernway Languages</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20">
<path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe
</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-learning tag-adults ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/learning/">Learning</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/marta/" class="author-avatar" aria-label="Read more of Marta Olendzka">
<img class="author-profile-image" src="/content/images/size/w100/2025/03/marta.jpg" alt="Marta Olendzka"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/marta/">Marta Olendzka</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-14">Feb 14, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/02/adult-class.jpg 300w, /content/images/size/w600/2027/02/adult-class.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/02/adult-class.jpg" alt="An evening Portuguese class"><figcaption>
<span style="white-space: pre-wrap;">
Thursday evening Portuguese, level A2, at our Tanner Street studio.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gBody}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Not sure where to start?
<a href="https://fernway.school/placement-test">Take our free placement test</a> and a teacher will suggest a course.</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCards.map(gCard).join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.fernway.school">Fernway Languages</a> &copy; 2027
</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-data-privacy"><a href="/privacy/">Data &amp; privacy</a></li><li class="nav-contact">
<a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
</div>
<script src="/assets/built/casper.js?v=a1b2c3d4e5"></script></body></html>`;
const fernway: TestPage = {
  name: 'heldout591-fernway-ghost-adults',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.filter((s) => s.h !== '').map((s) => s.h),
  body: [
    gExcerpt,
    ...gSecs.flatMap((s, i) => (i === 2 ? [...s.ps, gQuote] : s.ps)),
    'Not sure where to start? Take our free placement test and a teacher will suggest a course.',
  ],
  bylines: ['Marta Olendzka', 'Feb 14, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernway Languages', 'Home', 'Courses', 'About', 'Sign in', 'Subscribe', '7 min read',
    'Thursday evening Portuguese, level A2, at our Tanner Street studio.', 'Sign up for more like this.', 'Enter your email',
    ...gCards.flatMap((c) => [c.t, c.e, c.d, c.r]), 'Fernway Languages © 2027', 'Data & privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT591_C: readonly TestPage[] = [fernway];
