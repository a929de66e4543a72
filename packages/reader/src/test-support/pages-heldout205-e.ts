import { type TestPage, texts } from './page-kit.js';
import { digestPage } from './pages-heldout205-e2.js';

/**
 * Held-out batch 205, file e: a page of a personal DokuWiki (default "dokuwiki" template, logged out) about growing
 * tomatoes (skip links, the logo and tagline, user and site tools with the search form and the mobile "Tools" select, the
 * "Trace:" breadcrumbs, the wiki sidebar with its own headings, the page id, the table of contents, section-edit classes,
 * a wiki table, the docInfo line, page tools, the licence footer and its badges, and the taskrunner image) and, from
 * file e2, a mailing-list digest archived as a static page.
 */
const title = 'Growing tomatoes under cover';
const h = ['Varieties', 'Sowing and planting', 'Feeding and watering', 'Problems we have had', 'Blight', 'Blossom end rot'];
const p1 = [
  'Notes on the tomatoes in the polytunnel at the back of plot 14. Outdoor tomatoes are on ' +
    '<a href="/doku.php?id=garden:outdoor_tomatoes" class="wikilink1" title="garden:outdoor_tomatoes" data-wiki-id="garden:outdoor_tomatoes">a separate ' +
    'page</a>, because blight makes them a different game entirely.',
];
const p2 = ['What we have grown and what we thought of it. Yield is a rough guess from the notebook, per plant.'];
const table = [
  ['Gardener’s Delight', 'cherry', 'about 3 kg', 'Reliable every year, splits after heavy watering'],
  ['Sungold', 'cherry', 'about 3.5 kg', 'Sweetest we have grown, seed is expensive'],
  ['Ailsa Craig', 'standard', 'about 4 kg', 'Good flavour, slow to ripen in a cool year'],
  ['Marmande', 'beefsteak', 'about 2.5 kg', 'Huge fruit but few of them, gave up after 2023'],
];
const p3 = [
  'Sow on the kitchen windowsill in the second week of March, two seeds to a small pot, and thin to the stronger one. Pot on ' +
    'into 9 cm pots when the first true leaves are open. They go into the tunnel in early May, once night temperatures stay ' +
    'above 10 °C, planted deep so the stem below the first leaves is buried.',
  'We plant 45 cm apart in two rows along the south side and tie them to strings hung from the crossbar. Cordons only: pinch ' +
    'out every side shoot once a week, and stop the plants at six trusses in late July.',
];
const p4 = [
  'Water in the morning, deeply, every other day in hot weather. Irregular watering is behind most of our split fruit and ' +
    '<a href="#blossom_end_rot" title="garden:tomatoes ↵" class="wikilink1">blossom end rot</a>.',
  'Feed with comfrey tea once a week from the first truss setting. The comfrey bed is by the compost bays; the recipe is on ' +
    'the <a href="/doku.php?id=garden:comfrey" class="wikilink1" title="garden:comfrey" data-wiki-id="garden:comfrey">comfrey</a> page.',
];
const p5 = [
  'The tunnel has kept blight away in most years, but not in 2024, when it arrived in August after a week of warm wet ' +
    'weather and took every plant within ten days. Things that may help next time:',
];
const list = [
  'keep the doors open on humid days so the air moves',
  'water the soil, never the leaves',
  'remove the lower leaves up to the first truss once it has set',
  'pick all fruit that is showing colour as soon as blight is spotted and ripen it indoors',
];
const p6 = [
  'Black sunken patches at the bottom of the fruit. It is a calcium problem, but the soil has plenty of calcium: the plants ' +
    'cannot take it up when watering is uneven. It went away the year we set up the leaky hose on a timer.',
];
const side = {
  heads: ['Garden', 'Kitchen', 'House'],
  items: [
    ['Plot 14 map', 'Sowing calendar', 'Tomatoes under cover', 'Comfrey', 'Pests'],
    ['Preserving', 'Chutney recipes'],
    ['Boiler service log', 'Paint colours'],
  ],
};
const tools = ['skip to content', 'Log In', 'Search', 'Tools', 'Recent Changes', 'Media Manager', 'Sitemap'];
const pageTools = ['Show pagesource', 'Old revisions', 'Backlinks', 'Back to top'];
const license = 'Except where otherwise noted, content on this wiki is licensed under the following license: CC Attribution-Share Alike 4.0 International';
const P = (a: readonly string[]): string => a.map((t) => `<p>\n${t}\n</p>`).join('\n');
const id = (t: string): string => t.toLowerCase().replace(/ /g, '_');
const sec = (lvl: number, n: number, t: string, inner: string): string =>
  `<h${lvl} class="sectionedit${n}" id="${id(t)}">${t}</h${lvl}>\n<div class="level${lvl}">\n${inner}\n</div>\n${EDIT}`;
