import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file c3: a Phys.org news article (Science X template). */
const title = 'Soil microbes switch diets when drought hits, slowing carbon loss from grasslands';
const p1 = [
  'When a grassland dries out, the bacteria and fungi in its soil do not simply go dormant. A study published in Nature ' +
    'Geoscience shows that many of them switch from eating fresh plant sugars to feeding on their own dead neighbors, a change ' +
    'that slows the release of carbon dioxide from the soil.',
  'The finding, by ecologists at the University of Trentham, helps explain a puzzle that has bothered climate modelers for ' +
    'years. Many models predict that droughts should release large pulses of carbon from soils, yet field measurements often ' +
    'show much smaller losses than expected.',
  '"We went in expecting to see the microbes starving," said Dr. Priya Valluri, who led the work. "What we found was a ' +
    'community that had essentially started recycling itself."',
  'The team set up rain-out shelters over 48 plots of temperate grassland and withheld water from half of them for two ' +
    'summers. They then added glucose labeled with a heavy isotope of carbon to the soil and tracked where it ended up.',
  'In the watered plots, microbes quickly took up the labeled sugar and breathed much of it out as carbon dioxide. In the ' +
    'drought plots, uptake fell by almost 60%. Genetic analysis showed that the surviving microbes had ramped up the enzymes ' +
    'they use to break down cell walls and proteins, the remains of microbes that had died in the dry soil.',
  'Because recycling dead microbial matter releases less carbon dioxide than digesting fresh plant inputs, the overall carbon ' +
    'loss from the drought plots was 35% lower than standard models predicted.',
  'The authors stress that this is not a reason for complacency. When rain returned at the end of each drought, the soils ' +
    'released a sharp burst of carbon dioxide as dormant microbes woke up, a well-known effect called the Birch pulse. Over a ' +
    'full year, the drought plots still lost slightly more carbon than the watered ones.',
  '"The soil is buffering the loss, not preventing it," Valluri said. "But if models assume the microbes behave the same in ' +
    'wet and dry years, they will overestimate how much carbon grasslands give up in a drought."',
  'The group is now repeating the experiment in semi-arid rangeland in southern Spain, where droughts are longer and more ' +
    'frequent, to see whether the same switch happens in soils that are used to dry conditions.',
];
const caption = 'Rain-out shelters over grassland plots at the Trentham field station. Credit: Priya Valluri';
const nav = ['Nanotechnology', 'Physics', 'Earth', 'Astronomy & Space', 'Chemistry', 'Biology', 'Other Sciences'];
const notes = [
  "This article has been reviewed according to Science X's editorial process and policies. Editors have highlighted the " +
    "following attributes while ensuring the content's credibility:",
  'fact-checked',
  'peer-reviewed publication',
  'trusted source',
  'proofread',
];
const moreInfo =
  'More information: Priya Valluri et al, Drought shifts soil microbial carbon use from plant inputs to necromass, Nature ' +
  'Geoscience (2025). DOI: 10.1038/s41561-025-01644-2';
const journal = 'Journal information: Nature Geoscience';
const provided = 'Provided by University of Trentham';
const citation =
  'Citation: Soil microbes switch diets when drought hits, slowing carbon loss from grasslands (2025, March 12) retrieved 13 ' +
  'March 2025 from https://phys.example/news/2025-03-soil-microbes-diets-drought.html';
const copyNote =
  'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may ' +
  'be reproduced without the written permission. The content is provided for information purposes only.';
