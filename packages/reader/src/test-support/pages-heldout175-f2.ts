import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 175, file f2: a Dictionary of Irish Biography entry on the Royal Irish Academy's Drupal site (the RIA
 * strip, the DIB logo and menu, the search form, the h1 with the life dates and occupation line, the entry text, "Sources",
 * the author, "Published" and "Revised" lines, the "Download PDF" and "Cite" tools with the hidden citation dialog, the
 * share links, "Related Biographies", the newsletter box, the cookie notice and the RIA footer).
 */
const dbTitle = 'Keaveney, Brigid Mary';
const dbSub = 'Keaveney, Brigid Mary (1871\u20131948), teacher and trade unionist, was born 12 February 1871 in Ballinacurra, Co. Limerick.';
const dbP = [
  'Brigid Mary Keaveney (1871\u20131948), teacher and trade unionist, was born 12 February 1871 in Ballinacurra, Co. Limerick, the ' +
    'second daughter among six children of Michael Keaveney, a cooper, and his wife Johanna (n\u00e9e Hartigan). She was educated at ' +
    'the Presentation convent school in Limerick and trained as a national teacher at the Mary Immaculate training college, ' +
    'qualifying in 1891.',
  'Her first post was as an assistant in a two-teacher school at Kilteely, where she remained for eleven years. Appointed principal ' +
    'of Cappamore girls\u2019 national school in 1902, she was soon in conflict with the manager, a parish priest who objected to her ' +
    'teaching of Irish outside school hours and to her membership of the Gaelic League. A dispute over her salary arrears, which ' +
    'she took to the commissioners of national education in 1906, was settled in her favour and made her name among teachers in ' +
    'the county.',
  'Keaveney joined the Irish National Teachers\u2019 Organisation (INTO) in 1893 and was elected to its central executive committee ' +
    'in 1912, one of the first women to serve on it. She argued persistently for equal pay for women teachers, who were paid ' +
    'about a fifth less than men of the same grade, and for the right of married women to keep their posts. Her pamphlet ' +
    '<i>The Woman Teacher\u2019s Case</i> (1917) was widely circulated and was cited in evidence to the vice-regal committee on ' +
    'primary education in 1918.',
  'During the teachers\u2019 dispute of 1920 she organised a fund for the families of teachers dismissed for refusing to take ' +
    'the oath of allegiance, and she travelled through Munster raising money for it. She was vice-president of the INTO in ' +
    '1924\u20135 but was defeated for the presidency in 1926, an outcome she attributed in a letter to her sister to \u2018the ' +
    'gentlemen of the executive, who prefer a woman to make the tea\u2019.',
  'Keaveney retired in 1931 and lived with her sister in Limerick, where she taught Irish classes for adults until her sight ' +
    'failed. She never married. She died on 3 March 1948 at St John\u2019s Hospital, Limerick, and was buried in Mount St Lawrence ' +
    'cemetery. The INTO established a scholarship in her name in 1950.',
];
const dbSrcH = 'Sources';
const dbSrc = [
  'INTO archives, Dublin, central executive committee minutes, 1912\u201326; <i>Irish School Weekly</i>, 13 Mar. 1948; ' +
    'T. J. O\u2019Connell, <i>History of the INTO</i> (1968); information from the Keaveney family.',
];
const dbAuthor = 'Siobhán Ní Dhubhghaill';
const dbPub = 'Published October 2009';
const dbRev = 'Last revised June 2023';
const dbStrip = ['Royal Irish Academy', 'Academy Publications', 'Shop'];
const dbMenu = ['Home', 'Browse', 'Explore', 'About', 'Contact', 'Log in'];
const dbTools = ['Download PDF', 'Cite', 'Permalink'];
const dbCiteBox = ['Cite this entry', 'Copy citation', 'Close'];
const dbShare = ['Share', 'Facebook', 'X', 'Email'];
const dbRelated = ['Hartigan, Johanna', 'O\u2019Connell, Thomas J.', 'Mulcahy, Ellen'];
const dbNews = ['Subscribe to the DIB newsletter', 'Email address', 'Subscribe'];
const dbCookie = 'This website uses cookies to improve your experience. Find out more in our cookie policy.';
const dbFoot = ['Accessibility', 'Privacy', 'Terms of use', 'Royal Irish Academy, 19 Dawson Street, Dublin 2', '© 2025 Royal Irish Academy'];
const dbCite = 'Ní Dhubhghaill, Siobhán, \u2018Keaveney, Brigid Mary\u2019, Dictionary of Irish Biography. https://doi.org/10.3318/dib.009871.v1';
const dbHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Keaveney, Brigid Mary | Dictionary of Irish Biography</title>
<meta name="description" content="${dbSub}"><link rel="canonical" href="https://www.dib.ie/biography/keaveney-brigid-mary-a9871">
<meta name="citation_author" content="Ní Dhubhghaill, Siobhán"><meta name="citation_doi" content="10.3318/dib.009871.v1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Keaveney, Brigid Mary",
"author":{"@type":"Person","name":"Siobhán Ní Dhubhghaill"},"datePublished":"2009-10-01","dateModified":"2023-06-01",
"publisher":{"@type":"Organization","name":"Royal Irish Academy"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_dib_x1.css"><script src="/core/misc/drupal.js?v=10.2.4"></script></head>
<body class="path-node page-node-type-biography">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="ria-strip"><ul>${links(dbStrip)}</ul></div>
<header role="banner" class="site-header"><a href="/" class="site-logo"><img src="/themes/custom/dib/logo.svg" alt="Dictionary of Irish Biography"></a>
<nav role="navigation" aria-labelledby="block-dib-main-menu-menu"><h2 class="visually-hidden" id="block-dib-main-menu-menu">Main navigation</h2>
<ul class="menu">${links(dbMenu, 'menu-item')}</ul></nav>
<form class="search-block-form" action="/search"><label for="edit-keys" class="visually-hidden">Search</label><input id="edit-keys" type="search" name="keys">
<input type="submit" value="Search"></form></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<article class="node node--type-biography node--view-mode-full">
<h1 class="page-title"><span class="field--name-title">${dbTitle}</span></h1>
<div class="biography-tools"><ul>${dbTools.map((t) => `<li><a href="#" class="tool-${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></div>
<div class="field field--name-body field--type-text-with-summary">
${ps(dbP)}
<h2>${dbSrcH}</h2>
${ps(dbSrc)}
</div>
<div class="biography-meta"><p class="field--name-field-author">${dbAuthor}</p><p class="published">${dbPub}</p><p class="revised">${dbRev}</p></div>
<div class="citation-dialog" role="dialog" aria-hidden="true" style="display:none"><h2>${dbCiteBox[0]}</h2><p>${dbCite}</p>
<button>${dbCiteBox[1]}</button><button>${dbCiteBox[2]}</button></div>
<div class="share-links"><span>${dbShare[0]}</span>${dbShare
  .slice(1)
  .map((t) => `<a href="#">${t}</a>`)
  .join('')}</div></article>
<section class="related-biographies"><h2>Related Biographies</h2><ul>${links(dbRelated)}</ul></section>
<section class="newsletter"><h2>${dbNews[0]}</h2><label>${dbNews[1]}<input type="email"></label><button>${dbNews[2]}</button></section>
</div></main>
<div class="cookie-compliance" role="alert"><p>${dbCookie}</p><button>Accept</button><button>Decline</button></div>
<footer role="contentinfo" class="site-footer"><ul>${links(dbFoot)}</ul></footer>
<script src="/themes/custom/dib/js/dib.js"></script></body></html>`;
export const dibPage: TestPage = {
  html: dbHtml,
  name: 'heldout175-dib-irish-biography',
  kind: 'wiki',
  // "Sources" is a part of the entry (heading and body); the author, "Published" and "Revised" lines and the citation in
  // the hidden dialog are bylines
  title: dbTitle,
  headings: [dbSrcH],
  body: texts([...dbP, ...dbSrc]),
  bylines: [dbAuthor, dbPub, dbRev, dbCite],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...dbStrip, ...dbMenu, 'Main navigation', 'Search', ...dbTools, ...dbCiteBox, ...dbShare, 'Related Biographies', ...dbRelated,
    ...dbNews, dbCookie, 'Accept', 'Decline', ...dbFoot,
  ],
};
