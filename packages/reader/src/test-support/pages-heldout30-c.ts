import { type TestPage, texts } from './page-kit.js';
import { superNotion } from './pages-heldout30-c2.js';

/**
 * Held-out batch 30, file c: a walking newsletter on Ghost 5 with the default Source theme (the accent-colour contrast
 * script, the Portal and sodo-search scripts and members styles in the head, the gh-navigation header with its search and
 * burger buttons and "Sign in" / "Subscribe", the article header with tag, title, excerpt, author, date and reading time,
 * the feature image with its Unsplash credit, Koenig cards in the content (image with caption, callout, bookmark), the
 * comments-ui script, the "Read more" grid of post cards, the footer bar with the signup form and the PhotoSwipe markup).
 */
const ghTitle = 'The Footpath That Wasn’t on Any Map';
const ghExcerpt = 'A stile in a hedge, a parish record from 1843 and a path that the council had forgotten it owned.';
const ghBody1 = [
  'I found the stile by accident. It was half buried in a blackthorn hedge on the lane between Ashby Parva and the old brick ' +
    'kilns, with a worn oak step and a rusted iron hoop where a gate had once been fixed. Nothing on the current Ordnance ' +
    'Survey map suggested that anyone had ever meant to climb over it.',
  'Stiles do not appear from nowhere. Someone builds them because people are already walking that way, and keeps them ' +
    'because people keep walking. So I went home and started digging.',
];
const ghH1 = 'What the records said';
const ghBody2 = [
  'The county archive holds the parish tithe map for Ashby Parva, drawn in 1843, and there it was: a dotted line from the ' +
    'lane to the mill at Swinford, labelled in neat copperplate as a “church way”. The path let families from the mill ' +
    'cottages walk to services without going the long way round by the road.',
  'The vestry minutes mention it again in 1871, when the churchwardens paid a local carpenter four shillings to repair “the ' +
    'stile in Hollow Field”. After that, nothing. The mill closed in 1902, the cottages emptied, and the path faded out of ' +
    'use and out of memory.',
];
const ghQuote = 'Paid to Jos. Bright for mending the stile in Hollow Field and setting a new step, four shillings.';
const ghH2 = 'Getting it back on the map';
const ghBody3 = [
  'Paths that were never formally closed can still be rights of way, even if they dropped off the definitive map. Under the ' +
    'current rules, anyone can apply for a modification order, but the evidence has to be good, and the application has to ' +
    'be made before the cut-off date for historic routes.',
  'I sent the council copies of the tithe map, the vestry minutes and photographs of the stile in July. Last week a letter ' +
    'arrived saying the application had been accepted for investigation. It may take two years. I will keep you posted.',
];
const ghCallout =
  'If you find an old stile, gate or footbridge that leads nowhere on the modern map, photograph it and note exactly where it is. ' +
  'It may be the only physical evidence that a path ever existed.';
