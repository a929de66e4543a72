import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout495-kit.js';

/**
 * Held-out batch 495, file e: a community cinema's spring season page on Webflow (a CMS collection list of films and a
 * newsletter form), and a film society's long programme notes on Hugo (PaperMod theme, with a table of contents).
 */
const rTitle = 'Spring Season 2026';
const rIntro = j(
  'Six Friday nights of films you might have missed, shown on the big screen in the Old Corn Store with a bar, a short introduction',
  'and the chance to talk about it afterwards. Tickets are £7, or £30 for the whole season.',
);
const rFilms: readonly (readonly [string, string, string])[] = [
  [
    'Marrow Island',
    'Friday 6 March, 7.30pm',
    'A marine biologist is stranded on a North Sea island with a stranger. Introduced by director Anouk Delacroix-Penn.',
  ],
  ['The Paper Orchestra', 'Friday 20 March, 7.30pm', 'A warm documentary about a Lisbon school band that makes its instruments from recycled card.'],
  ['Low Tide at Kessing', 'Friday 3 April, 7.30pm', 'A slow, funny portrait of a seaside town out of season. Relaxed screening with the lights left up.'],
  ['Northbound', 'Friday 17 April, 7.30pm', 'Two retired train drivers take the sleeper to the far north one last time. Subtitled.'],
];
const rNav = ['Home', 'Programme', 'Membership', 'Venue', 'Contact'];
const rHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 09 2026 10:12:41 GMT+0000 -->
<html data-wf-domain="www.reelroom.film" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65f1a2b3c4d5e6f708192a30" lang="en"><head><meta charset="utf-8">
<title>Spring Season 2026 | The Reel Room</title><meta content="Six Friday nights of films you might have missed." name="description">
<meta content="Spring Season 2026 | The Reel Room" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/css/reelroom.webflow.shared.4f2c9a.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65f1/logo.svg"
loading="lazy" alt="The Reel Room" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${rNav
  .map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link">${n}</a>`)
  .join('')}<a href="/book" class="button nav-button w-button">Book tickets</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Community cinema · Old Corn Store</div>
