import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout325-kit.js';
import { advice } from './pages-heldout325-e2.js';

/**
 * Held-out batch 325, file e: a meme explainer entry on a Know Your Meme-style site (top nav, entry header with category,
 * "Part of a series on", updated / added lines, view and photo counts, the Overview box of details, the bodycopy with
 * About / Origin / Spread / Various Examples / External References sections, tags, "Recent Images", comments, related
 * entries and the footer) and, from file e2, an advice column on a newspaper's BLOX CMS page.
 */
const kTitle = 'Disappointed Toaster';
const kH = ['About', 'Origin', 'Spread', 'Various Examples', 'External References'];
const kAbout = [
  j(
    '<strong>Disappointed Toaster</strong> refers to a photo of a chrome two-slot toaster whose reflection appears to show a',
    'frowning face, used as a reaction image to express quiet, domestic disappointment. The image is typically captioned with',
    'a minor household letdown, such as a roommate finishing the bread or a partner putting an empty carton back in the fridge.',
  ),
];
const kOrigin = [
  j(
    'On August 14th, 2025, Reddit user u/crumbtray posted the photo to the r/Pareidolia subreddit with the title “my toaster',
    'has seen what I did to the kitchen.”<sup>[1]</sup> The post received over 38,000 upvotes within two days.',
  ),
  j(
    'The poster later said in a comment that the face only appeared when the kitchen light was switched on and the lever',
    'was pushed halfway down, which several users tried and failed to reproduce.',
  ),
];
const kSpread = [
  j(
    'On August 17th, X user @lowbattmom shared the image with the caption “when you ask the kids who ate the last waffle and',
    'nobody answers,” gaining over 91,000 likes.<sup>[2]</sup> The format was quickly adopted for similar complaints.',
  ),
  j(
    'In September 2025, the image spread to TikTok, where users filmed their own toasters in dim light and narrated their',
    'supposed reactions. A small appliance retailer briefly used the photo in an advertisement before deleting it after',
    'criticism from the original poster.<sup>[3]</sup>',
  ),
  j(
    'By the end of the year the phrase “the toaster knows” had become shorthand for any quiet household guilt, and',
    'several kitchen-supply brands posted their own “disappointed” product photos, with mixed results among users who',
    'felt the joke worked best when nobody was selling anything.',
  ),
];
const kExamples = [
  'Captions about roommates eating shared food.',
  'Edits pairing the toaster with other “judgmental” appliances, notably a kettle.',
  'Photos of toasters from different brands ranked by how disappointed they look.',
];
const kRefs = [
  '[1] Reddit – my toaster has seen what I did to the kitchen',
  '[2] X – @lowbattmom’s Post',
  '[3] ApplianceWire – Retailer Pulls Toaster Viral Ad',
];
const kNav = ['Memes', 'Images', 'Videos', 'Editorials', 'News', 'Events', 'Forums'];
const kOverview: [string, string][] = [
  ['Status:', 'Confirmed'],
  ['Type:', 'Reaction Image'],
  ['Year', '2025'],
  ['Origin', 'Reddit.com'],
  ['Region', 'United States'],
];
const kTags = ['household objects', 'pareidolia', 'reaction images', 'faces'];
const kRelated = ['Sad Kettle', 'Suspicious Fridge', 'Faces in Things'];
const kComments: [string, string][] = [
  ['Gravy_Baron', 'The kettle edit is better than the original and I will die on this hill.'],
  ['nullcrumbs', 'I tried the half-lever trick and my toaster looked mildly pleased instead.'],
];
const kFoot = ['About', 'Legal', 'Privacy Policy', 'Terms of Service', 'Do Not Sell or Share My Personal Information'];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Disappointed Toaster | Know Your Memery</title>
<meta name="description" content="Disappointed Toaster refers to a photo of a chrome toaster whose reflection appears to show a frowning face.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Know Your Memery"><meta name="twitter:site" content="@knowyourmemery">
<link rel="stylesheet" href="https://s.kym-cdn.example/assets/application-9f2c.css">
<script>window.__kym={"entry_id":2290417,"category":"Meme","nsfw":false};</script></head>
<body class="entries show"><div id="cookie-consent" class="cookie-consent"><p>This site uses cookies to serve ads and analyze traffic.</p><a class="button"
href="#">Got it</a></div>
<div id="header"><div id="header-inner"><a id="logo" href="/">Know Your Memery</a><ul id="main-nav">${links(kNav)}</ul><div id="header-login"><a
href="/login">Login</a> <a href="/signup">Sign Up</a></div></div></div>
<div id="maru" class="entry"><div id="content"><article class="entry" id="entry_2290417"><header class="rel c"><div id="entry-header-category"><a
href="/categories/meme">Meme</a></div><section class="info"><h1>${kTitle}</h1><div class="series">Part of a series on <a href="/memes/faces-in-things">Faces
in Things</a>. <a href="/memes/faces-in-things">[View Related Entries]</a></div></section>
<div id="entry-meta" class="meta"><p class="updated">Updated Feb 27, 2026 at 11:02AM EST by <a href="/users/ferrous">Ferrous</a>.</p>
<p class="added">Added Sep 03, 2025 at 04:18PM EDT by <a href="/users/ladleburn">ladleburn</a>.</p></div>
<div id="entry-stats"><span>PROTIP: Press the ← and → keys to navigate the gallery</span><dl class="stats"><dt>Views:</dt><dd>48,219</dd><dt>Images:</dt>
<dd>37</dd></dl></div></header>
<aside class="left" id="entry_body_details"><div class="details"><h5>Overview</h5><dl>${kOverview.map(([a, b]) => `<dt>${a}</dt><dd>${b}</dd>`).join('')}</dl>
</div></aside>
<section class="bodycopy" id="entry_body">
<h2 id="about">${kH[0]}</h2>${ps(kAbout)}
<h2 id="origin">${kH[1]}</h2>${ps(kOrigin)}
<center><img alt="" src="https://i.kym-cdn.example/photos/images/newsfeed/002/904/117/7c1.jpg" width="400"></center>
<h2 id="spread">${kH[2]}</h2>${ps(kSpread)}
<h2 id="various-examples">${kH[3]}</h2><ul>${lis(kExamples)}</ul>
<h2 id="external-references">${kH[4]}</h2><p class="references">${kRefs.map((r) => `<span>${r}</span>`).join('<br>')}</p>
</section>
<div id="entry-tags"><span class="tags-title">Tags</span>${kTags.map((t) => `<a href="/search?q=tags:${t}">${t}</a>`).join(', ')}</div>
<div class="share"><a class="share-facebook" href="#">Share</a><a class="share-x" href="#">Tweet</a><a class="share-pinterest" href="#">Pin</a></div>
</article>
<section id="recent-images"><h2>Recent Images <span>37 total</span></h2><a href="/memes/disappointed-toaster/photos">View All Images</a></section>
<section id="comments"><h2 class="comments-title">Comments ( 2 )</h2><div class="comment-list">${kComments
  .map(
    ([who, text]) => `<div class="comment"><div class="comment-info"><a href="/users/${who}" class="user-link">${who}</a></div><div class="body"><p>${text}</p>
</div><div class="comment-actions"><a href="#">Reply</a></div></div>`,
  )
  .join('\n')}</div><p class="login-to-comment">Display Comments</p></section></div>