const ghNav = ['Home', 'Walks', 'Archive', 'About'];
const ghRead: [string, string, string][] = [
  ['Walking the Old Salt Road in a Week', 'Seventy miles, four pubs and one very long day over the moor.', 'Aug 30, 2025'],
  ['What a Parish Map Can Tell You', 'A beginner’s guide to reading tithe maps and enclosure awards.', 'Aug 12, 2025'],
  ['The Bridleway Nobody Uses', 'Why a perfectly good path can disappear in a single generation.', 'Jul 21, 2025'],
];
const svg = '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2"><path d="M21 21l-6-6"/></svg>';
const ghHtml = `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>The Footpath That Wasn’t on Any Map</title>
    <link rel="stylesheet" href="https://footpathnotes.example/assets/built/screen.css?v=5c8f1a2b3d">
    <style>
        :root {
            --background-color: #ffffff
        }
    </style>
    <script>
        /* The script for calculating the color contrast has been taken from
        https://gomakethings.com/dynamically-changing-the-text-color-based-on-background-color-contrast-with-vanilla-js/ */
        var accentColor = getComputedStyle(document.documentElement).getPropertyValue('--background-color');
        accentColor = accentColor.trim().slice(1);
        var r = parseInt(accentColor.substr(0, 2), 16);
        var g = parseInt(accentColor.substr(2, 2), 16);
        var b = parseInt(accentColor.substr(4, 2), 16);
        var yiq = ((r * 299) + (g * 587) + (b * 114)) / 1000;
        var textColor = (yiq >= 128) ? 'dark' : 'light';
        document.documentElement.className = \`has-\${textColor}-text\`;
    </script>
    <link rel="icon" href="https://footpathnotes.example/content/images/size/w256h256/2024/05/stile-icon.png" type="image/png">
    <link rel="canonical" href="https://footpathnotes.example/the-footpath-that-wasnt-on-any-map/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Footpath Notes">
    <meta property="og:type" content="article">
    <meta property="og:title" content="The Footpath That Wasn’t on Any Map">
    <meta property="og:description" content="A stile in a hedge, a parish record from 1843 and a path that the council had forgotten it owned.">
    <meta property="article:published_time" content="2025-09-18T07:00:00.000Z">
    <meta property="article:tag" content="Field Notes">
    <script type="application/ld+json">
{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {"@type": "Organization", "name": "Footpath Notes", "url": "https://footpathnotes.example/"},
    "author": {"@type": "Person", "name": "Callum Reyes", "url": "https://footpathnotes.example/author/callum/"},
    "headline": "The Footpath That Wasn’t on Any Map",
    "datePublished": "2025-09-18T07:00:00.000Z",
    "keywords": "Field Notes"
}
    </script>
    <meta name="generator" content="Ghost 5.116">
    <link rel="alternate" type="application/rss+xml" title="Footpath Notes" href="https://footpathnotes.example/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.51/umd/portal.min.js" data-i18n="true" data-ghost="https://footpathnotes.example/"
      data-key="4c9e1b2a7f3d8e6c5a0b1d2e3f" data-api="https://footpathnotes.ghost.io/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="4c9e1b2a7f3d8e6c5a0b1d2e3f"
      data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="https://footpathnotes.ghost.io/" data-locale="en"
      crossorigin="anonymous"></script>
    <script defer src="/public/cards.min.js?v=5c8f1a2b3d"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=5c8f1a2b3d">
    <script defer src="/public/member-attribution.min.js?v=5c8f1a2b3d"></script>
    <style>:root {--ghost-accent-color: #3d6b4f;}</style>
</head>
<body class="post-template tag-field-notes has-serif-body">
<div class="gh-viewport">
    <header id="gh-navigation" class="gh-navigation is-left-logo gh-outer">
    <div class="gh-navigation-inner gh-inner">
        <div class="gh-navigation-brand">
            <a class="gh-navigation-logo is-title" href="https://footpathnotes.example">Footpath Notes</a>
            <button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search>${svg}</button>
            <button class="gh-burger gh-icon-button" aria-label="Menu">${svg}${svg}</button>
        </div>
        <nav class="gh-navigation-menu">
            <ul class="nav">
${ghNav
  .map(
    (t) => `    <li class="nav-${t.toLowerCase()}"><a
href="https://footpathnotes.example/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a></li>`,
  )
  .join('\n')}
</ul>
        </nav>
        <div class="gh-navigation-actions">
                <button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search>${svg}</button>
                <div class="gh-navigation-members">
                            <a href="#/portal/signin" data-portal="signin">Sign in</a>
                                <a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
                </div>
        </div>
    </div>
</header>
<main class="gh-main">
    <article class="gh-article post tag-field-notes">
        <header class="gh-article-header gh-canvas">
                <a class="gh-article-tag" href="https://footpathnotes.example/tag/field-notes/">Field Notes</a>
            <h1 class="gh-article-title is-title">${ghTitle}</h1>
                <p class="gh-article-excerpt is-body">${ghExcerpt}</p>
            <div class="gh-article-meta">
                <div class="gh-article-author-image instapaper_ignore">
                            <a href="/author/callum/"><img class="author-profile-image" src="/content/images/size/w160/2024/05/callum.jpg" alt="Callum
