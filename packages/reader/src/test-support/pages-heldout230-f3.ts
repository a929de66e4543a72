import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file f3: a Hackster.io project page (header, project stats, things used, story, code, credits, comments). */
const title = 'Greenhouse Vent Opener with an ESP32 and a Linear Actuator';
const pitch = 'Open and close a hobby greenhouse roof vent automatically based on temperature and humidity, with a web dashboard.';
const p1 = [
  'My small polycarbonate greenhouse gets dangerously hot on sunny spring afternoons, even when the outside air is cool. The wax ' +
    'cylinder vent openers sold for greenhouses work, but they are slow, they open far too late for seedlings, and they cannot be ' +
    'closed remotely when a storm is coming. So I built an electric one.',
  'The controller is an ESP32 that reads a temperature and humidity sensor every 30 seconds and drives a 12 V linear actuator ' +
    'through a motor driver. It serves a small web page where you can see the readings, change the thresholds and override the vent.',
];
const h1 = 'How it works';
const p2 = [
  'The actuator has built-in limit switches, so the firmware only needs to run it in one direction or the other for a fixed time. ' +
    'I measured 14 seconds to fully open my vent. The firmware keeps track of the vent position by counting how long the actuator ' +
    'has been driven, and it re-homes by closing fully every night at midnight.',
  'The control logic uses a simple hysteresis band so the vent does not chatter open and closed around one temperature:',
];
const list = [
  'Above 26 °C, open the vent halfway.',
  'Above 30 °C, or above 85% humidity, open it fully.',
  'Below 22 °C, close it again.',
  'If the wind sensor reports gusts above 40 km/h, close it regardless of temperature.',
];
const h2 = 'Wiring';
const p3 = [
  'The ESP32 runs from a 12 V to 5 V buck converter fed by the same supply as the actuator. The sensor connects over I2C on GPIO 21 ' +
    'and 22, and the motor driver’s two inputs go to GPIO 25 and 26. Put a 470 µF capacitor across the 12 V supply close to the ' +
    'driver, otherwise the ESP32 may reset when the actuator starts.',
  'Everything lives in an IP65 junction box mounted on the greenhouse frame, with a cable gland for the sensor lead so the sensor ' +
    'itself hangs in the shade at plant height.',
];
const h3 = 'Results after one season';
const p4 = [
  'Compared with last year, the peak afternoon temperature in the greenhouse dropped from 41 °C to 31 °C, and I did not lose a ' +
    'single tray of seedlings to heat. The storm override has been used twice. Total cost was a little under 60 dollars.',
  'The next version will add a second actuator for the side vent and a solar panel so the whole thing can run off-grid.',
];
const code = 'if (temp > cfg.openFull || hum > cfg.humFull) vent.moveTo(100);';
const nav = ['Projects', 'Channels', 'News', 'Contests', 'Events', 'Videos', 'Workshops'];
const stats = ['Beginner', 'Full instructions provided', '3 hours', '2,318'];
const things = {
  heads: ['Hardware components', 'Software apps and online services', 'Hand tools and fabrication machines'],
  items: ['Espressif ESP32 DevKitC', 'SHT31 temperature and humidity sensor', '12 V linear actuator, 150 mm stroke', 'Arduino IDE', 'Soldering iron (generic)'],
};
const toc = ['Things used in this project', 'Story', 'Schematics', 'Code', 'Credits', 'Comments (2)'];
const comments = [
  { who: 'Tomas Hruby', when: '2 days ago', text: 'Nice build! How did you seal the actuator shaft against rain?' },
  { who: 'Nadia Krol', when: '1 day ago', text: 'A rubber boot from a car steering rack, cut to length. Works perfectly so far.' },
];
const tags = ['agriculture', 'home automation', 'environmental sensing', 'esp32'];
const foot = ['About us', 'Contact', 'Terms of service', 'Privacy policy', 'Cookie settings'];
const copy = 'Hackster.io, an Avnet Community © 2025';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Greenhouse Vent Opener with an ESP32 and a Linear Actuator - Hackster.io</title>
<meta name="description" content="${pitch}"><meta property="og:site_name" content="Hackster.io"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><link rel="canonical"
href="https://www.hackster.example/nadiakrol/greenhouse-vent-opener-with-an-esp32-and-a-linear-actuator-7d1e2c">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${title}","author":{"@type":"Person","name":"Nadia Krol"},
"datePublished":"2025-03-12T18:04:11Z","publisher":{"@type":"Organization","name":"Hackster.io"}}</script>
<link rel="stylesheet"
href="https://hackster.imgix.example/assets/main.css"><script>window.__INITIAL_STATE__={"project":{"id":612201,"difficulty":"beginner"}};</script></head>
<body><div id="main"><header class="hckui__layout__header"><nav class="navbar"><a class="logo" href="/">Hackster.io</a>
<ul class="hckui__layout__flexCenterItems">${links(nav, 'navbar-item')}</ul>
<div class="navbar-actions"><a class="hckui__buttons__secondary" href="/users/sign_in">Log in</a><a class="hckui__buttons__primary" href="/users/sign_up">Sign
up</a></div>
</nav></header>
<div id="project-header" class="project-header"><div class="hckui__layout__container">
<h1 class="hckui__typography__h1 project-title">${title}</h1><p class="hckui__typography__bodyL project-pitch">${pitch}</p>
<div class="project-author"><a class="hckui__typography__link" href="/nadiakrol">Nadia Krol</a><span class="project-date">Published March 12, 2025</span>
<span class="project-license">© GPL3+</span><button class="hckui__buttons__sm">Follow</button></div>
<ul class="project-stats">${stats.map((t, i) => `<li class="project-stat project-stat-${i}">${t}</li>`).join('')}</ul>
<div class="project-actions"><button class="respect-button">Respect project</button><span class="respect-count">41</span>
<button class="share-button">Share</button><button class="embed-button">Embed</button></div></div></div>
<div class="project-body hckui__layout__container"><aside class="project-toc"><h4>Table of contents</h4><ul>${links(toc, 'toc-item')}</ul></aside>
<div class="project-content">
<section id="things"><h3 class="hckui__typography__h3">Things used in this project</h3>
${things.heads
  .map(
    (h, i) =>
      `<h4 class="hckui__typography__h4">${h}</h4><table class="things-table"><tbody>${things.items
        .filter((_, j) => (i === 0 ? j < 3 : i === 1 ? j === 3 : j === 4))
        .map((t) => `<tr><td class="thing-image"><img src="" alt=""></td><td class="thing-name"><a href="#">${t}</a></td><td class="thing-qty">×1</td></tr>`)
        .join('')}</tbody></table>`,
  )
  .join('\n')}
