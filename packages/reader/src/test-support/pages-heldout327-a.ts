import { links, ps, type TestPage, texts } from './page-kit.js';
import { grammarDocs } from './pages-heldout327-a2.js';
import { j } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file a: a language-learning app's blog post rendered by Next.js (the `__next` root, the `__NEXT_DATA__`
 * script, CSS-module class names; header menu, cookie banner, byline with date and reading time, share bar, a figure with its
 * caption and credit, a "Read more" promo, a newsletter box, "Keep reading" cards and the footer) and, from file a2, a grammar
 * page on Material for MkDocs.
 */
const pTitle = 'Why your brain loves a streak, and when to let one go';
const pIntro = [
  j(
    'Every morning at 7:40, about a third of Parlo learners open the app within ten minutes of the time they opened it the day before.',
    'We did not design for that. It grew out of a small number on the home screen: the count of days in a row you have practised.',
  ),
  j(
    'Streaks are the most loved and the most argued-about feature we have ever shipped. Our learning science team spent the last',
    'winter looking at what streaks actually do for people who are trying to learn Portuguese, Korean or Welsh on a bus.',
  ),
];
const pS1 = [
  j(
    'A streak turns a vague goal, "get better at Italian", into a question you can answer every single day: did I practise today?',
    'Small, checkable questions are easier to act on than large ones, and the answer arrives before you have time to talk yourself out of it.',
  ),
  j(
    'In our data, learners who reach a seven-day streak are almost three times as likely to still be studying a month later as learners',
    'who never string more than three days together. That does not prove the streak is the cause, but it matches what teachers have long',
    'said about short, frequent practice beating long, rare sessions.',
  ),
];
const pS2 = [
  j(
    'The same number that gets you out of bed can start to work against you. Around day 200, some learners stop choosing lessons that',
    'stretch them and start choosing whatever is quickest. The streak survives; the learning stalls.',
  ),
  'We found three warning signs that a streak has become the goal instead of the tool:',
];
const pSigns = [
  'You repeat the same easy lesson several days in a week because you know it takes two minutes.',
  'You feel relief, not satisfaction, when the flame turns orange.',
  'You skip speaking and listening exercises because they might go wrong.',
];
const pS3 = [
  j(
    'This spring we are changing how a streak can be kept. A quick review still counts, but the app will now suggest one stretch lesson',
    'a week, and finishing it earns a Streak Shield that protects one missed day.',
  ),
  j(
    'We are also adding a pause. If you know you will be travelling or ill, you can freeze your streak for up to five days from the',
    'profile page, with no penalty and no guilt-tripping owl-shaped notification. Early testers used it less than we feared: most',
    'paused for two days and came straight back.',
  ),
  j(
    'And if you decide to let your streak go, that is fine too. Several of the most advanced learners we interviewed reset theirs on',
    'purpose, once they had a daily habit that no longer needed a number to hold it up.',
  ),
];
const pNav = ['Learning science', 'Product', 'Life at Parlo', 'Press', 'Careers'];
const pMore = [
  'What 40,000 beginners taught us about the first week',
  'Meet the voices behind our new Welsh course',
  'How spaced review decides what you see next',
];
const pFoot = ['About', 'Help centre', 'Schools', 'Privacy', 'Terms', 'Accessibility'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${pTitle} | The Parlo Blog</title><meta name="description" content="What streaks do for learners, and the changes coming this spring."/>
<meta property="og:title" content="${pTitle}"/><meta property="og:type" content="article"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/4b1c0a9e2f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b1c0a9e2f.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}",
"author":{"@type":"Person","name":"Mirela Sandoval"},"datePublished":"2026-03-12T08:00:00Z","publisher":{"@type":"Organization","name":"Parlo"}}</script>
<script src="/_next/static/chunks/webpack-7f1e2c.js" defer=""></script><script src="/_next/static/chunks/framework-3a9d.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__Xk3aP">
<header class="Header_header__q1VzL"><a class="Header_logo__8rT2s" href="/" aria-label="The Parlo Blog home"><svg viewBox="0 0 120 32"></svg></a>
<nav class="Header_nav__Lm0bE" aria-label="Main"><ul>${links(pNav, 'Header_item__d7Wq1')}</ul></nav>
<a class="Button_primary__Y2mcx" href="https://parlo.example/app">Start learning</a></header>
<main class="Post_main__G5vTn"><article class="Post_article__p0Zx4">
<a class="Post_category__kR8Hs" href="/category/learning-science">Learning science</a>
<h1 class="Post_title__J2dQe">${pTitle}</h1>
<div class="Byline_byline__u3FqA"><img class="Byline_avatar__zW9s1" src="/_next/image?url=%2Fauthors%2Fmsandoval.jpg&amp;w=64&amp;q=75" alt=""/>
<div><a class="Byline_author__Pn6vC" href="/author/mirela-sandoval">Mirela Sandoval</a>
<span class="Byline_meta__aQ0Rt"><time dateTime="2026-03-12">March 12, 2026</time> · <span>6 min read</span></span></div></div>
<div class="Share_share__T4kLw" role="group" aria-label="Share"><span class="Share_label__c8Vno">Share this post</span>
<button class="Share_btn__M1e7p" aria-label="Share on X">X</button><button class="Share_btn__M1e7p">Facebook</button>
<button class="Share_btn__M1e7p">LinkedIn</button><button class="Share_btn__M1e7p Share_copy__fe2Ak">Copy link</button></div>
<figure class="Post_hero__Aw71c"><img src="/_next/image?url=%2Fposts%2Fstreak-flame.png&amp;w=1200&amp;q=80" alt="A phone showing a 214-day streak"/>
<figcaption class="Post_caption__bH5u2">A long streak can carry you through a bad week, or keep you on the easy lessons. <span
class="Post_credit__s2K0d">Illustration: Tove Lindqvist-Amara</span></figcaption></figure>
<div class="Post_body__nE3ci">
${ps(pIntro)}
<h2 id="why-a-number-works">Why a number works</h2>
${ps(pS1)}
<aside class="Promo_inline__z7Rb0"><p><strong>Read more:</strong> <a href="/blog/first-week">What 40,000 beginners taught us about the first
week</a></p></aside>
<h2 id="when-the-streak-becomes-the-goal">When the streak becomes the goal</h2>
${ps(pS2)}
<ul>${pSigns.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h2 id="what-we-are-changing">What we are changing</h2>
${ps(pS3)}
</div>
<div class="Tags_tags__b4Rf0"><a href="/tag/habit-building">habit-building</a>
<a href="/tag/learner-motivation">learner-motivation</a><a href="/tag/parlo-research">parlo-research</a></div>
</article>
<section class="Newsletter_box__Vq2Lm"><h2>Get the Parlo Blog in your inbox</h2><p>One email a month about how people learn languages. No streak
reminders, promise.</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"/><button type="submit">Subscribe</button></form></section>
<section class="Related_related__H8sYw"><h2 class="Related_heading__x2Qd0">Keep reading</h2><ul>${links(pMore, 'Related_card__v1Nn3')}</ul></section>
</main>
<footer class="Footer_footer__R0mQe"><ul>${links(pFoot)}</ul><p>© 2026 Parlo Labs, Inc. All rights reserved.</p></footer>
<div class="CookieBanner_banner__D1sOe" role="dialog" aria-live="polite"><p>We use cookies to understand how the blog is read and to improve it.
You can change your choice at any time.</p><button>Accept all</button><button>Reject non-essential</button><a href="/cookies">Cookie settings</a></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"why-your-brain-loves-a-streak","locale":"en"}},
"page":"/blog/[slug]","query":{"slug":"why-your-brain-loves-a-streak"},"buildId":"k2Lr9xWq0","isFallback":false,"gsp":true}</script>
</body></html>`;
const parloBlog: TestPage = {
  name: 'heldout327-nextjs-app-blog-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['Why a number works', 'When the streak becomes the goal', 'What we are changing'],
  body: texts([...pIntro, ...pS1, ...pS2, ...pSigns, ...pS3]),
  bylines: ['Mirela Sandoval', 'March 12, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pNav, 'Start learning', 'Share this post', 'Facebook', 'LinkedIn', 'Copy link',
    'A long streak can carry you through a bad week, or keep you on the easy lessons.', 'Illustration: Tove Lindqvist-Amara',
    'Read more: What 40,000 beginners taught us about the first week', 'habit-building', 'learner-motivation', 'parlo-research',
    'Get the Parlo Blog in your inbox',
    'One email a month about how people learn languages. No streak reminders, promise.', 'Email address', 'Subscribe', 'Keep reading',
    ...pMore.slice(1), ...pFoot, '© 2026 Parlo Labs, Inc. All rights reserved.',
    'We use cookies to understand how the blog is read and to improve it. You can change your choice at any time.', 'Accept all',
    'Reject non-essential', 'Cookie settings',
  ],
};

export const HELDOUT327_A: readonly TestPage[] = [parloBlog, grammarDocs];