Reyes"></a>
                </div>
                <div class="gh-article-meta-wrapper">
                    <h4 class="gh-article-author-name"><a href="/author/callum/">Callum Reyes</a></h4>
                    <div class="gh-article-meta-content">
                        <time class="gh-article-meta-date" datetime="2025-09-18">Sep 18, 2025</time>
                            <span class="gh-article-meta-length"><span class="bull">—</span> 6 min read</span>
                    </div>
                </div>
            </div>
                <figure class="gh-article-image">
        <img srcset="/content/images/size/w320/2025/09/hedge-stile.jpg 320w, /content/images/size/w600/2025/09/hedge-stile.jpg 600w,
          /content/images/size/w960/2025/09/hedge-stile.jpg 960w" sizes="(min-width: 1320px) 1320px, 92vw"
          src="/content/images/size/w1200/2025/09/hedge-stile.jpg" alt="The Footpath That Wasn’t on Any Map">
            <figcaption><span style="white-space: pre-wrap;">Photo by </span><a href="https://unsplash.com/@inesvarga"><span style="white-space:
pre-wrap;">Ines Varga</span></a>
              <span style="white-space: pre-wrap;"> / </span><a
href="https://unsplash.com/?utm_source=ghost&amp;utm_medium=referral&amp;utm_campaign=api-credit">
              <span style="white-space: pre-wrap;">Unsplash</span></a></figcaption>
    </figure>
        </header>
        <section class="gh-content gh-canvas is-body">
${ghBody1.map((p) => `<p>${p}</p>`).join('')}<h2 id="what-the-records-said">${ghH1}</h2>${ghBody2.map((p) => `<p>${p}</p>`).join('')}
<blockquote>${ghQuote}</blockquote><figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/09/tithe-map.jpg" class="kg-image"
alt=""
  loading="lazy" width="2000" height="1333" srcset="/content/images/size/w600/2025/09/tithe-map.jpg 600w, /content/images/2025/09/tithe-map.jpg 2000w"
  sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">Detail of the 1843 tithe map, with the church way marked in
red.</span></figcaption></figure>
<h2 id="getting-it-back-on-the-map">${ghH2}</h2>${ghBody3.map((p) => `<p>${p}</p>`).join('')}
<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🧭</div><div class="kg-callout-text">${ghCallout}</div></div>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://www.gov.uk/guidance/rights-of-way-local-authority-responsibilities">
  <div class="kg-bookmark-content"><div class="kg-bookmark-title">Public rights of way: local authority responsibilities</div>
  <div class="kg-bookmark-description">How councils record, maintain and change public rights of way, including definitive map modification orders.</div>
  <div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/icon/favicon-gov.ico" alt=""><span
class="kg-bookmark-author">GOV.UK</span></div></div>
  <div class="kg-bookmark-thumbnail"><img src="/content/images/thumbnail/govuk-opengraph.png" alt="" onerror="this.style.display = 'none'"></div></a></figure>
        </section>
    </article>
    <div class="gh-comments gh-canvas">
        <script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.2/umd/comments-ui.min.js" data-locale="en"
data-ghost-comments="https://footpathnotes.example/"
          data-api="https://footpathnotes.ghost.io/ghost/api/content/" data-admin="https://footpathnotes.ghost.io/ghost/" data-key="4c9e1b2a7f3d8e6c5a0b1d2e3f"
          data-title="" data-count="true" data-post-id="66e9a1b2c3d4e5f607182930" data-color-scheme="auto" data-avatar-saturation="60"
crossorigin="anonymous"></script>
    </div>
</main>
<section class="gh-container is-grid gh-outer">
    <div class="gh-container-inner gh-inner">
        <h2 class="gh-container-title">Read more</h2>
        <main class="gh-main">
            <div class="gh-feed">
${ghRead
  .map(
    ([t, ex, d]) => `<article class="gh-card post">
    <a class="gh-card-link" href="https://footpathnotes.example/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">
            <figure class="gh-card-image"><img src="/content/images/size/w600/2025/08/card.jpg" alt="${t}" loading="lazy"></figure>
        <div class="gh-card-wrapper">
            <h3 class="gh-card-title is-title">${t}</h3>
                <p class="gh-card-excerpt is-body">${ex}</p>
            <footer class="gh-card-meta"><!--
             --><time class="gh-card-date" datetime="2025-08-30">${d}</time><!--
         --></footer>
        </div>
    </a>
</article>`,
  )
  .join('\n')}
            </div>
        </main>
    </div>