const EDIT = '<!-- EDIT{&quot;target&quot;:&quot;section&quot;} -->';
const li = (t: string, lvl = 1): string => `<li class="level${lvl}"><div class="li">${t}</div></li>`;
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js">
<head>
    <meta charset="utf-8" />
    <title>garden:tomatoes [Kitchen Garden Notes]</title>
    <meta name="generator" content="DokuWiki"/>
<meta name="theme-color" content="#008800"/>
<meta name="robots" content="index,follow"/>
<meta name="keywords" content="garden,tomatoes"/>
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="Kitchen Garden Notes"/>
<link rel="start" href="/"/>
<link rel="contents" href="/doku.php?id=garden:tomatoes&amp;do=index" title="Sitemap"/>
<link rel="manifest" href="/lib/exe/manifest.php"/>
<link rel="alternate" type="application/rss+xml" title="Recent Changes" href="/feed.php"/>
<link rel="canonical" href="https://wiki.farrow.example/doku.php?id=garden:tomatoes"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed=5d3d0c1a7f3e2b4c"/>
<script >var NS='garden';var JSINFO = {"id":"garden:tomatoes","namespace":"garden","ACT":"show","useHeadingNavigation":0,"useHeadingContent":0};</script>
<script src="/lib/exe/jquery.php?tseed=8faf3dc90234d51a499f4f428a0eae43" defer="defer"></script>
<script src="/lib/exe/js.php?t=dokuwiki&amp;tseed=5d3d0c1a7f3e2b4c" defer="defer"></script>
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <link rel="shortcut icon" href="/lib/tpl/dokuwiki/images/favicon.ico" />
</head>
<body>
    <div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki    showSidebar hasSidebar">
<div id="dokuwiki__header"><div class="pad group">
    <div class="headings group">
        <ul class="a11y skip"><li><a href="#dokuwiki__content">${tools[0]}</a></li></ul>
        <h1 class="logo"><a href="/doku.php?id=start" accesskey="h" title="Home [h]"><img src="/lib/exe/fetch.php?media=wiki:logo.png" width="64"
        height="64" alt="" /><span>Kitchen Garden Notes</span></a></h1>
        <p class="claim">What worked on plot 14, and what did not</p>
    </div>
    <div class="tools group">
        <div id="dokuwiki__usertools"><h3 class="a11y">User Tools</h3><ul>
        <li class="action login"><a href="/doku.php?id=garden:tomatoes&amp;do=login&amp;sectok=" title="${tools[1]}" rel="nofollow"><span>${tools[1]}</span>
        <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M10 17.25V14H3v-4h7V6.75L15.25 12 10 17.25"/></svg></a></li>
        </ul></div>
        <div id="dokuwiki__sitetools"><h3 class="a11y">Site Tools</h3>
        <form action="/doku.php?id=start" method="get" role="search" class="search doku_form" id="dw__search" accept-charset="utf-8">
        <input type="hidden" name="do" value="search" /><input type="hidden" name="id" value="garden:tomatoes" /><div class="no">
        <input name="q" type="text" class="edit" title="[F]" accesskey="f" placeholder="Search" autocomplete="on" id="qsearch__in" value="" />
        <button value="1" type="submit" title="Search">${tools[2]}</button><div id="qsearch__out" class="ajax_qsearch JSpopup"></div></div></form>
        <div class="mobileTools"><form action="/doku.php" method="get" accept-charset="utf-8"><div class="no">
        <input type="hidden" name="id" value="garden:tomatoes" /><select name="do" class="edit quickselect" title="${tools[3]}">
        <option value="">${tools[3]}</option><optgroup label="Page Tools"><option value="edit">${pageTools[0]}</option>
        <option value="revisions">${pageTools[1]}</option><option value="backlink">${pageTools[2]}</option></optgroup>
        <optgroup label="Site Tools"><option value="recent">${tools[4]}</option><option value="media">${tools[5]}</option><option
