import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout406-kit.js';
import { devpostHack } from './pages-heldout406-a2.js';

/**
 * Held-out batch 406, file a: a Devpost project page whose story is the body (site header, project header with tagline,
 * gallery with captions, the "Inspiration / What it does / ..." story, "Built With" tags, "Try it out" links, "Submitted to"
 * with a winner badge, "Created by" team cards, likes and the "Updates" comment thread, footer) and, from file a2, a Devpost
 * hackathon overview.
 */
const title = 'Tidewatch';
const tagline = 'Street-level flood alerts from a twelve-dollar sensor and a text message';
const story: [string, string[]][] = [
  [
    'Inspiration',
    [
      j(
        'Two of us grew up in Marrow Point, a harbour town where the same three streets flood every spring tide. The county publishes',
        'a tide table, but nobody on Quayside Lane checks a tide table at two in the morning. Last March a neighbour lost a car and',
        'most of a ground-floor workshop because the water came up faster than the forecast said it would.',
      ),
      j(
        'We wanted something that would tell people what the water was actually doing on their own street, not what a model',
        'thought it might do somewhere nearby.',
      ),
    ],
  ],
  [
    'What it does',
    [
      j(
        'Tidewatch is a small ultrasonic sensor bolted under a storm drain grate. It measures the distance to the water surface every',
        'thirty seconds and sends a reading over LoRa to a gateway on a roof. When the level rises faster than a threshold the',
        'residents set, everyone who signed up for that street gets a plain text message with the current depth and the trend.',
      ),
      j(
        'There is no app to install. You subscribe by texting the street name to a number, and you unsubscribe by texting STOP.',
        'A simple web map shows every sensor, its last reading and a six-hour chart for anyone who wants the detail.',
      ),
    ],
  ],
  [
    'How we built it',
    [
      j(
        'The sensor is a waterproof ultrasonic module on a low-power microcontroller board, powered by two AA cells that should last',
        'about eight months at our sampling rate. We printed the housing in PETG and sealed the cable gland with marine silicone.',
      ),
      j(
        'The gateway forwards readings to a small Go service that stores them in SQLite and runs the alert rules. Text messages go',
        'out through an SMS provider, and the map is a single static page that polls a JSON endpoint once a minute.',
      ),
    ],
  ],
  [
    'Challenges we ran into',
    [
      j(
        'Ultrasonic sensors hate rain. Raindrops falling through the beam gave us readings that jumped by twenty centimetres, so we',
        'added a median filter over the last five samples and only alert when three filtered readings in a row agree.',
      ),
      j(
        'We also learned that a storm drain is not a friendly radio environment. Our first gateway position lost half the packets',
        'until we moved it two floors up.',
      ),
    ],
  ],
  [
    'Accomplishments that we are proud of',
    [
      j(
        'By the end of the weekend we had three sensors running in a water butt, a bath and the harbour slipway, and a text message',
        'arrived on our phones eleven seconds after we poured a bucket into the butt.',
      ),
    ],
  ],
  [
    'What we learned',
    [
      j(
        'Most of the value is in the boring parts: thresholds people can understand, messages that say what to do, and making',
        'unsubscribing as easy as subscribing. The hardware was the easy half.',
      ),
    ],
  ],
  [
    'What is next for Tidewatch',
    [
      j(
        'The harbour association has offered to fund ten sensors for a winter trial. We want to add a solar panel option and let',
        'residents vote on their own street thresholds.',
      ),
    ],
  ],
];
const nav = ['Hackathons', 'Projects', 'Software', 'Portfolio', 'For organizers'];
const builtWith = ['golang', 'sqlite3', 'lorawan', 'esp32', 'leaflet.js', 'twilio'];
const team = ['Nell Castellan', 'Rafe Dunmore', 'Ochieng Harte'];
const foot = ['About', 'Careers', 'Contact', 'Help', 'Hackathon guides', 'Terms of service', 'Privacy policy', 'Community guidelines'];
const comments = [
  'Love that it works over SMS. My parents would never install another app. Congrats on the win!',
  'How are you calibrating the zero level when the grate sits at a slope?',
];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Tidewatch | Devpost</title>
<meta name="description" content="${tagline}">
<meta property="og:title" content="Tidewatch"><meta property="og:site_name" content="Devpost"><meta property="og:type" content="website">
<meta property="og:image" content="https://d112y698adiu2z.cloudfront.example/photos/production/software_photos/002/771/904/datas/medium.jpg">
<meta name="csrf-token" content="q8Zx1mNfA0">
<link rel="stylesheet" href="https://d2dmyh35ffsxbl.cloudfront.example/assets/application-9c1f.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page_type":"software#show","software_id":771904});</script>
</head>
<body class="software-show" id="body-software"><div id="container">
<header id="devpost-header" class="site-header"><div class="row"><a href="https://devpost.com/" class="logo-link" aria-label="Devpost home">
<span class="devpost-logo"></span></a><nav class="site-nav"><ul class="menu">${links(nav, 'menu-item')}</ul></nav>
<ul class="user-nav"><li><a href="/users/login" class="log-in">Log in</a></li><li><a href="/users/register" class="button small">Sign up</a></li></ul></div>
</header>
<section id="software-header" class="row"><div class="large-12 columns"><h1 id="app-title">${title}</h1>
<p class="large">${tagline}</p></div></section>
<section id="app-details" class="row"><div id="app-details-left" class="large-9 columns">
<div id="gallery"><ul class="slides"><li><figure><img src="/photos/771904-1.jpg" alt="Sensor under a grate">
<figcaption><p><i>The first sensor, zip-tied under the drain on Quayside Lane</i></p></figcaption></figure></li>
<li><figure><img src="/photos/771904-2.jpg" alt="Map"><figcaption><p><i>The live map with six-hour charts</i></p></figcaption></figure></li></ul></div>
<div>
${story.map(([h, p]) => `<h2>${h}</h2>\n${ps(p)}`).join('\n')}
</div>
<div id="built-with"><h2>Built With</h2><ul class="no-bullet inline-list">
${builtWith.map((t) => `<li><span class="cp-tag recognized-tag"><a href="https://devpost.com/software/built-with/${t}">${t}</a></span></li>`).join('\n')}
</ul></div>
<nav class="app-links section"><h2>Try it out</h2><ul class="no-bullet" data-role="software-urls">
<li><a href="https://github.example/tidewatch/tidewatch" rel="nofollow"><span>github.com</span></a></li>
<li><a href="https://tidewatch.example/map" rel="nofollow"><span>tidewatch.example</span></a></li></ul></nav>
</div>
<div id="app-details-right" class="large-3 columns"><div class="software-list-content"><h4>Submitted to</h4>
<ul class="software-list-with-thumbnail"><li><a href="https://saltmarsh-hacks-2026.devpost.com/">Saltmarsh Hacks 2026</a>
<span class="winner label radius small all-caps">Winner</span><span class="prize">Best Hardware Hack</span></li></ul></div>
<section id="app-team" class="app-team"><h4>Created by</h4><ul class="no-bullet">
${team
  .map(
    (n) => `<li class="software-team-member"><figure><img alt="${n}" class="user-photo" src="/avatars/${n.length}.png"></figure>
<div class="bubble"><a class="user-profile-link" href="/${n.split(' ')[0]}">${n}</a></div></li>`,
  )
  .join('\n')}
