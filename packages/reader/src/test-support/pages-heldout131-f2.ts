import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 131, file f2: a Hugo post on the Stack theme (v3) (the colour-scheme script, the left sidebar with the
 * hamburger, avatar, emoji, the site name as the page's h1 and the description as an h2, social icons with titles, the
 * menu with its "Dark Mode" toggle, the right sidebar's table of contents, the article header with feature image, the
 * category badge, the title as h2.article-title with the subtitle h3, date and reading time, figures whose captions come
 * from the image alt text, the article footer with tags, licence and last-updated line, "Related content" tiles, the
 * comments container, the footer credits and the PhotoSwipe markup).
 */
const stTitle = 'Notes on a first batch of miso, eight months later';
const stSubtitle = 'What went right, what grew on top, and whether it was worth the wait.';
const stP1 = [
  'Last March I packed two kilos of cooked soybeans, rice koji and salt into a ceramic crock, weighed it down with a bag of salt and ' +
    'pushed it to the back of the pantry shelf. Last week I finally opened it. This is a record of what I did, what happened, and ' +
    'what I will change for the next batch.',
];
const stH1 = 'The recipe';
const stP2 = ['I followed the ratio most home recipes use, by weight:'];
const stList = ['1 kg dried soybeans, soaked overnight and simmered until soft', '1 kg rice koji', '450 g sea salt, with a little held back for the top'];
const stP3 = [
  'I mashed the beans while warm, let them cool to body temperature, then mixed in the koji and most of the salt. The mix was packed ' +
    'into the crock in handfuls, thrown in hard to knock out air pockets, and finished with a layer of salt, a sheet of cling film ' +
    'and the weight.',
];
const stCaption1 = 'The crock after packing, before the weight went on';
const stH2 = 'What grew on top';
const stP4 = [
  'At the three-month check there was a patch of white mould on the surface and a layer of dark liquid, called tamari, pooling ' +
    'around the edges. Both are normal. I scraped off the mould and the top centimetre of miso beneath it, wiped the sides of the ' +
    'crock with a cloth dipped in vodka and put everything back.',
  'At six months there was a little more mould, which I treated the same way. I lost perhaps a hundred grams of miso to scraping ' + 'in total.',
];
const stH3 = 'How it tastes';
const stP5 = [
  'The finished miso is darker and saltier than the shop-bought white miso I usually use, closer to a red miso, with a deep, ' +
    'almost chocolatey smell. It is excellent in soup and in a marinade for aubergines, and a little too strong for dressings.',
];
const stCaption2 = 'Eight months on: darker, drier and smelling of chocolate';
const stH4 = 'Next time';
const stP6 = [
  'I will use a little less salt, perhaps 400 grams, to get a sweeter, quicker miso, and I will start in autumn rather than spring, ' +
    'so that the slowest months of fermentation fall in the cool of winter. I will also buy a proper fermentation weight; the bag of ' +
    'salt split at month five and made the top layer much saltier.',
  'Was it worth eight months? Yes. I have about two and a half kilos of miso, which at the rate I use it will last well into next ' +
    'year, and a crock that is already asking for its next batch.',
];
const stSiteDesc = 'Fermenting, pickling and occasionally ruining things.';
const stMenu = ['Home', 'About', 'Archives', 'Search', 'Links'];
const stTags = ['Miso', 'Koji', 'Long ferments'];
const stRelated = ['Hot sauce from the last of the chillies', 'A year of sourdough discard crackers', 'Why my sauerkraut went soft'];
const stFoot = ['© 2021 - 2025 Pantry Experiments', 'Built with Hugo', 'Theme Stack designed by Jimmy'];
const tabler = (
  n: string,
): string => `<svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-${n}" width="24" height="24" viewBox="0 0 24 24"
stroke-width="2" stroke="currentColor" fill="none" stroke-linecap="round" stroke-linejoin="round"><path stroke="none" d="M0 0h24v24H0z"/></svg>`;
const fig = (src: string, alt: string, grow: number): string => `<p><figure style="flex-grow: ${grow}; flex-basis: ${grow * 2}px">
<a href="/p/first-miso/${src}" data-size="1600x1200"><img src="/p/first-miso/${src}" width="1600" height="1200"
srcset="/p/first-miso/${src.replace('.jpg', '_hu_480.jpg')} 480w, /p/first-miso/${src.replace('.jpg', '_hu_1024.jpg')} 1024w" loading="lazy" alt="${alt}"
class="gallery-image" data-flex-grow="${grow}" data-flex-basis="${grow * 2}px"></a><figcaption>${alt}</figcaption></figure></p>`;
const stHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset='utf-8'><meta name='viewport' content='width=device-width, initial-scale=1'>
<meta name='description' content='${stSubtitle}'><title>Notes on a first batch of miso, eight months later</title>
<link rel='canonical' href='https://pantryexperiments.example/p/first-miso/'><link rel="stylesheet"
href="/scss/style.min.663803bebe609202d5b39d848f2d7c2dc8b598a2d879efa079fa88893d29c49c.css">
<meta property='og:title' content='${stTitle}'><meta property='og:description' content='${stSubtitle}'><meta property='og:url'
content='https://pantryexperiments.example/p/first-miso/'>
<meta property='og:site_name' content='Pantry Experiments'><meta property='og:type' content='article'><meta property='article:section' content='Post' />
<meta property='article:tag' content='Miso' /><meta property='article:published_time' content='2025-03-02T09:00:00&#43;00:00'/>
<meta property='article:modified_time' content='2025-03-05T09:12:44&#43;00:00'/><meta name="twitter:card" content="summary_large_image">
<link rel="shortcut icon" href="/favicon.png" /></head>
<body class="article-page"><script>(function() {const colorSchemeKey = 'StackColorScheme';if(!localStorage.getItem(colorSchemeKey)){
localStorage.setItem(colorSchemeKey, "auto");}})();</script><script>(function() {const colorSchemeKey = 'StackColorScheme';
const colorSchemeItem = localStorage.getItem(colorSchemeKey);const supportDarkMode = window.matchMedia('(prefers-color-scheme: dark)').matches === true;
if (colorSchemeItem == 'dark' || colorSchemeItem === 'auto' && supportDarkMode) {document.documentElement.dataset.scheme = 'dark';} else {
document.documentElement.dataset.scheme = 'light';}})();</script>
<div class="container main-container flex on-phone--column extended"><aside class="sidebar left-sidebar sticky ">
<button class="hamburger hamburger--spin" type="button" id="toggle-menu" aria-label="Toggle Menu"><span class="hamburger-box"><span
class="hamburger-inner"></span></span>
</button><header><figure class="site-avatar"><a href="/"><img src="/img/avatar_hu_5e1a0b.png" width="300" height="300" class="site-logo" loading="lazy"
alt="Avatar"></a>
<span class="emoji">🫙</span></figure><div class="site-meta"><h1 class="site-name"><a href="/">Pantry Experiments</a></h1><h2
class="site-description">${stSiteDesc}</h2>
</div></header><ol class="menu-social"><li><a href='https://code.example/pantryexperiments' target="_blank" title="Code"
rel="me">${tabler('brand-github')}</a></li>
<li><a href='/index.xml' target="_blank" title="RSS" rel="me">${tabler('rss')}</a></li></ol>
<ol class="menu" id="main-menu">${stMenu
  .map((t) => `<li ><a href='/${t === 'Home' ? '' : `${t.toLowerCase()}/`}' >${tabler(t.toLowerCase())}<span>${t}</span></a></li>`)
  .join('\n')}
