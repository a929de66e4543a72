import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout595-kit.js';

/**
 * Held-out batch 595, file f: a day of a cruising log on a Hugo blog (PaperMod theme) with its table of contents, tags and
 * previous / next links, and a hire company's tariff page in an old table layout with font tags and a visitor counter.
 */
const hTitle = 'Day 3: up the Sixteen';
const hDek = 'Sixteen locks, two side ponds we got wrong, and the best pint of the week at the top.';
const hSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'An early start',
    [
      j(
        'We were untied by seven, which for us is a minor miracle. The bottom lock at Corley was already set for us by a volunteer',
        'called Len, who had been doing this for twenty-two years and clearly thought we were going to be hard work.',
      ),
      j(
        'Sal steered and I worked the locks with Len for the first four, until I had the rhythm: windlass on, paddles up, wait,',
        'gate open, boat in, gate shut, walk up to the next one. The locks are so close together that by lock 5 I had stopped',
        'getting back on the boat at all.',
      ),
    ],
  ],
  [
    'The side ponds',
    [
      j(
        'Locks 12 to 15 have side ponds, and we got the first one wrong. I drew the lock paddle before the side pond paddle and',
        'sent half a lock of water down the bywash. Len did not say anything. He did not need to.',
      ),
      '<em>Side pond first, then the lock.</em> I said it out loud at every lock after that.',
      j(
        'By lock 14 we had company: a hire boat from Bramwell with three generations of one family on board, the grandmother',
        'running ahead with her windlass and the grandchildren shutting gates behind us. We shared the last three locks with them.',
      ),
    ],
  ],
  [
    'At the top',
    [
      j(
        'We reached the top lock at 11.40, four hours and forty minutes after we started, which the sign at the bottom says is',
        'about average. Sal insists it was a personal best.',
      ),
      j(
        'We moored above the lock and walked the hundred yards to the Navigation Inn, where the landlord had a pint of Ell Valley',
        'Bitter on the bar before we reached it. Tomorrow is the summit, with no locks at all, and I cannot wait.',
      ),
    ],
  ],
];
const hTimes: readonly (readonly string[])[] = [
  ['Lock 1', '07:08'],
  ['Lock 8', '08:55'],
  ['Lock 12', '09:50'],
  ['Lock 16', '11:40'],
];
const hTags = ['Tarrow Ring', 'Locks', '2025 trip'];
const hMenu = ['Log', 'Boat', 'Tags', 'About'];
const hSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | Slow Water</title><meta name="keywords" content="Tarrow Ring, Locks, 2025 trip">
<meta name="description" content="${hDek}"><meta name="author" content="Owen &amp; Sal">
<link rel="canonical" href="https://slowwater.example/posts/day-3-up-the-sixteen/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.125.4"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDek}","wordCount":"640",
"datePublished":"2025-06-11T00:00:00Z","author":[{"@type":"Person","name":"Owen \\u0026 Sal"}]}</script></head>
<body class="" id="top">
<script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add("dark")}
else if(localStorage.getItem("pref-theme")==="light"){document.body.classList.remove("dark")}else if(window.matchMedia("(prefers-color-scheme:
 dark)").matches){document.body.classList.add("dark")}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://slowwater.example/" accesskey="h" title="Slow Water (Alt + H)">Slow Water</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">
<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path>
</svg></button></div></div>
<ul id="menu">${hMenu.map((m) => `<li><a href="https://slowwater.example/${m.toLowerCase()}/" title="${m}"><span>${m}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://slowwater.example/">Home</a>&nbsp;»&nbsp;<a href="https://slowwater.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta">
<span title='2025-06-11 00:00:00 +0000 UTC'>June 11, 2025</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;640 words&nbsp;·&nbsp;Owen &amp; Sal</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hSecs.map(([h]) => `<li><a href="#${hSlug(h)}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">
${hSecs.map(([h, b]) => `<h2 id="${hSlug(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${hSlug(h)}">#</a></h2>\n${ps(b)}`).join('\n')}
<h3 id="times">Times<a hidden class="anchor" aria-hidden="true" href="#times">#</a></h3>
<table><thead><tr><th>Lock</th><th>Time</th></tr></thead><tbody>${trs(hTimes)}</tbody></table>
</div>
<footer class="post-footer"><ul class="post-tags">${hTags.map((t) => `<li><a href="https://slowwater.example/tags/${hSlug(t)}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="https://slowwater.example/posts/day-4-the-summit/"><span class="title">« Prev</span><br>
<span>Day 4: nothing but sky</span></a>
<a class="next" href="https://slowwater.example/posts/day-2-down-to-grindle/"><span class="title">Next »</span><br>
<span>Day 2: down the river to Grindle</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=Day%203">
<svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M512 62.554"></path></svg></a></li>
<li>
<a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook"
href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2fslowwater.example"><svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M449.446 0">
</path></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2025 <a href="https://slowwater.example/">Slow Water</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById("menu");
menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"),
menu.onscroll=function(){localStorage.setItem("menu-scroll-position",menu.scrollLeft)})</script></body></html>`;
const log: TestPage = {
  name: 'heldout595-hugo-cruising-log',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [...hSecs.map(([h]) => h), 'Times'],
  body: [hDek, ...texts(hSecs.flatMap(([, b]) => b)), ...rowTexts(hTimes)],
  bylines: ['June 11, 2025 · 4 min · 640 words · Owen & Sal'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slow Water', 'Log', 'Tags', 'Home', 'Posts', 'Table of Contents', 'Tarrow Ring', '2025 trip', '« Prev', 'Day 4: nothing but sky', 'Next »',
    'Day 2: down the river to Grindle',
    '© 2025 Slow Water', 'Powered by Hugo & PaperMod',
  ],
};

const tTitle = 'Tariff 2026';
const tIntro = j(
  'All prices are for the hire of the boat for one week, Saturday to Saturday, and include fuel, gas, bedding, towels and',
  'insurance. Short breaks of 3 or 4 nights are available outside the high season at 60% of the weekly price.',
);
const tRows: readonly (readonly string[])[] = [
  ['Moorhen', '2', '£695', '£820', '£960'],
  ['Coot', '4', '£910', '£1,080', '£1,290'],
  ['Great Crested Grebe', '6', '£1,150', '£1,370', '£1,620'],
];
const tNotes = [
  'Low season: March, April (except Easter), October. Mid season: May, June, September. High season: July, August and Easter.',
  'A deposit of 25% secures your booking. Dogs £40 per week.',
];
const tNav = ['Home', 'Our Boats', 'Tariff', 'Availability', 'Cruising Routes', 'How to Find Us', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Willowbrook Narrowboats - Tariff 2026 - Narrowboat Holidays on the Tarrow Canal</title>
<meta name="keywords" content="narrowboat hire, canal holidays, tarrow canal, boat hire, narrowboat holidays, willowbrook">
<meta name="description" content="Willowbrook Narrowboats - family run narrowboat hire on the Tarrow Canal since 1984.">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script><link href="willowbrook.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_boats_over.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" bgcolor="#003366">
<img src="images/header.jpg" width="760" height="120" alt="Willowbrook Narrowboats"></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#003366">
<b>Family run narrowboat hire on the Tarrow Canal since 1984</b></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E8E8D0"><table width="150" border="0" cellpadding="4" cellspacing="0">
${tNav
  .map(
    (n) => `<tr><td class="nav"><font face="Verdana, Arial" size="2"><a href="${n.toLowerCase().replace(/ /g, '')}.htm">${n}</a></font></td>
</tr>`,
  )
  .join('\n')}
<tr><td><br><img src="images/swan.gif" width="120" height="90" alt=""><br><font face="Verdana" size="1">Tel: 01632 960 391<br>Fax: 01632 960 392</font></td>
</tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><font size="4" color="#003366"><b>${tTitle}</b></font><br><br>
${tIntro}<br><br>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#999966"><tr bgcolor="#CCCC99"><td><b>Boat</b></td><td><b>Berths</b></td><td>
<b>Low</b></td><td><b>Mid</b></td><td><b>High</b></td></tr>
${trs(tRows)}</table><br>
${tNotes.join('<br><br>\n')}<br><br>
<a href="availability.htm"><img src="images/btn_availability.gif" width="160" height="30" border="0" alt="Check Availability"></a>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center">
<font face="Verdana" size="1" color="#FFFFFF">&copy; Willowbrook Narrowboats 1998-2026 | Willowbrook Wharf, Tarrow Lane, Ellesby<br>
Site last updated 14/11/2025 | You are visitor number <img src="/cgi-bin/counter.pl?df=tariff" alt="048213"></font></td></tr></table></body></html>`;
const tariff: TestPage = {
  name: 'heldout595-table-layout-tariff',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tIntro, ...rowTexts(tRows), ...tNotes],
  bylines: ['Site last updated 14/11/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Family run narrowboat hire on the Tarrow Canal since 1984', ...tNav.filter((n) => n !== 'Tariff'), 'Tel: 01632 960 391',
    'Fax: 01632 960 392', '© Willowbrook Narrowboats 1998-2026 | Willowbrook Wharf, Tarrow Lane, Ellesby', 'You are visitor number',
  ],
};

export const HELDOUT595_F: readonly TestPage[] = [log, tariff];
