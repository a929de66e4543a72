import { links, ps, type TestPage, texts } from './page-kit.js';
import { astraPhoto } from './pages-heldout331-e2.js';
import { j, lis } from './pages-heldout331-kit.js';

/**
 * Held-out batch 331, file e: a marine biology explainer on Ghost with the Casper theme (gh-head navigation with the members
 * Sign in / Subscribe buttons, article tag, title, custom excerpt, byline with the author, date and reading time, the feature
 * image with its caption, Koenig cards in the content: a callout, a bookmark card promo and an image card with caption, the
 * footer call to subscribe, "Read more" post cards and the site footer with "Powered by Ghost") and, from file e2, a wildlife
 * photographer's WordPress blog post on the Astra theme. The custom excerpt under the title is body (the author's standfirst).
 */
const gTitle = 'How do deep-sea animals make their own light?';
const gExcerpt = 'Three quarters of the animals in the open ocean can glow. Here is how they do it, and what they use it for.';
const gHeads = ['The chemistry of a glow', 'Why blue?', 'What the light is for', 'Living lights we still do not understand'];
const gIntro = [
  j(
    'Drop a camera a kilometre into the open ocean and switch off its lights, and the darkness is not quite complete. Sparks',
    'flare and fade, lines of blue dots drift past, and now and then a whole cloud of light bursts into the water. Almost all of',
    'it comes from animals.',
  ),
];
const gChem = [
  j(
    'Most bioluminescence comes from the same basic reaction. A molecule called a luciferin reacts with oxygen, helped along by an',
    'enzyme called a luciferase, and the energy released comes out as light instead of heat. That is why this kind of light is',
    'often called cold light.',
  ),
  j(
    'Some animals make their own luciferin. Others get it from their food, and some, like many anglerfish and the bobtail squid,',
    'do not make light at all: they farm glowing bacteria in special organs and control the light with shutters, lenses and filters.',
  ),
];
const gCallout = 'The word luciferin comes from the Latin lucifer, meaning light-bearer. It names a job, not a single chemical.';
const gBlue = [
  j(
    'Blue-green light travels furthest through sea water, and most deep-sea eyes are tuned to it. So most ocean bioluminescence',
    'is blue. There are exceptions: a few dragonfishes produce red light from organs under their eyes. Because almost nothing else',
    'in the deep can see red, they can light up their prey without being noticed, like a sniper with an invisible torch.',
  ),
];
const gUses = ['Scientists group the uses of bioluminescence into three broad jobs, and many animals use light for more than one of them.'];
const gUsesList = [
  'Hiding: hatchetfish and many squid have light organs on their bellies that match the faint light from above, erasing their silhouette.',
  'Hunting: an anglerfish dangles a glowing lure in front of its mouth, and some dragonfishes light up prey with their red searchlights.',
  'Talking: lanternfish species each have their own pattern of light organs, which may help them recognise mates in the dark.',
];
const gUses2 = [
  j(
    'Light can also be a burglar alarm. When a jellyfish is grabbed by a small predator it may flash brightly, drawing the attention',
    'of a bigger animal that might eat the attacker. Some shrimp spit out a cloud of glowing fluid and slip away behind it.',
  ),
];
const gOpen = [
  j(
    'For many species nobody knows what the light is for. Some sea cucumbers glow when touched, and some worms shed glowing body',
    'segments that keep flashing after they are dropped. Watching these animals behave naturally is hard, because the lights of',
    'a submersible change what they do.',
  ),
  j(
    'New cameras that work in very dim red light, which most deep-sea animals cannot see, are beginning to change that. The more we',
    'watch, the more it seems that in the deep ocean, light is the most common language of all.',
  ),
];
const gNav = ['Home', 'Explainers', 'Ocean life', 'About'];
const gMore = ['Why octopuses have three hearts', 'The long migration of the eel', 'What is marine snow?'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f1e2a7c3b">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://deepbluenotes.example/how-do-deep-sea-animals-make-light/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Deep Blue Notes"><meta property="og:type" content="article">
<meta property="og:title" content="${gTitle}"><meta property="article:published_time" content="2026-01-27T07:30:00.000Z">
<meta property="article:tag" content="Explainers"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Marguerite Osei">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Deep Blue Notes"},
"author":{"@type":"Person","name":"Marguerite Osei"},"headline":"${gTitle}","datePublished":"2026-01-27T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.45/umd/portal.min.js" data-i18n="true"
data-ghost="https://deepbluenotes.example/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>
</head>
<body class="post-template tag-explainers is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://deepbluenotes.example">Deep Blue Notes</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-explainers">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/explainers/">Explainers</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/marguerite/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/06/mo.jpg" alt="Marguerite Osei">
</a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/marguerite/">Marguerite Osei</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-01-27">Jan 27, 2026</time><span class="byline-reading-time">
<span class="bull">•</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/01/firefly-squid.jpg 600w" src="/content/images/2026/01/firefly-squid.jpg"
alt="A glowing squid"><figcaption><span style="white-space: pre-wrap;">A firefly squid lit by its own photophores. Photo: Ines Calder</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
<h2 id="the-chemistry-of-a-glow">${gHeads[0]}</h2>
${ps(gChem)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="why-blue">${gHeads[1]}</h2>
${ps(gBlue)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://deepbluenotes.example/how-fish-see-in-the-dark/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">How fish see in the dark</div><div class="kg-bookmark-description">Giant eyes, tubular
eyes and eyes that face in two directions at once.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Deep Blue Notes</span></div></div>
</a></figure>
<h2 id="what-the-light-is-for">${gHeads[2]}</h2>
${ps(gUses)}
<ul>
${lis(gUsesList)}
</ul>
${ps(gUses2)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/01/anglerfish.jpg" class="kg-image" alt="" loading="lazy">
<figcaption><span style="white-space: pre-wrap;">Illustration of a female anglerfish and her lure, by Tomas Verhey.</span></figcaption></figure>
<h2 id="living-lights-we-still-do-not-understand">${gHeads[3]}</h2>
${ps(gOpen)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for Deep Blue Notes</h2>
<a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">
${gMore
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"></a><div class="post-card-content">
<a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://deepbluenotes.example">Deep Blue Notes</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8f1e2a7c3b"></script>
</body></html>`;
const ghostExplainer: TestPage = {
  name: 'heldout331-ghost-casper-marine-explainer',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gExcerpt, ...gIntro, ...gChem, gCallout, ...gBlue, ...gUses, ...gUsesList, ...gUses2, ...gOpen]),
  bylines: ['Marguerite Osei', 'Jan 27, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Deep Blue Notes', ...gNav, 'Sign in', 'Subscribe', 'A firefly squid lit by its own photophores. Photo: Ines Calder', 'How fish see in the dark',
    'Giant eyes, tubular eyes and eyes that face in two directions at once.', 'Illustration of a female anglerfish and her lure, by Tomas Verhey.',
    'Sign up for Deep Blue Notes', 'Enter your email', ...gMore, '© 2026', 'Sign up', 'Contact', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT331_E: readonly TestPage[] = [ghostExplainer, astraPhoto];