<div id="sidebar"><div class="related-entries"><h3>Related Entries</h3><ul>${links(kRelated)}</ul></div><div class="ad"><span>Advertisement</span></div>
<div class="newsletter"><h3>Meme Newsletter</h3><p>The week’s weirdest internet culture, explained.</p><a href="/newsletter">Subscribe</a></div></div></div>
<div id="footer"><ul>${links(kFoot)}</ul><p>© 2026 Literally Media Example Ltd.</p></div>
<script src="https://s.kym-cdn.example/assets/application-5a1e.js"></script></body></html>`;
const kym: TestPage = {
  name: 'heldout325-knowyourmeme-entry-wiki',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kAbout, ...kOrigin, ...kSpread, ...kExamples, ...kRefs]),
  bylines: ['Updated Feb 27, 2026 at 11:02AM EST by Ferrous.', 'Added Sep 03, 2025 at 04:18PM EDT by ladleburn.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to serve ads and analyze traffic.', 'Got it', 'Know Your Memery', ...kNav, 'Login', 'Sign Up', 'Meme',
    'Part of a series on Faces in Things. [View Related Entries]', 'PROTIP: Press the ← and → keys to navigate the gallery', 'Views:', '48,219', 'Images:',
    'Overview', ...kOverview.flat().filter((t) => t !== '2025'), 'Tags', ...kTags, 'Share', 'Tweet', 'Pin', 'Recent Images', '37 total', 'View All Images',
    'Comments ( 2 )', ...kComments.flat(),
    'Reply', 'Display Comments', 'Related Entries', ...kRelated, 'Advertisement', 'Meme Newsletter', 'The week’s weirdest internet culture, explained.',
    'Subscribe', ...kFoot.filter((t) => t !== 'About'), '© 2026 Literally Media Example Ltd.',
  ],
};

export const HELDOUT325_E: readonly TestPage[] = [kym, advice];
