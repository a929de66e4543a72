import { links, ps, type TestPage, texts } from './page-kit.js';
import { idNews } from './pages-heldout252-c2.js';
import { jc, lis } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file c: a Traditional-Chinese personal tech blog on Hexo with the NexT theme (the sidebar toggle, site
 * brand and menu, the post-block with its meta line of 發表於 / 更新於 / 分類於 / 閱讀時間, the post body with headings, a
 * list and a table, the post-copyright box, tags, prev / next post links, the utterances comment frame, the sidebar's
 * 文章目錄 / 站點概覽 and the "由 Hexo & NexT.Gemini 強力驅動" footer) and, from file c2, an Indonesian news portal article.
 */
const tTitle = '把家裡的 NAS 從 RAID 5 搬到 ZFS：三個週末的踩雷紀錄';
const tIntro = [
  jc(
    '家裡那台四顆硬碟的 NAS 已經跑了快六年，一直是傳統的 RAID 5。去年有一顆碟開始出現壞軌，重建陣列花了整整兩天，',
    '那兩天我每天都在祈禱第二顆不要跟著壞。那次之後，我就決定趁換碟的機會，把整個儲存架構改成 ZFS。',
  ),
  jc('這篇記錄一下我花了三個週末搬遷的過程，還有途中踩到的幾個雷，給有同樣想法的人參考。'),
];
const tH = ['為什麼選 ZFS', '搬遷前的準備', '踩到的三個雷', '結論'];
const tWhy = [jc('我在意的其實只有三件事：資料完整性、快照，以及重建時不要讓其他碟承受那麼大的壓力。ZFS 剛好三件事都做得不錯：')];
const tWhyList = [
  '每個區塊都有校驗碼，讀取時發現資料損壞會自動用冗餘修復',
  '快照幾乎不佔空間，建立只要一瞬間',
  'RAID-Z2 可以同時容忍兩顆碟故障，重建時只需要讀取有用到的資料',
];
const tPrep = [
  jc(
    '最麻煩的是，舊陣列上大約有 7.2 TB 的資料，而新的池子要用同樣的四個槽位。我的做法是先買兩顆新的 12 TB 硬碟，',
    '暫時接在外接盒上當中繼站，把資料完整複製過去，確認校驗無誤之後，才把舊陣列拆掉。',
  ),
  jc('下表是新舊兩種配置的比較：'),
];
const tTable = [
  ['配置', '可用容量', '可容忍故障', '重建時間（實測）'],
  ['RAID 5（4 × 4 TB）', '約 12 TB', '1 顆', '約 46 小時'],
  ['RAID-Z2（4 × 12 TB）', '約 24 TB', '2 顆', '約 9 小時'],
];
const tTraps = [
  jc(
    '第一個雷是 ashift。我一開始沒有指定，結果系統把新硬碟判斷成 512 位元組的磁區，寫入效能只有預期的一半。',
    '建池的時候一定要明確指定 ashift=12，而且這個值建好之後就改不了，只能整個重來。',
  ),
  jc(
    '第二個雷是記憶體。網路上常說「每 1 TB 要 1 GB 記憶體」，其實那是開了去重複功能才需要的。',
    '我沒有開去重複，8 GB 的記憶體就夠用了，但 ARC 快取預設會吃掉一半，記得依照自己的服務調整上限。',
  ),
  jc(
    '第三個雷是外接盒。複製資料到一半時，USB 外接盒過熱斷線了兩次，每次都要從頭比對。',
    '後來我在外接盒旁邊放了一台小電風扇，才順利跑完。這個故事告訴我們：搬家最危險的不是新家，而是搬家的卡車。',
  ),
];
const tEnd = [
  jc(
    '搬完一個多月，目前每天凌晨會自動建立快照，每個月跑一次 scrub，到現在還沒有發現任何錯誤。',
    '如果你的 NAS 也還在跑傳統 RAID，而且剛好要換碟，我會推薦趁機會搬到 ZFS。只是請務必先備份，再備份一次。',
  ),
];
const tRow = (r: string[], c: string) => `<tr>${r.map((x) => `<${c}>${x}</${c}>`).join('')}</tr>`;
const tMenu = ['首頁', '關於', '標籤', '分類', '歸檔'];
const tHtml = `<!DOCTYPE html><html lang="zh-TW"><head><meta charset="UTF-8"><meta name="generator" content="Hexo 7.1.1">
<title>${tTitle} | 阿哲的機房筆記</title><meta name="description" content="家裡那台四顆硬碟的 NAS 已經跑了快六年">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-22T14:05:00.000Z">
<meta property="article:tag" content="ZFS"><link rel="stylesheet" href="/css/main.css">
<script class="next-config" data-name="main" type="application/json">{"hostname":"blog.azhe.example","scheme":"Gemini","version":"8.19.1"}</script>
</head><body itemscope itemtype="http://schema.org/WebPage" class="use-motion"><div class="headband"></div>
<main class="main"><div class="column"><header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner">
<div class="site-brand-container"><div class="site-nav-toggle"><div class="toggle" aria-label="切換導航欄" role="button"></div></div>
<div class="site-meta"><a href="/" class="brand" rel="start"><p class="site-title">阿哲的機房筆記</p></a>
<p class="site-subtitle" itemprop="description">把家裡當成資料中心在管的人</p></div></div>
<nav class="site-nav"><ul class="main-menu menu">${links(tMenu, 'menu-item')}</ul></nav></div></header>
<aside class="sidebar"><div class="sidebar-inner sidebar-nav-active sidebar-toc-active"><ul class="sidebar-nav">
<li class="sidebar-nav-toc">文章目錄</li><li class="sidebar-nav-overview">站點概覽</li></ul>
<div class="sidebar-panel-container"><div class="post-toc-wrap sidebar-panel"><div class="post-toc animated"><ol class="nav">
${tH
  .map(
    (h, i) => `<li class="nav-item nav-level-2"><a class="nav-link"
