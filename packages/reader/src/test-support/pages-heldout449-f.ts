import { ps, type TestPage, texts } from './page-kit.js';
import { notion } from './pages-heldout449-f2.js';
import { j } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file f: a short one-page profile on an about.me-style service (React root, full-bleed background
 * photo with its credit, the name and headline, the short bio, the location / work / education chips, the social icon
 * row, a "Spotlight" call-to-action button, the "Get in touch" form drawer, a sign-up promo and the footer) and, from
 * file f2, a CV exported from Notion as HTML.
 */
const title = 'Oskar Mbeki-Lindahl';
const bio = [
  j(
    'I photograph bridges, dams and the people who look after them. For the last six years I have travelled with inspection',
    'crews across Scandinavia, documenting work that usually happens at night and out of sight.',
  ),
  j(
    'My book <em>Night Shift on the Spans</em> came out last spring, and the exhibition of the same name is now touring',
    'engineering museums. I also teach a weekend course on photographing industrial sites safely and respectfully.',
  ),
  'Open to commissions from engineering firms, infrastructure owners and magazines.',
];
const chips: [string, string][] = [
  ['Location', 'Lindmoor and Trondvik'],
  ['Work', 'Photographer at Studio Spans'],
  ['Education', 'Vesterby School of Photography'],
];
const social = ['Instagram', 'Flickr', 'Vimeo', 'Website'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Oskar Mbeki-Lindahl - Photographer at Studio Spans - Lindmoor | about.me</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><meta name="description" content="I photograph bridges, dams and the
people who look after them.">
<meta property="og:title" content="Oskar Mbeki-Lindahl | about.me"><meta property="og:type" content="profile"><meta property="og:url"
content="https://about.me/oskarml"><meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://about.me/oskarml">
<link rel="stylesheet" href="https://about.me.example/s/profile.2c8a41.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Person","name":"Oskar Mbeki-Lindahl","jobTitle":"Photographer","url":
"https://about.me/oskarml","sameAs":["https://instagram.example/oskarml"]}</script>
<script>window.__INITIAL_STATE__={"profile":{"user_name":"oskarml","first_name":"Oskar","last_name":"Mbeki-Lindahl","background":{"layout":"full"}},
"viewer":{"logged_in":false}};</script></head>
<body class="profile-page layout-full theme-dark"><div id="app" data-reactroot=""><div class="app-container">
<header class="top-bar"><a class="logo" href="https://about.me.example/" aria-label="about.me home">about.me</a><a class="top-bar-link"
href="https://about.me.example/signup?ref=profile">Create your free page</a><a class="top-bar-link" href="https://about.me.example/login">Log in</a></header>
<div class="background-image" role="img" aria-label="Inspection crew on a suspension bridge at dawn" style="background-image:url(https://img.about.me.example/
oskarml/bg.jpg)"></div>
<main class="profile-content"><section class="bio-card"><div class="avatar"><img src="https://img.about.me.example/oskarml/avatar.jpg" alt=""></div>
<h1 class="name">${title}</h1><h2 class="headline">Photographer of infrastructure and the night crews who keep it standing</h2>
<div class="short-bio">
${ps(bio)}
</div>
<ul class="profile-details">${chips
  .map(
    ([l, v]) => `<li class="detail detail-${l.toLowerCase()}"><span class="detail-label">${l}</span><span
class="detail-value">${v}</span></li>`,
  )
  .join('')}</ul>
<ul class="social-icons">${social
  .map(
    (s) => `<li><a class="social-icon ${s.toLowerCase()}" href="#" title="${s}"><span class="visually-hidden">${s}</span></a>
</li>`,
  )
  .join('')}</ul>
<div class="cta"><a class="button cta-button spotlight" href="https://oskarml.example/book">View my book</a><button class="button contact-button"
type="button">Get in touch</button></div></section></main>
<div class="photo-credit">Background photo: Oskar Mbeki-Lindahl</div>
<aside class="contact-drawer" aria-hidden="true"><h3>Send Oskar a message</h3><form><label for="c-name">Your name</label><input id="c-name"><label
for="c-email">Your email</label><input id="c-email" type="email"><label for="c-msg">Message</label><textarea id="c-msg"></textarea><button
type="submit">Send</button></form></aside>
<aside class="signup-promo"><p>Make a page like this in minutes.</p><a href="https://about.me.example/signup?ref=footer">Get started, it’s free</a></aside>
<footer class="profile-footer"><a href="https://about.me.example/about">About</a><a href="https://about.me.example/privacy">Privacy</a><a
href="https://about.me.example/terms">Terms</a><a href="https://about.me.example/report?user=oskarml">Report this page</a><span>© 2026 about.me</span></footer>
</div></div><script src="https://about.me.example/s/profile.bundle.9f1e07.js" async></script></body></html>`;
const aboutMe: TestPage = {
  name: 'heldout449-aboutme-blog',
  kind: 'blog',
  html,
  title,
  headings: [],
  body: texts(['Photographer of infrastructure and the night crews who keep it standing', ...bio]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'about.me', 'Create your free page', 'Log in', ...chips.flat(), ...social, 'View my book', 'Get in touch', 'Background photo: Oskar Mbeki-Lindahl',
    'Send Oskar a message', 'Your name', 'Your email', 'Message', 'Send', 'Make a page like this in minutes.', 'Get started, it’s free', 'About', 'Privacy',
    'Terms', 'Report this page', '© 2026 about.me',
  ],
};

export const HELDOUT449_F: readonly TestPage[] = [aboutMe, notion];
