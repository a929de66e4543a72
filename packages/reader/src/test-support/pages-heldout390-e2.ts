import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file e2: a Dev.to-style post on Forem (top bar with search and "Create account", left reaction bar,
 * cover image, author line with "Posted on" and "Updated on", tags, reading time, series box, "Top comments" with replies,
 * "Read next" and "More from" cards, author sidebar card with "Follow", footer with the community blurb).
 */
const vTitle = 'I Replaced My Bash Deploy Script With a Makefile and Never Looked Back';
const vH = ['The old script', 'Why make fits this job', 'The Makefile', 'What I would do differently'];
const vIntro = [
  j(
    'For two years our team deployed a small API with a 180-line bash script called <code>deploy.sh</code>. It worked, mostly.',
    'This post is about why I swapped it for a Makefile of about forty lines and what got better.',
  ),
];
const v1 = [
  'The script did everything in one long sequence: run the tests, build the image, push it, migrate the database, and restart the service.',
  'That design had three problems that kept biting us:',
];
const v1list = [
  'You could not run one step on its own without commenting out the others.',
  'If the push failed halfway, running the script again rebuilt the image from scratch.',
  'Nobody remembered which environment variables it expected until it failed.',
];
const v2 = [
  j(
    '<code>make</code> is old, installed everywhere, and built around exactly the two ideas we were missing: named targets you can',
    'run on their own, and dependencies between them. If <code>deploy</code> depends on <code>push</code>, and <code>push</code>',
    'depends on <code>build</code>, running <code>make deploy</code> runs all three in order.',
  ),
  j(
    'Make also skips work whose output is newer than its inputs. We use a small stamp file after the image build, so re-running',
    'a failed deploy does not rebuild an image that already exists.',
  ),
];
const v3 = [
  'Here is a trimmed version of what we use now:',
  j(
    'The <code>check-env</code> target fails fast with a clear message if <code>REGISTRY</code> or <code>TAG</code> is missing,',
    'which alone saved us a few confused afternoons.',
  ),
];
const vQuote = ['Make is not a build tool for C. It is a tool for running commands in the right order, and it happens to be great at it.'];
const v4 = [
  j(
    'I would not put complex logic in a Makefile. Loops and string handling in make syntax are painful, so anything longer than a',
    'few lines still lives in a small script that a target calls. The Makefile is the menu, not the kitchen.',
  ),
  'If your project has a deploy script that has grown past a page, try splitting it into targets. It takes an afternoon.',
];
const vTags = ['#devops', '#make', '#bash', '#productivity'];
const vNext = ['Five Git aliases I use every day', 'Containers for people who just want to ship', 'What a year of on-call taught me'];
const vMore = ['Why our CI takes four minutes, not forty', 'A gentle guide to systemd timers'];
const vFoot = [
  'Home',
  'Podcasts',
  'Videos',
  'Tags',
  'FAQ',
  'Forge Shop',
  'Advertise on Forge',
  'About',
  'Contact',
  'Code of Conduct',
  'Privacy Policy',
  'Terms of use',
];
const cmt = (user: string, date: string, text: string, likes: string): string => `<details class="comment-wrapper" open><summary></summary>
<div class="comment__inner"><div class="comment__details"><a href="/${user}" class="crayons-link crayons-link--secondary">${user}</a>
<span class="color-base-30">•</span><a href="#comment" class="comment-date crayons-link crayons-link--secondary fs-s"><time>${date}</time></a></div>
<div class="comment__body text-styles text-styles--secondary body">${ps([text])}</div>
<footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost"><span class="reactions-label">${likes} likes</span></button>
<a class="crayons-btn crayons-btn--ghost" href="#">Reply</a></footer></div></details>`;
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${vTitle} - Forge Community</title>
<meta name="description" content="Why I swapped a 180-line bash deploy script for a forty-line Makefile."><meta name="keywords" content="devops, make, bash">
<meta property="og:type" content="article"><meta property="og:site_name" content="Forge Community"><meta name="twitter:creator" content="@lenart_dev">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${vTitle}","author":{"@type":"Person",
"name":"Lenart Vasko"},"datePublished":"2026-03-02T08:14:00Z","dateModified":"2026-03-05T10:02:00Z"}</script>
<link rel="stylesheet" href="/assets/crayons-5c1f.css"><script>window.__INITIAL_STATE__ = {"article":{"id":2291147}};</script></head>
<body class="default-header" data-user-status="logged-out"><header id="topbar" class="crayons-header"><span class="crayons-header__container">
<a href="/" class="site-logo" aria-label="Forge Community Home">FORGE</a><div class="crayons-header--search"><input type="text" placeholder="Search..."
class="crayons-header--search-input"></div><div class="flex items-center"><a href="/enter" class="c-link c-link--block">Log in</a>
<a href="/enter?state=new-user" class="c-cta c-cta--branded">Create account</a></div></span></header>
<div id="page-content" class="wrapper stories stories-show"><div class="crayons-layout crayons-layout--3-cols crayons-layout--article">
<aside id="sidebar-wrapper-left" class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions">
<button id="reaction-drawer-trigger" class="crayons-reaction"><span class="crayons-reaction__count" id="reaction_total_count">214</span></button>
<button id="reaction-butt-comment" class="crayons-reaction"><span class="crayons-reaction__count" id="reaction-number-comment">3</span></button>
<button id="reaction-butt-readinglist" class="crayons-reaction"><span class="crayons-reaction__count">58</span></button></div></aside>
<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper">
<article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="2291147">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__cover"><img src="/cover/make-deploy.png" alt="Cover image for ${vTitle}"
class="crayons-article__cover__image"></div><div class="crayons-article__header__meta">
<div class="flex s:items-start flex-col s:flex-row"><div class="crayons-article__subheader"><a href="/lenart_dev" class="crayons-link fw-bold">Lenart Vasko</a>
<p class="fs-xs color-base-60">Posted on <time datetime="2026-03-02T08:14:00Z" class="date-no-year">Mar 2</time>
<span class="ml-1">• Updated on <time datetime="2026-03-05T10:02:00Z">Mar 5</time></span></p></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${vTitle}</h1>
<div class="spec__tags flex flex-wrap">${vTags.map((t) => `<a class="crayons-tag crayons-tag--monochrome" href="/t/${t.slice(1)}">${t}</a>`).join('')}</div>
<p class="fs-s color-base-60">6 min read</p></div></header>
<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="2291147" id="article-body">
<div class="crayons-card crayons-card--secondary series-switcher"><p class="fw-bold">Shipping small APIs (3 Part Series)</p><ol>
<li><a href="/lenart_dev/part-1">Choosing a boring stack</a></li><li><a href="/lenart_dev/part-2">Logging that helps at 3 a.m.</a></li>
<li><a href="/lenart_dev/part-3">${vTitle}</a></li></ol></div>
${ps(vIntro)}
<h2><a name="the-old-script" href="#the-old-script"></a>${vH[0]}</h2>${ps(v1)}<ul>${v1list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2><a name="why-make" href="#why-make"></a>${vH[1]}</h2>${ps(v2)}
<h2><a name="the-makefile" href="#the-makefile"></a>${vH[2]}</h2>${ps(v3.slice(0, 1))}
<div class="highlight js-code-highlight"><pre class="highlight makefile"><code>deploy: push migrate\n\tssh app@prod 'systemctl restart api'\n
push: build check-env\n\tdocker push $(REGISTRY)/api:$(TAG)</code></pre><div class="highlight__panel js-actions-panel">
<button class="highlight-action" title="Copy code">Copy</button></div></div>
${ps(v3.slice(1))}<blockquote>${ps(vQuote)}</blockquote>
<h2><a name="differently" href="#differently"></a>${vH[3]}</h2>${ps(v4)}
</div></div></article>
<section id="comments" class="text-padding mb-4 crayons-card comments"><header class="relative flex justify-between items-center mb-6">
<h2 class="crayons-subtitle-1">Top comments (3)</h2><button class="crayons-btn crayons-btn--secondary">Subscribe</button></header>
${cmt('mina_oy', 'Mar 2', 'The stamp file trick is exactly what I needed. Our CI rebuilds the same image twice because of this.', '12')}
${cmt('hollis_b', 'Mar 3', 'Have you looked at just? Same idea, friendlier syntax, though one more thing to install.', '5')}
${cmt('lenart_dev', 'Mar 3', 'I have! We stayed with make because it is already on every box we deploy from.', '4')}
<div class="align-center"><a href="/enter">Code of Conduct</a> • <a href="/report-abuse">Report abuse</a></div></section>
<div class="crayons-card crayons-card--secondary"><h2 class="crayons-subtitle-1">Read next</h2><ul>${links(vNext, 'crayons-story')}</ul></div></div></main>
<aside class="crayons-layout__sidebar-right" aria-label="Author details"><div class="crayons-card crayons-card--secondary branded-7">
<a href="/lenart_dev" class="crayons-link">Lenart Vasko</a><p class="color-base-70">Platform engineer. I like small tools that do one job.</p>
<button class="crayons-btn follow-action-button">Follow</button><ul class="user-metadata-details-inner"><li><div class="key">Location</div>
<div class="value">Brenmouth</div></li><li><div class="key">Joined</div><div class="value"><time>Jun 11, 2021</time></div></li></ul></div>
<div class="crayons-card crayons-card--secondary">
<h3 class="crayons-subtitle-2">More from Lenart Vasko</h3><ul>${links(vMore, 'crayons-link')}</ul></div></aside>
</div></div>
<footer id="footer" class="crayons-footer"><ul class="footer__nav-links">${links(vFoot, 'footer-link')}</ul>
<p class="fs-s crayons-footer__description">Forge Community — A friendly network where software people share what they learn.</p>
<p class="fs-s">Made with love and Ruby on Rails. Forge Community © 2016 - 2026.</p></footer></body></html>`;
export const devTo: TestPage = {
  name: 'heldout390-devto-blog',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: vH,
  body: texts([...vIntro, ...v1, ...v1list, ...v2, ...v3, ...vQuote, ...v4]),
  bylines: ['Lenart Vasko', 'Posted on Mar 2', '• Updated on Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FORGE', 'Log in', 'Create account', '214', ...vTags, '6 min read', 'Shipping small APIs (3 Part Series)', 'Choosing a boring stack',
    'Logging that helps at 3 a.m.', 'Copy', 'Top comments (3)', 'Subscribe', 'mina_oy',
    'The stamp file trick is exactly what I needed. Our CI rebuilds the same image twice because of this.', '12 likes', 'Reply', 'hollis_b', 'Mar 3',
    'Have you looked at just? Same idea, friendlier syntax, though one more thing to install.', '5 likes', 'lenart_dev',
    'I have! We stayed with make because it is already on every box we deploy from.', '4 likes', 'Report abuse', 'Read next', ...vNext,
    'Platform engineer. I like small tools that do one job.', 'Follow', 'Location', 'Brenmouth', 'Joined', 'Jun 11, 2021', 'More from Lenart Vasko',
    ...vMore, ...vFoot, 'Forge Community — A friendly network where software people share what they learn.',
    'Made with love and Ruby on Rails. Forge Community © 2016 - 2026.',
  ],
};