value="index">${tools[6]}</option>
        </optgroup><optgroup label="User Tools"><option value="login">${tools[1]}</option></optgroup></select>
        <button type="submit">&gt;</button></div></form></div>
        <ul>
        <li class="action recent"><a href="/doku.php?id=garden:tomatoes&amp;do=recent" title="Recent Changes [r]" rel="nofollow"
accesskey="r">${tools[4]}</a></li>
        <li class="action media"><a href="/doku.php?id=garden:tomatoes&amp;do=media&amp;ns=garden" title="Media Manager" rel="nofollow">${tools[5]}</a></li>
        <li class="action index"><a href="/doku.php?id=garden:tomatoes&amp;do=index" title="Sitemap [x]" rel="nofollow" accesskey="x">${tools[6]}</a></li>
        </ul></div>
    </div>
    <div class="breadcrumbs"><div class="trace"><span class="bchead">Trace:</span> <span class="bcsep">•</span>
    <bdi><a href="/doku.php?id=start" class="breadcrumbs" title="start">start</a></bdi> <span class="bcsep">•</span>
    <bdi><a href="/doku.php?id=garden:comfrey" class="breadcrumbs" title="garden:comfrey">comfrey</a></bdi> <span class="bcsep">•</span>
    <span class="curid"><bdi><a href="/doku.php?id=garden:tomatoes" class="breadcrumbs" title="garden:tomatoes">tomatoes</a></bdi></span></div></div>
    <hr class="a11y" />
</div></div>
<div class="wrapper group">
<div id="dokuwiki__aside"><div class="pad aside include group">
<h3 class="toggle">Sidebar</h3>
<div class="content"><div class="group">
${side.heads
  .map(
    (hd, i) =>
      `<h2 id="${id(hd)}">${hd}</h2>\n<div class="level2"><ul>\n${(side.items[i] ?? [])
        .map((t) =>
          li(`<a href="/doku.php?id=${id(t)}"
class="wikilink1" title="${id(t)}">${t}</a>`),
        )
        .join('\n')}\n</ul>\n</div>`,
  )
  .join('\n')}
</div></div>
</div></div>
<div id="dokuwiki__content"><div class="pad group">
<div class="pageId"><span>garden:tomatoes</span></div>
<div class="page group">
<!-- TOC START -->
<div id="dw__toc" class="dw__toc">
<h3 class="toggle">Table of Contents</h3>
<div>
<ul class="toc">
${li(`<a href="#${id(title)}">${title}</a>`)}
<li class="clear"><ul class="toc">
${h
  .slice(0, 3)
  .map((t) => li(`<a href="#${id(t)}">${t}</a>`, 2))
  .join('\n')}
<li class="level2"><div class="li"><a href="#${id(h[3] ?? '')}">${h[3]}</a></div><ul class="toc">
${h
  .slice(4)
  .map((t) => li(`<a href="#${id(t)}">${t}</a>`, 3))
  .join('\n')}
