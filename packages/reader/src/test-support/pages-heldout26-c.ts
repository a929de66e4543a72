import { type TestPage, texts } from './page-kit.js';
import { gatsbyPost } from './pages-heldout26-c2.js';

/**
 * Held-out batch 26, file c: a Hexo blog post on the NexT theme (Gemini scheme: the NexT config JSON, the headband, the site
 * brand and menu with the search popup, the sidebar with its "Table of Contents" / "Overview" tabs, the numbered post TOC,
 * author card, post/category/tag counts and author links, the post meta line with "Posted on", "Edited on", "In", symbol
 * count, reading time and busuanzi views, the `<span id="more">` cut, Hexo's table-shaped code block, the reward box, the
 * copyright box, tags, prev/next nav, the giscus container, the footer, back-to-top and the noscript warning). The Gatsby
 * post is in pages-heldout26-c2.ts.
 */
const hxTitle = 'Running Gitea on a secondhand thin client';
const hxIntro =
  'For three years my side projects lived on a free hosted Git service. When it started asking for a phone number and a credit ' +
  'card on the same afternoon, I decided to bring them home. The whole setup cost 180 yuan: a used Dell Wyse thin client from a ' +
  'recycling market in Huaqiangbei, a 256 GB SATA drive, and one evening.';
const hxH1 = 'Why a thin client';
const hxB1 = [
  'Thin clients are built to sit on a desk for ten years without complaint. Mine has a four-core Celeron, 8 GB of RAM and no fan at ' +
    'all, and it draws about six watts when idle, which is less than the router it is plugged into.',
  'The drawbacks are real, though. There is only one SATA port, the BIOS hides the boot order behind an admin password that the ' +
    'previous owner had kindly left at its default, and the case gets warm enough that I moved it off the bookshelf.',
];
const hxH2 = 'Installing Gitea';
const hxB2 = [
  'I installed Debian 12 without a desktop and ran Gitea from its single binary rather than in Docker. On a machine this small, one ' +
    'fewer layer is one fewer thing to debug.',
  'The systemd unit from the Gitea documentation worked unchanged. I chose SQLite over PostgreSQL: with one user and a dozen ' +
    'repositories, the database is never the bottleneck.',
];
const hxCode = [
  'wget -O /usr/local/bin/gitea https://dl.gitea.com/gitea/1.24.5/gitea-1.24.5-linux-amd64',
  'chmod +x /usr/local/bin/gitea',
  'adduser --system --group --disabled-password --home /home/git git',
];
const hxH3 = 'What I would do differently';
const hxList = [
  'Buy the model with two drive slots. Backups to a USB stick work, but I forget to plug the stick in.',
  'Put the machine behind a reverse proxy from the first day, instead of exposing port 3000 and fixing it later.',
  'Turn off the registration page before sharing the address with anyone, friends included.',
];
const hxEnd =
  'Six months in, it has been down twice, both times because I unplugged it to vacuum. For a box that cost less than a takeaway ' +
  'dinner for two, I’ll take that.';
const hxMenu: [string, string][] = [
  ['home', 'Home'],
  ['user', 'About'],
  ['tags', 'Tags'],
  ['th', 'Categories'],
  ['archive', 'Archives'],
];
const hxTags = ['gitea', 'self-hosting', 'homelab'];
const hxPrev = 'A cheap UPS for a router, and why it beeped at 3 a.m.';
const hxNext = 'Notes on moving my dotfiles to chezmoi';
const hxUrl = 'https://quietcompile.example/2025/06/14/gitea-thin-client/';
const hxH = (id: string, t: string): string => `<h2 id="${id}"><a href="#${id}" class="headerlink" title="${t}"></a>${t}</h2>`;
const hxToc = [hxH1, hxH2, hxH3]
  .map(
    (h, i) =>
      `<li class="nav-item nav-level-2"><a class="nav-link" href="#${h.replace(/ /g, '-')}"><span class="nav-number">${i + 1}.</span> <span
class="nav-text">${h}</span></a></li>`,
  )
  .join('');