<li class="menu-bottom-section"><ol class="menu"><li id="dark-mode-toggle">${tabler('toggle-left')}${tabler('toggle-right')}<span>Dark
Mode</span></li></ol></li></ol>
</aside><aside class="sidebar right-sidebar sticky"><section class="widget archives"><div class="widget-icon">${tabler('hash')}</div>
<h2 class="widget-title section-title">Table of contents</h2><div class="widget--toc"><nav id="TableOfContents"><ol>${[stH1, stH2, stH3, stH4]
  .map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`)
  .join('\n')}</ol></nav></div></section></aside>
<main class="main full-width"><article class="has-image main-article"><header class="article-header"><div class="article-image"><a href="/p/first-miso/">
<img src="/p/first-miso/cover_hu_9c1e.jpg" srcset="/p/first-miso/cover_hu_9c1e.jpg 800w, /p/first-miso/cover_hu_2b7a.jpg 1600w" width="800" height="533"
loading="lazy" alt="Featured image of post Notes on a first batch of miso, eight months later" /></a></div><div class="article-details">
<header class="article-category"><a href="/categories/fermentation/" style="background-color: #2a9d8f; color: #fff;">Fermentation</a></header>
<div class="article-title-wrapper"><h2 class="article-title"><a href="/p/first-miso/">${stTitle}</a></h2><h3 class="article-subtitle">${stSubtitle}</h3></div>
<footer class="article-time"><div>${tabler('calendar-time')}<time class="article-time--published">Mar 02, 2025</time></div><div>${tabler('clock')}
<time class="article-time--reading">4 minute read</time></div></footer></div></header>
<section class="article-content">
${stP1.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="the-recipe">${stH1}</h2>
${stP2.map((t) => `<p>${t}</p>`).join('\n')}
<ul>${stList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${stP3.map((t) => `<p>${t}</p>`).join('\n')}
${fig('crock-packed.jpg', stCaption1, 133)}
<h2 id="what-grew-on-top">${stH2}</h2>
${stP4.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="how-it-tastes">${stH3}</h2>
${stP5.map((t) => `<p>${t}</p>`).join('\n')}
${fig('finished-miso.jpg', stCaption2, 150)}
<h2 id="next-time">${stH4}</h2>
${stP6.map((t) => `<p>${t}</p>`).join('\n')}
</section>
<footer class="article-footer"><section class="article-tags">${stTags
  .map((t) => `<a href="/tags/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`)
  .join('\n')}</section><section class="article-copyright">${tabler('copyright')}<span>Licensed under CC BY-NC-SA 4.0</span></section>
