import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file f2: an opera company's synopsis page on WordPress with block-editor (Gutenberg) markup in a
 * classic theme (the skip link, header with the nav and "Buy tickets" button, breadcrumbs from Yoast, the production's tabs
 * "Overview / Synopsis / Cast & Creatives / Watch & Listen", the entry header, wp-block-group, wp-block-heading and
 * wp-block-columns markup, a pull quote, an image block with caption, a "Plan your visit" cover block, the "Explore the season"
 * query loop, a GDPR cookie notice and the footer widgets).
 */
const title = 'The Glass Bell: Synopsis';
const intro = j(
  'Opera in three acts by Anselm Brucke, libretto by Marta Ilves, after the legend of the bell of Saint Corra. Sung in English with',
  'English surtitles.',
);
const hPro = 'Prologue';
const pro = [
  j(
    'A storm over the island of Inchcorra. The old bellfounder Tobias casts a bell of glass for the island\u2019s chapel, promising that',
    'it will ring only for a true homecoming. As the last light goes, the bell is hung in the tower, silent.',
  ),
];
const hA1 = 'Act I';
const a1 = [
  j(
    'Twenty years later. Tobias\u2019s daughter Ailsa keeps the chapel and waits for her betrothed, the sailor Rory, who left with the',
    'herring fleet and never returned. The island believes him drowned. Ailsa alone still climbs the tower each evening to watch the',
    'bell.',
  ),
  j(
    'A stranger arrives on the mail boat, calling himself Calum, a surveyor sent from the mainland to plan a lighthouse on the headland.',
    'He is courteous and sad, and the islanders distrust him. Ailsa finds herself telling him about Rory, and about the bell that has',
    'never rung.',
  ),
];
const hA2 = 'Act II';
const a2 = [
  j(
    'Midsummer. The islanders gather for the blessing of the boats. Morag, Ailsa\u2019s friend, urges her to let go of the past and see',
    'that Calum loves her. Calum confesses that he once sailed with the herring fleet, and that he saw a young man lost in a storm off',
    'the Skerries. He cannot say whether it was Rory.',
  ),
  j(
    'Ailsa, torn, climbs the tower and begs the bell to tell her whether to wait or to live. The bell is silent. In the great duet that',
    'closes the act, Ailsa and Calum agree to leave the island together when the lighthouse is finished.',
  ),
];
const quote = 'Ring for the living, if you will not ring for the dead.';
const hA3 = 'Act III';
const a3 = [
  j(
    'Autumn. On the night the new lighthouse is first lit, a ragged figure comes ashore from a foreign trawler: Rory, alive, changed',
    'beyond recognition by years of captivity abroad. No one knows him. He finds Ailsa in the chapel with Calum.',
  ),
  j(
    'In the final trio each of the three understands what the others have lost. Rory gives Ailsa her freedom and walks out towards the',
    'headland. As the lighthouse beam sweeps across the chapel for the first time, the glass bell rings once, and shatters.',
  ),
];
const nav = ['What\u2019s On', 'Your Visit', 'Learning & Participation', 'Support', 'About Us'];
const tabs = ['Overview', 'Synopsis', 'Cast & Creatives', 'Watch & Listen'];
const season = ['The Marriage of Figaro', 'The Snow Maiden', 'A Winter Gala'];
const foot = ['Skerrow Opera, Theatre Royal, Kelderby', 'Registered Scottish Charity SC041177', 'Privacy', 'Cookies', 'Accessibility', 'Contact'];
const esc = (s: string): string => s.replace(/&/g, '&amp;');
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The Glass Bell: Synopsis -
Skerrow Opera</title><meta name="description" content="Read the synopsis of The Glass Bell, Anselm Brucke's opera in three acts.">
<meta property="og:type" content="article"><meta property="article:modified_time" content="2026-05-02T10:14:22+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${title}",
"datePublished":"2026-04-20T09:00:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2"></head>
<body class="production-template-default single single-production wp-embed-responsive"><a class="skip-link screen-reader-text" href="#content">Skip to
content</a><div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Skerrow Opera</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(nav, 'menu-item menu-item-type-post_type')}</ul></nav>
<a class="header-button" href="/whats-on/the-glass-bell/#tickets">Buy tickets</a></header>
<div id="content" class="site-content"><p id="breadcrumbs" class="yoast-breadcrumbs"><span><span><a href="/">Home</a></span> » <span><a
href="/whats-on/">Productions</a></span> » <span class="breadcrumb_last" aria-current="page">Synopsis</span></span></p>
<nav class="production-tabs"><ul>${tabs.map((t) => `<li class="production-tabs__item"><a href="#">${esc(t)}</a></li>`).join('')}</ul></nav>
<main id="main" class="site-main"><article id="post-5120" class="post-5120 production type-production status-publish hentry">
<header class="entry-header"><h1 class="entry-title">${title}</h1><div class="entry-meta"><span class="posted-on">Updated <time
class="updated" datetime="2026-05-02T10:14:22+00:00">2 May 2026</time></span></div></header>
<div class="entry-content"><p class="has-large-font-size">${intro}</p>
<div class="wp-block-group is-layout-constrained"><div class="wp-block-group__inner-container"><h2 class="wp-block-heading">${hPro}</h2>
${ps(pro)}</div></div>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/04/glass-bell-rehearsal.jpg" alt=""><figcaption class="wp-element-caption">Iona
Dewar as Ailsa in rehearsal. Photo © Fraser Lindqvist</figcaption></figure>
<h2 class="wp-block-heading">${hA1}</h2>
${ps(a1)}
<h2 class="wp-block-heading">${hA2}</h2>
${ps(a2)}
<figure class="wp-block-pullquote"><blockquote><p>${quote}</p><cite>Ailsa, Act II</cite></blockquote></figure>
<h2 class="wp-block-heading">${hA3}</h2>
${ps(a3)}
<div class="wp-block-cover is-light"><div class="wp-block-cover__inner-container"><h3 class="wp-block-heading">Plan your visit</h3>
<p>Running time approximately 2 hours 45 minutes, including two intervals.</p><div class="wp-block-buttons"><div class="wp-block-button"><a
class="wp-block-button__link wp-element-button" href="/your-visit/">Getting here</a></div></div></div></div></div>
</article><section class="wp-block-query season-loop"><h2 class="wp-block-heading">Explore the season</h2><ul class="wp-block-post-template">${season
  .map((s) => `<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="#">${s}</a></h3></li>`)
  .join('')}</ul></section></main></div>
