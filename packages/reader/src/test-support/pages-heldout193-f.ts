import { links, ps, type TestPage, texts } from './page-kit.js';
import { javascriptInfo } from './pages-heldout193-f2.js';
import { uniq } from './pages-heldout193-kit.js';

/**
 * Held-out batch 193, file f: an It's FOSS tutorial on its Ghost theme (gh-head nav with "Sign in" and "Subscribe",
 * the primary tag, h1 and excerpt, author, date and reading time, the feature image with caption, a sponsor image card
 * and a tip callout card inside the content, code cards, the "About the author" box, the "Become a Better Linux User"
 * newsletter CTA with its hidden success and error messages, the "Read next" cards, the footer and the members portal
 * trigger) and, from file f2, a JavaScript.info chapter.
 */
const ifTitle = 'Use fd Command as a Faster, Friendlier Alternative to find in Linux';
const ifExcerpt = 'The find command is powerful but awkward to type. The fd command covers most everyday searches with far less typing.';
const ifIntro = [
  'I have used the find command for years, and I still look up its syntax every other week. Was it -name or -iname? Does -type come ' +
    'before or after the path? For quick searches, that friction adds up.',
  'The fd command is a modern alternative written in Rust. It is not a drop-in replacement, but it handles the searches most of us ' +
    'run every day with shorter commands, coloured output and sensible defaults.',
];
const ifH1 = 'Installing fd';
const ifP1 = ['fd is available in the repositories of most distributions. On Ubuntu, Debian and their derivatives, install it with:'];
const ifTip =
  'On Debian-based distributions the binary is called fdfind because another package already used the name fd. You can add ' +
  '<code>alias fd=fdfind</code> to your .bashrc file so the commands in this tutorial work as written.';
const ifP2 = ['On Fedora, use <code>sudo dnf install fd-find</code>, and on Arch Linux, use <code>sudo pacman -S fd</code>.'];
const ifH2 = 'Basic searches';
const ifP3 = [
  'Give fd a pattern, and it searches the current directory and everything below it for file and folder names that match. The pattern ' +
    'is a regular expression, and the search is case-insensitive unless you type an uppercase letter.',
  'There are two defaults worth knowing. fd skips hidden files and folders, and it skips anything listed in your .gitignore file. ' +
    'Inside a project, that means you no longer wade through node_modules or build folders. Add -H to include hidden files and -I to ' +
    'ignore the .gitignore rules.',
];
const ifH3 = 'Filtering by type and extension';
const ifP4 = ['A few options cover most filtering needs:'];
const ifList = [
  '-e pdf finds files with the pdf extension.',
  '-t f limits results to files, and -t d to directories.',
  '--changed-within 2d shows only files modified in the last two days.',
  '-S +100M finds files bigger than 100 megabytes.',
];
const ifP5 = ['You can combine them. This finds every PDF in your Documents folder that changed this week:'];
const ifH4 = 'Running commands on the results';
const ifP6 = [
  'The -x option runs a command once for each result, and -X runs it once with all the results as arguments. For example, this ' +
    'converts every PNG image in the current folder to WebP in parallel:',
  'Because fd runs these commands in parallel by default, it can be much faster than a find and xargs pipeline on a machine with several cores.',
];
const ifH5 = 'Wrapping up';
const ifP7 = [
  'fd will not replace find for everything. Complex conditions and permission-based searches are still easier with find. But for ' +
    'the everyday “where did I put that file” search, it has become the command I reach for first.',
  'Do you use fd or another modern command line tool? Let me know in the comments.',
];
const ifNav = ['Home', 'Newsletter', 'eBooks', 'Linux Course', 'FOSS Weekly', 'Videos', 'About'];
const ifBio =
  'Tech writer at It’s FOSS who has been using Linux on the desktop since 2011. Likes terminal tools, tiling window managers and long walks ' +
  'away from the computer.';
