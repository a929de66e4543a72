import { links, ps, type TestPage, texts } from './page-kit.js';
import { sports } from './pages-heldout370-c2.js';
import { j, lis } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file c: an opinion column in a student paper on Ghost (Source theme: site header with nav and
 * Subscribe button, tag label, excerpt, author byline with avatar and date, reading time, feature image with caption,
 * the paper's staff box after the post, "Read more" cards, members sign-up CTA, footer) and, from file c2, a sports recap
 * in a student paper on Newspack.
 */
const gTitle = 'The library should stay open all night during finals, and it can afford to';
const gExcerpt = 'Twenty-four-hour access for two weeks a year costs less than the new lobby sign.';
const gBody = [
  j(
    'Every December and May, the same scene plays out at 11:45 p.m. in Ostrander Library. A recorded voice announces that the',
    'building closes in fifteen minutes, and a few hundred students pack up their laptops and drift out into the cold, looking',
    'for somewhere else to finish a lab report.',
  ),
  j(
    'Some of them go back to crowded residence hall lounges. Some go to the all-night diner on Fairmount Avenue, which is kind',
    'about it but is not a study space. Commuters, who make up almost 40 percent of our campus, mostly just go home and lose the',
    'group they were working with.',
  ),
  j(
    'The library’s answer, when the student assembly asked last year, was cost. Keeping the building open overnight means paying',
    'a security guard and a circulation worker for two extra shifts a night. By the library’s own estimate, that is about',
    '$14,000 for the two finals periods combined.',
  ),
  j(
    'That is not a small number for a student, but it is a small number for a university. It is less than the library spent on',
    'the illuminated lobby sign it installed in October. It is roughly what the athletics department spends on a single away',
    'trip for one team.',
  ),
  'There are also ways to bring the cost down that the library has not tried:',
];
const gList = [
  'Open only the first floor overnight and close the stacks, so one guard can cover the building.',
  'Staff the circulation desk with graduate assistants who already work evening shifts.',
  'Ask the student assembly to share the cost from its reserve fund, which stood at $210,000 in September.',
];
const gBody2 = [
  j(
    'Other schools our size do this. Both of our closest rivals run 24-hour finals schedules, and neither has reported a security',
    'problem that made it reverse course.',
  ),
  j(
    'Finals are stressful enough without a building kicking you out at midnight. The library says it wants to be the heart of',
    'campus. For two weeks a year, it could be the heart of campus all night long.',
  ),
];
const gNote = j(
  'Hollis Bramante is a junior studying economics and a columnist for the Crestline Beacon. Opinions expressed in columns are',
  'those of the author.',
);
const gNav = ['News', 'Opinion', 'Culture', 'Sports', 'Archive'];
const gStaff = [
  'Editor-in-Chief: Reuben Castellano',
  'Managing Editor: Iris Nakamura-Holt',
  'Opinion Editor: Dev Saraswat',
  'Copy Chief: Laurel Fenwick',
  'Faculty Adviser: Prof. Mina Ekwueme',
];
const gMore = ['Stop scheduling exams on the Monday after Thanksgiving', 'In defense of the 8 a.m. class', 'Our dining plan math does not add up'];
const ghost: TestPage = {
  name: 'heldout370-ghost-source-news',
  kind: 'news',
  html: `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle}</title><link rel="stylesheet" type="text/css" href="https://crestlinebeacon.example/assets/built/screen.css?v=9a1f2c3d4e">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://crestlinebeacon.example/library-all-night/">
<meta property="og:site_name" content="The Crestline Beacon"><meta property="og:type" content="article"><meta property="article:tag" content="Opinion">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Crestline Beacon"},
"author":{"@type":"Person","name":"Hollis Bramante"},"headline":"${gTitle}","datePublished":"2026-03-02T13:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.101"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.45/umd/portal.min.js"
data-i18n="true" data-ghost="https://crestlinebeacon.example/" data-key="4f1c2e" data-api="https://crestlinebeacon.example/ghost/api/content/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style></head>
<body class="post-template tag-opinion tag-columns has-sans-title has-sans-body">
<div class="gh-viewport"><header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://crestlinebeacon.example">The Crestline Beacon</a></div>
<nav class="gh-navigation-menu"><ul class="nav">
${links(gNav, 'nav-item')}
</ul></nav><div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-opinion tag-columns"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://crestlinebeacon.example/tag/opinion/">Opinion</a>
<h1 class="gh-article-title is-title">${gTitle}</h1>
<p class="gh-article-excerpt is-body">${gExcerpt}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/hollis/"><img class="author-profile-image"
src="/content/images/hollis.jpg" alt="Hollis Bramante"></a></div><div class="gh-article-meta-wrapper">
<h4 class="gh-article-author-name"><a href="/author/hollis/">Hollis Bramante</a></h4><div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2026-03-02">Mar 2, 2026</time>
<span class="gh-article-meta-length"><span class="bull">—</span> 3 min read</span></div></div></div>
<figure class="gh-article-image"><img srcset="/content/images/size/w600/library.jpg 600w" src="/content/images/library.jpg" alt="Ostrander Library at night">
<figcaption><span style="white-space: pre-wrap;">Ostrander Library closes at midnight even during finals. (Beacon file photo)</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas is-body">
${ps(gBody)}
<ul>
${lis(gList)}
</ul>
${ps(gBody2)}
<hr><p><em>${gNote}</em></p>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-text"><strong>The Crestline Beacon staff</strong><br>
${gStaff.join('<br>\n')}<br>Letters to the editor: letters@crestlinebeacon.example</div></div>
</section></article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2>
<div class="gh-feed">${gMore
    .map(
      (t) => `<article class="gh-card post"><a class="gh-card-link" href="/x/"><h3
class="gh-card-title is-title">${t}</h3></a></article>`,
    )
    .join('\n')}
</div></div></section>
<section class="gh-cta gh-outer"><div class="gh-cta-inner gh-inner"><div class="gh-cta-content"><h2
class="gh-cta-title is-title">Support student journalism</h2>
<p class="gh-cta-description is-body">Sign up for free and get every new story from the Beacon by email.</p></div>
<div class="gh-cta-actions"><button class="gh-button" data-portal="signup">Subscribe</button></div></div></section></main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span
class="gh-footer-logo is-title">The Crestline Beacon</span>
<nav class="gh-footer-menu"><ul class="nav">${links(['Masthead', 'Submit a letter', 'Sitemap'])}</ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.example/" target="_blank" rel="noopener">Ghost</a></div></div></div></footer></div>
</body></html>`,
  title: gTitle,
  headings: [],
  body: texts([gExcerpt, ...gBody, ...gList, ...gBody2]),
  bylines: ['Hollis Bramante', 'Mar 2, 2026', '3 min read'],
  furniture: [
    'The Crestline Beacon',
    ...gNav,
    'Sign in',
    'Subscribe',
    'Ostrander Library closes at midnight even during finals. (Beacon file photo)',
    gNote,
    'The Crestline Beacon staff',
    ...gStaff,
    'Letters to the editor: letters@crestlinebeacon.example',
    'Read more',
    ...gMore,
    'Support student journalism',
    'Sign up for free and get every new story from the Beacon by email.',
    'Masthead',
    'Submit a letter',
    'Sitemap',
    'Powered by',
  ],
};

export const HELDOUT370_C: readonly TestPage[] = [ghost, sports];
