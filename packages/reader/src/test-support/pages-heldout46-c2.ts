import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 46, file c2: an IMDb plot summary page (the Next.js header with menu, search, IMDbPro, Watchlist and Sign In,
 * the subpage header with poster, title link, year and the "Plot" h1, the Summaries list with each contributor's "—name" line,
 * the Synopsis with <br> paragraphs, the "Contribute to this page" rail, a "Top Gap" question, "More from this title" links,
 * recently viewed, the sign-in and app footer, and the __NEXT_DATA__ script).
 */
const imTitle = 'The Salt Road';
const imSummaries: [string, string][] = [
  [
    'A disgraced cartographer agrees to guide a convoy of salt traders across a failing desert route, only to discover that the map ' +
      'she once falsified is the reason the route is failing.',
    '',
  ],
  [
    'Morocco, 1931. Years after a survey error cost her the respect of her colleagues, Amina Belkadi is hired by a caravan master who ' +
      'needs someone to read the old French charts. As wells dry up and the camels sicken, she has to decide whether to admit what she ' +
      'changed on those maps, knowing the truth could cost her the only work she has left.',
    'Wren Tallis',
  ],
  [
    'A quiet, patient road film about guilt and distance, following a mapmaker and a group of traders through the last season of a dying trade route.',
    'fennelfilmnotes',
  ],
];
const imSynopsis = [
  'The film opens in Marrakech in 1931. Amina Belkadi, once the only woman in the colonial survey office, now copies property plans ' +
    'for a notary. She is approached by Haddou, an ageing caravan master whose regular guide has died, and who needs someone able to ' +
    'read the 1912 survey charts of the route south to the salt pans at Taoudenni.',
  'The convoy sets out with eleven men and forty camels. Amina quickly realises that two of the wells marked on the chart do not ' +
    'exist; she drew them herself, years earlier, to finish a survey on time after her team ran out of water. When the first well ' +
    'turns out to be dry sand, Haddou’s nephew Saïd accuses her of incompetence, and part of the convoy turns back.',
  'At the second false well, a sandstorm scatters the remaining camels. Amina confesses to Haddou, who says nothing for a full day. ' +
    'Instead of dismissing her, he asks her to redraw the route from what she remembers of the real terrain, and she leads the convoy ' +
    'east to an oasis she had once noted in her field diary but left off the official map.',
  'They reach Taoudenni nine days late. Haddou sells the salt at a loss but keeps every man alive. In the final scene, back in ' +
    'Marrakech, Amina walks into the survey office and hands the director a corrected chart, signed with her own name, before leaving ' +
    'without waiting for an answer.',
];
const imMore = ['Full cast & crew', 'Release dates', 'Filming locations', 'Trivia', 'Goofs', 'Quotes', 'User reviews', 'FAQ', 'Parents guide'];
const imFoot = [
  'Help',
  'Site Index',
  'IMDbPro',
  'Box Office Mojo',
  'License IMDb Data',
  'Press Room',
  'Advertising',
  'Jobs',
  'Conditions of Use',
  'Privacy Policy',
  'Your Ads Privacy Choices',
];
const imSocial = ['TikTok', 'Instagram', 'X', 'YouTube', 'Facebook'];
const ipcItem = (text: string, who: string): string =>
  `<li role="presentation" class="ipc-metadata-list__item" data-testid="list-item"><div class="ipc-metadata-list-item__content-container">` +
  `<div class="ipc-html-content ipc-html-content--base" role="presentation"><div class="ipc-html-content-inner-div" role="presentation">${text}` +
  (who === ''
    ? ''
    : '<span style="display:block" data-reactroot=""><span>—</span>' +
      `<a class="ipc-link ipc-link--base" href="/search/title/?plot_author=${encodeURIComponent(who)}` +
      `&amp;view=simple&amp;sort=alpha&amp;ref_=ttpl_pl_1">${who}</a></span>`) +
  '</div></div></div></li>';
