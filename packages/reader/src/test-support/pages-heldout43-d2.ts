import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 43, file d2: a podcast episode transcript page on a public radio station's WordPress site (Newspack theme:
 * the "Listen Live" and "Donate" header buttons, menu, the show label, the title with "Transcript:", the subtitle, bylines
 * and date, Jetpack share buttons, the audio player, the machine-transcript note, the transcript with NPR-style speaker
 * labels inside each turn and sound cues, the copyright line, the subscribe links, show credits, "More episodes", the member
 * drive promo and the footer with FCC links).
 */
const ptTitle = 'Transcript: The Night Bridge Operator';
const ptSub = 'Denise has raised the Harmon Street Bridge through the small hours for nineteen years. Next year a camera may do it instead.';
/** Turns of the transcript: the speaker label (empty for a sound cue) and what is said. */
const ptTurns: [string, string][] = [
  ['', '(SOUNDBITE OF BRIDGE BELL RINGING)'],
  [
    'JUNO PARK, HOST',
    'It’s 2:40 in the morning on the Sellwood River, and a bell is ringing over empty water. Somewhere out in the dark, a tug is pushing ' +
      'a gravel barge upstream, and it needs the bridge to open. I’m Juno Park, and this is The Long Shift, a show about the people who ' +
      'work while the rest of us sleep.',
  ],
  ['PARK', 'Up in a small glass cabin at the top of the Harmon Street Bridge, Denise Okafor has been watching that tug on a radar screen for twenty minutes.'],
  [
    'DENISE OKAFOR',
    'You see that green smudge? That’s him. He called me on the radio about half an hour ago, so I’ve been waiting. I already stopped ' +
      'the traffic lights on both sides. Now I just check there’s nobody on the deck, no cyclist who thinks he can beat it.',
  ],
  ['PARK', 'And then what?'],
  [
    'OKAFOR',
    'Then I press this. (SOUNDBITE OF MOTOR HUMMING) It takes about ninety seconds for the leaves to go all the way up. People think ' +
      'it’s a big dramatic thing, but honestly it’s mostly waiting and looking.',
  ],
  [
    'PARK',
    'Denise has worked this bridge for nineteen years. The city has six drawbridges, and at night they share just three operators, who ' +
      'drive between them when a boat calls ahead. On a busy night, she might open the Harmon Street Bridge four or five times. On a ' +
      'quiet night, not at all.',
  ],
  [
    'OKAFOR',
    'The quiet nights are the hard ones. You bring a book, you bring a crossword, you do the logbook twice. My husband thinks I sleep up ' +
      'here. I have never once slept up here.',
  ],
  ['PARK', 'What do you think about, on the quiet nights?'],
  [
    'OKAFOR',
    'The river, mostly. It changes every night. In spring it’s brown and fast, with whole trees coming down. In August it’s so low you ' +
      'can see the shopping carts. I have a list of things I’ve seen go under this bridge. A piano on a raft. A man in a bathtub, in a ' +
      'race for charity. A deer, swimming. Twice.',
  ],
  ['', '(SOUNDBITE OF MUSIC)'],
  [
    'PARK',
    'The job is changing. Next year the city plans to run four of its six bridges from a central control room, using cameras instead of ' +
      'an operator in each cabin. Denise’s bridge is one of the four.',
  ],
  [
    'OKAFOR',
    'I understand why. It costs money to have someone sitting here all night. But a camera doesn’t smell smoke. A camera doesn’t hear a ' +
      'kid shouting on the riverbank at three in the morning. I have called the fire department from this cabin eleven times. I counted.',
  ],
  ['PARK', 'She says she’ll probably take the control room job when it comes. But she isn’t looking forward to it.'],
  ['OKAFOR', 'Up here I can see the whole river. Down there I’ll see a screen. It’s not the same river.'],
  ['', '(SOUNDBITE OF BRIDGE BELL RINGING)'],
  [
    'PARK',
    'At 2:47, the leaves come down, the lights turn green, and a single taxi rolls across the deck. Denise writes the time in her ' +
      'logbook. The Long Shift is produced by Marcus Bell and me, Juno Park. Our editor is Ruth Adeyemi. Next week, we ride along with a ' +
      'night-shift vet on a dairy farm.',
  ],
];
const ptNav = ['News', 'Podcasts', 'Programs', 'Events', 'Support', 'About'];
const ptSubs = ['Apple Podcasts', 'Spotify', 'Pocket Casts', 'YouTube', 'RSS'];
const ptMore = ['Ep. 63: The Bakery Before Dawn', 'Ep. 62: Nights on the Stroke Ward', 'Ep. 61: The Snowplough Dispatcher'];
const ptFoot = ['FCC Public Files', 'EEO Report', 'Privacy Policy', 'Terms of Use', 'Contact Us', 'Careers'];
const ptNote =
  'This transcript was made with speech recognition software and checked by a producer. It may contain errors. Please listen to the ' +
  'audio before quoting it.';
