import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 46, file a2: a Hackster.io project page (site header and nav, title, one-line pitch, author avatars and
 * published line with the licence, difficulty and time chips, view and respect counts, the "Things used in this project"
 * parts table with store buttons, the Story with its own h3 headings and a list, the Code section with a file card, the
 * Schematics with a caption, Credits cards with Follow buttons, comments, tags, similar projects and the footer).
 */
const hkTitle = 'LoRa Soil Moisture Network for a Community Garden';
const hkPitch =
  'Four battery-powered sensor nodes report soil moisture to a gateway in the shed, so volunteers know which beds need water before they reach for the hose.';
const hkIntro = [
  'The Alder Street Community Garden has 38 raised beds and no irrigation system, just two hoses and a rota of volunteers. In a dry ' +
    'July the beds at the far end were always the ones that got missed, and by the time anyone noticed, the squash leaves had already gone limp.',
  'We wanted a cheap way to see, from a phone, which beds were drying out. Wi-Fi does not reach past the shed, so we picked LoRa, ' +
    'which happily covers the 120 metres to the far fence through two rows of bean poles.',
];
const hkH1 = 'The sensor nodes';
const hkNodes = [
  'Each node is a Feather board with a LoRa radio, a capacitive moisture probe and three AA cells in a sealed box. The probe sits ' +
    '10 cm into the soil on a short length of cable, and the box is zip-tied to the corner post of the bed.',
  'The firmware wakes every 20 minutes, powers the probe through a GPIO pin for half a second, takes eight readings, averages them ' +
    'and sends a 6-byte packet with the node ID, the moisture value and the battery voltage. Then it goes back into deep sleep, ' +
    'drawing about 40 microamps.',
  'Things we changed from the first version:',
];
const hkChanges = [
  'Power the probe from a pin, not the 3V rail, or it drains the cells in a week.',
  'Coat the edges of the probe with nail varnish: the bare board edge soaks up water and the readings drift.',
  'Put a drip loop in the cable before it enters the box.',
];
const hkH2 = 'The gateway in the shed';
const hkGateway = [
  'A fifth board in the shed listens for packets and passes them over USB to an old laptop running Home Assistant. Each bed gets ' +
    'a gauge on a dashboard, coloured from green to red, and the rota group gets a message when any bed drops below 30 per cent.',
];
const hkH3 = 'What we learned after a season';
const hkLearned = [
  'The nodes ran from May to October on a single set of batteries, and only one needed its probe replaced after a rake went through ' +
    'the cable. More importantly, nobody has lost a bed of squash this year.',
  'Calibration is the part we would do differently. We used one dry and one wet reading for all four probes, but they differ by as ' +
    'much as 8 per cent, so next spring each node will get its own pair of numbers.',
];
const hkParts: [string, [string, string][]][] = [
  [
    'Hardware components',
    [
      ['Adafruit Feather RP2040 with RFM95 LoRa Radio - 915MHz', '5'],
      ['DFRobot Gravity: Analog Capacitive Soil Moisture Sensor', '4'],
      ['Battery Holder, 3 x AA with Switch', '4'],
      ['Enclosure, IP65 ABS 100 x 68 x 50 mm', '5'],
    ],
  ],
  [
    'Software apps and online services',
    [
      ['Arduino IDE', ''],
      ['Home Assistant OS', ''],
    ],
  ],
  [
    'Hand tools and fabrication machines',
    [
      ['Soldering iron (generic)', ''],
      ['Hot glue gun (generic)', ''],
    ],
  ],
];
const hkCode = `#include &lt;RH_RF95.h&gt;
#define PROBE_PWR 10
RH_RF95 rf95(16, 21);
void loop() {
  digitalWrite(PROBE_PWR, HIGH); delay(500);
  uint16_t m = readAveraged(A0, 8);
  digitalWrite(PROBE_PWR, LOW);
  sendPacket(NODE_ID, m, batteryMillivolts());
  deepSleep(20UL * 60UL * 1000UL);
}`;
const hkNav = ['Projects', 'Channels', 'News', 'Contests', 'Events', 'Videos', 'Workshops'];
const hkTags = ['agriculture', 'environmental sensing', 'lora', 'sustainability'];
const hkSimilar = ['Solar Weather Station with ESP32 and E-Ink', 'Beehive Scale over LoRaWAN', 'Smart Rain Barrel Level Gauge'];
const hkComment = 'Did you read the battery through a resistor divider or the built-in pin? I am seeing noisy values on mine.';
const hkFoot = ['About us', 'Contact', 'Terms of service', 'Privacy policy', 'Code of conduct'];
const hkHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hkTitle} - Hackster.io</title>
<meta name="description" content="${hkPitch}"><meta property="og:site_name" content="Hackster.io">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${hkTitle}",
"author":[{"@type":"Person","name":"Priya Raman"},{"@type":"Person","name":"Tomasz Wróbel"}],"datePublished":"2025-09-02T14:05:11Z"}</script>
<script>window.__APOLLO_STATE__={"Project:881245":{"id":881245,"respects_count":41,"impressions_count":2318}};</script></head>
<body><div id="react-root"><div class="hckui__layout-fullWidth">
<header class="hckui__layout-flexCenterItems site-header"><a href="/" class="logo" aria-label="Hackster.io home"><svg aria-hidden="true"></svg></a>
<nav><ul class="hckui__layout-flexCenterItems">${links(hkNav, 'hckui__typography-linkCharcoal')}</ul></nav>
<input class="hckui__forms-input" type="search" placeholder="Search Hackster" aria-label="Search"><a href="/users/sign_in">Log in</a>
<a class="hckui__buttons-sm hckui__buttons-primary" href="/users/sign_up">Sign up</a></header>
<div id="main" class="project-page"><section class="project-header">
<h1 class="hckui__typography-h1 project-title">${hkTitle}</h1><p class="hckui__typography-bodyL project-pitch">${hkPitch}</p>
<div class="project-authors"><a class="avatar" href="/priyaraman"><img alt="Priya Raman" src="/avatar1.png"></a><a class="avatar" href="/twrobel">
<img alt="Tomasz Wróbel" src="/avatar2.png"></a><div class="hckui__typography-bodyS"><a href="/priyaraman">Priya Raman</a>
<span class="hckui__typography-pebble">and</span> <a href="/twrobel">Tomasz Wróbel</a></div>
<div class="hckui__typography-bodyS hckui__typography-pebble"><span>Published September 2, 2025</span> <span>©</span>
<a href="https://creativecommons.org/licenses/by-nc-sa/4.0/" rel="license">CC BY-NC-SA</a></div></div>
<ul class="project-stats"><li class="difficulty"><span class="hckui__typography-bodyXS">Intermediate</span></li>
<li><span>Full instructions provided</span></li><li><span>6 hours</span></li><li title="Views"><span>2,318</span></li></ul>
<div class="project-actions"><button class="hckui__buttons-md respect-button" aria-pressed="false">Respect project</button><span class="count">41</span>
<button class="hckui__buttons-md">Share</button></div></section>
<div class="project-body"><nav class="section-nav" aria-label="Project sections">
<ul>${links(['Things', 'Story', 'Code', 'Schematics', 'Credits', 'Comments'])}</ul></nav>
<section id="things" class="section-container"><h2 class="hckui__typography-h3">Things used in this project</h2>
${hkParts
  .map(
    ([h, rows]) =>
      `<h3 class="hckui__typography-bodyM">${h}</h3><table class="things-table"><tbody>` +
      rows
        .map(
          ([n, q]) =>
            `<tr><td class="comp-img"><img alt="" src="/parts/${q || 'x'}.png"></td><td class="comp-name"><a href="/parts/${q || 'x'}">${n}</a></td>` +
            `<td class="comp-qty">${q === '' ? '' : `×${q}`}</td>` +
            `<td class="comp-buy">${q === '' ? '' : '<a class="buy-link" href="#">Buy from Newark</a>'}</td></tr>`,
        )
        .join('') +
      '</tbody></table>',
  )
  .join('\n')}
