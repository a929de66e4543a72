import { links, ps, type TestPage, texts } from './page-kit.js';
import { wwfStory } from './pages-heldout213-b2.js';

/**
 * Held-out batch 213, file b: a Greenpeace International press release on the Planet 4 WordPress theme (the skip link,
 * the top navigation with "Explore", "Act" and the Donate button, the hidden country selector list, the "Press Release"
 * label, the date, the share buttons, the release with its "Notes" and "Contacts" sections, the tag list, the "Related
 * articles" block, the "Get Involved" happy-point box, the footer and the cookies box) and, from file b2, a WWF story.
 */
const title = 'Greenpeace activists block tanker in Port Aldric as oil company pushes new offshore drilling';
const p1 = [
  'Port Aldric, Norland – Twenty Greenpeace activists in kayaks and two inflatable boats today blocked the path of the tanker ' +
    'Maren Star as it tried to leave Port Aldric carrying crude oil from the Vesterhav field. They displayed a banner reading ' +
    '“Oil drilling = climate wrecking” and called on the government to reject Nordhval Energy’s application to open three new ' +
    'wells in the Skarven Basin.',
  'The protest comes a week before the Ministry of Energy is due to decide on the application, which would extend oil production ' +
    'in the area until at least 2050. Scientists have repeatedly warned that no new oil and gas fields can be developed if the ' +
    'world is to limit warming to 1.5°C.',
  'Ingrid Solheim, campaigner with Greenpeace Norland, speaking from one of the boats, said: “Every new well is a bet against ' +
    'our future. This government says it takes the climate crisis seriously, yet it is about to hand an oil company another ' +
    'twenty-five years of drilling in one of the most fragile seas in Europe. Minister Dahl must say no.”',
  'The Skarven Basin is a feeding ground for minke whales and home to cold-water coral reefs that are thousands of years old. ' +
    'An oil spill there would be almost impossible to clean up in winter conditions, according to an assessment commissioned by ' +
    'Greenpeace Norland and published last month.',
  'The activists said they would stay in the harbour channel for as long as it was safe to do so. Police boats were present, and ' +
    'no arrests had been made at the time of writing.',
  'More than 180,000 people have signed a petition calling on the government to stop licensing new oil and gas projects. It will ' +
    'be delivered to the Ministry of Energy on 18 June.',
  'ENDS',
];
const hNotes = 'Notes:';
const notes = [
  '[1] Nordhval Energy applied for approval of the Skarven development plan in November 2024. The plan includes three production ' +
    'wells and a subsea pipeline to the existing Vesterhav platform.',
  '[2] The oil spill assessment “Skarven in winter” by Havlab Consulting is available on request.',
  '[3] Photos and video of the protest will be available in the Greenpeace Media Library.',
];
const hContacts = 'Contacts:';
const nav = ['Explore', 'Act', 'About us', 'Press'];
const countries = ['Africa', 'Americas', 'Asia Pacific', 'Europe', 'Middle East and North Africa'];
const tags = ['#Climate', '#Oceans', '#Oil', '#Nonviolent direct action'];
const related = [
  'Court rules Norland’s oil licensing failed to assess climate impact',
  'Five reasons to protect the Skarven Basin',
  'What is a just transition, and why does it matter?',
];
const relDates = ['March 2, 2025', 'January 27, 2025', 'November 15, 2024'];
const happy = 'Stop new oil drilling';
const happyText = 'Join over 180,000 people calling on the government to end new oil and gas licences.';
const foot = ['Privacy and Cookies Policy', 'Community Policy', 'Complaints', 'Jobs', 'Press Centre', 'Sitemap', 'Greenpeace Media Library'];
const footText = 'Greenpeace is an independent campaigning network. We do not accept money from companies or governments.';
const cookieText =
  'By clicking “Accept all cookies”, you agree that Greenpeace can store cookies on your device to improve your experience and ' +
  'to help us understand how our website is used.';
