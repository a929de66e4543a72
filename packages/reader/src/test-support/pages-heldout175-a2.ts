import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 175, file a2: a Jewish Virtual Library biography on its WordPress theme (the AICE top strip with
 * "Donate", the logo and mega-menu categories, the search box, the breadcrumb, the print/share icons, the portrait with
 * caption, the article with its "Sources" line, the "Download our mobile app" box, the donate appeal, the "Related
 * Articles" rail, the category tags and the AICE footer).
 */
const jvTitle = 'Miriam Adelsberg';
const jvDates = '(1887 - 1961)';
const jvP1 = [
  'Miriam Adelsberg was a Hebrew educator and the founder of the first kindergarten in the Galilee town of Kfar Tamir to teach ' +
    'entirely in Hebrew. Over four decades she trained more than three hundred teachers, and the songbook she compiled for young ' +
    'children remained in use in the country\u2019s preschools well into the 1970s.',
  'Adelsberg was born in 1887 in the market town of Zolkiewka, in the Lublin region, the third of seven children of Natan ' +
    'Adelsberg, a grain merchant, and his wife Hinde. She attended a modern heder for girls, where she learned Hebrew as a living ' +
    'language, and at sixteen went to Warsaw to study at the Froebel seminary for kindergarten teachers.',
];
const jvH1 = 'Immigration and Early Work';
const jvP2 = [
  'In 1910 Adelsberg immigrated to Ottoman Palestine with a group of young teachers from Warsaw. She worked first in Jaffa, in a ' +
    'kindergarten run by the Hilfsverein, but left after a year when the school\u2019s board insisted that German be used alongside ' +
    'Hebrew in the classroom.',
  'In 1912 she moved to Kfar Tamir, then a farming settlement of forty families, and opened a kindergarten in a rented room with ' +
    'eleven pupils. Few of the children spoke Hebrew at home. Adelsberg wrote her own songs and games for them, set Hebrew words ' +
    'to Yiddish and Arabic folk melodies, and made picture cards for the names of plants and animals of the region.',
];
const jvH2 = 'Teacher Training';
const jvP3 = [
  'After the First World War, the Zionist Commission asked Adelsberg to train teachers for the kindergartens that were opening in ' +
    'new settlements. Her course in Kfar Tamir, which began in 1921 with six students, became a two-year seminary in 1929. ' +
    'Students spent their mornings in the kindergarten and their afternoons studying pedagogy, Hebrew literature and nature study.',
  'Adelsberg insisted that her students learn to play an instrument and to tell stories without a book. She published her ' +
    'methods in a short handbook, <i>Ha-Gan ve-ha-Yeled</i> (The Garden and the Child), in 1934, and her songbook, <i>Shirei ' +
    'Gan</i>, in 1938.',
];
const jvH3 = 'Later Life';
const jvP4 = [
  'Adelsberg retired from the seminary in 1952 but continued to visit kindergartens in the north until shortly before her death. ' +
    'She never married. She died in Kfar Tamir on March 14, 1961, and a street and a school in the town are named after her.',
];
const jvSources = 'Sources: Tova Ben-Ari, Pioneers of the Hebrew Kindergarten (Haifa, 1998); Kfar Tamir Municipal Archive.';
const jvStrip = ['About Us', 'Contact Us', 'Newsletter', 'Donate'];
const jvMenu = ['Anti-Semitism', 'Biography', 'History', 'Holocaust', 'Israel', 'Maps', 'Politics', 'Religion', 'Travel', 'US-Israel', 'Women'];
const jvCrumbs = ['Home', 'Biography', 'Educators'];
const jvShare = ['Print', 'Email', 'Facebook', 'Twitter'];
const jvCaption = 'Miriam Adelsberg with pupils in Kfar Tamir, 1925 (Kfar Tamir Municipal Archive)';
const jvApp = 'Download our mobile app for on-the-go access to the Jewish Virtual Library';
const jvAppeal = [
  'The Jewish Virtual Library is a project of the American-Israeli Cooperative Enterprise. Your support keeps it free for millions ' + 'of readers each year.',
];
const jvRelated = ['Women in Israel: The Early Settlements', 'History of Hebrew Education', 'The Revival of the Hebrew Language', 'Kfar Tamir'];
const jvTags = ['Educators', 'Women', 'Second Aliyah'];
const jvFoot = ['Privacy Policy', 'Terms of Use', 'Advertise', 'Sitemap'];
const jvCopy = 'Copyright © 1998 - 2025 American-Israeli Cooperative Enterprise. All rights reserved.';
const jvHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Miriam Adelsberg - Jewish Virtual Library</title>
<meta name="description" content="Miriam Adelsberg was a Hebrew educator and the founder of the first Hebrew kindergarten in Kfar Tamir.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Jewish Virtual Library">
<meta property="og:title" content="Miriam Adelsberg"><link rel="canonical" href="https://www.jewishvirtuallibrary.org/miriam-adelsberg">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.jewishvirtuallibrary.org/miriam-adelsberg",
"name":"Miriam Adelsberg - Jewish Virtual Library","isPartOf":{"@id":"https://www.jewishvirtuallibrary.org/#website"},
"datePublished":"2019-06-02T09:14:11+00:00",
"dateModified":"2024-02-11T15:40:02+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="jvl-style-css" href="https://www.jewishvirtuallibrary.org/wp-content/themes/jvl/style.css?ver=6.4.3" media="all">
<script src="https://www.googletagmanager.com/gtag/js?id=UA-1423876-1" async></script></head>
<body class="post-template-default single single-post postid-48213 single-format-standard">
<div class="top-strip"><div class="container"><ul class="top-strip-menu">${links(jvStrip)}</ul></div></div>
<header id="masthead" class="site-header" role="banner"><div class="container"><div class="site-branding">
<a href="https://www.jewishvirtuallibrary.org/" rel="home"><img src="/wp-content/themes/jvl/images/jvl-logo.png" alt="Jewish Virtual Library"></a>
<p class="site-description">A Project of AICE</p></div>
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s"></label><input type="submit" class="search-submit" value="Search"></form>
<nav id="site-navigation" class="main-navigation" role="navigation"><button class="menu-toggle" aria-controls="primary-menu">Menu</button>
<ul id="primary-menu" class="menu">${links(jvMenu, 'menu-item menu-item-type-taxonomy')}</ul></nav></div></header>
<div id="content" class="site-content container"><div class="row"><div id="primary" class="content-area col-md-8"><main id="main" class="site-main">
<div class="breadcrumbs" typeof="BreadcrumbList"><span><a href="/">${jvCrumbs[0]}</a></span> &raquo; <span><a href="/biography">${jvCrumbs[1]}</a></span>
&raquo; <span><a href="/educators">${jvCrumbs[2]}</a></span></div>
<article id="post-48213" class="post-48213 post type-post status-publish format-standard hentry category-biography">
<header class="entry-header"><h1 class="entry-title">${jvTitle}</h1><h3 class="entry-subtitle">${jvDates}</h3>
<div class="print-share"><ul class="share-icons">
${jvShare.map((t) => `<li><a class="share-${t.toLowerCase()}" href="#" title="${t}">${t}</a></li>`).join('')}</ul></div>
</header>
<div class="entry-content">
<figure class="wp-caption alignright" style="width: 250px"><img src="/images/bios/adelsberg.jpg" alt="" width="250" height="320">
<figcaption class="wp-caption-text">${jvCaption}</figcaption></figure>
${ps(jvP1)}
<h2>${jvH1}</h2>
${ps(jvP2)}
<h2>${jvH2}</h2>
${ps(jvP3)}
<h2>${jvH3}</h2>
${ps(jvP4)}
<hr><p class="sources"><small>${jvSources}</small></p>
<div class="app-promo"><a href="https://apps.apple.com/app/jewish-virtual-library"><img src="/images/app-badge.png" alt=""> ${jvApp}</a></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: ${jvTags.map((t) => `<a href="/tag/${t}" rel="tag">${t}</a>`).join(', ')}</span></footer>
</article>
<div class="donate-appeal"><h3>Support the Jewish Virtual Library</h3>${ps(jvAppeal)}<a class="btn btn-donate" href="/donate">Donate Now</a></div>
</main></div>
<aside id="secondary" class="widget-area col-md-4" role="complementary"><section class="widget widget_related"><h2 class="widget-title">Related Articles</h2>
<ul>${links(jvRelated)}</ul></section>
<section class="widget widget_text"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-sidebar" style="min-height:250px"></div></section></aside>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="container"><ul class="footer-menu">${links(jvFoot)}</ul>
<p class="copyright">${jvCopy}</p></div></footer>
<script src="/wp-content/themes/jvl/js/navigation.js?ver=20151215"></script></body></html>`;
export const jvlPage: TestPage = {
  html: jvHtml,
  name: 'heldout175-jewishvirtuallibrary-biography',
  kind: 'wiki',
  // the life dates under the title are in neither list; the "Sources:" line is a part of the article (body)
  title: jvTitle,
  headings: [jvH1, jvH2, jvH3],
  body: texts([...jvP1, ...jvP2, ...jvP3, ...jvP4, jvSources]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...jvStrip, 'A Project of AICE', 'Search for:', 'Menu', ...jvMenu.filter((t) => t !== 'Women'), 'Educators', ...jvShare, jvCaption, jvApp,
    'Tags: Educators, Women, Second Aliyah', 'Support the Jewish Virtual Library', ...jvAppeal, 'Donate Now', 'Related Articles', ...jvRelated,
    'Advertisement', ...jvFoot, jvCopy,
  ],
};
