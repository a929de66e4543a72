/**
 * Held-out batch 37, file e3: the Docusaurus chrome of the blog post in file e2 (head, the inline theme script, announcement bar,
 * skip link, navbar with brand, links, version dropdown, GitHub link, colour-mode toggle and DocSearch button, and the dark
 * footer with its link columns and copyright), split out to keep each file short; Docusaurus serves it minified.
 */
export const dcNavLinks = ['Docs', 'Blog'];
export const dcFooter: [string, string[]][] = [
  ['Docs', ['Getting started', 'Configuration reference', 'Migration guide']],
  ['Community', ['GitHub Discussions', 'Discord', 'Mastodon']],
  ['More', ['Blog', 'Changelog', 'Security policy']],
];
const ext = '<svg width="13.5" height="13.5" aria-hidden="true" class="iconExternalLink_nPIU"><use href="#theme-svg-external-link"></use></svg>';

/** `<!DOCTYPE>` to the open main wrapper. */
export const dcTop = (title: string, desc: string): string =>
  [
    '<!doctype html>\n<html lang="en" dir="ltr" class="blog-wrapper blog-post-page plugin-blog plugin-id-default" data-has-hydrated="false">\n',
    '<head>\n<meta charset="UTF-8">\n<meta name="generator" content="Docusaurus v3.8.1">\n',
    `<title data-rh="true">${title} | Tidewater</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">`,
    `<meta data-rh="true" property="og:title" content="${title} | Tidewater"><meta data-rh="true" name="description" content="${desc}">`,
    '<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="2025-05-20',
    'T00:00:00.000Z"><link data-rh="true" rel="canonical" href="https://tidewater.example/blog/tidewater-3-0"><script data-rh="true" ',
    `type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${title}","datePublished":`,
    '"2025-05-20T00:00:00.000Z","author":[{"@type":"Person","name":"Lena Vogt"},{"@type":"Person","name":"Arjun Mehta"}],"keywords":[]}',
    '</script><link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="Tidewater RSS Feed">',
    '<link rel="stylesheet" href="/assets/css/styles.4e1f9a2c.css">\n<script src="/assets/js/runtime~main.8a3b1c0d.js" defer="defer"></script>\n',
    '<script src="/assets/js/main.c5d2e7f1.js" defer="defer"></script>\n</head>\n<body class="navigation-with-keyboard">\n',
    '<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><defs>\n<symbol id="theme-svg-external-link" viewBox="0 0 24 24"><path ',
    'fill="currentColor" d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2z"/></symbol>\n</defs></svg>\n<script>!function(){var t=function(){try{',
    'return new URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}}()||function(){try{return window.localStorage.',
    'getItem("theme")}catch(t){}}();document.documentElement.setAttribute("data-theme",t||"light")}()</script><div id="__docusaurus">',
    '<div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to ',
    'main content</a></div><div class="theme-announcement-bar announcementBar_mb4j" style="background-color:#0b3d5c;color:#fff" role=',
    '"banner"><div class="announcementBarPlaceholder_vyr4"></div><div class="content_knG7 announcementBarContent_xLdY">⭐️ If you like Tidewater',
    ', give it a star on <a target="_blank" rel="noopener noreferrer" href="https://github.com/tidewater-sync/tidewater">GitHub</a>! ⭐️</div>',
    '<button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" ',
    'width="14" height="14"><g stroke="currentColor" stroke-width="3.1"><path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg>',
    '</button></div><nav aria-label="Main" class="theme-layout-navbar navbar navbar--fixed-top"><div class="navbar__inner"><div class="',
    'theme-layout-navbar-left navbar__items"><button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn"',
    ' type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" d="M4 7h22M4 15h22M4 23h22">',
    '</path></svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Tidewater logo" ',
    'class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Tidewater</b></a>',
    '<a class="navbar__item navbar__link" href="/docs/intro">Docs</a><a aria-current="page" class="navbar__item navbar__link ',
    'navbar__link--active" href="/blog">Blog</a></div><div class="theme-layout-navbar-right navbar__items navbar__items--right"><div class="',
    'navbar__item dropdown dropdown--hoverable dropdown--right"><a href="#" aria-haspopup="true" aria-expanded="false" role="button" class="',
    'navbar__link">3.0</a><ul class="dropdown__menu"><li><a class="dropdown__link" href="/docs/intro">3.0</a></li><li><a class="dropdown__link"',
    ' href="/docs/2.x/intro">2.x</a></li></ul></div><a href="https://github.com/tidewater-sync/tidewater" target="_blank" rel="noopener ',
    `noreferrer" class="navbar__item navbar__link">GitHub${ext}</a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn `,
    'toggleButton_gllP toggleButtonDisabled_aARS" type="button" disabled="" title="system mode" aria-label="Switch between dark and light ',
    'mode (currently system mode)"><svg viewBox="0 0 24 24" width="24" height="24" class="toggleIcon_g3eP systemToggleIcon_QzmC"><path ',
    'fill="currentColor" d="m12 21c4.971 0 9-4.029 9-9s-4.029-9-9-9"></path></svg></button></div><div class="navbarSearchContainer_Bca1">',
    '<button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span class="DocSearch-Button-Container"><svg ',
    'width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M14.386 14.386l4.0877 4.0877"></path>',
    '</svg><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"></span></button></div></div>',
    '</div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav><div id="__docusaurus_skipToContent_fallback" class="',
    'theme-layout-main main-wrapper mainWrapper_z2l0"><div class="container margin-vert--lg"><div class="row">',
  ].join('');

/** The close of the main wrapper, the footer and the end of the page. */
export const dcBottom = [
  '</div></div></div><footer class="theme-layout-footer footer footer--dark"><div class="container container-fluid"><div class="row ',
  'footer__links">',
  ...dcFooter.map(
    ([h, items]) =>
      `<div class="theme-layout-footer-column col footer__col"><div class="footer__title">${h}</div><ul class="footer__items clean-list">` +
      items.map((t) => `<li class="footer__item"><a class="footer__link-item" href="/${t.length}">${t}</a></li>`).join('') +
      '</ul></div>',
  ),
  '</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 The Tidewater Authors. Built with ',
  'Docusaurus.</div></div></div></footer></div>\n</body>\n</html>',
].join('');