const html = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>${title} - Greenpeace International</title><link rel="canonical" href="https://www.greenpeace.org/international/press-release/72419/port-aldric-tanker/">
<meta property="og:type" content="article"><meta property="og:site_name" content="Greenpeace International"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-06-12T08:40:00+00:00"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-06-12",
"publisher":{"@type":"Organization","name":"Greenpeace International"}}</script>
<link rel="stylesheet" href="https://www.greenpeace.org/static/planet4-master-theme/assets/build/style.min.css?ver=1718">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"Press Release","signedInStatus":"false","gPlatform":"Planet 4"});</script></head>
<body class="post-template-default single single-post postid-72419 p4-post-type-press-release" data-nro="international">
<ul class="skip-links"><li><a href="#header">Skip to Navigation</a></li><li><a href="#content">Skip to Content</a></li></ul>
<header id="header" class="top-navigation"><nav class="nav-menu" aria-label="Main menu"><a class="site-logo" href="/international/">
<img src="/static/planet4-master-theme/images/gp-logo.svg" alt="Greenpeace"></a><ul class="nav-menu__list">${links(nav, 'nav-item')}</ul>
<button class="country-dropdown-toggle" aria-expanded="false">Selected Greenpeace website: International</button>
<div class="countries-list" hidden><h2 class="visually-hidden">Greenpeace worldwide</h2><ul>${links(countries, 'country-group')}</ul></div>
<a class="btn btn-donate nav-donate" href="/international/donate/">Donate</a>
<form class="nav-search-form" role="search"><label for="search_input" class="visually-hidden">Search</label><input id="search_input" type="search"></form>
</nav></header>
<div id="content" class="page-content"><article class="post-content">
<div class="top-page-tags"><a class="tag-item tag-item--main page-type" href="/international/press-release/">Press Release</a></div>
<header class="single-post-header"><h1 class="page-header-title">${title}</h1>
<div class="single-post-meta"><span class="single-post-time">June 12, 2025</span></div></header>
<div class="share-buttons"><span class="share-buttons__label">Share</span><a class="share-btn facebook"
href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
<a class="share-btn twitter" href="https://x.com/share">X</a><a class="share-btn email" href="mailto:">Email</a></div>
<div class="post-content-lead wp-block-post-content">
${ps(p1)}
<h2 class="wp-block-heading">${hNotes}</h2>
${ps(notes)}
<h2 class="wp-block-heading">${hContacts}</h2>
<p>Ingrid Solheim, Campaigner, Greenpeace Norland, +47 400 12 345, ingrid.solheim@greenpeace.example</p>
<p>Greenpeace International Press Desk, +31 (0) 20 718 2470 (available 24 hours), pressdesk.int@greenpeace.example</p>
</div>
<div class="post-tags"><span class="post-tags__label">Tags</span><ul>${links(tags, 'tag-item')}</ul></div>
</article>
<section class="block articles-block"><h2 class="page-section-header">Related articles</h2><ul class="article-list-section">
${related
  .map(
    (t, i) => `<li class="article-list-item"><span class="article-list-item-tags top-page-tags">Story</span><h4 class="article-list-item-headline">
<a href="/international/story/${i}">${t}</a></h4><p class="article-list-item-meta"><time>${relDates[i]}</time></p></li>`,
  )
  .join('\n')}</ul></section>
<section class="block happy-point-block-wrap"><div class="happy-point"><h2>${happy}</h2><p>${happyText}</p>
<a class="btn btn-primary" href="/international/act/stop-new-oil/">Sign the petition</a></div></section></div>
<footer class="site-footer" role="contentinfo"><div class="container"><p class="footer-text">${footText}</p>
<ul class="footer-links">${links(foot, 'footer-link')}</ul>
<p class="copyright-text">Unless otherwise stated, the copyright of all materials on this website are held by Stichting Greenpeace Council.</p></div></footer>
<div id="set-cookie" class="cookie-notice" role="dialog" aria-label="Cookies"><h2 class="cookies-title">Cookies</h2><p class="cookies-text">${cookieText}</p>
<button class="btn btn-secondary cookies-settings">Cookies settings</button><button class="btn btn-primary cookies-accept">Accept all cookies</button></div>
<script src="https://www.greenpeace.org/static/planet4-master-theme/assets/build/index.js?ver=1718" defer></script></body></html>`;
const greenpeace: TestPage = {
  html,
  name: 'heldout213-greenpeace-press-release',
  kind: 'news',
  // the dateline opens the first paragraph and stays body; "ENDS" and the notes are body; the contacts block is in neither list
  title,
  headings: [hNotes, hContacts],
  body: texts([...p1, ...notes]),
  bylines: ['June 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Navigation', 'Skip to Content', ...nav, 'Selected Greenpeace website: International', 'Greenpeace worldwide', ...countries, 'Donate',
    'Search', 'Press Release', 'Share', 'Facebook', 'Email', 'Tags', ...tags, 'Related articles', ...related, ...relDates, happy, happyText,
    'Sign the petition', footText, ...foot, 'Unless otherwise stated, the copyright of all materials on this website are held by Stichting Greenpeace Council.',
    'Cookies', cookieText, 'Cookies settings', 'Accept all cookies',
  ],
};

export const HELDOUT213_B: readonly TestPage[] = [greenpeace, wwfStory];
