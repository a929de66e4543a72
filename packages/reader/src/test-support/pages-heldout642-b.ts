import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout642-kit.js';

/**
 * Held-out batch 642, file b: a tour guide's long history post on Ghost (Casper theme) with a callout card, a bookmark card,
 * a member sign-up box and read-more cards.
 */
const gTitle = 'The Tallow Yard fire of 1841, and why we still stop there';
const gDek = 'Every Lamplighter walk pauses in an empty yard behind Fleece Street. Here is what really happened there, as far as the records let us know.';
const gS1 = [
  j(
    'If you have been on one of our walks you will know the spot. We turn off Fleece Street through an archway that most people',
    'never notice, and stand for a few minutes in a small cobbled yard with a drain in the middle and a single lamp on the wall.',
    'Guests often ask why we stop somewhere so plain. This post is my long answer.',
  ),
  j(
    'In the 1830s the yard belonged to Josiah Hebden, a chandler who made tallow candles for half of Ashcombe. Tallow is rendered',
    'animal fat, and rendering it means great copper vats kept hot for hours at a time. The work stank, the neighbours complained,',
    'and the town vestry fined Hebden three times for the smoke. He paid each fine and carried on.',
  ),
];
const gS2 = [
  j(
    'On the night of 14 February 1841 one of the vats boiled over. The fat caught, the flames ran along the floor to the stored',
    'candles, and within half an hour the workshop and the two houses backing onto it were alight. The town had one fire engine,',
    'kept at the Corn Exchange, and by the time it arrived the roofs had fallen in.',
  ),
  j(
    'Four people died: Hebden’s apprentice, a boy of fourteen called Thomas Ridd, and a widow named Ann Gower with her two',
    'grandchildren, who lived in the upper rooms of the house next door. Hebden himself escaped with burns to his hands.',
  ),
];
const gQuote = j(
  'The scene presented at daybreak was one of utter desolation. Of the chandlery nothing remained but the blackened walls, and the',
  'melted tallow, running into the street, had hardened upon the cobbles like ice.',
);
const gS3 = [
  j(
    'That is from the Ashcombe Mercury of 20 February. The same paper reported the inquest a week later. The jury heard that the',
    'vats had been left in the charge of the apprentice alone, and that Hebden had gone to the Fleece for his supper. It returned',
    'a verdict of accidental death, with a rider that the coroner ‘could not too strongly condemn’ the practice of leaving a boy',
    'in charge of such a trade at night.',
  ),
  j(
    'Hebden did not rebuild. He sold the site the following year and moved to Bristol, and the yard was used for stabling until',
    'the 1920s. The houses on either side were rebuilt in brick, which is why the yard looks newer than the street around it.',
  ),
];
const gCallout = j(
  'A note on sources: everything in this post comes from the Mercury, the inquest papers at the county record office and the',
  'parish burial register. Where I am guessing, I say so.',
);
const gS4 = [
  j(
    'The ghost story came much later than the fire. I can find no mention of anything strange in the yard for the rest of the',
    'nineteenth century. The first one I know of is a letter to the Mercury in 1931 from a Mrs Pearce, who lived above the stables',
    'and complained that a boy kept running through the yard at night “smelling of the butcher’s”. She assumed he was a thief.',
  ),
  j(
    'After the war the story grew. By the 1960s people spoke of the Tallow Boy, who could be smelled before he was seen, and who',
    'left greasy footprints on the cobbles that were gone by morning. A local history booklet from 1972 adds a woman at an upper',
    'window calling for the children, which is plainly Ann Gower brought into the tale.',
  ),
  j(
    'I tell guests all of this, including the dates, because I think the gap matters. For ninety years nobody saw anything. Then',
    'one tenant wrote one letter, and a story grew around the bones of a real event. That is how most ghost stories work.',
  ),
];
const gS5 = [
  j(
    'There is a lot we do not know. We do not know where Thomas Ridd came from: the burial register gives his age and nothing',
    'else, and he is not in the 1841 census, which was taken four months after he died. We do not know whether Hebden paid',
    'anything to the families. And we do not know exactly where the vats stood, although the drain in the middle of the yard is',
    'in the right place for the rendering floor on the 1838 town plan.',
  ),
  j(
    'I have also been asked many times whether the greasy footprints are real. I have stood in that yard on perhaps eight hundred',
    'nights. I have seen rain, moss, one fox and a great many cigarette ends. I have not seen a footprint.',
  ),
];
const gS6 = [
  j(
    'So why stop there? Partly because it is a good place to stand a group of twenty out of the traffic. But mostly because',
    'it is one of the few stops on our walk where we know the names of the dead. Thomas Ridd was fourteen. He was left alone',
    'with a dangerous job because his master wanted his supper. Whatever you believe about the Tallow Boy, that part is true,',
    'and I think it deserves five minutes of an evening.',
  ),
  j(
    'If you want to see the yard for yourself, it is open to the public by day; go in through the archway next to number 22',
    'Fleece Street. Please keep your voices down, as people live in the houses on both sides.',
  ),
  'Thanks to the staff of the county record office, who found the inquest papers for me in a box marked “miscellaneous, 1840s”.',
];
const gHeads = ['The night of the fire', 'What the papers said', 'How the ghost story started', 'What the records do not say', 'Why we still stop there'];
const gNav = ['Home', 'Our walks', 'History', 'Book a walk', 'About'];
const gFoot = ['Sign up', 'Privacy', 'Contact'];
const gCards = [
  ['The bell-ringer of St Wilfrid’s', 'A parish record, a broken rope and a story that will not go away.', 'Sep 19, 2026', '5 min read'],
  ['What a lantern guide carries', 'Matches, a spare wick, plasters and one very old umbrella.', 'Aug 28, 2026', '3 min read'],
  ['Walking the cholera map of 1849', 'We followed John Harker’s map of the outbreak street by street.', 'Aug 2, 2026', '8 min read'],
];
const gCard = (
  c: readonly string[],
): string => `<article class="post-card post tag-history"><a class="post-card-image-link" href="/${(c[0] ?? '').slice(0, 8)}/">
<img class="post-card-image" src="/content/images/size/w600/2026/08/card.jpg" alt="${c[0]}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/posts/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">History</span></div>
<h2 class="post-card-title">${c[0]}</h2></header><div class="post-card-excerpt">${c[1]}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-08-01">${c[2]}</time><span class="post-card-meta-length">${c[3]}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f2a11c9d8"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://notebook.lamplighterwalks.co.uk/tallow-yard-fire-1841/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Lamplighter’s Notebook"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-10-03T18:02:11.000Z"><meta property="article:tag" content="History">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"publisher":{"@type":"Organization","name":"The Lamplighter’s Notebook"},
"author":{"@type":"Person","name":"Ned Carrow"},"headline":"${gTitle}","datePublished":"2026-10-03T18:02:11.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://notebook.lamplighterwalks.co.uk/" data-key="4b1f0d" data-api="https://notebook.lamplighterwalks.co.uk/ghost/api/content/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:28px;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/sodo-search.min.js" data-key="4b1f0d" data-styles="/main.css"></script></head>
<body class="post-template tag-history is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://notebook.lamplighterwalks.co.uk">The Lamplighter’s Notebook</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-history">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/history/">History</a></span>
</div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ned/" class="author-avatar" aria-label="Read more of Ned Carrow"><img class="author-profile-image" src="/content/images/2025/03/ned.jpg"
alt="Ned Carrow"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ned/">Ned Carrow</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-10-03">Oct 3, 2026</time><span class="byline-reading-time"><span
class="bull">•</span>
7 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/10/tallow-yard.jpg 300w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/10/tallow-yard.jpg" alt="A cobbled yard at night"><figcaption><span style="white-space: pre-wrap;">Tallow Yard on a wet
October night. The drain marks the old rendering floor.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gS1)}
<h2 id="the-night-of-the-fire">${gHeads[0]}</h2>
${ps(gS2)}
<h2 id="what-the-papers-said">${gHeads[1]}</h2>
<blockquote>${gQuote}</blockquote>
${ps(gS3)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📜</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="how-the-ghost-story-started">${gHeads[2]}</h2>
${ps(gS4)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://notebook.lamplighterwalks.co.uk/bell-ringer-st-wilfrids/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">How a ghost story grows: the bell-ringer of St Wilfrid’s</div><div
class="kg-bookmark-description">
Another story that began with a single letter to the paper.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt="">
<span class="kg-bookmark-author">The Lamplighter’s Notebook</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/2026/09/bell.jpg"
alt="" onerror="this.style.display = 'none'"></div></a></figure>
<h2 id="what-the-records-do-not-say">${gHeads[3]}</h2>
${ps(gS5)}
<h2 id="why-we-still-stop-there">${gHeads[4]}</h2>
${ps(gS6)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-header"><h2>Read more</h2></div>
${gCards.map(gCard).join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://notebook.lamplighterwalks.co.uk">The Lamplighter’s Notebook</a>
© 2026</section><nav class="site-footer-nav"><ul class="nav">${links(gFoot, 'nav-item')}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div></div></div>
<script src="/assets/built/casper.js?v=4f2a11c9d8"></script>
<script>(function () { const menu = document.querySelector('.gh-head-menu'); const nav = menu.querySelector('.nav'); if (!nav) return; })();</script>
</body></html>`;
const ghost: TestPage = settle({
  name: 'heldout642-ghost-guide-history-post',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gDek, ...gS1, ...gS2, gQuote, ...gS3, gCallout, ...gS4, ...gS5, ...gS6]),
  bylines: ['Ned Carrow', 'Oct 3, 2026', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Lamplighter’s Notebook', ...gNav, 'Sign in', 'Subscribe', 'History', 'Tallow Yard on a wet October night. The drain marks the old rendering floor.',
    'How a ghost story grows: the bell-ringer of St Wilfrid’s', 'Another story that began with a single letter to the paper.',
    'Sign up for more like this.', 'Enter your email', 'Read more', ...gCards.flat(), 'The Lamplighter’s Notebook © 2026', ...gFoot, 'Powered by Ghost',
  ],
});

export const HELDOUT642_B: readonly TestPage[] = [ghost];