</section>
<footer class="gh-footer gh-outer">
    <div class="gh-footer-inner gh-inner">
        <div class="gh-footer-bar">
            <span class="gh-footer-logo is-title">Footpath Notes</span>
            <nav class="gh-footer-menu">
                <ul class="nav">
    <li class="nav-sign-up"><a href="#/portal/">Sign up</a></li>
    <li class="nav-privacy"><a href="https://footpathnotes.example/privacy/">Privacy</a></li>
</ul>
            </nav>
            <div class="gh-footer-copyright">
                Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a>
            </div>
        </div>
                <section class="gh-footer-signup">
                    <h2 class="gh-footer-signup-header is-title">Footpath Notes</h2>
                    <p class="gh-footer-signup-subhead is-body">Old maps, lost paths and the rights of way we nearly forgot. A letter every other Thursday.</p>
                    <form class="gh-form" data-members-form>
                        <input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com" required data-members-email>
                        <button class="gh-button" type="submit" aria-label="Subscribe">
                            <span><span>Subscribe</span> ${svg}</span>
                            <span>${svg}</span>
                        </button>
                        <p data-members-error></p>
                    </form>
                </section>
    </div>
</footer>
</div>
    <div class="pswp" tabindex="-1" role="dialog" aria-hidden="true">
    <div class="pswp__bg"></div>
    <div class="pswp__scroll-wrap">
        <div class="pswp__container"><div class="pswp__item"></div><div class="pswp__item"></div><div class="pswp__item"></div></div>
        <div class="pswp__ui pswp__ui--hidden">
            <div class="pswp__top-bar">
                <div class="pswp__counter"></div>
                <button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
                <button class="pswp__button pswp__button--share" title="Share"></button>
                <button class="pswp__button pswp__button--fs" title="Toggle fullscreen"></button>
                <button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button>
                <div class="pswp__preloader"><div class="pswp__preloader__icn"><div class="pswp__preloader__cut"><div
class="pswp__preloader__donut"></div></div></div></div>
            </div>
            <button class="pswp__button pswp__button--arrow--left" title="Previous (arrow left)"></button>
            <button class="pswp__button pswp__button--arrow--right" title="Next (arrow right)"></button>
            <div class="pswp__caption"><div class="pswp__caption__center"></div></div>
        </div>
    </div>
</div>
<script src="https://footpathnotes.example/assets/built/source.js?v=5c8f1a2b3d"></script>
</body>
</html>`;
const ghost: TestPage = {
  html: ghHtml,
  name: 'heldout30-ghost-source-post',
  kind: 'blog',
  // the excerpt under the title is the post's dek: body (as batch 19's dek); the quoted vestry minute in the blockquote and
  // the callout card are written into the post by its author: body; the bookmark card is a link preview made from another
  // site's metadata: furniture, as are the feature image credit and the map caption; "Callum Reyes" and "Sep 18, 2025" are
  // the bylines, "6 min read" and the tag are furniture; the "Read more" cards with their excerpts and dates, the nav, the
  // members links, the footer bar and signup are furniture
  title: ghTitle,
  headings: [ghH1, ghH2],
  body: [ghExcerpt, ...texts(ghBody1), ...texts(ghBody2), ghQuote, ...texts(ghBody3), ghCallout],
  bylines: ['Callum Reyes', 'Sep 18, 2025'],
  // a gold change of session 15, after measuring: the nav word "Home" is a word of the body: out of the furniture, as batch 21's nav words
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Footpath Notes', ...ghNav.filter((t) => t !== 'Home'), 'Sign in', 'Subscribe', 'Field Notes', '6 min read', 'Photo by Ines Varga / Unsplash',
    'Detail of the 1843 tithe map, with the church way marked in red.', 'Public rights of way: local authority responsibilities',
    'How councils record, maintain and change public rights of way, including definitive map modification orders.', 'GOV.UK', 'Read more',
    ...ghRead.flat(), 'Sign up', 'Privacy', 'Powered by Ghost',
    'Old maps, lost paths and the rights of way we nearly forgot. A letter every other Thursday.',
  ],
};

export const HELDOUT30_C: readonly TestPage[] = [ghost, superNotion];