const imHtml = `<!DOCTYPE html>
<html lang="en-US" xmlns:og="http://opengraphprotocol.org/schema/"><head><meta charset="utf-8"><title>The Salt Road (2024) - Plot - IMDb</title>
<meta name="description" content="The Salt Road (2024) - Plot summary, synopsis, and more..."><meta property="og:site_name" content="IMDb">
<style data-styled="active">.sc-5f0a904b-0{display:flex}.sc-a3b5f1c2-1{margin-top:1rem}</style></head>
<body id="styleguide-v2" class="fixed"><div id="__next">
<nav id="imdbHeader" class="ipc-page-background ipc-page-background--baseAlt sc-c2f5a1b-2" aria-label="Main">
<div class="ipc-page-content-container"><a href="/?ref_=nv_home" aria-label="Home" id="home_img_holder"><svg id="home_img" aria-hidden="true"></svg></a>
<label class="ipc-button" aria-label="Open Navigation Drawer" for="imdbHeader-navDrawerOpen"><span class="ipc-btn__text">Menu</span></label>
<form role="search" class="nav-search-form"><button class="ipc-button" aria-label="All">All</button>
<input type="text" placeholder="Search IMDb" aria-label="Search IMDb"></form>
<a href="https://pro.imdb.com/login/ap?u=/login/lwa" class="ipc-btn">IMDbPro</a><a href="/list/watchlist" class="ipc-btn">Watchlist</a>
<a href="/registration/signin" class="ipc-btn"><span>Sign In</span></a><button class="ipc-btn" aria-label="Toggle language selector">EN</button>
<a class="ipc-btn" href="https://slyb.app.link/SKdyQ6A4BFb">Use app</a></div></nav>
<main role="main" class="ipc-page-wrapper ipc-page-wrapper--base"><section class="ipc-page-background ipc-page-background--base">
<section class="ipc-page-section ipc-page-section--base ipc-page-section--sp-pageMargin"><div class="sc-5f0a904b-0 subpage-header" data-testid="subpage-header">
<a href="/title/tt21847390/?ref_=ttpl_ov_i">
<img class="ipc-image" alt="Laila Ezzahra in The Salt Road (2024)" src="https://m.media-amazon.com/images/M/MV5B.jpg"></a>
<div><a class="ipc-title-link-wrapper" href="/title/tt21847390/?ref_=ttpl_ov"><h2 class="ipc-title__text" data-testid="subtitle">${imTitle}</h2></a>
<ul class="ipc-inline-list" role="presentation"><li role="presentation">2024</li></ul>
<hgroup><h1 class="ipc-title__text ipc-title__text--reduced">Plot</h1></hgroup></div></div></section>
<div class="ipc-page-grid ipc-page-grid--bias-left"><div class="ipc-page-grid__item ipc-page-grid__item--span-2">
<section class="ipc-page-section ipc-page-section--base" data-testid="sub-section-summaries"><div class="ipc-title ipc-title--base ipc-title--section-title">
<hgroup><h3 class="ipc-title__text"><span id="summaries">Summaries</span></h3></hgroup></div>
<ul class="ipc-metadata-list ipc-metadata-list--dividers-between meta-data-list-full" role="presentation">
${imSummaries.map(([t, w]) => ipcItem(t, w)).join('')}</ul>
</section>
<section class="ipc-page-section ipc-page-section--base" data-testid="sub-section-synopsis"><div class="ipc-title ipc-title--base ipc-title--section-title">
<hgroup><h3 class="ipc-title__text"><span id="synopsis">Synopsis</span></h3></hgroup><span class="ipc-chip__text">Spoilers</span></div>
<ul class="ipc-metadata-list" role="presentation">${ipcItem(imSynopsis.join('<br/><br/>'), '')}</ul></section>
<section class="ipc-page-section" data-testid="contribution"><div class="ipc-title"><hgroup><h3 class="ipc-title__text">Contribute to this page</h3></hgroup>
</div>
<p>Suggest an edit or add missing content</p><a href="/help/?ref_=ttpl_cn" class="ipc-link">Learn more about contributing</a>
<a class="ipc-btn ipc-btn--core-accent1" href="/registration/signin?u=/title/tt21847390/plotsummary">Edit page</a>
<div class="top-gap" data-testid="top-gap"><h4>Top Gap</h4><p>By what name was The Salt Road (2024) officially released in India in English?</p>
<button class="ipc-btn">Answer</button></div></section></div>
<div class="ipc-page-grid__item ipc-page-grid__item--span-1"><section class="ipc-page-section" data-testid="more-from-section">
<div class="ipc-title"><hgroup><h3 class="ipc-title__text">More from this title</h3></hgroup></div>
<ul class="ipc-list">${links(imMore, 'ipc-list__item')}</ul></section>
<section class="ipc-page-section" data-testid="recently-viewed"><h3 class="ipc-title__text">Recently viewed</h3>
<p>You have no recently viewed pages</p></section></div></div></section></main>
<footer class="imdb-footer"><div class="imdb-footer__signin"><a class="ipc-btn ipc-btn--core-accent1" href="/registration/signin">Sign in for more access</a>
</div>
<div class="imdb-footer__links"><p>Get the IMDb app</p><p>For Android and iOS</p><ul class="social">${imSocial
  .map((s) => `<li><a aria-label="${s}" href="#"><span class="ipc-screen-reader-only">${s}</span></a></li>`)
  .join('')}</ul>
<ul>${links(imFoot, 'ipc-inline-list__item')}</ul></div><p class="imdb-footer__amazon">an amazon company</p>
<p class="imdb-footer__copyright">© 1990-2025 by IMDb.com, Inc.</p><a class="back-to-top" href="#">Back to top</a></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"tconst":"tt21847390",
"contentData":{"entityMetadata":{"titleText":{"text":"The Salt Road"},
"releaseYear":{"year":2024}},"section":{"items":[{"id":"po4218830"}]}}}},"page":"/title/[tconst]/plotsummary","buildId":"4hcaXNgbPg"}</script></body></html>`;
export const imdbPlot: TestPage = {
  html: imHtml,
  name: 'heldout46-imdb-plot-summary',
  kind: 'wiki',
  // the three summaries and the four synopsis paragraphs are body ("Summaries" and "Synopsis" the headings); the film's name,
  // shown above the page's own h1 "Plot", is the title (the h1 names the subpage: furniture, as a kicker is); the contributors
  // of the second and third summaries are bylines (the "—" in neither; the first summary, the short plot, has no contributor);
  // the year, poster alt, "Spoilers" chip, the contribution box and Top Gap question, "More from this title", recently viewed,
  // header, footer (its "IMDbPro" also in the header, kept once) and the screen-reader names of the social icons are furniture
  title: imTitle,
  headings: ['Summaries', 'Synopsis'],
  body: [...imSummaries.map(([t]) => t), ...texts(imSynopsis)],
  bylines: ['Wren Tallis', 'fennelfilmnotes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Menu', 'All', 'Watchlist', 'Sign In', 'EN', 'Use app', '2024', 'Plot', 'Spoilers', 'Contribute to this page', 'Suggest an edit or add missing content',
    'Learn more about contributing', 'Edit page', 'Top Gap', 'By what name was The Salt Road (2024) officially released in India in English?', 'Answer',
    'More from this title', ...imMore, 'Recently viewed', 'You have no recently viewed pages', 'Sign in for more access', 'Get the IMDb app',
    'For Android and iOS', ...imSocial, ...imFoot, 'an amazon company', '© 1990-2025 by IMDb.com, Inc.', 'Back to top',
  ],
};