const explore = 'Grassland plants share water through fungal networks during heat waves';
const trending = [
  'Astronomers spot a planet orbiting two dead stars',
  'Ancient DNA reveals how early farmers reached the Atlantic',
  'New alloy resists hydrogen cracking',
];
const nl = 'Get free science updates with Science X Daily and Weekly Newsletters — Subscribe now';
const foot = ['About us', 'Sponsored content', 'Help & FAQ', 'Contact', 'Privacy policy', 'Terms of use', 'Science X Account'];
const feedback = 'Use this form if you have come across a typo, inaccuracy or would like to send an edit request for the content on this page.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Soil microbes switch diets when drought hits, slowing carbon loss from grasslands</title>
<meta name="description" content="When a grassland dries out, the bacteria and fungi in its soil do not simply go dormant.">
<meta property="og:site_name" content="Phys.org"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<link rel="canonical" href="https://phys.example/news/2025-03-soil-microbes-diets-drought.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-12T10:40:01-04:00",
"author":{"@type":"Organization","name":"University of Trentham"},"publisher":{"@type":"Organization","name":"Phys.org"}}</script>
<script>var googletag=googletag||{cmd:[]};window.sxAccount={"loggedIn":false};</script><link rel="stylesheet"
href="https://phys.example/css/style.min.css?v=18"></head>
<body class="sx-page"><header class="header sticky-top"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="https://phys.example/">Phys.org</a>
<ul class="navbar-nav">${links(nav, 'nav-item')}</ul><div class="header-user"><a href="/account/login">Sign in</a><a href="/account/register">Register</a></div>
</nav></header>
<div class="banner-ad d-none d-lg-block"><div id="ad-top-leaderboard" data-slot="phys_top"></div></div>
<main class="container"><div class="row"><div class="col-lg-8"><article class="news-article">
<div class="article-header"><div class="d-flex justify-content-between align-items-center">
<p class="text-uppercase text-low mb-0">March 12, 2025</p><button class="btn editors-notes-btn" data-toggle="modal" data-target="#editorsNotes">Editors'
notes</button></div>
<h1 class="text-extra-large line-low mb-2">${title}</h1>
<p class="article-byline text-low">by University of Trentham</p>
<p class="article-byline text-low">edited by Lisa Lock, reviewed by Robert Egan</p></div>
<div class="article-share d-flex"><a class="share-fb" href="#">Share</a><a class="share-tw" href="#">Tweet</a><a class="share-mail" href="#">Email</a></div>
<figure class="article-img"><img src="https://scx1.phys.example/newman/gfx/news/2025/rainout.jpg" alt="rain-out shelters">
<figcaption class="text-darken text-low-up text-truncate-js">${caption}</figcaption></figure>
<div class="mt-4 article-main">
${ps(p1.slice(0, 4))}
<div class="d-none d-print-none article-banner first-banner"><div id="ad-article-inread" data-slot="phys_inread"></div></div>
${ps(p1.slice(4))}
<p><strong>More information:</strong> Priya Valluri et al, Drought shifts soil microbial carbon use from plant inputs to necromass, <i>Nature Geoscience</i>
(2025). <a href="https://dx.doi.example/10.1038/s41561-025-01644-2">DOI: 10.1038/s41561-025-01644-2</a></p>
<div class="article-main__more"><p><strong>Journal information:</strong> <a href="/journals/nature-geoscience/">Nature Geoscience</a></p></div>
<div class="article-main__more"><p><strong>Provided by</strong> <a href="/partners/university-of-trentham/">University of Trentham</a></p></div>
</div>
<div class="d-inline-block text-medium my-4"><p><b>Citation</b>: ${citation.slice(10)}</p><p>${copyNote}</p></div>
<div class="explore-further"><h3 class="text-medium">Explore further</h3><a href="/news/2025-02-grassland-fungal-networks.html">${explore}</a></div>
<div class="article-feedback"><button class="btn" data-target="#feedbackForm">Feedback to editors</button></div>
</article></div>
<aside class="col-lg-4"><div class="sidebar-ad"><div id="ad-sidebar" data-slot="phys_mpu"></div></div>
<section class="sidebar-trending"><h4>Trending</h4><ul>${links(trending)}</ul></section>
<section class="sidebar-newsletter"><p>${nl}</p></section></aside></div></main>
<div class="modal fade" id="editorsNotes" tabindex="-1" aria-hidden="true"><div class="modal-dialog"><div class="modal-content">
<h5 class="modal-title">Editors' notes</h5><p>${notes[0]}</p><ul>${notes
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div></div></div>
<div class="modal fade" id="feedbackForm" tabindex="-1" aria-hidden="true"><div class="modal-dialog"><div class="modal-content">
<h5 class="modal-title">Feedback to editors</h5><p>${feedback}</p><label for="fb-msg">Your message</label><textarea id="fb-msg"></textarea>
<button type="submit">Send Feedback</button></div></div></div>
<footer class="footer"><p class="footer-brand">Science X</p><ul>${links(foot)}</ul><p>© Phys.org 2003 - 2025 powered by Science X Network</p></footer>
<script src="https://phys.example/js/app.min.js?v=18"></script></body></html>`;

export const physOrg: TestPage = {
  name: 'heldout230-phys-org-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(p1),
  bylines: ['March 12, 2025', 'by University of Trentham', 'edited by Lisa Lock, reviewed by Robert Egan'],
  // the "More information", journal, "Provided by" and citation notes after the story are furniture (source notes)
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Phys.org', ...nav, 'Sign in', 'Register', "Editors' notes", 'Share', 'Tweet', 'Email', caption, moreInfo, journal, provided, citation, copyNote,
    'Explore further', explore, 'Feedback to editors', 'Trending', ...trending, nl, ...notes, feedback, 'Your message', 'Send Feedback', 'Science X',
    ...foot, '© Phys.org 2003 - 2025 powered by Science X Network',
  ],
};