const ifCta = [
  'Become a Better Linux User',
  'With the FOSS Weekly Newsletter, you learn useful Linux tips, discover applications, explore new distros and stay updated with the ' +
    'latest from Linux world',
  'Subscribe',
  'Great! You’ve successfully signed up.',
  'Something went wrong. Please try again.',
];
const ifRead = [
  ['Tutorial', 'Using ripgrep to Search Inside Files Faster Than grep', '6 min read'],
  ['Terminal Tools', '10 Modern Alternatives to Classic Linux Commands', '9 min read'],
  ['Tutorial', 'Find Large Files in Linux From the Command Line', '4 min read'],
];
const ifFoot = ['About', 'Contact', 'Privacy Policy', 'Terms of Use', 'Sponsor'];
const ifCaption = 'fd search results highlighted in a GNOME Terminal window';
const code = (lang: string, s: string): string => `<pre><code class="language-${lang}">${s}</code></pre>`;
const ifHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${ifTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="${ifExcerpt}"><link rel="canonical" href="https://itsfoss.com/fd-command/">
<meta property="og:site_name" content="It's FOSS"><meta property="og:type" content="article"><meta property="og:title" content="${ifTitle}">
<meta property="article:published_time" content="2025-01-20T06:12:44.000Z"><meta property="article:tag" content="Tutorial">
<meta name="generator" content="Ghost 5.105"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2b41c7e1f0">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"It's FOSS"},
"author":{"@type":"Person","name":"Mihir Dasgupta","url":"https://itsfoss.com/author/mihir/"},
"headline":"${ifTitle}","datePublished":"2025-01-20T06:12:44.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="https://itsfoss.com/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-tutorial tag-hash-sponsored has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://itsfoss.com">
<img src="/content/images/2023/itsfoss-logo.png" alt="It's FOSS"></a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
</button><button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${links(ifNav, 'nav-item')}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-tutorial tag-hash-sponsored">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/tutorial/">Tutorial</a></span></section><h1 class="article-title">${ifTitle}</h1><p class="article-excerpt">${ifExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/mihir/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/mihir.png" alt="Mihir Dasgupta"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/mihir/">Mihir Dasgupta</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-01-20">20 Jan 2025</time><span class="byline-reading-time"><span class="bull">•</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2025/01/fd-command.png 600w" src="/content/images/2025/01/fd-command.png" alt="${ifTitle}">
<figcaption>${ifCaption}</figcaption></figure></header>
<section class="gh-content gh-canvas">
<figure class="kg-card kg-image-card"><a href="https://www.termwave.example/?utm_source=its_foss&amp;utm_medium=display"><img
src="/content/images/2025/01/termwave-banner.webp" class="kg-image" alt="Termwave terminal" loading="lazy" width="800" height="200"></a></figure>
${ps(ifIntro)}
<h2 id="installing-fd">${ifH1}</h2>
${ps(ifP1)}
${code('bash', 'sudo apt install fd-find')}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${ifTip}</div></div>
${ps(ifP2)}
<h2 id="basic-searches">${ifH2}</h2>
${ps(ifP3.slice(0, 1))}
${code('bash', 'fd invoice')}
${ps(ifP3.slice(1))}
<h2 id="filtering-by-type-and-extension">${ifH3}</h2>
${ps(ifP4)}
<ul>${ifList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(ifP5)}
${code('bash', 'fd -e pdf --changed-within 7d . ~/Documents')}
<h2 id="running-commands-on-the-results">${ifH4}</h2>
${ps(ifP6.slice(0, 1))}
${code('bash', 'fd -e png -x convert {} {.}.webp')}
${ps(ifP6.slice(1))}
<h2 id="wrapping-up">${ifH5}</h2>
${ps(ifP7)}
</section>
<section class="article-author gh-canvas"><h3 class="article-author-title">About the author</h3><div class="article-author-card">
<img src="/content/images/size/w100/2024/mihir.png" alt=""><div><h4><a href="/author/mihir/">Mihir Dasgupta</a></h4><p>${ifBio}</p></div></div></section>
<section class="footer-cta gh-canvas"><div class="footer-cta-inner"><h2 class="footer-cta-title">${ifCta[0]}</h2><p>${ifCta[1]}</p>
<form data-members-form="signup" class="footer-cta-form"><input data-members-email type="email" placeholder="Your email address" required>
<button class="footer-cta-button" type="submit"><span class="button-content">${ifCta[2]}</span></button>
<div class="message-success">${ifCta[3]}</div><div class="message-error">${ifCta[4]}</div></form></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read next</h3>
${ifRead
  .map(
    ([tag, t, m]) => `<article class="post-card post"><a class="post-card-image-link" href="#"><img class="post-card-image" alt="" src="/r.png"></a>
<div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<span class="post-card-meta-length">${m}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://itsfoss.com">It's FOSS</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(ifFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=2b41c7e1f0"></script></body></html>`;
const itsFoss: TestPage = {
  html: ifHtml,
  name: 'heldout193-itsfoss-tutorial',
  kind: 'blog',
  // the excerpt and the 💡 callout are body; the feature image caption, the sponsor image card (alt text only), tag,
  // author box, the newsletter CTA with its hidden messages and the "Read next" cards are furniture
  title: ifTitle,
  headings: [ifH1, ifH2, ifH3, ifH4, ifH5],
  body: texts([ifExcerpt, ...ifIntro, ...ifP1, ifTip, ...ifP2, ...ifP3, ...ifP4, ...ifList, ...ifP5, ...ifP6, ...ifP7]),
  bylines: ['Mihir Dasgupta', '20 Jan 2025', '5 min read'],
  furniture: uniq([
    ...ifNav,
    'Sign in',
    'Subscribe',
    'Tutorial',
    ifCaption,
    'About the author',
    ifBio,
    ...ifCta,
    'Read next',
    ...ifRead.flat(),
    "It's FOSS © 2025",
    ...ifFoot,
    'Powered by Ghost',
  ]),
};

export const HELDOUT193_F: readonly TestPage[] = [itsFoss, javascriptInfo];
