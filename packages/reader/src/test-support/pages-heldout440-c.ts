import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout440-kit.js';
import { icPage } from './pages-heldout440-c2.js';

/**
 * Held-out batch 440, file c: an AI lab's research blog post on Ghost's Casper theme (site header, tag label, byline with
 * avatar, date and reading time, feature image with caption, kg-cards with a figure caption and a callout promo, a table and
 * a blockquote, the Portal sign-up box, read-more rail and footer) and a chatbot's help-center article on Intercom's Help
 * Center (breadcrumbs, "Written by" and "Updated" lines, interblocks paragraphs, a callout, reactions box, related articles).
 */
const ghTitle = 'Teaching small models to say “I don’t know”';
const ghLede = [
  j(
    'A model that answers every question is easy to build. A model that knows which questions it should not answer is much',
    'harder, and for the small assistants we ship on laptops and phones it matters more than another point of benchmark accuracy.',
  ),
  j(
    'This post describes six months of work at Halvard Labs on abstention: getting a 3-billion-parameter model to decline, or to',
    'say how unsure it is, when it is likely to be wrong.',
  ),
];
const ghWhy = [
  j(
    'Small models are confidently wrong more often than large ones, and their confidence scores are poorly calibrated. When we',
    'asked our base model 2,000 questions from an internal trivia set, it gave an answer to 99.4 percent of them and was right on',
    'only 61 percent. Its own probability for the answer was almost the same for right and wrong answers.',
  ),
  j(
    'Simply training the model to refuse more often does not help. It learns to refuse questions that look hard, such as long',
    'ones or ones with numbers, rather than questions it actually gets wrong.',
  ),
];
const ghTried = [
  'Self-consistency: sample five answers and abstain when they disagree.',
  'A probe: a small classifier trained on the model’s hidden states to predict whether the answer will be correct.',
  'Abstention tuning: fine-tuning on the model’s own mistakes, labelled with “I’m not sure” as the target answer.',
];
const ghResults = [
  j(
    'We scored each method on a held-out set of 1,200 questions, counting a correct answer as +1, a wrong answer as −1 and an',
    'abstention as 0. The table shows the share of questions answered and the net score.',
  ),
];
const ghRows: string[][] = [
  ['No abstention', '99%', '0.22'],
  ['Self-consistency', '71%', '0.31'],
  ['Hidden-state probe', '68%', '0.36'],
  ['Abstention tuning', '64%', '0.41'],
];
const ghQuote = 'The model does not need to know the answer. It needs to know what its own mistakes look like.';
const ghAfter = [
  j(
    'Abstention tuning won, but only when the training mistakes came from the same model. Tuning on another model’s errors',
    'made ours refuse the wrong questions again. That suggests the model is learning something about itself, not about the questions.',
  ),
];
const ghNext = [
  j(
    'We are releasing the evaluation set and the tuning recipe today. Next we want to see whether the same method works for',
    'longer answers, where a response can be partly right, and whether the model can point to the sentence it is least sure of.',
  ),
];
const ghNav = ['Research', 'Models', 'Safety', 'Careers', 'About'];
const ghMore = ['Distilling a 70B model into a phone: what broke', 'Why our evals now include refusals', 'A year of open weights'];
const ghFoot = ['Sign up', 'Privacy', 'Press', 'Contact'];
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>Teaching small models to say “I don’t know”</title><meta name="HandheldFriendly" content="True" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4e5" />
<meta name="description" content="Six months of work on getting a small model to decline when it is likely to be wrong." />
<link rel="canonical" href="https://blog.halvardlabs.example/abstention/" /><meta name="referrer" content="no-referrer-when-downgrade" />
<meta property="og:site_name" content="Halvard Labs" /><meta property="og:type" content="article" />
<meta property="article:published_time" content="2026-02-17T09:00:00.000Z" />
<meta property="article:tag" content="Research" /><meta name="twitter:card" content="summary_large_image" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Halvard Labs"},
"author":{"@type":"Person","name":"Ines Corvalán"},"headline":"Teaching small models to say “I don’t know”",
"datePublished":"2026-02-17T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.118" /><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true"
data-ghost="https://blog.halvardlabs.example/" data-key="7f3c" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-research is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://blog.halvardlabs.example">
Halvard Labs</a></div><nav class="gh-head-menu"><ul class="nav">${links(ghNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-research featured">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/research/">Research</a></span><span class="post-card-featured">Featured</span></section>
<h1 class="article-title">${ghTitle}</h1><p class="article-excerpt">Six months of work on getting a small model to decline when it is likely to be wrong.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ines/" class="author-avatar"><img class="author-profile-image" src="/content/images/ines.jpg" alt="Ines Corvalán" /></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Ines Corvalán</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-17">Feb 17, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/02/abstain-cover.png" alt="" /><figcaption>Answer rate against accuracy for four
methods. Illustration: Pål Rekdal</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(ghLede)}
<h2 id="why-abstention-is-hard">Why abstention is hard</h2>
${ps(ghWhy)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📄</div><div class="kg-callout-text">Read more:
<a href="/calibration-notes/">Calibration notes from our 1B model</a></div></div>
<h2 id="what-we-tried">What we tried</h2><p>We compared three approaches against the base model:</p>
<ol>${ghTried.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/02/probe.png" class="kg-image" alt="" loading="lazy" width="1600"
height="900"><figcaption><span style="white-space: pre-wrap;">The probe reads layer 22 of 28. Earlier layers predicted errors less well.</span>
</figcaption></figure>
<h2 id="results">Results</h2>
${ps(ghResults)}
<table><thead><tr><th>Method</th><th>Answered</th><th>Net score</th></tr></thead><tbody>${ghRows.map((r) => tr(r)).join('\n')}</tbody></table>
<blockquote>${ghQuote}</blockquote>
${ps(ghAfter)}
<h2 id="whats-next">What’s next</h2>
${ps(ghNext)}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${ghMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/p/${t.length}/"></a><div class="post-card-content">
<a class="post-card-content-link" href="/p/${t.length}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div>
</article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.halvardlabs.example">Halvard Labs</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(ghFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a1b2c3d4e5"></script></body></html>`;

const ghPage: TestPage = {
  name: 'heldout440-ghost-casper-research-blog',
  kind: 'blog',
  html: ghHtml,
  title: ghTitle,
  headings: ['Why abstention is hard', 'What we tried', 'Results', 'What’s next'],
  body: [
    ...texts(ghLede),
    ...texts(ghWhy),
    'We compared three approaches against the base model:',
    ...ghTried,
    ...texts(ghResults),
    ...ghRows.map(rowText),
    ghQuote,
    ...texts(ghAfter),
    ...texts(ghNext),
  ],
  bylines: ['Ines Corvalán', 'Feb 17, 2026', '5 min read'],
  furniture: [
    ...ghNav,
    'Subscribe',
    'Featured',
    'Six months of work on getting a small model to decline when it is likely to be wrong.',
    'Answer rate against accuracy for four methods. Illustration: Pål Rekdal',
    'Read more: Calibration notes from our 1B model',
    'The probe reads layer 22 of 28. Earlier layers predicted errors less well.',
    'Sign up for more like this.',
    'Enter your email',
    ...ghMore,
    'Halvard Labs © 2026',
    ...ghFoot,
    'Powered by Ghost',
  ],
};

export const HELDOUT440_C: readonly TestPage[] = [ghPage, icPage];