href="#h${i}"><span class="nav-number">${i + 1}.</span> <span class="nav-text">${h}</span></a></li>`,
  )
  .join('')}
</ol></div></div><div class="site-overview-wrap sidebar-panel"><div class="site-author"><p class="site-author-name" itemprop="name">阿哲</p>
<div class="site-description" itemprop="description">把家裡當成資料中心在管的人</div></div>
<div class="site-state"><div class="site-state-item site-state-posts"><span class="site-state-item-count">87</span>
<span class="site-state-item-name">文章</span></div></div></div></div></div></aside></div>
<div class="main-inner post posts-expand"><div class="post-block"><article itemscope itemtype="http://schema.org/Article" class="post-content" lang="zh-TW">
<header class="post-header"><h1 class="post-title" itemprop="name headline">${tTitle}</h1><div class="post-meta-container"><div class="post-meta">
<span class="post-meta-item"><span class="post-meta-item-text">發表於</span> <time title="創建時間：2026-02-22 22:05:00" itemprop="dateCreated datePublished"
datetime="2026-02-22T22:05:00+08:00">2026-02-22</time></span>
<span class="post-meta-item"><span class="post-meta-item-text">更新於</span> <time title="修改時間：2026-03-01 10:12:44" itemprop="dateModified"
datetime="2026-03-01T10:12:44+08:00">2026-03-01</time></span>
<span class="post-meta-item"><span class="post-meta-item-text">分類於</span> <a href="/categories/homelab/" itemprop="url" rel="index">Homelab</a></span>
<span class="post-meta-item" title="本文字數"><span class="post-meta-item-text">本文字數：</span> <span>2.1k</span></span>
<span class="post-meta-item" title="閱讀時長"><span class="post-meta-item-text">閱讀時長 &asymp;</span> <span>4 分鐘</span></span></div></div></header>
<div class="post-body" itemprop="articleBody">${ps(tIntro)}
<h2 id="h0"><a href="#h0" class="headerlink" title="${tH[0]}"></a>${tH[0]}</h2>${ps(tWhy)}<ul>${lis(tWhyList)}</ul>
<h2 id="h1"><a href="#h1" class="headerlink" title="${tH[1]}"></a>${tH[1]}</h2>${ps(tPrep)}
<table><thead>${tRow(tTable[0] ?? [], 'th')}</thead><tbody>${tRow(tTable[1] ?? [], 'td')}${tRow(tTable[2] ?? [], 'td')}</tbody></table>
<h2 id="h2"><a href="#h2" class="headerlink" title="${tH[2]}"></a>${tH[2]}</h2>${ps(tTraps)}
<h2 id="h3"><a href="#h3" class="headerlink" title="${tH[3]}"></a>${tH[3]}</h2>${ps(tEnd)}</div>
<footer class="post-footer"><div class="post-copyright"><ul><li class="post-copyright-author"><strong>本文作者： </strong>阿哲</li>
<li class="post-copyright-link"><strong>本文連結： </strong><a
href="https://blog.azhe.example/2026/02/22/nas-zfs/">https://blog.azhe.example/2026/02/22/nas-zfs/</a></li>
<li class="post-copyright-license"><strong>版權聲明： </strong>本部落格所有文章除特別聲明外，均採用 BY-NC-SA 許可協議。轉載請註明出處！</li></ul></div>
<div class="post-tags"><a href="/tags/ZFS/" rel="tag"># ZFS</a><a href="/tags/NAS/" rel="tag"># NAS</a><a href="/tags/Homelab/" rel="tag"># Homelab</a></div>
<div class="post-nav"><div class="post-nav-item"><a href="/2026/02/08/ups/" rel="prev" title="幫機櫃加一台 UPS 之前要先算的事">
<i class="fa fa-chevron-left"></i> 幫機櫃加一台 UPS 之前要先算的事</a></div><div class="post-nav-item"><a href="/2026/03/05/vlan/" rel="next"
title="用 VLAN 把 IoT 裝置關進小房間">用 VLAN 把 IoT 裝置關進小房間 <i class="fa fa-chevron-right"></i></a></div></div></footer></article></div>
<div class="comments utterances-container"><script src="https://utteranc.es/client.js" repo="azhe/blog-comments" issue-term="pathname"
theme="github-light" crossorigin="anonymous" async></script></div></div></main>
<footer class="footer"><div class="footer-inner"><div class="copyright">&copy; 2019 – <span itemprop="copyrightYear">2026</span>
<span class="author" itemprop="copyrightHolder">阿哲</span></div><div class="powered-by">由 <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a>
&amp; <a href="https://theme-next.js.org/pisces/" rel="noopener" target="_blank">NexT.Gemini</a> 強力驅動</div></div></footer>
<div class="back-to-top" role="button" aria-label="返回頂部"><span>0%</span></div><script src="/js/next-boot.js"></script></body></html>`;
const hexo: TestPage = {
  name: 'heldout252-hexo-next-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([...tIntro, ...tWhy, ...tWhyList, ...tPrep, ...tTable.slice(1).flat(), ...tTraps, ...tEnd]),
  bylines: ['發表於 2026-02-22', '更新於 2026-03-01', '本文作者： 阿哲'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '阿哲的機房筆記', '把家裡當成資料中心在管的人', '文章目錄', '站點概覽', '分類於 Homelab', '本文字數： 2.1k', '4 分鐘', '本文連結：',
    'https://blog.azhe.example/2026/02/22/nas-zfs/', '版權聲明： 本部落格所有文章除特別聲明外，均採用 BY-NC-SA 許可協議。轉載請註明出處！',
    '# ZFS', '# NAS', '# Homelab', '幫機櫃加一台 UPS 之前要先算的事', '用 VLAN 把 IoT 裝置關進小房間', '由 Hexo & NexT.Gemini 強力驅動',
  ],
};

export const HELDOUT252_C: readonly TestPage[] = [hexo, idNews];
