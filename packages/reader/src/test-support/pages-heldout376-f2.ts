import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file f2: a patch-aware build guide on a Ghost blog with the Casper theme (site head and menu, the
 * primary tag, the excerpt, the author byline with date and reading time, a patch callout card, an image card with
 * caption, a stat table, the member sign-up CTA, the comments section, "Read more" cards and the site footer).
 */
const bTitle = 'Frostbrand Spellblade: a patch 2.3 build for Duskborne Reliquary';
const bExcerpt = 'The frost and fire hybrid that survived the nerfs, rebuilt for the new relic slots.';
const bCallout = j(
  'Updated for patch 2.3 (February 2026). The Cinder Vow relic lost 20 percent of its burn damage in this patch, so the',
  'build now takes Rimebound Oath in that slot. The old 2.2 version is linked at the bottom.',
);
const bHeads = ['Why this build still works', 'Skills and rotation', 'Relics and gear', 'Stats to aim for', 'What changed from 2.2'];
const bWhy = [
  j(
    'Most frost and fire hybrids died in 2.3 because the burn nerf removed their damage over time. The Spellblade never relied',
    'on burn: it uses fire to shatter frozen enemies, and shatter damage was not touched. If anything, the new relic slots made',
    'it easier to build.',
  ),
];
const bSkills = [
  'Rime Lunge to close the gap and apply Chill.',
  'Glacial Edge until the target is frozen, usually three hits on elites.',
  'Ember Cleave on a frozen target to shatter it; this is where almost all of your damage comes from.',
  'Hearthward whenever it is off cooldown, for the shield and the fire resistance shred.',
];
const bSkillsP = [
  j(
    'The rotation is simple, but the order matters. Casting Ember Cleave before the target is frozen wastes the cooldown and',
    'melts the ice, resetting the freeze counter.',
  ),
];
const bGear = [
  j(
    'Rimebound Oath replaces Cinder Vow as the core relic. It adds a second stack of Chill on every Glacial Edge, so elites',
    'freeze one hit sooner. In the new fourth slot take the Shardwright Sigil for the larger shatter radius.',
  ),
  j(
    'For armour, the Pale Warden set is still the best until you find the Hollow Crown helm, which is worth breaking the set',
    'for because of its cooldown bonus.',
  ),
];
const bTable: readonly (readonly [string, string])[] = [
  ['Cooldown reduction', '30% or more'],
  ['Chill effect', '45%'],
  ['Shatter damage', 'as high as possible'],
  ['Fire resistance', '60% before the Ash Peaks'],
];
const bCells = bTable.flat();
const bQuote = '"The shatter numbers are intentionally unchanged; hybrids that rely on freezing should feel the same." - Duskborne 2.3 patch notes';
const bChanged = [
  'Cinder Vow swapped for Rimebound Oath.',
  'Shardwright Sigil added in the new fourth relic slot.',
  'Two points moved from Kindling into Frostbite in the passive tree.',
];
const bNav = ['Home', 'Builds', 'Patch Notes', 'Tier Lists', 'About'];
const bMore = ['Ashcaller Necromancer for 2.3', 'Every relic change in patch 2.3, explained', 'Frostbrand Spellblade (patch 2.2, archived)'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title>
<meta name="description" content="${bExcerpt}"><link rel="canonical" href="https://rimeandrelic.example/frostbrand-spellblade-2-3/">
<meta property="og:site_name" content="Rime &amp; Relic"><meta property="og:type" content="article"><meta property="article:tag" content="Builds">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Rime &amp; Relic"},
"author":{"@type":"Person","name":"Sorrel Ames"},"headline":"${bTitle}","datePublished":"2026-02-18T19:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.108">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.46/umd/portal.min.js" data-ghost="https://rimeandrelic.example/"></script>
<link rel="stylesheet" href="/assets/built/screen.css?v=8a1c"></head>
<body class="post-template tag-builds tag-patch-2-3 is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="/">Rime &amp; Relic</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(bNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-builds tag-patch-2-3">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/builds/">Builds</a></span></div>
<h1 class="article-title">${bTitle}</h1><p class="article-excerpt">${bExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/sorrel/">Sorrel Ames</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-18">Feb 18, 2026</time><span class="byline-reading-time"><span
class="bull">•</span> 7 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas"><div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">❄️</div>
<div class="kg-callout-text">${bCallout}</div></div>
<h2 id="why">${bHeads[0] ?? ''}</h2><p>${bWhy[0] ?? ''}</p>
<h2 id="skills">${bHeads[1] ?? ''}</h2><ol>${bSkills.map((t) => `<li>${t}</li>`).join('\n')}</ol><p>${bSkillsP[0] ?? ''}</p>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/02/shatter.webp" class="kg-image" alt="">
<figcaption><span style="white-space: pre-wrap;">A frozen elite shattering under Ember Cleave in the Ash Peaks.</span></figcaption></figure>
<h2 id="gear">${bHeads[2] ?? ''}</h2>${bGear.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="stats">${bHeads[3] ?? ''}</h2><table><thead><tr><th>Stat</th><th>Target</th></tr></thead><tbody>
${bTable.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
<blockquote>${bQuote.replace(/"/g, '&quot;')}</blockquote>
<h2 id="changes">${bHeads[4] ?? ''}</h2><ul>${bChanged.map((t) => `<li>${t}</li>`).join('\n')}</ul></section>
<section class="article-comments gh-canvas"><div class="gh-cta"><h2 class="gh-cta-title">This post is for subscribers only... comments, that is</h2>
<p class="gh-cta-content">Sign up to join the discussion under every build.</p><a class="gh-cta-button" href="#/portal/signup">Sign up now</a></div>
<div class="ghost-comments-count">12 comments</div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3><div class="post-feed">
${bMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-content-link" href="/"><h2 class="post-card-title">${t}</h2></a>
</article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Rime &amp; Relic</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sign up', 'RSS', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8a1c"></script></body></html>`;
export const buildBlog: TestPage = {
  name: 'heldout376-ghost-build-guide-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: texts([bCallout, ...bWhy, ...bSkills, ...bSkillsP, ...bGear, ...bCells, bQuote, ...bChanged]),
  bylines: ['Sorrel Ames', 'Feb 18, 2026', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rime & Relic', ...bNav.filter((t) => t !== 'Builds'), 'Sign in', 'Subscribe', 'Builds', 'A frozen elite shattering under Ember Cleave in the Ash Peaks.',
    'This post is for subscribers only... comments, that is', 'Sign up to join the discussion under every build.', 'Sign up now', '12 comments', 'Read more',
    ...bMore, 'Rime & Relic © 2026', 'Sign up', 'RSS', 'Contact', 'Powered by Ghost',
  ],
};
