import { links, ps, type TestPage, texts } from './page-kit.js';
import { type DPost, dPost, dQuote, dSidebarSection, dSolved, dSuggested, dTopicMap } from './pages-heldout170-b3.js';
import { raspberryPi } from './pages-heldout170-f2.js';

/**
 * Held-out batch 170, file f: an Arduino Forum topic (Discourse under the arduino.cc global header with its product menu, the
 * sidebar, the title with category breadcrumb badges and tags, posts with user titles and trust-level flair, a code block, a
 * quote, the Solved plugin's box and "Solution" label, like counts, the topic map, "Related topics", "Powered by Discourse"
 * and the arduino.cc footer with its newsletter box) and, from file f2, a Raspberry Pi Forums topic.
 */
const slug = 'servo-jitters-when-the-lcd-updates/1409922';
const title = 'Servo jitters whenever the LCD updates';
const p1 = [
  `I have a small project on an Uno: a hobby servo that points at a dial, and a 16x2 LCD showing the value. Each works fine alone.
Together, the servo twitches every time the display refreshes, about twice a second.`,
  `Everything is powered from the USB port of my laptop. Here is the loop, trimmed down:`,
  `Is the library doing something to the timer, or is this a wiring problem?`,
];
const p2 = [
  `Almost certainly power. A servo can draw several hundred milliamps in short spikes, and the LCD backlight adds to it. On USB the 5 V
rail sags a little each time, and the servo reads the dip as a new position. The timing matches your refresh because that is when
the backlight and the servo both draw.`,
  `Give the servo its own 5 V supply, connect the grounds together, and put a 470 µF capacitor across the servo supply close to the
connector. That fixes it in nine cases out of ten.`,
];
const p3 = [
  `Also worth only calling lcd.print when the value actually changes. Rewriting the same text twice a second does nothing useful,
and it keeps the bus busy.`,
  `The same goes for the servo: only write a new angle when the reading has moved by more than a couple of steps. Analogue readings
wander by one or two counts all the time, and each tiny change makes the servo hunt back and forth even with a perfect supply.`,
];
const p4 = [
  `Separate supply from a phone charger plus the capacitor, and the twitching has stopped completely. I also moved the LCD update into
an if block as suggested. Thank you both, marking the power answer as the solution.`,
  `For anyone finding this later: the phone charger is rated at two amps, which is plenty for one small servo, and I put the capacitor
on the breadboard rail right next to the servo plug, as close as the leads allowed.`,
];
const posts: DPost[] = [
  {
    n: 1,
    user: 'oskar_tinker',
    date: 'Oct 5',
    long: 'Oct 5, 2025 6:48 pm',
    cooked:
      `<p>${p1[0]}</p>\n<p>${p1[1]}</p>\n<pre><code class="lang-cpp hljs">void loop() {\n  int v = analogRead(A0);\n  dial.write(map(v, 0, 1023, 0, 180));\n` +
      `  lcd.setCursor(0, 0);\n  lcd.print(v);\n  delay(500);\n}</code></pre>\n<p>${p1[2]}</p>\n${dSolved(
        'bellweather',
        2,
        'Almost certainly power. A servo can draw several hundred',
      )}`,
  },
  { n: 2, user: 'bellweather', utitle: 'Global Moderator', date: 'Oct 5', long: 'Oct 5, 2025 7:10 pm', likes: '6', solution: true, cooked: ps(p2) },
  { n: 3, user: 'k_adebayo', date: 'Oct 5', long: 'Oct 5, 2025 7:26 pm', likes: '2', cooked: ps(p3) },
  {
    n: 4,
    user: 'oskar_tinker',
    date: 'Oct 6',
    long: 'Oct 6, 2025 9:03 pm',
    likes: '1',
    cooked: `${dQuote('bellweather', 2, 'put a 470 µF capacitor across the servo supply close to the connector')}\n${ps(p4)}`,
  },
];
const global = ['Hardware', 'Software', 'Cloud', 'Documentation', 'Community', 'Blog', 'About'];
const community = ['Topics', 'Users', 'Badges', 'FAQ', 'More'];
const cats = ['Using Arduino', 'Projects', 'Programming', 'General Electronics', 'All categories'];
const stats = [
  ['203', 'views'],
  ['9', 'likes'],
  ['3', 'users'],
] as const;
const related = [
  ['Servo shakes when powered from the Arduino 5V pin', 'Motors, Mechanics, Power and CNC', '14', 'Sep 16'],
  ['LCD flickers when relay switches', 'Displays', '7', 'Aug 27'],
  ['How big a capacitor for an SG90?', 'General Electronics', '11', 'Jul 30'],
] as const;
const footLinks = [
  'Help Center',
  'Contact Us',
  'Trademark & Copyright',
  'Brand Guidelines',
  'Distributors',
  'Careers',
  'Terms Of Service',
  'Privacy Policy',
  'Security',
  'Cookie Settings',
];
const newsletter = [
  'NEWSLETTER',
  'Join our newsletter',
  'Enter your email to sign up',
  'I confirm I have read the Privacy Policy and accept the Terms of Service.',
];
const html = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${title} - Programming - Arduino Forum</title>
<meta name="description" content="I have a small project on an Uno: a hobby servo that points at a dial, and a 16x2 LCD showing the value."><meta
name="generator" content="Discourse 3.5.0">
<link rel="canonical" href="https://forum.arduino.cc/t/${slug}"><meta property="og:site_name" content="Arduino Forum"><meta property="og:title"
content="${title}">
<link href="/stylesheets/desktop_theme_12_4f3e.css" media="all" rel="stylesheet"><script defer src="/assets/start-discourse-9c2f.js"></script>
<script src="https://cdn.arduino.example/header-footer/prod/index.js" defer></script><script
type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage",
"name":"${title}","mainEntity":{"@type":"Question","name":"${title}","answerCount":3,"author":{"@type":"Person","name":"oskar_tinker"}}}</script></head>
<body class="crawler-disabled docked has-sidebar-page category-using-arduino-programming"><div id="arduino-header"><header class="ardh-header" role="banner"><a
class="ardh-logo" href="https://www.arduino.cc/"><span class="ardh-sr-only">Arduino</span></a><nav class="ardh-menu" aria-label="Main"><ul>${links(
  global,
  'ardh-menu-item',
)}</ul>
</nav><a class="ardh-signin" href="https://login.arduino.cc/login">Sign in</a></header></div><section id="main" class="ember-application"><div
class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div
class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/arduino-forum.svg"
alt="Arduino Forum">
</a></div></div><div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small login-button btn-icon-text"><span
class="d-button-label">Log In</span></button></span></div></div></div></header></div><div id="main-outlet-wrapper" class="wrap" role="main"><div
class="sidebar-wrapper">
<section id="d-sidebar" class="sidebar-container"><div class="sidebar-sections">${dSidebarSection('Community', community)}${dSidebarSection(
  'Categories',
  cats,
)}</div>
</section></div><div id="main-outlet"><div class="ember-view"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1
data-topic-id="1409922">
<span class="topic-statuses"><span title="This topic has a solution" class="topic-status"></span></span><a href="/t/${slug}"
class="fancy-title">${title}</a></h1>
<div class="topic-category"><div class="badge-wrapper bullet"><a class="badge-category__wrapper" href="/c/using-arduino/6"><span
class="badge-category --has-parent"><span
class="badge-category__name">Using Arduino</span></span></a><a class="badge-category__wrapper" href="/c/using-arduino/programming/20"><span
class="badge-category"><span
class="badge-category__name">Programming</span></span></a></div><div class="list-tags"><a href="/tag/servo"
class="discourse-tag simple">servo</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="1409922"><div class="posts-wrapper"><div
class="post-stream">
${posts
  .map((p) => dPost(slug, p))
  .join('\n')
  .replace('<section class="post-actions"></section>', `<section class="post-actions"></section>${dTopicMap(stats)}`)}</div>
