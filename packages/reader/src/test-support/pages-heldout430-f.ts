import { ps, type TestPage, texts } from './page-kit.js';
import { discourse } from './pages-heldout430-f2.js';
import { j } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file f: an alumni podcast episode page on Webflow (w-nav navbar, a CMS collection item with
 * season / episode label, date and duration, an embedded Simplecast player, "Listen on" platform links, show notes in a
 * w-richtext block with timestamped chapters and links, guest bio card, "More episodes" collection list, newsletter form
 * and footer) and, from file f2, an alumni online community discussion thread on Discourse.
 */
const pTitle = 'Episode 42: The Accidental Archivist, with Ruth Penner ’88';
const pNotes = [
  j(
    'Ruth Penner went to Tamsworth to study economics and ended up spending forty years saving other people&#39;s paper. As',
    'head of special collections at the Corliss Library, she has rescued letters from a flooded basement, talked a governor',
    'into donating his diaries and catalogued the world&#39;s largest collection of seed-company catalogues.',
  ),
  j(
    'In this episode, Ruth tells host Devin Achebe how a work-study job in the college archives changed her plans, what it',
    'takes to dry ten thousand wet letters, and why she thinks every family should keep a box labeled "Do Not Throw Away."',
  ),
  j(
    'Ruth also shares the story of the 1996 flood, when a burst main put three feet of water into the library&#39;s lower',
    'level on a Sunday night. Staff and student volunteers carried boxes up the stairs until dawn, and the wettest letters',
    'were loaded into rented freezer trucks to stop mold until they could be freeze-dried one crate at a time.',
  ),
  j(
    'Along the way she explains why seed catalogues, printed by the million and thrown away every spring, turn out to be',
    'one of the best records of what ordinary families grew, ate and hoped for.',
  ),
];
const pH = ['In this episode', 'Mentioned in the show', 'Transcript'];
const pChapters = [
  '(00:00) Introduction',
  '(02:15) A work-study job in the basement of Hale Library',
  '(11:40) The flood of 1996 and the freezer trucks',
  '(24:05) How to ask a governor for his diaries',
  '(33:30) Seed catalogues, and why they matter to historians',
  '(41:10) Ruth&#39;s advice for family archivists',
];
const pMentioned = [
  'The Tamsworth College Archives digital collections',
  'Corliss Library Special Collections',
  'Ruth&#39;s essay “A Box Labeled Do Not Throw Away” in the Tamsworth Review, Fall 2024',
];
const pTranscript = [
  j(
    'A full transcript of this episode is available on request from the Office of Alumni Relations. We are working to post',
    'transcripts for every episode by the end of the year.',
  ),
];
const pNav = ['Episodes', 'About the Show', 'Suggest a Guest', 'Alumni Home'];
const pListen = ['Apple Podcasts', 'Spotify', 'YouTube', 'RSS'];
const pMore = ['Episode 41: Building Bridges in Lagos, with Chidi Obi ’05', 'Episode 40: The Coach Who Never Played, with Mel Strand ’79'];
const pHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.tamsworthtalks.example" data-wf-page="65f1a2b3c4d5e6f7a8b9c0d1" data-wf-site="65f1a2b3c4d5e6f7a8b9c0aa"
data-wf-collection="65f1a2b3c4d5e6f7a8b9c0ee" data-wf-item-slug="episode-42-the-accidental-archivist" lang="en"><head><meta charset="utf-8">
<title>${pTitle} | Tamsworth Talks</title><meta content="Ruth Penner ’88 on forty years of saving other people’s paper." name="description">
<meta content="${pTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65f1a2b3/css/tamsworth-talks.webflow.7c1e2d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"${pTitle}","episodeNumber":42,
"datePublished":"2026-02-18","partOfSeries":{"@type":"PodcastSeries","name":"Tamsworth Talks"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><div class="brand-text">Tamsworth Talks</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${pNav.map((n) => `<a href="#" class="nav-link w-nav-link">${n}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section episode-hero"><div class="container w-container"><div class="episode-label">Season 4 · Episode 42</div>
<h1 class="episode-title">${pTitle}</h1><div class="episode-meta"><div class="episode-date">February 18, 2026</div>
<div class="episode-duration">48 min</div></div>
<div class="player-embed w-embed w-iframe"><iframe height="200px" width="100%" frameborder="no" scrolling="no" seamless
src="https://player.simplecast.example/7e2f1a9b-episode-42?dark=false"></iframe></div>
<div class="listen-on"><div class="listen-label">Listen on</div>
${pListen.map((l) => `<a href="#" class="listen-link w-inline-block"><div>${l}</div></a>`).join('')}
</div></div></div>
<div class="section show-notes"><div class="container w-container"><div class="notes-grid w-layout-grid"><div class="rich-text-notes w-richtext">
${ps(pNotes)}
<h3>${pH[0]}</h3><ul role="list">${pChapters.map((c) => `<li>${c}</li>`).join('\n')}</ul>
<h3>${pH[1]}</h3><ul role="list">${pMentioned.map((m) => `<li><a href="#">${m}</a></li>`).join('\n')}</ul>
<h3>${pH[2]}</h3>${ps(pTranscript)}</div>
<div class="guest-card"><img src="https://cdn.prod.website-files.example/65f1a2b3/penner.jpg" loading="lazy" alt="Ruth Penner" class="guest-photo">
<div class="guest-name">Ruth Penner ’88</div><p class="guest-bio">Head of Special Collections, Corliss Library. Economics major, Tamsworth College.</p>
<div class="host-line">Hosted by Devin Achebe ’11 · Produced by the Tamsworth Office of Alumni Relations</div></div></div></div></div>
<div class="section more-episodes"><div class="container w-container"><h2 class="section-heading">More episodes</h2>
<div class="w-dyn-list"><div role="list" class="episode-list w-dyn-items">${pMore
  .map((m) => `<div role="listitem" class="w-dyn-item"><a href="#" class="episode-card w-inline-block"><div class="card-title">${m}</div></a></div>`)
  .join('\n')}</div></div></div></div>
<div class="section subscribe"><div class="container w-container"><h2 class="section-heading">Never miss an episode</h2>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"><input class="text-field w-input" maxlength="256"
name="email" placeholder="Your email address" type="email" required=""><input type="submit" data-wait="Please wait..." class="submit-button w-button"
value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-text">Tamsworth Talks is a production of Tamsworth College Alumni Relations.</div>
<div class="footer-text">© 2026 Tamsworth College</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f1a2b3/js/webflow.4b2e1c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout430-webflow-alumni-podcast-episode',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pNotes, ...pChapters, ...pMentioned, ...pTranscript]),
  bylines: ['February 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tamsworth Talks', ...pNav, 'Season 4 · Episode 42', '48 min', 'Listen on', ...pListen, 'Ruth Penner ’88',
    'Head of Special Collections, Corliss Library. Economics major, Tamsworth College.',
    'Hosted by Devin Achebe ’11 · Produced by the Tamsworth Office of Alumni Relations', 'More episodes', ...pMore, 'Never miss an episode',
    'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
    'Tamsworth Talks is a production of Tamsworth College Alumni Relations.', '© 2026 Tamsworth College',
  ],
};

export const HELDOUT430_F: readonly TestPage[] = [webflow, discourse];
