import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 149, file b2: a Hexo post on the NexT theme (Gemini scheme): the headband, the site brand with subtitle, the
 * main menu with its search entry and the hidden search popup, the sidebar with the post TOC and the overview panel (author,
 * description, post/category/tag counts, author links), the post meta (posted and edited dates, category, symbol count,
 * reading time), highlighted code tables, the reward box, the post copyright block, tags, prev/next links, the comments
 * container, the footer with totals and "Powered by", the back-to-top button and the noscript warning.
 */
const nxTitle = 'Getting an ESP32 soil sensor to last a year on two AA batteries';
const nxP1 = [
  'Last spring I built six soil moisture sensors for the allotment. Each one was an ESP32 board, a capacitive probe and a holder for ' +
    'two AA cells, sending a reading over Wi-Fi every half hour. The first set of batteries lasted nine days.',
  'This post is about how I got from nine days to an estimated fourteen months, without changing the board. Most of the gain came ' +
    'from three changes, and none of them was difficult once I had measured where the current was going.',
];
const nxH1 = 'Where the current goes';
const nxP2 = ['I borrowed a bench power supply with a current meter and logged a full wake cycle. The numbers were worse than I expected:'];
const nxList1 = [
  'About 45 seconds awake per cycle, most of it waiting for Wi-Fi to connect.',
  'Around 120 mA while the radio was on.',
  'Almost 2 mA in “deep sleep”, because the probe and the board’s power LED stayed on.',
];
const nxP3 = [
  'The sleep current was the real problem. Two milliamps sounds small, but it runs for twenty-nine minutes out of every thirty. Over ' +
    'a day it used more energy than all the Wi-Fi connections together.',
];
const nxH2 = 'Deep sleep, properly';
const nxP4 = [
  'The first fix was physical: I removed the power LED with a soldering iron. The second was to make sure nothing stayed powered ' +
    'while the chip slept. The sketch now ends every cycle like this:',
];
const nxCode1 = [
  'digitalWrite(PROBE_POWER, LOW);',
  'WiFi.disconnect(true);',
  'esp_sleep_enable_timer_wakeup(30ULL * 60 * 1000000);',
  'esp_deep_sleep_start();',
];
const nxP5 = [
  'With the LED gone and the probe switched off, the sleep current dropped to 11 µA on my meter. That alone took the estimated ' +
    'battery life from nine days to about four months.',
];
const nxH3 = 'Connecting faster';
const nxP6 = [
  'The next target was the 45 seconds awake. Most of that was DHCP and the Wi-Fi scan. Giving each sensor a static address and ' +
    'saving the channel and access point details in RTC memory cut a typical wake to under two seconds.',
  'I also stopped sending every reading. The sensor now keeps readings in memory and sends them in a batch of four every two hours, ' +
    'unless the soil is drier than a threshold, in which case it sends at once so the watering alert still works.',
];
const nxCode2 = ['RTC_DATA_ATTR uint8_t savedChannel = 0;', 'RTC_DATA_ATTR uint8_t savedBssid[6];', 'RTC_DATA_ATTR uint16_t readings[4];'];
const nxH4 = 'Results after four months';
const nxP7 = [
  'All six sensors have now run since October on their second set of batteries. The voltages in the logs are falling at about 0.1 V ' +
    'a month, which suggests somewhere between twelve and sixteen months before the readings become unreliable.',
  'If I built them again I would pick a board without a USB chip and regulator that draw current all the time. But for boards I ' +
    'already had in a drawer, I am happy with a year.',
];
const nxMenu = ['Home', 'Archives', 'Categories', 'Tags', 'About', 'Search'];
const nxTags = ['# esp32', '# low-power', '# allotment'];
const nxReward = ['Enjoyed this? Buy me a coffee.', 'Donate', 'WeChat Pay', 'PayPal'];
const nxCopy = ['Post author:', 'Post link:', 'Copyright Notice:', 'All articles in this blog are licensed under BY-NC-SA unless stating additionally.'];
const nxPrev = 'Reading a cheap rain gauge with an interrupt pin';
const nxNext = 'Notes on KiCad 9 for a returning beginner';
const nxSide = ['Table of Contents', 'Overview', 'Notes on electronics, the allotment and things that run on batteries.'];
const nxState = ['42', 'posts', '9', 'categories', '57', 'tags'];
const nxLinks = ['GitHub', 'E-Mail', 'RSS'];
const nxFoot = ['© 2019 –', '2025', 'Symbols count total:', '212k', 'Reading time total ≈', '3:13', 'Powered by', 'Hexo', 'NexT.Gemini'];
const nxHl = (lang: string, lines: readonly string[]): string =>
  `<figure class="highlight ${lang}"><table><tr><td class="gutter"><pre>${lines
    .map((_, i) => `<span class="line">${i + 1}</span><br>`)
    .join('')}</pre></td><td class="code"><pre>${lines.map((l) => `<span class="line">${l}</span><br>`).join('')}</pre></td></tr></table></figure>`;