</section>
<section id="story"><h3 class="hckui__typography__h3 section-title">Story</h3><div class="medium-editor-content">
<p class="lead">${p1[0]}</p>
${ps(p1.slice(1))}
<h3>${h1}</h3>
${ps(p2)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<figure class="embed-frame"><img src="https://hackster.imgix.example/uploads/attachments/vent-open.jpg" alt=""><figcaption>The vent at half
open</figcaption></figure>
<h3>${h2}</h3>
${ps(p3)}
<h3>${h3}</h3>
${ps(p4)}
</div></section>
<section id="schematics"><h3 class="hckui__typography__h3 section-title">Schematics</h3><div class="schematic"><img src="" alt="">
<p class="schematic-name">Wiring diagram</p><a href="#">Download</a></div></section>
<section id="code"><h3 class="hckui__typography__h3 section-title">Code</h3><div class="code-file"><p class="code-file-name">vent_controller.ino</p>
<span class="code-lang">Arduino</span><pre><code>${code}</code></pre></div></section>
<section id="credits"><h3 class="hckui__typography__h3 section-title">Credits</h3><div class="credit"><a href="/nadiakrol">Nadia Krol</a>
<p class="credit-stats">4 projects • 19 followers</p><button>Follow</button></div></section>
<section id="comments"><h3 class="hckui__typography__h3 section-title">Comments</h3><p class="comments-prompt">Please log in or sign up to comment.</p>
${comments
  .map(
    (c) => `<div class="comment"><a class="comment-author" href="#">${c.who}</a><span class="comment-time">${c.when}</span>
<p>${c.text}</p></div>`,
  )
  .join('\n')}
</section>
<section id="tags"><h3 class="hckui__typography__h3 section-title">Related channels and tags</h3><ul>${links(tags, 'tag')}</ul></section>
</div></div>
<footer class="hckui__layout__footer"><ul>${links(foot)}</ul><p>${copy}</p></footer></div>
<script src="https://hackster.imgix.example/assets/main.js"></script></body></html>`;

export const hackster: TestPage = {
  name: 'heldout230-hackster-project-docs',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([pitch, ...p1, ...p2, ...list, ...p3, ...p4]),
  bylines: ['Nadia Krol', 'Published March 12, 2025'],
  // the pitch is body; the "Things used" block (its labels and parts), the "Story" label, schematic and code files are in
  // neither list; the project stats, respect/share bar, table of contents, credits, comments and tags are furniture
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hackster.io', ...nav, 'Log in', 'Sign up', '© GPL3+', 'Follow', ...stats, 'Respect project', 'Share', 'Embed', 'Table of contents', 'Schematics',
    'Credits', 'Comments (2)', 'The vent at half open', 'Wiring diagram', 'Download', '4 projects • 19 followers', 'Comments',
    'Please log in or sign up to comment.', ...comments.flatMap((c) => [c.when, c.text]), 'Tomas Hruby', 'Related channels and tags', ...tags, ...foot, copy,
  ],
};