const ptCopy = 'Copyright © 2026 Harbor Public Media. All rights reserved. Visit our website terms of use and permissions pages for further information.';
const share = (s: string): string =>
  `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${s.toLowerCase()} sd-button share-icon" ` +
  `href="https://harborpublic.example/podcasts/the-long-shift/64-transcript/?share=${s.toLowerCase()}" target="_blank"><span>${s}</span>` +
  `<span class="screen-reader-text">Click to share on ${s} (Opens in new window)</span></a></li>`;
const ptHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ptTitle} – Harbor Public Media</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="newspack-style-css" href="https://harborpublic.example/wp-content/themes/newspack-theme/style.css?ver=2.8.1" media="all">
<script id="newspack-blocks-data">
var newspack_blocks_data = {"assets_path":"https:\\/\\/harborpublic.example\\/wp-content\\/plugins\\/newspack-blocks\\/dist\\/"};
</script>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${ptTitle}",
"datePublished":"2026-03-03T05:00:00+00:00","author":[{"name":"Juno Park"},{"name":"Marcus Bell"}],
"publisher":{"@id":"https://harborpublic.example/#organization"}}]}</script></head>
<body class="podcast-template-default single single-podcast postid-9912 wp-embed-responsive singular h-nsub h-sb h-db h-dh has-sidebar">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="page" class="site"><header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper">
<a class="button listen-live" href="/listen-live/">Listen Live</a><a class="button donate" href="/donate/">Donate</a></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="https://harborpublic.example/" class="custom-logo-link" rel="home">
<img width="300" height="72" src="https://harborpublic.example/wp-content/uploads/2024/06/hpm-logo.png" class="custom-logo" alt="Harbor Public Media"></a></div>
<nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">${links(
  ptNav,
  'menu-item menu-item-type-post_type',
)}</ul></nav>
<button class="mobile-menu-toggle" on="tap:mobile-sidebar.toggle"><span>Menu</span></button></div></div></header>
<div id="content" class="site-content"><section id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-9912" class="post-9912 podcast type-podcast status-publish has-post-thumbnail hentry series-the-long-shift entry">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/podcasts/the-long-shift/" rel="category
tag">The Long Shift</a></span>
<h1 class="entry-title">${ptTitle}</h1><div class="newspack-post-subtitle">${ptSub}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span>By</span> <span class="author vcard"><a class="url fn n"
href="/author/juno-park/">Juno Park</a></span>,
<span class="author vcard"><a class="url fn n" href="/author/marcus-bell/">Marcus Bell</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-03-03T05:00:00-05:00">March 3, 2026</time></span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${['Facebook', 'Bluesky', 'Email'].map(share).join('')}<li class="share-end"></li></ul></div></div></div></div></header>
<div class="entry-content">
<figure class="wp-block-audio"><audio controls src="https://traffic.megaphone.example/HPM7311640264.mp3?updated=1772512140" preload="none"></audio>
<figcaption class="wp-element-caption">Episode 64 · 28 min</figcaption></figure>
<p class="has-small-font-size"><em>${ptNote}</em></p>
<hr class="wp-block-separator has-alpha-channel-opacity">
${ptTurns.map(([who, said]) => (who === '' ? `<p>${said}</p>` : `<p>${who}: ${said}</p>`)).join('\n')}
<p class="has-small-font-size"><em>${ptCopy}</em></p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/podcasts/the-long-shift/64/">Back to the
episode</a></div></div>
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span> <a href="/tag/infrastructure/" rel="tag">infrastructure</a>, <a
href="/tag/night-work/" rel="tag">night work</a></span>
</footer></article></main></section>
<aside id="secondary" class="widget-area"><section class="widget widget_block"><h2 class="widget-title">Subscribe to The Long Shift</h2>
<ul class="podcast-subscribe">${links(ptSubs)}</ul></section>
<section class="widget widget_block"><h2 class="widget-title">About the show</h2><p>Stories from the people who work while the rest of us sleep. New episodes
every
other Tuesday.</p><p>Host: Juno Park<br>Producer: Marcus Bell<br>Editor: Ruth Adeyemi</p></section>
<section class="widget widget_block"><h2 class="widget-title">More episodes</h2><ul>${links(ptMore)}</ul></section>
<section class="widget widget_block newspack-popup-widget"><div class="wp-block-group member-drive"><h2>Harbor Public Media is listener-supported</h2>
<p>Shows like The Long Shift are made possible by members. Give $8 a month and get our member podcast feed, ad-free.</p>
<div class="wp-block-button"><a class="wp-block-button__link" href="/donate/?campaign=longshift">Become a member</a></div></div></section></aside></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><p>Harbor Public Media · 1200 Wharf Road · Sellwood, OR 97299</p>
<p>Harbor Public Media is a community licensee of KHPM 91.3 FM.</p></div><nav class="footer-menu" aria-label="Footer Menu"><ul>${links(ptFoot)}</ul></nav>
<div class="site-info"><span class="copyright">© 2026 Harbor Public Media.</span><a href="https://newspack.com/" class="imprint">Proudly powered by Newspack
by Automattic</a></div></footer></div>
<script src="https://harborpublic.example/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=14.1" id="sharing-js-js" defer></script>
</body></html>`;
export const podcastTranscript: TestPage = {
  html: ptHtml,
  name: 'heldout43-podcast-transcript',
  kind: 'blog',
  // the transcript turns are the body, the sound cues too (lines of the transcript, as the station wrote them); the speaker
  // labels ("JUNO PARK, HOST:", "PARK:", "OKAFOR:") sit inside each turn's paragraph, NPR style: in neither list (each turn's
  // body text starts after its label); the subtitle is body (a dek); the two authors and the date are bylines; the show
  // label, share buttons, the player caption, the machine-transcript note, the copyright line, "Back to the episode", tags,
  // subscribe links, show credits, "More episodes", the member promo, header and footer are furniture; the credits' host
  // and producer names are words of the last turn ("Marcus Bell and me, Juno Park"): only their whole lines are listed; the
  // show label "The Long Shift" and the menu's "About" are body words ("this is The Long Shift", "about ninety seconds"): left out
  title: ptTitle,
  headings: [],
  body: [ptSub, ...ptTurns.map(([, said]) => said)],
  bylines: ['Juno Park, Marcus Bell', 'March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Listen Live', 'Donate', ...ptNav.filter((t) => t !== 'About'), 'Menu', 'Posted in', 'Share this:', 'Facebook', 'Bluesky', 'Email',
    'Click to share on Facebook (Opens in new window)', 'Episode 64 · 28 min', ptNote, ptCopy, 'Back to the episode', 'Tagged:', 'infrastructure',
    'night work', 'Subscribe to The Long Shift', ...ptSubs, 'About the show', 'New episodes every other Tuesday.', 'Host: Juno Park', 'Producer: Marcus Bell',
    'Editor: Ruth Adeyemi', 'More episodes', ...ptMore, 'Harbor Public Media is listener-supported',
    'Shows like The Long Shift are made possible by members. Give $8 a month and get our member podcast feed, ad-free.', 'Become a member',
    'Harbor Public Media · 1200 Wharf Road · Sellwood, OR 97299', 'Harbor Public Media is a community licensee of KHPM 91.3 FM.', ...ptFoot,
    '© 2026 Harbor Public Media.', 'Proudly powered by Newspack by Automattic',
  ],
};