</ul></li>
</ul></li>
</ul>
</div>
</div>
<!-- TOC END -->
${sec(1, 1, title, P(p1))}
${sec(
  2,
  2,
  h[0] ?? '',
  `${P(p2)}\n<div class="table sectionedit3"><table class="inline">
\t<thead>\n\t<tr class="row0">\n\t\t<th class="col0">Variety</th><th class="col1">Type</th><th class="col2">Yield</th><th
class="col3">Notes</th>\n\t</tr>\n\t</thead>
${table.map((r, i) => `\t<tr class="row${i + 1}">\n${r.map((c, j) => `\t\t<td class="col${j}">${c}</td>`).join('')}\n\t</tr>`).join('\n')}
</table></div>`,
)}
${sec(2, 4, h[1] ?? '', P(p3))}
${sec(2, 5, h[2] ?? '', P(p4))}
${sec(2, 6, h[3] ?? '', '')}
${sec(3, 7, h[4] ?? '', `${P(p5)}\n<ul>\n${list.map((t) => li(t)).join('\n')}\n</ul>`)}
${sec(3, 8, h[5] ?? '', P(p6))}
</div>
<div class="docInfo"><bdi>garden/tomatoes.txt</bdi> · Last modified: 2025/06/14 21:07 by <bdi>mfarrow</bdi></div>
</div></div>
<div id="dokuwiki__pagetools"><h3 class="a11y">Page Tools</h3><div class="tools"><ul>
<li class="source"><a href="/doku.php?id=garden:tomatoes&amp;do=edit" title="${pageTools[0]} [v]" rel="nofollow" accesskey="v">
<span>${pageTools[0]}</span></a></li>
<li class="revs"><a href="/doku.php?id=garden:tomatoes&amp;do=revisions" title="${pageTools[1]} [o]" rel="nofollow" accesskey="o">
<span>${pageTools[1]}</span></a></li>
<li class="backlink"><a href="/doku.php?id=garden:tomatoes&amp;do=backlink" title="${pageTools[2]}" rel="nofollow"><span>${pageTools[2]}</span></a></li>
<li class="top"><a href="#dokuwiki__top" title="${pageTools[3]} [t]" rel="nofollow" accesskey="t"><span>${pageTools[3]}</span></a></li>
</ul></div></div>
</div>
<div id="dokuwiki__footer"><div class="pad">
<div class="license">Except where otherwise noted, content on this wiki is licensed under the following license: <bdi><a
href="https://creativecommons.org/licenses/by-sa/4.0/deed.en" rel="license" class="urlextern">CC Attribution-Share Alike 4.0 International</a></bdi></div>
<div class="buttons"><a href="https://creativecommons.org/licenses/by-sa/4.0/deed.en" rel="license"><img src="/lib/images/license/button/cc-by-sa.png"
width="80" height="15" alt="CC Attribution-Share Alike 4.0 International" /></a>
<a href="https://www.dokuwiki.org/donate" title="Donate"><img src="/lib/tpl/dokuwiki/images/button-donate.gif" width="80" height="15" alt="Donate" /></a>
<a href="https://php.net" title="Powered by PHP"><img src="/lib/tpl/dokuwiki/images/button-php.gif" width="80" height="15" alt="Powered by PHP" /></a>
<a href="https://dokuwiki.org/" title="Driven by DokuWiki"><img src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15"
alt="Driven by DokuWiki" /></a></div>
</div></div>
</div></div>
<div class="no"><img src="/lib/exe/taskrunner.php?id=garden%3Atomatoes&amp;1749928025" width="2" height="1" alt="" /></div>
<div id="screen__mode" class="no"></div>
</body>
</html>`;
const dokuwiki: TestPage = {
  html,
  name: 'heldout205-dokuwiki-personal-wiki',
  kind: 'wiki',
  // the page's first heading is the title; the h2 and h3 sections are the headings (including "Problems we have had",
  // which holds only h3 subsections); table data cells are body; the TOC repeats the headings and is left out, its title
  // is furniture; the sidebar's own headings and links, the page id, breadcrumbs, tools, docInfo file name and the
  // footer are furniture; "Last modified: ... by mfarrow" is the byline; the breadcrumb "tomatoes" and the sidebar link
  // "Tomatoes under cover" are words of the title and left out, as is the breadcrumb "comfrey" (same as a sidebar link)
  title,
  headings: [...h],
  body: [...texts(p1), ...p2, ...table.flat(), ...p3, ...texts(p4), ...p5, ...list, ...p6],
  bylines: ['Last modified: 2025/06/14 21:07 by mfarrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tools, 'Kitchen Garden Notes', 'What worked on plot 14, and what did not', 'User Tools', 'Site Tools', 'Trace:', 'start', 'Sidebar',
    ...side.heads, ...side.items.flat().filter((t) => t !== 'Tomatoes under cover'),
    'garden:tomatoes', 'Table of Contents', 'garden/tomatoes.txt', 'Page Tools',
    ...pageTools, license,
  ],
};

export const HELDOUT205_E: readonly TestPage[] = [dokuwiki, digestPage];