<h1 class="heading-xl">${rTitle}</h1><p class="paragraph-large">${rIntro}</p>
<a href="/season-ticket" class="button w-button">Buy a season ticket</a></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="w-dyn-list"><div role="list" class="film-grid w-dyn-items">
${rFilms
  .map(
    ([
      t,
      d,
      s,
    ]) => `<div role="listitem" class="film-card w-dyn-item"><a href="/films/${t.toLowerCase().replace(/ /g, '-')}" class="film-card-link w-inline-block">
<img src="https://assets-global.website-files.com/65f1/${t.length}.jpg" loading="lazy" alt="" class="film-card-image"><h3 class="film-card-title">${t}</h3>
<div class="film-card-date">${d}</div><p class="film-card-summary">${s}</p><div class="text-link">Find out more →</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section newsletter"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-m">Never miss a screening</h2>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form" aria-label="Email Form">
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email address" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div><div class="footer-heading">The Reel Room</div>
<p class="footer-text">Old Corn Store, Wharf Road, Saltmarsh SL3 9QA</p></div><div><div class="footer-heading">Follow</div>
<a href="https://instagram.com/reelroomfilm" class="footer-link">Instagram</a><a href="https://facebook.com/reelroomfilm" class="footer-link">Facebook</a></div>
</div>
<div class="footer-legal">© 2026 The Reel Room CIC. Films licensed by Filmbank.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1a2b3c4d5e6f708192a30" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/js/webflow.5b1c2d.js" type="text/javascript"></script></body></html>`;
const webflowSeason: TestPage = finish({
  name: 'heldout495-webflow-cinema-season',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rFilms.map(([t]) => t),
  body: texts([rIntro, ...rFilms.flatMap(([, d, s]) => [d, s])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'Book tickets', 'Community cinema · Old Corn Store', 'Buy a season ticket', 'Find out more →', 'Never miss a screening', 'The Reel Room',
    'Old Corn Store, Wharf Road, Saltmarsh SL3 9QA', 'Follow', 'Instagram', 'Facebook', '© 2026 The Reel Room CIC. Films licensed by Filmbank.',
  ],
});

const hTitle = 'Programme notes: The Winter Lantern (1958)';
const hDek = 'Notes for our screening on 23 January of Ilse Varnholm\u2019s forgotten Danish-British ghost story, newly restored.';
const hSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'A film that almost disappeared',
    [
      j(
        'For most of the last sixty years, <em>The Winter Lantern</em> was known only from a handful of stills and a few lines in',
        'trade papers. It opened in two London cinemas in December 1958, was withdrawn after a fortnight, and its negative was thought',
        'to have been lost when the Halvergate laboratory flooded in 1967. The print we are showing tonight comes from a nitrate copy',
        'found in 2021 in the loft of a former projectionist\u2019s house in Aarhus, and restored over three years by the Nordisk Film Archive.',
      ),
      j(
        'That it was forgotten at all is a puzzle. The film had a respected director, a popular star and a good deal of money behind it.',
        'Reviews were mixed rather than hostile. The most likely answer is timing: it arrived in the same month as two much louder horror',
        'films, and its distributor, already in financial trouble, simply stopped paying for advertisements.',
      ),
    ],
  ],
  [
    'Ilse Varnholm',
    [
      j(
        'Varnholm was born in Copenhagen in 1914 and began as a continuity clerk at a Danish studio before moving to London in 1946 with',
        'her English husband, the cameraman Arthur Leigh. Between 1949 and 1961 she directed six features in Britain, unusual enough for',
        'a woman at the time that the trade press nearly always mentioned it, usually in the first line.',
      ),
      j(
        'Her earlier films were modest comedies and a well-liked children\u2019s adventure, <em>The Kite Runners of Dover Street</em>. <em>The',
        'Winter Lantern</em> was her most personal project, adapted from a story her grandmother used to tell about a lighthouse on the',
        'west coast of Jutland. She wrote the screenplay herself, in English, and insisted on shooting the exteriors in Denmark in January,',
        'which nearly doubled the budget.',
      ),
      j(
        'After the film\u2019s failure she directed only one more feature before moving into television, where she made more than forty',
        'episodes of drama series through the 1960s. She died in 1989, a year before her films were first shown together at a festival',
        'in Odense.',
      ),
    ],
  ],
  [
    'The story',
    [
      j(
        'A young English schoolteacher, Margaret Hale, takes a post in a fishing village on the Danish coast in the winter of 1912. She',
        'lodges with the widow of the lighthouse keeper, who tells her that the old lamp is still lit on the longest night of the year,',
        'although the lighthouse was closed a decade earlier. Nobody in the village will say who lights it.',
      ),
      j(
        'What follows is less a ghost story than a study of a place that has decided not to talk about its past. Varnholm lets the',
        'mystery unfold slowly, through lessons, church services and dinners at which too many places are laid. The supernatural, when',
        'it comes, is handled with great restraint: a light moving on the headland, a door that is found unlocked, a child\u2019s slate',
        'that has been written on overnight.',
      ),
    ],
  ],
  [
    'Look out for',
    [
      'The opening sequence, shot from a real fishing boat in heavy seas, with the camera lashed to the mast.',
      'Arthur Leigh\u2019s use of oil lamps as the only light source in the interior scenes, remarkable for its time.',
      'The schoolroom scene in which the children sing a hymn in Danish while Margaret, who does not understand the words, slowly realises what it is about.',
      'Greta Sundby as the widow, a performance of almost no movement that becomes more frightening each time she appears.',
    ],
  ],
  [
    'The restoration',
    [
      j(
        'The Aarhus print had shrunk and was badly scratched in the reels that had been projected most often, but its picture was',
        'otherwise complete. The restorers scanned it at 4K, repaired the damage frame by frame and rebuilt the soundtrack, which had',
        'almost vanished in the last reel, from an optical track on a second, incomplete print held in Copenhagen.',
      ),
      j(
        'Two scenes that were cut by the British censor in 1958, a drowning and a brief shot of a coffin at sea, have been restored from the',
        'Danish print and are seen here for the first time in an English-language version. They last just under three minutes in total.',
      ),
      j(
        'The restored film was shown at the Bologna festival in 2025 and is being released on disc later this year. We are grateful to',
        'the archive for allowing us one of its first screenings in Britain outside a festival.',
      ),
    ],
  ],
  [
    'After the screening',
    [
      j(
        'Please stay for a short discussion in the bar, led by our chair, Ruth Okafor, and the film historian Dr Tomas Brekke, who',
        'wrote the essay for the restoration. Our next screening is on 6 February, when we show the Polish comedy <em>Pan Kowalski',
        'Goes Fishing</em>.',
      ),
    ],
  ],
];
const hNav = ['Programme', 'Notes', 'Membership', 'About'];
const hTags = ['restorations', 'Danish cinema', 'ghost stories'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.121.2"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Carrow Film Society</title><meta name="keywords" content="restorations, Danish cinema, ghost stories">
<meta name="description" content="${hDek}">
<meta name="author" content="Ruth Okafor"><link rel="canonical" href="https://carrowfilmsociety.org/notes/the-winter-lantern/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
 as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-01-14T00:00:00Z",
"author":[{"@type":"Person","name":"Ruth Okafor"}],"wordCount":"1140"}</script>
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Carrow Film Society (Alt + H)">Carrow Film Society</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hNav.map((n) => `<li><a href="/${n.toLowerCase()}/" title="${n}"><span>${n}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="/">Home</a>&nbsp;»&nbsp;<a href="/notes/">Notes</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title="2026-01-14 00:00:00 +0000 UTC">January 14, 2026</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;Ruth Okafor</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hSecs.map(([h]) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${hSecs
  .map(
    ([
      h,
      paras,
    ]) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}<a hidden class="anchor" aria-hidden="true" href="#${h.toLowerCase().replace(/ /g, '-')}">#</a>
</h2>
${h === 'Look out for' ? `<ul>\n${paras.map((p) => `<li>${p}</li>`).join('\n')}\n</ul>` : ps(paras)}`,
  )
  .join('\n')}</div>
<footer class="post-footer"><ul class="post-tags">${links(hTags)}</ul><nav class="paginav"><a class="prev" href="/notes/the-long-day-closes-again/">
<span class="title">« Prev</span><br><span>Programme notes: Pan Kowalski Goes Fishing (1964)</span></a><a class="next" href="/notes/autumn-season-review/">
<span class="title">Next »</span><br><span>Looking back at the autumn season</span></a></nav></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="/">Carrow Film Society</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a>
&amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6"
fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const hugoNotes: TestPage = finish({
  name: 'heldout495-hugo-programme-notes',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([hDek, ...hSecs.flatMap(([, p]) => p)]),
  bylines: ['January 14, 2026', 'Ruth Okafor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Carrow Film Society', ...hNav, 'Home', '6 min', 'Table of Contents', ...hTags, '« Prev', 'Programme notes: Pan Kowalski Goes Fishing (1964)', 'Next »',
    'Looking back at the autumn season', '© 2026 Carrow Film Society', 'Powered by Hugo & PaperMod',
  ],
});

export const HELDOUT495_E: readonly TestPage[] = [webflowSeason, hugoNotes];
