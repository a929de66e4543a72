import { links, ps, type TestPage, texts } from './page-kit.js';
import { caseStudy } from './pages-heldout191-f2.js';

/**
 * Held-out batch 191, file f: a startup's funding announcement on a Ghost blog with the Casper theme (the gh-head nav
 * with "Sign in" and "Subscribe", the primary tag, the excerpt, the byline with date and read time, the feature image
 * caption, a Ghost callout card and a bookmark card inside the post, the "Sign up for more like this" CTA, the
 * "Read more" cards, the hidden Portal frame and the site footer) and, from file f2, a management consultancy's case
 * study page.
 */
const title = 'We raised $18M to help small manufacturers plan their production';
const excerpt = 'Our Series A, led by Fallowfield Ventures, will fund new features for shop-floor scheduling and a team in Europe.';
const p1 = [
  'Three years ago, we started Gridwise because we kept seeing the same thing on factory visits: small manufacturers running ' +
    'their production schedules on whiteboards and spreadsheets that only one person truly understood. When that person was on ' +
    'holiday, the factory slowed down.',
  'Today we are announcing an $18 million Series A led by Fallowfield Ventures, with participation from our seed investors ' +
    'Copperline Capital and North Loop Partners. It brings our total funding to $24.5 million.',
] as const;
const h1 = 'Where we are today';
const p2 = [
  'More than 340 manufacturers in the United States and Canada now use Gridwise to plan their production, most of them with ' +
    'between 20 and 200 employees. They make everything from kitchen cabinets to aircraft brackets. On average, customers tell ' +
    'us they cut the time spent building weekly schedules from a day and a half to under two hours.',
  'We have grown from four people to 31, and for the first time our revenue has more than tripled in a single year.',
] as const;
const h2 = 'What the funding is for';
const p3 = ['We will use the new funding in three areas:'] as const;
const list = [
  'Shop-floor scheduling that updates automatically when a machine goes down or a rush order comes in.',
  'Integrations with the accounting and inventory tools our customers already use.',
  'A small team in Rotterdam, so we can serve manufacturers in Europe who have been asking for Gridwise.',
] as const;
const p4 = [
  '“Gridwise is the first planning product we have seen that people on the shop floor actually want to use,” said Amara Lindgren, ' +
    'partner at Fallowfield Ventures, who joins our board.',
] as const;
const h3 = 'Thank you';
const p5 = [
  'None of this would have happened without our early customers, who put up with a very rough first version and told us exactly ' +
    'what was wrong with it. We are still building this with you, and we will keep listening.',
  'If you want to help small manufacturers compete, we are hiring across product, customer success and sales. Come and talk to us.',
] as const;
const nav = ['Home', 'Product', 'Customers', 'Careers', 'Changelog'] as const;
const tag = 'Company News';
const byline = ['By Tomasz Wierzbicki', 'Apr 29, 2025', '4 min read'] as const;
const caption = 'The Gridwise team at our Milwaukee office in March.';
const callout = 'We are hiring! See our open roles on the careers page.';
const bookmark = ['Careers at Gridwise', 'Join us in building planning software for the people who make things.', 'Gridwise'] as const;
const cta = ['Sign up for more like this.', 'Enter your email', 'Subscribe'] as const;
const more = ['Read more', 'Introducing capacity planning', 'How Harlan Tool cut overtime by 30%', 'What we learned from 100 factory visits'] as const;
const moreMeta = ['Mar 12, 2025', 'Feb 4, 2025', 'Jan 9, 2025'] as const;
const foot = ['Gridwise © 2025', 'Privacy', 'Terms', 'Contact', 'Powered by Ghost'] as const;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${title}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7c1e4b2a9d"><meta name="description" content="${excerpt}">
<link rel="canonical" href="https://blog.gridwise.example/series-a/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Gridwise Blog"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-04-29T13:00:00.000Z"><meta property="article:tag" content="${tag}">
<meta name="generator" content="Ghost 5.115">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Gridwise Blog"},
"author":{"@type":"Person","name":"Tomasz Wierzbicki"},"headline":"${title}","datePublished":"2025-04-29T13:00:00.000Z","description":"${excerpt}"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="https://blog.gridwise.example/"
crossorigin="anonymous"></script><link rel="alternate" type="application/rss+xml" title="Gridwise Blog" href="https://blog.gridwise.example/rss/"></head>
<body class="post-template tag-company-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://blog.gridwise.example">
<img src="https://blog.gridwise.example/content/images/2024/logo.png" alt="Gridwise Blog"></a>
<button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search></button><button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${nav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}">
<a href="https://blog.gridwise.example/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-company-news">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/company-news/">${tag}</a></span></div><h1 class="article-title">${title}</h1><p class="article-excerpt">${excerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tomasz/" class="author-avatar"><img class="author-profile-image" src="/content/images/2024/tomasz.jpg" alt="Tomasz Wierzbicki"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name">${byline[0].replace('By ', 'By <a href="/author/tomasz/">')}</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-04-29">${byline[1]}</time><span class="byline-reading-time"><span class="bull">&bull;</span> ${byline[2]}</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/04/team.jpg 300w" src="/content/images/size/w2000/2025/04/team.jpg" alt="">
<figcaption><span style="white-space: pre-wrap;">${caption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(p1)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📣</div><div class="kg-callout-text">${callout}</div></div>
<h2 id="where-we-are-today">${h1}</h2>
${ps(p2)}
<h2 id="what-the-funding-is-for">${h2}</h2>
${ps(p3)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
<h2 id="thank-you">${h3}</h2>
${ps(p5)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://gridwise.example/careers"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">${bookmark[0]}</div><div class="kg-bookmark-description">${bookmark[1]}</div><div class="kg-bookmark-metadata">
<img class="kg-bookmark-icon" src="https://gridwise.example/favicon.png" alt=""><span class="kg-bookmark-author">${bookmark[2]}</span></div></div></a></figure>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">${cta[0]}</h2><a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">${cta[1]}</div><span>${cta[2]}</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">${more[0]}</h2>
${more
  .slice(1)
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/">
<img class="post-card-image" src="/content/images/p${i}.jpg" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date">${moreMeta[i]}</time></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.gridwise.example">Gridwise</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul>${links(foot.slice(1, 4))}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">${foot[4]}</a></div></div></footer></div>
<div id="ghost-portal-root" style="display:none"></div>
<script src="/assets/built/casper.js?v=7c1e4b2a9d"></script>
</body></html>`;
const funding: TestPage = {
  html: html.replace('&copy;', '©'),
  name: 'heldout191-ghost-funding-announcement',
  kind: 'blog',
  title,
  headings: [h1, h2, h3],
  body: [excerpt, ...texts(p1), ...texts(p2), ...texts(p3), ...texts(list), ...texts(p4), ...texts(p5)],
  bylines: [...byline],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Sign in', 'Subscribe', tag, caption, callout, ...bookmark, ...cta, ...more, ...moreMeta, ...foot,
  ],
};

export const HELDOUT191_F: readonly TestPage[] = [funding, caseStudy];