<section class="article-lastmod">${tabler('clock')}<span>Last updated on Mar 05, 2025 09:12 UTC</span></section></footer></article>
<aside class="related-content--wrapper"><h2 class="section-title">Related content</h2><div class="related-content"><div class="flex
article-list--tile">${stRelated
  .map(
    (t, n) => `<article class="has-image"><a href="/p/related-${n}/"><div class="article-image"><img src="/p/related-${n}/cover.jpg" width="250" height="150"
loading="lazy" alt="Featured image of post ${t}" data-hash="md5-${n}"></div><div class="article-details"><h2
class="article-title">${t}</h2></div></a></article>`,
  )
  .join('\n')}</div></div></aside>
<div class="disqus-container"><div id="disqus_thread"></div><script>window.disqus_config = function () {};(function() {if (["localhost", "127.0.0.1"]
.indexOf(window.location.hostname) != -1) {document.getElementById('disqus_thread').innerHTML =
'Disqus comments not available by default when the website is previewed locally.';
return;}var d = document, s = d.createElement('script'); s.async = true;s.src = '//pantryexperiments.disqus.example/embed.js';
s.setAttribute('data-timestamp', +new Date());(d.head || d.body).appendChild(s);})();</script></div>
<footer class="site-footer"><section class="copyright">${stFoot[0]}</section><section class="powerby">Built with <a href="https://gohugo.example/"
target="_blank"
rel="noopener">Hugo</a> <br />Theme <b><a href="https://github.example/CaiJimmy/hugo-theme-stack" target="_blank" rel="noopener"
data-version="3.30.0">Stack</a></b>
designed by <a href="https://jimmycai.example" target="_blank" rel="noopener">Jimmy</a></section></footer>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__container">
<div class="pswp__item"></div><div class="pswp__item"></div><div class="pswp__item"></div></div><div class="pswp__ui pswp__ui--hidden"><div
class="pswp__top-bar">
<div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button><button class="pswp__button pswp__button--share"
title="Share"></button><button class="pswp__button pswp__button--fs" title="Toggle fullscreen"></button><button class="pswp__button pswp__button--zoom"
title="Zoom in/out"></button><div class="pswp__preloader"><div class="pswp__preloader__icn"><div class="pswp__preloader__cut"><div
class="pswp__preloader__donut">
</div></div></div></div></div><div class="pswp__share-modal pswp__share-modal--hidden pswp__single-tap"><div class="pswp__share-tooltip"></div></div>
<button class="pswp__button pswp__button--arrow--left" title="Previous (arrow left)"></button><button class="pswp__button pswp__button--arrow--right"
title="Next (arrow right)"></button><div class="pswp__caption"><div class="pswp__caption__center"></div></div></div></div></div>
<script src="https://cdn.jsdelivr.example/npm/photoswipe@4.1.3/dist/photoswipe.min.js" integrity="sha256-ePwmChbbvXbsO02lbM3HoHbSHTHFAeChekF1xKJdleo="
crossorigin="anonymous" defer></script><script type="text/javascript" src="/ts/main.1e9a3bafd846ced4c345d084b355fb8c7bae75701c338f8a1f8a82c780137826.js"
defer></script>
</main></div></body></html>`;
export const stackPost: TestPage = {
  name: 'heldout131-hugo-stack-blog',
  kind: 'blog',
  html: stHtml,
  // the site name is the page's h1 and its description an h2 (furniture); the post title is h2.article-title and the
  // subtitle h3 is the dek (body); figure captions (from the alt text) are furniture; the TOC repeats the headings and is
  // left out
  title: stTitle,
  headings: [stH1, stH2, stH3, stH4],
  body: texts([stSubtitle, ...stP1, ...stP2, ...stList, ...stP3, ...stP4, ...stP5, ...stP6]),
  bylines: ['Mar 02, 2025', '4 minute read', 'Last updated on Mar 05, 2025 09:12 UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '🫙', 'Pantry Experiments', stSiteDesc, ...stMenu, 'Dark Mode', 'Table of contents', 'Fermentation', stCaption1, stCaption2, ...stTags,
    'Licensed under CC BY-NC-SA 4.0', 'Related content', ...stRelated, ...stFoot,
  ],
};