const hxMeta = (icon: string, label: string, inner: string, title = ''): string =>
  `<span class="post-meta-item"${title === '' ? '' : ` title="${title}"`}><span class="post-meta-item-icon"><i class="${icon}"></i></span><span
class="post-meta-item-text">${label}</span>${inner}</span>`;
const hxCreated = `<time title="Created: 2025-06-14 21:03:11" itemprop="dateCreated datePublished"
datetime="2025-06-14T21:03:11+08:00">2025-06-14</time>`;
const hxModified = `<time title="Modified: 2025-07-02 09:40:55" itemprop="dateModified" datetime="2025-07-02T09:40:55+08:00">2025-07-02</time>`;
const hxCategory = `<span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/Homelab/" itemprop="url" rel="index"><span
itemprop="name">Homelab</span></a></span>`;
const hxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"><meta name="theme-color" content="#222">
<meta name="generator" content="Hexo 7.3.0"><link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
<link rel="stylesheet" href="/css/main.css"><link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.7.2/css/all.min.css">
<script class="next-config" data-name="main" type="application/json">{"hostname":"quietcompile.example","root":"/","images":"/images","scheme":"Gemini",
"darkmode":false,"version":"8.22.0","exturl":false,"sidebar":{"position":"left","display":"post","padding":18,"offset":12},"copycode":{"enable":true},
"bookmark":{"enable":false},"motion":{"enable":true},"i18n":{"placeholder":"Searching...","empty":"We didn't find any results for the search:
\${query}"}}</script>
<meta name="description" content="How a 180 yuan thin client became the home of my Git repositories.">
<meta property="og:type" content="article"><meta property="article:author" content="Wen Jiahao"><title>${hxTitle} | Quiet Compile</title></head>
<body itemscope itemtype="http://schema.org/WebPage" class="use-motion"><div class="headband"></div>
<main class="main"><div class="column"><header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner">
<div class="site-brand-container"><div class="site-nav-toggle"><div class="toggle" aria-label="Toggle navigation bar" role="button"><span class="toggle-line">
</span><span class="toggle-line"></span><span class="toggle-line"></span></div></div><div class="site-meta"><a href="/" class="brand" rel="start">
<i class="logo-line"></i><p class="site-title">Quiet Compile</p><i class="logo-line"></i></a><p class="site-subtitle" itemprop="description">Notes from a small
desk in Shenzhen</p></div><div class="site-nav-right"><div class="toggle popup-trigger" aria-label="Search" role="button"><i class="fa fa-search fa-fw fa-lg">
</i></div></div></div><nav class="site-nav"><ul class="main-menu menu">
${hxMenu
  .map(
    ([i, t]) => `<li class="menu-item menu-item-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/" rel="section"><i
class="fa fa-${i} fa-fw"></i>${t}</a></li>`,
  )
  .join('')}
<li class="menu-item menu-item-search"><a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>Search</a></li></ul></nav>
<div class="search-pop-overlay"><div class="popup search-popup"><div class="search-header"><span class="search-icon"><i class="fa fa-search"></i></span>
<div class="search-input-container"><input autocomplete="off" autocapitalize="off" maxlength="80" placeholder="Searching..." spellcheck="false" type="search"
class="search-input"></div><span class="popup-btn-close" role="button"><i class="fa fa-times-circle"></i></span></div>
<div class="search-result-container no-result"><div class="search-result-icon"><i
class="fa fa-spinner fa-pulse fa-5x"></i></div></div></div></div></div></header>
<aside class="sidebar"><div class="sidebar-inner sidebar-nav-active sidebar-toc-active"><ul class="sidebar-nav"><li
class="sidebar-nav-toc">Table of Contents</li>
<li class="sidebar-nav-overview">Overview</li></ul><div class="sidebar-panel-container"><div class="post-toc-wrap sidebar-panel"><div class="post-toc animated">
<ol class="nav">${hxToc}</ol></div></div><div class="site-overview-wrap sidebar-panel"><div class="site-author animated" itemprop="author" itemscope
itemtype="http://schema.org/Person"><img class="site-author-image" itemprop="image" alt="Wen Jiahao" src="/images/avatar.jpg"><p class="site-author-name"
itemprop="name">Wen Jiahao</p><div class="site-description"
itemprop="description">Backend developer. Writes about small servers and the tools around them.</div>
</div><div class="site-state-wrap animated"><nav class="site-state"><div class="site-state-item site-state-posts"><a href="/archives/"><span
class="site-state-item-count">48</span><span class="site-state-item-name">posts</span></a></div><div class="site-state-item site-state-categories">
<a href="/categories/"><span class="site-state-item-count">6</span><span class="site-state-item-name">categories</span></a></div><div class="site-state-item
site-state-tags"><a href="/tags/"><span class="site-state-item-count">31</span><span class="site-state-item-name">tags</span></a></div></nav></div>
<div class="links-of-author animated"><span class="links-of-author-item"><a href="https://github.com/wenjh" title="GitHub → https://github.com/wenjh"
rel="noopener me" target="_blank"><i class="fab fa-github fa-fw"></i>GitHub</a></span><span class="links-of-author-item"><a
href="mailto:hi@quietcompile.example"
title="E-Mail → mailto:hi@quietcompile.example" rel="noopener me" target="_blank"><i class="fa fa-envelope fa-fw"></i>E-Mail</a></span>
<span class="links-of-author-item"><a href="/atom.xml" title="RSS → /atom.xml" rel="noopener me"><i class="fa fa-rss fa-fw"></i>RSS</a></span></div></div>
</div></div></aside></div>
<div class="main-inner post posts-expand"><div class="post-block"><article itemscope itemtype="http://schema.org/Article" class="post-content" lang="en">
<link itemprop="mainEntityOfPage" href="${hxUrl}"><span hidden itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="image"
content="/images/avatar.jpg"><meta itemprop="name" content="Wen Jiahao"></span><span hidden itemprop="publisher" itemscope
itemtype="http://schema.org/Organization">
<meta itemprop="name" content="Quiet Compile"></span>
<header class="post-header"><h1 class="post-title" itemprop="name headline">${hxTitle}</h1><div class="post-meta-container"><div class="post-meta">
${hxMeta('far fa-calendar', 'Posted on', hxCreated)}
${hxMeta('far fa-calendar-check', 'Edited on', hxModified)}
${hxMeta('far fa-folder', 'In', hxCategory)}
${hxMeta('far fa-eye', 'Views: ', '<span id="busuanzi_value_page_pv"></span>', 'Views')}<span class="post-meta-break"></span>
${hxMeta('far fa-file-word', 'Symbols count in article: ', '<span>3.1k</span>', 'Symbols count in article')}
${hxMeta('far fa-clock', 'Reading time ≈', '<span>3 mins.</span>', 'Reading time')}
</div></div></header>
<div class="post-body" itemprop="articleBody"><p>${hxIntro}</p>
<span id="more"></span>
${hxH('Why-a-thin-client', hxH1)}
<p>${hxB1[0]}</p>
<p>${hxB1[1]}</p>
${hxH('Installing-Gitea', hxH2)}
<p>${hxB2[0]}</p>
<figure class="highlight bash"><table><tr><td class="gutter"><pre>${hxCode.map((_, i) => `<span class="line">${i + 1}</span><br>`).join('')}</pre></td>
<td class="code"><pre>${hxCode.map((l) => `<span class="line">${l}</span><br>`).join('')}</pre></td></tr></table></figure>
<p>${hxB2[1]}</p>
${hxH('What-I-would-do-differently', hxH3)}
<ul>
${hxList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<p>${hxEnd}</p>
</div>
<footer class="post-footer"><div class="reward-container"><div>Buy me a coffee</div><button>Donate</button><div class="post-reward"><div><img
src="/images/wechatpay.png" alt="Wen Jiahao WeChat Pay"><span>WeChat Pay</span></div><div><img src="/images/alipay.png"
alt="Wen Jiahao Alipay"><span>Alipay</span>
</div></div></div><div class="post-copyright"><ul><li class="post-copyright-author"><strong>Post author: </strong>Wen Jiahao</li>
<li class="post-copyright-link"><strong>Post link: </strong><a href="${hxUrl}" title="${hxTitle}">${hxUrl}</a></li><li
class="post-copyright-license"><strong>Copyright
Notice: </strong>All articles in this blog are licensed under <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/" rel="noopener" target="_blank"><i
class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> unless stating additionally.</li></ul></div>
<div class="post-tags">${hxTags.map((t) => `<a href="/tags/${t}/" rel="tag"># ${t}</a>`).join('\n')}</div>
<div class="post-nav"><div class="post-nav-item"><a href="/2025/05/20/router-ups/" rel="prev" title="${hxPrev}"><i
class="fa fa-angle-left"></i> ${hxPrev}</a></div>
<div class="post-nav-item"><a href="/2025/07/09/chezmoi/" rel="next" title="${hxNext}">${hxNext} <i class="fa fa-angle-right"></i></a></div></div>
</footer></article></div><div class="comments giscus-container"></div></div></main>
<footer class="footer"><div class="footer-inner"><div class="copyright">© 2019 – <span itemprop="copyrightYear">2025</span><span class="with-love"><i
class="fa fa-heart"></i></span> <span class="author" itemprop="copyrightHolder">Wen Jiahao</span></div><div class="busuanzi-count"><span class="post-meta-item"
id="busuanzi_container_site_uv"><span class="post-meta-item-icon"><i class="fa fa-user"></i></span><span class="site-uv" title="Total Visitors"><span
id="busuanzi_value_site_uv"></span></span></span></div><div class="powered-by">Powered by <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a>
&amp; <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a></div></div></footer>
<div class="back-to-top" role="button" aria-label="Back to top"><i class="fa fa-arrow-up fa-lg"></i><span>0%</span></div><div
class="reading-progress-bar"></div>
<noscript><div class="noscript-warning">Theme NexT works best with JavaScript enabled</div></noscript>
<script src="/js/comments.js"></script><script class="next-config" data-name="giscus" type="application/json">{"enable":true,"repo":"wenjh/blog-comments",
"category":"Announcements","mapping":"pathname","theme":"light","lang":"en"}</script><script src="/js/third-party/comments/giscus.js"></script>
<script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script></body></html>`;
const hexo: TestPage = {
  html: hxHtml,
  name: 'heldout26-hexo-next-post',
  kind: 'blog',
  // the paragraphs and the list are body, the three h2s the headings (the sidebar TOC repeats them with numbers: in neither
  // list); the code block with its gutter numbers is in no list; the two dates are bylines, and the author's name (sidebar
  // card, copyright box and footer holder) is one byline, counted once ("Post author:" is furniture); "Posted on", "Edited
  // on", "In", the category, "Views:", symbol count and reading time, the reward box, post link, licence notice, tags,
  // prev/next titles, the sidebar tabs, description, counts and author links, site title, subtitle, menu, footer, "0%"
  // and the noscript warning are furniture; the tag "# gitea" (a word of the title), the meta label "In" and the menu's "Home"
  // and "About" are words of the title or body: left out
  title: hxTitle,
  headings: [hxH1, hxH2, hxH3],
  body: texts([hxIntro, ...hxB1, ...hxB2, ...hxList, hxEnd]),
  bylines: ['2025-06-14', '2025-07-02', 'Wen Jiahao'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quiet Compile', 'Notes from a small desk in Shenzhen', ...hxMenu.map(([, t]) => t).filter((t) => !['Home', 'About'].includes(t)), 'Search',
    'Table of Contents', 'Overview',
    'Backend developer. Writes about small servers and the tools around them.', '48', 'posts', '6', 'categories', '31', 'GitHub', 'E-Mail', 'RSS',
    'Posted on', 'Edited on', 'Homelab', 'Views:', 'Symbols count in article:', '3.1k', 'Reading time ≈', '3 mins.', 'Buy me a coffee', 'Donate',
    'WeChat Pay', 'Alipay', 'Post author:', 'Post link:', hxUrl, 'Copyright Notice:',
    'All articles in this blog are licensed under BY-NC-SA unless stating additionally.',
    '# self-hosting', '# homelab', hxPrev, hxNext, '© 2019 –', 'Powered by Hexo & NexT.Gemini', '0%', 'Theme NexT works best with JavaScript enabled',
  ],
};

export const HELDOUT26_C: readonly TestPage[] = [hexo, gatsbyPost];