const nxH = (t: string): string => {
  const id = t.replace(/ /g, '-');
  return `<h2 id="${id}"><a href="#${id}" class="headerlink" title="${t}"></a>${t}</h2>`;
};
const nxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=2">
<meta name="theme-color" content="#222"><meta name="generator" content="Hexo 7.3.0">
<link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png"><link rel="stylesheet" href="/css/main.css">
<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.7.2/css/all.min.css" crossorigin="anonymous">
<script class="next-config" data-name="main" type="application/json">{"hostname":"lanternnotes.example","root":"/","images":"/images","scheme":"Gemini",
"darkmode":false,"version":"8.22.0","exturl":false,"sidebar":{"position":"left","display":"post","padding":18,"offset":12},"copycode":{"enable":true},
"i18n":{"placeholder":"Searching...","empty":"We didn't find any results for the search: \${query}","hits_time":"\${hits} results found"}}</script>
<meta name="description" content="From nine days to fourteen months: measuring and fixing the power use of an ESP32 soil moisture sensor.">
<meta property="og:type" content="article"><meta property="og:title" content="${nxTitle}"><meta property="og:site_name" content="Lantern Notes">
<meta property="article:published_time" content="2025-02-11T13:40:12.000Z"><meta property="article:author" content="Chen Yiling">
<meta property="article:tag" content="esp32"><link rel="canonical" href="https://lanternnotes.example/2025/02/11/esp32-soil-sensor-battery/">
<title>${nxTitle} | Lantern Notes</title><noscript><link rel="stylesheet" href="/css/noscript.css"></noscript></head>
<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
<div class="headband"></div>
<main class="main"><div class="column"><header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="site-brand-container">
<div class="site-nav-toggle"><div class="toggle" aria-label="Toggle navigation bar" role="button"><span class="toggle-line"></span><span
class="toggle-line"></span>
<span class="toggle-line"></span></div></div>
<div class="site-meta"><a href="/" class="brand" rel="start"><i class="logo-line"></i><p class="site-title">Lantern Notes</p><i class="logo-line"></i></a>
<p class="site-subtitle" itemprop="description">Small electronics, slowly</p></div>
<div class="site-nav-right"><div class="toggle popup-trigger" aria-label="Search" role="button"><i class="fa fa-search fa-fw fa-lg"></i></div></div></div>
<nav class="site-nav"><ul class="main-menu menu">${nxMenu
  .map(
    (t) => `<li class="menu-item menu-item-${t.toLowerCase()}"><a ${
      t === 'Search' ? 'role="button" class="popup-trigger"' : `href="/${t.toLowerCase()}/" rel="section"`
    }>
<i class="fa fa-fw"></i>${t}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="search-pop-overlay"><div class="popup search-popup"><div class="search-header"><span class="search-icon"><i class="fa fa-search"></i></span>
<div class="search-input-container"><input autocomplete="off" autocapitalize="off" maxlength="80" placeholder="Searching..." spellcheck="false" type="search"
class="search-input"></div><span class="popup-btn-close" role="button"><i class="fa fa-times-circle"></i></span></div><div class="search-result-container
no-result"><div class="search-result-icon"><i class="fa fa-spinner fa-pulse fa-5x"></i></div></div></div></div></header>
<aside class="sidebar"><div class="sidebar-inner sidebar-nav-active sidebar-toc-active"><ul class="sidebar-nav"><li class="sidebar-nav-toc">${nxSide[0]}</li>
<li class="sidebar-nav-overview">${nxSide[1]}</li></ul><div class="sidebar-panel-container"><!--noindex--><div class="post-toc-wrap sidebar-panel">
<div class="post-toc animated"><ol class="nav">${[nxH1, nxH2, nxH3, nxH4]
  .map(
    (h, i) => `<li class="nav-item nav-level-2"><a class="nav-link" href="#${h.replace(/ /g, '-')}"><span class="nav-number">${i + 1}.</span>
<span class="nav-text">${h}</span></a></li>`,
  )
  .join('\n')}</ol></div></div><!--/noindex-->
<div class="site-overview-wrap sidebar-panel"><div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person">
<img class="site-author-image" itemprop="image" alt="Chen Yiling" src="/images/avatar.jpg"><p class="site-author-name" itemprop="name">Chen Yiling</p>
<div class="site-description" itemprop="description">${nxSide[2]}</div></div><div class="site-state-wrap animated"><nav class="site-state">
${[0, 2, 4]
  .map(
    (i) => `<div class="site-state-item site-state-${nxState[i + 1]}"><a href="/${nxState[i + 1]}/"><span class="site-state-item-count">${nxState[i]}</span>
<span class="site-state-item-name">${nxState[i + 1]}</span></a></div>`,
  )
  .join('\n')}</nav></div>
<div class="links-of-author animated">${nxLinks
  .map(
    (t) => `<span class="links-of-author-item"><a href="https://lanternnotes.example/${t.toLowerCase()}" title="${t}" rel="noopener me" target="_blank">
<i class="fa fa-fw"></i>${t}</a></span>`,
  )
  .join('\n')}</div></div></div></div></aside></div>
<div class="main-inner post posts-expand"><div class="post-block"><article itemscope itemtype="http://schema.org/Article" class="post-content" lang="en">
<link itemprop="mainEntityOfPage" href="https://lanternnotes.example/2025/02/11/esp32-soil-sensor-battery/">
<span hidden itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="image" content="/images/avatar.jpg">
<meta itemprop="name" content="Chen Yiling"></span><span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
<meta itemprop="name" content="Lantern Notes"></span><span hidden itemprop="post" itemscope itemtype="http://schema.org/CreativeWork">
<meta itemprop="name" content="${nxTitle} | Lantern Notes"></span>
<header class="post-header"><h1 class="post-title" itemprop="name headline">${nxTitle}</h1><div class="post-meta-container"><div class="post-meta">
<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span>
<span class="post-meta-item-text">Posted on</span>
<time title="Created: 2025-02-11 21:40:12" itemprop="dateCreated datePublished" datetime="2025-02-11T21:40:12+08:00">2025-02-11</time></span>
<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar-check"></i></span>
<span class="post-meta-item-text">Edited on</span>
<time title="Modified: 2025-03-02 10:05:47" itemprop="dateModified" datetime="2025-03-02T10:05:47+08:00">2025-03-02</time></span>
<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-folder"></i></span>
<span class="post-meta-item-text">In</span>
<span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/Hardware/" itemprop="url" rel="index"><span
itemprop="name">Hardware</span></a>
</span></span><span class="post-meta-break"></span>
<span class="post-meta-item" title="Symbols count in article"><span class="post-meta-item-icon"><i class="far fa-file-word"></i></span>
<span class="post-meta-item-text">Symbols count in article: </span>
<span>5.1k</span></span>
<span class="post-meta-item" title="Reading time"><span class="post-meta-item-icon"><i class="far fa-clock"></i></span>
<span class="post-meta-item-text">Reading time ≈</span>
<span>5 mins.</span></span></div></div></header>
<div class="post-body" itemprop="articleBody">${ps(nxP1)}
<span id="more"></span>
${nxH(nxH1)}
${ps(nxP2)}
<ul>${nxList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(nxP3)}
${nxH(nxH2)}
${ps(nxP4)}
${nxHl('cpp', nxCode1)}
${ps(nxP5)}
${nxH(nxH3)}
${ps(nxP6)}
${nxHl('cpp', nxCode2)}
${nxH(nxH4)}
${ps(nxP7)}
</div>
<footer class="post-footer"><div class="reward-container"><div>${nxReward[0]}</div><button>${nxReward[1]}</button><div class="post-reward">
<div><img src="/images/wechatpay.png" alt="Chen Yiling WeChat Pay"><span>${nxReward[2]}</span></div><div><img src="/images/paypal.png"
alt="Chen Yiling PayPal"><span>${nxReward[3]}</span></div></div></div>
<div class="post-copyright"><ul><li class="post-copyright-author"><strong>${nxCopy[0]} </strong>
Chen Yiling</li><li class="post-copyright-link"><strong>${nxCopy[1]}</strong>
<a href="https://lanternnotes.example/2025/02/11/esp32-soil-sensor-battery/"
title="${nxTitle}">https://lanternnotes.example/2025/02/11/esp32-soil-sensor-battery/</a>
</li><li class="post-copyright-license"><strong>${nxCopy[2]} </strong>
All articles in this blog are licensed under <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/" rel="noopener" target="_blank"><i
class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> unless stating additionally.</li></ul></div>
<div class="post-tags">${nxTags.map((t) => `<a href="/tags/${t.slice(2)}/" rel="tag">${t}</a>`).join('\n')}</div>
<div class="post-nav"><div class="post-nav-item"><a href="/2025/01/19/rain-gauge-interrupt/" rel="prev" title="${nxPrev}"><i class="fa fa-angle-left"></i>
${nxPrev}</a></div><div class="post-nav-item"><a href="/2025/03/08/kicad-9-notes/" rel="next" title="${nxNext}">${nxNext}
<i class="fa fa-angle-right"></i></a></div></div></footer></article></div></div>
<div class="comments utterances-container"></div></main>
<footer class="footer"><div class="footer-inner"><div class="copyright">${nxFoot[0]}
<span itemprop="copyrightYear">${nxFoot[1]}</span>
<span class="with-love"><i class="fa fa-heart"></i></span>
<span class="author" itemprop="copyrightHolder">Chen Yiling</span></div>
<div class="wordcount"><span class="post-meta-item"><span class="post-meta-item-icon"><i class="fa fa-chart-line"></i></span>
<span class="post-meta-item-text">${nxFoot[2]}</span>
<span title="Symbols count total">${nxFoot[3]}</span></span>
<span class="post-meta-item"><span class="post-meta-item-icon"><i class="fa fa-coffee"></i></span>
<span class="post-meta-item-text">${nxFoot[4]}</span>
<span title="Reading time total">${nxFoot[5]}</span></span></div>
<div class="powered-by">${nxFoot[6]} <a href="https://hexo.io/" rel="noopener" target="_blank">${nxFoot[7]}</a> &amp; <a
href="https://theme-next.js.org/pisces/"
rel="noopener" target="_blank">${nxFoot[8]}</a></div></div></footer>
<div class="toggle sidebar-toggle" role="button"><span class="toggle-line"></span><span class="toggle-line"></span><span class="toggle-line"></span></div>
<div class="sidebar-dimmer"></div><div class="back-to-top" role="button" aria-label="Back to top"><i class="fa fa-arrow-up fa-lg"></i><span>0%</span></div>
<div class="reading-progress-bar"></div>
<noscript><div class="noscript-warning">Theme NexT works best with JavaScript enabled</div></noscript>
<script src="https://cdnjs.cloudflare.com/ajax/libs/animejs/3.2.1/anime.min.js" crossorigin="anonymous"></script>
<script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/next-boot.js"></script>
<script class="next-config" data-name="utterances" type="application/json">{"enable":true,"repo":"chenyl/lanternnotes-comments","issue_term":"pathname",
"theme":"github-light"}</script><script src="/js/third-party/comments/utterances.js"></script>
<script src="/js/third-party/search/local-search.js"></script>
</body></html>`;
export const hexoNextPost: TestPage = {
  html: nxHtml,
  name: 'heldout149-hexo-next-blog',
  kind: 'blog',
  // the sidebar TOC repeats the headings and is left out with its numbers; the meta labels with their dates and the reading
  // time are bylines, as is the author's name (sidebar card, copyright block, footer); code tables are in neither list
  title: nxTitle,
  headings: [nxH1, nxH2, nxH3, nxH4],
  body: texts([...nxP1, ...nxP2, ...nxList1, ...nxP3, ...nxP4, ...nxP5, ...nxP6, ...nxP7]),
  bylines: ['Posted on', '2025-02-11', 'Edited on', '2025-03-02', 'Reading time ≈', '5 mins.', 'Chen Yiling'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lantern Notes', 'Small electronics, slowly', ...nxMenu, ...nxSide, '42', 'posts', '9', '57', ...nxLinks, 'Hardware', 'Symbols count in article:', '5.1k',
    ...nxReward, ...nxCopy, 'https://lanternnotes.example/2025/02/11/esp32-soil-sensor-battery/', ...nxTags, nxPrev, nxNext, ...nxFoot, '0%',
    'Theme NexT works best with JavaScript enabled',
  ],
};