<footer id="colophon" class="site-footer"><div class="footer-widgets"><section class="widget widget_text"><div class="textwidget">${ps(foot)}</div></section>
<section class="widget widget_block"><h2 class="widget-title">Stay in touch</h2><p>Sign up for news, offers and first access to tickets.</p>
<a href="/newsletter" class="wp-block-button__link">Sign up</a></section></div><div class="site-info">© 2026 Skerrow Opera</div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. <a role="button"
class="cli_settings_button">Cookie settings</a> <a role="button" id="cookie_action_close_header" class="cli-plugin-button">Accept</a></span></div>
<script id="wp-emoji-settings" type="application/json">{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/"}</script></body></html>`;

export const skerrow: TestPage = {
  name: 'heldout307-wordpress-gutenberg-opera-synopsis-wiki',
  kind: 'wiki',
  html,
  title,
  headings: [hPro, hA1, hA2, hA3],
  body: texts([intro, ...pro, ...a1, ...a2, quote, ...a3]),
  bylines: ['Updated 2 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skerrow Opera', ...nav, 'Buy tickets', 'Home', 'Productions', ...tabs, 'Iona Dewar as Ailsa in rehearsal. Photo © Fraser Lindqvist',
    'Ailsa, Act II', 'Plan your visit', 'Running time approximately 2 hours 45 minutes, including two intervals.', 'Getting here', 'Explore the season',
    ...season, ...foot, 'Stay in touch', 'Sign up for news, offers and first access to tickets.', 'Sign up', '© 2026 Skerrow Opera',
    'This website uses cookies to improve your experience.', 'Cookie settings', 'Accept',
  ],
};