</div></section></div><div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button
class="btn btn-primary create topic-footer-button btn-icon-text"
title="begin composing a reply to this topic"><span class="d-button-label">Reply</span></button></div></div>${dSuggested('Related topics', related)}</div></div>
<div class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></div></div></div></section><div
id="arduino-footer"><footer
class="ardf-footer"><div class="ardf-newsletter"><h4 class="ardf-newsletter-label">${newsletter[0]}</h4><p>${newsletter[1]}</p><form><input type="email"
placeholder="Enter your email"><label class="ardf-placeholder">${newsletter[2]}</label><label class="ardf-consent"><input type="checkbox">
${newsletter[3]}</label></form></div>
<ul class="ardf-links">${links(footLinks)}</ul><p class="ardf-copyright">© 2025 Arduino</p></footer></div></body></html>`;
const arduino: TestPage = {
  html,
  name: 'heldout170-arduino-forum-discourse-forum',
  kind: 'forum',
  title,
  headings: [],
  body: texts([...p1, ...p2, ...p3, ...p4]),
  bylines: ['oskar_tinker', 'bellweather', 'k_adebayo', 'Oct 5', 'Oct 6'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Arduino', ...global, 'Sign in', 'Skip to main content', 'Log In', 'Community', ...community, 'Categories', ...cats, 'servo',
'Solved by bellweather in post #2',
    'Global Moderator', 'Solution', '6', '2', '1', 'Reply', ...stats.flat(), 'Related topics', 'Topic', 'Replies', 'Activity',
    ...related.flatMap((r) => [r[0], r[1], r[2], r[3]]), 'Powered by Discourse', ...newsletter, ...footLinks, '© 2025 Arduino',
  ],
};

export const HELDOUT170_F: readonly TestPage[] = [arduino, raspberryPi];
