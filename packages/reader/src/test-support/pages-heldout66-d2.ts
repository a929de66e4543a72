import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 66, file d2: a Hugo post on the Stack theme (the colour-scheme scripts, the left sidebar with avatar, site
 * name, description, social icons, menu and the dark-mode toggle, the right sidebar's "Table of contents" widget, the article
 * header with the category pill, the title as an h2 with a subtitle, date and reading time, the content with a list, a
 * Chroma line-numbered code block with the theme's copy button, a blockquote and a figure, the article footer with tags,
 * licence and last-modified lines, "Related content" tiles, the giscus comments script, the site footer with the Hugo and
 * Stack credits and the PhotoSwipe markup).
 */
const skSite = 'Hedgerow Bytes';
const skTitle = 'Running a Tiny Weather Station on a Raspberry Pi Zero';
const skSub = 'A BME280, forty lines of Python and a year of temperature readings from the back garden';
const skIntro = [
  'I have wanted a weather station since I was about ten, and last spring I finally built one. It is not a proper station: there ' +
    'is no wind gauge and no rain gauge, just a sensor in a louvred box on the fence. But it has logged the temperature, humidity ' +
    'and pressure in my garden every five minutes for a year, and the data turned out to be more interesting than I expected.',
];
const skH = ['The hardware', 'The software', 'What a year of readings showed'];
const skHw = [
  'The whole thing is a Raspberry Pi Zero 2 W, a BME280 sensor board on a short cable, and a radiation shield made from stacked ' +
    'plant-pot saucers. The shield matters more than anything else: my first attempt, with the sensor in a plain plastic box, ' +
    'read four degrees too warm on sunny afternoons.',
];
const skParts = [
  'Raspberry Pi Zero 2 W: £15',
  'BME280 breakout board: £9',
  'Eight plant-pot saucers and three threaded rods: about £12',
  'A weatherproof junction box for the Pi: £7',
];
const skSw = [
  'A small Python script reads the sensor every five minutes and writes a row to a SQLite database. Another job, once an hour, ' +
    'copies the database to my home server, where a static page draws the charts.',
  'I resisted the urge to build a dashboard with live updates. The charts refresh once an hour, and nobody, including me, has ' +
    'ever needed to know the garden temperature to the minute.',
];
const py = (cls: string, t: string): string => `<span class="${cls}">${t}</span>`;
const skCode = [
  `${py('kn', 'import')} ${py('nn', 'sqlite3')}${py('o', ',')} ${py('nn', 'time')}`,
  `${py('kn', 'import')} ${py('nn', 'bme280')}${py('o', ',')} ${py('nn', 'smbus2')}`,
  '',
  `${py('n', 'bus')} ${py('o', '=')} ${py('n', 'smbus2')}${py('o', '.')}${py('n', 'SMBus')}(${py('mi', '1')})`,
  `${py('n', 'db')} ${py('o', '=')} ${py('n', 'sqlite3')}${py('o', '.')}${py('n', 'connect')}(${py('s2', '"/home/pi/weather.db"')})`,
  `${py('k', 'while')} ${py('kc', 'True')}:`,
  `    ${py('n', 'r')} ${py('o', '=')} ${py('n', 'bme280')}${py('o', '.')}${py('n', 'sample')}(${py('n', 'bus')}, ${py('mh', '0x76')})`,
  `    ${py('n', 'db')}${py('o', '.')}${py('n', 'execute')}(${py('s2', '"INSERT INTO readings VALUES (?, ?, ?, ?)"')},`,
  `               (${['timestamp', 'temperature', 'humidity', 'pressure'].map((f) => `${py('n', 'r')}${py('o', '.')}${py('n', f)}`).join(', ')}))`,
  `    ${py('n', 'db')}${py('o', '.')}${py('n', 'commit')}()`,
  `    ${py('n', 'time')}${py('o', '.')}${py('n', 'sleep')}(${py('mi', '300')})`,
];
const skYear = [
  'The most surprising result was how much colder the garden is than the nearest official station, about six kilometres away on ' +
    'the edge of town. On clear, still nights the difference reached five degrees, and the garden recorded twenty-three air frosts ' +
    'over the winter against the station&rsquo;s eleven.',
  'Pressure was the most useful reading day to day. A fall of more than three hectopascals in three hours has preceded every ' +
    'proper storm this year, usually by half a day, which is more warning than the phone forecast gave.',
];
const skQuote = 'If you build one, put the sensor at about 1.25 metres and well away from walls. Mine is on a fence post, which is not ideal, and it shows.';
const skCaption = 'Temperature in the garden (blue) and at the official station (grey), December to February';
const skEnd = ['Total cost was a little under fifty pounds, and the only maintenance so far has been brushing a spider out of the shield in October.'];
const skMenu = ['Home', 'Archives', 'Search', 'About'];
const skTags = ['Raspberry Pi', 'Python', 'Weather', 'Sensors'];
const skRelated = ['Logging the Garden Pond Temperature with a DS18B20', 'A Solar Charger for a Pi That Mostly Works', 'Why My Home Server Is a Laptop'];
const icon = (name: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-${name}" width="24" height="24" viewBox="0 0 24 24" stroke-width="2"
 stroke="currentColor" fill="none" stroke-linecap="round" stroke-linejoin="round"><path stroke="none" d="M0 0h24v24H0z"/></svg>`;
const slug = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const skHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="${skSub}">
<title>${skTitle}</title>
<link rel="canonical" href="https://hedgerowbytes.example/p/pi-zero-weather-station/">
<link rel="stylesheet" href="/scss/style.min.8191399262444ab68b72a18c97392f5349be20a1615d77445be51e974c144cff.css">
<meta property="og:title" content="${skTitle}"><meta property="og:description" content="${skSub}">
<meta property="article:published_time" content="2025-04-06T10:00:00+01:00"><meta property="article:modified_time" content="2025-04-09T21:14:00+01:00">
<meta property="article:tag" content="Raspberry Pi"><meta property="article:section" content="Electronics">
</head>
<body class="article-page">
<script>(function() {const colorSchemeKey = 'StackColorScheme';
if(!localStorage.getItem(colorSchemeKey)){localStorage.setItem(colorSchemeKey, "auto");}})();</script>
<script>(function() {const colorSchemeKey = 'StackColorScheme'; const colorSchemeItem = localStorage.getItem(colorSchemeKey);
const supportDarkMode = window.matchMedia('(prefers-color-scheme: dark)').matches === true;
if (colorSchemeItem == 'dark' || colorSchemeItem === 'auto' && supportDarkMode) {document.documentElement.dataset.scheme = 'dark';}
else {document.documentElement.dataset.scheme = 'light';}})();</script>
<div class="container main-container flex on-phone--column extended">
<aside class="sidebar left-sidebar sticky ">
<button class="hamburger hamburger--spin" type="button" id="toggle-menu" aria-label="Toggle Menu"><span class="hamburger-box"><span
 class="hamburger-inner"></span>
</span></button>
<header><figure class="site-avatar"><a href="/"><img src="/img/avatar_hu4f0c2b.png" width="300" height="300" class="site-logo" loading="lazy" alt="Avatar"></a>
<span class="emoji">🌦️</span></figure><div class="site-meta"><h1 class="site-name"><a href="/">${skSite}</a></h1>
<h2 class="site-description">Small electronics and big opinions from a garden in Somerset</h2></div></header>
<ol class="menu-social"><li><a href="https://github.com/hedgerowbytes" target="_blank" title="GitHub" rel="me">${icon('brand-github')}</a></li>
<li><a href="https://mastodon.example/@hedgerow" target="_blank" title="Mastodon" rel="me">${icon('brand-mastodon')}</a></li></ol>
<ol class="menu" id="main-menu">
${skMenu.map((t) => `<li ><a href="/${t === 'Home' ? '' : `${t.toLowerCase()}/`}" >${icon(t.toLowerCase())}<span>${t}</span></a></li>`).join('\n')}
<li class="menu-bottom-section"><ol class="menu"><li id="dark-mode-toggle">${icon('toggle-left')}${icon('toggle-right')}<span>Dark Mode</span></li></ol></li>
</ol></aside>
<aside class="sidebar right-sidebar sticky"><section class="widget archives"><div class="widget-icon">${icon('hash')}</div>
<h2 class="widget-title section-title">Table of contents</h2><div class="widget--toc"><nav id="TableOfContents"><ol>
${skH.map((h) => `<li><a href="#${slug(h)}">${h}</a></li>`).join('\n')}
</ol></nav></div></section></aside>
<main class="main full-width">
<article class="has-image main-article">
<header class="article-header"><div class="article-image"><a href="/p/pi-zero-weather-station/"><img src="/p/pi-zero-weather-station/cover_hu3d03a0.jpg"
 width="800"
 height="533" loading="lazy" alt="Featured image of post ${skTitle}"></a></div>
<div class="article-details"><header class="article-category"><a href="/categories/electronics/" style="background-color: #2a9d8f; color: #fff;">Electronics</a>
</header><div class="article-title-wrapper"><h2 class="article-title"><a href="/p/pi-zero-weather-station/">${skTitle}</a></h2>
<h3 class="article-subtitle">${skSub}</h3></div>
<footer class="article-time"><div>${icon('calendar-time')}<time class="article-time--published">Apr 06, 2025</time></div>
<div>${icon('clock')}<time class="article-time--reading">5 minute read</time></div></footer></div></header>
<section class="article-content">
${skIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="${slug(skH[0]!)}">${skH[0]}</h2>
${skHw.map((p) => `<p>${p}</p>`).join('\n')}
<ul>
${skParts.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2 id="${slug(skH[1]!)}">${skH[1]}</h2>
<p>${skSw[0]}</p>
<div class="highlight"><div class="chroma"><table class="lntable"><tr><td class="lntd"><pre tabindex="0" class="chroma"><code>${skCode
  .map((_, i) => `<span class="lnt">${i + 1}\n</span>`)
  .join('')}</code></pre></td>
<td class="lntd"><pre tabindex="0" class="chroma"><code class="language-python" data-lang="python">${skCode
  .map((l) => `<span class="line"><span class="cl">${l}\n</span></span>`)
  .join('')}</code></pre></td></tr></table></div><button class="copyCodeButton">Copy</button></div>
<p>${skSw[1]}</p>
<h2 id="${slug(skH[2]!)}">${skH[2]}</h2>
<figure><a href="/p/pi-zero-weather-station/winter-chart.png" data-size="1600x900"><img src="/p/pi-zero-weather-station/winter-chart_hu8e1f.png" width="1600"
 height="900" loading="lazy" alt="Winter temperature chart"></a><figcaption>${skCaption}</figcaption></figure>
${skYear.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote><p>${skQuote}</p></blockquote>
${skEnd.map((p) => `<p>${p}</p>`).join('\n')}
</section>
<footer class="article-footer"><section class="article-tags">
${skTags.map((t) => `<a href="/tags/${slug(t)}/">${t}</a>`).join('\n')}
</section>
<section class="article-copyright">${icon('copyright')}<span>Licensed under CC BY-NC-SA 4.0</span></section>
<section class="article-lastmod">${icon('clock')}<span>Last updated on Apr 09, 2025 21:14 BST</span></section></footer>
</article>
<aside class="related-content--wrapper"><h2 class="section-title">Related content</h2><div class="related-content"><div class="flex article-list--tile">
${skRelated
  .map(
    (t, i) => `<article class="has-image"><a href="/p/related-${i}/"><div class="article-image"><img src="/p/related-${i}/cover.jpg" loading="lazy"
 alt="Featured image of post ${t}"></div><div class="article-details"><h2 class="article-title">${t}</h2></div></a></article>`,
  )
  .join('\n')}
</div></div></aside>
<script src="https://giscus.app/client.js" data-repo="hedgerowbytes/comments" data-repo-id="R_kgDOJ1x2yQ" data-category="Announcements" data-mapping="pathname"
 data-strict="0" data-reactions-enabled="1" data-emit-metadata="0" data-input-position="top" data-theme="light" data-lang="en" crossorigin="anonymous"
 async></script>
<footer class="site-footer"><section class="copyright">© 2021 - 2025 ${skSite}</section>
<section class="powerby">Built with <a href="https://gohugo.io/" target="_blank" rel="noopener">Hugo</a> <br /> Theme <b><a
 href="https://github.com/CaiJimmy/hugo-theme-stack"
 target="_blank" rel="noopener" data-version="3.30.0">Stack</a></b> designed by <a href="https://jimmycai.com" target="_blank"
 rel="noopener">Jimmy</a></section></footer>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
 class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
<button class="pswp__button pswp__button--share" title="Share"></button><button class="pswp__button pswp__button--fs" title="Toggle fullscreen"></button>
<button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button></div><div class="pswp__caption"><div class="pswp__caption__center"></div></div>
</div></div></div>
</main>
</div>
<script src="https://cdn.jsdelivr.net/npm/node-vibrant@3.1.6/dist/vibrant.min.js" integrity="sha256-awcR2jno4kI5X0zL8ex0vi2z+KMkF24hUW8WePSA9HM="
 crossorigin="anonymous"></script>
<script type="text/javascript" src="/ts/main.1e9a3bafd846ced4c345d084b355fb8c7bae75701c338f8a1f8a82c780137826.js" defer></script>
</body>
</html>`;
export const hugoStackPost: TestPage = {
  html: skHtml,
  name: 'heldout66-hugo-stack-post',
  kind: 'blog',
  // the title is the article header's h2 (the h1 is the site name: furniture; the page has no h1 for the post); the
  // subtitle (front-matter description shown under the title) is the post's dek: body, as batch 19 counted a dek; the
  // paragraphs, the parts list and the blockquote tip are body, the three h2s the headings; the code block is in neither;
  // the TOC widget repeats the headings (in neither), its title is furniture; the date and the "Last updated on …" line are
  // bylines (Stack shows no author); the reading time, category pill, caption, tags, licence line, "Related content",
  // the copy button, menu, sidebar and footer are furniture; the tags "Raspberry Pi", "Python" and "Weather" and the menu's
  // "Home" and "About" are words of the body: left out
  title: skTitle,
  headings: skH,
  body: [skSub, ...texts(skIntro), ...texts(skHw), ...skParts, ...texts(skSw), ...texts(skYear), skQuote, ...skEnd],
  bylines: ['Apr 06, 2025', 'Last updated on Apr 09, 2025 21:14 BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    skSite, 'Small electronics and big opinions from a garden in Somerset', 'Archives', 'Search', 'Dark Mode', 'Table of contents', 'Electronics',
    '5 minute read', 'Copy', skCaption, 'Sensors', 'Licensed under CC BY-NC-SA 4.0', 'Related content', ...skRelated, `© 2021 - 2025 ${skSite}`,
    'Built with Hugo', 'Theme Stack designed by Jimmy',
  ],
};