</ul></section>
<div class="software-likes"><a class="like-button" href="#"><span class="side-count">48</span> Likes</a></div></div>
</section>
<section id="software-updates" class="row"><div class="large-9 columns"><h2>Updates</h2>
<article class="comment software-update"><div class="user-profile-link">Priya Wendling</div><span class="timeago">about 9 hours ago</span>
<p>${comments[0]}</p></article>
<article class="comment software-update"><div class="user-profile-link">Hamid Ostrowe</div><span class="timeago">about 7 hours ago</span>
<p>${comments[1]}</p></article>
<form class="new_comment"><textarea placeholder="Leave feedback in the comments!"></textarea><button class="button">Post comment</button></form>
</div></section>
<footer id="footer" class="site-footer"><div class="row"><ul class="footer-links">${links(foot)}</ul>
<p class="copyright">Copyright © 2026 Devpost, Inc. All rights reserved.</p></div></footer>
<div id="cookie-consent" class="cookie-bar"><p>Devpost uses cookies to give you the best experience on our site.</p>
<button class="button small accept">Got it</button></div>
</div></body></html>`;
const devpostProject: TestPage = {
  name: 'heldout406-devpost-project-blog',
  kind: 'blog',
  html,
  title,
  headings: story.map(([h]) => h),
  body: texts([tagline, ...story.flatMap(([, p]) => p)]),
  bylines: team,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Log in', 'Sign up', 'The first sensor, zip-tied under the drain on Quayside Lane', 'The live map with six-hour charts', 'Built With',
    ...builtWith, 'Try it out', 'github.com', 'tidewatch.example', 'Submitted to', 'Saltmarsh Hacks 2026', 'Winner', 'Best Hardware Hack',
    'Created by', '48 Likes', 'Updates', 'Priya Wendling', 'about 9 hours ago', ...comments, 'Hamid Ostrowe', 'about 7 hours ago',
    'Post comment', ...foot, 'Copyright © 2026 Devpost, Inc. All rights reserved.', 'Devpost uses cookies to give you the best experience on our site.',
    'Got it',
  ],
};

export const HELDOUT406_A: readonly TestPage[] = [devpostProject, devpostHack];