</section>
<section id="story" class="section-container"><h2 class="hckui__typography-h3">Story</h2><div class="hckui__typography-bodyL medium-editor">
${hkIntro.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="embed-figure"><img src="/story/beds.jpg" alt=""><figcaption>Node 3 on the corner post of bed 31, the farthest from the shed.</figcaption>
</figure>
<h3>${hkH1}</h3>${hkNodes.map((p) => `<p>${p}</p>`).join('\n')}<ul>${hkChanges.map((t) => `<li>${t}</li>`).join('')}</ul>
<h3>${hkH2}</h3>${hkGateway.map((p) => `<p>${p}</p>`).join('')}
<h3>${hkH3}</h3>${hkLearned.map((p) => `<p>${p}</p>`).join('\n')}</div></section>
<section id="code" class="section-container"><h2 class="hckui__typography-h3">Code</h2><div class="code-card"><div class="code-card__header">
<span class="file-name">node_firmware.ino</span><span class="language">C/C++</span><a href="/code/node_firmware.ino" download>Download</a></div>
<pre class="prettyprint lang-cpp"><code>${hkCode}</code></pre></div></section>
<section id="schematics" class="section-container"><h2 class="hckui__typography-h3">Schematics</h2><figure><img src="/schematics/node.png" alt="">
<figcaption><strong>Sensor node wiring</strong><span>Feather, probe and battery holder, drawn in Fritzing.</span></figcaption></figure></section>
<section id="team" class="section-container"><h2 class="hckui__typography-h3">Credits</h2>
<div class="credit-card"><a href="/priyaraman">Priya Raman</a><span>4 projects • 19 followers</span><button>Follow</button></div>
<div class="credit-card"><a href="/twrobel">Tomasz Wróbel</a><span>1 project • 3 followers</span><button>Follow</button></div></section>
<section id="comments" class="section-container"><h2 class="hckui__typography-h3">Comments</h2>
<p class="hckui__typography-bodyM">Please <a href="/users/sign_in">log in</a> or <a href="/users/sign_up">sign up</a> to comment.</p>
<div class="comment"><a class="comment-author" href="/juntakeda">Jun Takeda</a><time datetime="2025-10-11">3 weeks ago</time><p>${hkComment}</p>
<button>Reply</button></div></section>
<section class="section-container"><h2 class="hckui__typography-h3">Related channels and tags</h2><ul class="tags">${links(hkTags, 'tag')}</ul></section>
</div><section class="similar-projects"><h2>Similar projects you might like</h2><ul>${links(hkSimilar)}</ul></section></div>
<footer class="site-footer"><p>Hackster.io, an Avnet Community © 2025</p><ul>${links(hkFoot)}</ul></footer></div></div></body></html>`;
export const hacksterProject: TestPage = {
  html: hkHtml,
  name: 'heldout46-hackster-project',
  kind: 'blog',
  // the one-line pitch under the title and the Story (paragraphs, the list and its lead-in) are body; "Story" and the three
  // h3 of the story are the headings (the template's "Story" heads the body text); the authors and the published line are
  // bylines ("and" and "©" in neither; the authors again on the Credits cards); the parts table (section and group headings,
  // part names, quantities, store buttons) is furniture: it is the site's parts database, linked to part pages, not the
  // author's prose; the code listing is in neither list; its file card, the schematic caption, the licence, chips, counts,
  // section nav, Credits, comments (commenter and age with them), tags, similar projects, header and footer are furniture;
  // "Story" is also in the section nav (kept as a heading only); the nav's "Things" is a word of a body line and the tag "lora"
  // one of the title: left out
  title: hkTitle,
  headings: ['Story', hkH1, hkH2, hkH3],
  body: [hkPitch, ...texts(hkIntro), ...texts(hkNodes), ...hkChanges, ...texts(hkGateway), ...texts(hkLearned)],
  bylines: ['Priya Raman', 'Tomasz Wróbel', 'Published September 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hkNav, 'Log in', 'Sign up', 'CC BY-NC-SA', 'Intermediate', 'Full instructions provided', '6 hours', '2,318', 'Respect project', '41', 'Share',
    'Code', 'Schematics', 'Credits', 'Comments', 'Things used in this project', ...hkParts.flatMap(([h, rows]) => [h, ...rows.map(([n]) => n)]),
    '×5', '×4', 'Buy from Newark', 'Node 3 on the corner post of bed 31, the farthest from the shed.', 'node_firmware.ino', 'C/C++', 'Download',
    'Sensor node wiring', 'Feather, probe and battery holder, drawn in Fritzing.', '4 projects • 19 followers', '1 project • 3 followers', 'Follow',
    'Please log in or sign up to comment.', 'Jun Takeda', '3 weeks ago', hkComment, 'Reply', 'Related channels and tags', ...hkTags.filter((t) => t !== 'lora'),
    'Similar projects you might like', ...hkSimilar, 'Hackster.io, an Avnet Community © 2025', ...hkFoot,
  ],
};
